/* test-routes.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kg-catalog.h"
#include "kg-route.h"

#define assert_near(value, expected) g_assert_cmpfloat_with_epsilon ((value), (expected), 1e-9)

static KgCatalog *catalog;

static KgRoute *
lookup (const char *id)
{
  GListModel *routes = kg_catalog_get_routes (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);

      if (g_strcmp0 (kg_route_get_id (route), id) == 0)
        return route; /* the catalogue keeps it alive */
    }
  g_error ("no route “%s”", id);
  return NULL;
}

static void
assert_range (const KgRange *range,
              double         typical,
              double         min,
              double         max)
{
  assert_near (range->typical, typical);
  assert_near (range->min, min);
  assert_near (range->max, max);
}

static void
assert_f (const char *id,
          double      typical,
          double      min,
          double      max)
{
  KgRange f;

  g_assert_true (kg_route_get_bioavailability (lookup (id), &f));
  assert_range (&f, typical, min, max);
}

static KgRouteEstimate *
estimate_at (const char *id,
             guint       index)
{
  GPtrArray *estimates = kg_route_get_estimates (lookup (id));

  g_assert_cmpuint (index, <, estimates->len);
  return g_ptr_array_index (estimates, index);
}

static void
test_bundled_order (void)
{
  static const char * const expected[] = {
    "iv", "im", "intranasal", "esketamine-nasal", "sublingual", "thin-film", "oral", "rectal",
    "transdermal", "nebulised",
  };
  GListModel *routes = kg_catalog_get_routes (catalog);

  g_assert_cmpuint (g_list_model_get_n_items (routes), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);
      g_assert_cmpstr (kg_route_get_id (route), ==, expected[i]);
    }
}

/* The figures of FACTS.md section 4, exactly. */
static void
test_bundled_figures (void)
{
  KgRange tmax;

  assert_f ("iv", 1.0, 1.0, 1.0);
  assert_f ("im", 0.93, 0.93, 0.93);
  assert_f ("intranasal", 0.45, 0.11, 0.50);
  assert_f ("esketamine-nasal", 0.48, 0.48, 0.48);
  assert_f ("sublingual", 0.29, 0.25, 0.32);
  assert_f ("thin-film", 0.26, 0.26, 0.26);
  assert_f ("oral", 0.20, 0.17, 0.23);
  assert_f ("rectal", 0.30, 0.25, 0.30);

  g_assert_true (kg_route_get_tmax (lookup ("iv"), &tmax));
  assert_range (&tmax, 2, 2, 2);
  g_assert_true (kg_route_get_tmax (lookup ("intranasal"), &tmax));
  assert_range (&tmax, 20, 14, 23);
  g_assert_true (kg_route_get_tmax (lookup ("esketamine-nasal"), &tmax));
  assert_range (&tmax, 30, 20, 40);
  g_assert_true (kg_route_get_tmax (lookup ("sublingual"), &tmax));
  assert_range (&tmax, 45, 15, 60);
  g_assert_true (kg_route_get_tmax (lookup ("oral"), &tmax));
  assert_range (&tmax, 60, 60, 60);
  g_assert_true (kg_route_get_tmax (lookup ("rectal"), &tmax));
  assert_range (&tmax, 42, 42, 42);
  /* The sources give no time to peak for IM or the film: none is made up. */
  g_assert_false (kg_route_get_tmax (lookup ("im"), &tmax));
  g_assert_false (kg_route_get_tmax (lookup ("thin-film"), &tmax));

  g_assert_true (kg_route_get_esketamine (lookup ("esketamine-nasal")));
  g_assert_true (kg_route_get_esketamine (lookup ("thin-film")));
  g_assert_false (kg_route_get_esketamine (lookup ("intranasal")));
  g_assert_cmpstrv (kg_route_get_bioavailability_sources (lookup ("esketamine-nasal")),
                    ((const char *[]) { "spravato-label", NULL }));
}

static void
test_bundled_onset_duration (void)
{
  double min, max;

  g_assert_true (kg_route_fact_get_minutes (kg_route_get_onset (lookup ("iv")), &min, &max));
  assert_near (min, 0.5);
  assert_near (max, 0.5);
  g_assert_true (kg_route_fact_get_minutes (kg_route_get_onset (lookup ("im")), &min, &max));
  assert_near (min, 3);
  assert_near (max, 4);
  g_assert_true (kg_route_fact_get_minutes (kg_route_get_duration (lookup ("im")), &min, &max));
  assert_near (min, 12);
  assert_near (max, 25);
  g_assert_cmpstrv (kg_route_fact_get_sources (kg_route_get_onset (lookup ("im"))),
                    ((const char *[]) { "ketalar-label", NULL }));
  g_assert_null (kg_route_get_onset (lookup ("oral")));
}

/* Disagreeing sources are kept side by side, each with its own figure. */
static void
test_intranasal_sources (void)
{
  KgRouteEstimate *estimate;
  double min = 0, max = 0, value = 0;

  g_assert_cmpuint (kg_route_get_estimates (lookup ("intranasal"))->len, ==, 4);

  estimate = estimate_at ("intranasal", 0);   /* the guide: 45–50% */
  g_assert_false (kg_route_estimate_get_value (estimate, &value));
  g_assert_cmpint (kg_route_estimate_get_interval (estimate, &min, &max), ==, KG_INTERVAL_RANGE);
  assert_near (min, 0.45);
  assert_near (max, 0.50);
  g_assert_cmpstrv (kg_route_estimate_get_sources (estimate),
                    ((const char *[]) { "seed-002", NULL }));

  estimate = estimate_at ("intranasal", 1);   /* Yanagihara: 45%, n = 3 */
  g_assert_true (kg_route_estimate_get_value (estimate, &value));
  assert_near (value, 0.45);
  g_assert_cmpuint (kg_route_estimate_get_n (estimate), ==, 3);
  g_assert_cmpstrv (kg_route_estimate_get_sources (estimate),
                    ((const char *[]) { "yanagihara-2003", NULL }));

  estimate = estimate_at ("intranasal", 2);   /* children: 50% */
  g_assert_true (kg_route_estimate_get_value (estimate, &value));
  assert_near (value, 0.50);
  g_assert_cmpstr (kg_text_get (kg_route_estimate_get_population (estimate), "en", FALSE), ==,
                   "Children aged 2–9 under anaesthesia, 3 and 9 mg/kg");

  estimate = estimate_at ("intranasal", 3);   /* 2022 adults: 11–17% */
  g_assert_false (kg_route_estimate_get_value (estimate, &value));
  g_assert_cmpint (kg_route_estimate_get_interval (estimate, &min, &max), ==, KG_INTERVAL_DOSES);
  assert_near (min, 0.11);
  assert_near (max, 0.17);
  g_assert_cmpstrv (kg_route_estimate_get_sources (estimate),
                    ((const char *[]) { "pharmacotherapy-2022", NULL }));
}

static void
test_sublingual_and_oral_estimates (void)
{
  KgRouteEstimate *estimate;
  double value = 0, min = 0, max = 0, pm = 0;

  estimate = estimate_at ("sublingual", 0);   /* Rolan 2014 */
  g_assert_true (kg_route_estimate_get_value (estimate, &value));
  assert_near (value, 0.29);
  g_assert_cmpint (kg_route_estimate_get_interval (estimate, &min, &max), ==, KG_INTERVAL_CI90);
  assert_near (min, 0.27);
  assert_near (max, 0.31);
  g_assert_cmpuint (kg_route_estimate_get_n (estimate), ==, 8);

  estimate = estimate_at ("sublingual", 2);   /* Chong 2006: 32 ± 17% */
  g_assert_true (kg_route_estimate_get_value (estimate, &value));
  assert_near (value, 0.32);
  g_assert_cmpint (kg_route_estimate_get_spread (estimate, &pm), ==, KG_SPREAD_SD);
  assert_near (pm, 0.17);

  estimate = estimate_at ("oral", 4);         /* Fanta 2015: S-ketamine 8% */
  g_assert_true (kg_route_estimate_get_value (estimate, &value));
  assert_near (value, 0.08);
  g_assert_true (kg_route_estimate_get_esketamine (estimate));
  g_assert_false (kg_route_estimate_get_esketamine (estimate_at ("oral", 0)));
}

static void
test_limited_data (void)
{
  static const char * const ids[] = { "transdermal", "nebulised" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KgRoute *route = lookup (ids[i]);
      KgRange range;

      g_assert_true (kg_route_get_limited_data (route));
      g_assert_false (kg_route_get_bioavailability (route, &range));
      g_assert_false (kg_route_get_tmax (route, &range));
      g_assert_cmpuint (kg_route_get_estimates (route)->len, ==, 0);
      g_assert_cmpstrv (kg_route_get_sources (route), ((const char *[]) { "seed-002", NULL }));
    }
  g_assert_false (kg_route_get_limited_data (lookup ("rectal")));
}

/* Every text has Spanish and patient wording; the guide's prices, cautions. */
static void
test_texts (void)
{
  GListModel *routes = kg_catalog_get_routes (catalog);
  GPtrArray *cautions;
  gboolean saliva = FALSE, mucosa = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);
      KgText *texts[] = { kg_route_get_name (route), kg_route_get_summary (route) };

      for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
        {
          g_assert_true (kg_text_has (texts[j], "es", FALSE));
          g_assert_true (kg_text_has (texts[j], "en", TRUE));
          g_assert_true (kg_text_has (texts[j], "es", TRUE));
        }
    }

  g_assert_cmpstr (kg_text_get (kg_route_fact_get_text (kg_route_get_cost (lookup ("iv"))), "en",
                                FALSE), ==,
                   "About $300–700 per infusion, plus about $350 for the first clinic "
                   "consultation.");
  g_assert_cmpstr (kg_text_get (kg_route_fact_get_text (kg_route_get_cost (lookup ("sublingual"))),
                                "en", FALSE), ==,
                   "About $75–90 for the equivalent of 4 IV sessions.");
  g_assert_cmpstrv (kg_route_fact_get_sources (kg_route_get_cost (lookup ("sublingual"))),
                    ((const char *[]) { "seed-002", NULL }));

  cautions = kg_route_get_cautions (lookup ("sublingual"));
  for (guint i = 0; i < cautions->len; i++)
    {
      const char *text = kg_text_get (kg_route_fact_get_text (g_ptr_array_index (cautions, i)),
                                      "en", FALSE);
      saliva |= strstr (text, "saliva under the tongue") != NULL;
      mucosa |= strstr (text, "irritate the lining of the mouth") != NULL;
    }
  g_assert_true (saliva);
  g_assert_true (mucosa);
  g_assert_nonnull (strstr (kg_text_get (kg_route_fact_get_text (kg_route_get_first_pass (
                                           lookup ("oral"))), "en", FALSE),
                            "more norketamine than ketamine"));
}

/* ---- Equivalent doses ---- */

static void
test_equivalent_troche_iv (void)
{
  g_autoptr (GError) error = NULL;
  KgRange result;
  double f = 0;

  /* "200 mg of troches may only require 50 mg via IV" (002): by the figures
   * 200 mg sublingual ≈ 58 mg IV (29%), 50–64 mg over the range 25–32%. */
  g_assert_true (kg_route_equivalent_dose (lookup ("sublingual"), lookup ("iv"), 200, &result,
                                           &error));
  g_assert_no_error (error);
  assert_range (&result, 58, 50, 64);

  /* The bioavailability that makes the guide's pair exact: 25%. */
  g_assert_true (kg_implied_bioavailability (200, 50, 1.0, &f, &error));
  g_assert_no_error (error);
  assert_near (f, 0.25);

  /* The other way round: 50 mg IV ≈ 172 mg sublingual (156–200 mg). */
  g_assert_true (kg_route_equivalent_dose (lookup ("iv"), lookup ("sublingual"), 50, &result,
                                           &error));
  assert_range (&result, 50 / 0.29, 50 / 0.32, 200);
}

static void
test_equivalent_ranges (void)
{
  const KgRange a = { 0.45, 0.11, 0.50 };
  const KgRange b = { 0.20, 0.17, 0.23 };
  const KgRange iv = { 1, 1, 1 };
  KgRange result;

  /* min/max come from the extreme combinations, not from the typical. */
  g_assert_true (kg_equivalent_dose (100, &a, &b, &result, NULL));
  assert_range (&result, 225, 100 * 0.11 / 0.23, 100 * 0.50 / 0.17);

  g_assert_true (kg_equivalent_dose (100, &a, &iv, &result, NULL));
  assert_range (&result, 45, 11, 50);

  g_assert_true (kg_route_equivalent_dose (lookup ("oral"), lookup ("oral"), 30, &result, NULL));
  assert_range (&result, 30, 30 * 0.17 / 0.23, 30 * 0.23 / 0.17);
}

static void
test_equivalent_invalid (void)
{
  const KgRange good = { 0.29, 0.25, 0.32 };
  const KgRange zero = { 0, 0, 0 };
  const KgRange above = { 1.2, 1.2, 1.2 };
  const KgRange disordered = { 0.5, 0.6, 0.7 };
  KgRange result = { -1, -1, -1 };
  double f = -1;

  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_equivalent_dose (-5, &good, &good, &result, &error));
    g_assert_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_INVALID_DOSE);
    g_assert_cmpstr (error->message, ==,
                     "The dose must be a positive number of milligrams, not -5");
  }
  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_equivalent_dose (0, &good, &good, &result, &error));
    g_assert_cmpstr (error->message, ==,
                     "The dose must be a positive number of milligrams, not 0");
  }
  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_equivalent_dose (NAN, &good, &good, &result, &error));
    g_assert_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_INVALID_DOSE);
  }
  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_equivalent_dose (100, &good, &zero, &result, &error));
    g_assert_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_INVALID_BIOAVAILABILITY);
    g_assert_cmpstr (error->message, ==,
                     "Bioavailability must be above 0 and at most 1 (100%), not 0");
  }
  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_equivalent_dose (100, &above, &good, &result, &error));
    g_assert_cmpstr (error->message, ==,
                     "Bioavailability must be above 0 and at most 1 (100%), not 1.2");
  }
  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_equivalent_dose (100, &disordered, &good, &result, &error));
    g_assert_cmpstr (error->message, ==,
                     "Bioavailability must satisfy min ≤ typical ≤ max, not 0.6, 0.5, 0.7");
  }
  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_route_equivalent_dose (lookup ("transdermal"), lookup ("iv"), 100,
                                              &result, &error));
    g_assert_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_NO_DATA);
    g_assert_cmpstr (error->message, ==,
                     "Transdermal (through the skin) has no bioavailability figure in the "
                     "sources");
  }
  {
    g_autoptr (GError) error = NULL;
    g_assert_false (kg_implied_bioavailability (20, 50, 1.0, &f, &error));
    g_assert_cmpstr (error->message, ==,
                     "20 mg cannot match 50 mg: it would need a bioavailability of 2.5, above 1");
  }
  /* Nothing is written on failure. */
  assert_range (&result, -1, -1, -1);
}

/* ---- Bad content ---- */

typedef struct
{
  const char *file;
  const char *messages[8];
} BadCase;

static const BadCase bad_cases[] = {
  { "bad-range-order.json", {
      "routes.json: route “sublingual” (#1): field “bioavailability_percent”: expected "
      "min ≤ typical ≤ max, found 32, 29, 40",
    } },
  { "bad-zero-and-over.json", {
      "routes.json: route “oral” (#1): field “bioavailability_percent.min”: expected a number "
      "above 0 and at most 100, found 0",
      "routes.json: route “iv” (#2): field “bioavailability_percent.max”: expected a number "
      "above 0 and at most 100, found 120",
    } },
  /* A negative figure is worded as zero is; every figure out of bounds is named. */
  { "bad-negative-and-all-zero.json", {
      "routes.json: route “oral” (#1): field “bioavailability_percent.min”: expected a number "
      "above 0 and at most 100, found -5",
      "routes.json: route “iv” (#2): field “bioavailability_percent.typical”: expected a "
      "number above 0 and at most 100, found 0",
      "routes.json: route “iv” (#2): field “bioavailability_percent.min”: expected a number "
      "above 0 and at most 100, found 0",
      "routes.json: route “iv” (#2): field “bioavailability_percent.max”: expected a number "
      "above 0 and at most 100, found 0",
    } },
  { "bad-limited-with-figures.json", {
      "routes.json: route “transdermal” (#1): field “bioavailability_percent”: expected no "
      "figures for a route with “limited_data”: true, found some",
    } },
  { "bad-estimates.json", {
      "routes.json: route “intranasal” (#1): field “bioavailability_percent.estimates[0].value”: "
      "expected a “value”, or “min” and “max”, found neither",
      "routes.json: route “intranasal” (#1): field "
      "“bioavailability_percent.estimates[1].interval”: expected one of range, ci90, doses; "
      "found the string “iqr”",
      "routes.json: route “intranasal” (#1): field “bioavailability_percent.estimates[2]”: "
      "expected min ≤ value ≤ max, found 11, 45, 17",
      "routes.json: route “intranasal” (#1): field "
      "“bioavailability_percent.estimates[3].plus_minus_kind”: expected one of sd, se; found "
      "nothing (the field is missing)",
    } },
  { "bad-sources-and-tmax.json", {
      "routes.json: route “rectal” (#1): field “bioavailability_percent.sources”: expected at "
      "least one item, found an empty array",
      "routes.json: route “rectal” (#1): field “tmax_min.sources[0]”: expected the id of a "
      "reference in references.json, found “nobody-2020”…",
      "routes.json: route “rectal” (#1): field “onset.minutes”: expected min ≤ max, found 10 "
      "and 5",
      "routes.json: route “rectal” (#1): field “cautions[0].text”: expected non-empty text, "
      "found an empty string",
    } },
  { "bad-missing-figures.json", {
      "routes.json: route “im” (#1): field “bioavailability_percent”: expected an object, found "
      "nothing (the field is missing)",
      "routes.json: route “subcutaneous” (#2): field “sources”: expected an array of strings, found "
      "nothing (the field is missing)",
    } },
};

static void
test_bad_content (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "routes", bad->file,
                                                 NULL);
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GListStore) store = g_list_store_new (KG_TYPE_ROUTE);
  g_autoptr (KgContentReader) reader = NULL;
  g_autofree char *contents = NULL;
  const cJSON *root;
  gsize length;
  guint expected = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_hash_table_add (ids, "seed-002");
  g_hash_table_add (ids, "rolan-2014");
  reader = kg_content_reader_new ("routes.json", problems, ids);
  root = kg_content_reader_parse (reader, contents, length);
  g_assert_nonnull (root);
  g_assert_false (kg_routes_parse (reader, root, store));

  while (expected < G_N_ELEMENTS (bad->messages) && bad->messages[expected] != NULL)
    expected++;
  for (guint i = 0; i < problems->len; i++)
    {
      GError *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s", problem->message);
      g_assert_true (problem->domain == KG_CONTENT_ERROR);
      if (i >= expected)
        continue;
      /* A trailing “…” pins the start only: the reader's own wording of
       * problems common to every file is tested with the reader. */
      if (g_str_has_suffix (bad->messages[i], "…"))
        {
          g_autofree char *prefix = g_strndup (bad->messages[i],
                                               strlen (bad->messages[i]) - strlen ("…"));
          g_assert_true (g_str_has_prefix (problem->message, prefix));
        }
      else
        {
          g_assert_cmpstr (problem->message, ==, bad->messages[i]);
        }
    }
  g_assert_cmpuint (problems->len, ==, expected);
  /* An invalid route is never handed to the app. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), <, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = kg_catalog_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/kg/routes/bundled/order", test_bundled_order);
  g_test_add_func ("/kg/routes/bundled/figures", test_bundled_figures);
  g_test_add_func ("/kg/routes/bundled/onset-duration", test_bundled_onset_duration);
  g_test_add_func ("/kg/routes/bundled/intranasal-sources", test_intranasal_sources);
  g_test_add_func ("/kg/routes/bundled/sublingual-oral-estimates",
                   test_sublingual_and_oral_estimates);
  g_test_add_func ("/kg/routes/bundled/limited-data", test_limited_data);
  g_test_add_func ("/kg/routes/bundled/texts", test_texts);
  g_test_add_func ("/kg/routes/equivalent/troche-iv", test_equivalent_troche_iv);
  g_test_add_func ("/kg/routes/equivalent/ranges", test_equivalent_ranges);
  g_test_add_func ("/kg/routes/equivalent/invalid", test_equivalent_invalid);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/kg/routes/bad/%s", bad_cases[i].file);
      g_test_add_data_func (name, &bad_cases[i], test_bad_content);
    }

  status = g_test_run ();
  g_assert_finalize_object (catalog);
  return status;
}
