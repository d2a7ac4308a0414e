/* kg-brain-view.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kg-brain-view.h"

/* Geometry, in pixels. */
#define ROW_GAP         8
#define ROW_PAD_V       10
#define ROW_RADIUS      12
#define BADGE_SIZE      30
#define BADGE_X         12
#define TEXT_X          (BADGE_X + BADGE_SIZE + 14)
#define RIGHT_PAD       12
#define PILL_H          24
#define PILL_PAD_H      10
#define METER_H         3
#define LEGEND_TOP      14
#define LEGEND_SWATCH   12
#define LEGEND_GAP      18
#define LEGEND_LINE_GAP 6
#define NOTE_GAP        8
/* Narrower text columns put the state under the text instead of beside it. */
#define MIN_SIDE_TEXT   220

#define TRANSITION_MS   250
#define PULSE_PERIOD_S  1.6

/* @c with its alpha scaled by @a, as an lvalue for the snapshot calls. */
#define GDK_RGBA_INIT_ALPHA(c, a) ((GdkRGBA) { (c).red, (c).green, (c).blue, (c).alpha * (a) })

typedef struct
{
  PangoLayout *number;
  PangoLayout *name;
  PangoLayout *role;
  PangoLayout *tag;        /* the "still firing" label; NULL without a regulator */
  GdkRGBA      hue;
  int          y;
  int          height;
} Row;

typedef enum
{
  SWATCH_ONLINE,
  SWATCH_FADING,
  SWATCH_OFFLINE,
  SWATCH_FIRING,
  N_SWATCHES,
} Swatch;

struct _KgBrainView
{
  GtkWidget     parent_instance;

  /* Owned */
  KgDoseChart  *chart;
  char         *language;
  char         *description;
  AdwAnimation *animation;          /* progress 0 → 1 from `from` to `target` */
  Row          *rows;
  double       *from;
  double       *target;
  double       *shown;
  KgLayerState *states;             /* at the target dose */
  gboolean     *unregulated;        /* at the target dose */
  PangoLayout  *state_layouts[3];
  PangoLayout  *legend_layouts[N_SWATCHES];
  PangoLayout  *note_layout;
  GHashTable   *glows;              /* colour and radius → cairo_surface_t */
  GskRenderNode *legend;            /* legend and note, drawn once; see append_legend() */
  int           legend_key[5];      /* width, top, bottom, scale, renderer it was drawn for */

  guint         n_layers;
  guint         pulse_tick;
  double        pulse;              /* 0 → 1 → 0, while a layer is still firing */
  double        dose;
  gboolean      patient_wording;
  gboolean      compact;            /* state pill under the text */
  gboolean      dark;
  int           pill_width;
  int           legend_y;           /* where the legend starts */
  int           legend_x[N_SWATCHES];
  int           legend_row[N_SWATCHES];
  int           legend_line_height;
  int           note_y;
  GdkRGBA       fg;
};

G_DEFINE_FINAL_TYPE (KgBrainView, kg_brain_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  PROP_DOSE,
  PROP_LANGUAGE,
  PROP_PATIENT_WORDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Colours -------------------------------------------------------------- */

static void
mix (GdkRGBA       *out,
     const GdkRGBA *a,
     const GdkRGBA *b,
     double         t)
{
  out->red = adw_lerp (a->red, b->red, t);
  out->green = adw_lerp (a->green, b->green, t);
  out->blue = adw_lerp (a->blue, b->blue, t);
  out->alpha = adw_lerp (a->alpha, b->alpha, t);
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

/* @hue with its saturation scaled by @saturation (0 = grey) and alpha @alpha. */
static GdkRGBA
desaturate (const GdkRGBA *hue,
            double         saturation,
            double         alpha)
{
  double grey = luminance (hue);
  GdkRGBA flat = { grey, grey, grey, 1 };
  GdkRGBA out;

  mix (&out, &flat, hue, CLAMP (saturation, 0, 1));
  out.alpha = alpha;
  return out;
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA out = *color;

  out.alpha = color->alpha * alpha;
  return out;
}

/* @top composited over @bottom: one fill instead of two. */
static GdkRGBA
over (const GdkRGBA *top,
      const GdkRGBA *bottom)
{
  GdkRGBA out;

  out.alpha = top->alpha + bottom->alpha * (1 - top->alpha);
  if (out.alpha <= 0)
    return *top;
  out.red = (top->red * top->alpha + bottom->red * bottom->alpha * (1 - top->alpha)) / out.alpha;
  out.green = (top->green * top->alpha + bottom->green * bottom->alpha * (1 - top->alpha))
              / out.alpha;
  out.blue = (top->blue * top->alpha + bottom->blue * bottom->alpha * (1 - top->alpha)) / out.alpha;
  return out;
}

/* Text that reads on a fill of @background. */
static GdkRGBA
text_on (const GdkRGBA *background)
{
  GdkRGBA light = { 1, 1, 1, 1 };
  GdkRGBA dark = { 0, 0, 0, 0.8 };

  return luminance (background) > 0.55 ? dark : light;
}

/* A palette colour ("blue" → @blue_3, lighter in dark mode), the accent
 * colour when the theme has no palette. */
static void
lookup_hue (KgBrainView *self,
            const char  *name,
            guint        index,
            GdkRGBA     *hue)
{
  static const char * const fallback[] = { "blue", "purple", "orange", "green", "yellow" };
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  g_autofree char *color_name =
    g_strdup_printf ("%s_%d", name != NULL ? name : fallback[index % G_N_ELEMENTS (fallback)],
                     self->dark ? 2 : 3);

  if (!gtk_style_context_lookup_color (context, color_name, hue)
      && !gtk_style_context_lookup_color (context, "accent_bg_color", hue))
    *hue = self->fg;
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
update_colors (KgBrainView *self)
{
  g_clear_pointer (&self->legend, gsk_render_node_unref);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &self->fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  self->dark = luminance (&self->fg) > 0.5;

  for (guint i = 0; i < self->n_layers; i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (kg_dose_chart_get_layers (self->chart),
                                                              i);
      lookup_hue (self, kg_brain_layer_get_color (layer), i, &self->rows[i].hue);
    }
}

/* Layouts ---------------------------------------------------------------- */

static PangoLayout *
new_layout (KgBrainView *self,
            const char  *text,
            gboolean     bold,
            gboolean     small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = pango_attr_list_new ();

  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (small)
    pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
clear_layouts (KgBrainView *self)
{
  g_clear_pointer (&self->legend, gsk_render_node_unref);
  for (guint i = 0; i < self->n_layers; i++)
    {
      g_clear_object (&self->rows[i].number);
      g_clear_object (&self->rows[i].name);
      g_clear_object (&self->rows[i].role);
      g_clear_object (&self->rows[i].tag);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->state_layouts); i++)
    g_clear_object (&self->state_layouts[i]);
  for (guint i = 0; i < N_SWATCHES; i++)
    g_clear_object (&self->legend_layouts[i]);
  g_clear_object (&self->note_layout);
}

static int
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static int
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* Builds every layout the snapshot draws, so that drawing allocates none. */
static void
build_layouts (KgBrainView *self)
{
  const char *firing_text = NULL;

  clear_layouts (self);
  if (self->chart == NULL)
    return;

  for (guint i = 0; i < self->n_layers; i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (kg_dose_chart_get_layers (self->chart),
                                                              i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      Row *row = &self->rows[i];

      row->number = new_layout (self, number, TRUE, TRUE);
      row->name = new_layout (self, kg_text_get (kg_brain_layer_get_name (layer), self->language,
                                                 self->patient_wording), TRUE, FALSE);
      row->role = new_layout (self, kg_text_get (kg_brain_layer_get_role (layer), self->language,
                                                 self->patient_wording), FALSE, TRUE);
      if (kg_brain_layer_get_unregulated_label (layer) != NULL)
        {
          row->tag = new_layout (self, kg_text_get (kg_brain_layer_get_unregulated_label (layer),
                                                    self->language, self->patient_wording),
                                 TRUE, TRUE);
          firing_text = kg_text_get (kg_brain_layer_get_unregulated_text (layer), self->language,
                                     self->patient_wording);
        }
    }

  self->pill_width = 0;
  for (guint s = 0; s < G_N_ELEMENTS (self->state_layouts); s++)
    {
      self->state_layouts[s] = new_layout (self, kg_layer_state_to_string (s), TRUE, TRUE);
      self->pill_width = MAX (self->pill_width, layout_width (self->state_layouts[s]));
    }
  for (guint i = 0; i < self->n_layers; i++)
    {
      if (self->rows[i].tag != NULL)
        self->pill_width = MAX (self->pill_width, layout_width (self->rows[i].tag));
    }
  self->pill_width += 2 * PILL_PAD_H;

  self->legend_layouts[SWATCH_ONLINE] =
    new_layout (self, kg_layer_state_to_string (KG_LAYER_STATE_ONLINE), FALSE, TRUE);
  self->legend_layouts[SWATCH_FADING] =
    new_layout (self, kg_layer_state_to_string (KG_LAYER_STATE_FADING), FALSE, TRUE);
  self->legend_layouts[SWATCH_OFFLINE] =
    new_layout (self, kg_layer_state_to_string (KG_LAYER_STATE_OFFLINE), FALSE, TRUE);
  if (firing_text != NULL)
    {
      /* Translators: the legend of the glow on a layer, "Glowing: still firing without …". */
      g_autofree char *text = g_strdup_printf (_("Glowing: %s"), firing_text);
      self->legend_layouts[SWATCH_FIRING] = new_layout (self, text, FALSE, TRUE);
    }
  self->note_layout =
    new_layout (self, kg_text_get (kg_dose_chart_get_message_text (self->chart,
                                                                   KG_DOSE_MESSAGE_SCHEMATIC),
                                   self->language, self->patient_wording), FALSE, TRUE);
  pango_layout_set_alignment (self->note_layout, PANGO_ALIGN_LEFT);
}

/* Lays everything out for @width; returns the height it needs. Positions are
 * kept for the snapshot. */
static int
compute_geometry (KgBrainView *self,
                  int          width)
{
  int text_width;
  int y = 0;
  int x = 0;
  int line = 0;

  if (self->chart == NULL || self->rows == NULL || self->rows[0].name == NULL)
    return 0;

  text_width = width - TEXT_X - RIGHT_PAD - self->pill_width - RIGHT_PAD;
  self->compact = text_width < MIN_SIDE_TEXT;
  if (self->compact)
    text_width = width - TEXT_X - RIGHT_PAD;
  text_width = MAX (text_width, 40);

  for (guint i = 0; i < self->n_layers; i++)
    {
      Row *row = &self->rows[i];
      int text_height;

      pango_layout_set_width (row->name, text_width * PANGO_SCALE);
      pango_layout_set_width (row->role, text_width * PANGO_SCALE);
      text_height = layout_height (row->name) + 2 + layout_height (row->role);
      if (self->compact)
        text_height += 6 + PILL_H;
      row->y = y;
      row->height = MAX (BADGE_SIZE, MAX (text_height, PILL_H)) + 2 * ROW_PAD_V + METER_H + 2;
      y += row->height + ROW_GAP;
    }

  /* Legend items flow like words, then the note wraps under them. */
  self->legend_y = y - ROW_GAP + LEGEND_TOP;
  self->legend_line_height = LEGEND_SWATCH;
  for (guint s = 0; s < N_SWATCHES; s++)
    {
      if (self->legend_layouts[s] != NULL)
        self->legend_line_height = MAX (self->legend_line_height,
                                        layout_height (self->legend_layouts[s]));
    }
  for (guint s = 0; s < N_SWATCHES; s++)
    {
      PangoLayout *layout = self->legend_layouts[s];
      int item_width;

      if (layout == NULL)
        continue;
      pango_layout_set_width (layout, MAX (width - LEGEND_SWATCH - 6, 40) * PANGO_SCALE);
      item_width = LEGEND_SWATCH + 6 + layout_width (layout);
      if (x > 0 && x + item_width > width)
        {
          x = 0;
          line++;
        }
      self->legend_x[s] = x;
      self->legend_row[s] = line;
      x += item_width + LEGEND_GAP;
    }
  /* The firing item may wrap over several lines of its own. */
  self->note_y = self->legend_y + (line + 1) * (self->legend_line_height + LEGEND_LINE_GAP);
  if (self->legend_layouts[SWATCH_FIRING] != NULL)
    self->note_y += layout_height (self->legend_layouts[SWATCH_FIRING]) - self->legend_line_height;
  self->note_y += NOTE_GAP - LEGEND_LINE_GAP;
  pango_layout_set_width (self->note_layout, width * PANGO_SCALE);

  return self->note_y + layout_height (self->note_layout);
}

/* State ------------------------------------------------------------------- */

static void
update_description (KgBrainView *self)
{
  g_free (self->description);
  self->description = self->chart != NULL
                        ? kg_dose_chart_describe_layers (self->chart, self->dose, self->language,
                                                         self->patient_wording)
                        : g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
animation_value_cb (double       value,
                    KgBrainView *self)
{
  for (guint i = 0; i < self->n_layers; i++)
    self->shown[i] = adw_lerp (self->from[i], self->target[i], value);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
animations_enabled (KgBrainView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled;
}

/* How strongly layer @i glows: how far it outfires its regulator, as shown. */
static double
firing_intensity (KgBrainView *self,
                  guint        i)
{
  int regulator = kg_dose_chart_get_regulator (self->chart, i);
  double threshold = kg_dose_chart_get_unregulated_from (self->chart);
  double imbalance;

  if (regulator < 0)
    return 0;
  imbalance = self->shown[i] - self->shown[regulator];
  /* Rises from just under the threshold, so the glow means "still firing". */
  return CLAMP ((imbalance - threshold * 0.8) / MAX (threshold * 0.6, 0.03), 0, 1)
         * CLAMP ((self->shown[i] - 0.5) / 0.2, 0, 1);
}

static gboolean
pulse_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  KgBrainView *self = KG_BRAIN_VIEW (widget);
  double seconds = gdk_frame_clock_get_frame_time (clock) / (double) G_USEC_PER_SEC;

  /* Twenty steps are smooth for a slow breath and redraw half as often. */
  double pulse = round ((0.5 - 0.5 * cos (seconds * 2 * G_PI / PULSE_PERIOD_S)) * 20) / 20;

  if (pulse != self->pulse)
    {
      self->pulse = pulse;
      gtk_widget_queue_draw (widget);
    }
  return G_SOURCE_CONTINUE;
}

/* The glow pulses while a layer is still firing; with animations off it is steady. */
static void
update_pulse (KgBrainView *self)
{
  gboolean firing = FALSE;

  for (guint i = 0; i < self->n_layers; i++)
    firing |= self->unregulated[i];

  if (firing && gtk_widget_get_mapped (GTK_WIDGET (self)) && animations_enabled (self))
    {
      if (self->pulse_tick == 0)
        self->pulse_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), pulse_tick_cb, NULL,
                                                         NULL);
    }
  else
    {
      if (self->pulse_tick != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->pulse_tick);
      self->pulse_tick = 0;
      self->pulse = 1;
    }
}

/* Sets the target state for the current dose and animates to it. */
static void
update_target (KgBrainView *self,
               gboolean     animate)
{
  if (self->chart == NULL)
    return;

  for (guint i = 0; i < self->n_layers; i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (kg_dose_chart_get_layers (self->chart),
                                                              i);
      self->from[i] = self->shown[i];
      self->target[i] = kg_brain_layer_get_activity (layer, self->dose);
      self->states[i] = kg_dose_chart_get_state (self->chart, self->target[i]);
      self->unregulated[i] = kg_dose_chart_is_unregulated (self->chart, i, self->dose);
    }

  adw_animation_reset (self->animation);
  if (animate)
    adw_animation_play (self->animation);
  else
    animation_value_cb (1, self);

  update_pulse (self);
  update_description (self);
}

static void
free_rows (KgBrainView *self)
{
  clear_layouts (self);
  g_clear_pointer (&self->rows, g_free);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->states, g_free);
  g_clear_pointer (&self->unregulated, g_free);
  self->n_layers = 0;
}

/* Drawing ------------------------------------------------------------------ */

/* Every shape is one render node: a rounded fill is a border node as thick
 * as the shape (a single path fill in GSK's cairo renderer, where a rounded
 * clip would mask its whole area, and a cairo node would be rasterized twice),
 * thin meters are plain colour nodes, glows cached images. Each
 * antialiased shape costs the cairo renderer tens of microseconds, so there
 * are as few as the picture needs. */

typedef struct
{
  double       activity;
  double       firing;
  float        cx;
  float        cy;
  float        text_y;
  float        pill_x;
  float        pill_y;
  gboolean     pill_outline;
  GdkRGBA      badge;
  GdkRGBA      number;
  GdkRGBA      pill_fill;
  GdkRGBA      pill_text;
  PangoLayout *pill_layout;
} RowPaint;

static void
fill_rounded (GtkSnapshot   *snapshot,
              float          x,
              float          y,
              float          width,
              float          height,
              float          radius,
              const GdkRGBA *color)
{
  GskRoundedRect rounded;
  float widths[4];
  GdkRGBA colors[4] = { *color, *color, *color, *color };

  if (color->alpha <= 0 || width <= 0 || height <= 0)
    return;
  widths[0] = widths[2] = height / 2;
  widths[1] = widths[3] = width / 2;
  gsk_rounded_rect_init_from_rect (&rounded, &GRAPHENE_RECT_INIT (x, y, width, height),
                                   MIN (radius, MIN (width, height) / 2));
  gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
}

static void
stroke_rounded (GtkSnapshot   *snapshot,
                float          x,
                float          y,
                float          width,
                float          height,
                float          radius,
                float          line_width,
                const GdkRGBA *color)
{
  GskRoundedRect rounded;
  const float widths[4] = { line_width, line_width, line_width, line_width };
  GdkRGBA colors[4] = { *color, *color, *color, *color };

  if (color->alpha <= 0)
    return;
  gsk_rounded_rect_init_from_rect (&rounded, &GRAPHENE_RECT_INIT (x, y, width, height), radius);
  gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
}

static void
fill_rect (GtkSnapshot   *snapshot,
           float          x,
           float          y,
           float          width,
           float          height,
           const GdkRGBA *color)
{
  if (color->alpha <= 0 || width <= 0 || height <= 0)
    return;
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* The most glows a picture keeps: a pulse runs through about a dozen
 * radii per glowing layer. */
#define MAX_GLOWS 64

/* A glow of @color's hue (opaque), @radius pixels, as an image: the colour
 * to 45% of the radius, then fading out. */
static cairo_surface_t *
render_glow (const GdkRGBA *color,
             int            radius)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         2 * radius, 2 * radius);
  cairo_pattern_t *gradient = cairo_pattern_create_radial (radius, radius, 0,
                                                           radius, radius, radius);
  cairo_t *cr = cairo_create (surface);

  cairo_pattern_add_color_stop_rgba (gradient, 0, color->red, color->green, color->blue, 1);
  cairo_pattern_add_color_stop_rgba (gradient, 0.45, color->red, color->green, color->blue, 1);
  cairo_pattern_add_color_stop_rgba (gradient, 1, color->red, color->green, color->blue, 0);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_pattern_destroy (gradient);
  return surface;
}

static guint64
glow_key (const GdkRGBA *color,
          int            radius)
{
  return ((guint64) (CLAMP (color->red, 0, 1) * 255 + 0.5) << 40)
         | ((guint64) (CLAMP (color->green, 0, 1) * 255 + 0.5) << 32)
         | ((guint64) (CLAMP (color->blue, 0, 1) * 255 + 0.5) << 24)
         | (guint64) radius;
}

/* A soft disc of @color around (@cx, @cy). The gradient is rasterized once
 * per colour and radius and then painted with the colour's alpha, pixel
 * aligned: GSK's cairo renderer would evaluate a radial gradient node for
 * every pixel of every frame (0.1–0.3 ms for each glow at this size). */
static void
fill_glow (KgBrainView   *self,
           GtkSnapshot   *snapshot,
           float          cx,
           float          cy,
           float          radius,
           const GdkRGBA *color)
{
  int r = (int) ceilf (radius);
  guint64 key = glow_key (color, r);
  cairo_surface_t *image;
  float x, y;
  cairo_t *cr;

  if (color->alpha <= 0.01 || r <= 0)
    return;

  image = g_hash_table_lookup (self->glows, &key);
  if (image == NULL)
    {
      if (g_hash_table_size (self->glows) >= MAX_GLOWS)
        g_hash_table_remove_all (self->glows);
      image = render_glow (color, r);
      g_hash_table_insert (self->glows, g_memdup2 (&key, sizeof key), image);
    }

  x = roundf (cx) - r;
  y = roundf (cy) - r;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, 2 * r, 2 * r));
  cairo_set_source_surface (cr, image, x, y);
  cairo_paint_with_alpha (cr, color->alpha);
  cairo_destroy (cr);
}

static void
append_layout_at (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  float          x,
                  float          y,
                  const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Where and in what colours row @i is drawn this frame. */
static void
compute_row_paint (KgBrainView *self,
                   guint        i,
                   int          width,
                   RowPaint    *paint)
{
  const Row *row = &self->rows[i];
  int text_height = layout_height (row->name) + 2 + layout_height (row->role);

  paint->activity = CLAMP (self->shown[i], 0, 1);
  paint->firing = firing_intensity (self, i);
  paint->cx = BADGE_X + BADGE_SIZE / 2.f;
  paint->cy = row->y + row->height / 2.f;
  paint->text_y = self->compact ? row->y + ROW_PAD_V : paint->cy - text_height / 2.f - 1;

  paint->badge = desaturate (&row->hue, 0.1 + 0.9 * paint->activity,
                             0.35 + 0.65 * paint->activity);
  paint->number = paint->activity > 0.45 ? text_on (&paint->badge) : self->fg;
  paint->number.alpha *= 0.65 + 0.35 * paint->activity;

  if (self->compact)
    {
      paint->pill_x = TEXT_X;
      paint->pill_y = paint->text_y + text_height + 6;
    }
  else
    {
      paint->pill_x = width - RIGHT_PAD - self->pill_width;
      paint->pill_y = paint->cy - PILL_H / 2.f;
    }

  /* The state is the target's (it reads at once); its colours animate. */
  paint->pill_outline = FALSE;
  paint->pill_layout = self->state_layouts[self->states[i]];
  if (self->unregulated[i] && row->tag != NULL)
    {
      paint->pill_layout = row->tag;
      paint->pill_fill = row->hue;
      paint->pill_text = text_on (&paint->pill_fill);
    }
  else if (self->states[i] == KG_LAYER_STATE_ONLINE)
    {
      paint->pill_fill = desaturate (&row->hue, 0.3 + 0.7 * paint->activity, 1);
      paint->pill_text = text_on (&paint->pill_fill);
    }
  else if (self->states[i] == KG_LAYER_STATE_FADING)
    {
      paint->pill_fill = with_alpha (&row->hue, 0.22);
      paint->pill_text = self->fg;
      paint->pill_outline = TRUE;
    }
  else
    {
      paint->pill_fill = with_alpha (&self->fg, 0.08);
      paint->pill_text = with_alpha (&self->fg, 0.7);
    }
}

static void
draw_row_shapes (KgBrainView    *self,
                 GtkSnapshot    *snapshot,
                 guint           i,
                 int             width,
                 const RowPaint *paint)
{
  const Row *row = &self->rows[i];
  double activity = paint->activity;
  double firing = paint->firing;
  double meter_y = row->y + row->height - ROW_PAD_V / 2.0 - METER_H;
  double meter_width = width - TEXT_X - RIGHT_PAD;
  GdkRGBA color;

  /* The band: neutral, tinted by the layer's colour as it is active, with a
   * pulsing rim while it fires unchecked. */
  {
    GdkRGBA neutral = GDK_RGBA_INIT_ALPHA (self->fg, self->dark ? 0.05 : 0.035);
    GdkRGBA tint = desaturate (&row->hue, 0.15 + 0.85 * activity,
                               (self->dark ? 0.05 : 0.03) + 0.17 * activity);

    color = over (&tint, &neutral);
    fill_rounded (snapshot, 0, row->y, width, row->height, ROW_RADIUS, &color);
  }
  if (firing > 0)
    {
      color = GDK_RGBA_INIT_ALPHA (row->hue, firing * (0.45 + 0.55 * self->pulse));
      stroke_rounded (snapshot, 0, row->y, width, row->height, ROW_RADIUS, 2, &color);
    }

  /* The badge: a coloured disc while active, a grey one when offline; a
   * layer firing unchecked glows and pulses. */
  if (firing > 0)
    {
      color = GDK_RGBA_INIT_ALPHA (row->hue, 0.35 * activity + firing * (0.2 + 0.25 * self->pulse));
      fill_glow (self, snapshot, paint->cx, paint->cy,
                 BADGE_SIZE / 2.0 + 12 + firing * (6 + 6 * self->pulse), &color);
    }
  fill_rounded (snapshot, BADGE_X, paint->cy - BADGE_SIZE / 2.f, BADGE_SIZE, BADGE_SIZE,
                BADGE_SIZE / 2.f, &paint->badge);

  /* The state pill. */
  if (self->unregulated[i])
    {
      color = GDK_RGBA_INIT_ALPHA (row->hue, 0.25 * firing);
      fill_glow (self, snapshot, paint->pill_x + self->pill_width / 2.0, paint->pill_y + PILL_H / 2.0,
                 self->pill_width / 2.0 + 10 + 6 * self->pulse, &color);
    }
  fill_rounded (snapshot, paint->pill_x, paint->pill_y, self->pill_width, PILL_H, PILL_H / 2.0,
                &paint->pill_fill);
  if (paint->pill_outline)
    {
      color = GDK_RGBA_INIT_ALPHA (row->hue, 0.7);
      stroke_rounded (snapshot, paint->pill_x, paint->pill_y, self->pill_width, PILL_H, PILL_H / 2.0, 1,
                      &color);
    }

  /* The activity meter along the bottom of the band. */
  color = GDK_RGBA_INIT_ALPHA (self->fg, 0.08);
  fill_rect (snapshot, TEXT_X + meter_width * activity, meter_y, meter_width * (1 - activity),
             METER_H, &color);
  color = desaturate (&row->hue, 0.3 + 0.7 * activity, 0.9);
  fill_rect (snapshot, TEXT_X, meter_y, meter_width * activity, METER_H, &color);
}

static void
draw_row_text (KgBrainView    *self,
               GtkSnapshot    *snapshot,
               guint           i,
               const RowPaint *paint)
{
  const Row *row = &self->rows[i];
  PangoLayout *pill = paint->pill_layout;

  append_layout_at (snapshot, row->number, paint->cx - layout_width (row->number) / 2.f,
                    paint->cy - layout_height (row->number) / 2.f, &paint->number);
  /* Name and role dim (never below readable) as the layer goes offline. */
  append_layout_at (snapshot, row->name, TEXT_X, paint->text_y,
                    &GDK_RGBA_INIT_ALPHA (self->fg, 0.72 + 0.28 * paint->activity));
  append_layout_at (snapshot, row->role, TEXT_X,
                    paint->text_y + layout_height (row->name) + 2,
                    &GDK_RGBA_INIT_ALPHA (self->fg, 0.62 + 0.18 * paint->activity));
  append_layout_at (snapshot, pill, paint->pill_x + (self->pill_width - layout_width (pill)) / 2.f,
                    paint->pill_y + (PILL_H - layout_height (pill)) / 2.f, &paint->pill_text);
}

static GdkRGBA
legend_color (KgBrainView *self)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       "accent_bg_color", &color))
    color = self->fg;
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

static void
draw_swatch (KgBrainView   *self,
             GtkSnapshot   *snapshot,
             Swatch         swatch,
             float          x,
             float          y,
             const GdkRGBA *neutral)
{
  float r = LEGEND_SWATCH / 2.f;
  GdkRGBA color;

  switch (swatch)
    {
    case SWATCH_ONLINE:
      fill_rounded (snapshot, x, y, LEGEND_SWATCH, LEGEND_SWATCH, r, neutral);
      break;
    case SWATCH_FADING:
      color = GDK_RGBA_INIT_ALPHA (*neutral, 0.35);
      fill_rounded (snapshot, x, y, LEGEND_SWATCH, LEGEND_SWATCH, r, &color);
      color = GDK_RGBA_INIT_ALPHA (*neutral, 0.8);
      stroke_rounded (snapshot, x, y, LEGEND_SWATCH, LEGEND_SWATCH, r, 1, &color);
      break;
    case SWATCH_OFFLINE:
      color = desaturate (neutral, 0, 0.35);
      fill_rounded (snapshot, x, y, LEGEND_SWATCH, LEGEND_SWATCH, r, &color);
      break;
    case SWATCH_FIRING:
    default:
      color = *neutral;
      for (guint i = 0; i < self->n_layers; i++)
        {
          if (self->rows[i].tag != NULL)
            color = self->rows[i].hue;
        }
      {
        GdkRGBA glow = GDK_RGBA_INIT_ALPHA (color, 0.45);
        fill_glow (self, snapshot, x + r, y + r, LEGEND_SWATCH, &glow);
      }
      fill_rounded (snapshot, x, y, LEGEND_SWATCH, LEGEND_SWATCH, r, &color);
      break;
    }
}

static float
legend_item_y (KgBrainView *self,
               Swatch       swatch)
{
  return self->legend_y + self->legend_row[swatch] * (self->legend_line_height + LEGEND_LINE_GAP);
}

static void
draw_legend (KgBrainView *self,
             GtkSnapshot *snapshot)
{
  GdkRGBA neutral = legend_color (self);

  for (guint s = 0; s < N_SWATCHES; s++)
    {
      if (self->legend_layouts[s] == NULL)
        continue;
      draw_swatch (self, snapshot, s, self->legend_x[s],
                   legend_item_y (self, s) + (self->legend_line_height - LEGEND_SWATCH) / 2.f,
                   &neutral);
      append_layout_at (snapshot, self->legend_layouts[s], self->legend_x[s] + LEGEND_SWATCH + 6,
                        legend_item_y (self, s), &GDK_RGBA_INIT_ALPHA (self->fg, 0.8));
    }
  append_layout_at (snapshot, self->note_layout, 0, self->note_y,
                    &GDK_RGBA_INIT_ALPHA (self->fg, 0.7));
}

/* @node drawn once into an image, as a node that paints the image. */
static GskRenderNode *
rasterize (GskRenderNode *node,
           int            scale)
{
  GtkSnapshot *snapshot;
  cairo_surface_t *image;
  graphene_rect_t bounds;
  int x, y, width, height;
  cairo_t *cr;

  gsk_render_node_get_bounds (node, &bounds);
  x = (int) floorf (bounds.origin.x);
  y = (int) floorf (bounds.origin.y);
  width = (int) ceilf (bounds.origin.x + bounds.size.width) - x;
  height = (int) ceilf (bounds.origin.y + bounds.size.height) - y;
  if (width <= 0 || height <= 0)
    return gsk_render_node_ref (node);

  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (image, scale, scale);
  cr = cairo_create (image);
  cairo_translate (cr, -x, -y);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);

  snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, width, height));
  cairo_set_source_surface (cr, image, x, y);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  return gtk_snapshot_free_to_node (snapshot);
}

/* The legend and the note do not change with the dose, while the rows do on
 * every step: they are built once per size, style and language and the same
 * node is appended each frame. Under GSK's cairo renderer, which draws every
 * text run and rounded shape of a node on every frame it paints (10–40 µs
 * each), that node is an image: one copy instead of about fifteen shapes and
 * runs. Other renderers draw the node itself. */
static void
append_legend (KgBrainView *self,
               GtkSnapshot *snapshot,
               int          width)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  gboolean software = renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
  int key[5] = { width, self->legend_y, self->note_y + layout_height (self->note_layout),
                 gtk_widget_get_scale_factor (GTK_WIDGET (self)), software };

  if (self->legend != NULL && memcmp (key, self->legend_key, sizeof key) != 0)
    g_clear_pointer (&self->legend, gsk_render_node_unref);
  if (self->legend == NULL)
    {
      GtkSnapshot *legend_snapshot = gtk_snapshot_new ();
      g_autoptr (GskRenderNode) node = NULL;

      draw_legend (self, legend_snapshot);
      node = gtk_snapshot_free_to_node (legend_snapshot);
      if (node == NULL)
        return;
      self->legend = software ? rasterize (node, key[3]) : gsk_render_node_ref (node);
      memcpy (self->legend_key, key, sizeof key);
    }
  gtk_snapshot_append_node (snapshot, self->legend);
}

static void
kg_brain_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KgBrainView *self = KG_BRAIN_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RowPaint *paint;

  if (self->chart == NULL || self->n_layers == 0 || width <= 0 || height <= 0)
    return;

  paint = g_newa (RowPaint, self->n_layers);
  for (guint i = 0; i < self->n_layers; i++)
    compute_row_paint (self, i, width, &paint[i]);

  for (guint i = 0; i < self->n_layers; i++)
    draw_row_shapes (self, snapshot, i, width, &paint[i]);
  for (guint i = 0; i < self->n_layers; i++)
    draw_row_text (self, snapshot, i, &paint[i]);
  append_legend (self, snapshot, width);
}

/* Sizing ------------------------------------------------------------------- */

static GtkSizeRequestMode
kg_brain_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kg_brain_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KgBrainView *self = KG_BRAIN_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 260;
      *natural = 560;
    }
  else
    {
      int height = compute_geometry (self, for_size > 0 ? for_size : 560);

      /* Measuring may have wrapped the layouts for another width. */
      if (gtk_widget_get_width (widget) > 0)
        compute_geometry (self, gtk_widget_get_width (widget));
      *minimum = *natural = height;
    }
}

static void
kg_brain_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  compute_geometry (KG_BRAIN_VIEW (widget), width);
}

static void
kg_brain_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  KgBrainView *self = KG_BRAIN_VIEW (widget);

  GTK_WIDGET_CLASS (kg_brain_view_parent_class)->css_changed (widget, change);

  /* Colours and fonts may both have changed (dark mode, text scaling). */
  if (self->chart != NULL)
    {
      update_colors (self);
      build_layouts (self);
    }
  gtk_widget_queue_resize (widget);
}

static void
kg_brain_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kg_brain_view_parent_class)->map (widget);
  update_pulse (KG_BRAIN_VIEW (widget));
}

static void
kg_brain_view_unmap (GtkWidget *widget)
{
  KgBrainView *self = KG_BRAIN_VIEW (widget);

  if (self->pulse_tick != 0)
    gtk_widget_remove_tick_callback (widget, self->pulse_tick);
  self->pulse_tick = 0;
  GTK_WIDGET_CLASS (kg_brain_view_parent_class)->unmap (widget);
}

/* GObject ------------------------------------------------------------------ */

static void
kg_brain_view_dispose (GObject *object)
{
  KgBrainView *self = (KgBrainView *) object;

  g_clear_object (&self->animation);
  free_rows (self);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (kg_brain_view_parent_class)->dispose (object);
}

static void
kg_brain_view_finalize (GObject *object)
{
  KgBrainView *self = (KgBrainView *) object;

  g_free (self->language);
  g_free (self->description);
  g_hash_table_unref (self->glows);
  g_clear_pointer (&self->legend, gsk_render_node_unref);

  G_OBJECT_CLASS (kg_brain_view_parent_class)->finalize (object);
}

static void
kg_brain_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KgBrainView *self = KG_BRAIN_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    case PROP_DOSE:
      g_value_set_double (value, self->dose);
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
kg_brain_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KgBrainView *self = KG_BRAIN_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      kg_brain_view_set_chart (self, g_value_get_object (value));
      break;
    case PROP_DOSE:
      kg_brain_view_set_dose (self, g_value_get_double (value));
      break;
    case PROP_LANGUAGE:
      kg_brain_view_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_brain_view_set_patient_wording (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_brain_view_class_init (KgBrainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kg_brain_view_dispose;
  object_class->finalize = kg_brain_view_finalize;
  object_class->get_property = kg_brain_view_get_property;
  object_class->set_property = kg_brain_view_set_property;

  widget_class->snapshot = kg_brain_view_snapshot;
  widget_class->get_request_mode = kg_brain_view_get_request_mode;
  widget_class->measure = kg_brain_view_measure;
  widget_class->size_allocate = kg_brain_view_size_allocate;
  widget_class->css_changed = kg_brain_view_css_changed;
  widget_class->map = kg_brain_view_map;
  widget_class->unmap = kg_brain_view_unmap;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, KG_TYPE_DOSE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE] =
    g_param_spec_double ("dose", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "brainview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kg_brain_view_init (KgBrainView *self)
{
  self->language = g_strdup (kg_text_get_default_language ());
  self->glows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) cairo_surface_destroy);
  self->pulse = 1;
  self->animation =
    adw_timed_animation_new (GTK_WIDGET (self), 0, 1, TRANSITION_MS,
                             adw_callback_animation_target_new (
                               (AdwAnimationTargetFunc) animation_value_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Brain systems by dose"),
                                  -1);
}

/* Public API --------------------------------------------------------------- */

/**
 * kg_brain_view_new:
 *
 * Returns: (transfer full): a new, empty brain-layer view
 */
GtkWidget *
kg_brain_view_new (void)
{
  return g_object_new (KG_TYPE_BRAIN_VIEW, NULL);
}

/**
 * kg_brain_view_get_chart:
 * @self: a brain view
 *
 * Returns: (transfer none) (nullable): the chart whose layers it draws
 */
KgDoseChart *
kg_brain_view_get_chart (KgBrainView *self)
{
  g_return_val_if_fail (KG_IS_BRAIN_VIEW (self), NULL);
  return self->chart;
}

/**
 * kg_brain_view_set_chart:
 * @self: a brain view
 * @chart: (nullable): the chart whose layers to draw
 *
 * Shows the layers of @chart at once, without animating.
 */
void
kg_brain_view_set_chart (KgBrainView *self,
                         KgDoseChart *chart)
{
  g_return_if_fail (KG_IS_BRAIN_VIEW (self));
  g_return_if_fail (chart == NULL || KG_IS_DOSE_CHART (chart));

  if (self->chart == chart)
    return;

  free_rows (self);
  g_set_object (&self->chart, chart);
  if (chart != NULL)
    {
      self->n_layers = g_list_model_get_n_items (kg_dose_chart_get_layers (chart));
      self->rows = g_new0 (Row, self->n_layers);
      self->from = g_new0 (double, self->n_layers);
      self->target = g_new0 (double, self->n_layers);
      self->shown = g_new0 (double, self->n_layers);
      self->states = g_new0 (KgLayerState, self->n_layers);
      self->unregulated = g_new0 (gboolean, self->n_layers);
      update_colors (self);
      build_layouts (self);
      update_target (self, FALSE);
    }
  else
    {
      update_description (self);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/**
 * kg_brain_view_get_dose:
 * @self: a brain view
 *
 * Returns: the dose, in mg/kg, whose state it shows (or is animating to)
 */
double
kg_brain_view_get_dose (KgBrainView *self)
{
  g_return_val_if_fail (KG_IS_BRAIN_VIEW (self), 0);
  return self->dose;
}

/**
 * kg_brain_view_set_dose:
 * @self: a brain view
 * @dose: a dose in mg/kg
 *
 * Animates the layers to their state at @dose (at once when animations are
 * off or the view is not shown) and updates the accessible description.
 */
void
kg_brain_view_set_dose (KgBrainView *self,
                        double       dose)
{
  g_return_if_fail (KG_IS_BRAIN_VIEW (self));

  if (self->dose == dose)
    return;
  self->dose = dose;
  update_target (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSE]);
}

/**
 * kg_brain_view_get_language:
 * @self: a brain view
 *
 * Returns: (transfer none): the language of the labels, "en" or "es"
 */
const char *
kg_brain_view_get_language (KgBrainView *self)
{
  g_return_val_if_fail (KG_IS_BRAIN_VIEW (self), NULL);
  return self->language;
}

/**
 * kg_brain_view_set_language:
 * @self: a brain view
 * @language: (nullable): a language code; %NULL for the default
 */
void
kg_brain_view_set_language (KgBrainView *self,
                            const char  *language)
{
  g_return_if_fail (KG_IS_BRAIN_VIEW (self));

  if (!kg_text_replace_language (&self->language, language))
    return;
  build_layouts (self);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_brain_view_get_patient_wording:
 * @self: a brain view
 *
 * Returns: whether the labels use plain (patient) language
 */
gboolean
kg_brain_view_get_patient_wording (KgBrainView *self)
{
  g_return_val_if_fail (KG_IS_BRAIN_VIEW (self), FALSE);
  return self->patient_wording;
}

/**
 * kg_brain_view_set_patient_wording:
 * @self: a brain view
 * @patient_wording: whether to use plain (patient) language
 */
void
kg_brain_view_set_patient_wording (KgBrainView *self,
                                   gboolean     patient_wording)
{
  g_return_if_fail (KG_IS_BRAIN_VIEW (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;
  build_layouts (self);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}

/**
 * kg_brain_view_get_shown_activity:
 * @self: a brain view
 * @layer: a layer's position
 *
 * Returns: the activity the layer is drawn with right now (between its old
 *   and new values while animating)
 */
double
kg_brain_view_get_shown_activity (KgBrainView *self,
                                  guint        layer)
{
  g_return_val_if_fail (KG_IS_BRAIN_VIEW (self), 0);
  g_return_val_if_fail (layer < self->n_layers, 0);
  return self->shown[layer];
}

/**
 * kg_brain_view_get_description:
 * @self: a brain view
 *
 * Returns: (transfer none): what the picture shows, in words (its accessible description)
 */
const char *
kg_brain_view_get_description (KgBrainView *self)
{
  g_return_val_if_fail (KG_IS_BRAIN_VIEW (self), NULL);
  return self->description != NULL ? self->description : "";
}
