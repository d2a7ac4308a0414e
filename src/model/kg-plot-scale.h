/* kg-plot-scale.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KgPlotAxis:
 * @min: the value at @pixel_min
 * @max: the value at @pixel_max
 * @log: whether the axis is logarithmic (then @min and @max are > 0)
 * @pixel_min: where @min is drawn
 * @pixel_max: where @max is drawn (smaller than @pixel_min for a y axis,
 *   which grows upwards)
 *
 * The mapping between data values and pixels along one axis of a plot.
 */
typedef struct
{
  double   min;
  double   max;
  gboolean log;
  double   pixel_min;
  double   pixel_max;
} KgPlotAxis;

/* Most ticks any tick function writes. */
#define KG_PLOT_MAX_TICKS 64

void     kg_plot_axis_init          (KgPlotAxis   *axis,
                                     double        min,
                                     double        max,
                                     gboolean      log,
                                     double        pixel_min,
                                     double        pixel_max);
double   kg_plot_axis_to_pixel      (const KgPlotAxis *axis,
                                     double        value);
double   kg_plot_axis_from_pixel    (const KgPlotAxis *axis,
                                     double        pixel);

double   kg_plot_nice_step          (double        span,
                                     guint         max_ticks);
guint    kg_plot_linear_ticks       (double        min,
                                     double        max,
                                     guint         max_ticks,
                                     double       *ticks);
guint    kg_plot_log_ticks          (double        min,
                                     double        max,
                                     double       *ticks,
                                     gboolean     *major);
void     kg_plot_log_range          (double        low,
                                     double        high,
                                     double       *min,
                                     double       *max);
double   kg_plot_linear_ceiling     (double        high);
double   kg_plot_time_step          (double        span_hours,
                                     guint         max_ticks);
guint    kg_plot_time_ticks         (double        span_hours,
                                     guint         max_ticks,
                                     double       *ticks);

double   kg_plot_series_value_at    (const double *times,
                                     const double *values,
                                     guint         n,
                                     double        t);
gboolean kg_plot_series_peak        (const double *times,
                                     const double *values,
                                     guint         n,
                                     double       *t_peak,
                                     double       *v_peak);
gboolean kg_plot_series_time_below  (const double *times,
                                     const double *values,
                                     guint         n,
                                     double        threshold,
                                     double       *t_below);

double   kg_plot_crosshair_step     (double        span_hours);
double   kg_plot_crosshair_move     (double        t,
                                     double        step,
                                     int           direction,
                                     double        span_hours);

G_END_DECLS
