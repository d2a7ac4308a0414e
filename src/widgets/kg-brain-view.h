/* kg-brain-view.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-dose-chart.h"

G_BEGIN_DECLS

#define KG_TYPE_BRAIN_VIEW (kg_brain_view_get_type ())

G_DECLARE_FINAL_TYPE (KgBrainView, kg_brain_view, KG, BRAIN_VIEW, GtkWidget)

GtkWidget   *kg_brain_view_new                 (void);
KgDoseChart *kg_brain_view_get_chart           (KgBrainView *self);
void         kg_brain_view_set_chart           (KgBrainView *self,
                                                KgDoseChart *chart);
double       kg_brain_view_get_dose            (KgBrainView *self);
void         kg_brain_view_set_dose            (KgBrainView *self,
                                                double       dose);
const char  *kg_brain_view_get_language        (KgBrainView *self);
void         kg_brain_view_set_language        (KgBrainView *self,
                                                const char  *language);
gboolean     kg_brain_view_get_patient_wording (KgBrainView *self);
void         kg_brain_view_set_patient_wording (KgBrainView *self,
                                                gboolean     patient_wording);
double       kg_brain_view_get_shown_activity  (KgBrainView *self,
                                                guint        layer);
const char  *kg_brain_view_get_description     (KgBrainView *self);

G_END_DECLS
