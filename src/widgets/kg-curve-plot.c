/* kg-curve-plot.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A concentration–time plot: a primary series (ketamine, in a unit, on the
 * left axis, with a variability band), a secondary series (norketamine, as a
 * percentage of its own peak, on the right axis), horizontal level bands,
 * vertical time markers, and a crosshair that follows the pointer and the
 * arrow keys. Lines are drawn with Cairo, text with Pango; the geometry is
 * in model/kg-plot-scale.c. The widget reads as a slider over time to
 * assistive technologies: its value text is the readout, its description the
 * curve in words. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kg-plot-scale.h"
#include "kg-number.h"
#include "kg-curve-plot.h"

#define MIN_SPAN_HOURS 1.0
#define MAX_SPAN_HOURS 48.0
#define LOG_DECADES 4

typedef struct
{
  char   *label;
  double  min;
  double  max;
} Level;

typedef struct
{
  char   *label;
  double  from;
  double  to;
} Marker;

typedef struct
{
  GdkRGBA fg;
  GdkRGBA bg;
  GdkRGBA primary;
  GdkRGBA secondary;
  GdkRGBA accent;
  GdkRGBA levels[3];
  gboolean dark;
} Palette;

/* A piece of text placed on the plot. */
typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;
  double       width;
  double       height;
  gboolean     boxed;
  int          level;     /* colour of a level label, or -1 */
} Label;

typedef struct
{
  graphene_rect_t plot;
  KgPlotAxis      x;
  KgPlotAxis      y;
  KgPlotAxis      y2;
  double          legend_top;
  double          readout_top;   /* below the time marker labels */
  double          time_step;     /* hours between time labels (and gridlines) */
  GPtrArray      *labels;   /* of Label*, everything but the legend */
  /* Legend entries: swatch kind (0 line, 1 dashed, 2 band) and position. */
  guint           n_legend;
  int             legend_kind[3];
  graphene_rect_t legend_swatch[3];
} Layout;

struct _KgCurvePlot
{
  GtkWidget  parent_instance;

  /* Owned */
  double    *times;        /* hours, increasing */
  double    *primary;      /* in primary_unit */
  double    *secondary;    /* percent of its own peak, or NULL */
  char      *primary_label;
  char      *primary_unit;
  char      *secondary_label;
  char      *secondary_legend;
  char      *band_label;
  char      *context;
  char      *language;     /* the display language its numbers are written in */
  GArray    *levels;       /* of Level */
  GArray    *markers;      /* of Marker */
  char      *readout;
  char      *description;

  guint      n;
  double     band_low;
  double     band_high;
  double     span;
  double     crosshair;
  gboolean   log_scale;

  /* Everything but the crosshair and the focus ring, drawn once per change
   * of data, size or style into an image: a crosshair step only blits it. */
  cairo_surface_t *cache;
  GskRenderNode   *cache_node;
  PangoLayout     *readout_layout;   /* the crosshair box's text, reused */
  Layout      cache_layout;
  Palette     cache_palette;
  guint       cache_font_serial;
  int         cache_width;
  int         cache_height;
  int         cache_scale;
};

G_DEFINE_FINAL_TYPE (KgCurvePlot, kg_curve_plot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPAN,
  PROP_LOG_SCALE,
  PROP_CROSSHAIR,
  PROP_READOUT,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
level_clear (gpointer data)
{
  g_free (((Level *) data)->label);
}

static void
marker_clear (gpointer data)
{
  g_free (((Marker *) data)->label);
}

static void
label_free (gpointer data)
{
  Label *label = data;

  g_clear_object (&label->layout);
  g_free (label);
}

/* ---- Words -------------------------------------------------------------- */

/* "45 min", "3 h", "3 h 15 min", rounded to the minute. */
static char *
format_duration (double hours)
{
  long minutes = lround (hours * 60);

  if (minutes < 60)
    return g_strdup_printf (_("%ld min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%ld h"), minutes / 60);
  return g_strdup_printf (_("%ld h %ld min"), minutes / 60, minutes % 60);
}

/* "right after the dose" or "at 1 h 5 min". */
static char *
format_moment (double hours)
{
  g_autofree char *duration = NULL;

  if (hours * 60 < 0.5)
    return g_strdup (_("right after the dose"));
  duration = format_duration (hours);
  return g_strdup_printf (_("at %s"), duration);
}

/* A concentration for sentences: "46.3 ng/mL", or "under 0.01 ng/mL". */
static char *
format_level (KgCurvePlot *self,
              double       value,
              const char  *unit)
{
  g_autofree char *number = NULL;

  if (value < 0.01)
    return g_strdup_printf (_("under 0.01 %s"), unit);
  number = kg_number_format_significant (value, 3, self->language);
  return g_strdup_printf ("%s %s", number, unit);
}

static const char *
nonnull (const char *text)
{
  return text != NULL ? text : "";
}

/* Samples shown: those up to the span, plus one past it for interpolation. */
static guint
visible_count (KgCurvePlot *self)
{
  guint count = 0;

  while (count < self->n && self->times[count] <= self->span + 1e-9)
    count++;
  return MIN (count + 1, self->n);
}

static double
primary_peak (KgCurvePlot *self,
              double      *t_peak)
{
  double v = 0, t = 0;

  if (!kg_plot_series_peak (self->times, self->primary, visible_count (self), &t, &v))
    return 0;
  if (t_peak != NULL)
    *t_peak = t;
  return v;
}

/* GTK 4.8 exposes no value of a custom slider to AT-SPI, so the readout is
 * in the name too: a screen reader speaks it as the arrow keys move the
 * crosshair. The value properties are set for toolkits that do use them. */
static void
update_accessible_label (KgCurvePlot *self)
{
  g_autofree char *label = NULL;

  if (self->context != NULL)
    /* Translators: the plot's accessible name: what is plotted, then the readout */
    label = g_strdup_printf (_("Blood levels over time, %s. %s"), self->context,
                             nonnull (self->readout));
  else
    label = g_strdup_printf (_("Blood levels over time. %s"), nonnull (self->readout));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, self->span,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, self->crosshair,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, nonnull (self->readout),
                                  -1);
}

static void
update_readout (KgCurvePlot *self)
{
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  double peak;

  if (self->n == 0)
    {
      text = g_strdup ("");
    }
  else
    {
      double t = self->crosshair;
      double value = kg_plot_series_value_at (self->times, self->primary, self->n, t);
      g_autofree char *level = format_level (self, value, nonnull (self->primary_unit));
      g_autofree char *percent = NULL;

      peak = primary_peak (self, NULL);
      percent = kg_number_format_percent (peak > 0 ? 100 * value / peak : 0, self->language);
      when = t * 60 < 0.5 ? g_strdup (_("Right after the dose")) : NULL;
      if (when == NULL)
        {
          g_autofree char *duration = format_duration (t);

          /* Translators: the start of the plot readout, e.g. "3 h 15 min after the dose" */
          when = g_strdup_printf (_("%s after the dose"), duration);
        }
      /* Translators: readout, e.g. "1 h after the dose — Ketamine: 46.3 ng/mL (0.6% of its
       * peak)" */
      text = g_strdup_printf (_("%s — %s: %s (%s%% of its peak)"), when,
                              nonnull (self->primary_label), level, percent);
      if (self->secondary != NULL)
        {
          double second = kg_plot_series_value_at (self->times, self->secondary, self->n, t);
          g_autofree char *second_percent = kg_number_format_percent (second, self->language);
          char *longer;

          /* Translators: appended to the readout, e.g. " · Norketamine: 40% of its peak" */
          longer = g_strdup_printf (_("%s · %s: %s%% of its peak"), text,
                                    nonnull (self->secondary_label), second_percent);
          g_free (text);
          text = longer;
        }
    }

  if (g_strcmp0 (text, self->readout) == 0)
    return;
  g_free (self->readout);
  self->readout = g_steal_pointer (&text);
  update_accessible_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READOUT]);
}

static int
compare_levels_descending (gconstpointer a,
                           gconstpointer b)
{
  const Level *la = a, *lb = b;

  return (la->min < lb->min) - (la->min > lb->min);
}

/* The curve in words: peak, when it falls below each level, where it ends,
 * and the secondary series' peak and end. */
static void
update_description (KgCurvePlot *self)
{
  GString *text = g_string_new (NULL);
  const char *unit = nonnull (self->primary_unit);
  guint count = visible_count (self);

  if (self->n > 0 && count > 1)
    {
      g_autofree char *span = format_duration (self->span);
      g_autoptr (GArray) levels = g_array_copy (self->levels);
      g_autoptr (GPtrArray) crossings = g_ptr_array_new_with_free_func (g_free);
      double t_peak = 0, peak = primary_peak (self, &t_peak);
      double end = kg_plot_series_value_at (self->times, self->primary, self->n, self->span);
      g_autofree char *peak_level = format_level (self, peak, unit);
      g_autofree char *peak_moment = format_moment (t_peak);
      g_autofree char *end_level = format_level (self, end, unit);
      g_autofree char *end_percent = kg_number_format_percent (peak > 0 ? 100 * end / peak : 0, self->language);

      g_array_set_clear_func (levels, NULL);
      /* Translators: e.g. "Ketamine peaks at 95.2 ng/mL at 45 min." */
      g_string_append_printf (text, _("%s peaks at %s %s."), nonnull (self->primary_label),
                              peak_level, peak_moment);

      /* From the highest level down, the order the curve meets them in. */
      g_array_sort (levels, compare_levels_descending);
      for (guint i = 0; i < levels->len; i++)
        {
          Level *level = &g_array_index (levels, Level, i);
          g_autofree char *threshold = format_level (self, level->min, unit);
          double t_below;

          if (peak < level->min)
            /* Translators: e.g. "never reaches the Anaesthesia range (1,200 ng/mL)" */
            g_ptr_array_add (crossings, g_strdup_printf (_("never reaches the %s range (%s)"),
                                                         level->label, threshold));
          else if (kg_plot_series_time_below (self->times, self->primary, count, level->min,
                                              &t_below) && t_below <= self->span)
            {
              g_autofree char *moment = format_moment (t_below);

              /* Translators: e.g. "falls below the Analgesia range (70 ng/mL) at 2 h 5 min" */
              g_ptr_array_add (crossings, g_strdup_printf (_("falls below the %s range (%s) %s"),
                                                           level->label, threshold, moment));
            }
          else
            /* Translators: e.g. "is still at or above the Analgesia range (70 ng/mL) at 24 h" */
            g_ptr_array_add (crossings,
                             g_strdup_printf (_("is still at or above the %s range (%s) at %s"),
                                              level->label, threshold, span));
        }
      if (crossings->len > 0)
        {
          g_autofree char *joined = NULL;

          g_ptr_array_add (crossings, NULL);
          joined = g_strjoinv ("; ", (char **) crossings->pdata);

          /* Translators: the list of crossings, e.g. "It falls below …; never reaches …." */
          g_string_append_printf (text, _(" It %s."), joined);
        }
      /* Translators: e.g. " At 24 h: under 0.01 ng/mL (0.0001% of its peak)." */
      g_string_append_printf (text, _(" At %s: %s (%s%% of its peak)."), span, end_level,
                              end_percent);

      if (self->secondary != NULL)
        {
          double t_second = 0, second_peak = 0;

          if (kg_plot_series_peak (self->times, self->secondary, count, &t_second, &second_peak))
            {
              double second_end = kg_plot_series_value_at (self->times, self->secondary,
                                                           self->n, self->span);
              g_autofree char *moment = format_moment (t_second);
              g_autofree char *second_percent = kg_number_format_percent (second_end, self->language);

              /* Translators: e.g. " Norketamine (shape only) peaks at 4 h 30 min and is at
               * 26% of its peak at 24 h." */
              g_string_append_printf (text, _(" %s peaks %s and is at %s%% of its peak at %s."),
                                      nonnull (self->secondary_label), moment, second_percent,
                                      span);
            }
        }

      for (guint i = 0; i < self->markers->len; i++)
        {
          Marker *marker = &g_array_index (self->markers, Marker, i);
          g_autofree char *from = format_duration (marker->from);

          if (marker->from > self->span)
            continue;
          if (marker->to > marker->from)
            {
              g_autofree char *to = format_duration (marker->to);

              /* Translators: a time marker, e.g. " Marked: Effects usually over, 45 min to 1 h
               * 30 min." */
              g_string_append_printf (text, _(" Marked: %s, %s to %s."), marker->label, from, to);
            }
          else
            {
              /* Translators: a time marker, e.g. " Marked: 24 h before driving, at 24 h." */
              g_string_append_printf (text, _(" Marked: %s, at %s."), marker->label, from);
            }
        }
    }

  if (g_strcmp0 (text->str, self->description) != 0)
    {
      g_free (self->description);
      self->description = g_string_free (text, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
    }
  else
    {
      g_string_free (text, TRUE);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  update_accessible_label (self);
}

static void
invalidate (KgCurvePlot *self)
{
  g_clear_pointer (&self->cache, cairo_surface_destroy);
  g_clear_pointer (&self->cache_node, gsk_render_node_unref);
  g_clear_object (&self->readout_layout);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
changed (KgCurvePlot *self)
{
  invalidate (self);
  update_readout (self);
  update_description (self);
}

/* ---- Layout ------------------------------------------------------------- */

static PangoLayout *
make_text (KgCurvePlot *self,
           const char  *text,
           gboolean     small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (small)
    {
      PangoAttrList *attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
  return layout;
}

static Label *
add_label (Layout      *layout,
           PangoLayout *text,
           double       x,
           double       y,
           gboolean     boxed,
           int          level)
{
  Label *label = g_new0 (Label, 1);
  int width, height;

  pango_layout_get_pixel_size (text, &width, &height);
  label->layout = text;
  label->x = x;
  label->y = y;
  label->width = width;
  label->height = height;
  label->boxed = boxed;
  label->level = level;
  g_ptr_array_add (layout->labels, label);
  return label;
}

static void
y_range (KgCurvePlot *self,
         double      *min,
         double      *max)
{
  double high = primary_peak (self, NULL);
  double lowest = 0;

  if (self->log_scale)
    {
      /* The level bands stay in view, so "never reaches" can be seen. */
      for (guint i = 0; i < self->levels->len; i++)
        high = MAX (high, g_array_index (self->levels, Level, i).max);
      if (!(high > 0))
        high = 1;
      kg_plot_log_range (high, high, min, max);
      if (*max / 10 >= high)
        *max /= 10;
      *min = *max / pow (10, LOG_DECADES);
    }
  else
    {
      /* The lowest level band's edge stays in view, so a curve far below
       * it shows how far below. */
      for (guint i = 0; i < self->levels->len; i++)
        {
          double edge = g_array_index (self->levels, Level, i).min * 1.1;

          if (i == 0 || edge < lowest)
            lowest = edge;
        }
      high = MAX (high, lowest);
      *min = 0;
      *max = kg_plot_linear_ceiling (high > 0 ? high : 1);
    }
}

static char *
format_tick_hours (KgCurvePlot *self,
                   double       hours)
{
  g_autofree char *number = kg_number_format_significant (hours, 3, self->language);

  if (hours == 0)
    return g_strdup ("0");
  /* Translators: a time axis tick, e.g. "6 h" */
  return g_strdup_printf (_("%s h"), number);
}

static void
compute_layout (KgCurvePlot *self,
                double       width,
                double       height,
                Layout      *layout)
{
  double y_min, y_max, top, left, right, bottom, line_height, row_x, row_y, row_height;
  double ticks[KG_PLOT_MAX_TICKS];
  gboolean major[KG_PLOT_MAX_TICKS];
  double legend_right = width - 8;
  g_autoptr (PangoLayout) probe = make_text (self, "0", TRUE);
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  guint n_ticks, max_ticks;
  int w, h;

  memset (layout, 0, sizeof *layout);
  layout->labels = g_ptr_array_new_with_free_func (label_free);

  pango_layout_get_pixel_size (probe, &w, &h);
  line_height = h;

  /* Legend, wrapping onto as many rows as it needs. */
  row_x = 8;
  row_y = 4;
  row_height = line_height;
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = NULL;
      PangoLayout *legend_text;
      double item_width;

      if (i == 0 && self->primary_label != NULL)
        text = g_strdup_printf ("%s (%s)", self->primary_label, nonnull (self->primary_unit));
      else if (i == 1 && self->secondary != NULL && self->secondary_label != NULL)
        text = g_strdup (self->secondary_legend != NULL ? self->secondary_legend
                                                        : self->secondary_label);
      else if (i == 2 && self->band_low > 0 && self->band_label != NULL)
        text = g_strdup (self->band_label);
      if (text == NULL)
        continue;

      legend_text = make_text (self, text, TRUE);
      /* A long entry wraps rather than running off a narrow plot. */
      pango_layout_set_width (legend_text, (int) MAX (legend_right - 8 - 28, 40) * PANGO_SCALE);
      pango_layout_set_wrap (legend_text, PANGO_WRAP_WORD);
      pango_layout_get_pixel_size (legend_text, &w, &h);
      item_width = 28 + w;
      if (row_x > 8 && row_x + item_width > legend_right)
        {
          row_x = 8;
          row_y += row_height + 4;
          row_height = line_height;
        }
      row_height = MAX (row_height, h);
      layout->legend_kind[layout->n_legend] = i;
      layout->legend_swatch[layout->n_legend] =
        GRAPHENE_RECT_INIT (row_x, row_y + line_height / 2 - 5, 22, 10);
      layout->n_legend++;
      add_label (layout, legend_text, row_x + 28, row_y, FALSE, -1);
      row_x += item_width + 18;
    }
  top = row_y + row_height + 10;

  /* Unit titles above each axis. */
  y_range (self, &y_min, &y_max);
  {
    g_autofree char *title = self->log_scale
                               /* Translators: left axis title, e.g. "ng/mL (log scale)" */
                               ? g_strdup_printf (_("%s (log scale)"), nonnull (self->primary_unit))
                               : g_strdup (nonnull (self->primary_unit));

    add_label (layout, make_text (self, title, TRUE), 8, top, FALSE, -1);
    if (self->secondary != NULL)
      {
        /* xgettext:no-c-format */
        PangoLayout *right_title = make_text (self, _("% of own peak"), TRUE);

        pango_layout_get_pixel_size (right_title, &w, &h);
        add_label (layout, right_title, width - 8 - w, top, FALSE, -1);
      }
    top += line_height + 6;
  }

  /* Left margin: the widest value label. */
  if (self->log_scale)
    n_ticks = kg_plot_log_ticks (y_min, y_max, ticks, major);
  else
    n_ticks = kg_plot_linear_ticks (y_min, y_max, 6, ticks);
  left = 0;
  for (guint i = 0; i < n_ticks; i++)
    {
      g_autofree char *text = kg_number_format_significant (ticks[i], 3, self->language);
      g_autoptr (PangoLayout) tick = make_text (self, text, TRUE);

      pango_layout_get_pixel_size (tick, &w, &h);
      left = MAX (left, w);
    }
  left += 16;
  if (self->secondary != NULL)
    {
      g_autoptr (PangoLayout) tick = make_text (self, "100%", TRUE);

      pango_layout_get_pixel_size (tick, &w, &h);
      right = width - w - 14;
    }
  else
    {
      right = width - 12;
    }
  /* Time marker labels, in rows above the plot, each beside its marker:
   * clear of the curves and of the level labels inside the plot. */
  kg_plot_axis_init (&layout->x, 0, self->span, FALSE, left, right);
  for (guint i = 0; i < self->markers->len; i++)
    {
      Marker *marker = &g_array_index (self->markers, Marker, i);
      PangoLayout *text;
      double x, x_from, x_to;
      guint row;

      if (marker->from > self->span)
        continue;
      text = make_text (self, marker->label, TRUE);
      pango_layout_get_pixel_size (text, &w, &h);
      x_from = kg_plot_axis_to_pixel (&layout->x, marker->from);
      x_to = kg_plot_axis_to_pixel (&layout->x, MIN (marker->to, self->span));
      x = x_to + 6;
      if (x + w + 6 > right)
        x = x_from - 6 - w;
      x = MAX (x, left);

      for (row = 0; row < rows->len; row++)
        {
          double *used = &g_array_index (rows, double, row * 2);

          if (x > used[1] + 8 || x + w < used[0] - 8)
            break;
        }
      if (row == rows->len)
        {
          double used[2] = { x, x + w };

          g_array_append_vals (rows, used, 1);
        }
      else
        {
          double *used = &g_array_index (rows, double, row * 2);

          used[0] = MIN (used[0], x);
          used[1] = MAX (used[1], x + w);
        }
      add_label (layout, text, x, top + row * (line_height + 4), FALSE, -1);
    }
  top += rows->len * (line_height + 4) + (rows->len > 0 ? 4 : 0);

  bottom = height - 2 * line_height - 12;

  layout->plot = GRAPHENE_RECT_INIT (left, top, MAX (right - left, 1), MAX (bottom - top, 1));
  layout->legend_top = 4;
  layout->readout_top = top + 6;
  kg_plot_axis_init (&layout->x, 0, self->span, FALSE, left, left + layout->plot.size.width);
  kg_plot_axis_init (&layout->y, y_min, y_max, self->log_scale, bottom, top);
  kg_plot_axis_init (&layout->y2, 0, 100, FALSE, bottom, top);

  /* Value labels: every major tick; minor ones too when a decade is tall. */
  for (guint i = 0; i < n_ticks; i++)
    {
      double decade_height = layout->plot.size.height / LOG_DECADES;
      g_autofree char *text = NULL;
      PangoLayout *tick;
      double y;

      if (self->log_scale && !major[i] && decade_height < 4 * line_height)
        continue;
      text = kg_number_format_significant (ticks[i], 3, self->language);
      tick = make_text (self, text, TRUE);
      pango_layout_get_pixel_size (tick, &w, &h);
      y = kg_plot_axis_to_pixel (&layout->y, ticks[i]);
      add_label (layout, tick, left - 8 - w, y - h / 2.0, FALSE, -1);
    }
  if (self->secondary != NULL)
    {
      n_ticks = kg_plot_linear_ticks (0, 100, 5, ticks);
      for (guint i = 0; i < n_ticks; i++)
        {
          g_autofree char *number = kg_number_format (ticks[i], 0, self->language);
          g_autofree char *text = g_strdup_printf ("%s%%", number);
          PangoLayout *tick = make_text (self, text, TRUE);
          double y = kg_plot_axis_to_pixel (&layout->y2, ticks[i]);

          pango_layout_get_pixel_size (tick, &w, &h);
          add_label (layout, tick, right + 6, y - h / 2.0, FALSE, -1);
        }
    }

  /* Time labels: as many as fit with room to spare. */
  {
    g_autoptr (PangoLayout) widest = make_text (self, "48 h", TRUE);
    PangoLayout *title;

    pango_layout_get_pixel_size (widest, &w, &h);
    max_ticks = CLAMP ((guint) (layout->plot.size.width / (w + 24)) + 1, 2, KG_PLOT_MAX_TICKS);
    n_ticks = kg_plot_time_ticks (self->span, max_ticks, ticks);
    layout->time_step = kg_plot_time_step (self->span, max_ticks);
    for (guint i = 0; i < n_ticks; i++)
      {
        g_autofree char *text = format_tick_hours (self, ticks[i]);
        PangoLayout *tick = make_text (self, text, TRUE);
        double x = kg_plot_axis_to_pixel (&layout->x, ticks[i]);

        pango_layout_get_pixel_size (tick, &w, &h);
        x = CLAMP (x - w / 2.0, 0, width - w);
        add_label (layout, tick, x, bottom + 6, FALSE, -1);
      }
    title = make_text (self, _("Hours after the dose"), TRUE);
    pango_layout_get_pixel_size (title, &w, &h);
    add_label (layout, title, left + (layout->plot.size.width - w) / 2, bottom + 8 + line_height,
               FALSE, -1);
  }

  /* Level labels at the right, inside their band, nudged apart. */
  {
    guint first = layout->labels->len;

    for (guint i = 0; i < self->levels->len; i++)
      {
        Level *level = &g_array_index (self->levels, Level, i);
        g_autofree char *min = kg_number_format_significant (level->min, 3, self->language);
        g_autofree char *max = kg_number_format_significant (level->max, 3, self->language);
        /* Translators: a plasma range on the plot, e.g. "Analgesia 70–160" */
        g_autofree char *text = g_strdup_printf (_("%s %s–%s"), level->label, min, max);
        PangoLayout *level_text = make_text (self, text, TRUE);
        double y_top = kg_plot_axis_to_pixel (&layout->y, level->max);
        double y_bottom = kg_plot_axis_to_pixel (&layout->y, level->min);

        if (MIN (y_bottom, bottom) - MAX (y_top, top) < 2)
          {
            g_object_unref (level_text);
            continue;
          }
        /* Centred on the part of the band that is in view. */
        y_top = MAX (y_top, top);
        y_bottom = MIN (y_bottom, bottom);
        pango_layout_get_pixel_size (level_text, &w, &h);
        add_label (layout, level_text, right - w - 8,
                   CLAMP ((y_top + y_bottom - h) / 2, top + 2, bottom - h - 2), TRUE, i % 3);
      }
    /* Top to bottom, each below the one above. */
    for (guint i = first; i < layout->labels->len; i++)
      for (guint j = i + 1; j < layout->labels->len; j++)
        {
          Label *a = g_ptr_array_index (layout->labels, i);
          Label *b = g_ptr_array_index (layout->labels, j);

          if (b->y < a->y)
            {
              layout->labels->pdata[i] = b;
              layout->labels->pdata[j] = a;
            }
        }
    for (guint i = first + 1; i < layout->labels->len; i++)
      {
        Label *above = g_ptr_array_index (layout->labels, i - 1);
        Label *label = g_ptr_array_index (layout->labels, i);

        label->y = MAX (label->y, above->y + above->height + 3);
      }
  }
}

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->labels, g_ptr_array_unref);
}

/* ---- Drawing ------------------------------------------------------------ */

static void
lookup (GtkStyleContext *context,
        const char      *name,
        const char      *fallback,
        GdkRGBA         *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
get_palette (KgCurvePlot *self,
             Palette     *palette)
{
  GtkStyleContext *context;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &palette->fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* A light foreground means a dark style: lighter shades read better. */
  palette->dark = 0.2126 * palette->fg.red + 0.7152 * palette->fg.green
                  + 0.0722 * palette->fg.blue > 0.5;
  lookup (context, "window_bg_color", palette->dark ? "#242424" : "#fafafa", &palette->bg);
  lookup (context, "accent_color", palette->dark ? "#78aeed" : "#1c71d8", &palette->accent);
  if (palette->dark)
    {
      lookup (context, "blue_2", "#62a0ea", &palette->primary);
      lookup (context, "purple_1", "#dc8add", &palette->secondary);
      lookup (context, "green_3", "#33d17a", &palette->levels[0]);
      lookup (context, "yellow_3", "#f6d32d", &palette->levels[1]);
      lookup (context, "red_2", "#ed333b", &palette->levels[2]);
    }
  else
    {
      lookup (context, "blue_4", "#1c71d8", &palette->primary);
      lookup (context, "purple_3", "#9141ac", &palette->secondary);
      lookup (context, "green_4", "#2ec27e", &palette->levels[0]);
      lookup (context, "yellow_5", "#e5a50a", &palette->levels[1]);
      lookup (context, "red_3", "#e01b24", &palette->levels[2]);
    }
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
trace_series (cairo_t      *cr,
              const Layout *layout,
              const double *times,
              const double *values,
              guint         count,
              double        factor,
              const KgPlotAxis *axis,
              gboolean      reverse)
{
  for (guint k = 0; k < count; k++)
    {
      guint i = reverse ? count - 1 - k : k;
      double x = kg_plot_axis_to_pixel (&layout->x, times[i]);
      double y = kg_plot_axis_to_pixel (axis, values[i] * factor);

      /* Far outside the plot the line is clipped anyway; keep Cairo's
       * fixed-point coordinates in range. */
      y = CLAMP (y, -1e4, 1e4);
      if (k == 0 && !reverse)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
}

static void
draw_plot (KgCurvePlot   *self,
           cairo_t       *cr,
           const Layout  *layout,
           const Palette *palette)
{
  const graphene_rect_t *plot = &layout->plot;
  double left = plot->origin.x, top = plot->origin.y;
  double right = left + plot->size.width, bottom = top + plot->size.height;
  double ticks[KG_PLOT_MAX_TICKS];
  gboolean major[KG_PLOT_MAX_TICKS];
  guint n_ticks, count = visible_count (self);
  static const double dash[] = { 6, 4 };

  /* Grid. */
  cairo_set_line_width (cr, 1);
  if (self->log_scale)
    n_ticks = kg_plot_log_ticks (layout->y.min, layout->y.max, ticks, major);
  else
    {
      n_ticks = kg_plot_linear_ticks (layout->y.min, layout->y.max, 6, ticks);
      for (guint i = 0; i < n_ticks; i++)
        major[i] = TRUE;
    }
  for (guint i = 0; i < n_ticks; i++)
    {
      double y = round (kg_plot_axis_to_pixel (&layout->y, ticks[i])) + 0.5;

      set_source (cr, &palette->fg, major[i] ? 0.14 : 0.06);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      cairo_stroke (cr);
    }
  {
    /* A gridline at every labelled time. */
    double step = layout->time_step;

    for (double t = step; t < self->span - 1e-9; t += step)
      {
        double x = round (kg_plot_axis_to_pixel (&layout->x, t)) + 0.5;

        set_source (cr, &palette->fg, 0.06);
        cairo_move_to (cr, x, top);
        cairo_line_to (cr, x, bottom);
        cairo_stroke (cr);
      }
  }

  cairo_save (cr);
  cairo_rectangle (cr, left, top, plot->size.width, plot->size.height);
  cairo_clip (cr);

  /* Level bands. */
  for (guint i = 0; i < self->levels->len; i++)
    {
      Level *level = &g_array_index (self->levels, Level, i);
      const GdkRGBA *color = &palette->levels[i % 3];
      double y_top = kg_plot_axis_to_pixel (&layout->y, level->max);
      double y_bottom = kg_plot_axis_to_pixel (&layout->y, level->min);

      set_source (cr, color, palette->dark ? 0.16 : 0.13);
      cairo_rectangle (cr, left, y_top, plot->size.width, y_bottom - y_top);
      cairo_fill (cr);
      set_source (cr, color, 0.6);
      cairo_move_to (cr, left, round (y_top) + 0.5);
      cairo_line_to (cr, right, round (y_top) + 0.5);
      cairo_move_to (cr, left, round (y_bottom) + 0.5);
      cairo_line_to (cr, right, round (y_bottom) + 0.5);
      cairo_stroke (cr);
    }

  /* Time markers: a shaded span or a dashed line. */
  for (guint i = 0; i < self->markers->len; i++)
    {
      Marker *marker = &g_array_index (self->markers, Marker, i);
      double x_from = kg_plot_axis_to_pixel (&layout->x, marker->from);
      double x_to = kg_plot_axis_to_pixel (&layout->x, marker->to);

      /* Off the axis (24 h on a 6 h plot): not drawn, as its label is not. */
      if (marker->from > self->span)
        continue;
      if (marker->to > marker->from)
        {
          set_source (cr, &palette->fg, 0.09);
          cairo_rectangle (cr, x_from, top, x_to - x_from, plot->size.height);
          cairo_fill (cr);
        }
      else
        {
          double x = MIN (round (x_from) + 0.5, right - 1.5);

          set_source (cr, &palette->fg, 0.75);
          cairo_set_line_width (cr, 2);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_move_to (cr, x, top);
          cairo_line_to (cr, x, bottom);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_set_line_width (cr, 1);
        }
    }

  if (count > 1)
    {
      /* Variability band: the line × low … × high. */
      if (self->band_low > 0)
        {
          trace_series (cr, layout, self->times, self->primary, count, self->band_high,
                        &layout->y, FALSE);
          trace_series (cr, layout, self->times, self->primary, count, self->band_low,
                        &layout->y, TRUE);
          cairo_close_path (cr);
          set_source (cr, &palette->primary, palette->dark ? 0.22 : 0.16);
          cairo_fill (cr);
        }

      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      if (self->secondary != NULL)
        {
          trace_series (cr, layout, self->times, self->secondary, count, 1, &layout->y2, FALSE);
          set_source (cr, &palette->secondary, 1);
          cairo_set_line_width (cr, 2.5);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      trace_series (cr, layout, self->times, self->primary, count, 1, &layout->y, FALSE);
      set_source (cr, &palette->primary, 1);
      cairo_set_line_width (cr, 3);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  /* Axes. */
  set_source (cr, &palette->fg, 0.55);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left - 0.5, top);
  cairo_line_to (cr, left - 0.5, bottom + 0.5);
  cairo_line_to (cr, right, bottom + 0.5);
  if (self->secondary != NULL)
    {
      cairo_move_to (cr, right + 0.5, top);
      cairo_line_to (cr, right + 0.5, bottom + 0.5);
    }
  cairo_stroke (cr);

  /* Legend swatches. */
  for (guint i = 0; i < layout->n_legend; i++)
    {
      const graphene_rect_t *swatch = &layout->legend_swatch[i];
      double y = swatch->origin.y + swatch->size.height / 2;

      switch (layout->legend_kind[i])
        {
        case 0:
          set_source (cr, &palette->primary, 1);
          cairo_set_line_width (cr, 3);
          cairo_move_to (cr, swatch->origin.x, y);
          cairo_line_to (cr, swatch->origin.x + swatch->size.width, y);
          cairo_stroke (cr);
          break;

        case 1:
          set_source (cr, &palette->secondary, 1);
          cairo_set_line_width (cr, 2.5);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_move_to (cr, swatch->origin.x, y);
          cairo_line_to (cr, swatch->origin.x + swatch->size.width, y);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          break;

        default:
          set_source (cr, &palette->primary, palette->dark ? 0.22 : 0.16);
          cairo_rectangle (cr, swatch->origin.x, swatch->origin.y, swatch->size.width,
                           swatch->size.height);
          cairo_fill (cr);
          break;
        }
    }

  /* Backgrounds of the labels drawn over the plot. */
  for (guint i = 0; i < layout->labels->len; i++)
    {
      Label *label = g_ptr_array_index (layout->labels, i);

      if (!label->boxed)
        continue;
      set_source (cr, &palette->bg, 0.85);
      cairo_rectangle (cr, label->x - 3, label->y - 1, label->width + 6, label->height + 2);
      cairo_fill (cr);
    }
}

static void
draw_labels (cairo_t       *cr,
             const Layout  *layout,
             const Palette *palette)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      Label *label = g_ptr_array_index (layout->labels, i);
      GdkRGBA color = palette->fg;

      if (label->level >= 0)
        {
          /* Darker (light style) or lighter (dark style) than the band. */
          color = palette->levels[label->level];
          color.red = palette->dark ? (1 + color.red) / 2 : color.red * 0.55;
          color.green = palette->dark ? (1 + color.green) / 2 : color.green * 0.55;
          color.blue = palette->dark ? (1 + color.blue) / 2 : color.blue * 0.55;
        }
      cairo_move_to (cr, label->x, label->y);
      gdk_cairo_set_source_rgba (cr, &color);
      pango_cairo_show_layout (cr, label->layout);
    }
}

static gboolean
palette_equal (const Palette *a,
               const Palette *b)
{
  return gdk_rgba_equal (&a->fg, &b->fg) && gdk_rgba_equal (&a->bg, &b->bg)
         && gdk_rgba_equal (&a->primary, &b->primary) && gdk_rgba_equal (&a->accent, &b->accent);
}

/* Rasterizes the plot without its crosshair at the device scale. */
static void
ensure_cache (KgCurvePlot   *self,
              int            width,
              int            height,
              const Palette *palette)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  guint font_serial = pango_context_get_serial (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  cairo_t *cr;

  /* The font is part of the key (the context's serial changes with it):
   * consult mode enlarges text. */
  if (self->cache != NULL && self->cache_width == width && self->cache_height == height
      && self->cache_scale == scale && palette_equal (&self->cache_palette, palette)
      && self->cache_font_serial == font_serial)
    return;

  self->cache_font_serial = font_serial;

  g_clear_pointer (&self->cache, cairo_surface_destroy);
  g_clear_pointer (&self->cache_node, gsk_render_node_unref);
  g_clear_object (&self->readout_layout);
  layout_clear (&self->cache_layout);
  compute_layout (self, width, height, &self->cache_layout);
  self->cache_palette = *palette;
  self->cache_width = width;
  self->cache_height = height;
  self->cache_scale = scale;

  self->cache = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (self->cache, scale, scale);
  cr = cairo_create (self->cache);
  draw_plot (self, cr, &self->cache_layout, palette);
  draw_labels (cr, &self->cache_layout, palette);
  cairo_destroy (cr);
  cairo_surface_flush (self->cache);

  /* The same node every frame until something changes, so that GTK's diff
   * of the frames finds only the crosshair changed and repaints just that. */
  self->cache_node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
  cr = gsk_cairo_node_get_draw_context (self->cache_node);
  cairo_set_source_surface (cr, self->cache, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
}

/* A round marker where the crosshair meets a line. */
static void
append_dot (GtkSnapshot   *snapshot,
            double         x,
            double         y,
            const GdkRGBA *fill,
            const GdkRGBA *ring)
{
  GskRoundedRect outer, inner;

  gsk_rounded_rect_init_from_rect (&outer, &GRAPHENE_RECT_INIT (x - 6, y - 6, 12, 12), 6);
  gsk_rounded_rect_init_from_rect (&inner, &GRAPHENE_RECT_INIT (x - 4, y - 4, 8, 8), 4);
  gtk_snapshot_push_rounded_clip (snapshot, &outer);
  gtk_snapshot_append_color (snapshot, ring, &outer.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_push_rounded_clip (snapshot, &inner);
  gtk_snapshot_append_color (snapshot, fill, &inner.bounds);
  gtk_snapshot_pop (snapshot);
}

/* The readout beside the crosshair, in short: time, the level and % of
 * peak, and the metabolite's % of peak. Drawn each frame (it follows the
 * crosshair); the full sentence is the readout property. */
static void
append_readout_box (KgCurvePlot   *self,
                    GtkSnapshot   *snapshot,
                    double         x,
                    double         value,
                    const Palette *palette)
{
  const Layout *layout = &self->cache_layout;
  const graphene_rect_t *plot = &layout->plot;
  g_autofree char *time = format_duration (self->crosshair);
  g_autofree char *level = format_level (self, value, nonnull (self->primary_unit));
  double peak = primary_peak (self, NULL);
  g_autofree char *percent = kg_number_format_percent (peak > 0 ? 100 * value / peak : 0, self->language);
  g_autoptr (GString) text = g_string_new (NULL);
  GskRoundedRect box;
  GdkRGBA background = palette->bg;
  GdkRGBA border = palette->fg;
  float widths[4] = { 1, 1, 1, 1 };
  GdkRGBA borders[4];
  int w, h;
  double box_x, box_y;

  /* Translators: the plot's crosshair box, e.g. "Ketamine 46.3 ng/mL (0.6% of peak)" */
  g_string_append_printf (text, _("%s\n%s %s (%s%% of peak)"), time,
                          nonnull (self->primary_label), level, percent);
  if (self->secondary != NULL)
    {
      double second = kg_plot_series_value_at (self->times, self->secondary, self->n,
                                               self->crosshair);
      g_autofree char *second_percent = kg_number_format_percent (second, self->language);

      /* Translators: second line of the crosshair box, e.g. "Norketamine 77% of peak" */
      g_string_append_printf (text, _("\n%s %s%% of peak"), nonnull (self->secondary_label),
                              second_percent);
    }
  if (self->readout_layout == NULL)
    self->readout_layout = make_text (self, text->str, TRUE);
  else
    pango_layout_set_text (self->readout_layout, text->str, -1);
  pango_layout_get_pixel_size (self->readout_layout, &w, &h);

  box_x = x + 10;
  if (box_x + w + 12 > plot->origin.x + plot->size.width)
    box_x = x - 10 - w - 12;
  box_x = MAX (box_x, plot->origin.x + 2);
  box_y = layout->readout_top;

  background.alpha *= 0.92;
  border.alpha *= 0.25;
  for (guint i = 0; i < 4; i++)
    borders[i] = border;
  /* Square corners: a rounded clip costs the cairo renderer a path per frame. */
  gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (box_x, box_y, w + 12, h + 8), 0);
  gtk_snapshot_append_color (snapshot, &background, &box.bounds);
  gtk_snapshot_append_border (snapshot, &box, widths, borders);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (box_x + 6, box_y + 4));
  gtk_snapshot_append_layout (snapshot, self->readout_layout, &palette->fg);
  gtk_snapshot_restore (snapshot);
}

static void
kg_curve_plot_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KgCurvePlot *self = KG_CURVE_PLOT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const Layout *layout = &self->cache_layout;
  const graphene_rect_t *plot;
  Palette palette;

  if (width < 40 || height < 40)
    return;

  get_palette (self, &palette);
  ensure_cache (self, width, height, &palette);
  /* A Cairo node that paints the cached image: a plain blit for the cairo
   * renderer (a GdkTexture would be converted pixel by pixel each time). */
  gtk_snapshot_append_node (snapshot, self->cache_node);

  plot = &layout->plot;
  if (visible_count (self) > 1)
    {
      double x = round (kg_plot_axis_to_pixel (&layout->x, self->crosshair));
      double value = kg_plot_series_value_at (self->times, self->primary, self->n, self->crosshair);
      double y = kg_plot_axis_to_pixel (&layout->y, value);
      GdkRGBA line = palette.fg;

      line.alpha *= 0.6;
      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (x, plot->origin.y, 1, plot->size.height));
      if (self->secondary != NULL)
        {
          double second = kg_plot_series_value_at (self->times, self->secondary, self->n,
                                                   self->crosshair);

          append_dot (snapshot, x + 0.5, kg_plot_axis_to_pixel (&layout->y2, second),
                      &palette.bg, &palette.secondary);
        }
      if (y >= plot->origin.y - 1 && y <= plot->origin.y + plot->size.height + 1)
        append_dot (snapshot, x + 0.5, y, &palette.primary, &palette.bg);
      append_readout_box (self, snapshot, x, value, &palette);
    }

  if (gtk_widget_has_visible_focus (widget))
    {
      GskRoundedRect ring;
      GdkRGBA accent = palette.accent;
      const float widths[4] = { 2, 2, 2, 2 };
      const GdkRGBA colors[4] = { accent, accent, accent, accent };

      gsk_rounded_rect_init_from_rect (&ring,
                                       &GRAPHENE_RECT_INIT (plot->origin.x - 4, plot->origin.y - 4,
                                                            plot->size.width + 8,
                                                            plot->size.height + 8), 6);
      gtk_snapshot_append_border (snapshot, &ring, widths, colors);
    }
}

static void
kg_curve_plot_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 720;
    }
  else
    {
      /* On a narrow plot the legend and the marker labels wrap onto more
       * rows: more height keeps the data area readable. */
      gboolean narrow = for_size >= 0 && for_size < 600;

      *minimum = narrow ? 460 : 400;
      *natural = *minimum;
    }
}

/* A new resolution (consult mode's larger text) or font: draw anew. */
static void
kg_curve_plot_system_setting_changed (GtkWidget        *widget,
                                      GtkSystemSetting  setting)
{
  invalidate (KG_CURVE_PLOT (widget));
  GTK_WIDGET_CLASS (kg_curve_plot_parent_class)->system_setting_changed (widget, setting);
}

static GtkSizeRequestMode
kg_curve_plot_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* ---- Input -------------------------------------------------------------- */

static void
set_crosshair_from_x (KgCurvePlot *self,
                      double       x)
{
  /* The axes of what is on screen (the pointer can only be over a drawn plot). */
  if (self->cache_layout.labels == NULL)
    return;
  kg_curve_plot_set_crosshair (self, kg_plot_axis_from_pixel (&self->cache_layout.x, x));
}

static void
motion_cb (KgCurvePlot              *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  set_crosshair_from_x (self, x);
}

static void
pressed_cb (KgCurvePlot *self,
            int          n_press,
            double       x,
            double       y,
            GtkGesture  *gesture)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_crosshair_from_x (self, x);
}

/* crosshair.step (i): one step earlier (-1) or later (+1); a step is
 * kg_plot_crosshair_step(), or an hour with Shift (crosshair.step-hour). */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KgCurvePlot *self = KG_CURVE_PLOT (widget);
  double step = g_str_equal (action_name, "crosshair.step-hour") ? 1
                                                                  : kg_plot_crosshair_step (self->span);

  kg_curve_plot_set_crosshair (self, kg_plot_crosshair_move (self->crosshair, step,
                                                             g_variant_get_int32 (parameter),
                                                             self->span));
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  kg_curve_plot_set_crosshair (KG_CURVE_PLOT (widget), 0);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KgCurvePlot *self = KG_CURVE_PLOT (widget);

  kg_curve_plot_set_crosshair (self, self->span);
}

static void
focus_changed_cb (KgCurvePlot *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- GObject ------------------------------------------------------------ */

static void
kg_curve_plot_dispose (GObject *object)
{
  KgCurvePlot *self = (KgCurvePlot *) object;

  g_clear_pointer (&self->times, g_free);
  g_clear_pointer (&self->primary, g_free);
  g_clear_pointer (&self->secondary, g_free);
  g_clear_pointer (&self->primary_label, g_free);
  g_clear_pointer (&self->primary_unit, g_free);
  g_clear_pointer (&self->secondary_label, g_free);
  g_clear_pointer (&self->secondary_legend, g_free);
  g_clear_pointer (&self->band_label, g_free);
  g_clear_pointer (&self->context, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->readout, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->cache, cairo_surface_destroy);
  g_clear_pointer (&self->cache_node, gsk_render_node_unref);
  g_clear_object (&self->readout_layout);
  layout_clear (&self->cache_layout);

  G_OBJECT_CLASS (kg_curve_plot_parent_class)->dispose (object);
}

static void
kg_curve_plot_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KgCurvePlot *self = KG_CURVE_PLOT (object);

  switch (prop_id)
    {
    case PROP_SPAN:
      g_value_set_double (value, self->span);
      break;
    case PROP_LOG_SCALE:
      g_value_set_boolean (value, self->log_scale);
      break;
    case PROP_CROSSHAIR:
      g_value_set_double (value, self->crosshair);
      break;
    case PROP_READOUT:
      g_value_set_string (value, self->readout);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_curve_plot_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KgCurvePlot *self = KG_CURVE_PLOT (object);

  switch (prop_id)
    {
    case PROP_SPAN:
      kg_curve_plot_set_span (self, g_value_get_double (value));
      break;
    case PROP_LOG_SCALE:
      kg_curve_plot_set_log_scale (self, g_value_get_boolean (value));
      break;
    case PROP_CROSSHAIR:
      kg_curve_plot_set_crosshair (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_curve_plot_class_init (KgCurvePlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kg_curve_plot_dispose;
  object_class->get_property = kg_curve_plot_get_property;
  object_class->set_property = kg_curve_plot_set_property;

  widget_class->snapshot = kg_curve_plot_snapshot;
  widget_class->measure = kg_curve_plot_measure;
  widget_class->get_request_mode = kg_curve_plot_get_request_mode;
  widget_class->system_setting_changed = kg_curve_plot_system_setting_changed;

  /**
   * KgCurvePlot:span-hours:
   *
   * The length of the time axis, from the dose, hours.
   */
  properties[PROP_SPAN] =
    g_param_spec_double ("span-hours", NULL, NULL, MIN_SPAN_HOURS, MAX_SPAN_HOURS, 24,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgCurvePlot:log-scale:
   *
   * Whether the concentration axis is logarithmic (each gridline ten times
   * the one below), so that levels a thousand times apart both show.
   */
  properties[PROP_LOG_SCALE] =
    g_param_spec_boolean ("log-scale", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgCurvePlot:crosshair-hours:
   *
   * The time the crosshair (and the readout) is at, hours.
   */
  properties[PROP_CROSSHAIR] =
    g_param_spec_double ("crosshair-hours", NULL, NULL, 0, MAX_SPAN_HOURS, 1,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgCurvePlot:readout:
   *
   * Time, concentration and % of peak at the crosshair, in words.
   */
  properties[PROP_READOUT] =
    g_param_spec_string ("readout", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * KgCurvePlot:description:
   *
   * The curve in words: peak, time to peak, when it falls below each level.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "crosshair.step", "i", step_action);
  gtk_widget_class_install_action (widget_class, "crosshair.step-hour", "i", step_action);
  gtk_widget_class_install_action (widget_class, "crosshair.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "crosshair.end", NULL, end_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "crosshair.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "crosshair.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "crosshair.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "crosshair.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK,
                                       "crosshair.step-hour", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK,
                                       "crosshair.step-hour", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "crosshair.home", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "crosshair.home", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "crosshair.end", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "crosshair.end", NULL);

  gtk_widget_class_set_css_name (widget_class, "curveplot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
kg_curve_plot_init (KgCurvePlot *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_array_set_clear_func (self->levels, level_clear);
  self->markers = g_array_new (FALSE, TRUE, sizeof (Marker));
  g_array_set_clear_func (self->markers, marker_clear);
  self->span = 24;
  self->crosshair = 1;
  self->log_scale = TRUE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_description (self);
}

/**
 * kg_curve_plot_new:
 *
 * Returns: (transfer full): a new, empty plot
 */
GtkWidget *
kg_curve_plot_new (void)
{
  return g_object_new (KG_TYPE_CURVE_PLOT, NULL);
}

/**
 * kg_curve_plot_set_data:
 * @self: a plot
 * @n: number of samples
 * @times: (array length=n): sample times, hours, increasing from 0; they
 *   should reach the largest span the plot will be set to
 * @primary: (array length=n): the primary series, in its unit
 * @secondary: (array length=n) (nullable): the secondary series, % of its
 *   own peak (0–100), or %NULL for none
 *
 * Replaces the plotted data (copied).
 */
void
kg_curve_plot_set_data (KgCurvePlot  *self,
                        guint         n,
                        const double *times,
                        const double *primary,
                        const double *secondary)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));
  g_return_if_fail (n == 0 || (times != NULL && primary != NULL));

  g_free (self->times);
  g_free (self->primary);
  g_clear_pointer (&self->secondary, g_free);
  self->n = n;
  self->times = g_memdup2 (times, n * sizeof (double));
  self->primary = g_memdup2 (primary, n * sizeof (double));
  if (secondary != NULL)
    self->secondary = g_memdup2 (secondary, n * sizeof (double));
  changed (self);
}

/**
 * kg_curve_plot_set_series:
 * @self: a plot
 * @primary_label: the primary series' name, e.g. "Ketamine"
 * @primary_unit: its unit, e.g. "ng/mL"
 * @secondary_label: (nullable): the secondary series' name
 * @secondary_legend: (nullable): its legend entry, when it needs more words
 *   than its name (e.g. "Norketamine: shape only, % of its own peak")
 *
 * Names the series in the legend, the readout and the description.
 */
void
kg_curve_plot_set_series (KgCurvePlot *self,
                          const char  *primary_label,
                          const char  *primary_unit,
                          const char  *secondary_label,
                          const char  *secondary_legend)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));

  g_free (self->primary_label);
  self->primary_label = g_strdup (primary_label);
  g_free (self->primary_unit);
  self->primary_unit = g_strdup (primary_unit);
  g_free (self->secondary_label);
  self->secondary_label = g_strdup (secondary_label);
  g_free (self->secondary_legend);
  self->secondary_legend = g_strdup (secondary_legend);
  changed (self);
}

/**
 * kg_curve_plot_set_context:
 * @self: a plot
 * @context: (nullable): what is plotted, for the accessible name, e.g.
 *   "Intravenous (IV), 0.5 mg/kg"
 */
void
kg_curve_plot_set_context (KgCurvePlot *self,
                           const char  *context)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));

  g_free (self->context);
  self->context = g_strdup (context);
  update_description (self);
}

/**
 * kg_curve_plot_set_language:
 * @self: a plot
 * @language: (nullable): the display language of its axes, bands and
 *   readout, "en" or "es"; %NULL for English
 */
void
kg_curve_plot_set_language (KgCurvePlot *self,
                            const char  *language)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  changed (self);
}

/**
 * kg_curve_plot_set_band:
 * @self: a plot
 * @low_factor: lower edge, × the primary line (0 for no band)
 * @high_factor: upper edge, × the primary line
 * @label: (nullable): the band's legend entry
 *
 * Shades a variability band around the primary series.
 */
void
kg_curve_plot_set_band (KgCurvePlot *self,
                        double       low_factor,
                        double       high_factor,
                        const char  *label)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));
  g_return_if_fail (low_factor >= 0 && high_factor >= low_factor);

  self->band_low = low_factor;
  self->band_high = high_factor;
  g_free (self->band_label);
  self->band_label = g_strdup (label);
  invalidate (self);
}

/**
 * kg_curve_plot_clear_markers:
 * @self: a plot
 *
 * Removes every level band and time marker.
 */
void
kg_curve_plot_clear_markers (KgCurvePlot *self)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));

  g_array_set_size (self->levels, 0);
  g_array_set_size (self->markers, 0);
  changed (self);
}

/**
 * kg_curve_plot_add_level:
 * @self: a plot
 * @label: its name, e.g. "Analgesia"
 * @min: lower edge, in the primary unit
 * @max: upper edge (> @min)
 *
 * Adds a horizontal band (a plasma range) on the primary axis.
 */
void
kg_curve_plot_add_level (KgCurvePlot *self,
                         const char  *label,
                         double       min,
                         double       max)
{
  Level level;

  g_return_if_fail (KG_IS_CURVE_PLOT (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (min > 0 && max > min);

  level.label = g_strdup (label);
  level.min = min;
  level.max = max;
  g_array_append_val (self->levels, level);
  changed (self);
}

/**
 * kg_curve_plot_add_time_marker:
 * @self: a plot
 * @label: what it marks, e.g. "24 h before driving"
 * @from_hours: its time, or the start of its span
 * @to_hours: the end of its span; equal to @from_hours for a line
 *
 * Adds a vertical marker.
 */
void
kg_curve_plot_add_time_marker (KgCurvePlot *self,
                               const char  *label,
                               double       from_hours,
                               double       to_hours)
{
  Marker marker;

  g_return_if_fail (KG_IS_CURVE_PLOT (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (from_hours >= 0 && to_hours >= from_hours);

  marker.label = g_strdup (label);
  marker.from = from_hours;
  marker.to = to_hours;
  g_array_append_val (self->markers, marker);
  changed (self);
}

/**
 * kg_curve_plot_get_span:
 * @self: a plot
 *
 * Returns: the time axis' length, hours
 */
double
kg_curve_plot_get_span (KgCurvePlot *self)
{
  g_return_val_if_fail (KG_IS_CURVE_PLOT (self), 0);
  return self->span;
}

/**
 * kg_curve_plot_set_span:
 * @self: a plot
 * @hours: the time axis' length (1 to 48 h)
 *
 * Zooms the time axis; the crosshair stays inside it.
 */
void
kg_curve_plot_set_span (KgCurvePlot *self,
                        double       hours)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));

  hours = CLAMP (hours, MIN_SPAN_HOURS, MAX_SPAN_HOURS);
  if (self->span == hours)
    return;
  self->span = hours;
  if (self->crosshair > hours)
    kg_curve_plot_set_crosshair (self, hours);
  changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
}

/**
 * kg_curve_plot_get_log_scale:
 * @self: a plot
 *
 * Returns: whether the concentration axis is logarithmic
 */
gboolean
kg_curve_plot_get_log_scale (KgCurvePlot *self)
{
  g_return_val_if_fail (KG_IS_CURVE_PLOT (self), FALSE);
  return self->log_scale;
}

/**
 * kg_curve_plot_set_log_scale:
 * @self: a plot
 * @log_scale: whether the concentration axis is logarithmic
 */
void
kg_curve_plot_set_log_scale (KgCurvePlot *self,
                             gboolean     log_scale)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));

  log_scale = !!log_scale;
  if (self->log_scale == log_scale)
    return;
  self->log_scale = log_scale;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOG_SCALE]);
}

/**
 * kg_curve_plot_get_crosshair:
 * @self: a plot
 *
 * Returns: the crosshair's time, hours
 */
double
kg_curve_plot_get_crosshair (KgCurvePlot *self)
{
  g_return_val_if_fail (KG_IS_CURVE_PLOT (self), 0);
  return self->crosshair;
}

/**
 * kg_curve_plot_set_crosshair:
 * @self: a plot
 * @hours: a time on the axis (clamped to it)
 *
 * Moves the crosshair and updates the readout.
 */
void
kg_curve_plot_set_crosshair (KgCurvePlot *self,
                             double       hours)
{
  g_return_if_fail (KG_IS_CURVE_PLOT (self));

  hours = CLAMP (hours, 0, self->span);
  if (self->crosshair == hours)
    return;
  self->crosshair = hours;
  update_readout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CROSSHAIR]);
}

/**
 * kg_curve_plot_get_readout:
 * @self: a plot
 *
 * Returns: (transfer none): time, concentration and % of peak at the
 *   crosshair, e.g. "1 h after the dose — Ketamine: 46.3 ng/mL (0.58% of its
 *   peak) · Norketamine: 40% of its peak"
 */
const char *
kg_curve_plot_get_readout (KgCurvePlot *self)
{
  g_return_val_if_fail (KG_IS_CURVE_PLOT (self), NULL);
  return self->readout != NULL ? self->readout : "";
}

/**
 * kg_curve_plot_get_description:
 * @self: a plot
 *
 * Returns: (transfer none): the curve in words (also its accessible
 *   description)
 */
const char *
kg_curve_plot_get_description (KgCurvePlot *self)
{
  g_return_val_if_fail (KG_IS_CURVE_PLOT (self), NULL);
  return self->description != NULL ? self->description : "";
}
