/* kg-bioavailability-chart.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "kg-bioavailability-chart.h"
#include "model/kg-number.h"
#include "model/kg-route.h"

/* Geometry, in pixels. */
#define ROW_HEIGHT     32
#define BAR_HEIGHT     14
#define AXIS_HEIGHT    24
#define LABEL_GAP      12
#define VALUE_GAP      8
#define MIN_PLOT_WIDTH 80
#define CAP_HALF       5
/* Between two axis labels, at least. */
#define TICK_LABEL_GAP 12
/* Below this width each route takes two lines: name and figure, then the bar;
 * below the name and figure's width, three: name, figure, bar. */
#define STACK_WIDTH    520
/* Around a line of text in a stacked row: above it, then before the bar,
 * and after the bar. */
#define TEXT_TOP       2
#define TEXT_GAP       2
#define BAR_TOP_GAP    9
#define BAR_BOTTOM_GAP 6

struct _KgBioavailabilityChart
{
  GtkWidget   parent_instance;

  /* Owned */
  GListModel *routes;          /* of KgRoute */
  char       *language;
  char       *description;

  gboolean    patient_wording;
};

G_DEFINE_FINAL_TYPE (KgBioavailabilityChart, kg_bioavailability_chart, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_ROUTES, PROP_LANGUAGE, PROP_PATIENT_WORDING, N_PROPS };
static GParamSpec *properties[N_PROPS];

static guint
get_n_routes (KgBioavailabilityChart *self)
{
  return self->routes != NULL ? g_list_model_get_n_items (self->routes) : 0;
}

static char *
format_percent (double      fraction,
                const char *language)
{
  g_autofree char *number = kg_number_format (fraction * 100, 1, language);

  /* TRANSLATORS: a percentage, e.g. "29%" */
  return g_strdup_printf (_("%s%%"), number);
}

/* "29% (25–32%)", "100%", or "limited data". */
static char *
format_value (KgBioavailabilityChart *self,
              KgRoute                *route)
{
  KgRange f;
  g_autofree char *typical = NULL;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  if (!kg_route_get_bioavailability (route, &f))
    return g_strdup (_("limited data"));

  typical = format_percent (f.typical, self->language);
  if (f.min == f.max)
    return g_steal_pointer (&typical);
  min = kg_number_format (f.min * 100, 1, self->language);
  max = format_percent (f.max, self->language);
  /* TRANSLATORS: typical bioavailability and its range, e.g. "29% (25–32%)" */
  return g_strdup_printf (_("%s (%s–%s)"), typical, min, max);
}

static const char *
route_label (KgBioavailabilityChart *self,
             KgRoute                *route)
{
  return kg_text_get (kg_route_get_short_name (route), self->language, self->patient_wording);
}

static void
update_description (KgBioavailabilityChart *self)
{
  GString *text = g_string_new (_("Share of the dose that reaches the blood unchanged, by route. "));
  guint n = get_n_routes (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (self->routes, i);
      g_autofree char *value = format_value (self, route);

      g_string_append_printf (text, "%s: %s", route_label (self, route), value);
      if (kg_route_get_esketamine (route))
        g_string_append_printf (text, " %s", _("(esketamine, not directly comparable)"));
      g_string_append (text, i + 1 < n ? "; " : ".");
    }

  g_free (self->description);
  self->description = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bioavailability by route"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
content_changed (KgBioavailabilityChart *self)
{
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
routes_items_changed_cb (KgBioavailabilityChart *self,
                         guint                   position,
                         guint                   removed,
                         guint                   added,
                         GListModel             *model)
{
  content_changed (self);
}

static int
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The widest route label and value, so the plot gets what is left, and the
 * height of a line of text (larger in consult mode). */
static void
measure_columns (KgBioavailabilityChart *self,
                 int                    *label_width,
                 int                    *value_width,
                 int                    *text_height)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "0%");
  guint n = get_n_routes (self);

  *label_width = 0;
  *value_width = 0;
  pango_layout_get_pixel_size (layout, NULL, text_height);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (self->routes, i);
      g_autofree char *value = format_value (self, route);
      int height;

      pango_layout_set_text (layout, route_label (self, route), -1);
      *label_width = MAX (*label_width, layout_width (layout));
      pango_layout_get_pixel_size (layout, NULL, &height);
      *text_height = MAX (*text_height, height);
      pango_layout_set_text (layout, value, -1);
      *value_width = MAX (*value_width, layout_width (layout));
    }
  g_object_unref (layout);
}

/* Where a row's parts go: one line (wide), name and figure on a line above
 * the bar (stacked), or name, figure and bar each on a line (tall). */
typedef struct
{
  gboolean stacked;
  gboolean tall;
  int      row_height;
  int      axis_height;
  int      text_height;
  double   plot_x;
  double   plot_width;
  int      label_width;
} ChartLayout;

static void
compute_layout (KgBioavailabilityChart *self,
                int                     width,
                ChartLayout            *layout)
{
  int value_width;
  int text_lines;

  measure_columns (self, &layout->label_width, &value_width, &layout->text_height);
  layout->stacked = width < STACK_WIDTH;
  layout->tall = layout->stacked && width < layout->label_width + LABEL_GAP + value_width;
  layout->axis_height = MAX (AXIS_HEIGHT, layout->text_height + 8);
  if (layout->stacked)
    {
      text_lines = layout->tall ? 2 : 1;
      layout->row_height = TEXT_TOP + text_lines * layout->text_height
                           + (text_lines - 1) * TEXT_GAP + BAR_TOP_GAP + BAR_HEIGHT
                           + BAR_BOTTOM_GAP;
      layout->plot_x = CAP_HALF;
      layout->plot_width = MAX (width - 2 * CAP_HALF, 1);
    }
  else
    {
      layout->row_height = MAX (ROW_HEIGHT, layout->text_height + 12);
      layout->plot_x = layout->label_width + LABEL_GAP;
      layout->plot_width = MAX (width - layout->plot_x - VALUE_GAP - value_width, 1);
    }
}

static void
kg_bioavailability_chart_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  KgBioavailabilityChart *self = KG_BIOAVAILABILITY_CHART (widget);
  int label_width, value_width, text_height;

  measure_columns (self, &label_width, &value_width, &text_height);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      ChartLayout layout;

      /* Without a width, the height it takes at its minimum width. */
      if (for_size < 0)
        for_size = MAX (MAX (label_width, value_width), MIN_PLOT_WIDTH);
      compute_layout (self, for_size, &layout);
      *minimum = *natural = (int) get_n_routes (self) * layout.row_height + layout.axis_height;
    }
  else
    {
      /* Tall, a row needs the wider of the name and the figure. */
      *minimum = MAX (MAX (label_width, value_width), MIN_PLOT_WIDTH);
      *natural = MAX (label_width + LABEL_GAP + value_width, 640);
    }
}

static void
append_text (GtkSnapshot *snapshot,
             PangoLayout *layout,
             const char  *text,
             double       x,
             double       center_y,
             GdkRGBA     *color)
{
  int height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, center_y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static GtkSizeRequestMode
kg_bioavailability_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The vertical centre of a row's bar, of its name and of its figure. */
static double
bar_center (const ChartLayout *layout,
            guint              row)
{
  if (layout->stacked)
    return (row + 1) * layout->row_height - BAR_BOTTOM_GAP - BAR_HEIGHT / 2.0;
  return row * layout->row_height + layout->row_height / 2.0;
}

static double
text_center (const ChartLayout *layout,
             guint              row)
{
  if (layout->stacked)
    return row * layout->row_height + TEXT_TOP + layout->text_height / 2.0;
  return bar_center (layout, row);
}

static double
value_center (const ChartLayout *layout,
              guint              row)
{
  if (layout->tall)
    return text_center (layout, row) + layout->text_height + TEXT_GAP;
  return text_center (layout, row);
}

static void
kg_bioavailability_chart_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  KgBioavailabilityChart *self = KG_BIOAVAILABILITY_CHART (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = get_n_routes (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA fg, dim, grid, accent;
  ChartLayout geometry;
  int tick_step;
  cairo_t *cr;

  if (n == 0 || width <= 0)
    {
      g_object_unref (layout);
      return;
    }

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
    accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1.0 };
  dim = fg;
  dim.alpha *= 0.6;
  grid = fg;
  grid.alpha *= 0.15;

  compute_layout (self, width, &geometry);

  /* Mirrored for right-to-left languages: labels on the right. */
  if (rtl)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, 0));
      gtk_snapshot_scale (snapshot, -1, 1);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Gridlines every 25%, or 50% when the labels would touch (larger text
   * in consult mode), or only at the ends. */
  {
    g_autofree char *widest = format_percent (1.0, self->language);
    int label_width;

    pango_layout_set_text (layout, widest, -1);
    label_width = layout_width (layout) + TICK_LABEL_GAP;
    if (geometry.plot_width >= label_width * 4)
      tick_step = 25;
    else if (geometry.plot_width >= label_width * 2)
      tick_step = 50;
    else
      tick_step = 100;
  }
  cairo_set_line_width (cr, 1);
  gdk_cairo_set_source_rgba (cr, &grid);
  for (int tick = 0; tick <= 100; tick += tick_step)
    {
      double x = round (geometry.plot_x + geometry.plot_width * tick / 100.0) + 0.5;

      if (!geometry.stacked)
        {
          cairo_move_to (cr, x, 0);
          cairo_line_to (cr, x, n * geometry.row_height);
          continue;
        }
      /* Stacked: only behind the bars, not across the names. */
      for (guint i = 0; i < n; i++)
        {
          double center_y = bar_center (&geometry, i);

          cairo_move_to (cr, x, center_y - BAR_HEIGHT);
          cairo_line_to (cr, x, center_y + BAR_HEIGHT);
        }
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (self->routes, i);
      double center_y = bar_center (&geometry, i);
      double x0 = geometry.plot_x;
      double x_typical, x_min, x_max;
      KgRange f;

      if (!kg_route_get_bioavailability (route, &f))
        continue;

      x_typical = x0 + geometry.plot_width * f.typical;
      x_min = x0 + geometry.plot_width * f.min;
      x_max = x0 + geometry.plot_width * f.max;

      /* The typical figure as a bar; esketamine routes are outlined only,
       * since they are not directly comparable with racemic ketamine. */
      cairo_rectangle (cr, x0, center_y - BAR_HEIGHT / 2.0, x_typical - x0, BAR_HEIGHT);
      if (kg_route_get_esketamine (route))
        {
          GdkRGBA fill = accent;

          fill.alpha *= 0.25;
          gdk_cairo_set_source_rgba (cr, &fill);
          cairo_fill_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
      else
        {
          gdk_cairo_set_source_rgba (cr, &accent);
          cairo_fill (cr);
        }

      /* The range as a whisker with end caps. */
      if (f.max > f.min)
        {
          gdk_cairo_set_source_rgba (cr, &fg);
          cairo_set_line_width (cr, 2);
          cairo_move_to (cr, x_min, center_y);
          cairo_line_to (cr, x_max, center_y);
          cairo_move_to (cr, x_min, center_y - CAP_HALF);
          cairo_line_to (cr, x_min, center_y + CAP_HALF);
          cairo_move_to (cr, x_max, center_y - CAP_HALF);
          cairo_line_to (cr, x_max, center_y + CAP_HALF);
          cairo_stroke (cr);
        }
    }
  cairo_destroy (cr);

  if (rtl)
    gtk_snapshot_restore (snapshot);

  /* Text is laid out unmirrored: x positions are flipped by hand. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (self->routes, i);
      g_autofree char *value = format_value (self, route);
      const char *name = route_label (self, route);
      double y = text_center (&geometry, i);
      double value_y = value_center (&geometry, i);
      KgRange f;
      gboolean has_f = kg_route_get_bioavailability (route, &f);
      double name_x, value_x;
      int name_width, value_width;

      pango_layout_set_text (layout, name, -1);
      name_width = layout_width (layout);
      pango_layout_set_text (layout, value, -1);
      value_width = layout_width (layout);

      if (geometry.tall)
        {
          name_x = 0;
          value_x = 0;
        }
      else if (geometry.stacked)
        {
          name_x = 0;
          value_x = width - value_width;
        }
      else
        {
          name_x = geometry.label_width - name_width;
          value_x = has_f ? geometry.plot_x + geometry.plot_width * f.max + VALUE_GAP
                          : geometry.plot_x;
        }
      append_text (snapshot, layout, name, rtl ? width - name_x - name_width : name_x, y, &fg);
      append_text (snapshot, layout, value, rtl ? width - value_x - value_width : value_x,
                   value_y, has_f ? &fg : &dim);
    }

  /* Axis labels. */
  for (int tick = 0; tick <= 100; tick += tick_step)
    {
      g_autofree char *text = format_percent (tick / 100.0, self->language);
      double x = geometry.plot_x + geometry.plot_width * tick / 100.0;
      int text_width;

      pango_layout_set_text (layout, text, -1);
      text_width = layout_width (layout);
      x = CLAMP (x - text_width / 2.0, 0, width - text_width);
      append_text (snapshot, layout, text, rtl ? width - x - text_width : x,
                   n * geometry.row_height + geometry.axis_height / 2.0, &dim);
    }

  g_object_unref (layout);
}

static void
kg_bioavailability_chart_css_changed (GtkWidget         *widget,
                                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kg_bioavailability_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
kg_bioavailability_chart_dispose (GObject *object)
{
  KgBioavailabilityChart *self = (KgBioavailabilityChart *) object;

  if (self->routes != NULL)
    g_signal_handlers_disconnect_by_func (self->routes, routes_items_changed_cb, self);
  g_clear_object (&self->routes);

  G_OBJECT_CLASS (kg_bioavailability_chart_parent_class)->dispose (object);
}

static void
kg_bioavailability_chart_finalize (GObject *object)
{
  KgBioavailabilityChart *self = (KgBioavailabilityChart *) object;

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (kg_bioavailability_chart_parent_class)->finalize (object);
}

static void
kg_bioavailability_chart_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  KgBioavailabilityChart *self = KG_BIOAVAILABILITY_CHART (object);

  switch (prop_id)
    {
    case PROP_ROUTES:
      g_value_set_object (value, self->routes);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PATIENT_WORDING:
      g_value_set_boolean (value, self->patient_wording);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_bioavailability_chart_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  KgBioavailabilityChart *self = KG_BIOAVAILABILITY_CHART (object);

  switch (prop_id)
    {
    case PROP_ROUTES:
      kg_bioavailability_chart_set_routes (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      kg_bioavailability_chart_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_bioavailability_chart_set_patient_wording (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_bioavailability_chart_class_init (KgBioavailabilityChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kg_bioavailability_chart_dispose;
  object_class->finalize = kg_bioavailability_chart_finalize;
  object_class->get_property = kg_bioavailability_chart_get_property;
  object_class->set_property = kg_bioavailability_chart_set_property;

  widget_class->get_request_mode = kg_bioavailability_chart_get_request_mode;
  widget_class->measure = kg_bioavailability_chart_measure;
  widget_class->snapshot = kg_bioavailability_chart_snapshot;
  widget_class->css_changed = kg_bioavailability_chart_css_changed;

  /**
   * KgBioavailabilityChart:routes:
   *
   * The #KgRoute list to draw, one row each, in list order.
   */
  properties[PROP_ROUTES] =
    g_param_spec_object ("routes", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "kg-bioavailability-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kg_bioavailability_chart_init (KgBioavailabilityChart *self)
{
  self->language = g_strdup (kg_text_get_default_language ());
  update_description (self);
}

/**
 * kg_bioavailability_chart_new:
 *
 * Returns: (transfer full): a new, empty chart
 */
GtkWidget *
kg_bioavailability_chart_new (void)
{
  return g_object_new (KG_TYPE_BIOAVAILABILITY_CHART, NULL);
}

/**
 * kg_bioavailability_chart_get_routes:
 * @self: a chart
 *
 * Returns: (transfer none) (nullable): the routes drawn
 */
GListModel *
kg_bioavailability_chart_get_routes (KgBioavailabilityChart *self)
{
  g_return_val_if_fail (KG_IS_BIOAVAILABILITY_CHART (self), NULL);
  return self->routes;
}

/**
 * kg_bioavailability_chart_set_routes:
 * @self: a chart
 * @routes: (nullable): a #GListModel of #KgRoute
 */
void
kg_bioavailability_chart_set_routes (KgBioavailabilityChart *self,
                                     GListModel             *routes)
{
  g_return_if_fail (KG_IS_BIOAVAILABILITY_CHART (self));
  g_return_if_fail (routes == NULL || G_IS_LIST_MODEL (routes));

  if (self->routes == routes)
    return;
  if (self->routes != NULL)
    g_signal_handlers_disconnect_by_func (self->routes, routes_items_changed_cb, self);
  g_set_object (&self->routes, routes);
  if (routes != NULL)
    g_signal_connect_swapped (routes, "items-changed", G_CALLBACK (routes_items_changed_cb), self);
  content_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTES]);
}

/**
 * kg_bioavailability_chart_get_language:
 * @self: a chart
 *
 * Returns: (transfer none): the content language, e.g. "en"
 */
const char *
kg_bioavailability_chart_get_language (KgBioavailabilityChart *self)
{
  g_return_val_if_fail (KG_IS_BIOAVAILABILITY_CHART (self), NULL);
  return self->language;
}

/**
 * kg_bioavailability_chart_set_language:
 * @self: a chart
 * @language: (nullable): "en", "es", or %NULL for the default
 */
void
kg_bioavailability_chart_set_language (KgBioavailabilityChart *self,
                                       const char             *language)
{
  g_return_if_fail (KG_IS_BIOAVAILABILITY_CHART (self));

  if (!kg_text_replace_language (&self->language, language))
    return;
  content_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_bioavailability_chart_get_patient_wording:
 * @self: a chart
 *
 * Returns: whether route names use their plain-language wording
 */
gboolean
kg_bioavailability_chart_get_patient_wording (KgBioavailabilityChart *self)
{
  g_return_val_if_fail (KG_IS_BIOAVAILABILITY_CHART (self), FALSE);
  return self->patient_wording;
}

/**
 * kg_bioavailability_chart_set_patient_wording:
 * @self: a chart
 * @patient_wording: whether to use the plain-language wording
 */
void
kg_bioavailability_chart_set_patient_wording (KgBioavailabilityChart *self,
                                              gboolean                patient_wording)
{
  g_return_if_fail (KG_IS_BIOAVAILABILITY_CHART (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;
  content_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}

/**
 * kg_bioavailability_chart_get_description:
 * @self: a chart
 *
 * The chart in words, as given to screen readers: every route's figure
 * and range.
 *
 * Returns: (transfer none): the description
 */
const char *
kg_bioavailability_chart_get_description (KgBioavailabilityChart *self)
{
  g_return_val_if_fail (KG_IS_BIOAVAILABILITY_CHART (self), NULL);
  return self->description;
}
