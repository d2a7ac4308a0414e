/* kg-half-life-page.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-catalog.h"
#include "widgets/kg-curve-plot.h"

G_BEGIN_DECLS

#define KG_TYPE_HALF_LIFE_PAGE (kg_half_life_page_get_type ())

G_DECLARE_FINAL_TYPE (KgHalfLifePage, kg_half_life_page, KG, HALF_LIFE_PAGE, AdwBin)

KgHalfLifePage *kg_half_life_page_new                 (KgCatalog      *catalog);
const char     *kg_half_life_page_get_language        (KgHalfLifePage *self);
void            kg_half_life_page_set_language        (KgHalfLifePage *self,
                                                       const char     *language);
gboolean        kg_half_life_page_get_patient_wording (KgHalfLifePage *self);
void            kg_half_life_page_set_patient_wording (KgHalfLifePage *self,
                                                       gboolean        patient_wording);
double          kg_half_life_page_get_weight_kg       (KgHalfLifePage *self);
void            kg_half_life_page_set_weight_kg       (KgHalfLifePage *self,
                                                       double          weight_kg);
gboolean        kg_half_life_page_select_route        (KgHalfLifePage *self,
                                                       const char     *route_id);
const char     *kg_half_life_page_get_route_id        (KgHalfLifePage *self);
void            kg_half_life_page_set_dose            (KgHalfLifePage *self,
                                                       double          mg_per_kg);
KgCurvePlot    *kg_half_life_page_get_plot            (KgHalfLifePage *self);

G_END_DECLS
