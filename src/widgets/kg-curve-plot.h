/* kg-curve-plot.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KG_TYPE_CURVE_PLOT (kg_curve_plot_get_type ())

G_DECLARE_FINAL_TYPE (KgCurvePlot, kg_curve_plot, KG, CURVE_PLOT, GtkWidget)

GtkWidget  *kg_curve_plot_new               (void);

void        kg_curve_plot_set_data          (KgCurvePlot  *self,
                                             guint         n,
                                             const double *times,
                                             const double *primary,
                                             const double *secondary);
void        kg_curve_plot_set_series        (KgCurvePlot  *self,
                                             const char   *primary_label,
                                             const char   *primary_unit,
                                             const char   *secondary_label,
                                             const char   *secondary_legend);
void        kg_curve_plot_set_context       (KgCurvePlot  *self,
                                             const char   *context);
void        kg_curve_plot_set_language      (KgCurvePlot  *self,
                                             const char   *language);
void        kg_curve_plot_set_band          (KgCurvePlot  *self,
                                             double        low_factor,
                                             double        high_factor,
                                             const char   *label);
void        kg_curve_plot_clear_markers     (KgCurvePlot  *self);
void        kg_curve_plot_add_level         (KgCurvePlot  *self,
                                             const char   *label,
                                             double        min,
                                             double        max);
void        kg_curve_plot_add_time_marker   (KgCurvePlot  *self,
                                             const char   *label,
                                             double        from_hours,
                                             double        to_hours);

double      kg_curve_plot_get_span          (KgCurvePlot  *self);
void        kg_curve_plot_set_span          (KgCurvePlot  *self,
                                             double        hours);
gboolean    kg_curve_plot_get_log_scale     (KgCurvePlot  *self);
void        kg_curve_plot_set_log_scale     (KgCurvePlot  *self,
                                             gboolean      log_scale);
double      kg_curve_plot_get_crosshair     (KgCurvePlot  *self);
void        kg_curve_plot_set_crosshair     (KgCurvePlot  *self,
                                             double        hours);
const char *kg_curve_plot_get_readout       (KgCurvePlot  *self);
const char *kg_curve_plot_get_description   (KgCurvePlot  *self);

G_END_DECLS
