/* test-settings.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Settings never corrupt and never break the app: KetGuide persists nothing
 * but GSettings, here through GLib's key-file backend (a real file, written
 * the way GLib writes it: a new file renamed over the old one). A key file
 * with wrong, out-of-range or unparseable values gives the defaults and a
 * window that starts without a warning; what the app then stores reads back
 * as a valid key file. Each case runs in a fresh process, as each start of
 * the app reads the file afresh. */

#include "config.h"

#include <glib/gstdio.h>

#include "kg-application.h"
#include "kg-window.h"
#include "kg-test-locale.h"

static char *keyfile_path;

static void
write_keyfile (const char *contents,
               gssize      length)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (keyfile_path, contents, length, &error);
  g_assert_no_error (error);
}

static KgWindow *
open_window (KgApplication **app_out)
{
  g_autoptr (GError) error = NULL;
  KgApplication *app = kg_application_new ();
  KgWindow *window;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kg_application_load_content (app, NULL, &error));
  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  *app_out = app;
  return window;
}

static void
close_window (KgApplication *app,
              KgWindow      *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_object_unref (app);
}

static void
check_hostile_values (void)
{
  KgApplication *app;
  KgWindow *window;
  GSettings *settings;
  g_autofree char *unit = NULL;

  window = open_window (&app);
  settings = kg_application_get_settings (app);

  /* GSettings hands out the default for every value it cannot use. */
  unit = g_settings_get_string (settings, "weight-unit");
  g_assert_cmpfloat (g_settings_get_double (settings, "weight-kg"), ==, 70.0);
  g_assert_cmpstr (unit, ==, "kg");
  g_assert_cmpuint (g_settings_get_uint (settings, "kiosk-idle-seconds"), ==, 120);
  g_assert_false (g_settings_get_boolean (settings, "consult-mode"));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  /* The app copes with what GSettings does pass on: an unknown language
   * falls back to English, an unknown page to the first one. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (window)), ==,
                   "dose");
  close_window (app, window);
}

static void
test_hostile_values (void)
{
  write_keyfile ("[com/example/KetGuide]\n"
                 "weight-kg=99999.0\n"          /* outside 1–350 */
                 "weight-unit='stone'\n"        /* not a choice */
                 "kiosk-idle-seconds=0\n"       /* outside 1–86400 */
                 "consult-mode='maybe'\n"       /* not a boolean */
                 "language='<b>xx</b>'\n"       /* no such language */
                 "last-page='nowhere'\n"        /* no such page */
                 "window-width=-5\n"            /* outside 360–16384 */
                 "disclaimer-accepted=true\n", -1);
  g_test_trap_subprocess ("/kg/settings/hostile-values/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
check_unreadable_file (void)
{
  KgApplication *app;
  KgWindow *window = open_window (&app);

  g_assert_cmpfloat (g_settings_get_double (kg_application_get_settings (app), "weight-kg"), ==,
                     70.0);
  close_window (app, window);
}

static void
test_unreadable_file (void)
{
  static const char garbage[] = "\xff\xfe[com/example\x00\x01 = = '\n[[[\n";

  write_keyfile (garbage, sizeof garbage - 1);
  g_test_trap_subprocess ("/kg/settings/unreadable-file/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
change_settings (void)
{
  KgApplication *app;
  KgWindow *window = open_window (&app);
  int width, height;

  /* Opened at the stored size. */
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 650);
  adw_view_stack_set_visible_child_name (kg_window_get_stack (window), "interactions");
  g_settings_set_double (kg_application_get_settings (app), "weight-kg", 82.5);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  g_settings_sync ();
  close_window (app, window);
}

static void
test_written_back (void)
{
  g_autoptr (GKeyFile) stored = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *page = NULL;

  write_keyfile ("[com/example/KetGuide]\ndisclaimer-accepted=true\n"
                 "window-width=1000\nwindow-height=650\n", -1);
  g_test_trap_subprocess ("/kg/settings/written-back/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* What was stored is a whole, valid key file with both values. */
  g_key_file_load_from_file (stored, keyfile_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  page = g_key_file_get_string (stored, "com/example/KetGuide", "last-page", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (page, ==, "'interactions'");
  g_assert_cmpfloat (g_key_file_get_double (stored, "com/example/KetGuide", "weight-kg", &error),
                     ==, 82.5);
  g_assert_no_error (error);
  /* The window's size, as it was left. */
  g_assert_cmpint (g_key_file_get_integer (stored, "com/example/KetGuide", "window-width", &error),
                   ==, 900);
  g_assert_no_error (error);
  g_assert_cmpint (g_key_file_get_integer (stored, "com/example/KetGuide", "window-height", &error),
                   ==, 700);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  const char *inherited = g_getenv ("KG_TEST_SETTINGS_DIR");
  g_autofree char *config = NULL;
  g_autofree char *glib_folder = NULL;
  g_autofree char *folder = NULL;
  int status;

  /* Before anything makes a GSettings: a key file in a folder of our own,
   * which the cases' subprocesses inherit. */
  config = inherited != NULL ? g_strdup (inherited) : g_dir_make_tmp ("ketguide-settings-XXXXXX",
                                                                      &error);
  g_assert_no_error (error);
  g_setenv ("KG_TEST_SETTINGS_DIR", config, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  glib_folder = g_build_filename (config, "glib-2.0", NULL);
  folder = g_build_filename (glib_folder, "settings", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  keyfile_path = g_build_filename (folder, "keyfile", NULL);

  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();
  g_test_add_func ("/kg/settings/hostile-values", test_hostile_values);
  g_test_add_func ("/kg/settings/hostile-values/subprocess", check_hostile_values);
  g_test_add_func ("/kg/settings/unreadable-file", test_unreadable_file);
  g_test_add_func ("/kg/settings/unreadable-file/subprocess", check_unreadable_file);
  g_test_add_func ("/kg/settings/written-back", test_written_back);
  g_test_add_func ("/kg/settings/written-back/subprocess", change_settings);
  status = g_test_run ();

  if (inherited == NULL)
    {
      g_remove (keyfile_path);
      g_rmdir (folder);
      g_rmdir (glib_folder);
      g_rmdir (config);
    }
  g_free (keyfile_path);
  return status;
}
