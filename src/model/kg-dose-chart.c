/* kg-dose-chart.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kg-dose-chart.h"
#include "kg-number.h"
#include "kg-weight.h"

typedef struct
{
  KgText  *title;
  KgText  *text;
  char   **sources;
} Message;

struct _KgDoseChart
{
  GObject     parent_instance;

  /* Owned */
  KgText     *route;
  GListStore *zones;
  GListStore *layers;
  int        *regulators;       /* per layer: index of the regulating layer, or -1 */
  Message     messages[KG_DOSE_N_MESSAGES];

  double      min;
  double      max;
  double      step;
  double      online_from;
  double      offline_below;
  double      unregulated_from;
};

G_DEFINE_FINAL_TYPE (KgDoseChart, kg_dose_chart, G_TYPE_OBJECT)

/* JSON keys of the messages, in KgDoseMessage order. */
static const char * const message_keys[] = {
  "below", "above", "transition", "teaching_point", "mechanism", "schematic",
};

/* The widest slider the content may ask for, in mg/kg. */
#define MAX_SCALE_DOSE 10.0

static void
kg_dose_chart_finalize (GObject *object)
{
  KgDoseChart *self = (KgDoseChart *) object;

  g_clear_pointer (&self->route, kg_text_unref);
  g_clear_object (&self->zones);
  g_clear_object (&self->layers);
  g_free (self->regulators);
  for (guint i = 0; i < KG_DOSE_N_MESSAGES; i++)
    {
      g_clear_pointer (&self->messages[i].title, kg_text_unref);
      g_clear_pointer (&self->messages[i].text, kg_text_unref);
      g_strfreev (self->messages[i].sources);
    }

  G_OBJECT_CLASS (kg_dose_chart_parent_class)->finalize (object);
}

static void
kg_dose_chart_class_init (KgDoseChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_dose_chart_finalize;
}

static void
kg_dose_chart_init (KgDoseChart *self)
{
  self->zones = g_list_store_new (KG_TYPE_DOSE_ZONE);
  self->layers = g_list_store_new (KG_TYPE_BRAIN_LAYER);
}

static void
parse_scale (KgDoseChart     *self,
             KgContentReader *reader,
             const cJSON     *section)
{
  const cJSON *scale = kg_content_reader_read_object (reader, section, "scale", TRUE);
  gboolean ok;

  if (scale == NULL)
    return;
  ok = kg_content_reader_read_number (reader, scale, "scale.min", 0, MAX_SCALE_DOSE, TRUE,
                                      &self->min);
  ok &= kg_content_reader_read_number (reader, scale, "scale.max", 0, MAX_SCALE_DOSE, TRUE,
                                       &self->max);
  ok &= kg_content_reader_read_number (reader, scale, "scale.step", 0.001, MAX_SCALE_DOSE, TRUE,
                                       &self->step);
  if (ok && self->max <= self->min)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, "scale.max",
                                   "expected a dose above “scale.min” (%g), found %g",
                                   self->min, self->max);
  else if (ok && self->step > self->max - self->min)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, "scale.step",
                                   "expected a step no larger than the slider (%g), found %g",
                                   self->max - self->min, self->step);
}

static void
parse_states (KgDoseChart     *self,
              KgContentReader *reader,
              const cJSON     *section)
{
  const cJSON *states = kg_content_reader_read_object (reader, section, "states", TRUE);
  gboolean ok;

  if (states == NULL)
    return;
  ok = kg_content_reader_read_number (reader, states, "states.online_from", 0, 1, TRUE,
                                      &self->online_from);
  ok &= kg_content_reader_read_number (reader, states, "states.offline_below", 0, 1, TRUE,
                                       &self->offline_below);
  kg_content_reader_read_number (reader, states, "states.unregulated_from", 0, 1, TRUE,
                                 &self->unregulated_from);
  if (ok && self->offline_below > self->online_from)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, "states.offline_below",
                                   "expected at most “states.online_from” (%g), found %g",
                                   self->online_from, self->offline_below);
}

/* A transition message names the zones on either side in every wording it has. */
static void
check_placeholders (KgContentReader *reader,
                    KgText          *text,
                    const char      *field)
{
  static const char * const languages[] = { "en", "es" };

  if (text == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      for (int patient = 0; patient <= 1; patient++)
        {
          const char *wording;

          if (!kg_text_has (text, languages[i], patient))
            continue;
          wording = kg_text_get (text, languages[i], patient);
          if (strstr (wording, "{from}") == NULL || strstr (wording, "{to}") == NULL)
            {
              g_autofree char *path = g_strdup_printf ("%s.%s%s", field,
                                                       patient ? "patient." : "", languages[i]);
              kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, path,
                                             "expected text holding both {from} and {to} "
                                             "(the zones on either side), found “%s”", wording);
            }
        }
    }
}

static void
parse_messages (KgDoseChart     *self,
                KgContentReader *reader,
                const cJSON     *section)
{
  const cJSON *messages = kg_content_reader_read_object (reader, section, "messages", TRUE);

  if (messages == NULL)
    return;
  for (guint i = 0; i < KG_DOSE_N_MESSAGES; i++)
    {
      g_autofree char *path = g_strdup_printf ("messages.%s", message_keys[i]);
      g_autofree char *title_path = g_strdup_printf ("%s.title", path);
      g_autofree char *text_path = g_strdup_printf ("%s.text", path);
      g_autofree char *sources_path = g_strdup_printf ("%s.sources", path);
      const cJSON *message = kg_content_reader_read_object (reader, messages, path, TRUE);
      Message *slot = &self->messages[i];

      if (message == NULL)
        continue;
      slot->title = kg_content_reader_read_text (reader, message, title_path,
                                                 i != KG_DOSE_MESSAGE_SCHEMATIC);
      slot->text = kg_content_reader_read_text (reader, message, text_path, TRUE);
      slot->sources = kg_content_reader_read_sources (reader, message, sources_path);
      if (i == KG_DOSE_MESSAGE_TRANSITION)
        {
          check_placeholders (reader, slot->title, title_path);
          check_placeholders (reader, slot->text, text_path);
        }
    }
}

/* Zones are read in order and must not overlap: a dose belongs to at most one. */
static void
parse_zones (KgDoseChart     *self,
             KgContentReader *reader,
             const cJSON     *section)
{
  const cJSON *array = kg_content_reader_read_array (reader, section, "zones", TRUE);
  KgDoseZone *before = NULL;
  const cJSON *entry;
  guint index = 0;

  if (array == NULL)
    return;
  if (cJSON_GetArraySize (array) == 0)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_EMPTY, "zones",
                                   "expected at least one zone, found an empty array");

  cJSON_ArrayForEach (entry, array)
    {
      g_autoptr (KgDoseZone) zone = NULL;

      kg_content_reader_begin_entry (reader, "zone", index++, entry);
      if (!cJSON_IsObject (entry))
        kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, NULL,
                                       "expected an object");
      else if ((zone = kg_dose_zone_parse (reader, entry, self->min, self->max)) != NULL)
        {
          if (before != NULL && kg_dose_zone_get_min (zone) <= kg_dose_zone_get_max (before))
            kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_ORDER, "min",
                                           "expected a dose above %g, the end of zone “%s” "
                                           "before it (zones must be in order and must not "
                                           "overlap), found %g",
                                           kg_dose_zone_get_max (before),
                                           kg_dose_zone_get_id (before),
                                           kg_dose_zone_get_min (zone));
          else
            {
              g_list_store_append (self->zones, zone);
              before = zone;   /* the store keeps it alive */
            }
        }
      kg_content_reader_end_entry (reader);
    }
}

static int
find_layer (KgDoseChart *self,
            const char  *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->layers));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (G_LIST_MODEL (self->layers), i);

      if (g_strcmp0 (kg_brain_layer_get_id (layer), id) == 0)
        return (int) i;
    }
  return -1;
}

static void
parse_layers (KgDoseChart     *self,
              KgContentReader *reader,
              const cJSON     *section)
{
  const cJSON *array = kg_content_reader_read_array (reader, section, "layers", TRUE);
  const cJSON *entry;
  guint index = 0;
  guint n;

  if (array == NULL)
    return;
  if (cJSON_GetArraySize (array) == 0)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_EMPTY, "layers",
                                   "expected at least one layer, found an empty array");

  cJSON_ArrayForEach (entry, array)
    {
      g_autoptr (KgBrainLayer) layer = NULL;

      kg_content_reader_begin_entry (reader, "layer", index++, entry);
      if (!cJSON_IsObject (entry))
        kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, NULL,
                                       "expected an object");
      else if ((layer = kg_brain_layer_parse (reader, entry, self->min, self->max)) != NULL)
        g_list_store_append (self->layers, layer);
      kg_content_reader_end_entry (reader);
    }

  /* Regulators are resolved once every layer is known, so order does not matter;
   * when a layer could not be read, its id may be the one missing. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->layers));
  self->regulators = g_new (int, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->regulators[i] = -1;
  if (n != (guint) cJSON_GetArraySize (array))
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (G_LIST_MODEL (self->layers), i);
      const char *regulated_by = kg_brain_layer_get_regulated_by (layer);

      self->regulators[i] = regulated_by != NULL ? find_layer (self, regulated_by) : -1;
      if (regulated_by != NULL && (self->regulators[i] < 0 || self->regulators[i] == (int) i))
        {
          cJSON *layer_entry = cJSON_GetArrayItem (array, (int) i);

          kg_content_reader_begin_entry (reader, "layer", i, layer_entry);
          kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, "regulated_by",
                                         "expected the id of another layer, found “%s”",
                                         regulated_by);
          kg_content_reader_end_entry (reader);
        }
    }
}

/**
 * kg_dose_chart_parse:
 * @reader: the reader of dose-zones.json
 * @root: its top-level object
 *
 * Reads the `dose_zones` section: the slider's range and step, the zones
 * (in order, not overlapping, inside the range), the brain layers and their
 * activity curves (sorted points inside the range), the activity thresholds
 * and the messages. Every problem goes to the reader.
 *
 * Returns: (transfer full) (nullable): the chart, or %NULL when anything is wrong
 */
KgDoseChart *
kg_dose_chart_parse (KgContentReader *reader,
                     const cJSON     *root)
{
  g_autoptr (KgDoseChart) self = g_object_new (KG_TYPE_DOSE_CHART, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const cJSON *section = kg_content_reader_read_object (reader, root, "dose_zones", TRUE);

  if (section == NULL)
    return NULL;

  parse_scale (self, reader, section);
  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;   /* zones and curves are checked against the range */

  self->route = kg_content_reader_read_text (reader, section, "route", TRUE);
  parse_states (self, reader, section);
  parse_messages (self, reader, section);
  parse_zones (self, reader, section);
  parse_layers (self, reader, section);

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;
  return g_steal_pointer (&self);
}

#define GETTER(type, name, field)                      \
  type                                                 \
  kg_dose_chart_get_##name (KgDoseChart *self)         \
  {                                                    \
    g_return_val_if_fail (KG_IS_DOSE_CHART (self), 0); \
    return (type) self->field;                         \
  }

/* Plain accessors of the loaded, immutable chart. */
GETTER (double, min, min)
GETTER (double, max, max)
GETTER (double, step, step)
GETTER (KgText *, route, route)
GETTER (GListModel *, zones, zones)
GETTER (GListModel *, layers, layers)
GETTER (double, unregulated_from, unregulated_from)

/**
 * kg_dose_chart_lookup_zone:
 * @self: a chart
 * @id: a zone id, e.g. "emergence"
 *
 * Returns: (transfer none) (nullable): the zone with that id
 */
KgDoseZone *
kg_dose_chart_lookup_zone (KgDoseChart *self,
                           const char  *id)
{
  guint n;

  g_return_val_if_fail (KG_IS_DOSE_CHART (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->zones));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgDoseZone) zone = g_list_model_get_item (G_LIST_MODEL (self->zones), i);

      if (g_strcmp0 (kg_dose_zone_get_id (zone), id) == 0)
        return zone;   /* the store keeps it alive */
    }
  return NULL;
}

/**
 * kg_dose_chart_get_message_title:
 * @self: a chart
 * @message: which message
 *
 * Returns: (transfer none) (nullable): its title
 */
KgText *
kg_dose_chart_get_message_title (KgDoseChart   *self,
                                 KgDoseMessage  message)
{
  g_return_val_if_fail (KG_IS_DOSE_CHART (self), NULL);
  g_return_val_if_fail (message < KG_DOSE_N_MESSAGES, NULL);
  return self->messages[message].title;
}

/**
 * kg_dose_chart_get_message_text:
 * @self: a chart
 * @message: which message
 *
 * Returns: (transfer none): its text
 */
KgText *
kg_dose_chart_get_message_text (KgDoseChart   *self,
                                KgDoseMessage  message)
{
  g_return_val_if_fail (KG_IS_DOSE_CHART (self), NULL);
  g_return_val_if_fail (message < KG_DOSE_N_MESSAGES, NULL);
  return self->messages[message].text;
}

/**
 * kg_dose_chart_get_message_sources:
 * @self: a chart
 * @message: which message
 *
 * Returns: (transfer none): the reference ids it cites
 */
const char * const *
kg_dose_chart_get_message_sources (KgDoseChart   *self,
                                   KgDoseMessage  message)
{
  g_return_val_if_fail (KG_IS_DOSE_CHART (self), NULL);
  g_return_val_if_fail (message < KG_DOSE_N_MESSAGES, NULL);
  return (const char * const *) self->messages[message].sources;
}

/**
 * kg_dose_chart_locate:
 * @self: a chart
 * @dose: a dose in mg/kg
 * @zone: (out) (optional) (transfer none): the zone holding @dose; the zone
 *   below the gap when between zones; the last zone when above; %NULL when below
 * @next: (out) (optional) (transfer none): the zone above the gap when
 *   between zones; the first zone when below; %NULL otherwise
 *
 * Zone ends belong to the zone (0.3 is analgesia, 0.4 emergence).
 *
 * Returns: where @dose falls
 */
KgDosePlace
kg_dose_chart_locate (KgDoseChart  *self,
                      double        dose,
                      KgDoseZone  **zone,
                      KgDoseZone  **next)
{
  GListModel *zones;
  KgDoseZone *below = NULL;
  KgDosePlace place = KG_DOSE_PLACE_ABOVE;
  KgDoseZone *found = NULL;
  KgDoseZone *above = NULL;
  guint n;

  g_return_val_if_fail (KG_IS_DOSE_CHART (self), KG_DOSE_PLACE_BELOW);

  zones = G_LIST_MODEL (self->zones);
  n = g_list_model_get_n_items (zones);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgDoseZone) current = g_list_model_get_item (zones, i);

      if (kg_dose_zone_contains (current, dose))
        {
          place = KG_DOSE_PLACE_IN_ZONE;
          found = current;
          break;
        }
      if (dose < kg_dose_zone_get_min (current))
        {
          place = below == NULL ? KG_DOSE_PLACE_BELOW : KG_DOSE_PLACE_BETWEEN;
          found = below;
          above = current;
          break;
        }
      below = current;
    }
  if (place == KG_DOSE_PLACE_ABOVE)
    found = below;

  if (zone != NULL)
    *zone = found;
  if (next != NULL)
    *next = above;
  return place;
}

/**
 * kg_dose_chart_snap:
 * @self: a chart
 * @dose: a dose in mg/kg
 *
 * Returns: @dose clamped to the slider and rounded to its step
 */
double
kg_dose_chart_snap (KgDoseChart *self,
                    double       dose)
{
  double steps;

  g_return_val_if_fail (KG_IS_DOSE_CHART (self), 0);

  steps = round ((CLAMP (dose, self->min, self->max) - self->min) / self->step);
  /* Rounded again so 0.6 is 0.6, not 0.6000000000000001. */
  return CLAMP (round ((self->min + steps * self->step) * 1e6) / 1e6, self->min, self->max);
}

static void
replace (GString    *string,
         const char *placeholder,
         const char *value)
{
  g_string_replace (string, placeholder, value, 0);
}

/**
 * kg_dose_chart_format_transition:
 * @self: a chart
 * @text: the transition title or text, holding {from} and {to}
 * @from: the zone below the gap
 * @to: the zone above the gap
 * @language: (nullable): the language
 * @patient: whether the plain-language wording is wanted
 *
 * Returns: (transfer full): @text with the two zones' names filled in
 */
char *
kg_dose_chart_format_transition (KgDoseChart *self,
                                 KgText      *text,
                                 KgDoseZone  *from,
                                 KgDoseZone  *to,
                                 const char  *language,
                                 gboolean     patient)
{
  GString *result;

  g_return_val_if_fail (KG_IS_DOSE_CHART (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (KG_IS_DOSE_ZONE (from), NULL);
  g_return_val_if_fail (KG_IS_DOSE_ZONE (to), NULL);

  result = g_string_new (kg_text_get (text, language, patient));
  replace (result, "{from}", kg_text_get (kg_dose_zone_get_name (from), language, patient));
  replace (result, "{to}", kg_text_get (kg_dose_zone_get_name (to), language, patient));
  return g_string_free (result, FALSE);
}

/**
 * kg_dose_chart_get_state:
 * @self: a chart
 * @activity: a layer's activity, 0 to 1
 *
 * Online from `states.online_from` up, offline under `states.offline_below`,
 * fading in between.
 *
 * Returns: the state a layer with @activity is shown in
 */
KgLayerState
kg_dose_chart_get_state (KgDoseChart *self,
                         double       activity)
{
  g_return_val_if_fail (KG_IS_DOSE_CHART (self), KG_LAYER_STATE_ONLINE);

  if (activity >= self->online_from - KG_DOSE_EPSILON)
    return KG_LAYER_STATE_ONLINE;
  if (activity < self->offline_below - KG_DOSE_EPSILON)
    return KG_LAYER_STATE_OFFLINE;
  return KG_LAYER_STATE_FADING;
}

/**
 * kg_dose_chart_get_regulator:
 * @self: a chart
 * @layer: a layer's position
 *
 * Returns: the position of the layer that regulates @layer (the prefrontal
 *   cortex for the limbic system), or -1
 */
int
kg_dose_chart_get_regulator (KgDoseChart *self,
                             guint        layer)
{
  g_return_val_if_fail (KG_IS_DOSE_CHART (self), -1);
  g_return_val_if_fail (layer < g_list_model_get_n_items (G_LIST_MODEL (self->layers)), -1);
  return self->regulators[layer];
}

static double
activity_at (KgDoseChart *self,
             guint        layer,
             double       dose)
{
  g_autoptr (KgBrainLayer) item = g_list_model_get_item (G_LIST_MODEL (self->layers), layer);

  return kg_brain_layer_get_activity (item, dose);
}

/**
 * kg_dose_chart_get_imbalance:
 * @self: a chart
 * @layer: a layer's position
 * @dose: a dose in mg/kg
 *
 * How far a layer outfires the layer that regulates it: the limbic system
 * still firing while the prefrontal cortex goes offline.
 *
 * Returns: the layer's activity minus its regulator's, at least 0; 0 for a
 *   layer without a regulator
 */
double
kg_dose_chart_get_imbalance (KgDoseChart *self,
                             guint        layer,
                             double       dose)
{
  int regulator;

  g_return_val_if_fail (KG_IS_DOSE_CHART (self), 0);

  regulator = kg_dose_chart_get_regulator (self, layer);
  if (regulator < 0)
    return 0;
  return MAX (0, activity_at (self, layer, dose) - activity_at (self, regulator, dose));
}

/**
 * kg_dose_chart_is_unregulated:
 * @self: a chart
 * @layer: a layer's position
 * @dose: a dose in mg/kg
 *
 * Returns: whether the layer is online and outfires its regulator by at
 *   least `states.unregulated_from`
 */
gboolean
kg_dose_chart_is_unregulated (KgDoseChart *self,
                              guint        layer,
                              double       dose)
{
  g_return_val_if_fail (KG_IS_DOSE_CHART (self), FALSE);

  return kg_dose_chart_get_regulator (self, layer) >= 0
         && kg_dose_chart_get_state (self, activity_at (self, layer, dose)) == KG_LAYER_STATE_ONLINE
         && kg_dose_chart_get_imbalance (self, layer, dose)
              >= self->unregulated_from - KG_DOSE_EPSILON;
}

/**
 * kg_layer_state_to_string:
 * @state: a #KgLayerState
 *
 * Returns: (transfer none): its translated name: "Online", "Fading" or "Offline"
 */
const char *
kg_layer_state_to_string (KgLayerState state)
{
  switch (state)
    {
    case KG_LAYER_STATE_ONLINE:
      return _("Online");
    case KG_LAYER_STATE_FADING:
      return _("Fading");
    case KG_LAYER_STATE_OFFLINE:
      return _("Offline");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * kg_dose_chart_describe_layers:
 * @self: a chart
 * @dose: a dose in mg/kg
 * @language: (nullable): the language of the layer names
 * @patient: whether the plain-language names are wanted
 *
 * Says in words what the brain-layer picture shows at @dose, for the screen
 * reader: "At 0.6 mg/kg (schematic). Online: Limbic system (still firing
 * without prefrontal control), …. Fading: …. Offline: …."
 *
 * Returns: (transfer full): the description
 */
char *
kg_dose_chart_describe_layers (KgDoseChart *self,
                               double       dose,
                               const char  *language,
                               gboolean     patient)
{
  static const KgLayerState order[] = {
    KG_LAYER_STATE_ONLINE, KG_LAYER_STATE_FADING, KG_LAYER_STATE_OFFLINE,
  };
  g_autofree char *dose_text = NULL;
  GString *description;
  guint n;

  g_return_val_if_fail (KG_IS_DOSE_CHART (self), NULL);

  dose_text = kg_number_format (dose, 2, language);
  /* Translators: the start of the brain picture's description for screen readers. */
  description = g_string_new (NULL);
  g_string_printf (description, _("Brain systems at %s mg/kg (schematic)."), dose_text);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->layers));
  for (guint s = 0; s < G_N_ELEMENTS (order); s++)
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (KgBrainLayer) layer = g_list_model_get_item (G_LIST_MODEL (self->layers), i);
          const char *name = kg_text_get (kg_brain_layer_get_name (layer), language, patient);

          if (kg_dose_chart_get_state (self, kg_brain_layer_get_activity (layer, dose)) != order[s])
            continue;
          if (kg_dose_chart_is_unregulated (self, i, dose))
            {
              const char *label = kg_text_get (kg_brain_layer_get_unregulated_text (layer),
                                               language, patient);
              /* Translators: a brain system and how it behaves, "Limbic system (still firing)". */
              g_ptr_array_add (names, g_strdup_printf (_("%s (%s)"), name, label));
            }
          else
            {
              g_ptr_array_add (names, g_strdup (name));
            }
        }
      if (names->len == 0)
        continue;
      g_ptr_array_add (names, NULL);
      joined = g_strjoinv ("; ", (char **) names->pdata);
      g_string_append_c (description, ' ');
      /* Translators: "Online: Limbic system; Thalamocortical loops." */
      g_string_append_printf (description, _("%s: %s."), kg_layer_state_to_string (order[s]),
                              joined);
    }
  return g_string_free (description, FALSE);
}
