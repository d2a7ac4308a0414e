/* kg-routes-page.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-catalog.h"

G_BEGIN_DECLS

#define KG_TYPE_ROUTES_PAGE (kg_routes_page_get_type ())

G_DECLARE_FINAL_TYPE (KgRoutesPage, kg_routes_page, KG, ROUTES_PAGE, AdwBin)

KgRoutesPage *kg_routes_page_new                 (KgCatalog    *catalog);
const char   *kg_routes_page_get_language        (KgRoutesPage *self);
void          kg_routes_page_set_language        (KgRoutesPage *self,
                                                  const char   *language);
gboolean      kg_routes_page_get_patient_wording (KgRoutesPage *self);
void          kg_routes_page_set_patient_wording (KgRoutesPage *self,
                                                  gboolean      patient_wording);
void          kg_routes_page_compare             (KgRoutesPage *self,
                                                  const char   *first_id,
                                                  const char   *second_id);
void          kg_routes_page_set_equivalence     (KgRoutesPage *self,
                                                  const char   *from_id,
                                                  double        dose_mg,
                                                  const char   *to_id);

G_END_DECLS
