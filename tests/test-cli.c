/* test-cli.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "kg-catalog.h"
#include "kg-test-content.h"

/* `ketguide --check-content` and `--version`, run as a content editor
 * would: the built binary ($KETGUIDE, set by tests/meson.build). */

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_ketguide (Run        *run,
              const char *option,
              const char *argument)
{
  const char *ketguide = g_getenv ("KETGUIDE");
  const char *argv[] = { ketguide, option, argument, NULL };
  g_autoptr (GError) error = NULL;
  int wait_status = 0;

  g_assert_nonnull (ketguide);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err,
                &wait_status, &error);
  g_assert_no_error (error);
  /* Exited normally, not killed by a signal. */
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static void
test_version (void)
{
  g_auto (Run) run = { 0, };

  run_ketguide (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ketguide " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check_valid (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  g_autofree char *expected = NULL;
  g_autofree char *summary = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  g_auto (Run) run = { 0, };
  KgCatalog *catalog;

  run_ketguide (&run, "--check-content", directory);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  /* One line: the folder, and what it holds. */
  catalog = kg_catalog_new_from_directory (directory, &problems);
  g_assert_nonnull (catalog);
  summary = kg_catalog_describe (catalog);
  g_assert_true (g_regex_match_simple ("^[0-9]+ references, 3 interactions and conditions",
                                       summary, 0, 0));
  expected = g_strdup_printf ("%s: content is valid (%s)\n", directory, summary);
  g_assert_cmpstr (run.out, ==, expected);

  g_assert_finalize_object (catalog);
  kg_test_content_dir_remove (directory);
}

/* Every problem on its own line, in the loader's order, then a count. */
static void
test_check_multiple_problems (void)
{
  g_autofree char *directory = kg_test_content_dir_new ("multiple-problems");
  g_autofree char *expected = NULL;
  g_auto (Run) run = { 0, };

  run_ketguide (&run, "--check-content", directory);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strdup_printf (
    "references.json: reference “sleigh-2023” (#1): field “doi”: expected a DOI such as "
    "“10.1093/brain/awad021”, found “brain/awad021”\n"
    "references.json: reference “domino-1984” (#3): field “year”: expected a number from 1900 "
    "to 2100, found 2200\n"
    "interactions.json: entry “lamotrigine” (#1): field “severity”: expected one of avoid, "
    "modify, monitor, minor, unrated; found the string “high”\n"
    "interactions.json: entry “hypertension” (#2): field “action”: expected text (a string, or "
    "an object with “en”), found nothing (the field is missing)\n"
    "interactions.json: entry “grapefruit” (#3): field “sources[1]”: expected the id of a "
    "reference in references.json, found “seed-003”, which is not there\n"
    "%s: 5 problems found\n",
    directory);
  g_assert_cmpstr (run.err, ==, expected);
  kg_test_content_dir_remove (directory);
}

static void
test_check_missing_directory (void)
{
  g_autofree char *directory = g_dir_make_tmp ("ketguide-content-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (directory, "no-such-folder", NULL);
  g_autofree char *expected = NULL;
  g_auto (Run) run = { 0, };

  run_ketguide (&run, "--check-content", missing);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strdup_printf ("%s: expected a folder of content files, found nothing there\n"
                              "%s: 1 problem found\n",
                              missing, missing);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* A folder name that is not UTF-8 is printed with U+FFFD for the bad byte,
 * never raw (it would reach a terminal, or Pango, as invalid UTF-8). */
static void
test_check_non_utf8_directory (void)
{
  g_autofree char *directory = g_dir_make_tmp ("ketguide-content-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (directory, "caf\xE9", NULL);
  g_autofree char *shown = g_build_filename (directory, "caf\uFFFD", NULL);
  g_autofree char *expected = NULL;
  g_auto (Run) run = { 0, };

  g_assert_false (g_utf8_validate (missing, -1, NULL));
  run_ketguide (&run, "--check-content", missing);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_utf8_validate (run.err, -1, NULL));
  expected = g_strdup_printf ("%s: expected a folder of content files, found nothing there\n"
                              "%s: 1 problem found\n",
                              shown, shown);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* Every fixture: exit status 1, no crash, and exactly the loader's problems,
 * one per line (their wording is checked in test-content). */
static void
test_check_every_fixture (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", NULL);
  g_autoptr (GDir) dir = g_dir_open (fixtures, 0, NULL);
  const char *name;
  guint n_fixtures = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *directory = kg_test_content_dir_new (name);
      g_autoptr (GPtrArray) problems = NULL;
      g_autoptr (GString) expected = g_string_new (NULL);
      g_auto (Run) run = { 0, };

      g_test_message ("fixture %s", name);
      g_assert_null (kg_catalog_new_from_directory (directory, &problems));
      g_assert_nonnull (problems);
      for (guint i = 0; i < problems->len; i++)
        {
          const char *message = ((GError *) g_ptr_array_index (problems, i))->message;

          g_assert_null (strchr (message, '\n'));
          g_string_append_printf (expected, "%s\n", message);
        }
      g_string_append_printf (expected, problems->len == 1 ? "%s: %u problem found\n"
                                                           : "%s: %u problems found\n",
                              directory, problems->len);

      run_ketguide (&run, "--check-content", directory);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, expected->str);
      kg_test_content_dir_remove (directory);
      n_fixtures++;
    }
  g_assert_cmpuint (n_fixtures, >=, 25);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kg/cli/version", test_version);
  g_test_add_func ("/kg/cli/check-valid", test_check_valid);
  g_test_add_func ("/kg/cli/check-multiple-problems", test_check_multiple_problems);
  g_test_add_func ("/kg/cli/check-missing-directory", test_check_missing_directory);
  g_test_add_func ("/kg/cli/check-non-utf8-directory", test_check_non_utf8_directory);
  g_test_add_func ("/kg/cli/check-every-fixture", test_check_every_fixture);
  return g_test_run ();
}
