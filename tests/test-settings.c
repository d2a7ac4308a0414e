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
#include "kg-number.h"
#include "kg-window.h"
#include "kg-test-locale.h"
#include "pages/kg-dose-page.h"
#include "pages/kg-half-life-page.h"

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

/* ---- Values GSettings passes on, or replaces ----------------------------
 *
 * GSettings gives a key's default for a stored value outside its range, but
 * its range check lets NaN through (NaN compares neither below nor above a
 * bound), and a key file or dconf (`gsettings set … weight-kg nan` is
 * accepted) can hold it. Each case starts the real window on such a file,
 * under G_DEBUG=fatal-warnings, and reads what the pages show. */

typedef struct
{
  const char *stored;   /* as written in the key file */
  double      shown;    /* the weight the pages use, in kg */
  const char *entry;    /* the Dose zones page's weight entry */
} WeightCase;

static const WeightCase weight_cases[] = {
  { "nan", 70, "70" },
  { "-nan", 70, "70" },
  { "inf", 70, "70" },
  { "-inf", 70, "70" },
  { "-1.0", 70, "70" },
  { "0.0", 70, "70" },
  { "1e9", 70, "70" },
  { "350.5", 70, "70" },
  { "1.0", 1, "1" },
  { "350.0", 350, "350" },
  { "82.5", 82.5, "82.5" },
};

static GtkWidget *
template_child (gpointer    page,
                GType       type,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (page), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
check_weight (gconstpointer data)
{
  const WeightCase *weight = data;
  KgApplication *app;
  KgWindow *window = open_window (&app);
  GtkWidget *dose_page = kg_window_get_page (window, "dose");
  GtkWidget *half_life_page = kg_window_get_page (window, "half-life");
  GtkAdjustment *dose;
  g_autofree char *mg = NULL;
  g_autofree char *kg = NULL;
  g_autofree char *label = NULL;

  g_assert_true (KG_IS_DOSE_PAGE (dose_page));
  g_assert_true (KG_IS_HALF_LIFE_PAGE (half_life_page));
  g_assert_cmpfloat (kg_dose_page_get_weight_kg (KG_DOSE_PAGE (dose_page)), ==, weight->shown);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (template_child (dose_page,
                                                                         KG_TYPE_DOSE_PAGE,
                                                                         "weight_entry"))),
                   ==, weight->entry);
  g_assert_cmpfloat (kg_half_life_page_get_weight_kg (KG_HALF_LIFE_PAGE (half_life_page)), ==,
                     weight->shown);
  /* "= 35 mg at 70 kg": the example dose for the weight used. */
  dose = GTK_ADJUSTMENT (gtk_widget_get_template_child (half_life_page, KG_TYPE_HALF_LIFE_PAGE,
                                                        "dose_adjustment"));
  g_assert_nonnull (dose);
  mg = kg_number_format_significant (gtk_adjustment_get_value (dose) * weight->shown, 3, "en");
  kg = kg_number_format_significant (weight->shown, 3, "en");
  label = g_strdup_printf ("= %s mg at %s kg", mg, kg);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (half_life_page,
                                                                  KG_TYPE_HALF_LIFE_PAGE,
                                                                  "dose_mg_label"))),
                   ==, label);

  /* A weight typed on the page is stored, and shown on the other page. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (dose_page, KG_TYPE_DOSE_PAGE,
                                                       "weight_entry")),
                         "80");
  g_assert_cmpfloat (g_settings_get_double (kg_application_get_settings (app), "weight-kg"), ==,
                     80);
  g_assert_cmpfloat (kg_half_life_page_get_weight_kg (KG_HALF_LIFE_PAGE (half_life_page)), ==,
                     80);
  close_window (app, window);
}

static void
test_weight (gconstpointer data)
{
  const WeightCase *weight = data;
  g_autofree char *contents = g_strdup_printf ("[com/example/KetGuide]\n"
                                               "disclaimer-accepted=true\n"
                                               "weight-kg=%s\n", weight->stored);
  g_autofree char *path = g_strdup_printf ("/kg/settings/weight/%s/subprocess", weight->stored);

  write_keyfile (contents, -1);
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

typedef struct
{
  const char *width;    /* as written in the key file */
  const char *height;
  int         shown_width;   /* -1: the monitor's */
  int         shown_height;
} SizeCase;

static const SizeCase size_cases[] = {
  { "360", "294", 360, 294 },           /* the smallest the schema takes */
  { "16384", "16384", -1, -1 },         /* the largest: as large as the screen */
  { "359", "293", 1100, 760 },          /* one below: the defaults */
  { "16385", "16385", 1100, 760 },      /* one above the largest */
  { "-5", "0", 1100, 760 },
  { "2147483647", "-2147483648", 1100, 760 },
  { "1e9", "nan", 1100, 760 },          /* not integers at all */
};

static void
check_size (gconstpointer data)
{
  const SizeCase *size = data;
  KgApplication *app;
  KgWindow *window = open_window (&app);
  GdkRectangle screen = { 0, };
  int width, height;

  gdk_monitor_get_geometry (gdk_display_get_monitor_at_surface (
                              gtk_widget_get_display (GTK_WIDGET (window)),
                              gtk_native_get_surface (GTK_NATIVE (window))),
                            &screen);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, size->shown_width == -1 ? screen.width : size->shown_width);
  g_assert_cmpint (height, ==, size->shown_height == -1 ? screen.height : size->shown_height);
  close_window (app, window);
}

static void
test_size (gconstpointer data)
{
  const SizeCase *size = data;
  g_autofree char *contents = g_strdup_printf ("[com/example/KetGuide]\n"
                                               "disclaimer-accepted=true\n"
                                               "window-width=%s\nwindow-height=%s\n",
                                               size->width, size->height);
  g_autofree char *path = g_strdup_printf ("/kg/settings/size/%sx%s/subprocess", size->width,
                                           size->height);

  write_keyfile (contents, -1);
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

typedef struct
{
  const char *stored;   /* as written in the key file */
  guint       used;     /* the seconds a kiosk waits before it resets */
} IdleCase;

static const IdleCase idle_cases[] = {
  { "0", 120 },
  { "1", 1 },
  { "86400", 86400 },
  { "86401", 120 },
  { "-1", 120 },
  { "4294967296", 120 },
  { "nan", 120 },
};

static void
check_idle_seconds (gconstpointer data)
{
  const IdleCase *idle = data;
  KgApplication *app;
  KgWindow *window = open_window (&app);

  g_assert_cmpuint (g_settings_get_uint (kg_application_get_settings (app), "kiosk-idle-seconds"),
                    ==, idle->used);
  close_window (app, window);
}

static void
test_idle_seconds (gconstpointer data)
{
  const IdleCase *idle = data;
  g_autofree char *contents = g_strdup_printf ("[com/example/KetGuide]\n"
                                               "disclaimer-accepted=true\n"
                                               "kiosk-idle-seconds=%s\n", idle->stored);
  g_autofree char *path = g_strdup_printf ("/kg/settings/kiosk-idle-seconds/%s/subprocess",
                                           idle->stored);

  write_keyfile (contents, -1);
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
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
  for (guint i = 0; i < G_N_ELEMENTS (weight_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kg/settings/weight/%s", weight_cases[i].stored);
      g_autofree char *subprocess = g_strconcat (path, "/subprocess", NULL);

      g_test_add_data_func (path, &weight_cases[i], test_weight);
      g_test_add_data_func (subprocess, &weight_cases[i], check_weight);
    }
  for (guint i = 0; i < G_N_ELEMENTS (size_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kg/settings/size/%sx%s", size_cases[i].width,
                                               size_cases[i].height);
      g_autofree char *subprocess = g_strconcat (path, "/subprocess", NULL);

      g_test_add_data_func (path, &size_cases[i], test_size);
      g_test_add_data_func (subprocess, &size_cases[i], check_size);
    }
  for (guint i = 0; i < G_N_ELEMENTS (idle_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kg/settings/kiosk-idle-seconds/%s",
                                               idle_cases[i].stored);
      g_autofree char *subprocess = g_strconcat (path, "/subprocess", NULL);

      g_test_add_data_func (path, &idle_cases[i], test_idle_seconds);
      g_test_add_data_func (subprocess, &idle_cases[i], check_idle_seconds);
    }
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
