/* kg-reference.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "kg-reference.h"

struct _KgReference
{
  GObject          parent_instance;

  /* Owned */
  char            *id;
  char            *authors;
  KgText          *title;
  KgText          *container;
  KgText          *details;
  char            *doi;
  char            *pmid;
  KgText          *note;

  KgReferenceKind  kind;
  int              year;
};

G_DEFINE_FINAL_TYPE (KgReference, kg_reference, G_TYPE_OBJECT)

static const char * const kind_names[] = {
  "journal", "label", "book", "seed", "patient-guide", "web", NULL
};

static void
kg_reference_finalize (GObject *object)
{
  KgReference *self = (KgReference *) object;

  g_free (self->id);
  g_free (self->authors);
  g_clear_pointer (&self->title, kg_text_unref);
  g_clear_pointer (&self->container, kg_text_unref);
  g_clear_pointer (&self->details, kg_text_unref);
  g_free (self->doi);
  g_free (self->pmid);
  g_clear_pointer (&self->note, kg_text_unref);

  G_OBJECT_CLASS (kg_reference_parent_class)->finalize (object);
}

static void
kg_reference_class_init (KgReferenceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_reference_finalize;
}

static void
kg_reference_init (KgReference *self)
{
}

static KgReference *
parse_one (KgContentReader *reader,
           const cJSON     *entry)
{
  g_autoptr (KgReference) self = g_object_new (KG_TYPE_REFERENCE, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const char *id;
  int kind;

  id = kg_content_reader_read_id (reader, entry);
  kind = kg_content_reader_read_enum (reader, entry, "kind", kind_names, TRUE);
  self->authors = kg_content_reader_read_string (reader, entry, "authors", FALSE);
  self->title = kg_content_reader_read_text (reader, entry, "title", TRUE);
  self->container = kg_content_reader_read_text (reader, entry, "container", FALSE);
  kg_content_reader_read_int (reader, entry, "year", 1900, 2100, FALSE, &self->year);
  self->details = kg_content_reader_read_text (reader, entry, "details", FALSE);
  self->doi = kg_content_reader_read_string (reader, entry, "doi", FALSE);
  self->pmid = kg_content_reader_read_string (reader, entry, "pmid", FALSE);
  self->note = kg_content_reader_read_text (reader, entry, "note", FALSE);

  if (self->doi != NULL && (!g_str_has_prefix (self->doi, "10.") || strchr (self->doi, '/') == NULL))
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, "doi",
                                   "expected a DOI such as “10.1093/brain/awad021”, found “%s”",
                                   self->doi);
  if (self->pmid != NULL)
    {
      for (const char *p = self->pmid; *p != '\0'; p++)
        {
          if (!g_ascii_isdigit (*p))
            {
              kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, "pmid",
                                             "expected digits only, found “%s”", self->pmid);
              break;
            }
        }
    }

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;

  self->id = g_strdup (id);
  self->kind = kind;
  return g_steal_pointer (&self);
}

/**
 * kg_references_parse:
 * @reader: the reader of references.json
 * @root: its top-level object
 * @store: (element-type KgReference): where valid references are appended
 *
 * Returns: whether every reference was valid
 */
gboolean
kg_references_parse (KgContentReader *reader,
                     const cJSON     *root,
                     GListStore      *store)
{
  guint problems = kg_content_reader_get_n_problems (reader);
  const cJSON *array = kg_content_reader_read_array (reader, root, "references", TRUE);
  const cJSON *entry;
  guint index = 0;

  cJSON_ArrayForEach (entry, array)
    {
      g_autoptr (KgReference) reference = NULL;

      kg_content_reader_begin_entry (reader, "reference", index++, entry);
      if (kg_content_reader_expect_object (reader, entry)
          && (reference = parse_one (reader, entry)) != NULL)
        g_list_store_append (store, reference);
      kg_content_reader_end_entry (reader);
    }
  return kg_content_reader_get_n_problems (reader) == problems;
}

/** kg_reference_get_id: @self: a reference. Returns: (transfer none): its id */
const char *
kg_reference_get_id (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->id;
}

/** kg_reference_get_kind: @self: a reference. Returns: its kind */
KgReferenceKind
kg_reference_get_kind (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), 0);
  return self->kind;
}

/** kg_reference_get_authors: @self: a reference. Returns: (nullable): the authors */
const char *
kg_reference_get_authors (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->authors;
}

/** kg_reference_get_title: @self: a reference. Returns: (transfer none): the title */
KgText *
kg_reference_get_title (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->title;
}

/**
 * kg_reference_get_container: @self: a reference.
 * Returns: (nullable) (transfer none): journal, publisher or site; a name, or
 *   a description with its translations ("Patient-run website …")
 */
KgText *
kg_reference_get_container (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->container;
}

/** kg_reference_get_year: @self: a reference. Returns: the year, or 0 when unknown */
int
kg_reference_get_year (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), 0);
  return self->year;
}

/**
 * kg_reference_get_details: @self: a reference.
 * Returns: (nullable) (transfer none): volume and pages, or where a document
 *   is ("File 000_….txt"), with its translations
 */
KgText *
kg_reference_get_details (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->details;
}

/** kg_reference_get_doi: @self: a reference. Returns: (nullable): the DOI */
const char *
kg_reference_get_doi (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->doi;
}

/** kg_reference_get_pmid: @self: a reference. Returns: (nullable): the PubMed id */
const char *
kg_reference_get_pmid (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->pmid;
}

/** kg_reference_get_note: @self: a reference. Returns: (nullable) (transfer none): a caveat */
KgText *
kg_reference_get_note (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->note;
}

/* Appends @text and a full stop, unless it already ends a sentence
 * ("Domino EF, et al." or a title ending in "?"). */
static void
append_sentence (GString    *citation,
                 const char *text)
{
  g_string_append (citation, text);
  if (!g_str_has_suffix (text, ".") && !g_str_has_suffix (text, "?")
      && !g_str_has_suffix (text, "!"))
    g_string_append_c (citation, '.');
}

/**
 * kg_reference_format:
 * @self: a reference
 * @language: (nullable): the language of the title, container and details
 *
 * Formats the reference in Vancouver style, without the DOI:
 * "Sleigh J, Warnaby C, Tracey I. General anaesthesia …. Brain. 2023;146(5):1887–1900."
 *
 * Returns: (transfer full): the citation, plain text
 */
char *
kg_reference_format (KgReference *self,
                     const char  *language)
{
  GString *citation = g_string_new (NULL);
  const char *title;

  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);

  if (self->authors != NULL)
    {
      append_sentence (citation, self->authors);
      g_string_append_c (citation, ' ');
    }
  title = kg_text_get (self->title, language, FALSE);
  append_sentence (citation, title);
  if (self->container != NULL)
    {
      g_string_append_c (citation, ' ');
      append_sentence (citation, kg_text_get (self->container, language, FALSE));
    }
  if (self->year != 0)
    g_string_append_printf (citation, " %d", self->year);
  if (self->details != NULL)
    g_string_append_printf (citation, "%s%s", self->year != 0 ? ";" : " ",
                            kg_text_get (self->details, language, FALSE));
  if (self->year != 0 || self->details != NULL)
    g_string_append_c (citation, '.');
  return g_string_free (citation, FALSE);
}

/**
 * kg_reference_dup_doi_uri:
 * @self: a reference
 *
 * Returns: (transfer full) (nullable): "https://doi.org/<doi>", or %NULL without a DOI
 */
char *
kg_reference_dup_doi_uri (KgReference *self)
{
  g_return_val_if_fail (KG_IS_REFERENCE (self), NULL);
  return self->doi != NULL ? g_strconcat ("https://doi.org/", self->doi, NULL) : NULL;
}
