/* kg-plot-scale.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The geometry behind the curve plot, kept free of drawing so it can be
 * tested: value ↔ pixel mapping, tick positions, reading a sampled series,
 * and the keyboard crosshair's steps. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kg-plot-scale.h"

/* Relative slack for comparing computed tick positions with range ends. */
#define EPSILON 1e-9

/* Time tick steps a person reads easily, hours. */
static const double time_steps[] = { 0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 24 };

/* Keyboard crosshair steps, minutes. */
static const double crosshair_steps[] = { 1, 2, 5, 10, 15, 30, 60, 120 };

/**
 * kg_plot_axis_init:
 * @axis: (out caller-allocates): the axis
 * @min: the value drawn at @pixel_min
 * @max: the value drawn at @pixel_max (> @min)
 * @log: %TRUE for a logarithmic axis (@min must then be > 0)
 * @pixel_min: pixel position of @min
 * @pixel_max: pixel position of @max
 *
 * Sets up the mapping of one axis.
 */
void
kg_plot_axis_init (KgPlotAxis *axis,
                   double      min,
                   double      max,
                   gboolean    log,
                   double      pixel_min,
                   double      pixel_max)
{
  g_return_if_fail (axis != NULL);
  g_return_if_fail (max > min);
  g_return_if_fail (!log || min > 0);

  axis->min = min;
  axis->max = max;
  axis->log = log;
  axis->pixel_min = pixel_min;
  axis->pixel_max = pixel_max;
}

/**
 * kg_plot_axis_to_pixel:
 * @axis: an axis
 * @value: a data value
 *
 * Values outside the axis map outside its pixels (the caller clips). On a
 * log axis a value ≤ 0 maps far below the axis rather than to infinity.
 *
 * Returns: the pixel position of @value
 */
double
kg_plot_axis_to_pixel (const KgPlotAxis *axis,
                       double            value)
{
  double fraction;

  g_return_val_if_fail (axis != NULL, NAN);

  if (axis->log)
    {
      /* A floor twelve decades down keeps Cairo's coordinates finite. */
      double floor_value = axis->min * 1e-12;

      fraction = (log10 (MAX (value, floor_value)) - log10 (axis->min))
                 / (log10 (axis->max) - log10 (axis->min));
    }
  else
    {
      fraction = (value - axis->min) / (axis->max - axis->min);
    }
  return axis->pixel_min + fraction * (axis->pixel_max - axis->pixel_min);
}

/**
 * kg_plot_axis_from_pixel:
 * @axis: an axis
 * @pixel: a pixel position
 *
 * Returns: the data value drawn at @pixel (the inverse of
 *   kg_plot_axis_to_pixel())
 */
double
kg_plot_axis_from_pixel (const KgPlotAxis *axis,
                         double            pixel)
{
  double fraction;

  g_return_val_if_fail (axis != NULL, NAN);

  fraction = (pixel - axis->pixel_min) / (axis->pixel_max - axis->pixel_min);
  if (axis->log)
    return pow (10, log10 (axis->min) + fraction * (log10 (axis->max) - log10 (axis->min)));
  return axis->min + fraction * (axis->max - axis->min);
}

/**
 * kg_plot_nice_step:
 * @span: the range the ticks cover (> 0)
 * @max_ticks: the most ticks wanted (≥ 2)
 *
 * Returns: the smallest step of the form 1, 2, 2.5 or 5 × 10ⁿ that puts at most
 *   @max_ticks ticks on @span
 */
double
kg_plot_nice_step (double span,
                   guint  max_ticks)
{
  static const double mantissas[] = { 1, 2, 2.5, 5 };
  double decade;

  g_return_val_if_fail (span > 0 && isfinite (span), NAN);
  g_return_val_if_fail (max_ticks >= 2, NAN);

  decade = pow (10, floor (log10 (span / (max_ticks - 1))));
  for (guint round = 0; round < 3; round++, decade *= 10)
    {
      for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
        {
          double step = mantissas[i] * decade;

          if (floor (span / step + EPSILON) + 1 <= max_ticks)
            return step;
        }
    }
  return decade;
}

/**
 * kg_plot_linear_ticks:
 * @min: start of the range
 * @max: end of the range (> @min)
 * @max_ticks: the most ticks wanted (2 to %KG_PLOT_MAX_TICKS)
 * @ticks: (out caller-allocates) (array fixed-size=64): the tick values
 *
 * Ticks at multiples of kg_plot_nice_step() inside [@min, @max].
 *
 * Returns: the number of ticks written
 */
guint
kg_plot_linear_ticks (double  min,
                      double  max,
                      guint   max_ticks,
                      double *ticks)
{
  double step, first;
  guint n = 0;

  g_return_val_if_fail (max > min, 0);
  g_return_val_if_fail (max_ticks >= 2 && max_ticks <= KG_PLOT_MAX_TICKS, 0);
  g_return_val_if_fail (ticks != NULL, 0);

  step = kg_plot_nice_step (max - min, max_ticks);
  first = ceil (min / step - EPSILON);
  for (double k = first; n < KG_PLOT_MAX_TICKS; k++)
    {
      double value = k * step;

      if (value > max + EPSILON * step)
        break;
      /* No "-0" labels. */
      ticks[n++] = value == 0 ? 0 : value;
    }
  return n;
}

/**
 * kg_plot_log_ticks:
 * @min: start of the range (> 0)
 * @max: end of the range (> @min)
 * @ticks: (out caller-allocates) (array fixed-size=64): the tick values
 * @major: (out caller-allocates) (array fixed-size=64) (nullable): whether
 *   each tick is a power of ten
 *
 * Ticks at 1, 2 and 5 × 10ⁿ inside [@min, @max]; the powers of ten are the
 * major ones.
 *
 * Returns: the number of ticks written
 */
guint
kg_plot_log_ticks (double    min,
                   double    max,
                   double   *ticks,
                   gboolean *major)
{
  static const double mantissas[] = { 1, 2, 5 };
  guint n = 0;

  g_return_val_if_fail (min > 0 && max > min, 0);
  g_return_val_if_fail (ticks != NULL, 0);

  for (int exponent = (int) floor (log10 (min) + EPSILON);
       exponent <= (int) ceil (log10 (max) - EPSILON) && n < KG_PLOT_MAX_TICKS; exponent++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (mantissas) && n < KG_PLOT_MAX_TICKS; i++)
        {
          /* Multiplying by an exact power of ten keeps 1, 10, 100… exact. */
          double value = exponent >= 0 ? mantissas[i] * pow (10, exponent)
                                       : mantissas[i] / pow (10, -exponent);

          if (value < min * (1 - EPSILON) || value > max * (1 + EPSILON))
            continue;
          if (major != NULL)
            major[n] = i == 0;
          ticks[n++] = value;
        }
    }
  return n;
}

/**
 * kg_plot_log_range:
 * @low: the smallest value to show (> 0)
 * @high: the largest value to show (≥ @low)
 * @min: (out): @low rounded down to a power of ten
 * @max: (out): @high rounded up to a power of ten, at least one decade above @min
 *
 * The range of a log axis, in whole decades.
 */
void
kg_plot_log_range (double  low,
                   double  high,
                   double *min,
                   double *max)
{
  int lo, hi;

  g_return_if_fail (low > 0 && high >= low);
  g_return_if_fail (min != NULL && max != NULL);

  lo = (int) floor (log10 (low) + EPSILON);
  hi = (int) ceil (log10 (high) - EPSILON);
  if (hi <= lo)
    hi = lo + 1;
  *min = pow (10, lo);
  *max = pow (10, hi);
}

/**
 * kg_plot_linear_ceiling:
 * @high: the largest value to show (> 0)
 *
 * Returns: the smallest of 1, 2, 2.5 and 5 × 10ⁿ that is ≥ @high: the top
 *   of a linear axis starting at 0
 */
double
kg_plot_linear_ceiling (double high)
{
  static const double mantissas[] = { 1, 2, 2.5, 5, 10 };
  double decade;

  g_return_val_if_fail (high > 0 && isfinite (high), NAN);

  decade = pow (10, floor (log10 (high)));
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    {
      if (mantissas[i] * decade >= high * (1 - EPSILON))
        return mantissas[i] * decade;
    }
  return 10 * decade;
}

/**
 * kg_plot_time_step:
 * @span_hours: the time axis' length, hours (> 0)
 * @max_ticks: the most ticks that fit (≥ 2)
 *
 * Returns: the smallest of 15 min, 30 min, 1, 2, 3, 4, 6, 8, 12 or 24 h
 *   that puts at most @max_ticks ticks (counting 0) on the axis, hours
 */
double
kg_plot_time_step (double span_hours,
                   guint  max_ticks)
{
  g_return_val_if_fail (span_hours > 0 && isfinite (span_hours), NAN);
  g_return_val_if_fail (max_ticks >= 2, NAN);

  for (guint i = 0; i < G_N_ELEMENTS (time_steps); i++)
    {
      if (floor (span_hours / time_steps[i] + EPSILON) + 1 <= max_ticks)
        return time_steps[i];
    }
  return 24 * ceil (span_hours / 24 / (max_ticks - 1));
}

/**
 * kg_plot_time_ticks:
 * @span_hours: the time axis' length, hours (> 0)
 * @max_ticks: the most ticks that fit (2 to %KG_PLOT_MAX_TICKS)
 * @ticks: (out caller-allocates) (array fixed-size=64): tick times, hours
 *
 * Ticks from 0 at kg_plot_time_step() intervals.
 *
 * Returns: the number of ticks written
 */
guint
kg_plot_time_ticks (double  span_hours,
                    guint   max_ticks,
                    double *ticks)
{
  double step;
  guint n = 0;

  g_return_val_if_fail (max_ticks >= 2 && max_ticks <= KG_PLOT_MAX_TICKS, 0);
  g_return_val_if_fail (ticks != NULL, 0);

  step = kg_plot_time_step (span_hours, max_ticks);
  for (guint k = 0; n < max_ticks && k * step <= span_hours * (1 + EPSILON); k++)
    ticks[n++] = k * step;
  return n;
}

/* Index of the last sample at or before @t; @t is inside the series. */
static guint
find_interval (const double *times,
               guint         n,
               double        t)
{
  guint lo = 0, hi = n - 1;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (times[mid] <= t)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/**
 * kg_plot_series_value_at:
 * @times: (array length=n): sample times, increasing
 * @values: (array length=n): sample values
 * @n: number of samples (≥ 1)
 * @t: a time
 *
 * Returns: the series at @t, interpolated linearly between samples and held
 *   at the end values outside them
 */
double
kg_plot_series_value_at (const double *times,
                         const double *values,
                         guint         n,
                         double        t)
{
  guint i;
  double fraction;

  g_return_val_if_fail (times != NULL && values != NULL && n >= 1, NAN);

  if (t <= times[0])
    return values[0];
  if (t >= times[n - 1])
    return values[n - 1];

  i = find_interval (times, n, t);
  fraction = (t - times[i]) / (times[i + 1] - times[i]);
  return values[i] + fraction * (values[i + 1] - values[i]);
}

/**
 * kg_plot_series_peak:
 * @times: (array length=n): sample times, increasing
 * @values: (array length=n): sample values
 * @n: number of samples
 * @t_peak: (out) (optional): time of the highest sample (the first, on a tie)
 * @v_peak: (out) (optional): its value
 *
 * Returns: %FALSE if there are no samples or none is above 0
 */
gboolean
kg_plot_series_peak (const double *times,
                     const double *values,
                     guint         n,
                     double       *t_peak,
                     double       *v_peak)
{
  guint best = 0;

  g_return_val_if_fail (n == 0 || (times != NULL && values != NULL), FALSE);

  if (n == 0)
    return FALSE;
  for (guint i = 1; i < n; i++)
    if (values[i] > values[best])
      best = i;
  if (!(values[best] > 0))
    return FALSE;

  if (t_peak != NULL)
    *t_peak = times[best];
  if (v_peak != NULL)
    *v_peak = values[best];
  return TRUE;
}

/**
 * kg_plot_series_time_below:
 * @times: (array length=n): sample times, increasing
 * @values: (array length=n): sample values
 * @n: number of samples
 * @threshold: a level
 * @t_below: (out) (optional): when the series, after its peak, first falls
 *   below @threshold (interpolated linearly between the two samples around
 *   the crossing)
 *
 * Returns: %FALSE if the series never reaches @threshold, or has not fallen
 *   below it by its last sample
 */
gboolean
kg_plot_series_time_below (const double *times,
                           const double *values,
                           guint         n,
                           double        threshold,
                           double       *t_below)
{
  guint peak = 0;

  g_return_val_if_fail (n == 0 || (times != NULL && values != NULL), FALSE);

  if (n == 0)
    return FALSE;
  for (guint i = 1; i < n; i++)
    if (values[i] > values[peak])
      peak = i;
  if (values[peak] < threshold)
    return FALSE;

  for (guint i = peak + 1; i < n; i++)
    {
      if (values[i] < threshold)
        {
          double fraction = (values[i - 1] - threshold) / (values[i - 1] - values[i]);

          if (t_below != NULL)
            *t_below = times[i - 1] + fraction * (times[i] - times[i - 1]);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * kg_plot_crosshair_step:
 * @span_hours: the time axis' length, hours
 *
 * Returns: how far one arrow key press moves the crosshair, hours: the
 *   smallest of 1, 2, 5, 10, 15, 30, 60 or 120 min that takes at most 100
 *   presses to cross the axis (5 min on 6 h, 15 min on 24 h, 30 min on 48 h)
 */
double
kg_plot_crosshair_step (double span_hours)
{
  g_return_val_if_fail (span_hours > 0 && isfinite (span_hours), NAN);

  for (guint i = 0; i < G_N_ELEMENTS (crosshair_steps); i++)
    {
      if (crosshair_steps[i] * 100 >= span_hours * 60 * (1 - EPSILON))
        return crosshair_steps[i] / 60;
    }
  return crosshair_steps[G_N_ELEMENTS (crosshair_steps) - 1] / 60;
}

/**
 * kg_plot_crosshair_move:
 * @t: the crosshair's time, hours
 * @step: the step, hours (> 0)
 * @direction: -1 (earlier), 0 or +1 (later)
 * @span_hours: the time axis' length, hours
 *
 * Moves to the next multiple of @step in @direction, so that a crosshair
 * placed by the pointer between steps lands back on round times.
 *
 * Returns: the new time, inside [0, @span_hours]
 */
double
kg_plot_crosshair_move (double t,
                        double step,
                        int    direction,
                        double span_hours)
{
  double position, k;

  g_return_val_if_fail (step > 0, t);

  position = t / step;
  k = round (position);
  if (fabs (position - k) > EPSILON)
    k = direction > 0 ? floor (position) : direction < 0 ? ceil (position) : position;
  k += direction;
  return CLAMP (k * step, 0, span_hours);
}
