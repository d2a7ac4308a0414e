/* test-settings-check.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Stored settings GSettings would silently ignore: the messages, and
 * `ketguide --check-settings` against a dconf database an administrator
 * compiled (`dconf compile`), the way a kiosk is locked down. */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "kg-settings-check.h"

static GSettingsSchema *
app_schema (void)
{
  GSettingsSchema *schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APP_ID, TRUE);

  g_assert_nonnull (schema);
  return schema;
}

static void
assert_message (const char *key,
                const char *stored,
                const char *expected)
{
  g_autoptr (GSettingsSchema) schema = app_schema ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) value = g_variant_parse (NULL, stored, NULL, NULL, &error);
  g_autofree char *message = NULL;

  g_assert_no_error (error);
  message = kg_settings_check_value (schema, key, value);
  g_assert_cmpstr (message, ==, expected);
}

static void
test_messages (void)
{
  /* What GSettings would use is no problem. */
  assert_message ("kiosk-mode", "true", NULL);
  assert_message ("weight-kg", "70.5", NULL);
  assert_message ("weight-unit", "'lb'", NULL);
  assert_message ("kiosk-idle-seconds", "uint32 86400", NULL);

  assert_message ("kiosk-mode", "1",
                  "The setting “kiosk-mode” is ignored: it holds 1, but takes true or false. "
                  "KetGuide uses its default, false.");
  assert_message ("kiosk-mode", "'true'",
                  "The setting “kiosk-mode” is ignored: it holds 'true', but takes true or false. "
                  "KetGuide uses its default, false.");
  assert_message ("kiosk-idle-seconds", "uint32 0",
                  "The setting “kiosk-idle-seconds” is ignored: it holds 0, but takes a whole "
                  "number from 1 to 86400. KetGuide uses its default, 120.");
  assert_message ("kiosk-idle-seconds", "-5",
                  "The setting “kiosk-idle-seconds” is ignored: it holds -5, but takes a whole "
                  "number from 1 to 86400. KetGuide uses its default, 120.");
  assert_message ("weight-kg", "nan",
                  "The setting “weight-kg” is ignored: it holds nan, but takes a number from "
                  "1.0 to 350.0. KetGuide uses its default, 70.0.");
  assert_message ("weight-unit", "'stone'",
                  "The setting “weight-unit” is ignored: it holds 'stone', but takes one of "
                  "“kg”, “lb”. KetGuide uses its default, 'kg'.");
  assert_message ("language", "42",
                  "The setting “language” is ignored: it holds 42, but takes a string. "
                  "KetGuide uses its default, ''.");
  /* Keys the schema does not have are not ours to judge. */
  assert_message ("no-such-key", "1", NULL);
}

/* A system database as an administrator builds one, and a dconf profile
 * that reads only it: no dconf service, nothing of the user's. */
static char *
compile_database (const char *keyfile)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("kg-dconf-XXXXXX", &error);
  g_autofree char *keyfiles = NULL;
  g_autofree char *database = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_text = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  g_assert_no_error (error);
  keyfiles = g_build_filename (directory, "db.d", NULL);
  database = g_build_filename (directory, "db", NULL);
  profile = g_build_filename (directory, "profile", NULL);
  g_assert_cmpint (g_mkdir (keyfiles, 0700), ==, 0);
  {
    g_autofree char *file = g_build_filename (keyfiles, "00-kiosk", NULL);

    g_file_set_contents (file, keyfile, -1, &error);
    g_assert_no_error (error);
  }
  {
    const char *argv[] = { "dconf", "compile", database, keyfiles, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &err,
                  &wait_status, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (err, ==, "");
    g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  }
  profile_text = g_strdup_printf ("file-db:%s\n", database);
  g_file_set_contents (profile, profile_text, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&profile);
}

static void
run_check_settings (const char *profile,
                    char      **out,
                    char      **err,
                    int        *status)
{
  const char *argv[] = { g_getenv ("KETGUIDE"), "--check-settings", NULL };
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  int wait_status = 0;

  g_assert_nonnull (argv[0]);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "dconf", TRUE);
  envp = g_environ_setenv (envp, "DCONF_PROFILE", profile, TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  *status = WEXITSTATUS (wait_status);
}

static void
test_dconf_wrong_type (void)
{
  g_autofree char *profile =
    compile_database ("[com/example/KetGuide]\n"
                      "kiosk-mode=1\n"
                      "consult-mode=true\n"
                      "weight-unit='stone'\n");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  run_check_settings (profile, &out, &err, &status);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  /* In the keys' alphabetical order. */
  g_assert_cmpstr (err, ==,
                   "The setting “kiosk-mode” is ignored: it holds 1, but takes true or false. "
                   "KetGuide uses its default, false.\n"
                   "The setting “weight-unit” is ignored: it holds 'stone', but takes one of "
                   "“kg”, “lb”. KetGuide uses its default, 'kg'.\n"
                   "2 settings ignored\n");
}

static void
test_dconf_valid (void)
{
  g_autofree char *profile =
    compile_database ("[com/example/KetGuide]\nkiosk-mode=true\nkiosk-idle-seconds=uint32 300\n");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  run_check_settings (profile, &out, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "Every stored setting is valid\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kg/settings-check/messages", test_messages);
  g_test_add_func ("/kg/settings-check/dconf-wrong-type", test_dconf_wrong_type);
  g_test_add_func ("/kg/settings-check/dconf-valid", test_dconf_valid);
  return g_test_run ();
}
