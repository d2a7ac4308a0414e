/* bench-util.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <time.h>

#include "bench-util.h"
#include "kg-catalog.h"

/**
 * bench_now_ns:
 *
 * The clock the benchmarks time with: the calling thread's CPU time, which
 * on an idle machine equals wall time for this single-threaded work and on a
 * shared one does not count the time other processes had the CPU; set
 * KG_BENCH_CLOCK=wall for wall time. Nanoseconds (g_get_monotonic_time()
 * has only microseconds, too coarse for a keystroke's filter).
 *
 * Returns: a time in nanoseconds
 */
gint64
bench_now_ns (void)
{
  static int clock_id = -1;
  struct timespec now;

  if (clock_id == -1)
    clock_id = g_strcmp0 (g_getenv ("KG_BENCH_CLOCK"), "wall") == 0 ? CLOCK_MONOTONIC
                                                                      : CLOCK_THREAD_CPUTIME_ID;
  clock_gettime (clock_id, &now);
  return (gint64) now.tv_sec * G_GINT64_CONSTANT (1000000000) + now.tv_nsec;
}

/**
 * bench_clock_name:
 *
 * Returns: which clock bench_now_ns() reads, for the tables' titles
 */
const char *
bench_clock_name (void)
{
  return g_strcmp0 (g_getenv ("KG_BENCH_CLOCK"), "wall") == 0 ? "wall time" : "thread CPU time";
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/**
 * bench_median:
 * @samples: (element-type double): the measurements; sorted in place
 *
 * Returns: their median
 */
double
bench_median (GArray *samples)
{
  guint n = samples->len;

  g_return_val_if_fail (n > 0, 0);
  g_array_sort (samples, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (samples, double, n / 2);
  return (g_array_index (samples, double, n / 2 - 1) + g_array_index (samples, double, n / 2)) / 2;
}

/**
 * bench_max:
 * @samples: (element-type double): the measurements
 *
 * Returns: the largest
 */
double
bench_max (GArray *samples)
{
  double max = 0;

  for (guint i = 0; i < samples->len; i++)
    max = MAX (max, g_array_index (samples, double, i));
  return max;
}

/* A made-up drug name, so that a generated list has as many distinct words
 * as a real formulary (the typo-tolerant search works per word). */
static char *
invent_name (GRand *rand)
{
  static const char * const syllables[] = {
    "ab", "ca", "do", "fen", "gli", "ka", "lo", "mi", "nor", "pra", "que", "ri", "sta", "tra",
    "val", "xa", "zo", "bu", "cy", "de", "el", "flu", "ga", "hy", "iso", "ke", "lu", "mo",
  };
  static const char * const endings[] = { "zepam", "pine", "tine", "done", "mide", "zole", "vir",
                                           "olol", "pril", "sartan", "mab", "xetine", "pam" };
  GString *name = g_string_new (NULL);
  guint n = 1 + g_rand_int_range (rand, 1, 4);

  for (guint i = 0; i < n; i++)
    g_string_append (name, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  g_string_append (name, endings[g_rand_int_range (rand, 0, G_N_ELEMENTS (endings))]);
  name->str[0] = g_ascii_toupper (name->str[0]);
  return g_string_free (name, FALSE);
}

/**
 * bench_generate_interactions:
 * @n_entries: how many interactions
 * @length: (out): the length of the result
 *
 * Makes an interactions.json of @n_entries valid entries: the bundled
 * entries in turn, each with a unique id and an invented name, generic name
 * and brand (the same seed every time, so every run measures the same file).
 *
 * Returns: (transfer full): the JSON text
 */
char *
bench_generate_interactions (guint  n_entries,
                             gsize *length)
{
  g_autoptr (GBytes) bundled = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260101);
  cJSON *root, *entries, *out, *out_entries;
  char *text, *copy;
  gsize size;
  const char *data;
  int n_bundled;

  bundled = g_resources_lookup_data (KG_CATALOG_RESOURCE_PATH "interactions.json",
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bundled != NULL);
  data = g_bytes_get_data (bundled, &size);
  root = cJSON_ParseWithLength (data, size);
  g_assert (root != NULL);
  entries = cJSON_GetObjectItemCaseSensitive (root, "interactions");
  n_bundled = cJSON_GetArraySize (entries);
  g_assert (n_bundled > 0);

  out = cJSON_CreateObject ();
  cJSON_AddNumberToObject (out, "schema_version", 1);
  out_entries = cJSON_AddArrayToObject (out, "interactions");
  for (guint i = 0; i < n_entries; i++)
    {
      cJSON *entry = cJSON_Duplicate (cJSON_GetArrayItem (entries, (int) (i % n_bundled)), TRUE);
      const cJSON *id = cJSON_GetObjectItemCaseSensitive (entry, "id");
      g_autofree char *new_id = g_strdup_printf ("%s-%u", id->valuestring, i);
      g_autofree char *name = invent_name (rand);
      g_autofree char *generic = g_ascii_strdown (name, -1);
      g_autofree char *brand = invent_name (rand);
      cJSON *strings;

      cJSON_ReplaceItemInObjectCaseSensitive (entry, "id", cJSON_CreateString (new_id));
      cJSON_ReplaceItemInObjectCaseSensitive (entry, "name", cJSON_CreateString (name));
      strings = cJSON_CreateArray ();
      cJSON_AddItemToArray (strings, cJSON_CreateString (generic));
      cJSON_DeleteItemFromObjectCaseSensitive (entry, "generic_names");
      cJSON_AddItemToObject (entry, "generic_names", strings);
      strings = cJSON_CreateArray ();
      cJSON_AddItemToArray (strings, cJSON_CreateString (brand));
      cJSON_DeleteItemFromObjectCaseSensitive (entry, "brands");
      cJSON_AddItemToObject (entry, "brands", strings);
      cJSON_AddItemToArray (out_entries, entry);
    }

  text = cJSON_PrintUnformatted (out);
  cJSON_Delete (out);
  cJSON_Delete (root);
  *length = strlen (text);
  /* Handed back as GLib memory, freed with g_free(). */
  copy = g_strndup (text, *length);
  cJSON_free (text);
  return copy;
}

/**
 * bench_bundled_reference_ids:
 *
 * Returns: (transfer full): the set of the bundled reference ids, as the
 *   content reader wants them for its source check
 */
GHashTable *
bench_bundled_reference_ids (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) catalog = kg_catalog_new_bundled (&error);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *references;

  g_assert_no_error (error);
  references = kg_catalog_get_references (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr (KgReference) reference = g_list_model_get_item (references, i);
      g_hash_table_add (ids, g_strdup (kg_reference_get_id (reference)));
    }
  return ids;
}
