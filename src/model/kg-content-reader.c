/* kg-content-reader.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kg-content-reader.h"

G_DEFINE_QUARK (kg-content-error-quark, kg_content_error)

struct _KgContentReader
{
  /* Owned */
  char       *file_name;
  cJSON      *root;
  char       *entry_label;
  GHashTable *seen_ids;        /* id → 1-based position */

  /* Borrowed */
  GPtrArray  *problems;        /* of GError* */
  GHashTable *reference_ids;   /* set of known reference ids, or NULL */
  const char *data;
  gsize       length;
  guint       entry_position;  /* 1-based; 0 outside an entry */
};

#define MAX_QUOTED 40

/* Position of @offset in @data as 1-based line and (character) column. */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

static char *
quote_string (const char *value)
{
  if (g_utf8_strlen (value, -1) > MAX_QUOTED)
    {
      g_autofree char *head = g_utf8_substring (value, 0, MAX_QUOTED);
      return g_strdup_printf ("“%s…”", head);
    }
  return g_strdup_printf ("“%s”", value);
}

/* What a value is, for "expected …, found …" messages. */
static char *
describe_value (const cJSON *item)
{
  if (item == NULL)
    return g_strdup ("nothing (the field is missing)");
  if (cJSON_IsNull (item))
    return g_strdup ("null");
  if (cJSON_IsBool (item))
    return g_strdup (cJSON_IsTrue (item) ? "true" : "false");
  if (cJSON_IsNumber (item))
    return g_strdup_printf ("the number %.15g", item->valuedouble);
  if (cJSON_IsString (item))
    {
      g_autofree char *quoted = quote_string (item->valuestring);
      return g_strdup_printf ("the string %s", quoted);
    }
  if (cJSON_IsArray (item))
    return g_strdup ("an array");
  if (cJSON_IsObject (item))
    return g_strdup ("an object");
  return g_strdup ("an unknown value");
}

/**
 * kg_content_reader_new:
 * @file_name: the name shown in messages, e.g. "interactions.json"
 * @problems: (element-type GError): where problems are appended
 * @reference_ids: (nullable): the known reference ids; %NULL skips the
 *   dangling-source check (used while reading references.json itself)
 *
 * Returns: (transfer full): a reader for one file
 */
KgContentReader *
kg_content_reader_new (const char *file_name,
                       GPtrArray  *problems,
                       GHashTable *reference_ids)
{
  KgContentReader *self;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  self = g_new0 (KgContentReader, 1);
  self->file_name = g_strdup (file_name);
  self->problems = problems;
  self->reference_ids = reference_ids;
  self->seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

/**
 * kg_content_reader_free:
 * @self: (transfer full): a reader
 *
 * Frees the reader and the JSON tree it parsed.
 */
void
kg_content_reader_free (KgContentReader *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->root, cJSON_Delete);
  g_clear_pointer (&self->seen_ids, g_hash_table_unref);
  g_free (self->entry_label);
  g_free (self->file_name);
  g_free (self);
}

/**
 * kg_content_reader_add_problem:
 * @self: a reader
 * @code: the #KgContentError
 * @field: (nullable): the field, as a dotted path ("bioavailability.min")
 * @format: printf-style detail: what was expected and what was found
 *
 * Records a problem, prefixed with the file, the current entry and @field.
 */
void
kg_content_reader_add_problem (KgContentReader *self,
                               KgContentError   code,
                               const char      *field,
                               const char      *format,
                               ...)
{
  g_autofree char *detail = NULL;
  GString *message;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  message = g_string_new (self->file_name);
  g_string_append (message, ": ");
  if (self->entry_label != NULL)
    g_string_append_printf (message, "%s: ", self->entry_label);
  if (field != NULL)
    g_string_append_printf (message, "field “%s”: ", field);
  g_string_append (message, detail);

  g_ptr_array_add (self->problems,
                   g_error_new_literal (KG_CONTENT_ERROR, code, message->str));
  g_string_free (message, TRUE);
}

static void
add_problem_at (KgContentReader *self,
                KgContentError   code,
                gsize            offset,
                const char      *detail)
{
  guint line, column;

  locate (self->data, offset, &line, &column);
  kg_content_reader_add_problem (self, code, NULL, "line %u, column %u: %s", line, column, detail);
}

/* Depth of brackets outside strings; cJSON would recurse that deep. */
static gboolean
check_nesting (KgContentReader *self)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < self->length; i++)
    {
      char c = self->data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > KG_CONTENT_MAX_DEPTH)
            {
              g_autofree char *detail =
                g_strdup_printf ("nesting deeper than %d levels", KG_CONTENT_MAX_DEPTH);
              add_problem_at (self, KG_CONTENT_ERROR_NESTING, i, detail);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        {
          depth--;
        }
    }
  return TRUE;
}

static gsize
skip_whitespace (const char *data,
                 gsize       length,
                 gsize       offset)
{
  while (offset < length && strchr (" \t\r\n", data[offset]) != NULL && data[offset] != '\0')
    offset++;
  return offset;
}

/**
 * kg_content_reader_parse:
 * @self: a reader
 * @data: the file's bytes (need not be nul-terminated)
 * @length: their length
 *
 * Checks the whole file before any field is read: size, byte-order mark,
 * UTF-8, nesting depth, JSON syntax, a top-level object and its
 * `schema_version`.
 *
 * Returns: (transfer none) (nullable): the top-level object, owned by the
 *   reader, or %NULL when the file cannot be read at all
 */
const cJSON *
kg_content_reader_parse (KgContentReader *self,
                         const char      *data,
                         gsize            length)
{
  const char *end = NULL;
  const char *invalid = NULL;
  const cJSON *version;
  gsize rest;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->root == NULL, NULL);

  self->data = data;
  self->length = length;

  if (length > KG_CONTENT_MAX_FILE_SIZE)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_TOO_LARGE, NULL,
                                     "the file is %" G_GSIZE_FORMAT " bytes, larger than the "
                                     "limit of %d bytes", length, KG_CONTENT_MAX_FILE_SIZE);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_ENCODING, NULL,
                                     "the file starts with a byte-order mark; "
                                     "save it as UTF-8 without one");
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_autofree char *detail =
        *invalid == '\0'
          ? g_strdup ("a nul byte; the file must be UTF-8 text")
          : g_strdup_printf ("invalid UTF-8 (byte 0x%02X); save the file as UTF-8",
                             (guchar) *invalid);
      add_problem_at (self, KG_CONTENT_ERROR_ENCODING, invalid - data, detail);
      return NULL;
    }
  if (!check_nesting (self))
    return NULL;

  self->root = cJSON_ParseWithLengthOpts (data, length, &end, FALSE);
  if (self->root == NULL)
    {
      gsize offset = end != NULL && end >= data ? (gsize) (end - data) : 0;

      if (skip_whitespace (data, length, offset) >= length)
        add_problem_at (self, KG_CONTENT_ERROR_SYNTAX, offset,
                        "the JSON ends too early (truncated file?)");
      else
        add_problem_at (self, KG_CONTENT_ERROR_SYNTAX, offset, "JSON syntax error");
      return NULL;
    }
  rest = skip_whitespace (data, length, end - data);
  if (rest < length)
    {
      add_problem_at (self, KG_CONTENT_ERROR_SYNTAX, rest,
                      "unexpected text after the end of the JSON document");
      g_clear_pointer (&self->root, cJSON_Delete);
      return NULL;
    }
  if (!cJSON_IsObject (self->root))
    {
      g_autofree char *found = describe_value (self->root);
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_WRONG_TYPE, NULL,
                                     "expected a JSON object at the top level, found %s", found);
      g_clear_pointer (&self->root, cJSON_Delete);
      return NULL;
    }

  version = cJSON_GetObjectItemCaseSensitive (self->root, "schema_version");
  if (!cJSON_IsNumber (version) || version->valuedouble != KG_CONTENT_SCHEMA_VERSION)
    {
      g_autofree char *found = describe_value (version);
      kg_content_reader_add_problem (self,
                                     version == NULL ? KG_CONTENT_ERROR_MISSING_FIELD
                                                     : KG_CONTENT_ERROR_SCHEMA_VERSION,
                                     "schema_version",
                                     "expected %d (the version this KetGuide reads), found %s",
                                     KG_CONTENT_SCHEMA_VERSION, found);
      g_clear_pointer (&self->root, cJSON_Delete);
      return NULL;
    }

  return self->root;
}

/**
 * kg_content_reader_get_n_problems:
 * @self: a reader
 *
 * Returns: how many problems the whole problem list holds so far
 */
guint
kg_content_reader_get_n_problems (KgContentReader *self)
{
  return self->problems->len;
}

/**
 * kg_content_reader_get_file_name:
 * @self: a reader
 *
 * Returns: (transfer none): the file name used in messages
 */
const char *
kg_content_reader_get_file_name (KgContentReader *self)
{
  return self->file_name;
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > 64 || id[0] == '-')
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-')
        return FALSE;
    }
  return TRUE;
}

/**
 * kg_content_reader_begin_entry:
 * @self: a reader
 * @what: the kind of entry, for messages ("entry", "zone", "layer")
 * @index: its 0-based position in its array
 * @entry: (nullable): the entry, whose id (when usable) names it in messages
 *
 * Problems recorded until kg_content_reader_end_entry() name this entry.
 */
void
kg_content_reader_begin_entry (KgContentReader *self,
                               const char      *what,
                               guint            index,
                               const cJSON     *entry)
{
  const cJSON *id = cJSON_GetObjectItemCaseSensitive (entry, "id");

  g_free (self->entry_label);
  self->entry_position = index + 1;
  if (cJSON_IsString (id) && is_valid_id (id->valuestring))
    self->entry_label = g_strdup_printf ("%s “%s” (#%u)", what, id->valuestring, index + 1);
  else
    self->entry_label = g_strdup_printf ("%s #%u", what, index + 1);
}

/**
 * kg_content_reader_end_entry:
 * @self: a reader
 *
 * Ends the entry begun by kg_content_reader_begin_entry().
 */
void
kg_content_reader_end_entry (KgContentReader *self)
{
  g_clear_pointer (&self->entry_label, g_free);
  self->entry_position = 0;
}

static void
add_wrong_type (KgContentReader *self,
                const char      *field,
                const char      *expected,
                const cJSON     *found_item)
{
  g_autofree char *found = describe_value (found_item);

  kg_content_reader_add_problem (self,
                                 found_item == NULL ? KG_CONTENT_ERROR_MISSING_FIELD
                                                    : KG_CONTENT_ERROR_WRONG_TYPE,
                                 field, "expected %s, found %s", expected, found);
}

/* Checks a string from the content is fit to show as plain text. */
static gboolean
check_string (KgContentReader *self,
              const char      *field,
              const char      *value)
{
  const char *p;

  if (!g_utf8_validate (value, -1, NULL))
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_ENCODING, field,
                                     "expected UTF-8 text, found invalid bytes");
      return FALSE;
    }
  for (p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F))
        {
          kg_content_reader_add_problem (self, KG_CONTENT_ERROR_INVALID_VALUE, field,
                                         "expected plain text, found the control character "
                                         "U+%04X", c);
          return FALSE;
        }
    }
  for (p = value; *p != '\0'; p++)
    {
      /* Tags and entities would be shown literally; refusing them keeps the
       * data honest about being plain text. A lone "<" (as in "< 5 mg") is fine. */
      if ((p[0] == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
          || (p[0] == '&' && (g_ascii_isalpha (p[1]) || p[1] == '#') && strchr (p, ';') != NULL))
        {
          g_autofree char *snippet = g_strndup (p, 12);
          kg_content_reader_add_problem (self, KG_CONTENT_ERROR_INVALID_VALUE, field,
                                         "expected plain text, found markup “%s”",
                                         snippet);
          return FALSE;
        }
    }
  for (p = value; *p != '\0' && g_ascii_isspace (*p); p++)
    ;
  if (*p == '\0')
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_EMPTY, field,
                                     "expected non-empty text, found %s",
                                     *value == '\0' ? "an empty string" : "only white space");
      return FALSE;
    }
  return TRUE;
}

/**
 * kg_content_reader_read_id:
 * @self: a reader
 * @entry: the current entry
 *
 * Reads the entry's `id`: required, lower-case letters, digits and hyphens,
 * unique in the file.
 *
 * Returns: (transfer none) (nullable): the id, or %NULL after a problem
 */
const char *
kg_content_reader_read_id (KgContentReader *self,
                           const cJSON     *entry)
{
  const cJSON *id = cJSON_GetObjectItemCaseSensitive (entry, "id");
  gpointer previous;

  if (!cJSON_IsString (id))
    {
      add_wrong_type (self, "id", "a string", id);
      return NULL;
    }
  if (!is_valid_id (id->valuestring))
    {
      g_autofree char *found = describe_value (id);
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_INVALID_VALUE, "id",
                                     "expected lower-case letters, digits and hyphens "
                                     "(at most 64), found %s", found);
      return NULL;
    }
  previous = g_hash_table_lookup (self->seen_ids, id->valuestring);
  if (previous != NULL)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_DUPLICATE_ID, "id",
                                     "expected a unique id, found “%s” again "
                                     "(already used by #%u)",
                                     id->valuestring, GPOINTER_TO_UINT (previous));
      return NULL;
    }
  g_hash_table_insert (self->seen_ids, g_strdup (id->valuestring),
                       GUINT_TO_POINTER (MAX (self->entry_position, 1)));
  return id->valuestring;
}

/**
 * kg_content_reader_read_string:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name (its full dotted path when nested, see below)
 * @required: whether a missing field is a problem
 *
 * Reads a non-empty plain string (not translated: brand names, DOIs…).
 * @field may be a dotted path for messages; only its last part is looked up.
 *
 * Returns: (transfer full) (nullable): the string, or %NULL
 */
char *
kg_content_reader_read_string (KgContentReader *self,
                               const cJSON     *object,
                               const char      *field,
                               gboolean         required)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL && !required)
    return NULL;
  if (!cJSON_IsString (item))
    {
      add_wrong_type (self, field, "a string", item);
      return NULL;
    }
  if (!check_string (self, field, item->valuestring))
    return NULL;
  return g_strdup (item->valuestring);
}

static const char * const text_languages[] = { "en", "es" };

static gboolean
read_text_languages (KgContentReader *self,
                     const cJSON     *object,
                     const char      *field,
                     gboolean         patient,
                     KgText         **text)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (text_languages); i++)
    {
      const char *language = text_languages[i];
      const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, language);
      g_autofree char *path = g_strdup_printf ("%s.%s", field, language);

      if (item == NULL && i > 0)
        continue;
      if (!cJSON_IsString (item))
        {
          add_wrong_type (self, path, "a string", item);
          ok = FALSE;
          continue;
        }
      if (!check_string (self, path, item->valuestring))
        {
          ok = FALSE;
          continue;
        }
      if (*text == NULL)
        *text = kg_text_new (item->valuestring);
      kg_text_set (*text, language, patient, item->valuestring);
    }
  return ok;
}

/**
 * kg_content_reader_read_text:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @required: whether a missing field is a problem
 *
 * Reads a user-visible text: a string (English), or an object with `en`
 * (required), `es` and `patient` (an object with `en` and optional `es`).
 *
 * Returns: (transfer full) (nullable): the text, or %NULL
 */
KgText *
kg_content_reader_read_text (KgContentReader *self,
                             const cJSON     *object,
                             const char      *field,
                             gboolean         required)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);
  g_autoptr (KgText) text = NULL;
  const cJSON *patient;

  if (item == NULL && !required)
    return NULL;
  if (cJSON_IsString (item))
    {
      if (!check_string (self, field, item->valuestring))
        return NULL;
      return kg_text_new (item->valuestring);
    }
  if (!cJSON_IsObject (item))
    {
      add_wrong_type (self, field, "text (a string, or an object with “en”)", item);
      return NULL;
    }
  if (!read_text_languages (self, item, field, FALSE, &text))
    return NULL;

  patient = cJSON_GetObjectItemCaseSensitive (item, "patient");
  if (patient != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s.patient", field);
      g_autoptr (KgText) patient_text = NULL;

      if (!cJSON_IsObject (patient))
        {
          add_wrong_type (self, path, "an object with “en”", patient);
          return NULL;
        }
      if (!read_text_languages (self, patient, path, FALSE, &patient_text))
        return NULL;
      for (guint i = 0; i < G_N_ELEMENTS (text_languages); i++)
        {
          if (kg_text_has (patient_text, text_languages[i], FALSE))
            kg_text_set (text, text_languages[i], TRUE,
                         kg_text_get (patient_text, text_languages[i], FALSE));
        }
    }
  return g_steal_pointer (&text);
}

/**
 * kg_content_reader_read_strings:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @required: whether a missing or empty array is a problem
 *
 * Reads an array of non-empty plain strings.
 *
 * Returns: (transfer full): the strings (possibly empty, never %NULL)
 */
char **
kg_content_reader_read_strings (KgContentReader *self,
                                const cJSON     *object,
                                const char      *field,
                                gboolean         required)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *array = cJSON_GetObjectItemCaseSensitive (object, key);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const cJSON *item;
  guint index = 0;

  if (array == NULL && !required)
    return g_strv_builder_end (builder);
  if (!cJSON_IsArray (array))
    {
      add_wrong_type (self, field, "an array of strings", array);
      return g_strv_builder_end (builder);
    }
  if (required && cJSON_GetArraySize (array) == 0)
    kg_content_reader_add_problem (self, KG_CONTENT_ERROR_EMPTY, field,
                                   "expected at least one item, found an empty array");

  cJSON_ArrayForEach (item, array)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", field, index++);

      if (!cJSON_IsString (item))
        add_wrong_type (self, path, "a string", item);
      else if (check_string (self, path, item->valuestring))
        g_strv_builder_add (builder, item->valuestring);
    }
  return g_strv_builder_end (builder);
}

/**
 * kg_content_reader_read_sources:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name, usually "sources"
 *
 * Reads a required, non-empty array of reference ids, each of which must be
 * known (unless the reader was made without reference ids).
 *
 * Returns: (transfer full): the ids that are usable
 */
char **
kg_content_reader_read_sources (KgContentReader *self,
                                const cJSON     *object,
                                const char      *field)
{
  g_auto (GStrv) ids = kg_content_reader_read_strings (self, object, field, TRUE);
  g_autoptr (GStrvBuilder) known = g_strv_builder_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (self->reference_ids != NULL && !g_hash_table_contains (self->reference_ids, ids[i]))
        {
          g_autofree char *path = g_strdup_printf ("%s[%u]", field, i);
          kg_content_reader_add_problem (self, KG_CONTENT_ERROR_DANGLING_SOURCE, path,
                                         "expected the id of a reference in references.json, "
                                         "found “%s”", ids[i]);
          continue;
        }
      g_strv_builder_add (known, ids[i]);
    }
  return g_strv_builder_end (known);
}

/**
 * kg_content_reader_read_number:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @min: the smallest allowed value
 * @max: the largest allowed value
 * @required: whether a missing field is a problem
 * @value: (out): the number, untouched unless %TRUE is returned
 *
 * Returns: whether a finite number in [@min, @max] was read
 */
gboolean
kg_content_reader_read_number (KgContentReader *self,
                               const cJSON     *object,
                               const char      *field,
                               double           min,
                               double           max,
                               gboolean         required,
                               double          *value)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL && !required)
    return FALSE;
  if (!cJSON_IsNumber (item))
    {
      add_wrong_type (self, field, "a number", item);
      return FALSE;
    }
  if (!isfinite (item->valuedouble) || item->valuedouble < min || item->valuedouble > max)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_OUT_OF_RANGE, field,
                                     "expected a number from %g to %g, found %g",
                                     min, max, item->valuedouble);
      return FALSE;
    }
  *value = item->valuedouble;
  return TRUE;
}

/**
 * kg_content_reader_read_int:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @min: the smallest allowed value
 * @max: the largest allowed value
 * @required: whether a missing field is a problem
 * @value: (out): the integer, untouched unless %TRUE is returned
 *
 * Returns: whether a whole number in [@min, @max] was read
 */
gboolean
kg_content_reader_read_int (KgContentReader *self,
                            const cJSON     *object,
                            const char      *field,
                            int              min,
                            int              max,
                            gboolean         required,
                            int             *value)
{
  double number;

  if (!kg_content_reader_read_number (self, object, field, min, max, required, &number))
    return FALSE;
  if (number != floor (number))
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_WRONG_TYPE, field,
                                     "expected a whole number, found %g", number);
      return FALSE;
    }
  *value = (int) number;
  return TRUE;
}

/**
 * kg_content_reader_read_bool:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @required: whether a missing field is a problem
 * @value: (out): the value, untouched unless %TRUE is returned
 *
 * Returns: whether `true` or `false` was read
 */
gboolean
kg_content_reader_read_bool (KgContentReader *self,
                             const cJSON     *object,
                             const char      *field,
                             gboolean         required,
                             gboolean        *value)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL && !required)
    return FALSE;
  if (!cJSON_IsBool (item))
    {
      add_wrong_type (self, field, "true or false", item);
      return FALSE;
    }
  *value = cJSON_IsTrue (item);
  return TRUE;
}

/**
 * kg_content_reader_read_enum:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @allowed: (array zero-terminated=1): the allowed values
 * @required: whether a missing field is a problem
 *
 * Returns: the index of the value in @allowed, or -1
 */
int
kg_content_reader_read_enum (KgContentReader    *self,
                             const cJSON        *object,
                             const char         *field,
                             const char * const *allowed,
                             gboolean            required)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);
  g_autofree char *choices = NULL;
  g_autofree char *found = NULL;

  if (item == NULL && !required)
    return -1;
  if (cJSON_IsString (item))
    {
      for (int i = 0; allowed[i] != NULL; i++)
        {
          if (g_strcmp0 (item->valuestring, allowed[i]) == 0)
            return i;
        }
    }
  choices = g_strjoinv (", ", (char **) allowed);
  found = describe_value (item);
  kg_content_reader_add_problem (self,
                                 item == NULL ? KG_CONTENT_ERROR_MISSING_FIELD
                                              : KG_CONTENT_ERROR_INVALID_VALUE,
                                 field, "expected one of %s; found %s", choices, found);
  return -1;
}

/**
 * kg_content_reader_read_array:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @required: whether a missing field is a problem
 *
 * Returns: (transfer none) (nullable): the array, or %NULL
 */
const cJSON *
kg_content_reader_read_array (KgContentReader *self,
                              const cJSON     *object,
                              const char      *field,
                              gboolean         required)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL && !required)
    return NULL;
  if (!cJSON_IsArray (item))
    {
      add_wrong_type (self, field, "an array", item);
      return NULL;
    }
  return item;
}

/**
 * kg_content_reader_read_object:
 * @self: a reader
 * @object: the object holding @field
 * @field: the field name
 * @required: whether a missing field is a problem
 *
 * Returns: (transfer none) (nullable): the object, or %NULL
 */
const cJSON *
kg_content_reader_read_object (KgContentReader *self,
                               const cJSON     *object,
                               const char      *field,
                               gboolean         required)
{
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL && !required)
    return NULL;
  if (!cJSON_IsObject (item))
    {
      add_wrong_type (self, field, "an object", item);
      return NULL;
    }
  return item;
}
