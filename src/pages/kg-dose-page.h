/* kg-dose-page.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-catalog.h"

G_BEGIN_DECLS

#define KG_TYPE_DOSE_PAGE (kg_dose_page_get_type ())

G_DECLARE_FINAL_TYPE (KgDosePage, kg_dose_page, KG, DOSE_PAGE, AdwBin)

KgDosePage *kg_dose_page_new                 (KgCatalog  *catalog);
double      kg_dose_page_get_dose            (KgDosePage *self);
void        kg_dose_page_set_dose            (KgDosePage *self,
                                              double      dose);
double      kg_dose_page_get_weight_kg       (KgDosePage *self);
void        kg_dose_page_set_weight_kg       (KgDosePage *self,
                                              double      weight_kg);
const char *kg_dose_page_get_weight_unit     (KgDosePage *self);
void        kg_dose_page_set_weight_unit     (KgDosePage *self,
                                              const char *weight_unit);
const char *kg_dose_page_get_language        (KgDosePage *self);
void        kg_dose_page_set_language        (KgDosePage *self,
                                              const char *language);
gboolean    kg_dose_page_get_patient_wording (KgDosePage *self);
void        kg_dose_page_set_patient_wording (KgDosePage *self,
                                              gboolean    patient_wording);

G_END_DECLS
