/* test-pk-content.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "kg-catalog.h"
#include "kg-pk-content.h"

#define assert_rel(value, expected, tolerance)                                         \
  G_STMT_START                                                                         \
  {                                                                                    \
    double _v = (value), _e = (expected);                                              \
    if (!(fabs (_v - _e) <= (tolerance) * fabs (_e)))                                  \
      g_error ("%s = %.10g, expected %.10g within %g relative", #value, _v, _e,        \
               (double) (tolerance));                                                  \
  }                                                                                    \
  G_STMT_END

static KgCatalog *
load_bundled (void)
{
  g_autoptr (GError) error = NULL;
  KgCatalog *catalog = kg_catalog_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static void
test_model_constants (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  const KgPkModel *model;
  const char * const *sources;

  g_assert_true (KG_IS_PK_CONTENT (pk));
  model = kg_pk_content_get_model (pk);
  /* FACTS.md §3, Domino 1984. */
  g_assert_cmpfloat (model->v1, ==, 0.063);
  g_assert_cmpfloat (model->k10, ==, 0.4381);
  g_assert_cmpfloat (model->k12, ==, 0.5921);
  g_assert_cmpfloat (model->k13, ==, 0.5900);
  g_assert_cmpfloat (model->k21, ==, 0.2470);
  g_assert_cmpfloat (model->k31, ==, 0.0146);

  sources = kg_pk_content_get_model_sources (pk);
  g_assert_cmpstr (sources[0], ==, "domino-1984");
  g_assert_nonnull (kg_catalog_lookup_reference (catalog, sources[0]));
  g_assert_true (g_str_has_prefix (kg_text_get (kg_pk_content_get_model_domain (pk), "en", FALSE),
                                   "Healthy adults; Domino 1984."));

  /* λ3 ≈ 0.00605 min⁻¹, t½ ≈ 115 min (FACTS.md §3), derived, not stored. */
  assert_rel (kg_pk_content_get_terminal_half_life (pk) * 60, G_LN2 / 0.00605, 0.005);
}

/* The content-driven path (JSON → content → curve) reproduces the figures of
 * FACTS.md §3 after 0.5 mg/kg IV; test-pk checks the same maths from
 * constants written in the test. */
static void
test_iv_bolus_figures (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  KgPkDosing iv = { TRUE, 1, 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_content_new_curve (pk, &iv, 0.5, &error);
  /* mg/L. FACTS gives 0.015 at 4 h, which is 0.0153 to two figures; the 1%
   * check uses 0.0153 and 0.015 is checked at its own precision. */
  static const struct
  {
    double t, cp;
  } expected[] = {
    { 1, 1.78 }, { 5, 0.28 }, { 10, 0.16 }, { 60, 0.046 }, { 240, 0.0153 },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_rel (kg_pk_curve_get_parent (curve, expected[i].t), expected[i].cp, 0.01);
  g_assert_cmpfloat_with_epsilon (kg_pk_curve_get_parent (curve, 240), 0.015, 0.0005);
}

/* Every route with a time to peak in routes.json gets a ka at which the
 * model peaks exactly there. */
static void
test_ka_reproduces_tmax (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  GListModel *routes = kg_catalog_get_routes (catalog);
  guint n_checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);
      const double *tmaxes;
      KgRange tmax, f;

      if (!kg_route_get_tmax (route, &tmax) || !kg_route_get_bioavailability (route, &f))
        continue;

      tmaxes = (const double[]) { tmax.typical, tmax.min, tmax.max };
      for (guint j = 0; j < 3; j++)
        {
          KgPkDosing dosing = { FALSE, f.typical, tmaxes[j] };
          g_autoptr (GError) error = NULL;
          g_autoptr (KgPkCurve) curve = NULL;
          double ka = 0, t_peak = 0;

          g_assert_true (kg_pk_content_derive_ka (pk, tmaxes[j], &ka, &error));
          g_assert_no_error (error);
          g_assert_cmpfloat (ka, >, 0);
          if (j == 0)
            g_test_message ("%s: Tmax %g min → ka %.5g min⁻¹", kg_route_get_id (route),
                            tmaxes[j], ka);

          curve = kg_pk_content_new_curve (pk, &dosing, 1.0, &error);
          g_assert_no_error (error);
          g_assert_true (kg_pk_curve_find_peak (curve, KG_PK_SPECIES_PARENT, 24 * 60, &t_peak,
                                                NULL));
          assert_rel (t_peak, tmaxes[j], 1e-6);
          n_checked++;
        }
    }

  /* IV, intranasal, esketamine nasal, sublingual, oral and rectal have Tmax. */
  g_assert_cmpuint (n_checked, >=, 3 * 6);
}

/* A faster Tmax needs a faster ka: the derivation is monotonic. */
static void
test_ka_monotonic (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  double previous = INFINITY;

  for (double tmax = 2; tmax <= 240; tmax *= 1.5)
    {
      double ka;

      g_assert_true (kg_pk_content_derive_ka (pk, tmax, &ka, NULL));
      g_assert_cmpfloat (ka, <, previous);
      previous = ka;
    }
}

static void
test_ka_refused (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  static const double bad[] = { 0, -5, NAN, INFINITY };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *expected = NULL;
      char text[G_ASCII_DTOSTR_BUF_SIZE];
      double ka = 42;

      g_assert_false (kg_pk_content_derive_ka (pk, bad[i], &ka, &error));
      g_assert_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
      g_ascii_formatd (text, sizeof text, "%g", bad[i]);
      expected = g_strdup_printf ("No absorption rate gives a time to peak of %s min with this "
                                  "model", text);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpfloat (ka, ==, 42);
    }
}

/* Bioavailability scales the whole parent curve and nothing else. */
static void
test_bioavailability_scales (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  KgPkDosing full = { FALSE, 1.0, 60 };
  KgPkDosing fifth = { FALSE, 0.2, 60 };
  g_autoptr (KgPkCurve) a = kg_pk_content_new_curve (pk, &full, 0.5, NULL);
  g_autoptr (KgPkCurve) b = kg_pk_content_new_curve (pk, &fifth, 0.5, NULL);

  for (double t = 10; t <= 1440; t += 70)
    assert_rel (kg_pk_curve_get_parent (b, t), 0.2 * kg_pk_curve_get_parent (a, t), 1e-9);
}

/* The metabolite is shape only: its curve relative to its own peak does not
 * depend on the dose, and once the parent is gone it halves every 12 h. */
static void
test_metabolite_shape (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  KgPkFigure *half_life = kg_pk_content_get_metabolite_half_life (pk);
  KgPkDosing iv = { TRUE, 1, 0 };
  g_autoptr (KgPkCurve) low = kg_pk_content_new_curve (pk, &iv, 0.2, NULL);
  g_autoptr (KgPkCurve) high = kg_pk_content_new_curve (pk, &iv, 1.0, NULL);
  double t_low, c_low, t_high, c_high;

  g_assert_cmpstr (kg_pk_figure_get_id (half_life), ==, "norketamine-guide");
  g_assert_cmpfloat (kg_pk_figure_get_value (half_life), ==, 12);
  g_assert_cmpint (kg_pk_figure_get_evidence (half_life), ==, KG_PK_EVIDENCE_PATIENT_GUIDE);
  g_assert_nonnull (kg_pk_figure_get_caveat (half_life));

  g_assert_true (kg_pk_curve_find_peak (low, KG_PK_SPECIES_METABOLITE, 2880, &t_low, &c_low));
  g_assert_true (kg_pk_curve_find_peak (high, KG_PK_SPECIES_METABOLITE, 2880, &t_high, &c_high));
  assert_rel (t_low, t_high, 1e-6);
  for (double t = 30; t <= 2880; t += 150)
    assert_rel (kg_pk_curve_get_metabolite (low, t) / c_low,
                kg_pk_curve_get_metabolite (high, t) / c_high, 1e-9);

  assert_rel (kg_pk_curve_get_metabolite (high, 48 * 60) / kg_pk_curve_get_metabolite (high, 36 * 60),
              0.5, 1e-3);
}

static void
test_figures (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  static const struct
  {
    const char *id;
    double      value, min, max;
  } expected[] = {
    { "ketamine-guide", 2.5, 2, 3 },
    { "ketamine-beta", 2, NAN, NAN },
    { "ketamine-terminal-long", NAN, 5.2, 6.1 },
    { "norketamine-guide", 12, NAN, NAN },
    { "esketamine-nasal", NAN, 7, 12 },
    { "noresketamine", 8, NAN, NAN },
    { "analgesia", NAN, 70, 160 },
    { "dissociation", NAN, 100, 250 },
    { "anaesthesia", NAN, 1200, 2400 },
    { "effects-over", NAN, 0.75, 1.5 },
    { "driving", 24, NAN, NAN },
    { "driving-shorter", NAN, 12, 16 },
  };
  KgPkFigure *what_if;
  double low, high;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      KgPkFigure *figure = kg_pk_content_lookup_figure (pk, expected[i].id);
      const char * const *sources;

      g_assert_nonnull (figure);
      if (isnan (expected[i].value))
        g_assert_true (isnan (kg_pk_figure_get_value (figure)));
      else
        g_assert_cmpfloat (kg_pk_figure_get_value (figure), ==, expected[i].value);
      g_assert_cmpint (kg_pk_figure_has_range (figure), ==, !isnan (expected[i].min));
      if (!isnan (expected[i].min))
        {
          g_assert_cmpfloat (kg_pk_figure_get_min (figure), ==, expected[i].min);
          g_assert_cmpfloat (kg_pk_figure_get_max (figure), ==, expected[i].max);
        }
      sources = kg_pk_figure_get_sources (figure);
      g_assert_nonnull (sources[0]);
      for (guint j = 0; sources[j] != NULL; j++)
        g_assert_nonnull (kg_catalog_lookup_reference (catalog, sources[j]));
    }

  g_assert_cmpuint (g_list_model_get_n_items (kg_pk_content_get_concentration_bands (pk)), ==, 3);
  g_assert_false (kg_pk_figure_get_plot (kg_pk_content_lookup_figure (pk, "driving-shorter")));
  g_assert_true (kg_pk_figure_get_plot (kg_pk_content_lookup_figure (pk, "driving")));

  what_if = kg_pk_content_get_what_if (pk);
  g_assert_cmpstr (kg_pk_figure_get_id (what_if), ==, "ketamine-guide");
  kg_pk_content_get_variability (pk, &low, &high);
  g_assert_cmpfloat (low, ==, 0.5);
  g_assert_cmpfloat (high, ==, 2);

  for (guint i = 0; i < 4; i++)
    {
      static const char * const ids[] = {
        "effects-vs-elimination", "metabolite", "absorption", "variability"
      };
      KgText *title = NULL, *body = NULL;
      const char * const *sources = NULL;

      g_assert_true (kg_pk_content_get_explanation (pk, ids[i], &title, &body, &sources));
      g_assert_nonnull (title);
      g_assert_nonnull (body);
      g_assert_nonnull (sources[0]);
    }
  g_assert_false (kg_pk_content_get_explanation (pk, "no-such", NULL, NULL, NULL));
}

/* The “% remaining” table of the page: 0.5^n after n half-lives. */
static void
test_fraction_remaining (void)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  KgPkFigure *guide = kg_pk_content_get_what_if (kg_catalog_get_pharmacokinetics (catalog));
  double t_half = kg_pk_figure_get_typical (guide);

  g_assert_cmpfloat (t_half, ==, 2.5);
  g_assert_cmpfloat (kg_pk_fraction_remaining (t_half, t_half), ==, 0.5);
  for (guint n = 1; n <= 10; n++)
    g_assert_cmpfloat (kg_pk_fraction_remaining (n * t_half, t_half), ==, ldexp (1, -(int) n));
  assert_rel (kg_pk_fraction_remaining (24, t_half), pow (0.5, 24 / 2.5), 1e-12);
  /* About 0.13% after a day: "mostly gone". */
  g_assert_cmpfloat_with_epsilon (kg_pk_fraction_remaining (24, t_half) * 100, 0.129, 0.001);
}

/* ---- Invalid content: each problem names file, entry, field, expected, found ---- */

static GHashTable *
reference_ids (KgCatalog *catalog)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *references = kg_catalog_get_references (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr (KgReference) reference = g_list_model_get_item (references, i);
      g_hash_table_add (ids, g_strdup (kg_reference_get_id (reference)));
    }
  return ids;
}

typedef void (*Mutate) (cJSON *pk);

/* Parses the bundled file after @mutate and returns its problems. */
static GPtrArray *
parse_mutated (Mutate mutate)
{
  g_autoptr (KgCatalog) catalog = load_bundled ();
  g_autoptr (GHashTable) ids = reference_ids (catalog);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (KG_CATALOG_RESOURCE_PATH
                                                      "pharmacokinetics.json", 0, NULL);
  g_autoptr (cJSON) root = NULL;
  g_autofree char *text = NULL;
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KgContentReader) reader = kg_content_reader_new ("pharmacokinetics.json", problems, ids);
  g_autoptr (KgPkContent) content = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const cJSON *parsed;

  root = cJSON_ParseWithLength (data, length);
  mutate (cJSON_GetObjectItemCaseSensitive (root, "pharmacokinetics"));
  text = cJSON_PrintUnformatted (root);
  parsed = kg_content_reader_parse (reader, text, strlen (text));
  g_assert_nonnull (parsed);
  content = kg_pk_content_parse (reader, parsed);
  g_assert_cmpint (content == NULL, ==, problems->len > 0);
  return problems;
}

static cJSON *
array_entry (cJSON      *pk,
             const char *array,
             const char *id)
{
  cJSON *entry;

  cJSON_ArrayForEach (entry, cJSON_GetObjectItemCaseSensitive (pk, array))
    {
      if (g_strcmp0 (cJSON_GetStringValue (cJSON_GetObjectItemCaseSensitive (entry, "id")), id) == 0)
        return entry;
    }
  g_assert_not_reached ();
}

static void
mutate_none (cJSON *pk)
{
}

static void
mutate_half_range (cJSON *pk)
{
  cJSON_DeleteItemFromObject (array_entry (pk, "half_lives", "ketamine-guide"), "max_hours");
}

static void
mutate_reversed_band (cJSON *pk)
{
  cJSON *band = array_entry (pk, "concentration_bands", "analgesia");

  cJSON_ReplaceItemInObject (band, "max_ng_ml", cJSON_CreateNumber (50));
}

static void
mutate_value_outside_range (cJSON *pk)
{
  cJSON_ReplaceItemInObject (array_entry (pk, "half_lives", "ketamine-guide"), "hours",
                             cJSON_CreateNumber (4));
}

/* D3 of issue 12: 0.04 h gave "5 half-lives of 0 h" and criticals. */
static void
mutate_half_life_too_short (cJSON *pk)
{
  cJSON_ReplaceItemInObject (array_entry (pk, "half_lives", "ketamine-beta"), "hours",
                             cJSON_CreateNumber (0.04));
}

/* A bound out of limits is reported alone, not also as a missing bound. */
static void
mutate_half_range_too_long (cJSON *pk)
{
  cJSON_ReplaceItemInObject (array_entry (pk, "half_lives", "ketamine-guide"), "max_hours",
                             cJSON_CreateNumber (60));
}

static void
mutate_no_figure (cJSON *pk)
{
  cJSON *marker = array_entry (pk, "time_markers", "driving");

  cJSON_DeleteItemFromObject (marker, "hours");
}

static void
mutate_dangling_half_life (cJSON *pk)
{
  cJSON_ReplaceItemInObject (cJSON_GetObjectItemCaseSensitive (pk, "metabolite"), "half_life",
                             cJSON_CreateString ("norketamine-12h"));
}

static void
mutate_what_if_without_range (cJSON *pk)
{
  cJSON_ReplaceItemInObject (cJSON_GetObjectItemCaseSensitive (pk, "what_if"), "half_life",
                             cJSON_CreateString ("ketamine-beta"));
}

static void
mutate_broken_model (cJSON *pk)
{
  cJSON_ReplaceItemInObject (cJSON_GetObjectItemCaseSensitive (pk, "model"), "k21_per_min",
                             cJSON_CreateNumber (0));
}

static void
mutate_negative_constant (cJSON *pk)
{
  cJSON_ReplaceItemInObject (cJSON_GetObjectItemCaseSensitive (pk, "model"), "k10_per_min",
                             cJSON_CreateNumber (-0.4381));
}

static void
mutate_missing_explanation (cJSON *pk)
{
  cJSON *explanations = cJSON_GetObjectItemCaseSensitive (pk, "explanations");
  cJSON *entry = array_entry (pk, "explanations", "variability");

  cJSON_Delete (cJSON_DetachItemViaPointer (explanations, entry));
}

static void
mutate_unknown_source (cJSON *pk)
{
  cJSON *band = array_entry (pk, "concentration_bands", "anaesthesia");

  cJSON_ReplaceItemInObject (band, "sources", cJSON_CreateStringArray ((const char *[]) {
    "zanos-2019" }, 1));
}

static void
mutate_display (cJSON *pk)
{
  cJSON_ReplaceItemInObject (cJSON_GetObjectItemCaseSensitive (pk, "metabolite"), "display",
                             cJSON_CreateString ("absolute"));
}

static void
test_invalid (void)
{
  static const struct
  {
    Mutate          mutate;
    KgContentError  code;
    const char     *message;
  } cases[] = {
    { mutate_half_range, KG_CONTENT_ERROR_MISSING_FIELD,
      "pharmacokinetics.json: half_lives entry “ketamine-guide” (#1): field “max_hours”: "
      "expected both “min_hours” and “max_hours” for a range, found only “min_hours”" },
    { mutate_reversed_band, KG_CONTENT_ERROR_ORDER,
      "pharmacokinetics.json: concentration_bands entry “analgesia” (#1): field “max_ng_ml”: "
      "expected a number greater than “min_ng_ml” (70), found 50" },
    { mutate_value_outside_range, KG_CONTENT_ERROR_OUT_OF_RANGE,
      "pharmacokinetics.json: half_lives entry “ketamine-guide” (#1): field “hours”: "
      "expected a number inside its range (2 to 3), found 4" },
    { mutate_half_life_too_short, KG_CONTENT_ERROR_OUT_OF_RANGE,
      "pharmacokinetics.json: half_lives entry “ketamine-beta” (#2): field “hours”: "
      "expected a number from 0.5 to 48, found 0.04" },
    { mutate_half_range_too_long, KG_CONTENT_ERROR_OUT_OF_RANGE,
      "pharmacokinetics.json: half_lives entry “ketamine-guide” (#1): field “max_hours”: "
      "expected a number from 0.5 to 48, found 60" },
    { mutate_no_figure, KG_CONTENT_ERROR_MISSING_FIELD,
      "pharmacokinetics.json: time_markers entry “driving” (#2): field “hours”: "
      "expected “hours”, or “min_hours” and “max_hours”, found none of them" },
    { mutate_dangling_half_life, KG_CONTENT_ERROR_INVALID_VALUE,
      "pharmacokinetics.json: field “metabolite.half_life”: expected the id of an entry in "
      "“half_lives”, found “norketamine-12h”" },
    { mutate_what_if_without_range, KG_CONTENT_ERROR_INVALID_VALUE,
      "pharmacokinetics.json: field “what_if.half_life”: expected a half-life with “min_hours” "
      "and “max_hours” (the slider's range), found “ketamine-beta” without a range" },
    { mutate_broken_model, KG_CONTENT_ERROR_INVALID_VALUE,
      "pharmacokinetics.json: field “model”: expected a usable compartment model: Parameter "
      "“k21” must be a positive finite number when “k12” is positive (found 0)" },
    { mutate_negative_constant, KG_CONTENT_ERROR_OUT_OF_RANGE,
      "pharmacokinetics.json: field “model.k10_per_min”: expected a number from 0 to 100, "
      "found -0.4381" },
    { mutate_missing_explanation, KG_CONTENT_ERROR_MISSING_FIELD,
      "pharmacokinetics.json: field “explanations”: expected an explanation with id "
      "“variability”, found none" },
    { mutate_unknown_source, KG_CONTENT_ERROR_DANGLING_SOURCE,
      "pharmacokinetics.json: concentration_bands entry “anaesthesia” (#3): field “sources[0]”: "
      "expected the id of a reference in references.json, found “zanos-2019”" },
    { mutate_display, KG_CONTENT_ERROR_INVALID_VALUE,
      "pharmacokinetics.json: field “metabolite.display”: expected one of relative; found the "
      "string “absolute”" },
  };
  g_autoptr (GPtrArray) none = parse_mutated (mutate_none);

  g_assert_cmpuint (none->len, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) problems = parse_mutated (cases[i].mutate);

      GError *problem;

      for (guint j = 0; j < problems->len; j++)
        g_test_message ("%s", ((GError *) g_ptr_array_index (problems, j))->message);
      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_error (problem, KG_CONTENT_ERROR, (int) cases[i].code);
      /* The reader words the end of a dangling-source message; what this
       * file adds (file, entry, field, the id) is checked exactly. */
      if (cases[i].code == KG_CONTENT_ERROR_DANGLING_SOURCE)
        g_assert_true (g_str_has_prefix (problem->message, cases[i].message));
      else
        g_assert_cmpstr (problem->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kg/pk-content/model-constants", test_model_constants);
  g_test_add_func ("/kg/pk-content/iv-bolus-figures", test_iv_bolus_figures);
  g_test_add_func ("/kg/pk-content/ka-reproduces-tmax", test_ka_reproduces_tmax);
  g_test_add_func ("/kg/pk-content/ka-monotonic", test_ka_monotonic);
  g_test_add_func ("/kg/pk-content/ka-refused", test_ka_refused);
  g_test_add_func ("/kg/pk-content/bioavailability-scales", test_bioavailability_scales);
  g_test_add_func ("/kg/pk-content/metabolite-shape", test_metabolite_shape);
  g_test_add_func ("/kg/pk-content/figures", test_figures);
  g_test_add_func ("/kg/pk-content/fraction-remaining", test_fraction_remaining);
  g_test_add_func ("/kg/pk-content/invalid", test_invalid);
  return g_test_run ();
}
