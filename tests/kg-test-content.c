/* kg-test-content.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <cjson/cJSON.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kg-catalog.h"
#include "kg-test-content.h"

/* Content directories for tests.
 *
 * A fixture (tests/fixtures/bad/<case>/) holds only the files it breaks; a
 * file "<name>.missing" removes <name>. Every other file comes from
 * tests/fixtures/valid/, and a file that is not there either comes from the
 * bundled content (the GResource), so a content file added to the catalogue
 * later needs no change here.
 *
 * The bundled files cite the bundled references. When references.json is the
 * fixture's own, the bundled references those files cite (and the fixture
 * does not define) are appended to it, after its own entries, so that only
 * the problems the fixture was made for are reported. */

static GBytes *
lookup_bundled (const char *name)
{
  g_autofree char *path = g_strconcat (KG_CATALOG_RESOURCE_PATH, name, NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static void
collect_sources (const cJSON *item,
                 GHashTable  *cited)
{
  const cJSON *child;

  if (cJSON_IsObject (item))
    {
      const cJSON *sources = cJSON_GetObjectItemCaseSensitive (item, "sources");
      const cJSON *id;

      cJSON_ArrayForEach (id, sources)
        {
          if (cJSON_IsString (id))
            g_hash_table_add (cited, g_strdup (id->valuestring));
        }
    }
  cJSON_ArrayForEach (child, item)
    collect_sources (child, cited);
}

static void
add_cited_references (const char *references_path,
                      GHashTable *cited)
{
  g_autofree char *text = NULL;
  g_autoptr (GBytes) bundled_bytes = NULL;
  g_autoptr (GString) added = g_string_new (NULL);
  g_autoptr (GString) merged = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) defined = g_hash_table_new (g_str_hash, g_str_equal);
  cJSON *own = NULL;
  cJSON *bundled = NULL;
  const cJSON *array;
  const cJSON *entry;
  const char *close;
  gsize length;

  if (g_hash_table_size (cited) == 0 || !g_file_get_contents (references_path, &text, &length, NULL))
    return;
  own = cJSON_ParseWithLength (text, length);
  array = cJSON_GetObjectItemCaseSensitive (own, "references");
  close = strrchr (text, ']');
  /* Only a well-formed file, whose references array closes the document. */
  if (!cJSON_IsArray (array) || close == NULL || strspn (close + 1, " \n}") != strlen (close + 1))
    goto out;

  cJSON_ArrayForEach (entry, array)
    {
      const cJSON *id = cJSON_GetObjectItemCaseSensitive (entry, "id");

      if (cJSON_IsString (id))
        g_hash_table_add (defined, id->valuestring);
    }

  bundled_bytes = lookup_bundled ("references.json");
  g_assert_nonnull (bundled_bytes);
  bundled = cJSON_ParseWithLength (g_bytes_get_data (bundled_bytes, NULL),
                                   g_bytes_get_size (bundled_bytes));
  cJSON_ArrayForEach (entry, cJSON_GetObjectItemCaseSensitive (bundled, "references"))
    {
      const cJSON *id = cJSON_GetObjectItemCaseSensitive (entry, "id");
      g_autofree char *printed = NULL;

      if (!cJSON_IsString (id) || !g_hash_table_contains (cited, id->valuestring)
          || g_hash_table_contains (defined, id->valuestring))
        continue;
      printed = cJSON_PrintUnformatted (entry);
      if (added->len > 0 || cJSON_GetArraySize (array) > 0)
        g_string_append (added, ",\n    ");
      g_string_append (added, printed);
    }
  if (added->len == 0)
    goto out;

  merged = g_string_new_len (text, close - text);
  g_string_append (merged, added->str);
  g_string_append (merged, close);
  g_file_set_contents (references_path, merged->str, merged->len, &error);
  g_assert_no_error (error);

out:
  cJSON_Delete (own);
  cJSON_Delete (bundled);
}

/**
 * kg_test_content_dir_new:
 * @fixture: (nullable): a folder under tests/fixtures/bad/, or %NULL for
 *   the valid content
 *
 * Returns: (transfer full): a new temporary content directory; remove it
 *   with kg_test_content_dir_remove()
 */
char *
kg_test_content_dir_new (const char *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("ketguide-content-XXXXXX", &error);
  g_autofree char *fixture_dir = NULL;
  g_autofree char *valid_dir = g_test_build_filename (G_TEST_DIST, "fixtures", "valid", NULL);
  g_autoptr (GHashTable) cited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) names = NULL;
  gboolean own_references = FALSE;

  g_assert_no_error (error);
  /* Run by meson test, which points G_TEST_SRCDIR at tests/. */
  g_assert_true (g_file_test (valid_dir, G_FILE_TEST_IS_DIR));
  if (fixture != NULL)
    {
      fixture_dir = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", fixture, NULL);
      g_assert_true (g_file_test (fixture_dir, G_FILE_TEST_IS_DIR));
    }

  names = g_resources_enumerate_children (KG_CATALOG_RESOURCE_PATH,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = names[i];
      g_autofree char *target = g_build_filename (directory, name, NULL);
      g_autofree char *missing_name = g_strconcat (name, ".missing", NULL);
      g_autofree char *source = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (fixture_dir != NULL)
        {
          g_autofree char *missing = g_build_filename (fixture_dir, missing_name, NULL);

          if (g_file_test (missing, G_FILE_TEST_EXISTS))
            continue;
          source = g_build_filename (fixture_dir, name, NULL);
          if (!g_file_test (source, G_FILE_TEST_EXISTS))
            g_clear_pointer (&source, g_free);
        }
      if (source == NULL)
        {
          source = g_build_filename (valid_dir, name, NULL);
          if (!g_file_test (source, G_FILE_TEST_EXISTS))
            g_clear_pointer (&source, g_free);
        }

      if (source != NULL)
        {
          g_file_get_contents (source, &contents, &length, &error);
          g_assert_no_error (error);
          if (g_str_equal (name, "references.json"))
            own_references = TRUE;
        }
      else
        {
          g_autoptr (GBytes) bytes = lookup_bundled (name);
          cJSON *root;

          g_assert_nonnull (bytes);
          contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
          length = g_bytes_get_size (bytes);
          root = cJSON_ParseWithLength (contents, length);
          collect_sources (root, cited);
          cJSON_Delete (root);
        }
      g_file_set_contents (target, contents, length, &error);
      g_assert_no_error (error);
    }

  if (own_references)
    {
      g_autofree char *references = g_build_filename (directory, "references.json", NULL);
      add_cited_references (references, cited);
    }
  return g_steal_pointer (&directory);
}

/**
 * kg_test_content_dir_remove:
 * @directory: a directory from kg_test_content_dir_new()
 *
 * Removes it and the files in it.
 */
void
kg_test_content_dir_remove (const char *directory)
{
  g_autoptr (GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/**
 * kg_test_count_entries:
 * @directory: (nullable): a content directory, or %NULL for the bundled content
 * @file_name: a content file
 * @key: its top-level array
 *
 * Returns: how many entries the file's array holds, counted independently
 *   of the loader
 */
guint
kg_test_count_entries (const char *directory,
                       const char *file_name,
                       const char *key)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  cJSON *root;
  guint count;

  if (directory != NULL)
    {
      g_autofree char *path = g_build_filename (directory, file_name, NULL);
      g_autoptr (GError) error = NULL;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
    }
  else
    {
      g_autoptr (GBytes) bytes = lookup_bundled (file_name);

      g_assert_nonnull (bytes);
      length = g_bytes_get_size (bytes);
      contents = g_strndup (g_bytes_get_data (bytes, NULL), length);
    }
  root = cJSON_ParseWithLength (contents, length);
  g_assert_nonnull (root);
  count = cJSON_GetArraySize (cJSON_GetObjectItemCaseSensitive (root, key));
  cJSON_Delete (root);
  return count;
}
