/* kg-interactions-page.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-catalog.h"

G_BEGIN_DECLS

#define KG_TYPE_INTERACTIONS_PAGE (kg_interactions_page_get_type ())

G_DECLARE_FINAL_TYPE (KgInteractionsPage, kg_interactions_page, KG, INTERACTIONS_PAGE, AdwBin)

KgInteractionsPage *kg_interactions_page_new                 (KgCatalog          *catalog);
KgCatalog          *kg_interactions_page_get_catalog         (KgInteractionsPage *self);
const char         *kg_interactions_page_get_language        (KgInteractionsPage *self);
void                kg_interactions_page_set_language        (KgInteractionsPage *self,
                                                              const char         *language);
gboolean            kg_interactions_page_get_patient_wording (KgInteractionsPage *self);
void                kg_interactions_page_set_patient_wording (KgInteractionsPage *self,
                                                              gboolean            patient_wording);

G_END_DECLS
