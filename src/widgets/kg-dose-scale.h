/* kg-dose-scale.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-dose-chart.h"

G_BEGIN_DECLS

#define KG_TYPE_DOSE_SCALE (kg_dose_scale_get_type ())

G_DECLARE_FINAL_TYPE (KgDoseScale, kg_dose_scale, KG, DOSE_SCALE, GtkScale)

GtkWidget   *kg_dose_scale_new       (void);
KgDoseChart *kg_dose_scale_get_chart (KgDoseScale *self);
void         kg_dose_scale_set_chart (KgDoseScale *self,
                                      KgDoseChart *chart);

void         kg_dose_scale_set_language (KgDoseScale *self,
                                         const char  *language);

G_END_DECLS
