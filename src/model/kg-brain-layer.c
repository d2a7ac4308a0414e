/* kg-brain-layer.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-brain-layer.h"
#include "kg-dose-zone.h"

typedef struct
{
  double dose;
  double activity;
} Point;

struct _KgBrainLayer
{
  GObject   parent_instance;

  /* Owned */
  char     *id;
  KgText   *name;
  KgText   *role;
  char     *color;
  GArray   *points;               /* of Point, sorted by dose */
  char     *regulated_by;
  KgText   *unregulated_label;
  KgText   *unregulated_text;
  char    **sources;
};

G_DEFINE_FINAL_TYPE (KgBrainLayer, kg_brain_layer, G_TYPE_OBJECT)

static void
kg_brain_layer_finalize (GObject *object)
{
  KgBrainLayer *self = (KgBrainLayer *) object;

  g_free (self->id);
  g_clear_pointer (&self->name, kg_text_unref);
  g_clear_pointer (&self->role, kg_text_unref);
  g_free (self->color);
  g_clear_pointer (&self->points, g_array_unref);
  g_free (self->regulated_by);
  g_clear_pointer (&self->unregulated_label, kg_text_unref);
  g_clear_pointer (&self->unregulated_text, kg_text_unref);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (kg_brain_layer_parent_class)->finalize (object);
}

static void
kg_brain_layer_class_init (KgBrainLayerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_brain_layer_finalize;
}

static void
kg_brain_layer_init (KgBrainLayer *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
}

/* Reads "activity": [[dose, activity], …], sorted by dose, covering the
 * whole slider so that every dose has a value. */
static void
parse_points (KgBrainLayer    *self,
              KgContentReader *reader,
              const cJSON     *entry,
              double           lower,
              double           upper)
{
  const cJSON *array = kg_content_reader_read_array (reader, entry, "activity", TRUE);
  const cJSON *item;
  guint index = 0;
  gboolean ok = TRUE;

  if (array == NULL)
    return;

  cJSON_ArrayForEach (item, array)
    {
      g_autofree char *path = g_strdup_printf ("activity[%u]", index++);
      Point point;

      if (!cJSON_IsArray (item) || cJSON_GetArraySize (item) != 2
          || !cJSON_IsNumber (cJSON_GetArrayItem (item, 0))
          || !cJSON_IsNumber (cJSON_GetArrayItem (item, 1)))
        {
          kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, path,
                                         "expected a point [dose, activity] of two numbers");
          ok = FALSE;
          continue;
        }
      point.dose = cJSON_GetArrayItem (item, 0)->valuedouble;
      point.activity = cJSON_GetArrayItem (item, 1)->valuedouble;

      if (point.dose < lower || point.dose > upper)
        {
          kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, path,
                                         "expected a dose from %g to %g (the slider's range), "
                                         "found %g", lower, upper, point.dose);
          ok = FALSE;
          continue;
        }
      if (point.activity < 0 || point.activity > 1)
        {
          kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, path,
                                         "expected an activity from 0 to 1, found %g",
                                         point.activity);
          ok = FALSE;
          continue;
        }
      if (self->points->len > 0)
        {
          const Point *before = &g_array_index (self->points, Point, self->points->len - 1);

          if (point.dose <= before->dose)
            {
              kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_ORDER, path,
                                             "expected a dose above %g, the point before "
                                             "(points must be sorted by dose), found %g",
                                             before->dose, point.dose);
              ok = FALSE;
              continue;
            }
        }
      g_array_append_val (self->points, point);
    }

  if (!ok)
    return;
  if (self->points->len < 2)
    {
      kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_EMPTY, "activity",
                                     "expected at least two points, found %u",
                                     self->points->len);
      return;
    }
  if (g_array_index (self->points, Point, 0).dose != lower
      || g_array_index (self->points, Point, self->points->len - 1).dose != upper)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, "activity",
                                   "expected points from %g to %g (the whole slider), "
                                   "found %g to %g", lower, upper,
                                   g_array_index (self->points, Point, 0).dose,
                                   g_array_index (self->points, Point, self->points->len - 1).dose);
}

static void
parse_regulation (KgBrainLayer    *self,
                  KgContentReader *reader,
                  const cJSON     *entry)
{
  const cJSON *unregulated;

  self->regulated_by = kg_content_reader_read_string (reader, entry, "regulated_by", FALSE);
  if (self->regulated_by == NULL)
    return;

  unregulated = kg_content_reader_read_object (reader, entry, "unregulated", TRUE);
  if (unregulated == NULL)
    return;
  self->unregulated_label = kg_content_reader_read_text (reader, unregulated,
                                                         "unregulated.label", TRUE);
  self->unregulated_text = kg_content_reader_read_text (reader, unregulated,
                                                        "unregulated.text", TRUE);
}

/**
 * kg_brain_layer_parse:
 * @reader: the reader of dose-zones.json, inside the layer's entry
 * @entry: the layer's JSON object
 * @lower: the slider's lowest dose
 * @upper: the slider's highest dose
 *
 * Reads one brain layer and its activity curve. Whether `regulated_by` names
 * another layer is checked by the chart.
 *
 * Returns: (transfer full) (nullable): the layer, or %NULL after a problem
 */
KgBrainLayer *
kg_brain_layer_parse (KgContentReader *reader,
                      const cJSON     *entry,
                      double           lower,
                      double           upper)
{
  g_autoptr (KgBrainLayer) self = g_object_new (KG_TYPE_BRAIN_LAYER, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const char *id = kg_content_reader_read_id (reader, entry);
  int color;

  self->name = kg_content_reader_read_text (reader, entry, "name", TRUE);
  self->role = kg_content_reader_read_text (reader, entry, "role", TRUE);
  color = kg_content_reader_read_enum (reader, entry, "color", kg_palette_names, FALSE);
  parse_points (self, reader, entry, lower, upper);
  parse_regulation (self, reader, entry);
  self->sources = kg_content_reader_read_sources (reader, entry, "sources");

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;

  self->id = g_strdup (id);
  self->color = color >= 0 ? g_strdup (kg_palette_names[color]) : NULL;
  return g_steal_pointer (&self);
}

#define GETTER(type, name, field)                       \
  type                                                  \
  kg_brain_layer_get_##name (KgBrainLayer *self)        \
  {                                                     \
    g_return_val_if_fail (KG_IS_BRAIN_LAYER (self), 0); \
    return (type) self->field;                          \
  }

/* Plain accessors of the loaded, immutable layer; optional fields may be NULL. */
GETTER (const char *, id, id)
GETTER (KgText *, name, name)
GETTER (KgText *, role, role)
GETTER (const char *, color, color)
GETTER (const char *, regulated_by, regulated_by)
GETTER (KgText *, unregulated_label, unregulated_label)
GETTER (KgText *, unregulated_text, unregulated_text)
GETTER (const char * const *, sources, sources)

/**
 * kg_brain_layer_get_n_points:
 * @self: a layer
 *
 * Returns: how many points its activity curve has
 */
guint
kg_brain_layer_get_n_points (KgBrainLayer *self)
{
  g_return_val_if_fail (KG_IS_BRAIN_LAYER (self), 0);
  return self->points->len;
}

/**
 * kg_brain_layer_get_point:
 * @self: a layer
 * @index: a point's position, below kg_brain_layer_get_n_points()
 * @dose: (out) (optional): its dose in mg/kg
 * @activity: (out) (optional): its activity, 0 (offline) to 1 (fully active)
 */
void
kg_brain_layer_get_point (KgBrainLayer *self,
                          guint         index,
                          double       *dose,
                          double       *activity)
{
  const Point *point;

  g_return_if_fail (KG_IS_BRAIN_LAYER (self));
  g_return_if_fail (index < self->points->len);

  point = &g_array_index (self->points, Point, index);
  if (dose != NULL)
    *dose = point->dose;
  if (activity != NULL)
    *activity = point->activity;
}

/**
 * kg_brain_layer_get_activity:
 * @self: a layer
 * @dose: a dose in mg/kg
 *
 * Interpolates the activity curve linearly between its points; doses outside
 * the curve take the value of its nearest end.
 *
 * Returns: the activity at @dose, from 0 to 1
 */
double
kg_brain_layer_get_activity (KgBrainLayer *self,
                             double        dose)
{
  const Point *points;
  guint low, high;

  g_return_val_if_fail (KG_IS_BRAIN_LAYER (self), 0);

  points = (const Point *) (gpointer) self->points->data;
  if (dose <= points[0].dose)
    return points[0].activity;
  if (dose >= points[self->points->len - 1].dose)
    return points[self->points->len - 1].activity;

  /* Binary search for the segment [low, high] holding @dose. */
  low = 0;
  high = self->points->len - 1;
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (points[middle].dose <= dose)
        low = middle;
      else
        high = middle;
    }
  return points[low].activity
         + (points[high].activity - points[low].activity)
             * (dose - points[low].dose) / (points[high].dose - points[low].dose);
}
