/* kg-dose-scale.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "kg-dose-scale.h"
#include "model/kg-number.h"

/* The dose slider: a GtkScale (so arrows, Page Up/Down, Home/End and the
 * screen reader work as for any slider) whose track shows the zones. */

#define TRACK_HEIGHT 10
#define LABEL_EVERY  0.5   /* mg/kg between labelled marks */

struct _KgDoseScale
{
  GtkScale     parent_instance;

  /* Owned */
  KgDoseChart *chart;
  char        *language;   /* the display language of the marks */
};

G_DEFINE_FINAL_TYPE (KgDoseScale, kg_dose_scale, GTK_TYPE_SCALE)

enum { PROP_0, PROP_CHART, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg;

  gtk_style_context_get_color (context, &fg);
  if (name == NULL || !gtk_style_context_lookup_color (context, name, color))
    {
      *color = fg;
      color->alpha = 0.5;
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* A rounded bar as one border node as thick as the bar: a single path fill
 * in GSK's cairo renderer, where a rounded clip would mask its whole area. */
static void
fill_segment (GtkSnapshot   *snapshot,
              float          x0,
              float          x1,
              float          y,
              const GdkRGBA *color)
{
  float width = MAX (x1 - x0, TRACK_HEIGHT);
  float widths[4] = { TRACK_HEIGHT / 2.f, width / 2, TRACK_HEIGHT / 2.f, width / 2 };
  GdkRGBA colors[4] = { *color, *color, *color, *color };
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, &GRAPHENE_RECT_INIT (x0, y, width, TRACK_HEIGHT),
                                   TRACK_HEIGHT / 2.f);
  gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
}

/* Zones are painted under the trough (transparent in style.css) and the
 * knob, along the trough's length: Adwaita's knob overhangs the trough, so
 * the trough's ends are the range's ends. */
static void
kg_dose_scale_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KgDoseScale *self = KG_DOSE_SCALE (widget);
  GtkAdjustment *adjustment = gtk_range_get_adjustment (GTK_RANGE (self));
  double lower = gtk_adjustment_get_lower (adjustment);
  double span = gtk_adjustment_get_upper (adjustment) - lower;
  GdkRectangle trough;

  gtk_range_get_range_rect (GTK_RANGE (self), &trough);
  if (self->chart != NULL && span > 0 && trough.width > 0)
    {
      GListModel *zones = kg_dose_chart_get_zones (self->chart);
      float y = trough.y + (trough.height - TRACK_HEIGHT) / 2.f;
      GdkRGBA track;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &track);
      G_GNUC_END_IGNORE_DEPRECATIONS
      track.alpha = 0.15;

      fill_segment (snapshot, trough.x, trough.x + trough.width, y, &track);
      for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
        {
          g_autoptr (KgDoseZone) zone = g_list_model_get_item (zones, i);
          g_autofree char *name = NULL;
          GdkRGBA color;

          if (kg_dose_zone_get_color (zone) != NULL)
            name = g_strdup_printf ("%s_3", kg_dose_zone_get_color (zone));
          lookup_color (widget, name, &color);
          fill_segment (snapshot,
                        trough.x + trough.width * (kg_dose_zone_get_min (zone) - lower) / span,
                        trough.x + trough.width * (kg_dose_zone_get_max (zone) - lower) / span,
                        y, &color);
        }
    }

  GTK_WIDGET_CLASS (kg_dose_scale_parent_class)->snapshot (widget, snapshot);
}

/* Drags, clicks and keys all land on the chart's step. */
static gboolean
kg_dose_scale_change_value (GtkRange      *range,
                            GtkScrollType  scroll,
                            double         value)
{
  KgDoseScale *self = KG_DOSE_SCALE (range);

  if (self->chart != NULL)
    value = kg_dose_chart_snap (self->chart, value);
  return GTK_RANGE_CLASS (kg_dose_scale_parent_class)->change_value (range, scroll, value);
}

static void
add_marks (KgDoseScale *self)
{
  GListModel *zones = kg_dose_chart_get_zones (self->chart);
  double lower = kg_dose_chart_get_min (self->chart);
  double upper = kg_dose_chart_get_max (self->chart);
  g_autoptr (GArray) labelled = g_array_new (FALSE, FALSE, sizeof (double));

  gtk_scale_clear_marks (GTK_SCALE (self));

  /* A readable axis: labels every half mg/kg… */
  for (double value = ceil (lower / LABEL_EVERY) * LABEL_EVERY; value <= upper + 1e-9;
       value += LABEL_EVERY)
    {
      g_autofree char *text = kg_number_format (value, 2, self->language);

      gtk_scale_add_mark (GTK_SCALE (self), value, GTK_POS_BOTTOM, text);
      g_array_append_val (labelled, value);
    }

  /* …and a tick at every zone boundary not already labelled. */
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr (KgDoseZone) zone = g_list_model_get_item (zones, i);
      double ends[2] = { kg_dose_zone_get_min (zone), kg_dose_zone_get_max (zone) };

      for (guint e = 0; e < 2; e++)
        {
          gboolean has_label = FALSE;

          for (guint l = 0; l < labelled->len; l++)
            has_label |= fabs (g_array_index (labelled, double, l) - ends[e]) < KG_DOSE_EPSILON;
          if (!has_label)
            gtk_scale_add_mark (GTK_SCALE (self), ends[e], GTK_POS_BOTTOM, NULL);
        }
    }
}

static void
kg_dose_scale_dispose (GObject *object)
{
  KgDoseScale *self = (KgDoseScale *) object;

  g_clear_object (&self->chart);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kg_dose_scale_parent_class)->dispose (object);
}

static void
kg_dose_scale_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KgDoseScale *self = KG_DOSE_SCALE (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_dose_scale_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KgDoseScale *self = KG_DOSE_SCALE (object);

  switch (prop_id)
    {
    case PROP_CHART:
      kg_dose_scale_set_chart (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_dose_scale_class_init (KgDoseScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkRangeClass *range_class = GTK_RANGE_CLASS (klass);

  object_class->dispose = kg_dose_scale_dispose;
  object_class->get_property = kg_dose_scale_get_property;
  object_class->set_property = kg_dose_scale_set_property;
  widget_class->snapshot = kg_dose_scale_snapshot;
  range_class->change_value = kg_dose_scale_change_value;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, KG_TYPE_DOSE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kg_dose_scale_init (KgDoseScale *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_HORIZONTAL);
  gtk_scale_set_draw_value (GTK_SCALE (self), FALSE);
  gtk_range_set_round_digits (GTK_RANGE (self), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "kg-dose-scale");
}

/**
 * kg_dose_scale_new:
 *
 * Returns: (transfer full): a new dose slider, empty until given a chart
 */
GtkWidget *
kg_dose_scale_new (void)
{
  return g_object_new (KG_TYPE_DOSE_SCALE, NULL);
}

/**
 * kg_dose_scale_get_chart:
 * @self: a dose slider
 *
 * Returns: (transfer none) (nullable): its chart
 */
KgDoseChart *
kg_dose_scale_get_chart (KgDoseScale *self)
{
  g_return_val_if_fail (KG_IS_DOSE_SCALE (self), NULL);
  return self->chart;
}

/**
 * kg_dose_scale_set_chart:
 * @self: a dose slider
 * @chart: (nullable): the chart giving the range, the step and the zones
 *
 * Sets the slider's range and step from @chart (Page Up/Down move five
 * steps), marks the axis and the zone boundaries, and paints the zones.
 */
void
kg_dose_scale_set_chart (KgDoseScale *self,
                         KgDoseChart *chart)
{
  g_return_if_fail (KG_IS_DOSE_SCALE (self));
  g_return_if_fail (chart == NULL || KG_IS_DOSE_CHART (chart));

  if (!g_set_object (&self->chart, chart))
    return;

  if (chart != NULL)
    {
      double step = kg_dose_chart_get_step (chart);
      double value = gtk_range_get_value (GTK_RANGE (self));

      gtk_range_set_adjustment (GTK_RANGE (self),
                                gtk_adjustment_new (kg_dose_chart_snap (chart, value),
                                                    kg_dose_chart_get_min (chart),
                                                    kg_dose_chart_get_max (chart),
                                                    step, 5 * step, 0));
      add_marks (self);
    }
  else
    {
      gtk_scale_clear_marks (GTK_SCALE (self));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/**
 * kg_dose_scale_set_language:
 * @self: a dose scale
 * @language: (nullable): the display language of the marks' numbers, "en"
 *   or "es"; %NULL for English
 */
void
kg_dose_scale_set_language (KgDoseScale *self,
                            const char  *language)
{
  g_return_if_fail (KG_IS_DOSE_SCALE (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  if (self->chart != NULL)
    add_marks (self);
}
