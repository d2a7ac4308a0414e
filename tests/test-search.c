/* test-search.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-catalog.h"
#include "kg-search.h"

/* The bundled content, loaded once: searches read it and never change it. */
static KgCatalog *catalog;

/* Runs @query on the bundled content; returns the ids found, in order, joined
 * by spaces, with "~" after each typo match, e.g. "maois ssris st-johns-wort~". */
static char *
run_search (const char *query)
{
  g_autoptr (KgSearch) search = kg_search_new (kg_catalog_get_interactions (catalog));
  g_autoptr (GPtrArray) results = NULL;
  GString *ids = g_string_new (NULL);

  kg_search_set_language (search, "en", FALSE);
  results = kg_search_run (search, query);
  for (guint i = 0; i < results->len; i++)
    {
      KgInteraction *interaction = g_ptr_array_index (results, i);

      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, kg_interaction_get_id (interaction));
      if (kg_search_get_match (search, interaction) == KG_SEARCH_MATCH_TYPO)
        g_string_append_c (ids, '~');
    }
  return g_string_free (ids, FALSE);
}

#define assert_search(query, expected)           \
  G_STMT_START                                   \
  {                                              \
    g_autofree char *found_ = run_search (query);    \
    g_assert_cmpstr (found_, ==, expected);      \
  }                                              \
  G_STMT_END

static void
test_fold (void)
{
  g_autofree char *accented = kg_search_fold ("Hipertensión ARTERIAL");
  g_autofree char *ligature = kg_search_fold ("ﬁbrosis Ñandú");
  g_autofree char *german = kg_search_fold ("Johanniskraut STRAẞE");
  g_auto (GStrv) words = kg_search_tokenize ("CYP3A4 inhibitor, St John's wort");
  g_auto (GStrv) none = kg_search_tokenize (" ,;- ");
  const char * const expected[] = { "cyp3a4", "inhibitor", "st", "john", "s", "wort", NULL };

  g_assert_cmpstr (accented, ==, "hipertension arterial");
  g_assert_cmpstr (ligature, ==, "fibrosis nandu");
  g_assert_cmpstr (german, ==, "johanniskraut strasse");
  g_assert_cmpstrv (words, expected);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_distance (void)
{
  /* Substitution, insertion, deletion, swap of neighbours: one edit each. */
  g_assert_cmpuint (kg_search_distance ("fluoxitine", "fluoxetine", FALSE), ==, 1);
  g_assert_cmpuint (kg_search_distance ("lamotrigne", "lamotrigine", FALSE), ==, 1);
  g_assert_cmpuint (kg_search_distance ("lamotriggine", "lamotrigine", FALSE), ==, 1);
  g_assert_cmpuint (kg_search_distance ("lamotirgine", "lamotrigine", FALSE), ==, 1);
  g_assert_cmpuint (kg_search_distance ("ketamine", "ketamine", FALSE), ==, 0);
  g_assert_cmpuint (kg_search_distance ("", "abc", FALSE), ==, 3);
  /* Characters, not bytes: "é" against "e" is one edit. */
  g_assert_cmpuint (kg_search_distance ("sédatif", "sedatif", FALSE), ==, 1);
  /* Against the closest start of the word. */
  g_assert_cmpuint (kg_search_distance ("benzodiazipine", "benzodiazepines", FALSE), ==, 2);
  g_assert_cmpuint (kg_search_distance ("benzodiazipine", "benzodiazepines", TRUE), ==, 1);
  g_assert_cmpuint (kg_search_distance ("lamo", "lamotrigine", TRUE), ==, 0);
  g_assert_cmpuint (kg_search_distance ("", "lamotrigine", TRUE), ==, 0);
}

static void
test_match_word (void)
{
  g_assert_cmpint (kg_search_match_word ("prozac", "prozac"), ==, KG_SEARCH_MATCH_EXACT);
  g_assert_cmpint (kg_search_match_word ("pro", "prozac"), ==, KG_SEARCH_MATCH_PREFIX);
  g_assert_cmpint (kg_search_match_word ("prozak", "prozac"), ==, KG_SEARCH_MATCH_TYPO);
  g_assert_cmpint (kg_search_match_word ("fluoxitine", "fluoxetine"), ==, KG_SEARCH_MATCH_TYPO);
  /* Words under five letters must be typed right. */
  g_assert_cmpint (kg_search_match_word ("xanx", "xanax"), ==, KG_SEARCH_MATCH_NONE);
  g_assert_cmpint (kg_search_match_word ("maoj", "maoi"), ==, KG_SEARCH_MATCH_NONE);
  g_assert_cmpint (kg_search_match_word ("prozac", "pro"), ==, KG_SEARCH_MATCH_NONE);
  g_assert_cmpint (kg_search_match_word ("lamictal", "lamotrigine"), ==, KG_SEARCH_MATCH_NONE);
}

static void
test_match_words (void)
{
  const char * const terms[] = { "clarithromycin", "biaxin", "cyp3a4", "inhibitor", NULL };
  const char * const exact[] = { "cyp3a4", "inhibitor", NULL };
  const char * const prefix[] = { "cyp3a4", "inhib", NULL };
  const char * const typo[] = { "cyp3a4", "inhibiter", NULL };
  const char * const partly[] = { "cyp3a4", "inducer", NULL };
  const char * const empty[] = { NULL };

  /* The weakest query word decides. */
  g_assert_cmpint (kg_search_match_words (exact, terms), ==, KG_SEARCH_MATCH_EXACT);
  g_assert_cmpint (kg_search_match_words (prefix, terms), ==, KG_SEARCH_MATCH_PREFIX);
  g_assert_cmpint (kg_search_match_words (typo, terms), ==, KG_SEARCH_MATCH_TYPO);
  g_assert_cmpint (kg_search_match_words (partly, terms), ==, KG_SEARCH_MATCH_NONE);
  g_assert_cmpint (kg_search_match_words (empty, terms), ==, KG_SEARCH_MATCH_EXACT);
}

static void
test_terms (void)
{
  KgInteraction *lamotrigine = NULL;
  GListModel *interactions = kg_catalog_get_interactions (catalog);
  g_auto (GStrv) terms = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (interactions) && lamotrigine == NULL; i++)
    {
      g_autoptr (KgInteraction) item = g_list_model_get_item (interactions, i);

      if (g_str_equal (kg_interaction_get_id (item), "lamotrigine"))
        lamotrigine = item;
    }
  g_assert_nonnull (lamotrigine);

  /* English and Spanish names, brands, classes (by word), keywords; folded, once each. */
  terms = kg_search_dup_terms (lamotrigine);
  g_assert_true (g_strv_contains ((const char * const *) terms, "lamotrigine"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "lamotrigina"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "lamictal"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "glutamate"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "antiepileptico"));
  g_assert_false (g_strv_contains ((const char * const *) terms, "Lamictal"));
  for (guint i = 0; terms[i] != NULL; i++)
    for (guint j = i + 1; terms[j] != NULL; j++)
      g_assert_cmpstr (terms[i], !=, terms[j]);
}

static void
test_brands (void)
{
  assert_search ("Prozac", "ssris");
  assert_search ("Lamictal", "lamotrigine");
  assert_search ("Xanax", "benzodiazepines");
  assert_search ("Adderall", "psychostimulants");
  assert_search ("Rifadin", "rifampin");
  assert_search ("Biaxin", "clarithromycin");
  assert_search ("Namenda", "memantine");
  assert_search ("Synthroid", "thyroid-hormone");
}

static void
test_generic_names (void)
{
  assert_search ("fluoxetine", "ssris");
  assert_search ("alprazolam", "benzodiazepines");
  assert_search ("rifampicin", "rifampin");
  assert_search ("gabapentin", "gabapentin");
}

static void
test_classes (void)
{
  assert_search ("SSRI", "ssris");
  assert_search ("MAOI", "maois");
  assert_search ("benzodiazepine", "benzodiazepines");
  assert_search ("opioid", "opioids");
  /* Both words must match, anywhere in the entry; then severity, then name:
   * clarithromycin (modify), Grapefruit juice and Itraconazole… (monitor). */
  assert_search ("CYP3A4 inhibitor", "clarithromycin grapefruit-juice azole-antifungals");
  assert_search ("CYP3A4", "clarithromycin rifampin st-johns-wort grapefruit-juice "
                 "azole-antifungals");
}

static void
test_conditions (void)
{
  /* Raised intracranial pressure is also called intracranial hypertension. */
  assert_search ("hypertension", "hypertension raised-icp");
  assert_search ("high blood pressure", "hypertension");
  assert_search ("pregnancy", "pregnancy");
  assert_search ("psychosis", "psychosis");
  assert_search ("glaucoma", "raised-iop");
}

static void
test_accents_and_case (void)
{
  /* The Spanish keyword is written "hipertensión" or "hipertension": both find it. */
  assert_search ("hipertensión", "hypertension raised-icp");
  assert_search ("HIPERTENSION", "hypertension raised-icp");
  /* An accented query against an unaccented term. */
  assert_search ("émbarazo", "pregnancy");
  assert_search ("PROZAC", "ssris");
  assert_search ("pRoZaC", "ssris");
  assert_search ("St. John’s Wort", "st-johns-wort");
}

static void
test_prefix (void)
{
  assert_search ("lamo", "lamotrigine");
  assert_search ("benzo", "benzodiazepines");
  assert_search ("glauc", "raised-iop");
  assert_search ("Adder", "psychostimulants");
}

static void
test_typos (void)
{
  /* "lamotrigin" is a start of "lamotrigine": a prefix match, not a typo. */
  assert_search ("lamotrigin", "lamotrigine");
  assert_search ("benzodiazipine", "benzodiazepines~");
  assert_search ("fluoxitine", "ssris~");
  assert_search ("lamotirgine", "lamotrigine~");
  assert_search ("glaukoma", "raised-iop~");
  /* Four letters: no typo allowed. */
  assert_search ("xanx", "");
}

static void
test_typo_ranks_below_exact (void)
{
  /* St John's wort (modify) lists "antidepressant": one letter from the
   * query, so it follows the exact matches, even the milder SSRIs (monitor). */
  assert_search ("antidepressants", "maois ssris st-johns-wort~");
  assert_search ("sedatives", "cns-depressants benzodiazepines~");
}

static void
test_no_match (void)
{
  assert_search ("zzzz", "");
  assert_search ("aspirin", "");
  /* Every word must match: "prozac" does, "zzzz" does not. */
  assert_search ("prozac zzzz", "");
}

static void
test_empty_query (void)
{
  g_autoptr (KgSearch) search = kg_search_new (kg_catalog_get_interactions (catalog));
  g_autoptr (GPtrArray) results = NULL;
  g_autofree char *ids = NULL;

  kg_search_set_language (search, "en", FALSE);
  results = kg_search_run (search, "");
  g_assert_cmpuint (results->len, ==,
                    g_list_model_get_n_items (kg_catalog_get_interactions (catalog)));
  for (guint i = 1; i < results->len; i++)
    {
      KgInteraction *a = g_ptr_array_index (results, i - 1);
      KgInteraction *b = g_ptr_array_index (results, i);
      g_autofree char *name_a = kg_search_fold (kg_text_get (kg_interaction_get_name (a), "en",
                                                             FALSE));
      g_autofree char *name_b = kg_search_fold (kg_text_get (kg_interaction_get_name (b), "en",
                                                             FALSE));

      g_assert_cmpint (kg_search_get_match (search, a), ==, KG_SEARCH_MATCH_EXACT);
      g_assert_cmpint (kg_interaction_get_severity (a), <=, kg_interaction_get_severity (b));
      if (kg_interaction_get_severity (a) == kg_interaction_get_severity (b))
        g_assert_cmpstr (name_a, <, name_b);
    }

  /* The four "avoid" entries come first, by name: Pregnancy, Psychosis and
   * schizophrenia, Raised eye pressure…, Uncontrolled hypertension…; the
   * unrated patient-guide claims come last. */
  ids = run_search ("   ");
  g_assert_true (g_str_has_prefix (ids, "pregnancy psychosis raised-iop hypertension "));
  g_assert_true (g_str_has_suffix (ids, " orphenadrine rapamycin risperidone"));
}

static void
test_sort_language (void)
{
  g_autoptr (KgSearch) search = kg_search_new (kg_catalog_get_interactions (catalog));
  g_autoptr (GPtrArray) english = NULL;
  g_autoptr (GPtrArray) spanish = NULL;

  /* Names sort as shown. The "avoid" entries are Pregnancy, Psychosis…,
   * Raised eye pressure…, Uncontrolled hypertension… in English; Embarazo,
   * Hipertensión…, Presión ocular…, Psicosis… in Spanish. */
  kg_search_set_language (search, "en", FALSE);
  english = kg_search_run (search, "");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (english, 0)), ==, "pregnancy");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (english, 1)), ==, "psychosis");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (english, 2)), ==, "raised-iop");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (english, 3)), ==, "hypertension");

  kg_search_set_language (search, "es", FALSE);
  spanish = kg_search_run (search, "");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (spanish, 0)), ==, "pregnancy");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (spanish, 1)), ==, "hypertension");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (spanish, 2)), ==, "raised-iop");
  g_assert_cmpstr (kg_interaction_get_id (g_ptr_array_index (spanish, 3)), ==, "psychosis");
}

/* kg_search_match_word() decides one-typo matches without the distance
 * table; it must agree with kg_search_distance() (the definition) on every
 * pair: random words over a small alphabet (with accents, so some are not
 * ASCII), half of them one random edit away from the query. */
static void
test_typo_fast_path (void)
{
  static const char * const letters[] = { "a", "b", "c", "é", "ñ" };
  g_autoptr (GRand) rand = g_rand_new_with_seed (6);
  guint typos = 0;

  for (guint k = 0; k < 60000; k++)
    {
      GString *query = g_string_new (NULL);
      GString *term = g_string_new (NULL);
      g_autofree char *q = NULL;
      g_autofree char *t = NULL;
      KgSearchMatch expected;
      guint n = g_rand_int_range (rand, 0, 9);

      for (guint i = 0; i < n; i++)
        g_string_append (query, letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (letters))]);
      if (k % 2 == 0 && n >= 2)
        {
          g_autofree gunichar *chars = g_utf8_to_ucs4_fast (query->str, -1, NULL);
          guint at = g_rand_int_range (rand, 0, n - 1);

          for (guint i = 0; i < n; i++)
            {
              switch (k % 8)
                {
                case 0:   /* swap at, at + 1 */
                  g_string_append_unichar (term, chars[i == at ? at + 1 : i == at + 1 ? at : i]);
                  break;
                case 2:   /* delete at */
                  if (i != at)
                    g_string_append_unichar (term, chars[i]);
                  break;
                case 4:   /* insert before at */
                  if (i == at)
                    g_string_append_c (term, 'x');
                  g_string_append_unichar (term, chars[i]);
                  break;
                default:  /* substitute at */
                  g_string_append_unichar (term, i == at ? 'z' : chars[i]);
                  break;
                }
            }
        }
      n = g_rand_int_range (rand, 0, 4);
      for (guint i = 0; i < n; i++)
        g_string_append (term, letters[g_rand_int_range (rand, 0, G_N_ELEMENTS (letters))]);
      q = g_string_free (query, FALSE);
      t = g_string_free (term, FALSE);

      if (g_str_equal (q, t))
        expected = KG_SEARCH_MATCH_EXACT;
      else if (g_str_has_prefix (t, q))
        expected = KG_SEARCH_MATCH_PREFIX;
      else if (g_utf8_strlen (q, -1) >= KG_SEARCH_MIN_TYPO_LENGTH
               && kg_search_distance (q, t, TRUE) <= 1)
        expected = KG_SEARCH_MATCH_TYPO;
      else
        expected = KG_SEARCH_MATCH_NONE;
      typos += expected == KG_SEARCH_MATCH_TYPO;
      if (kg_search_match_word (q, t) != expected)
        g_error ("“%s” against “%s”: expected %d, found %d", q, t, expected,
                 kg_search_match_word (q, t));
    }
  /* The pairs did exercise the typo path. */
  g_assert_cmpuint (typos, >, 5000);
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

  g_test_add_func ("/kg/search/fold", test_fold);
  g_test_add_func ("/kg/search/distance", test_distance);
  g_test_add_func ("/kg/search/typo-fast-path", test_typo_fast_path);
  g_test_add_func ("/kg/search/match-word", test_match_word);
  g_test_add_func ("/kg/search/match-words", test_match_words);
  g_test_add_func ("/kg/search/terms", test_terms);
  g_test_add_func ("/kg/search/brands", test_brands);
  g_test_add_func ("/kg/search/generic-names", test_generic_names);
  g_test_add_func ("/kg/search/classes", test_classes);
  g_test_add_func ("/kg/search/conditions", test_conditions);
  g_test_add_func ("/kg/search/accents-and-case", test_accents_and_case);
  g_test_add_func ("/kg/search/prefix", test_prefix);
  g_test_add_func ("/kg/search/typos", test_typos);
  g_test_add_func ("/kg/search/typo-ranks-below-exact", test_typo_ranks_below_exact);
  g_test_add_func ("/kg/search/no-match", test_no_match);
  g_test_add_func ("/kg/search/empty-query", test_empty_query);
  g_test_add_func ("/kg/search/sort-language", test_sort_language);
  status = g_test_run ();

  g_assert_finalize_object (catalog);
  return status;
}
