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
  GHashTable *keys_checked;    /* objects already checked for duplicate keys */

  /* Borrowed */
  GPtrArray  *problems;        /* of GError* */
  GHashTable *reference_ids;   /* set of known reference ids, or NULL */
  const char *data;
  gsize       length;
  guint       entry_position;  /* 1-based; 0 outside an entry */
  gsize       max_size;        /* KG_CONTENT_MAX_FILE_SIZE, unless a benchmark raised it */
  gboolean    utf8_checked;    /* the whole file was valid UTF-8, so every string is */
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

/* Quotes a string from the content for a message: at most MAX_QUOTED
 * characters, with control characters escaped so that every problem stays
 * on one line. */
static char *
quote_string (const char *value)
{
  GString *quoted = g_string_new ("“");
  const char *p = value;

  for (guint count = 0; *p != '\0'; count++)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (count == MAX_QUOTED)
        {
          g_string_append (quoted, "…");
          break;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: show the byte and go on with the next one. */
          g_string_append_printf (quoted, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      if (c == '\n')
        g_string_append (quoted, "\\n");
      else if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        g_string_append_printf (quoted, "\\u%04X", c);
      else
        g_string_append_unichar (quoted, c);
      p = g_utf8_next_char (p);
    }
  g_string_append (quoted, "”");
  return g_string_free (quoted, FALSE);
}

/* A number as JSON writes it, whatever the locale. */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isinf (value))
    return g_strdup (value > 0 ? "a number too large to use"
                               : "a negative number too large to use");
  if (isnan (value))
    return g_strdup ("not a number");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
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
    {
      g_autofree char *number = format_number (item->valuedouble);
      return isfinite (item->valuedouble) ? g_strdup_printf ("the number %s", number)
                                          : g_steal_pointer (&number);
    }
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
  self->keys_checked = g_hash_table_new (NULL, NULL);
  self->max_size = KG_CONTENT_MAX_FILE_SIZE;
  return self;
}

/**
 * kg_content_reader_set_max_size:
 * @self: a reader, before kg_content_reader_parse()
 * @max_size: the largest file accepted, in bytes
 *
 * Raises (or lowers) the %KG_CONTENT_MAX_FILE_SIZE cap. Only for the
 * benchmarks, which time files larger than content may be.
 */
void
kg_content_reader_set_max_size (KgContentReader *self,
                                gsize            max_size)
{
  g_return_if_fail (self != NULL);
  self->max_size = max_size;
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
  g_clear_pointer (&self->keys_checked, g_hash_table_unref);
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

/* Walks the raw text before cJSON sees it: the nesting depth (cJSON would
 * recurse that deep), "\u0000" (cJSON cuts a string short there) and raw
 * control characters inside strings (which JSON does not allow, and which
 * most often mean a closing quote is missing). */
static gboolean
scan_structure (KgContentReader *self)
{
  gsize string_start = 0;
  gboolean in_string = FALSE;
  guint depth = 0;

  /* Inside quotes only these bytes matter: a backslash, the closing quote
   * and control characters. Text is most of a file, so it is skipped fast. */
  static const guint8 special_in_string[256] = {
    [0x00 ... 0x1F] = 1, ['"'] = 1, ['\\'] = 1,
  };

  for (gsize i = 0; i < self->length; i++)
    {
      guchar c;

      if (in_string)
        {
          while (i < self->length && !special_in_string[(guchar) self->data[i]])
            i++;
          if (i == self->length)
            break;
        }
      c = (guchar) self->data[i];
      if (in_string)
        {
          if (c == '\\' && self->length - i >= 6 && memcmp (self->data + i, "\\u0000", 6) == 0)
            {
              add_problem_at (self, KG_CONTENT_ERROR_INVALID_VALUE, i,
                              "expected plain text, found the escape “\\u0000” (a nul character)");
              return FALSE;
            }
          else if (c == '\\')
            {
              i++;
            }
          else if (c == '"')
            {
              in_string = FALSE;
            }
          else if (c == '\n' || c == '\r')
            {
              guint line, column;
              g_autofree char *detail = NULL;

              locate (self->data, string_start, &line, &column);
              detail = g_strdup_printf ("the text in quotes that starts at line %u, column %u "
                                        "runs past the end of its line; expected a closing "
                                        "“\"” (write a line break inside text as “\\n”)",
                                        line, column);
              add_problem_at (self, KG_CONTENT_ERROR_SYNTAX, i, detail);
              return FALSE;
            }
          else if (c < 0x20)
            {
              g_autofree char *detail =
                g_strdup_printf ("expected plain text, found the control character U+%04X "
                                 "inside quotes", c);
              add_problem_at (self, KG_CONTENT_ERROR_INVALID_VALUE, i, detail);
              return FALSE;
            }
          continue;
        }
      if (c == '"')
        {
          in_string = TRUE;
          string_start = i;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > KG_CONTENT_MAX_DEPTH)
            {
              g_autofree char *detail =
                g_strdup_printf ("expected arrays and objects nested at most %d deep, "
                                 "found deeper nesting", KG_CONTENT_MAX_DEPTH);
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

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Offset just after the last character that is not white space. */
static gsize
content_end (const char *data,
             gsize       length)
{
  while (length > 0 && is_json_space (data[length - 1]))
    length--;
  return length;
}

/* A strict walk over the JSON grammar, run only once cJSON has refused the
 * text, to say exactly where and why: cJSON reports only a position, and
 * sometimes one character late. */
typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  gsize       error_at;
  char       *error;
} SyntaxCheck;

static gboolean check_value (SyntaxCheck *check,
                             guint        depth);

static void
check_skip_space (SyntaxCheck *check)
{
  while (check->pos < check->length && is_json_space (check->data[check->pos]))
    check->pos++;
}

static gboolean
check_at (SyntaxCheck *check,
          char         c)
{
  return check->pos < check->length && check->data[check->pos] == c;
}

/* What is at the current position: a word, one character, or the end. */
static char *
describe_token (SyntaxCheck *check)
{
  gsize start = check->pos;
  gsize end = start;
  g_autofree char *token = NULL;
  g_autofree char *quoted = NULL;

  if (start >= check->length)
    return g_strdup ("the end of the file");
  while (end < check->length && end - start < 20
         && (g_ascii_isalnum (check->data[end]) || strchr ("+-._", check->data[end]) != NULL))
    end++;
  if (end == start)
    end = g_utf8_next_char (check->data + start) - check->data;
  token = g_strndup (check->data + start, MIN (end, check->length) - start);
  quoted = quote_string (token);
  return g_strdup_printf ("%s", quoted);
}

/* Records what was expected at the current position and what is there,
 * with an optional @hint (" (…)") about the likely mistake. */
static gboolean
check_fail_hint (SyntaxCheck *check,
                 const char  *expected,
                 const char  *hint)
{
  g_autofree char *found = describe_token (check);

  g_free (check->error);
  check->error_at = check->pos;
  if (check->pos >= check->length)
    check->error = g_strdup_printf ("the file ends before the JSON is complete (truncated?); "
                                    "expected %s", expected);
  else
    check->error = g_strdup_printf ("JSON syntax error: expected %s, found %s%s", expected, found,
                                    hint);
  return FALSE;
}

static gboolean
check_fail (SyntaxCheck *check,
            const char  *expected)
{
  return check_fail_hint (check, expected, "");
}

static gboolean
check_literal (SyntaxCheck *check,
               const char  *word)
{
  gsize n = strlen (word);

  if (check->length - check->pos < n || memcmp (check->data + check->pos, word, n) != 0)
    return check_fail (check, "a value (text in double quotes, a number, true, false, null, "
                              "an array or an object)");
  check->pos += n;
  return TRUE;
}

static gboolean
check_digits (SyntaxCheck *check,
              const char  *expected)
{
  if (check->pos >= check->length || !g_ascii_isdigit (check->data[check->pos]))
    return check_fail (check, expected);
  while (check->pos < check->length && g_ascii_isdigit (check->data[check->pos]))
    check->pos++;
  return TRUE;
}

static gboolean
check_number (SyntaxCheck *check)
{
  if (check_at (check, '-'))
    check->pos++;
  if (check_at (check, '0'))
    check->pos++;
  else if (!check_digits (check, "a digit"))
    return FALSE;
  if (check_at (check, '.'))
    {
      check->pos++;
      if (!check_digits (check, "a digit after the decimal point"))
        return FALSE;
    }
  if (check_at (check, 'e') || check_at (check, 'E'))
    {
      check->pos++;
      if (check_at (check, '+') || check_at (check, '-'))
        check->pos++;
      if (!check_digits (check, "a digit in the exponent"))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_hex4 (SyntaxCheck *check,
            guint       *value)
{
  *value = 0;
  for (guint i = 0; i < 4; i++, check->pos++)
    {
      if (check->pos >= check->length || !g_ascii_isxdigit (check->data[check->pos]))
        return check_fail (check, "four hexadecimal digits after “\\u”");
      *value = *value * 16 + g_ascii_xdigit_value (check->data[check->pos]);
    }
  return TRUE;
}

static gboolean
check_quoted (SyntaxCheck *check)
{
  check->pos++;
  for (;;)
    {
      char c;

      if (check->pos >= check->length)
        return check_fail (check, "a closing “\"”");
      c = check->data[check->pos];
      if (c == '"')
        {
          check->pos++;
          return TRUE;
        }
      if (c != '\\')
        {
          check->pos++;
          continue;
        }
      check->pos++;
      if (check->pos < check->length && strchr ("\"\\/bfnrt", check->data[check->pos]) != NULL
          && check->data[check->pos] != '\0')
        {
          check->pos++;
        }
      else if (check_at (check, 'u'))
        {
          guint unit;

          check->pos++;
          if (!check_hex4 (check, &unit))
            return FALSE;
          if (unit >= 0xDC00 && unit <= 0xDFFF)
            {
              check->pos -= 6;
              return check_fail (check, "a character escape, not half of a UTF-16 pair");
            }
          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              if (check->length - check->pos < 2 || memcmp (check->data + check->pos, "\\u", 2) != 0)
                return check_fail (check, "“\\u” and the second half of the UTF-16 pair");
              check->pos += 2;
              if (!check_hex4 (check, &unit))
                return FALSE;
              if (unit < 0xDC00 || unit > 0xDFFF)
                {
                  check->pos -= 6;
                  return check_fail (check, "the second half of the UTF-16 pair");
                }
            }
        }
      else
        {
          return check_fail_hint (check, "one of n t \" \\ / b f r u after “\\”",
                                  " (to write a backslash, double it: “\\\\”)");
        }
    }
}

/* After a value inside the array or object opened at @opener, neither a
 * comma nor its closing bracket came. */
static gboolean
check_fail_after_value (SyntaxCheck *check,
                        gsize        opener)
{
  gboolean array = check->data[opener] == '[';
  const char *hint = "";
  guint line, column;
  g_autofree char *expected = NULL;

  if (check->pos < check->length)
    {
      char c = check->data[check->pos];

      if (c == ']' || c == '}')
        hint = " (is a bracket missing, or the wrong kind?)";
      else if (c == '"' || c == '{' || c == '[' || c == '-' || g_ascii_isalnum (c))
        hint = " (is a comma missing?)";
    }
  locate (check->data, opener, &line, &column);
  expected = g_strdup_printf ("“,” or “%c” after the value in the %s opened at line %u, "
                              "column %u", array ? ']' : '}', array ? "array" : "object",
                              line, column);
  return check_fail_hint (check, expected, hint);
}

static gboolean
check_object (SyntaxCheck *check,
              guint        depth)
{
  gsize opener = check->pos;

  check->pos++;
  check_skip_space (check);
  if (check_at (check, '}'))
    {
      check->pos++;
      return TRUE;
    }
  for (gboolean first = TRUE;; first = FALSE)
    {
      check_skip_space (check);
      if (!check_at (check, '"'))
        {
          if (!first && check_at (check, '}'))
            return check_fail (check, "a field name in double quotes after “,” "
                                      "(remove the comma before “}”)");
          return check_fail (check, first ? "a field name in double quotes, or “}”"
                                          : "a field name in double quotes");
        }
      if (!check_quoted (check))
        return FALSE;
      check_skip_space (check);
      if (!check_at (check, ':'))
        return check_fail (check, "“:” after the field name");
      check->pos++;
      if (!check_value (check, depth + 1))
        return FALSE;
      check_skip_space (check);
      if (check_at (check, ','))
        {
          check->pos++;
          continue;
        }
      if (check_at (check, '}'))
        {
          check->pos++;
          return TRUE;
        }
      return check_fail_after_value (check, opener);
    }
}

static gboolean
check_array (SyntaxCheck *check,
             guint        depth)
{
  gsize opener = check->pos;

  check->pos++;
  check_skip_space (check);
  if (check_at (check, ']'))
    {
      check->pos++;
      return TRUE;
    }
  for (gboolean first = TRUE;; first = FALSE)
    {
      check_skip_space (check);
      if (!first && check_at (check, ']'))
        return check_fail (check, "a value after “,” (remove the comma before “]”)");
      if (!check_value (check, depth + 1))
        return FALSE;
      check_skip_space (check);
      if (check_at (check, ','))
        {
          check->pos++;
          continue;
        }
      if (check_at (check, ']'))
        {
          check->pos++;
          return TRUE;
        }
      return check_fail_after_value (check, opener);
    }
}

static gboolean
check_value (SyntaxCheck *check,
             guint        depth)
{
  check_skip_space (check);
  if (depth > KG_CONTENT_MAX_DEPTH)
    return check_fail (check, "less deeply nested arrays and objects");
  if (check->pos >= check->length)
    return check_fail (check, "a value");
  switch (check->data[check->pos])
    {
    case '{':
      return check_object (check, depth);
    case '[':
      return check_array (check, depth);
    case '"':
      return check_quoted (check);
    case 't':
      return check_literal (check, "true");
    case 'f':
      return check_literal (check, "false");
    case 'n':
      return check_literal (check, "null");
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return check_number (check);
    default:
      return check_fail (check, "a value (text in double quotes, a number, true, false, null, "
                                "an array or an object)");
    }
}

/* Reports why cJSON refused the text, which it stopped reading at @offset. */
static void
add_syntax_error (KgContentReader *self,
                  gsize            offset)
{
  SyntaxCheck check = { self->data, self->length, 0, 0, NULL };

  if (check_value (&check, 1))
    {
      /* The grammar is fine as far as it goes: cJSON disagrees at @offset. */
      check.pos = MIN (offset, self->length);
      check_fail (&check, "valid JSON");
    }
  add_problem_at (self, KG_CONTENT_ERROR_SYNTAX,
                  check.pos >= self->length ? content_end (self->data, self->length)
                                            : check.error_at,
                  check.error);
  g_free (check.error);
}

/* cJSON keeps every member of an object, even one whose name came before,
 * and a lookup finds the first: a second "effect" would be silently ignored.
 * Reports each repeated name once, with the path of the member from the
 * current entry (or the top level). Arrays' objects are left to the entry
 * they are (kg_content_reader_begin_entry()) unless @into_items. */
static void
check_duplicate_keys (KgContentReader *self,
                      const cJSON     *item,
                      GString         *path,
                      gboolean         into_items)
{
  gsize length = path->len;
  const cJSON *child;
  guint index = 0;

  if (cJSON_IsObject (item))
    {
      g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

      if (!g_hash_table_add (self->keys_checked, (gpointer) item))
        return;
      for (child = item->child; child != NULL; child = child->next)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, child->string)) + 1;

          g_hash_table_insert (counts, child->string, GUINT_TO_POINTER (count));
          if (count == 2)
            {
              g_autofree char *field = length > 0 ? g_strdup_printf ("%s.%s", path->str,
                                                                     child->string)
                                                  : g_strdup (child->string);

              kg_content_reader_add_problem (self, KG_CONTENT_ERROR_DUPLICATE_KEY, field,
                                             "expected each field once in its object, found it "
                                             "more than once; only the first would be read");
            }
        }
      for (child = item->child; child != NULL; child = child->next)
        {
          if (length > 0)
            g_string_append_c (path, '.');
          g_string_append (path, child->string);
          check_duplicate_keys (self, child, path, into_items);
          g_string_truncate (path, length);
        }
    }
  else if (cJSON_IsArray (item))
    {
      cJSON_ArrayForEach (child, item)
        {
          if (into_items || !cJSON_IsObject (child))
            {
              g_string_append_printf (path, "[%u]", index);
              check_duplicate_keys (self, child, path, into_items);
              g_string_truncate (path, length);
            }
          index++;
        }
    }
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

  if (length > self->max_size)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_TOO_LARGE, NULL,
                                     "expected at most %d bytes (1 MiB), found %" G_GSIZE_FORMAT
                                     " bytes; split or trim the file", KG_CONTENT_MAX_FILE_SIZE,
                                     length);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_ENCODING, NULL,
                                     "expected UTF-8 text without a byte-order mark, found "
                                     "one at the start; save the file as UTF-8 without BOM");
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      g_autofree char *detail =
        *invalid == '\0'
          ? g_strdup ("expected UTF-8 text, found a nul byte")
          : g_strdup_printf ("expected UTF-8 text, found the byte 0x%02X, which is not valid "
                             "UTF-8; save the file as UTF-8", (guchar) *invalid);
      add_problem_at (self, KG_CONTENT_ERROR_ENCODING, invalid - data, detail);
      return NULL;
    }
  /* cJSON turns valid UTF-8 into valid UTF-8 (it refuses broken \u
   * surrogates), so the strings need not be validated one by one. */
  self->utf8_checked = TRUE;
  if (content_end (data, length) == 0)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_SYNTAX, NULL,
                                     "the file is empty; expected a JSON object "
                                     "with “schema_version”");
      return NULL;
    }
  if (!scan_structure (self))
    return NULL;

  self->root = cJSON_ParseWithLengthOpts (data, length, &end, FALSE);
  if (self->root == NULL)
    {
      add_syntax_error (self, end != NULL && end >= data ? (gsize) (end - data) : 0);
      return NULL;
    }
  for (rest = end - data; rest < length && is_json_space (data[rest]); rest++)
    ;
  if (rest < length)
    {
      SyntaxCheck check = { data, length, rest, 0, NULL };
      g_autofree char *found = describe_token (&check);
      g_autofree char *detail =
        g_strdup_printf ("expected the end of the file after the JSON object, found %s", found);

      add_problem_at (self, KG_CONTENT_ERROR_SYNTAX, rest, detail);
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

  {
    g_autoptr (GString) path = g_string_new (NULL);

    check_duplicate_keys (self, self->root, path, FALSE);
  }

  version = cJSON_GetObjectItemCaseSensitive (self->root, "schema_version");
  if (!cJSON_IsNumber (version) || version->valuedouble != KG_CONTENT_SCHEMA_VERSION)
    {
      g_autofree char *found = describe_value (version);
      gboolean newer = cJSON_IsNumber (version) && version->valuedouble > KG_CONTENT_SCHEMA_VERSION;

      kg_content_reader_add_problem (self,
                                     version == NULL ? KG_CONTENT_ERROR_MISSING_FIELD
                                                     : KG_CONTENT_ERROR_SCHEMA_VERSION,
                                     "schema_version",
                                     "expected %d (the version this KetGuide reads), found %s%s",
                                     KG_CONTENT_SCHEMA_VERSION, found,
                                     newer ? "; the file needs a newer KetGuide" : "");
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
 * kg_content_reader_expect_object:
 * @self: a reader
 * @entry: (nullable): an item of an array of entries
 *
 * Reports "expected an object, found …" for the current entry unless
 * @entry is an object.
 *
 * Returns: whether @entry is an object
 */
gboolean
kg_content_reader_expect_object (KgContentReader *self,
                                 const cJSON     *entry)
{
  g_autofree char *found = NULL;

  if (cJSON_IsObject (entry))
    return TRUE;
  found = describe_value (entry);
  kg_content_reader_add_problem (self, KG_CONTENT_ERROR_WRONG_TYPE, NULL,
                                 "expected an object, found %s", found);
  return FALSE;
}

/**
 * kg_content_reader_get_ids:
 * @self: a reader
 *
 * Every entry id read so far, including those of entries that had other
 * problems: what the file means to define, for checking references to it.
 *
 * Returns: (transfer none) (element-type utf8 guint): the ids, each mapped
 *   to the 1-based position of its entry
 */
GHashTable *
kg_content_reader_get_ids (KgContentReader *self)
{
  return self->seen_ids;
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

  if (entry != NULL)
    {
      g_autoptr (GString) path = g_string_new (NULL);

      check_duplicate_keys (self, entry, path, TRUE);
    }
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

/* The length of the tag ("<b>", "</i>", "<span class=…>", "<!--") or
 * entity ("&amp;", "&#233;") at @p, or 0. Tags and entities would be shown
 * literally; refusing them keeps the data honest about being plain text,
 * while a lone "<" or "&" (as in "< 5 mg", "A & B") is fine. */
static gsize
markup_length (const char *p)
{
  const char *q = p + 1;

  if (p[0] == '<' && g_str_has_prefix (q, "!--"))
    return 4;
  if (p[0] == '<')
    {
      if (*q == '/')
        q++;
      if (!g_ascii_isalpha (*q))
        return 0;
      while (g_ascii_isalnum (*q))
        q++;
      if (*q == '>' || *q == ' ' || (*q == '/' && q[1] == '>'))
        {
          const char *close = strchr (q, '>');
          /* Quote the tag itself, or a short part of it. */
          return close != NULL ? (gsize) MIN (close - p + 1, 40) : (gsize) (q - p);
        }
      return 0;
    }
  if (p[0] == '&')
    {
      if (*q == '#')
        q++;
      if (!g_ascii_isalnum (*q))
        return 0;
      while (g_ascii_isalnum (*q) && q - p < 12)
        q++;
      return *q == ';' ? (gsize) (q - p + 1) : 0;
    }
  return 0;
}

/* The longest text each kind of field may hold, in characters; see
 * docs/content-schema.md. A name or label has to fit on one line of a row or
 * a plot, a title or short line on a few, and body text in a paragraph that a
 * page can still lay out; the bundled content uses at most two thirds of
 * each. */
#define KG_CONTENT_MAX_NAME_LENGTH  160
#define KG_CONTENT_MAX_TITLE_LENGTH 400
#define KG_CONTENT_MAX_TEXT_LENGTH  2000

static const char * const name_fields[] = {
  "name", "short_name", "label", "subtitle", "route", "role", "brands", "generic_names",
  "classes", "keywords", "regulated_by", "substance", "doi", "pmid", "details", "id",
  NULL
};

static const char * const title_fields[] = {
  "title", "authors", "container", "applies_to", "population", "regimen", "takeaway",
  "caveat", "domain", NULL
};

/* The limit for @path ("effect.patient.es", "brands[2]", "model.name"): that
 * of its last part that is not a language or "patient". */
static gsize
max_length_for (const char *path)
{
  g_auto (GStrv) parts = g_strsplit (path, ".", -1);
  const char *key = path;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');

      if (bracket != NULL)
        *bracket = '\0';
      if (g_strcmp0 (parts[i], "en") != 0 && g_strcmp0 (parts[i], "es") != 0
          && g_strcmp0 (parts[i], "patient") != 0)
        key = parts[i];
    }
  if (g_strv_contains (name_fields, key))
    return KG_CONTENT_MAX_NAME_LENGTH;
  if (g_strv_contains (title_fields, key))
    return KG_CONTENT_MAX_TITLE_LENGTH;
  return KG_CONTENT_MAX_TEXT_LENGTH;
}

/* Whether @value is longer than @limit characters; counted only when its
 * bytes already are. */
static gboolean
is_too_long (const char *value,
             gsize       limit)
{
  return strlen (value) > limit && (gsize) g_utf8_strlen (value, -1) > limit;
}

/* U+200E, U+200F, U+202A–U+202E and U+2066–U+2069: they reorder or embed
 * the text around them, so that what is shown is not what was written
 * ("\u202eSAFE" shows "EFAS"). Content is in English and Spanish, written
 * left to right, and needs none of them. */
static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
         || (c >= 0x2066 && c <= 0x2069);
}

/* The common case in one pass, without formatting anything: valid UTF-8,
 * no control character, no "<" or "&" at all, no bidirectional control, not
 * blank (the length is checked apart). %FALSE sends the
 * string to check_string(), which decides and names the problem; so this may
 * refuse more than check_string() (any "<" or "&"), never less. Content is
 * mostly such strings, and a file of 10,000 entries holds about 250,000. */
static gboolean
is_plain_text (KgContentReader *self,
               const char      *value)
{
  /* Bytes that need a closer look: the end, control characters but the
   * newline, DEL, the start of markup, and C2 (U+0080–U+009F are C2 80–C2 9F). */
  static const guint8 special[256] = {
    [0x00 ... 0x09] = 1, [0x0B ... 0x1F] = 1, [0x7F] = 1, ['<'] = 1, ['&'] = 1, [0xC2] = 1,
    [0xE2] = 1,
  };
  const guchar *p = (const guchar *) value;

  if (!self->utf8_checked && !g_utf8_validate (value, -1, NULL))
    return FALSE;
  while (*p == ' ' || *p == '\n')
    p++;
  if (*p == '\0')
    return FALSE;
  for (;; p++)
    {
      while (!special[*p])
        p++;
      if (*p == '\0')
        return TRUE;
      /* E2 starts U+2000–U+2FFF: only the bidirectional controls (E2 80 8E,
       * E2 80 8F, E2 80 AA–AE, E2 81 A6–A9) are refused, not the quotes and
       * dashes that text is full of. */
      if (*p == 0xE2)
        {
          if ((p[1] == 0x80 && (p[2] == 0x8E || p[2] == 0x8F || (p[2] >= 0xAA && p[2] <= 0xAE)))
              || (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9))
            return FALSE;
          continue;
        }
      /* C2 A0–C2 BF are ordinary characters (U+00A0–U+00BF). */
      if (*p != 0xC2 || (p[1] >= 0x80 && p[1] <= 0x9F))
        return FALSE;
    }
}

/* Checks a string from the content is fit to show as plain text. */
static gboolean
check_string (KgContentReader *self,
              const char      *field,
              const char      *value)
{
  gsize limit = max_length_for (field);
  const char *p;

  if (is_too_long (value, limit))
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_OUT_OF_RANGE, field,
                                     "expected at most %" G_GSIZE_FORMAT " characters, found %ld "
                                     "characters", limit, g_utf8_strlen (value, -1));
      return FALSE;
    }
  if (is_plain_text (self, value))
    return TRUE;

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
      if (is_bidi_control (c))
        {
          kg_content_reader_add_problem (self, KG_CONTENT_ERROR_INVALID_VALUE, field,
                                         "expected plain text, found the bidirectional control "
                                         "character U+%04X; it reorders what is shown, so "
                                         "remove it", c);
          return FALSE;
        }
    }
  for (p = value; *p != '\0'; p++)
    {
      gsize length = markup_length (p);

      if (length > 0)
        {
          g_autofree char *snippet = g_strndup (p, length);
          g_autofree char *quoted = quote_string (snippet);

          kg_content_reader_add_problem (self, KG_CONTENT_ERROR_INVALID_VALUE, field,
                                         "expected plain text, found the markup %s; it would "
                                         "be shown as typed, so remove it", quoted);
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
                                     "expected lower-case ASCII letters, digits and hyphens, "
                                     "not starting with a hyphen, at most 64 characters; "
                                     "found %s", found);
      return NULL;
    }
  previous = g_hash_table_lookup (self->seen_ids, id->valuestring);
  if (previous != NULL)
    {
      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_DUPLICATE_ID, "id",
                                     "expected an id used once in the file, found “%s”, "
                                     "already used by #%u",
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

/* @part: %NULL, or "patient" for the patient wording: the path in messages
 * is @field.@part.@language, formatted only when there is a problem. */
static gboolean
read_text_languages (KgContentReader *self,
                     const cJSON     *object,
                     const char      *field,
                     const char      *part,
                     gboolean         patient,
                     KgText         **text)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (text_languages); i++)
    {
      const char *language = text_languages[i];
      const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, language);
      g_autofree char *path = NULL;

      if (item == NULL && i > 0)
        continue;
      if (cJSON_IsString (item) && is_plain_text (self, item->valuestring)
          && !is_too_long (item->valuestring, max_length_for (field)))
        {
          if (*text == NULL)
            *text = kg_text_new (item->valuestring);
          kg_text_set (*text, language, patient, item->valuestring);
          continue;
        }
      path = part != NULL ? g_strdup_printf ("%s.%s.%s", field, part, language)
                          : g_strdup_printf ("%s.%s", field, language);
      if (!cJSON_IsString (item))
        {
          add_wrong_type (self, path, i == 0 ? "the English text (a string)" : "a string", item);
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
  gboolean ok;

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
  /* The patient wording is checked even after a problem in the clinical
   * text, so that every problem of the field is reported at once. */
  ok = read_text_languages (self, item, field, NULL, FALSE, &text);

  patient = cJSON_GetObjectItemCaseSensitive (item, "patient");
  if (patient != NULL)
    {
      g_autoptr (KgText) patient_text = NULL;

      if (!cJSON_IsObject (patient))
        {
          g_autofree char *path = g_strdup_printf ("%s.patient", field);

          add_wrong_type (self, path, "an object with “en”", patient);
          return NULL;
        }
      if (!read_text_languages (self, patient, field, "patient", FALSE, &patient_text) || !ok)
        return NULL;
      for (guint i = 0; i < G_N_ELEMENTS (text_languages); i++)
        {
          if (kg_text_has (patient_text, text_languages[i], FALSE))
            kg_text_set (text, text_languages[i], TRUE,
                         kg_text_get (patient_text, text_languages[i], FALSE));
        }
    }
  return ok ? g_steal_pointer (&text) : NULL;
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
      g_autofree char *path = NULL;
      guint position = index++;

      if (cJSON_IsString (item) && is_plain_text (self, item->valuestring)
          && !is_too_long (item->valuestring, max_length_for (field)))
        {
          g_strv_builder_add (builder, item->valuestring);
          continue;
        }
      path = g_strdup_printf ("%s[%u]", field, position);
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
  const char *key = strrchr (field, '.') ? strrchr (field, '.') + 1 : field;
  const cJSON *array = cJSON_GetObjectItemCaseSensitive (object, key);
  g_auto (GStrv) ids = kg_content_reader_read_strings (self, object, field, TRUE);
  g_autoptr (GStrvBuilder) known = g_strv_builder_new ();
  const cJSON *item;
  guint index = 0;

  if (!cJSON_IsArray (array))
    return g_strv_builder_end (known);

  /* Walk the array again rather than @ids, so that the position named is the
   * one in the file even after an unusable item. */
  cJSON_ArrayForEach (item, array)
    {
      guint position = index++;

      if (!cJSON_IsString (item) || !g_strv_contains ((const char * const *) ids, item->valuestring))
        continue;
      if (self->reference_ids != NULL
          && !g_hash_table_contains (self->reference_ids, item->valuestring))
        {
          g_autofree char *path = g_strdup_printf ("%s[%u]", field, position);
          g_autofree char *found = quote_string (item->valuestring);

          kg_content_reader_add_problem (self, KG_CONTENT_ERROR_DANGLING_SOURCE, path,
                                         "expected the id of a reference in references.json, "
                                         "found %s, which is not there", found);
          continue;
        }
      g_strv_builder_add (known, item->valuestring);
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
      g_autofree char *low = format_number (min);
      g_autofree char *high = format_number (max);
      g_autofree char *found = format_number (item->valuedouble);

      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_OUT_OF_RANGE, field,
                                     "expected a number from %s to %s, found %s",
                                     low, high, found);
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
      g_autofree char *found = format_number (number);

      kg_content_reader_add_problem (self, KG_CONTENT_ERROR_WRONG_TYPE, field,
                                     "expected a whole number, found %s", found);
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
                                 item == NULL              ? KG_CONTENT_ERROR_MISSING_FIELD
                                 : !cJSON_IsString (item) ? KG_CONTENT_ERROR_WRONG_TYPE
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
