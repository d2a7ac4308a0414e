/* test-plot-scale.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "kg-plot-scale.h"

static void
assert_ticks (const double *ticks,
              guint         n,
              const double *expected,
              guint         n_expected)
{
  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (ticks[i], expected[i], 1e-9 * MAX (1, fabs (expected[i])));
}

static void
test_axis_linear (void)
{
  KgPlotAxis axis;

  /* A y axis: 0 at the bottom (pixel 500), 250 at the top (pixel 100). */
  kg_plot_axis_init (&axis, 0, 250, FALSE, 500, 100);
  g_assert_cmpfloat (kg_plot_axis_to_pixel (&axis, 0), ==, 500);
  g_assert_cmpfloat (kg_plot_axis_to_pixel (&axis, 250), ==, 100);
  g_assert_cmpfloat (kg_plot_axis_to_pixel (&axis, 125), ==, 300);
  g_assert_cmpfloat (kg_plot_axis_from_pixel (&axis, 300), ==, 125);
  /* Outside the range maps outside the pixels; the widget clips. */
  g_assert_cmpfloat (kg_plot_axis_to_pixel (&axis, 500), ==, -300);
}

static void
test_axis_log (void)
{
  KgPlotAxis axis;

  kg_plot_axis_init (&axis, 1, 10000, TRUE, 400, 0);
  g_assert_cmpfloat (kg_plot_axis_to_pixel (&axis, 1), ==, 400);
  g_assert_cmpfloat (kg_plot_axis_to_pixel (&axis, 10000), ==, 0);
  g_assert_cmpfloat_with_epsilon (kg_plot_axis_to_pixel (&axis, 100), 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (kg_plot_axis_from_pixel (&axis, 100), 1000, 1e-9);
  /* Zero and negatives stay finite, far below the axis. */
  g_assert_true (isfinite (kg_plot_axis_to_pixel (&axis, 0)));
  g_assert_cmpfloat (kg_plot_axis_to_pixel (&axis, 0), >, 400);
  for (double v = 0.5; v < 20000; v *= 3.7)
    g_assert_cmpfloat_with_epsilon (kg_plot_axis_from_pixel (&axis, kg_plot_axis_to_pixel (&axis, v)),
                                    v, v * 1e-12);
}

static void
test_nice_step (void)
{
  g_assert_cmpfloat (kg_plot_nice_step (100, 6), ==, 20);
  g_assert_cmpfloat (kg_plot_nice_step (100, 11), ==, 10);
  g_assert_cmpfloat (kg_plot_nice_step (100, 3), ==, 50);
  g_assert_cmpfloat (kg_plot_nice_step (250, 6), ==, 50);
  g_assert_cmpfloat_with_epsilon (kg_plot_nice_step (1, 6), 0.2, 1e-12);
  g_assert_cmpfloat (kg_plot_nice_step (2400, 5), ==, 500);
  g_assert_cmpfloat (kg_plot_nice_step (2400, 4), ==, 1000);
}

static void
test_linear_ticks (void)
{
  double ticks[KG_PLOT_MAX_TICKS];
  guint n;

  n = kg_plot_linear_ticks (0, 100, 5, ticks);
  assert_ticks (ticks, n, (const double[]) { 0, 25, 50, 75, 100 }, 5);
}

static void
test_linear_ticks_values (void)
{
  double ticks[KG_PLOT_MAX_TICKS];
  guint n;

  /* Step 50 fits six ticks on 0–250. */
  n = kg_plot_linear_ticks (0, 250, 6, ticks);
  assert_ticks (ticks, n, (const double[]) { 0, 50, 100, 150, 200, 250 }, 6);
  /* Ticks start at the first multiple inside the range. */
  n = kg_plot_linear_ticks (-3, 7, 6, ticks);
  assert_ticks (ticks, n, (const double[]) { -2, 0, 2, 4, 6 }, 5);
  g_assert_false (signbit (ticks[1]));
}

static void
test_log_ticks (void)
{
  double ticks[KG_PLOT_MAX_TICKS];
  gboolean major[KG_PLOT_MAX_TICKS];
  guint n;

  n = kg_plot_log_ticks (1, 1000, ticks, major);
  assert_ticks (ticks, n, (const double[]) { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }, 10);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (major[i], ==, i % 3 == 0);
  /* Exact powers of ten, so "1,000" is not "999.999…". */
  g_assert_cmpfloat (ticks[9], ==, 1000);

  n = kg_plot_log_ticks (0.1, 1, ticks, NULL);
  assert_ticks (ticks, n, (const double[]) { 0.1, 0.2, 0.5, 1 }, 4);
}

static void
test_log_range (void)
{
  double min, max;

  kg_plot_log_range (3, 2400, &min, &max);
  g_assert_cmpfloat (min, ==, 1);
  g_assert_cmpfloat (max, ==, 10000);
  kg_plot_log_range (1, 1000, &min, &max);
  g_assert_cmpfloat (min, ==, 1);
  g_assert_cmpfloat (max, ==, 1000);
  /* At least a decade. */
  kg_plot_log_range (100, 100, &min, &max);
  g_assert_cmpfloat (min, ==, 100);
  g_assert_cmpfloat (max, ==, 1000);
  kg_plot_log_range (0.05, 7900, &min, &max);
  g_assert_cmpfloat_with_epsilon (min, 0.01, 1e-15);
  g_assert_cmpfloat (max, ==, 10000);
}

static void
test_linear_ceiling (void)
{
  g_assert_cmpfloat (kg_plot_linear_ceiling (7900), ==, 10000);
  g_assert_cmpfloat (kg_plot_linear_ceiling (230), ==, 250);
  g_assert_cmpfloat (kg_plot_linear_ceiling (250), ==, 250);
  g_assert_cmpfloat (kg_plot_linear_ceiling (151), ==, 200);
  g_assert_cmpfloat (kg_plot_linear_ceiling (42), ==, 50);
  g_assert_cmpfloat (kg_plot_linear_ceiling (100), ==, 100);
}

static void
test_time_ticks (void)
{
  double ticks[KG_PLOT_MAX_TICKS];
  guint n;

  /* 24 h on a wide plot (13 ticks fit): every 2 h. */
  g_assert_cmpfloat (kg_plot_time_step (24, 13), ==, 2);
  n = kg_plot_time_ticks (24, 13, ticks);
  g_assert_cmpuint (n, ==, 13);
  g_assert_cmpfloat (ticks[0], ==, 0);
  g_assert_cmpfloat (ticks[12], ==, 24);
  /* A phone-width plot (5 ticks): every 6 h. */
  n = kg_plot_time_ticks (24, 5, ticks);
  assert_ticks (ticks, n, (const double[]) { 0, 6, 12, 18, 24 }, 5);
  /* 48 h: every 4 h when 13 fit, every 12 h when 5 fit. */
  g_assert_cmpfloat (kg_plot_time_step (48, 13), ==, 4);
  g_assert_cmpfloat (kg_plot_time_step (48, 5), ==, 12);
  /* 6 h: every 30 min. */
  g_assert_cmpfloat (kg_plot_time_step (6, 13), ==, 0.5);
  /* Beyond the list: whole days. */
  g_assert_cmpfloat (kg_plot_time_step (240, 6), ==, 48);
}

static void
test_series (void)
{
  static const double times[] = { 0, 1, 2, 3, 4, 5 };
  static const double values[] = { 0, 80, 200, 120, 60, 30 };
  double t, v;

  g_assert_cmpfloat (kg_plot_series_value_at (times, values, 6, 1.5), ==, 140);
  g_assert_cmpfloat (kg_plot_series_value_at (times, values, 6, -1), ==, 0);
  g_assert_cmpfloat (kg_plot_series_value_at (times, values, 6, 9), ==, 30);
  g_assert_cmpfloat (kg_plot_series_value_at (times, values, 6, 4), ==, 60);

  g_assert_true (kg_plot_series_peak (times, values, 6, &t, &v));
  g_assert_cmpfloat (t, ==, 2);
  g_assert_cmpfloat (v, ==, 200);
  g_assert_false (kg_plot_series_peak (times, values, 0, NULL, NULL));
  g_assert_false (kg_plot_series_peak (times, (const double[]) { 0, 0, 0 }, 3, NULL, NULL));

  /* After the peak: below 100 between 3 h (120) and 4 h (60), at 3⅓ h. */
  g_assert_true (kg_plot_series_time_below (times, values, 6, 100, &t));
  g_assert_cmpfloat_with_epsilon (t, 3 + 1.0 / 3, 1e-12);
  /* Below 70 before the peak does not count: 3 h 50 min. */
  g_assert_true (kg_plot_series_time_below (times, values, 6, 70, &t));
  g_assert_cmpfloat_with_epsilon (t, 3 + 50.0 / 60, 1e-12);
  /* Never reached, or not yet fallen below. */
  g_assert_false (kg_plot_series_time_below (times, values, 6, 250, &t));
  g_assert_false (kg_plot_series_time_below (times, values, 6, 20, &t));
}

static void
test_crosshair (void)
{
  double step;

  g_assert_cmpfloat_with_epsilon (kg_plot_crosshair_step (6), 5.0 / 60, 1e-12);
  g_assert_cmpfloat_with_epsilon (kg_plot_crosshair_step (24), 15.0 / 60, 1e-12);
  g_assert_cmpfloat_with_epsilon (kg_plot_crosshair_step (48), 30.0 / 60, 1e-12);

  step = 0.25;
  g_assert_cmpfloat (kg_plot_crosshair_move (1, step, 1, 24), ==, 1.25);
  g_assert_cmpfloat (kg_plot_crosshair_move (1, step, -1, 24), ==, 0.75);
  /* From between steps (a pointer position) to the next round time. */
  g_assert_cmpfloat (kg_plot_crosshair_move (1.1, step, 1, 24), ==, 1.25);
  g_assert_cmpfloat (kg_plot_crosshair_move (1.1, step, -1, 24), ==, 1);
  /* Clamped to the axis. */
  g_assert_cmpfloat (kg_plot_crosshair_move (0, step, -1, 24), ==, 0);
  g_assert_cmpfloat (kg_plot_crosshair_move (24, step, 1, 24), ==, 24);
  /* 96 presses cross 24 h. */
  {
    double t = 0;

    for (guint i = 0; i < 96; i++)
      t = kg_plot_crosshair_move (t, step, 1, 24);
    g_assert_cmpfloat (t, ==, 24);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kg/plot-scale/axis-linear", test_axis_linear);
  g_test_add_func ("/kg/plot-scale/axis-log", test_axis_log);
  g_test_add_func ("/kg/plot-scale/nice-step", test_nice_step);
  g_test_add_func ("/kg/plot-scale/linear-ticks", test_linear_ticks);
  g_test_add_func ("/kg/plot-scale/linear-ticks-values", test_linear_ticks_values);
  g_test_add_func ("/kg/plot-scale/log-ticks", test_log_ticks);
  g_test_add_func ("/kg/plot-scale/log-range", test_log_range);
  g_test_add_func ("/kg/plot-scale/linear-ceiling", test_linear_ceiling);
  g_test_add_func ("/kg/plot-scale/time-ticks", test_time_ticks);
  g_test_add_func ("/kg/plot-scale/series", test_series);
  g_test_add_func ("/kg/plot-scale/crosshair", test_crosshair);
  return g_test_run ();
}
