/* test-dose.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "kg-catalog.h"
#include "kg-dose-chart.h"
#include "kg-weight.h"

/* The ids of the bundled references, read on their own so that these tests
 * depend on no other content file. */
static GHashTable *
load_reference_ids (void)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (GListStore) store = g_list_store_new (KG_TYPE_REFERENCE);
  g_autoptr (KgContentReader) reader = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const cJSON *root;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (KG_CATALOG_RESOURCE_PATH "references.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  reader = kg_content_reader_new ("references.json", problems, NULL);
  root = kg_content_reader_parse (reader, data, length);
  g_assert_nonnull (root);
  g_assert_true (kg_references_parse (reader, root, store));
  g_assert_cmpuint (problems->len, ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr (KgReference) reference = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_hash_table_add (ids, g_strdup (kg_reference_get_id (reference)));
    }
  return ids;
}

/* Parses dose-zones.json bytes, checking sources against the bundled references. */
static KgDoseChart *
parse_dose_zones (GBytes    *bytes,
                  GPtrArray *problems)
{
  g_autoptr (GHashTable) ids = load_reference_ids ();
  g_autoptr (KgContentReader) reader = kg_content_reader_new ("dose-zones.json", problems, ids);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const cJSON *root = kg_content_reader_parse (reader, data, length);

  return root != NULL ? kg_dose_chart_parse (reader, root) : NULL;
}

static KgDoseChart *
load_bundled (void)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  KgDoseChart *chart;

  bytes = g_resources_lookup_data (KG_CATALOG_RESOURCE_PATH "dose-zones.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  chart = parse_dose_zones (bytes, problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((GError *) g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_nonnull (chart);
  return chart;
}

static GPtrArray *
parse_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "dose", name, NULL);
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KgDoseChart) chart = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);
  chart = parse_dose_zones (bytes, problems);
  if (problems->len == 0)
    g_assert_nonnull (chart);
  else
    g_assert_null (chart);
  return problems;
}

static void
assert_problems (GPtrArray          *problems,
                 const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", ((GError *) g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      GError *problem = g_ptr_array_index (problems, i);

      g_assert_true (problem->domain == KG_CONTENT_ERROR);
      g_assert_cmpstr (problem->message, ==, expected[i]);
    }
}

/* Zone lookup at every boundary and in every gap. */
static void
test_locate (void)
{
  g_autoptr (KgDoseChart) chart = load_bundled ();
  static const struct
  {
    double       dose;
    KgDosePlace  place;
    const char  *zone;
    const char  *next;
  } cases[] = {
    { 0, KG_DOSE_PLACE_BELOW, NULL, "analgesia" },
    { 0.05, KG_DOSE_PLACE_BELOW, NULL, "analgesia" },
    { 0.1, KG_DOSE_PLACE_IN_ZONE, "analgesia", NULL },
    { 0.2, KG_DOSE_PLACE_IN_ZONE, "analgesia", NULL },
    { 0.3, KG_DOSE_PLACE_IN_ZONE, "analgesia", NULL },
    { 0.35, KG_DOSE_PLACE_BETWEEN, "analgesia", "emergence" },
    { 0.4, KG_DOSE_PLACE_IN_ZONE, "emergence", NULL },
    { 0.6, KG_DOSE_PLACE_IN_ZONE, "emergence", NULL },
    { 0.8, KG_DOSE_PLACE_IN_ZONE, "emergence", NULL },
    { 0.9, KG_DOSE_PLACE_BETWEEN, "emergence", "dissociation" },
    { 1.0, KG_DOSE_PLACE_IN_ZONE, "dissociation", NULL },
    { 1.5, KG_DOSE_PLACE_IN_ZONE, "dissociation", NULL },
    { 2.0, KG_DOSE_PLACE_IN_ZONE, "dissociation", NULL },
    { 2.05, KG_DOSE_PLACE_ABOVE, "dissociation", NULL },
    { 2.5, KG_DOSE_PLACE_ABOVE, "dissociation", NULL },
    /* Slider arithmetic: 0.1 + 0.2 is 0.30000000000000004. */
    { 0.1 + 0.2, KG_DOSE_PLACE_IN_ZONE, "analgesia", NULL },
    { 0.7 + 0.1, KG_DOSE_PLACE_IN_ZONE, "emergence", NULL },
  };

  g_assert_cmpfloat (kg_dose_chart_get_min (chart), ==, 0);
  g_assert_cmpfloat (kg_dose_chart_get_max (chart), ==, 2.5);
  g_assert_cmpfloat (kg_dose_chart_get_step (chart), ==, 0.05);
  g_assert_cmpuint (g_list_model_get_n_items (kg_dose_chart_get_zones (chart)), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KgDoseZone *zone = (gpointer) 0x1;
      KgDoseZone *next = (gpointer) 0x1;
      KgDosePlace place = kg_dose_chart_locate (chart, cases[i].dose, &zone, &next);

      g_test_message ("dose %g", cases[i].dose);
      g_assert_cmpint (place, ==, cases[i].place);
      g_assert_cmpstr (zone != NULL ? kg_dose_zone_get_id (zone) : NULL, ==, cases[i].zone);
      g_assert_cmpstr (next != NULL ? kg_dose_zone_get_id (next) : NULL, ==, cases[i].next);
    }
}

static void
test_zones_content (void)
{
  g_autoptr (KgDoseChart) chart = load_bundled ();
  KgDoseZone *analgesia = kg_dose_chart_lookup_zone (chart, "analgesia");
  KgDoseZone *emergence = kg_dose_chart_lookup_zone (chart, "emergence");
  KgDoseZone *dissociation = kg_dose_chart_lookup_zone (chart, "dissociation");
  g_autofree char *title = NULL;
  g_autofree char *title_es = NULL;

  g_assert_cmpfloat (kg_dose_zone_get_min (analgesia), ==, 0.1);
  g_assert_cmpfloat (kg_dose_zone_get_max (analgesia), ==, 0.3);
  g_assert_cmpfloat (kg_dose_zone_get_middle (analgesia), ==, 0.2);
  g_assert_cmpfloat (kg_dose_zone_get_min (emergence), ==, 0.4);
  g_assert_cmpfloat (kg_dose_zone_get_max (emergence), ==, 0.8);
  g_assert_cmpfloat_with_epsilon (kg_dose_zone_get_middle (emergence), 0.6, 1e-9);
  g_assert_cmpfloat (kg_dose_zone_get_min (dissociation), ==, 1);
  g_assert_cmpfloat (kg_dose_zone_get_max (dissociation), ==, 2);
  g_assert_cmpfloat (kg_dose_zone_get_middle (dissociation), ==, 1.5);
  g_assert_null (kg_dose_chart_lookup_zone (chart, "nowhere"));

  /* Zanos et al. 2018, Table 1 (FACTS.md §1). */
  g_assert_true (kg_dose_zone_has_plasma (analgesia));
  g_assert_cmpfloat (kg_dose_zone_get_plasma_min (analgesia), ==, 70);
  g_assert_cmpfloat (kg_dose_zone_get_plasma_max (analgesia), ==, 160);
  g_assert_cmpfloat (kg_dose_zone_get_plasma_min (emergence), ==, 100);
  g_assert_cmpfloat (kg_dose_zone_get_plasma_max (emergence), ==, 250);
  g_assert_cmpfloat (kg_dose_zone_get_plasma_min (dissociation), ==, 1200);
  g_assert_cmpfloat (kg_dose_zone_get_plasma_max (dissociation), ==, 2400);
  g_assert_cmpstr (kg_dose_zone_get_plasma_sources (emergence)[0], ==, "zanos-2018");

  /* Only the emergence zone explains itself and the benzodiazepines. */
  g_assert_null (kg_dose_zone_get_why (analgesia));
  g_assert_null (kg_dose_zone_get_benzodiazepines (analgesia));
  g_assert_nonnull (kg_dose_zone_get_why (emergence));
  g_assert_nonnull (kg_dose_zone_get_benzodiazepines (emergence));
  g_assert_null (kg_dose_zone_get_why (dissociation));

  /* Every zone is sourced and every text has Spanish and patient wording. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (KgDoseZone) zone = g_list_model_get_item (kg_dose_chart_get_zones (chart), i);
      KgText *texts[] = {
        kg_dose_zone_get_name (zone), kg_dose_zone_get_subtitle (zone),
        kg_dose_zone_get_physiology (zone), kg_dose_zone_get_appearance (zone),
        kg_dose_zone_get_takeaway (zone), kg_dose_zone_get_plasma_regimen (zone),
      };

      g_assert_cmpstr (kg_dose_zone_get_sources (zone)[0], ==, "seed-000");
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          g_assert_true (kg_text_has (texts[t], "es", FALSE));
          g_assert_true (kg_text_has (texts[t], "en", TRUE));
          g_assert_true (kg_text_has (texts[t], "es", TRUE));
        }
    }

  title = kg_dose_chart_format_transition (chart,
                                           kg_dose_chart_get_message_title (
                                             chart, KG_DOSE_MESSAGE_TRANSITION),
                                           analgesia, emergence, "en", FALSE);
  g_assert_cmpstr (title, ==, "Between Analgesia and Emergence");
  title_es = kg_dose_chart_format_transition (chart,
                                              kg_dose_chart_get_message_title (
                                                chart, KG_DOSE_MESSAGE_TRANSITION),
                                              emergence, dissociation, "es", TRUE);
  g_assert_cmpstr (title_es, ==, "Entre Dosis intermedia y Disociación completa");
}

static void
test_snap (void)
{
  g_autoptr (KgDoseChart) chart = load_bundled ();

  g_assert_cmpfloat (kg_dose_chart_snap (chart, 0.6000000001), ==, 0.6);
  g_assert_cmpfloat (kg_dose_chart_snap (chart, 0.33), ==, 0.35);
  g_assert_cmpfloat (kg_dose_chart_snap (chart, 0.32), ==, 0.3);
  g_assert_cmpfloat (kg_dose_chart_snap (chart, -1), ==, 0);
  g_assert_cmpfloat (kg_dose_chart_snap (chart, 3), ==, 2.5);
}

static KgBrainLayer *
get_layer (KgDoseChart *chart,
           guint        index,
           const char  *id)
{
  g_autoptr (KgBrainLayer) layer = g_list_model_get_item (kg_dose_chart_get_layers (chart), index);

  g_assert_cmpstr (kg_brain_layer_get_id (layer), ==, id);
  return layer;   /* the chart keeps it alive */
}

/* The activity at each point of each curve is the point's value, and the
 * values in between are the straight line between two points. */
static void
test_layer_activity (void)
{
  g_autoptr (KgDoseChart) chart = load_bundled ();
  GListModel *layers = kg_dose_chart_get_layers (chart);
  KgBrainLayer *pain = get_layer (chart, 0, "pain-pathways");
  KgBrainLayer *cortex = get_layer (chart, 1, "prefrontal-cortex");
  KgBrainLayer *limbic = get_layer (chart, 2, "limbic-system");
  KgBrainLayer *dmn = get_layer (chart, 3, "default-mode-network");
  KgBrainLayer *thalamus = get_layer (chart, 4, "thalamocortical");

  g_assert_cmpuint (g_list_model_get_n_items (layers), ==, 5);

  for (guint i = 0; i < g_list_model_get_n_items (layers); i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (layers, i);
      guint n = kg_brain_layer_get_n_points (layer);

      g_assert_cmpuint (n, >=, 2);
      for (guint p = 0; p < n; p++)
        {
          double dose, activity;

          kg_brain_layer_get_point (layer, p, &dose, &activity);
          g_assert_cmpfloat (kg_brain_layer_get_activity (layer, dose), ==, activity);
          if (p + 1 < n)
            {
              double next_dose, next_activity;

              kg_brain_layer_get_point (layer, p + 1, &next_dose, &next_activity);
              g_assert_cmpfloat_with_epsilon (
                kg_brain_layer_get_activity (layer, (dose + next_dose) / 2),
                (activity + next_activity) / 2, 1e-12);
            }
        }
    }

  /* The values in the JSON, as a content editor reads them. */
  g_assert_cmpfloat (kg_brain_layer_get_activity (pain, 0), ==, 1);
  g_assert_cmpfloat (kg_brain_layer_get_activity (pain, 0.3), ==, 0.45);
  g_assert_cmpfloat_with_epsilon (kg_brain_layer_get_activity (pain, 0.2), 0.675, 1e-12);
  g_assert_cmpfloat_with_epsilon (kg_brain_layer_get_activity (cortex, 0.6), 0.55, 1e-12);
  g_assert_cmpfloat (kg_brain_layer_get_activity (limbic, 0.8), ==, 1);
  g_assert_cmpfloat (kg_brain_layer_get_activity (limbic, 0.6), ==, 1);
  g_assert_cmpfloat_with_epsilon (kg_brain_layer_get_activity (limbic, 0.9), 0.625, 1e-12);
  g_assert_cmpfloat (kg_brain_layer_get_activity (dmn, 1), ==, 0.32);
  g_assert_cmpfloat_with_epsilon (kg_brain_layer_get_activity (thalamus, 0.6), 0.9, 1e-12);
  /* Outside the points, the nearest end. */
  g_assert_cmpfloat (kg_brain_layer_get_activity (thalamus, -1), ==, 1);
  g_assert_cmpfloat (kg_brain_layer_get_activity (thalamus, 9), ==, 0.1);
  g_assert_cmpfloat (kg_brain_layer_get_activity (thalamus, 2.5), ==, 0.1);

  /* Every layer names its source. */
  for (guint i = 0; i < g_list_model_get_n_items (layers); i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (layers, i);
      g_assert_cmpstr (kg_brain_layer_get_sources (layer)[0], ==, "seed-000");
    }
}

/* The shape the seed describes: layers go offline in the order they are
 * listed, and the limbic system stays online, outfiring the prefrontal
 * cortex, through the emergence zone. */
static void
test_layer_shape (void)
{
  g_autoptr (KgDoseChart) chart = load_bundled ();
  GListModel *layers = kg_dose_chart_get_layers (chart);
  double previous = -1;

  for (guint i = 0; i < g_list_model_get_n_items (layers); i++)
    {
      g_autoptr (KgBrainLayer) layer = g_list_model_get_item (layers, i);
      double offline_at = -1;

      for (int step = 0; step <= 250; step++)
        {
          if (kg_dose_chart_get_state (chart, kg_brain_layer_get_activity (layer, step / 100.0))
              == KG_LAYER_STATE_OFFLINE)
            {
              offline_at = step / 100.0;
              break;
            }
        }
      g_test_message ("%s goes offline at %g", kg_brain_layer_get_id (layer), offline_at);
      g_assert_cmpfloat (offline_at, >, previous);
      previous = offline_at;
    }

  for (double dose = 0.4; dose <= 0.8 + 1e-9; dose += 0.05)
    {
      g_assert_cmpint (kg_dose_chart_get_state (chart, kg_brain_layer_get_activity (
                         get_layer (chart, 2, "limbic-system"), dose)), ==, KG_LAYER_STATE_ONLINE);
      g_assert_true (kg_dose_chart_is_unregulated (chart, 2, dose));
    }
  g_assert_false (kg_dose_chart_is_unregulated (chart, 2, 0.2));
  g_assert_false (kg_dose_chart_is_unregulated (chart, 2, 0.3));
  g_assert_false (kg_dose_chart_is_unregulated (chart, 2, 0.35));
  g_assert_false (kg_dose_chart_is_unregulated (chart, 2, 0.9));
  g_assert_false (kg_dose_chart_is_unregulated (chart, 2, 1.5));
  g_assert_false (kg_dose_chart_is_unregulated (chart, 1, 0.6));   /* no regulator */
  g_assert_cmpint (kg_dose_chart_get_regulator (chart, 2), ==, 1);
  g_assert_cmpint (kg_dose_chart_get_regulator (chart, 0), ==, -1);
  g_assert_cmpfloat_with_epsilon (kg_dose_chart_get_imbalance (chart, 2, 0.6), 0.45, 1e-12);
  g_assert_cmpfloat (kg_dose_chart_get_imbalance (chart, 0, 0.6), ==, 0);
}

static void
test_states (void)
{
  g_autoptr (KgDoseChart) chart = load_bundled ();

  g_assert_cmpint (kg_dose_chart_get_state (chart, 1), ==, KG_LAYER_STATE_ONLINE);
  g_assert_cmpint (kg_dose_chart_get_state (chart, 0.7), ==, KG_LAYER_STATE_ONLINE);
  g_assert_cmpint (kg_dose_chart_get_state (chart, 0.69), ==, KG_LAYER_STATE_FADING);
  g_assert_cmpint (kg_dose_chart_get_state (chart, 0.3), ==, KG_LAYER_STATE_FADING);
  g_assert_cmpint (kg_dose_chart_get_state (chart, 0.29), ==, KG_LAYER_STATE_OFFLINE);
  g_assert_cmpint (kg_dose_chart_get_state (chart, 0), ==, KG_LAYER_STATE_OFFLINE);
  g_assert_cmpstr (kg_layer_state_to_string (KG_LAYER_STATE_FADING), ==, "Fading");
}

/* What the screen reader hears about the picture. */
static void
test_describe (void)
{
  g_autoptr (KgDoseChart) chart = load_bundled ();
  static const struct
  {
    double      dose;
    const char *language;
    gboolean    patient;
    const char *expected;
  } cases[] = {
    { 0, "en", FALSE,
      "Brain systems at 0 mg/kg (schematic). Online: Spinal cord & thalamic pain pathways; "
      "Prefrontal cortex; Limbic system; Default-mode network; Thalamocortical & sensory "
      "integration." },
    { 0.2, "en", FALSE,
      "Brain systems at 0.2 mg/kg (schematic). Online: Prefrontal cortex; Limbic system; "
      "Default-mode network; Thalamocortical & sensory integration. Fading: Spinal cord & "
      "thalamic pain pathways." },
    { 0.6, "en", FALSE,
      "Brain systems at 0.6 mg/kg (schematic). Online: Limbic system (still firing without "
      "prefrontal control); Thalamocortical & sensory integration. Fading: Prefrontal cortex; "
      "Default-mode network. Offline: Spinal cord & thalamic pain pathways." },
    { 1.5, "en", FALSE,
      "Brain systems at 1.5 mg/kg (schematic). Offline: Spinal cord & thalamic pain pathways; "
      "Prefrontal cortex; Limbic system; Default-mode network; Thalamocortical & sensory "
      "integration." },
    { 0.6, "es", TRUE,
      "Brain systems at 0,6 mg/kg (schematic). Online: Cerebro emocional (sigue activo, sin "
      "freno); Conciencia del entorno. Fading: Parte frontal del cerebro; Sentido de uno mismo. "
      "Offline: Señales de dolor." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *description =
        kg_dose_chart_describe_layers (chart, cases[i].dose, cases[i].language, cases[i].patient);
      g_assert_cmpstr (description, ==, cases[i].expected);
    }
}

static void
test_weight_parse (void)
{
  static const struct
  {
    const char   *text;
    KgWeightUnit  unit;
    double        kg;
  } good[] = {
    { "70", KG_WEIGHT_UNIT_KG, 70 },
    { " 70.5 ", KG_WEIGHT_UNIT_KG, 70.5 },
    { "70,5", KG_WEIGHT_UNIT_KG, 70.5 },
    { "+80", KG_WEIGHT_UNIT_KG, 80 },
    { "1", KG_WEIGHT_UNIT_KG, 1 },
    { "350", KG_WEIGHT_UNIT_KG, 350 },
    { "154", KG_WEIGHT_UNIT_LB, 154 * 0.45359237 },
    { "100", KG_WEIGHT_UNIT_LB, 45.359237 },
    { "771.6", KG_WEIGHT_UNIT_LB, 771.6 * 0.45359237 },
  };
  static const struct
  {
    const char    *text;
    KgWeightUnit   unit;
    KgWeightError  code;
    const char    *message;
  } bad[] = {
    { "", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_EMPTY, "Enter a weight to see the doses in mg." },
    { "   ", KG_WEIGHT_UNIT_LB, KG_WEIGHT_ERROR_EMPTY, "Enter a weight to see the doses in mg." },
    { "0", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_ZERO, "The weight cannot be zero." },
    { "0.0", KG_WEIGHT_UNIT_LB, KG_WEIGHT_ERROR_ZERO, "The weight cannot be zero." },
    { "-70", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_NEGATIVE, "The weight cannot be negative." },
    { "-0.5", KG_WEIGHT_UNIT_LB, KG_WEIGHT_ERROR_NEGATIVE, "The weight cannot be negative." },
    { "abc", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_NOT_A_NUMBER,
      "“abc” is not a number. Enter the weight in kilograms, for example 70." },
    { "70kg", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_NOT_A_NUMBER,
      "“70kg” is not a number. Enter the weight in kilograms, for example 70." },
    { "1e3", KG_WEIGHT_UNIT_LB, KG_WEIGHT_ERROR_NOT_A_NUMBER,
      "“1e3” is not a number. Enter the weight in pounds, for example 154." },
    { "nan", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_NOT_A_NUMBER,
      "“nan” is not a number. Enter the weight in kilograms, for example 70." },
    { "1.2.3", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_NOT_A_NUMBER,
      "“1.2.3” is not a number. Enter the weight in kilograms, for example 70." },
    { "12345678901234567890", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_TOO_HIGH,
      "More than 350 kg (771.6 lb) is not a plausible weight. Check the number." },
    { "a very long piece of text", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_NOT_A_NUMBER,
      "“a very long piec…” is not a number. Enter the weight in kilograms, for example 70." },
    { "350.1", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_TOO_HIGH,
      "More than 350 kg (771.6 lb) is not a plausible weight. Check the number." },
    { "772", KG_WEIGHT_UNIT_LB, KG_WEIGHT_ERROR_TOO_HIGH,
      "More than 350 kg (771.6 lb) is not a plausible weight. Check the number." },
    { "0.5", KG_WEIGHT_UNIT_KG, KG_WEIGHT_ERROR_TOO_LOW,
      "Enter a weight of at least 1 kg (2.2 lb)." },
    { "2", KG_WEIGHT_UNIT_LB, KG_WEIGHT_ERROR_TOO_LOW,
      "Enter a weight of at least 1 kg (2.2 lb)." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GError) error = NULL;
      double kg = -1;

      g_assert_true (kg_weight_parse (good[i].text, good[i].unit, "en", &kg, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (kg, good[i].kg, 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      double kg = -1;

      g_test_message ("weight “%s”", bad[i].text);
      g_assert_false (kg_weight_parse (bad[i].text, bad[i].unit, "en", &kg, &error));
      g_assert_error (error, KG_WEIGHT_ERROR, (int) bad[i].code);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_assert_cmpfloat (kg, ==, -1);
    }
  {
    g_autoptr (GError) error = NULL;
    double kg = -1;

    g_assert_false (kg_weight_parse (NULL, KG_WEIGHT_UNIT_KG, "en", &kg, &error));
    g_assert_error (error, KG_WEIGHT_ERROR, KG_WEIGHT_ERROR_EMPTY);
  }
}

static void
test_weight_convert (void)
{
  g_autofree char *kg70 = kg_weight_format (70, KG_WEIGHT_UNIT_KG, "en");
  g_autofree char *lb70 = kg_weight_format (70, KG_WEIGHT_UNIT_LB, "en");
  g_autofree char *lb70_es = kg_weight_format (70, KG_WEIGHT_UNIT_LB, "es");
  g_autofree char *kg_half = kg_weight_format (70.45, KG_WEIGHT_UNIT_KG, "en");
  g_autofree char *lb100 = kg_weight_format (45.359237, KG_WEIGHT_UNIT_LB, "en");

  g_assert_cmpfloat_with_epsilon (kg_weight_to_kg (1, KG_WEIGHT_UNIT_LB), 0.45359237, 1e-12);
  g_assert_cmpfloat (kg_weight_to_kg (70, KG_WEIGHT_UNIT_KG), ==, 70);
  g_assert_cmpfloat_with_epsilon (kg_weight_from_kg (0.45359237, KG_WEIGHT_UNIT_LB), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (kg_weight_from_kg (70, KG_WEIGHT_UNIT_LB), 154.3235835, 1e-6);
  g_assert_cmpstr (kg70, ==, "70");
  g_assert_cmpstr (lb70, ==, "154.3");
  g_assert_cmpstr (lb70_es, ==, "154,3");
  g_assert_cmpstr (kg_half, ==, "70.5");
  g_assert_cmpstr (lb100, ==, "100");
  g_assert_cmpint (kg_weight_unit_from_string ("lb"), ==, KG_WEIGHT_UNIT_LB);
  g_assert_cmpint (kg_weight_unit_from_string ("kg"), ==, KG_WEIGHT_UNIT_KG);
  g_assert_cmpint (kg_weight_unit_from_string (NULL), ==, KG_WEIGHT_UNIT_KG);
  g_assert_cmpstr (kg_weight_unit_to_string (KG_WEIGHT_UNIT_LB), ==, "lb");
}

/* A stored weight GSettings passes on, NaN included, as the pages use it. */
static void
test_weight_sanitize (void)
{
  g_assert_cmpfloat (kg_weight_sanitize_kg (82.5), ==, 82.5);
  g_assert_cmpfloat (kg_weight_sanitize_kg (1), ==, 1);
  g_assert_cmpfloat (kg_weight_sanitize_kg (350), ==, 350);
  g_assert_cmpfloat (kg_weight_sanitize_kg (NAN), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (-NAN), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (INFINITY), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (-INFINITY), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (-1), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (0), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (0.999), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (350.001), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (1e9), ==, 70);
  g_assert_cmpfloat (kg_weight_sanitize_kg (KG_WEIGHT_DEFAULT_KG), ==, 70);
}

static void
test_mg_format (void)
{
  static const struct
  {
    double      dose;
    double      kg;
    const char *expected;
  } cases[] = {
    { 0.3, 70, "0.3 mg/kg × 70 kg = 21 mg" },
    { 0.1 + 0.2, 70, "0.3 mg/kg × 70 kg = 21 mg" },
    { 0.05, 70, "0.05 mg/kg × 70 kg = 3.5 mg" },
    { 1.5, 82.5, "1.5 mg/kg × 82.5 kg = 123.8 mg" },
    { 0.6, 154 * 0.45359237, "0.6 mg/kg × 69.9 kg = 41.9 mg" },
    { 0, 70, "0 mg/kg × 70 kg = 0 mg" },
    { 2.5, 350, "2.5 mg/kg × 350 kg = 875 mg" },
  };
  g_autofree char *range = kg_dose_format_mg_range (0.1, 0.3, 70, "en");
  g_autofree char *range2 = kg_dose_format_mg_range (1, 2, 63.5, "en");
  g_autofree char *range_es = kg_dose_format_mg_range (0.1, 0.3, 70, "es");
  g_autofree char *mg_es = kg_dose_format_mg (1.5, 82.5, "es");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kg_dose_format_mg (cases[i].dose, cases[i].kg, "en");
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
  g_assert_cmpstr (range, ==, "0.1–0.3 mg/kg × 70 kg = 7–21 mg");
  g_assert_cmpstr (range2, ==, "1–2 mg/kg × 63.5 kg = 63.5–127 mg");
  g_assert_cmpstr (range_es, ==, "0,1–0,3 mg/kg × 70 kg = 7–21 mg");
  g_assert_cmpstr (mg_es, ==, "1,5 mg/kg × 82,5 kg = 123,8 mg");
}

static void
test_fixture_valid (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("valid.json");

  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_fixture_overlapping_zones (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("overlapping-zones.json");
  const char *expected[] = {
    "dose-zones.json: zone “middle” (#2): field “min”: expected a dose above 0.3, the end of "
    "zone “low” before it (zones must be in order and must not overlap), found 0.25",
    NULL,
  };

  assert_problems (problems, expected);
}

static void
test_fixture_unordered_zones (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("unordered-zones.json");
  const char *expected[] = {
    "dose-zones.json: zone “low” (#2): field “min”: expected a dose above 0.8, the end of "
    "zone “middle” before it (zones must be in order and must not overlap), found 0.1",
    NULL,
  };

  assert_problems (problems, expected);
}

static void
test_fixture_zone_outside_range (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("zone-outside-range.json");
  const char *expected[] = {
    "dose-zones.json: zone “middle” (#2): field “max”: expected a number from 0 to 2.5, "
    "found 3",
    NULL,
  };

  assert_problems (problems, expected);
}

static void
test_fixture_unordered_points (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("unordered-points.json");
  const char *expected[] = {
    "dose-zones.json: layer “cortex” (#1): field “activity[2]”: expected a dose above 0.5, "
    "the point before (points must be sorted by dose), found 0.4",
    NULL,
  };

  assert_problems (problems, expected);
}

static void
test_fixture_points_out_of_range (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("points-out-of-range.json");
  const char *expected[] = {
    "dose-zones.json: layer “cortex” (#1): field “activity[1]”: expected an activity from 0 "
    "to 1, found 1.5",
    "dose-zones.json: layer “limbic” (#2): field “activity”: expected points from 0 to 2.5 "
    "(the whole slider), found 0 to 2",
    NULL,
  };

  assert_problems (problems, expected);
}

/* The wording after "found …" belongs to the shared reader's helpers, so only
 * what identifies the problem is checked here: file, entry, field, value. */
static void
test_fixture_missing_sources (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("missing-sources.json");
  static const struct
  {
    KgContentError  code;
    const char     *prefix;
  } expected[] = {
    { KG_CONTENT_ERROR_MISSING_FIELD,
      "dose-zones.json: zone “low” (#1): field “sources”: expected an array of strings, found "
      "nothing" },
    { KG_CONTENT_ERROR_DANGLING_SOURCE,
      "dose-zones.json: layer “cortex” (#1): field “sources[0]”: expected the id of a reference "
      "in references.json, found “nobody-2020”" },
    { KG_CONTENT_ERROR_EMPTY,
      "dose-zones.json: layer “limbic” (#2): field “sources”: expected at least one item, found "
      "an empty array" },
  };

  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GError *problem = g_ptr_array_index (problems, i);

      g_assert_error (problem, KG_CONTENT_ERROR, (int) expected[i].code);
      g_assert_true (g_str_has_prefix (problem->message, expected[i].prefix));
    }
}

static void
test_fixture_bad_regulator_and_placeholder (void)
{
  g_autoptr (GPtrArray) problems = parse_fixture ("bad-regulator-and-placeholder.json");
  const char *expected[] = {
    "dose-zones.json: field “messages.transition.text.en”: expected text holding both {from} "
    "and {to} (the zones on either side), found “In transition between {from} and the next "
    "zone.”",
    "dose-zones.json: layer “limbic” (#2): field “regulated_by”: expected the id of another "
    "layer, found “thalamus”",
    NULL,
  };

  assert_problems (problems, expected);
}

/* The catalogue reads dose-zones.json with the other bundled files. */
static void
test_catalog (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) catalog = kg_catalog_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (kg_catalog_get_dose_chart (catalog));
  g_assert_cmpuint (g_list_model_get_n_items (
                      kg_dose_chart_get_layers (kg_catalog_get_dose_chart (catalog))), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kg/dose/catalog", test_catalog);
  g_test_add_func ("/kg/dose/zones/locate", test_locate);
  g_test_add_func ("/kg/dose/zones/content", test_zones_content);
  g_test_add_func ("/kg/dose/zones/snap", test_snap);
  g_test_add_func ("/kg/dose/layers/activity", test_layer_activity);
  g_test_add_func ("/kg/dose/layers/shape", test_layer_shape);
  g_test_add_func ("/kg/dose/layers/states", test_states);
  g_test_add_func ("/kg/dose/layers/describe", test_describe);
  g_test_add_func ("/kg/dose/weight/parse", test_weight_parse);
  g_test_add_func ("/kg/dose/weight/convert", test_weight_convert);
  g_test_add_func ("/kg/dose/weight/sanitize", test_weight_sanitize);
  g_test_add_func ("/kg/dose/weight/mg", test_mg_format);
  g_test_add_func ("/kg/dose/fixtures/valid", test_fixture_valid);
  g_test_add_func ("/kg/dose/fixtures/overlapping-zones", test_fixture_overlapping_zones);
  g_test_add_func ("/kg/dose/fixtures/unordered-zones", test_fixture_unordered_zones);
  g_test_add_func ("/kg/dose/fixtures/zone-outside-range", test_fixture_zone_outside_range);
  g_test_add_func ("/kg/dose/fixtures/unordered-points", test_fixture_unordered_points);
  g_test_add_func ("/kg/dose/fixtures/points-out-of-range", test_fixture_points_out_of_range);
  g_test_add_func ("/kg/dose/fixtures/missing-sources", test_fixture_missing_sources);
  g_test_add_func ("/kg/dose/fixtures/bad-regulator-and-placeholder",
                   test_fixture_bad_regulator_and_placeholder);

  return g_test_run ();
}
