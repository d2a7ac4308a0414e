/* bench-search.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Per-keystroke search time: a query is typed one character at a time and
 * each keystroke's filter + sort is timed, over the bundled interactions and
 * over 10,000 generated ones. Three pipelines:
 *
 * - model: kg_search_run() (fold the query, match every entry, sort);
 * - list models: what the Contraindications page did until 2026-11-22 —
 *   kg_search_set_query(), then gtk_filter_changed() on a GtkCustomFilter
 *   under a GtkFilterListModel and gtk_sorter_changed() on a GtkCustomSorter
 *   under a GtkSortListModel (non-incremental), which sorts twice;
 * - store: what the page does now — kg_search_run() and its results spliced
 *   into the GListStore the list is bound to.
 *
 * Building the result rows is the page's own cost, not timed here.
 *
 * Each keystroke is timed from the previous keystroke's query, REPEATS times;
 * the table gives the median over keystrokes of those medians, and the
 * slowest keystroke's median. */

#include "config.h"

#include <locale.h>

#include <gtk/gtk.h>

#include "bench-util.h"
#include "kg-catalog.h"
#include "kg-content-reader.h"
#include "kg-search.h"

#define REPEATS 9

/* Typed as a user would; some with a typo, one in Spanish, one that matches nothing. */
static const char * const queries[] = {
  "fluoxetine", "lamotrigine", "benzo", "blood pressure", "grapefruit", "prozac",
  "antidepresivo", "fluoxetin", "opiod", "st johns wort", "xyzzy",
};

typedef enum
{
  PIPELINE_MODEL,
  PIPELINE_LIST_MODELS,
  PIPELINE_STORE,
} PipelineKind;

static const char * const pipeline_names[] = {
  "kg_search_run",
  "GtkFilterListModel + GtkSortListModel (the page before 2026-11-22)",
  "kg_search_run + g_list_store_splice (the page today)",
};

typedef struct
{
  KgSearch      *search;
  GtkFilter     *filter;
  GtkSorter     *sorter;
  GListModel    *results;
  GListStore    *store;
} Pipeline;

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return kg_search_get_match (user_data, item) != KG_SEARCH_MATCH_NONE;
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  return gtk_ordering_from_cmpfunc (kg_search_compare (user_data, (KgInteraction *) a,
                                                       (KgInteraction *) b));
}

static void
pipeline_init (Pipeline   *pipeline,
               GListModel *interactions)
{
  GtkFilterListModel *filtered;

  pipeline->search = kg_search_new (interactions);
  kg_search_set_language (pipeline->search, "en", FALSE);
  pipeline->filter = GTK_FILTER (gtk_custom_filter_new (filter_func, pipeline->search, NULL));
  pipeline->sorter = GTK_SORTER (gtk_custom_sorter_new (sort_func, pipeline->search, NULL));
  filtered = gtk_filter_list_model_new (g_object_ref (interactions),
                                        g_object_ref (pipeline->filter));
  pipeline->results = G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                                             g_object_ref (pipeline->sorter)));
  pipeline->store = g_list_store_new (KG_TYPE_INTERACTION);
}

static void
pipeline_clear (Pipeline *pipeline)
{
  g_clear_object (&pipeline->results);
  g_clear_object (&pipeline->filter);
  g_clear_object (&pipeline->sorter);
  g_clear_object (&pipeline->search);
  g_clear_object (&pipeline->store);
}

static guint
keystroke_list_models (Pipeline   *pipeline,
                       const char *query)
{
  kg_search_set_query (pipeline->search, query);
  gtk_filter_changed (pipeline->filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (pipeline->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  return g_list_model_get_n_items (pipeline->results);
}

static guint
keystroke_model (Pipeline   *pipeline,
                 const char *query)
{
  g_autoptr (GPtrArray) results = kg_search_run (pipeline->search, query);

  return results->len;
}

/* The results of one sort, replacing a list store's items: what a list
 * bound to a store would show. */
static guint
keystroke_store (Pipeline   *pipeline,
                 const char *query)
{
  g_autoptr (GPtrArray) results = kg_search_run (pipeline->search, query);

  g_list_store_splice (pipeline->store, 0, g_list_model_get_n_items (G_LIST_MODEL (pipeline->store)),
                       results->pdata, results->len);
  return g_list_model_get_n_items (G_LIST_MODEL (pipeline->store));
}

static void
bench (const char   *label,
       GListModel   *interactions,
       PipelineKind  kind,
       double        target_ms)
{
  Pipeline pipeline = { 0 };
  g_autoptr (GArray) per_keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  guint (*keystroke) (Pipeline *, const char *) =
    kind == PIPELINE_LIST_MODELS ? keystroke_list_models
    : kind == PIPELINE_STORE     ? keystroke_store
                                 : keystroke_model;
  double worst = 0, median;
  const char *worst_query = "";
  guint n_keystrokes = 0;

  pipeline_init (&pipeline, interactions);
  keystroke (&pipeline, "warm up");
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      for (glong k = 1; k <= g_utf8_strlen (queries[q], -1); k++)
        {
          g_autofree char *previous = g_utf8_substring (queries[q], 0, k - 1);
          g_autofree char *typed = g_utf8_substring (queries[q], 0, k);
          double keystroke_median;

          g_array_set_size (samples, 0);
          for (guint r = 0; r < REPEATS; r++)
            {
              gint64 start;
              double ms;

              keystroke (&pipeline, previous);
              start = bench_now_ns ();
              keystroke (&pipeline, typed);
              ms = (bench_now_ns () - start) / 1e6;
              g_array_append_val (samples, ms);
            }
          keystroke_median = bench_median (samples);
          g_array_append_val (per_keystroke, keystroke_median);
          if (keystroke_median > worst)
            {
              worst = keystroke_median;
              worst_query = queries[q];
            }
          n_keystrokes++;
        }
    }
  median = bench_median (per_keystroke);
  g_print ("| %s | %s | %u | %u | %.3f | %.3f (“%s”) | %s |\n", label,
           pipeline_names[kind],
           g_list_model_get_n_items (interactions), n_keystrokes, median, worst, worst_query,
           worst <= target_ms ? "met" : "MISSED");
  pipeline_clear (&pipeline);
}

static GListModel *
generated_interactions (guint n)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (GHashTable) reference_ids = bench_bundled_reference_ids ();
  g_autoptr (KgContentReader) reader = NULL;
  GListStore *store = g_list_store_new (KG_TYPE_INTERACTION);
  g_autofree char *data = NULL;
  const cJSON *root;
  gsize length;

  /* Over the 1 MiB cap: the reader's cap raised, as in bench-content. */
  data = bench_generate_interactions (n, &length);
  reader = kg_content_reader_new ("interactions.json", problems, reference_ids);
  kg_content_reader_set_max_size (reader, G_MAXSIZE);
  root = kg_content_reader_parse (reader, data, length);
  g_assert (root != NULL);
  kg_interactions_parse (reader, root, store);
  g_assert_cmpuint (problems->len, ==, 0);
  return G_LIST_MODEL (store);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) catalog = kg_catalog_new_bundled (&error);
  g_autoptr (GListModel) generated = NULL;
  gboolean quick = argc > 1 && g_strcmp0 (argv[1], "--quick") == 0;

  g_assert_no_error (error);
  /* Before anything is printed: the tables are UTF-8. */
  setlocale (LC_ALL, "");
  g_print ("### Search, per keystroke (filter + sort; median of %d per keystroke; %s)\n\n",
           REPEATS, bench_clock_name ());
  g_print ("| list | pipeline | entries | keystrokes | median ms | slowest keystroke ms | "
           "target |\n|---|---|---:|---:|---:|---:|---|\n");
  for (PipelineKind kind = PIPELINE_MODEL; kind <= PIPELINE_STORE; kind++)
    bench ("bundled (target ≤ 1 ms)", kg_catalog_get_interactions (catalog), kind, 1);
  generated = generated_interactions (quick ? 1000 : 10000);
  for (PipelineKind kind = PIPELINE_MODEL; kind <= PIPELINE_STORE; kind++)
    bench (quick ? "1,000 generated" : "10,000 generated (target ≤ 16 ms)", generated, kind, 16);
  return 0;
}
