/* bench-content.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Content load + validation time: the bundled content (as the app starts),
 * each bundled file alone, and generated interactions.json files of growing
 * size. Prints medians over the repeats as Markdown tables (docs/benchmarks.md).
 *
 * Generated files of 1,000 entries and more are larger than the 1 MiB cap
 * (KG_CONTENT_MAX_FILE_SIZE), which the reader enforces before anything else.
 * For those the bench takes a bench-only path: the same reader with its cap
 * raised (kg_content_reader_set_max_size) — byte-order mark, UTF-8, nesting,
 * syntax and schema version checks, cJSON — then the same section parser and
 * validator (kg_interactions_parse) with the bundled reference ids. For files
 * under the cap both paths are timed, to show they agree. */

#include "config.h"

#include <locale.h>

#include "bench-util.h"
#include "kg-catalog.h"
#include "kg-content-reader.h"

static double
time_bundled (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) catalog = NULL;
  gint64 start = bench_now_ns ();

  catalog = kg_catalog_new_bundled (&error);
  g_assert_no_error (error);
  return (bench_now_ns () - start) / 1e6;
}

/* The catalogue's own per-file path, cap included. */
static double
time_file (const char *file_name,
           const char *data,
           gsize       length,
           KgCatalog  *references,
           guint       expected_interactions)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KgCatalog) catalog = NULL;
  gint64 start = bench_now_ns ();
  double ms;

  catalog = kg_catalog_new_from_file_data (file_name, data, length, references, problems);
  ms = (bench_now_ns () - start) / 1e6;
  if (problems->len > 0)
    g_error ("%s: %s", file_name, ((GError *) g_ptr_array_index (problems, 0))->message);
  if (expected_interactions > 0)
    g_assert_cmpuint (g_list_model_get_n_items (kg_catalog_get_interactions (catalog)), ==,
                      expected_interactions);
  return ms;
}

/* Bench-only: the reader with its size cap raised, then the same parser. */
static double
time_direct (const char *data,
             gsize       length,
             GHashTable *reference_ids,
             guint       expected_interactions,
             double     *reader_ms)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KgContentReader) reader = NULL;
  g_autoptr (GListStore) store = g_list_store_new (KG_TYPE_INTERACTION);
  const cJSON *root;
  gint64 start = bench_now_ns ();
  double ms;

  reader = kg_content_reader_new ("interactions.json", problems, reference_ids);
  kg_content_reader_set_max_size (reader, G_MAXSIZE);
  root = kg_content_reader_parse (reader, data, length);
  *reader_ms = (bench_now_ns () - start) / 1e6;
  if (root != NULL)
    kg_interactions_parse (reader, root, store);
  ms = (bench_now_ns () - start) / 1e6;
  if (problems->len > 0)
    g_error ("%s", ((GError *) g_ptr_array_index (problems, 0))->message);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, expected_interactions);
  return ms;
}

static guint
repeats_for (guint n_entries,
             guint quick)
{
  if (quick)
    return 7;
  return n_entries >= 100000 ? 7 : n_entries >= 10000 ? 11 : 31;
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 100, 1000, 10000, 100000 };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) bundled = NULL;
  g_autoptr (GHashTable) reference_ids = bench_bundled_reference_ids ();
  g_autoptr (GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  const char * const *file_names = kg_catalog_get_file_names ();
  gboolean quick = argc > 1 && g_strcmp0 (argv[1], "--quick") == 0;
  guint repeats = quick ? 7 : 51;

  /* Before anything is printed: the tables are UTF-8. */
  setlocale (LC_ALL, "");
  bundled = kg_catalog_new_bundled (&error);
  g_assert_no_error (error);

  g_print ("### Content load + validation, bundled content (median of %u, max; %s)\n\n", repeats,
           bench_clock_name ());
  g_print ("| what | bytes | median ms | max ms |\n|---|---:|---:|---:|\n");
  for (guint r = 0; r < 3; r++)
    time_bundled ();   /* warm-up: type registration, page cache */
  for (guint r = 0; r < repeats; r++)
    {
      double ms = time_bundled ();
      g_array_append_val (samples, ms);
    }
  {
    gsize total = 0;

    for (guint i = 0; file_names[i] != NULL; i++)
      {
        g_autofree char *path = g_strconcat (KG_CATALOG_RESOURCE_PATH, file_names[i], NULL);
        g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

        total += bytes != NULL ? g_bytes_get_size (bytes) : 0;
      }
    g_print ("| all bundled files (kg_catalog_new_bundled) | %" G_GSIZE_FORMAT " | %.3f | %.3f |\n",
             total, bench_median (samples), bench_max (samples));
  }
  for (guint i = 0; file_names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (KG_CATALOG_RESOURCE_PATH, file_names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      const char *data;
      gsize length;

      if (bytes == NULL)
        continue;
      data = g_bytes_get_data (bytes, &length);
      g_array_set_size (samples, 0);
      for (guint r = 0; r < repeats; r++)
        {
          double ms = time_file (file_names[i], data, length, bundled, 0);
          g_array_append_val (samples, ms);
        }
      g_print ("| %s alone | %" G_GSIZE_FORMAT " | %.3f | %.3f |\n", file_names[i], length,
               bench_median (samples), bench_max (samples));
    }

  g_print ("\n### Generated interactions.json (median of the repeats, %s; µs per entry shows "
           "the growth)\n\n", bench_clock_name ());
  g_print ("| entries | MiB | repeats | catalogue path (≤ 1 MiB) ms | reader, cap raised, ms | "
           "of which file checks + cJSON ms | µs per entry |\n|---:|---:|---:|---:|---:|---:|---:|\n");
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      guint n = sizes[s];
      guint n_repeats = repeats_for (n, quick);
      gsize length;
      g_autofree char *data = NULL;
      g_autofree char *full = NULL;
      double direct;
      g_autoptr (GArray) reader_samples = g_array_new (FALSE, FALSE, sizeof (double));

      if (quick && n > 10000)
        continue;
      data = bench_generate_interactions (n, &length);
      if (length <= KG_CONTENT_MAX_FILE_SIZE)
        {
          g_array_set_size (samples, 0);
          for (guint r = 0; r < n_repeats; r++)
            {
              double ms = time_file ("interactions.json", data, length, bundled, n);
              g_array_append_val (samples, ms);
            }
          full = g_strdup_printf ("%.3f", bench_median (samples));
        }
      else
        {
          full = g_strdup ("over the cap");
        }
      g_array_set_size (samples, 0);
      for (guint r = 0; r < n_repeats; r++)
        {
          double reader_ms;
          double ms = time_direct (data, length, reference_ids, n, &reader_ms);

          g_array_append_val (samples, ms);
          g_array_append_val (reader_samples, reader_ms);
        }
      direct = bench_median (samples);
      g_print ("| %u | %.2f | %u | %s | %.3f | %.3f | %.2f |\n", n, length / 1048576.0, n_repeats,
               full, direct, bench_median (reader_samples), direct * 1000 / n);
    }
  return 0;
}
