/* test-content.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kg-catalog.h"
#include "kg-test-content.h"

/* One expected problem. "@DIR@" in a message stands for the temporary
 * content directory. */
typedef struct
{
  KgContentError  code;
  const char     *message;
} Problem;

typedef struct
{
  const char *fixture;       /* tests/fixtures/bad/<fixture>/ */
  Problem     problems[6];   /* in the order they are reported */
} BadCase;

static const BadCase bad_cases[] = {
  /* The file as a whole */
  { "truncated", {
      { KG_CONTENT_ERROR_SYNTAX,
        "interactions.json: line 37, column 21: the file ends before the JSON is complete "
        "(truncated?); expected a closing “\"”" } } },
  { "trailing-garbage", {
      { KG_CONTENT_ERROR_SYNTAX,
        "interactions.json: line 56, column 1: expected the end of the file after the JSON "
        "object, found “{”" } } },
  { "syntax-missing-comma", {
      { KG_CONTENT_ERROR_SYNTAX,
        "interactions.json: line 36, column 7: JSON syntax error: expected “,” or “}” after the "
        "value in the object opened at line 30, column 5, found “\"” (is a comma missing?)" } } },
  { "syntax-trailing-comma", {
      { KG_CONTENT_ERROR_SYNTAX,
        "interactions.json: line 53, column 5: JSON syntax error: expected a field name in "
        "double quotes after “,” (remove the comma before “}”), found “}”" } } },
  { "unclosed-string", {
      { KG_CONTENT_ERROR_SYNTAX,
        "interactions.json: line 48, column 49: the text in quotes that starts at line 48, "
        "column 17 runs past the end of its line; expected a closing “\"” (write a line break "
        "inside text as “\\n”)" } } },
  { "nan-number", {
      { KG_CONTENT_ERROR_SYNTAX,
        "references.json: line 30, column 15: JSON syntax error: expected a value (text in "
        "double quotes, a number, true, false, null, an array or an object), found “NaN”" } } },
  { "empty-file", {
      { KG_CONTENT_ERROR_SYNTAX,
        "interactions.json: the file is empty; expected a JSON object with “schema_version”" } } },
  { "bom", {
      { KG_CONTENT_ERROR_ENCODING,
        "interactions.json: expected UTF-8 text without a byte-order mark, found one at the "
        "start; save the file as UTF-8 without BOM" } } },
  { "invalid-utf8", {
      { KG_CONTENT_ERROR_ENCODING,
        "interactions.json: line 7, column 52: expected UTF-8 text, found the byte 0xED, which "
        "is not valid UTF-8; save the file as UTF-8" } } },
  { "nul-escape", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: line 46, column 26: expected plain text, found the escape “\\u0000” "
        "(a nul character)" } } },
  { "deep-nesting", {
      { KG_CONTENT_ERROR_NESTING,
        "interactions.json: line 1, column 102: expected arrays and objects nested at most 64 "
        "deep, found deeper nesting" } } },
  { "top-level-array", {
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: expected a JSON object at the top level, found an array" } } },
  { "schema-version-unknown", {
      { KG_CONTENT_ERROR_SCHEMA_VERSION,
        "interactions.json: field “schema_version”: expected 1 (the version this KetGuide "
        "reads), found the number 2; the file needs a newer KetGuide" } } },
  { "schema-version-missing", {
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "references.json: field “schema_version”: expected 1 (the version this KetGuide reads), "
        "found nothing (the field is missing)" } } },
  { "schema-version-string", {
      { KG_CONTENT_ERROR_SCHEMA_VERSION,
        "interactions.json: field “schema_version”: expected 1 (the version this KetGuide "
        "reads), found the string “1”" } } },
  { "missing-top-level-key", {
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "interactions.json: field “interactions”: expected an array, found nothing (the field "
        "is missing)" } } },
  { "missing-file", {
      { KG_CONTENT_ERROR_MISSING_FILE,
        "interactions.json: expected the file @DIR@/interactions.json, found nothing there" } } },
  /* A broken references.json is reported once: the sources citing it are not
   * checked against it. */
  { "references-unreadable", {
      { KG_CONTENT_ERROR_SYNTAX,
        "references.json: line 8, column 50: the file ends before the JSON is complete "
        "(truncated?); expected a closing “\"”" } } },

  /* Entries and fields */
  { "wrong-types", {
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry “lamotrigine” (#1): field “brands”: expected an array of "
        "strings, found the string “Lamictal”" },
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry “lamotrigine” (#1): field “severity”: expected one of avoid, "
        "modify, monitor, minor, unrated; found the number 3" },
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry “hypertension” (#2): field “name”: expected text (a string, "
        "or an object with “en”), found the number 42" },
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry “grapefruit” (#3): field “sources”: expected an array of "
        "strings, found the string “seed-002”" } } },
  { "entry-not-object", {
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry #2: expected an object, found the string “hypertension”" } } },
  { "patient-wrong-type", {
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry “hypertension” (#2): field “action.patient”: expected an "
        "object with “en”, found the string “Ask about your blood pressure.”" } } },
  { "year-string", {
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "references.json: reference “domino-1984” (#3): field “year”: expected a number, found "
        "the string “1984”" } } },
  { "missing-fields", {
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "interactions.json: entry “hypertension” (#2): field “effect”: expected text (a string, "
        "or an object with “en”), found nothing (the field is missing)" },
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "interactions.json: entry “hypertension” (#2): field “action”: expected text (a string, "
        "or an object with “en”), found nothing (the field is missing)" },
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "interactions.json: entry “grapefruit” (#3): field “evidence”: expected one of label, "
        "study, case-report, patient-guide; found nothing (the field is missing)" },
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "interactions.json: entry “grapefruit” (#3): field “sources”: expected an array of "
        "strings, found nothing (the field is missing)" } } },
  { "text-without-en", {
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "interactions.json: entry “lamotrigine” (#1): field “name.en”: expected the English "
        "text (a string), found nothing (the field is missing)" } } },
  { "empty-string", {
      { KG_CONTENT_ERROR_EMPTY,
        "interactions.json: entry “lamotrigine” (#1): field “name.en”: expected non-empty text, "
        "found an empty string" } } },
  { "whitespace-only", {
      { KG_CONTENT_ERROR_EMPTY,
        "interactions.json: entry “grapefruit” (#3): field “effect”: expected non-empty text, "
        "found only white space" } } },
  { "empty-sources", {
      { KG_CONTENT_ERROR_EMPTY,
        "interactions.json: entry “grapefruit” (#3): field “sources”: expected at least one "
        "item, found an empty array" } } },
  { "unknown-severity", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “severity”: expected one of avoid, "
        "modify, monitor, minor, unrated; found the string “severe”" } } },
  { "unknown-kind", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “grapefruit” (#3): field “kind”: expected one of drug, "
        "condition, food; found the string “supplement”" } } },
  { "unknown-reference-kind", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "references.json: reference “sleigh-2023” (#1): field “kind”: expected one of journal, "
        "label, book, seed, patient-guide, web; found the string “article”" } } },
  { "unknown-evidence", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “grapefruit” (#3): field “evidence”: expected one of label, "
        "study, case-report, patient-guide; found the string “anecdote”" } } },
  { "year-negative", {
      { KG_CONTENT_ERROR_OUT_OF_RANGE,
        "references.json: reference “sleigh-2023” (#1): field “year”: expected a number from "
        "1900 to 2100, found -2023" } } },
  { "year-huge", {
      { KG_CONTENT_ERROR_OUT_OF_RANGE,
        "references.json: reference “wilkowska-2022” (#2): field “year”: expected a number from "
        "1900 to 2100, found a number too large to use" } } },
  { "year-fraction", {
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "references.json: reference “domino-1984” (#3): field “year”: expected a whole number, "
        "found 1984.5" } } },
  { "duplicate-id", {
      { KG_CONTENT_ERROR_DUPLICATE_ID,
        "interactions.json: entry “lamotrigine” (#4): field “id”: expected an id used once in "
        "the file, found “lamotrigine”, already used by #1" } } },
  { "duplicate-reference-id", {
      { KG_CONTENT_ERROR_DUPLICATE_ID,
        "references.json: reference “sleigh-2023” (#4): field “id”: expected an id used once in "
        "the file, found “sleigh-2023”, already used by #1" } } },
  { "dangling-source", {
      { KG_CONTENT_ERROR_DANGLING_SOURCE,
        "interactions.json: entry “hypertension” (#2): field “sources[1]”: expected the id of a "
        "reference in references.json, found “nobody-2020”, which is not there" } } },
  { "sources-not-strings", {
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry “grapefruit” (#3): field “sources[0]”: expected a string, "
        "found the number 7" },
      { KG_CONTENT_ERROR_DANGLING_SOURCE,
        "interactions.json: entry “grapefruit” (#3): field “sources[2]”: expected the id of a "
        "reference in references.json, found “nobody-2020”, which is not there" } } },
  /* A reference with a problem of its own is not reported again where cited. */
  { "cited-reference-invalid", {
      { KG_CONTENT_ERROR_OUT_OF_RANGE,
        "references.json: reference “wilkowska-2022” (#2): field “year”: expected a number from "
        "1900 to 2100, found 1850" } } },
  { "markup", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “name.en”: expected plain text, "
        "found the markup “<b>”; it would be shown as typed, so remove it" },
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “hypertension” (#2): field “effect”: expected plain text, "
        "found the markup “&amp;”; it would be shown as typed, so remove it" } } },
  { "control-character", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “effect.patient.es”: expected plain "
        "text, found the control character U+0007" } } },
  /* Each kind of field has its own length limit (docs/content-schema.md). */
  { "text-too-long", {
      { KG_CONTENT_ERROR_OUT_OF_RANGE,
        "interactions.json: entry “hypertension” (#2): field “effect”: expected at most 2000 "
        "characters, found 2001 characters" },
      { KG_CONTENT_ERROR_OUT_OF_RANGE,
        "interactions.json: entry “grapefruit” (#3): field “name”: expected at most 160 "
        "characters, found 161 characters" } } },
  /* D4: "\u202eBenzodiazepines SAFE" would be shown as "EFAS senipezaidozneB". */
  { "bidi-control", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “name.en”: expected plain text, "
        "found the bidirectional control character U+202E; it reorders what is shown, so "
        "remove it" },
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “hypertension” (#2): field “effect”: expected plain text, "
        "found the bidirectional control character U+2066; it reorders what is shown, so "
        "remove it" } } },
  /* cJSON keeps both members; a lookup would read the first and ignore the rest. */
  { "duplicate-key", {
      { KG_CONTENT_ERROR_DUPLICATE_KEY,
        "interactions.json: field “schema_version”: expected each field once in its object, "
        "found it more than once; only the first would be read" },
      { KG_CONTENT_ERROR_DUPLICATE_KEY,
        "interactions.json: entry “lamotrigine” (#1): field “name.en”: expected each field "
        "once in its object, found it more than once; only the first would be read" },
      { KG_CONTENT_ERROR_DUPLICATE_KEY,
        "interactions.json: entry “grapefruit” (#3): field “effect”: expected each field once "
        "in its object, found it more than once; only the first would be read" } } },
  /* Every problem of an entry, even several in one field, not only the first. */
  { "entry-every-problem", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “severity”: expected one of avoid, "
        "modify, monitor, minor, unrated; found the string “high”" },
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “effect.en”: expected plain text, "
        "found the markup “<i>”; it would be shown as typed, so remove it" },
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “effect.patient.es”: expected plain "
        "text, found the bidirectional control character U+202E; it reorders what is shown, so "
        "remove it" } } },
  { "bad-id", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry #1: field “id”: expected lower-case ASCII letters, digits and "
        "hyphens, not starting with a hyphen, at most 64 characters; found the string "
        "“Lamotrigine”" },
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry #2: field “id”: expected lower-case ASCII letters, digits and "
        "hyphens, not starting with a hyphen, at most 64 characters; found the string "
        "“-hypertension”" },
      { KG_CONTENT_ERROR_WRONG_TYPE,
        "interactions.json: entry #3: field “id”: expected a string, found the number 7" } } },
  { "bad-doi", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "references.json: reference “sleigh-2023” (#1): field “doi”: expected a DOI such as "
        "“10.1093/brain/awad021”, found “https://doi.org/10.1093/brain/awad021”" } } },
  { "bad-pmid", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "references.json: reference “domino-1984” (#3): field “pmid”: expected digits only, "
        "found “PMID 6488686”" } } },

  /* Every problem in every file is reported, not just the first. */
  { "multiple-problems", {
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "references.json: reference “sleigh-2023” (#1): field “doi”: expected a DOI such as "
        "“10.1093/brain/awad021”, found “brain/awad021”" },
      { KG_CONTENT_ERROR_OUT_OF_RANGE,
        "references.json: reference “domino-1984” (#3): field “year”: expected a number from "
        "1900 to 2100, found 2200" },
      { KG_CONTENT_ERROR_INVALID_VALUE,
        "interactions.json: entry “lamotrigine” (#1): field “severity”: expected one of avoid, "
        "modify, monitor, minor, unrated; found the string “high”" },
      { KG_CONTENT_ERROR_MISSING_FIELD,
        "interactions.json: entry “hypertension” (#2): field “action”: expected text (a string, "
        "or an object with “en”), found nothing (the field is missing)" },
      { KG_CONTENT_ERROR_DANGLING_SOURCE,
        "interactions.json: entry “grapefruit” (#3): field “sources[1]”: expected the id of a "
        "reference in references.json, found “seed-003”, which is not there" } } },
};

static void
assert_problems (GPtrArray     *problems,
                 const Problem *expected,
                 guint          n_expected,
                 const char    *directory)
{
  guint n_problems = problems != NULL ? problems->len : 0;

  if (n_problems != n_expected)
    {
      for (guint i = 0; i < n_problems; i++)
        g_test_message ("found: %s", ((GError *) g_ptr_array_index (problems, i))->message);
    }
  g_assert_cmpuint (n_problems, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      GError *error = g_ptr_array_index (problems, i);
      g_autoptr (GString) message = g_string_new (expected[i].message);

      if (directory != NULL)
        g_string_replace (message, "@DIR@", directory, 0);
      g_assert_error (error, KG_CONTENT_ERROR, (int) expected[i].code);
      g_assert_cmpstr (error->message, ==, message->str);
    }
}

static guint
count_problems (const BadCase *bad_case)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (bad_case->problems) && bad_case->problems[n].message != NULL)
    n++;
  return n;
}

static void
test_bad_fixture (gconstpointer data)
{
  const BadCase *bad_case = data;
  g_autofree char *directory = kg_test_content_dir_new (bad_case->fixture);
  g_autoptr (GPtrArray) problems = NULL;
  KgCatalog *catalog;

  catalog = kg_catalog_new_from_directory (directory, &problems);
  g_assert_null (catalog);
  assert_problems (problems, bad_case->problems, count_problems (bad_case), directory);
  kg_test_content_dir_remove (directory);
}

/* D1: an 880,000-character effect (under the 1 MiB cap) is refused, and so
 * is every other text field past its limit; made here rather than kept in
 * the tree. */
static void
test_text_far_too_long (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  g_autofree char *path = g_build_filename (directory, "interactions.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *effect = g_strnfill (880000, 'x');
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", effect);
  g_autoptr (GString) changed = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  static const Problem expected[] = {
    { KG_CONTENT_ERROR_OUT_OF_RANGE,
      "interactions.json: entry “hypertension” (#2): field “effect”: expected at most 2000 "
      "characters, found 880000 characters" },
  };

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  changed = g_string_new_len (contents, length);
  g_assert_cmpuint (g_string_replace (changed, "\"Ketamine raises blood pressure and heart rate.\"",
                                      quoted, 1), ==, 1);
  g_file_set_contents (path, changed->str, changed->len, &error);
  g_assert_no_error (error);

  g_assert_null (kg_catalog_new_from_directory (directory, &problems));
  assert_problems (problems, expected, G_N_ELEMENTS (expected), NULL);
  kg_test_content_dir_remove (directory);
}

/* Over the 1 MiB cap: made here rather than kept in the tree. */
static void
test_too_large (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  g_autofree char *path = g_build_filename (directory, "interactions.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GString) padded = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  static const Problem expected[] = {
    { KG_CONTENT_ERROR_TOO_LARGE,
      "interactions.json: expected at most 1048576 bytes (1 MiB), found 1048577 bytes; split or "
      "trim the file" },
  };

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* Valid JSON padded with white space: refused for its size alone. */
  padded = g_string_new_len (contents, length);
  while (padded->len < KG_CONTENT_MAX_FILE_SIZE + 1)
    g_string_append_c (padded, ' ');
  g_file_set_contents (path, padded->str, padded->len, &error);
  g_assert_no_error (error);

  g_assert_null (kg_catalog_new_from_directory (directory, &problems));
  assert_problems (problems, expected, G_N_ELEMENTS (expected), directory);
  kg_test_content_dir_remove (directory);
}

/* The same cap on content read from memory (the bundled path). */
static void
test_too_large_in_memory (void)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KgContentReader) reader = kg_content_reader_new ("interactions.json", problems, NULL);
  g_autofree char *data = g_malloc (KG_CONTENT_MAX_FILE_SIZE + 2);
  static const Problem expected[] = {
    { KG_CONTENT_ERROR_TOO_LARGE,
      "interactions.json: expected at most 1048576 bytes (1 MiB), found 1048577 bytes; split or "
      "trim the file" },
  };

  memset (data, ' ', KG_CONTENT_MAX_FILE_SIZE + 1);
  data[0] = '{';
  data[KG_CONTENT_MAX_FILE_SIZE] = '}';
  g_assert_null (kg_content_reader_parse (reader, data, KG_CONTENT_MAX_FILE_SIZE + 1));
  assert_problems (problems, expected, G_N_ELEMENTS (expected), NULL);
}

static void
test_missing_directory (void)
{
  g_autoptr (GPtrArray) problems = NULL;
  g_autofree char *directory = g_dir_make_tmp ("ketguide-content-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (directory, "no-such-folder", NULL);
  g_autofree char *file = g_build_filename (directory, "a-file", NULL);
  static const Problem expected_missing[] = {
    { KG_CONTENT_ERROR_MISSING_FILE,
      "@DIR@/no-such-folder: expected a folder of content files, found nothing there" },
  };
  static const Problem expected_file[] = {
    { KG_CONTENT_ERROR_MISSING_FILE, "@DIR@/a-file: expected a folder of content files, found a file" },
  };

  g_assert_null (kg_catalog_new_from_directory (missing, &problems));
  assert_problems (problems, expected_missing, 1, directory);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_true (g_file_set_contents (file, "{}", -1, NULL));
  g_assert_null (kg_catalog_new_from_directory (file, &problems));
  assert_problems (problems, expected_file, 1, directory);

  g_assert_cmpint (g_remove (file), ==, 0);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* A content file that is a folder is refused, not read. */
static void
test_file_is_folder (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  g_autofree char *path = g_build_filename (directory, "interactions.json", NULL);
  g_autoptr (GPtrArray) problems = NULL;
  static const Problem expected[] = {
    { KG_CONTENT_ERROR_MISSING_FILE,
      "interactions.json: expected a regular file, found a folder or a special file" },
  };

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_null (kg_catalog_new_from_directory (directory, &problems));
  assert_problems (problems, expected, G_N_ELEMENTS (expected), directory);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  kg_test_content_dir_remove (directory);
}

static void
test_bundled_loads (void)
{
  g_autoptr (GError) error = NULL;
  KgCatalog *catalog = kg_catalog_new_bundled (&error);
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  guint n_references = kg_test_count_entries (NULL, "references.json", "references");
  guint n_interactions = kg_test_count_entries (NULL, "interactions.json", "interactions");

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (n_references, >, 30);
  g_assert_cmpuint (n_interactions, >, 20);
  g_assert_cmpuint (g_list_model_get_n_items (kg_catalog_get_references (catalog)), ==,
                    n_references);
  g_assert_cmpuint (g_list_model_get_n_items (kg_catalog_get_interactions (catalog)), ==,
                    n_interactions);

  /* Sections added later extend the summary after these two counts. */
  summary = kg_catalog_describe (catalog);
  expected = g_strdup_printf ("%u references, %u interactions and conditions", n_references,
                              n_interactions);
  g_assert_true (g_str_has_prefix (summary, expected));
  g_assert_finalize_object (catalog);
}

static void
test_valid_loads (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  g_autoptr (GPtrArray) problems = NULL;
  KgCatalog *catalog = kg_catalog_new_from_directory (directory, &problems);
  GListModel *interactions;
  g_autoptr (KgInteraction) lamotrigine = NULL;
  g_autoptr (KgInteraction) grapefruit = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  guint n_references = kg_test_count_entries (directory, "references.json", "references");
  const char * const brands[] = { "Lamictal", NULL };
  const char * const sources[] = { "wilkowska-2022", "seed-002", NULL };

  g_assert_null (problems);
  g_assert_nonnull (catalog);

  /* The fixture's five references come first; after them, those the other
   * (bundled) files cite. */
  g_assert_cmpuint (n_references, >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (kg_catalog_get_references (catalog)), ==,
                    n_references);
  interactions = kg_catalog_get_interactions (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (interactions), ==, 3);

  summary = kg_catalog_describe (catalog);
  expected = g_strdup_printf ("%u references, 3 interactions and conditions", n_references);
  g_assert_true (g_str_has_prefix (summary, expected));

  lamotrigine = g_list_model_get_item (interactions, 0);
  g_assert_cmpstr (kg_interaction_get_id (lamotrigine), ==, "lamotrigine");
  g_assert_cmpint (kg_interaction_get_kind (lamotrigine), ==, KG_INTERACTION_KIND_DRUG);
  g_assert_cmpint (kg_interaction_get_severity (lamotrigine), ==, KG_SEVERITY_MONITOR);
  g_assert_cmpint (kg_interaction_get_evidence (lamotrigine), ==, KG_EVIDENCE_STUDY);
  g_assert_cmpstrv (kg_interaction_get_brands (lamotrigine), brands);
  g_assert_cmpstrv (kg_interaction_get_sources (lamotrigine), sources);
  g_assert_cmpstr (kg_text_get (kg_interaction_get_name (lamotrigine), "es", FALSE), ==,
                   "Lamotrigina");
  g_assert_null (kg_interaction_get_applies_to (lamotrigine));

  grapefruit = g_list_model_get_item (interactions, 2);
  g_assert_cmpstr (kg_interaction_get_id (grapefruit), ==, "grapefruit");
  g_assert_cmpint (kg_interaction_get_kind (grapefruit), ==, KG_INTERACTION_KIND_FOOD);
  g_assert_cmpint (kg_interaction_get_severity (grapefruit), ==, KG_SEVERITY_UNRATED);
  g_assert_cmpint (kg_interaction_get_evidence (grapefruit), ==, KG_EVIDENCE_PATIENT_GUIDE);
  g_assert_cmpuint (g_strv_length ((char **) kg_interaction_get_brands (grapefruit)), ==, 0);

  g_clear_object (&lamotrigine);
  g_clear_object (&grapefruit);
  g_assert_finalize_object (catalog);
  kg_test_content_dir_remove (directory);
}

/* What every "language" setter relies on: NULL means the default, an equal
 * code changes nothing. */
static void
test_replace_language (void)
{
  const char *other = g_str_equal (kg_text_get_default_language (), "es") ? "en" : "es";
  g_autofree char *language = NULL;
  char *before;

  g_assert_true (kg_text_replace_language (&language, NULL));
  g_assert_cmpstr (language, ==, kg_text_get_default_language ());
  g_assert_false (kg_text_replace_language (&language, NULL));
  g_assert_true (kg_text_replace_language (&language, other));
  g_assert_cmpstr (language, ==, other);
  before = language;
  g_assert_false (kg_text_replace_language (&language, other));
  g_assert_true (language == before);
}

/* The text fallbacks, as read from the valid fixture. */
static void
test_text_fallback (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  KgCatalog *catalog = kg_catalog_new_from_directory (directory, NULL);
  g_autoptr (KgInteraction) lamotrigine = NULL;
  g_autoptr (KgInteraction) hypertension = NULL;
  KgText *effect, *action, *mechanism, *name;

  g_assert_nonnull (catalog);
  lamotrigine = g_list_model_get_item (kg_catalog_get_interactions (catalog), 0);
  hypertension = g_list_model_get_item (kg_catalog_get_interactions (catalog), 1);

  /* All four wordings. */
  effect = kg_interaction_get_effect (lamotrigine);
  g_assert_cmpstr (kg_text_get (effect, "en", FALSE), ==, "Blunts ketamine's perceptual effects.");
  g_assert_cmpstr (kg_text_get (effect, "es", FALSE), ==,
                   "Atenúa los efectos perceptivos de la ketamina.");
  g_assert_cmpstr (kg_text_get (effect, "en", TRUE), ==, "Ketamine may feel weaker.");
  g_assert_cmpstr (kg_text_get (effect, "es", TRUE), ==, "La ketamina puede notarse más débil.");
  g_assert_cmpstr (kg_text_get (effect, "es_MX.UTF-8", TRUE), ==,
                   "La ketamina puede notarse más débil.");
  g_assert_cmpstr (kg_text_get (effect, NULL, FALSE), ==, "Blunts ketamine's perceptual effects.");
  g_assert_cmpstr (kg_text_get (effect, "fr", FALSE), ==, "Blunts ketamine's perceptual effects.");

  /* Patient wording in Spanish missing → the clinical Spanish, before the
   * English patient wording. */
  action = kg_interaction_get_action (lamotrigine);
  g_assert_cmpstr (kg_text_get (action, "es", TRUE), ==,
                   "Informe al equipo de que toma lamotrigina.");
  g_assert_cmpstr (kg_text_get (action, "en", TRUE), ==,
                   "Tell your care team you take lamotrigine.");
  g_assert_cmpstr (kg_text_get (action, "en", FALSE), ==, "Tell the team you take lamotrigine.");
  g_assert_false (kg_text_has (action, "es", TRUE));
  g_assert_true (kg_text_has (action, "en", TRUE));

  /* A plain string: English only; Spanish and patient fall back to it. */
  mechanism = kg_interaction_get_mechanism (lamotrigine);
  g_assert_cmpstr (kg_text_get (mechanism, "es", FALSE), ==,
                   "Lamotrigine inhibits glutamate release.");
  g_assert_cmpstr (kg_text_get (mechanism, "en", TRUE), ==,
                   "Lamotrigine inhibits glutamate release.");
  g_assert_cmpstr (kg_text_get (mechanism, "es", TRUE), ==,
                   "Lamotrigine inhibits glutamate release.");
  g_assert_false (kg_text_has (mechanism, "es", FALSE));

  /* No patient wording: the clinical text in each language. */
  name = kg_interaction_get_name (hypertension);
  g_assert_cmpstr (kg_text_get (name, "en", TRUE), ==, "Uncontrolled high blood pressure");
  g_assert_cmpstr (kg_text_get (name, "es", TRUE), ==, "Hipertensión no controlada");
  g_assert_cmpstr (kg_text_get_english (name), ==, "Uncontrolled high blood pressure");

  g_clear_object (&lamotrigine);
  g_clear_object (&hypertension);
  g_assert_finalize_object (catalog);
  kg_test_content_dir_remove (directory);
}

/* KgText on its own: the English patient wording is used when there is no
 * text at all in the language asked for. */
static void
test_text_patient_english (void)
{
  g_autoptr (KgText) text = kg_text_new ("Clinical.");

  kg_text_set (text, "en", TRUE, "Plain.");
  g_assert_cmpstr (kg_text_get (text, "es", TRUE), ==, "Plain.");
  g_assert_cmpstr (kg_text_get (text, "es", FALSE), ==, "Clinical.");
  kg_text_set (text, "es", FALSE, "Clínico.");
  g_assert_cmpstr (kg_text_get (text, "es", TRUE), ==, "Clínico.");
  kg_text_set (text, "es", TRUE, "Sencillo.");
  g_assert_cmpstr (kg_text_get (text, "es", TRUE), ==, "Sencillo.");
}

static KgReference *
lookup (KgCatalog  *catalog,
        const char *id)
{
  KgReference *reference = kg_catalog_lookup_reference (catalog, id);

  g_assert_nonnull (reference);
  g_assert_cmpstr (kg_reference_get_id (reference), ==, id);
  return reference;
}

static void
test_reference_format (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  KgCatalog *catalog = kg_catalog_new_from_directory (directory, NULL);
  KgReference *reference;
  g_autofree char *sleigh = NULL;
  g_autofree char *domino = NULL;
  g_autofree char *label_en = NULL;
  g_autofree char *label_es = NULL;
  g_autofree char *guide = NULL;
  g_autofree char *doi_uri = NULL;
  g_autofree char *no_doi_uri = NULL;

  g_assert_nonnull (catalog);
  g_assert_null (kg_catalog_lookup_reference (catalog, "nobody-2020"));

  reference = lookup (catalog, "sleigh-2023");
  g_assert_cmpint (kg_reference_get_kind (reference), ==, KG_REFERENCE_JOURNAL);
  g_assert_cmpint (kg_reference_get_year (reference), ==, 2023);
  sleigh = kg_reference_format (reference, "en");
  g_assert_cmpstr (sleigh, ==,
                   "Sleigh J, Warnaby C, Tracey I. General anaesthesia as fragmentation of "
                   "consciousness. Brain. 2023;146(5):1887–1900.");
  doi_uri = kg_reference_dup_doi_uri (reference);
  g_assert_cmpstr (doi_uri, ==, "https://doi.org/10.1093/brain/awad021");

  /* Authors ending in "et al." get no second full stop. */
  reference = lookup (catalog, "domino-1984");
  domino = kg_reference_format (reference, "en");
  g_assert_cmpstr (domino, ==,
                   "Domino EF, et al. Ketamine kinetics in unmedicated and "
                   "diazepam-premedicated subjects. Clinical Pharmacology & Therapeutics. "
                   "1984;36:645.");
  g_assert_cmpstr (kg_reference_get_pmid (reference), ==, "6488686");
  no_doi_uri = kg_reference_dup_doi_uri (reference);
  g_assert_null (no_doi_uri);

  /* No authors, no year: the title, translated. */
  reference = lookup (catalog, "ketalar-label");
  g_assert_cmpint (kg_reference_get_kind (reference), ==, KG_REFERENCE_LABEL);
  g_assert_cmpint (kg_reference_get_year (reference), ==, 0);
  label_en = kg_reference_format (reference, "en");
  label_es = kg_reference_format (reference, "es");
  g_assert_cmpstr (label_en, ==,
                   "Ketalar (ketamine hydrochloride) injection: prescribing information.");
  g_assert_cmpstr (label_es, ==,
                   "Ketalar (clorhidrato de ketamina) inyectable: información de prescripción.");

  /* Details without a year. */
  reference = lookup (catalog, "seed-002");
  g_assert_cmpint (kg_reference_get_kind (reference), ==, KG_REFERENCE_PATIENT_GUIDE);
  guide = kg_reference_format (reference, NULL);
  g_assert_cmpstr (guide, ==,
                   "Ketamine therapy guide (written by a patient, with reader comments). "
                   "File 002_e073f7b47afad448.txt.");
  g_assert_cmpstr (kg_text_get (kg_reference_get_note (reference), "es", FALSE), ==,
                   "Anecdótica en partes. Lo que solo aparece aquí se muestra como no verificado.");

  g_assert_finalize_object (catalog);
  kg_test_content_dir_remove (directory);
}

/* A Spanish citation is Spanish throughout: where a source document is
 * ("Archivo …", not "File …") and a site described in words, not only the
 * title. A plain string is English and stays as it is. */
static void
test_reference_format_spanish (void)
{
  g_autoptr (GError) error = NULL;
  KgCatalog *catalog = kg_catalog_new_bundled (&error);
  GListModel *references;
  g_autofree char *guide_es = NULL;
  g_autofree char *guide_en = NULL;
  g_autofree char *seed_es = NULL;
  g_autofree char *zanos_es = NULL;
  g_autofree char *directory = NULL;
  KgCatalog *fixture;
  g_autofree char *fixture_es = NULL;

  g_assert_no_error (error);
  guide_es = kg_reference_format (lookup (catalog, "seed-002"), "es");
  g_assert_cmpstr (guide_es, ==,
                   "u/madscribbler (Mad Scribbler). Guía de terapia con ketamina (escrita por un "
                   "paciente, con comentarios de lectores). Sitio web llevado por pacientes que "
                   "nació de la guía de r/therapeuticketamine en Reddit. "
                   "Archivo 002_e073f7b47afad448.txt.");
  guide_en = kg_reference_format (lookup (catalog, "seed-002"), "en");
  g_assert_cmpstr (guide_en, ==,
                   "u/madscribbler (Mad Scribbler). Ketamine therapy guide (written by a patient, "
                   "with reader comments). Patient-run website that grew from the "
                   "r/therapeuticketamine guide on Reddit. File 002_e073f7b47afad448.txt.");
  seed_es = kg_reference_format (lookup (catalog, "seed-000"), "es");
  g_assert_true (g_str_has_suffix (seed_es, " Archivo 000_3fc633900ba464eb.txt."));
  zanos_es = kg_reference_format (lookup (catalog, "zanos-2018"), "es");
  g_assert_true (g_str_has_suffix (zanos_es, " 2018;70:621 (tabla 1)."));

  /* No English words of our own in any Spanish citation. */
  references = kg_catalog_get_references (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr (KgReference) reference = g_list_model_get_item (references, i);
      g_autofree char *citation = kg_reference_format (reference, "es");

      g_assert_null (strstr (citation, "File "));
      g_assert_null (strstr (citation, "Table "));
      g_assert_null (strstr (citation, "website"));
    }
  g_assert_finalize_object (catalog);

  /* Details given as a plain string are English, shown as they are. */
  directory = kg_test_content_dir_new (NULL);
  fixture = kg_catalog_new_from_directory (directory, NULL);
  fixture_es = kg_reference_format (lookup (fixture, "seed-002"), "es");
  g_assert_cmpstr (fixture_es, ==,
                   "Guía de terapia con ketamina (escrita por un paciente, con comentarios de "
                   "lectores). File 002_e073f7b47afad448.txt.");
  g_assert_finalize_object (fixture);
  kg_test_content_dir_remove (directory);
}

/* The reader on its own: problems carry the entry and field, reading goes on
 * after a problem, and messages stay on one line. */
static void
test_reader_one_line (void)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KgContentReader) reader = kg_content_reader_new ("x.json", problems, NULL);
  const char *json = "{\"schema_version\": 1, \"list\": "
                     "[{\"id\": \"a\", \"kind\": \"two\\nlines\", \"n\": 0.5}]}";
  static const char * const kinds[] = { "one", NULL };
  const cJSON *root = kg_content_reader_parse (reader, json, strlen (json));
  const cJSON *entry;
  double n = 0;

  g_assert_nonnull (root);
  entry = cJSON_GetArrayItem (cJSON_GetObjectItem (root, "list"), 0);
  kg_content_reader_begin_entry (reader, "item", 0, entry);
  g_assert_cmpint (kg_content_reader_read_enum (reader, entry, "kind", kinds, TRUE), ==, -1);
  g_assert_false (kg_content_reader_read_number (reader, entry, "n", 1, 2, TRUE, &n));
  g_assert_true (kg_content_reader_read_number (reader, entry, "n", 0, 1, TRUE, &n));
  g_assert_cmpfloat (n, ==, 0.5);
  kg_content_reader_end_entry (reader);

  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((GError *) problems->pdata[0])->message, ==,
                   "x.json: item “a” (#1): field “kind”: expected one of one; found the string "
                   "“two\\nlines”");
  g_assert_cmpstr (((GError *) problems->pdata[1])->message, ==,
                   "x.json: item “a” (#1): field “n”: expected a number from 1 to 2, found 0.5");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kg/content/bundled-loads", test_bundled_loads);
  g_test_add_func ("/kg/content/valid-loads", test_valid_loads);
  g_test_add_func ("/kg/content/text-fallback", test_text_fallback);
  g_test_add_func ("/kg/content/replace-language", test_replace_language);
  g_test_add_func ("/kg/content/text-patient-english", test_text_patient_english);
  g_test_add_func ("/kg/content/reference-format", test_reference_format);
  g_test_add_func ("/kg/content/reference-format-spanish", test_reference_format_spanish);
  g_test_add_func ("/kg/content/reader-one-line", test_reader_one_line);
  g_test_add_func ("/kg/content/text-far-too-long", test_text_far_too_long);
  g_test_add_func ("/kg/content/too-large", test_too_large);
  g_test_add_func ("/kg/content/too-large-in-memory", test_too_large_in_memory);
  g_test_add_func ("/kg/content/missing-directory", test_missing_directory);
  g_test_add_func ("/kg/content/file-is-folder", test_file_is_folder);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/kg/content/bad/", bad_cases[i].fixture, NULL);
      g_test_add_data_func (path, &bad_cases[i], test_bad_fixture);
    }
  return g_test_run ();
}
