/* test-devenv.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <sys/wait.h>

/* The uninstalled build (`build-aux/dev run`, which is `meson devenv`) finds
 * the translations compiled in its build tree through KETGUIDE_LOCALEDIR, so
 * Spanish is Spanish before anything is installed. The built binary is
 * $KETGUIDE; its --help summary is one translated message. */

static char *
help_summary (const char *localedir)
{
  const char *argv[] = { g_getenv ("KETGUIDE"), "--help", NULL };
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto (GStrv) lines = NULL;
  int wait_status = 0;

  g_assert_nonnull (argv[0]);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "es", TRUE);
  envp = g_environ_setenv (envp, "KETGUIDE_LOCALEDIR", localedir, TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  /* "Usage:", the synopsis, a blank line, then the summary. */
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 3);
  return g_strdup (lines[3]);
}

static void
test_build_tree_translations (void)
{
  g_autofree char *summary = help_summary (g_getenv ("KG_TEST_BUILD_LOCALEDIR"));

  g_assert_cmpstr (summary, ==, "Aprenda cómo actúa la ketamina, dosis a dosis.");
}

/* The variable is what makes the difference: a folder without catalogues
 * gives the English original. */
static void
test_without_catalogues (void)
{
  g_autofree char *empty = g_dir_make_tmp ("ketguide-no-locale-XXXXXX", NULL);
  g_autofree char *summary = help_summary (empty);

  g_assert_cmpstr (summary, ==, "Learn how ketamine acts, dose by dose.");
  g_rmdir (empty);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kg/devenv/build-tree-translations", test_build_tree_translations);
  g_test_add_func ("/kg/devenv/without-catalogues", test_without_catalogues);
  return g_test_run ();
}
