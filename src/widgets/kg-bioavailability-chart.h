/* kg-bioavailability-chart.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KG_TYPE_BIOAVAILABILITY_CHART (kg_bioavailability_chart_get_type ())

G_DECLARE_FINAL_TYPE (KgBioavailabilityChart, kg_bioavailability_chart, KG,
                      BIOAVAILABILITY_CHART, GtkWidget)

GtkWidget  *kg_bioavailability_chart_new                (void);
GListModel *kg_bioavailability_chart_get_routes         (KgBioavailabilityChart *self);
void        kg_bioavailability_chart_set_routes         (KgBioavailabilityChart *self,
                                                         GListModel             *routes);
const char *kg_bioavailability_chart_get_language       (KgBioavailabilityChart *self);
void        kg_bioavailability_chart_set_language       (KgBioavailabilityChart *self,
                                                         const char             *language);
gboolean    kg_bioavailability_chart_get_patient_wording (KgBioavailabilityChart *self);
void        kg_bioavailability_chart_set_patient_wording (KgBioavailabilityChart *self,
                                                          gboolean                patient_wording);
const char *kg_bioavailability_chart_get_description    (KgBioavailabilityChart *self);

G_END_DECLS
