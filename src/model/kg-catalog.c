/* kg-catalog.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "kg-catalog.h"

struct _KgCatalog
{
  GObject     parent_instance;

  /* Owned */
  GListStore *references;
  GHashTable *reference_ids;   /* id → KgReference (borrowed from the store) */
  GHashTable *known_reference_ids; /* every id in references.json; NULL if unreadable */
  GListStore *interactions;
  GListStore *routes;
  KgPkContent *pharmacokinetics;
  KgDoseChart *dose_chart;
};

G_DEFINE_FINAL_TYPE (KgCatalog, kg_catalog, G_TYPE_OBJECT)

typedef gboolean (*KgSectionParse) (KgCatalog       *self,
                                    KgContentReader *reader,
                                    const cJSON     *root);

static gboolean
parse_references (KgCatalog       *self,
                  KgContentReader *reader,
                  const cJSON     *root)
{
  gboolean ok = kg_references_parse (reader, root, self->references);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->references));

  /* Sources are checked against every id the file defines, so that a
   * reference with a problem of its own is not reported again by each entry
   * citing it. */
  g_clear_pointer (&self->known_reference_ids, g_hash_table_unref);
  self->known_reference_ids = g_hash_table_ref (kg_content_reader_get_ids (reader));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgReference) reference = g_list_model_get_item (G_LIST_MODEL (self->references), i);
      g_hash_table_insert (self->reference_ids, (char *) kg_reference_get_id (reference), reference);
    }
  return ok;
}

static gboolean
parse_interactions (KgCatalog       *self,
                    KgContentReader *reader,
                    const cJSON     *root)
{
  return kg_interactions_parse (reader, root, self->interactions);
}

static gboolean
parse_routes (KgCatalog       *self,
              KgContentReader *reader,
              const cJSON     *root)
{
  return kg_routes_parse (reader, root, self->routes);
}

static gboolean
parse_pharmacokinetics (KgCatalog       *self,
                        KgContentReader *reader,
                        const cJSON     *root)
{
  g_clear_object (&self->pharmacokinetics);
  self->pharmacokinetics = kg_pk_content_parse (reader, root);
  return self->pharmacokinetics != NULL;
}

static gboolean
parse_dose_zones (KgCatalog       *self,
                  KgContentReader *reader,
                  const cJSON     *root)
{
  g_clear_object (&self->dose_chart);
  self->dose_chart = kg_dose_chart_parse (reader, root);
  return self->dose_chart != NULL;
}

/* references.json comes first: every other file's sources are checked against it. */
static const struct
{
  const char     *file_name;
  KgSectionParse  parse;
} sections[] = {
  { "references.json", parse_references },
  { "interactions.json", parse_interactions },
  { "routes.json", parse_routes },
  { "pharmacokinetics.json", parse_pharmacokinetics },
  { "dose-zones.json", parse_dose_zones },
};

static void
kg_catalog_finalize (GObject *object)
{
  KgCatalog *self = (KgCatalog *) object;

  g_clear_pointer (&self->reference_ids, g_hash_table_unref);
  g_clear_pointer (&self->known_reference_ids, g_hash_table_unref);
  g_clear_object (&self->references);
  g_clear_object (&self->interactions);
  g_clear_object (&self->routes);
  g_clear_object (&self->pharmacokinetics);
  g_clear_object (&self->dose_chart);

  G_OBJECT_CLASS (kg_catalog_parent_class)->finalize (object);
}

static void
kg_catalog_class_init (KgCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_catalog_finalize;
}

static void
kg_catalog_init (KgCatalog *self)
{
  self->references = g_list_store_new (KG_TYPE_REFERENCE);
  self->reference_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->interactions = g_list_store_new (KG_TYPE_INTERACTION);
  self->routes = g_list_store_new (KG_TYPE_ROUTE);
}

static void
add_file_problem (GPtrArray      *problems,
                  const char     *file_name,
                  KgContentError  code,
                  const char     *detail)
{
  g_ptr_array_add (problems, g_error_new (KG_CONTENT_ERROR, code, "%s: %s", file_name, detail));
}

/* Reads one file of a content directory, refusing oversized files before
 * reading them into memory. */
static GBytes *
read_directory_file (const char *directory,
                     const char *file_name,
                     GPtrArray  *problems)
{
  g_autofree char *path = g_build_filename (directory, file_name, NULL);
  g_autoptr (GError) error = NULL;
  GStatBuf info;
  char *contents = NULL;
  gsize length = 0;

  if (g_stat (path, &info) != 0)
    {
      int saved_errno = errno;
      g_autofree char *detail = NULL;

      if (saved_errno == ENOENT)
        {
          /* The folder's name may not be UTF-8; the message must be. */
          g_autofree char *shown = g_filename_display_name (path);

          detail = g_strdup_printf ("expected the file %s, found nothing there", shown);
        }
      else
        detail = g_strdup_printf ("cannot be read: %s", g_strerror (saved_errno));
      add_file_problem (problems, file_name, KG_CONTENT_ERROR_MISSING_FILE, detail);
      return NULL;
    }
  if (!S_ISREG (info.st_mode))
    {
      add_file_problem (problems, file_name, KG_CONTENT_ERROR_MISSING_FILE,
                        "expected a regular file, found a folder or a special file");
      return NULL;
    }
  if (info.st_size > KG_CONTENT_MAX_FILE_SIZE)
    {
      g_autofree char *detail =
        g_strdup_printf ("expected at most %d bytes (1 MiB), found %" G_GINT64_FORMAT
                         " bytes; split or trim the file", KG_CONTENT_MAX_FILE_SIZE,
                         (gint64) info.st_size);
      add_file_problem (problems, file_name, KG_CONTENT_ERROR_TOO_LARGE, detail);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_autofree char *detail = g_strdup_printf ("cannot be read: %s", error->message);
      add_file_problem (problems, file_name, KG_CONTENT_ERROR_MISSING_FILE, detail);
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

static GBytes *
read_resource_file (const char *file_name,
                    GPtrArray  *problems)
{
  g_autofree char *path = g_strconcat (KG_CATALOG_RESOURCE_PATH, file_name, NULL);
  g_autoptr (GError) error = NULL;
  GBytes *bytes;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    add_file_problem (problems, file_name, KG_CONTENT_ERROR_MISSING_FILE, error->message);
  return bytes;
}

/* Reads and validates the bytes of one content file into its section. */
static void
parse_section (KgCatalog  *self,
               guint       section,
               GHashTable *reference_ids,
               const char *data,
               gsize       length,
               GPtrArray  *problems)
{
  g_autoptr (KgContentReader) reader = NULL;
  const cJSON *root;

  reader = kg_content_reader_new (sections[section].file_name, problems, reference_ids);
  root = kg_content_reader_parse (reader, data != NULL ? data : "", length);
  if (root != NULL)
    sections[section].parse (self, reader, root);
}

/* Loads every section, from @directory or (when %NULL) from the resources,
 * appending every problem found; returns the catalogue only when there are none. */
static KgCatalog *
load (const char *directory,
      GPtrArray  *problems)
{
  g_autoptr (KgCatalog) self = g_object_new (KG_TYPE_CATALOG, NULL);
  guint before = problems->len;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const char *file_name = sections[i].file_name;
      g_autoptr (GBytes) bytes = NULL;
      gsize length;
      const char *data;

      bytes = directory != NULL ? read_directory_file (directory, file_name, problems)
                                : read_resource_file (file_name, problems);
      if (bytes == NULL)
        continue;

      /* references.json is read before its ids are known; when it could not
       * be read at all, sources are not checked (its own problem says why). */
      data = g_bytes_get_data (bytes, &length);
      parse_section (self, i, i == 0 ? NULL : self->known_reference_ids, data, length, problems);
    }

  return problems->len == before ? g_steal_pointer (&self) : NULL;
}

/**
 * kg_catalog_new_bundled:
 * @error: return location for a #GError
 *
 * Loads the content compiled into the binary. It is validated like any
 * other content; a problem here is a packaging bug.
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
KgCatalog *
kg_catalog_new_bundled (GError **error)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  KgCatalog *self = load (NULL, problems);

  if (self == NULL)
    {
      GError *first = g_ptr_array_index (problems, 0);

      if (problems->len == 1)
        g_set_error (error, KG_CONTENT_ERROR, first->code, "Bundled content: %s", first->message);
      else
        g_set_error (error, KG_CONTENT_ERROR, first->code, "Bundled content: %s (and %u more)",
                     first->message, problems->len - 1);
    }
  return self;
}

/**
 * kg_catalog_new_from_directory:
 * @directory: a folder holding the content files
 * @problems: (out) (optional) (element-type GError) (transfer full): every
 *   problem found, or %NULL when there are none
 *
 * Loads and validates an institution's own content. Nothing is returned
 * unless all of it is valid, so the app never shows half-checked content.
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL when there are problems
 */
KgCatalog *
kg_catalog_new_from_directory (const char  *directory,
                               GPtrArray  **problems)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  KgCatalog *self;

  g_return_val_if_fail (directory != NULL, NULL);

  /* One problem for a wrong folder, rather than one per missing file. */
  if (!g_file_test (directory, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *shown = g_filename_display_name (directory);

      add_file_problem (found, shown, KG_CONTENT_ERROR_MISSING_FILE,
                        g_file_test (directory, G_FILE_TEST_EXISTS)
                          ? "expected a folder of content files, found a file"
                          : "expected a folder of content files, found nothing there");
      self = NULL;
    }
  else
    {
      self = load (directory, found);
    }
  if (problems != NULL)
    *problems = found->len > 0 ? g_steal_pointer (&found) : NULL;
  return self;
}

/**
 * kg_catalog_describe:
 * @self: a catalogue
 *
 * Returns: (transfer full): a one-line count of what it holds, for
 *   `--check-content`, e.g. "40 references, 34 interactions and conditions"
 */
char *
kg_catalog_describe (KgCatalog *self)
{
  g_return_val_if_fail (KG_IS_CATALOG (self), NULL);

  return g_strdup_printf ("%u references, %u interactions and conditions",
                          g_list_model_get_n_items (G_LIST_MODEL (self->references)),
                          g_list_model_get_n_items (G_LIST_MODEL (self->interactions)));
}

/**
 * kg_catalog_get_references:
 * @self: a catalogue
 *
 * Returns: (transfer none): the #KgReference list, in file order
 */
GListModel *
kg_catalog_get_references (KgCatalog *self)
{
  g_return_val_if_fail (KG_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->references);
}

/**
 * kg_catalog_lookup_reference:
 * @self: a catalogue
 * @id: a reference id
 *
 * Returns: (transfer none) (nullable): the reference with that id
 */
KgReference *
kg_catalog_lookup_reference (KgCatalog  *self,
                             const char *id)
{
  g_return_val_if_fail (KG_IS_CATALOG (self), NULL);
  return g_hash_table_lookup (self->reference_ids, id);
}

/**
 * kg_catalog_get_interactions:
 * @self: a catalogue
 *
 * Returns: (transfer none): the #KgInteraction list, in file order
 */
GListModel *
kg_catalog_get_interactions (KgCatalog *self)
{
  g_return_val_if_fail (KG_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->interactions);
}

/**
 * kg_catalog_get_routes:
 * @self: a catalogue
 *
 * Returns: (transfer none): the #KgRoute list, in file order
 */
GListModel *
kg_catalog_get_routes (KgCatalog *self)
{
  g_return_val_if_fail (KG_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->routes);
}

/**
 * kg_catalog_get_dose_chart:
 * @self: a catalogue
 *
 * Returns: (transfer none) (nullable): the dose zones and brain layers, or
 *   %NULL in a catalogue made from another single file
 */
KgDoseChart *
kg_catalog_get_dose_chart (KgCatalog *self)
{
  g_return_val_if_fail (KG_IS_CATALOG (self), NULL);
  return self->dose_chart;
}

/**
 * kg_catalog_get_file_names:
 *
 * Returns: (transfer none) (array zero-terminated=1): the names of the
 *   content files, in the order they are read
 */
const char * const *
kg_catalog_get_file_names (void)
{
  static const char *names[G_N_ELEMENTS (sections) + 1];

  if (names[0] == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        names[i] = sections[i].file_name;
    }
  return names;
}

/**
 * kg_catalog_new_from_file_data:
 * @file_name: one of kg_catalog_get_file_names()
 * @data: (array length=length): the file's bytes (need not be nul-terminated)
 * @length: their length
 * @references: (nullable): a catalogue whose references the file's sources
 *   must name; %NULL skips that check (ignored for references.json)
 * @problems: (element-type GError): where problems are appended
 *
 * Reads one content file from memory through the same reader and section
 * parser as a content directory. Used by the fuzzer and the benchmarks.
 *
 * Returns: (transfer full) (nullable): a catalogue holding only that
 *   section, or %NULL when there are problems or @file_name is unknown
 */
KgCatalog *
kg_catalog_new_from_file_data (const char *file_name,
                               const char *data,
                               gsize       length,
                               KgCatalog  *references,
                               GPtrArray  *problems)
{
  g_autoptr (KgCatalog) self = NULL;
  guint before;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (references == NULL || KG_IS_CATALOG (references), NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  before = problems->len;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_strcmp0 (sections[i].file_name, file_name) != 0)
        continue;
      self = g_object_new (KG_TYPE_CATALOG, NULL);
      parse_section (self, i, i == 0 || references == NULL ? NULL : references->reference_ids,
                     data, length, problems);
      return problems->len == before ? g_steal_pointer (&self) : NULL;
    }
  return NULL;
}

/**
 * kg_catalog_get_pharmacokinetics:
 * @self: a catalogue
 *
 * Returns: (transfer none): the model, half-lives and markers of the
 *   half-life page
 */
KgPkContent *
kg_catalog_get_pharmacokinetics (KgCatalog *self)
{
  g_return_val_if_fail (KG_IS_CATALOG (self), NULL);
  return self->pharmacokinetics;
}
