/* test-install.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Installs KetGuide the way a user does (`meson setup --prefix=…`, then
 * `meson install`) into a temporary prefix, checks what was installed, and
 * runs the installed program with nothing pointing back at the source or
 * build trees: a clean environment, another working directory, a private
 * session bus. Run under Xvfb; the display tests skip without one.
 *
 * With KG_TEST_INSTALLED_PREFIX=/usr it checks an installation made some
 * other way (build-aux/ci-deb: the installed .deb) instead of installing. */

#include "config.h"

#include <fcntl.h>
#include <gio/gdesktopappinfo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#define APP_OBJECT_PATH  "/com/example/KetGuide"
#define WAIT_TIMEOUT_MS  20000

/* Whether a program is on PATH (freeing what g_find_program_in_path returns). */
static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);
  return path != NULL;
}

static char *source_root;   /* the checkout being tested */
static char *tmp_dir;       /* everything this test creates */
static char *prefix;        /* tmp_dir/prefix, the install prefix */
static char *build_dir;     /* tmp_dir/build, the sub-build; NULL for an existing install */
static char *installed_bin; /* prefix/bin/ketguide */
static char **meson_env;    /* the environment the test started with */
static gboolean installed;

/* Helpers */

static char *
in_prefix (const char *relative)
{
  return g_build_filename (prefix, relative, NULL);
}

/* The installed manual page: packages compress it. */
static char *
man_page_path (void)
{
  g_autofree char *plain = in_prefix ("share/man/man1/ketguide.1");
  g_autofree char *gz = in_prefix ("share/man/man1/ketguide.1.gz");

  if (g_file_test (gz, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&gz);
  return g_steal_pointer (&plain);
}

static gboolean
skip_unless_installed (void)
{
  if (!installed)
    g_test_skip ("meson install into the temporary prefix failed");
  return installed;
}

/* Runs @argv to completion in the clean environment (or @envp) from
 * tmp_dir; returns its wait status. */
static int
run (const char * const  *argv,
     char               **envp,
     char               **out,
     char               **err)
{
  g_autoptr (GError) error = NULL;
  int status = -1;
  GSpawnFlags flags = G_SPAWN_SEARCH_PATH_FROM_ENVP | G_SPAWN_SEARCH_PATH;

  /* Never onto the test's own stdout: that is the TAP stream. */
  if (out == NULL)
    flags |= G_SPAWN_STDOUT_TO_DEV_NULL;
  if (err == NULL)
    flags |= G_SPAWN_STDERR_TO_DEV_NULL;
  g_spawn_sync (tmp_dir, (char **) argv, envp, flags, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  return status;
}

static void
assert_exit_ok (int         status,
                const char *what,
                const char *out,
                const char *err)
{
  g_autoptr (GError) error = NULL;

  if (!g_spawn_check_wait_status (status, &error))
    {
      g_test_message ("%s: %s\nstdout:\n%s\nstderr:\n%s", what, error->message,
                      out ? out : "", err ? err : "");
      g_test_fail_printf ("%s: %s", what, error->message);
    }
}

static char *
read_text (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The languages in po/LINGUAS. */
static GStrv
read_linguas (void)
{
  g_autofree char *path = g_build_filename (source_root, "po", "LINGUAS", NULL);
  g_autofree char *text = read_text (path);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr (GStrvBuilder) languages = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *lang = g_strstrip (lines[i]);

      if (*lang != '\0' && *lang != '#')
        g_strv_builder_add (languages, lang);
    }
  return g_strv_builder_end (languages);
}

/* Reads @path, gunzipping it if its name ends in .gz. */
static char *
read_maybe_gzipped (const char *path)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GInputStream) raw = NULL;
  g_autoptr (GZlibDecompressor) gunzip = NULL;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GOutputStream) text = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_has_suffix (path, ".gz"))
    return read_text (path);

  file = g_file_new_for_path (path);
  raw = G_INPUT_STREAM (g_file_read (file, NULL, &error));
  g_assert_no_error (error);
  gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  stream = g_converter_input_stream_new (raw, G_CONVERTER (gunzip));
  text = g_memory_output_stream_new_resizable ();
  g_output_stream_splice (text, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write (text, "", 1, NULL, &error);   /* NUL-terminate */
  g_assert_no_error (error);
  g_output_stream_close (text, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (text));
}

/* The environment the installed app runs in: the prefix, system paths, the
 * display and the private bus, and nothing from the build. */
static void
make_environment_clean (const char *display,
                        const char *bus_address)
{
  static const char *keep[] = { "XAUTHORITY", NULL };
  g_auto (GStrv) names = g_listenv ();
  g_autofree char *home = g_build_filename (tmp_dir, "home", NULL);
  g_autofree char *runtime = g_build_filename (tmp_dir, "runtime", NULL);
  g_autofree char *path = g_strdup_printf ("%s/bin:/usr/local/bin:/usr/bin:/bin", prefix);
  g_autofree char *data_dirs = g_strdup_printf ("%s/share:/usr/share", prefix);
  g_autofree char *data_home = g_build_filename (home, ".local", "share", NULL);
  g_autofree char *config_home = g_build_filename (home, ".config", NULL);
  g_autofree char *cache_home = g_build_filename (home, ".cache", NULL);

  for (guint i = 0; names[i] != NULL; i++)
    if (!g_strv_contains (keep, names[i]))
      g_unsetenv (names[i]);

  g_mkdir_with_parents (data_home, 0700);
  g_mkdir_with_parents (runtime, 0700);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("PATH", path, TRUE);
  g_setenv ("XDG_DATA_DIRS", data_dirs, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("G_DEBUG", "fatal-warnings,fatal-criticals", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  if (bus_address != NULL)
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", bus_address, TRUE);
}

/* Running the installed app */

typedef struct
{
  GPid     pid;
  gboolean exited;
  int      wait_status;
} Child;

static void
child_exited_cb (GPid     pid,
                 int      wait_status,
                 gpointer user_data)
{
  Child *child = user_data;

  child->exited = TRUE;
  child->wait_status = wait_status;
  g_spawn_close_pid (pid);
}

static void
child_watch (Child *child,
             GPid   pid)
{
  child->pid = pid;
  child->exited = FALSE;
  g_child_watch_add (pid, child_exited_cb, child);
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (20 * G_TIME_SPAN_MILLISECOND);
    }
}

/* Whether process @pid runs the installed binary. */
static gboolean
pid_runs_installed_bin (guint32 pid)
{
  g_autofree char *link = g_strdup_printf ("/proc/%u/exe", pid);
  g_autofree char *exe = g_file_read_link (link, NULL);

  return exe != NULL && g_str_equal (exe, installed_bin);
}

/* The unique bus name of the running installed app, or NULL. */
static char *
find_app_bus_name (GDBusConnection *bus)
{
  g_autoptr (GVariant) names = NULL;
  g_autoptr (GVariantIter) iter = NULL;
  const char *name;

  names = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "ListNames", NULL,
                                       G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (names == NULL)
    return NULL;

  g_variant_get (names, "(as)", &iter);
  while (g_variant_iter_loop (iter, "&s", &name))
    {
      g_autoptr (GVariant) reply = NULL;
      guint32 pid;

      if (name[0] != ':' || g_str_equal (name, g_dbus_connection_get_unique_name (bus)))
        continue;
      reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                           g_variant_new ("(s)", name), G_VARIANT_TYPE ("(u)"),
                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
      if (reply == NULL)
        continue;
      g_variant_get (reply, "(u)", &pid);
      if (pid_runs_installed_bin (pid))
        return g_strdup (name);
    }
  return NULL;
}

/* Waits until the app started as @child is on the bus and has had time to
 * draw its window, then asks it to quit through its "app.quit" action and
 * asserts it exits with status 0. @log is the app's output, for failures. */
static void
quit_app_and_assert_clean_exit (Child      *child,
                                const char *log)
{
  g_autoptr (GDBusConnection) bus = NULL;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *output = NULL;
  gint64 deadline = g_get_monotonic_time () + WAIT_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  while (name == NULL && !child->exited && g_get_monotonic_time () < deadline)
    {
      spin (100);
      name = find_app_bus_name (bus);
    }
  if (name != NULL)
    spin (1000);   /* let it build and draw the window */

  if (child->exited || name == NULL)
    {
      output = log ? read_text (log) : NULL;
      g_test_message ("app output:\n%s", output ? output : "");
      if (!child->exited)
        kill (child->pid, SIGKILL);
      if (child->exited)
        {
          g_autoptr (GError) status = NULL;

          g_spawn_check_wait_status (child->wait_status, &status);
          g_test_fail_printf ("the installed app exited by itself (%s)",
                              status ? status->message : "status 0");
        }
      else
        g_test_fail_printf ("the installed app never appeared on the session bus");
      return;
    }

  reply = g_dbus_connection_call_sync (bus, name, APP_OBJECT_PATH, "org.gtk.Actions", "Activate",
                                       g_variant_new ("(s@av@a{sv})", "quit",
                                                      g_variant_new_array (G_VARIANT_TYPE_VARIANT,
                                                                           NULL, 0),
                                                      g_variant_new_array (G_VARIANT_TYPE ("{sv}"),
                                                                           NULL, 0)),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + WAIT_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;
  while (!child->exited && g_get_monotonic_time () < deadline)
    spin (50);
  if (!child->exited)
    {
      kill (child->pid, SIGKILL);
      g_test_fail_printf ("the installed app did not quit");
      return;
    }

  output = log ? read_text (log) : NULL;
  assert_exit_ok (child->wait_status, "the installed app", NULL, output);
  /* fatal-warnings makes a warning abort; say what else it printed */
  if (output != NULL && *output != '\0')
    g_test_message ("app output:\n%s", output);
}

static gboolean
skip_unless_display (void)
{
  if (!skip_unless_installed ())
    return FALSE;
  if (g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("no X display (run under xvfb-run)");
      return FALSE;
    }
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("no dbus-daemon for a private session bus");
      return FALSE;
    }
  return TRUE;
}

/* Starts @argv from tmp_dir in the clean environment, output to @log. */
static void
spawn_app (const char * const *argv,
           const char         *log,
           Child              *child)
{
  g_autoptr (GError) error = NULL;
  int fd = g_open (log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  GPid pid;

  g_assert_cmpint (fd, >=, 0);
  g_spawn_async_with_fds (tmp_dir, (char **) argv, NULL,
                          G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH,
                          NULL, NULL, &pid, -1, fd, fd, &error);
  close (fd);
  g_assert_no_error (error);
  child_watch (child, pid);
}

/* Tests */

static void
test_meson_install (void)
{
  g_autofree char *prefix_arg = g_strdup_printf ("--prefix=%s", prefix);
  const char *setup[] = { "meson", "setup", "--buildtype=plain", "-Dtests=false", prefix_arg,
                          build_dir, source_root, NULL };
  const char *install[] = { "meson", "install", "-C", build_dir, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;
  int status;

  if (build_dir == NULL)
    {
      g_test_skip ("checking the existing installation in KG_TEST_INSTALLED_PREFIX");
      return;
    }

  status = run (setup, meson_env, &out, &err);
  assert_exit_ok (status, "meson setup", out, err);
  if (g_test_failed ())
    return;

  status = run (install, meson_env, &out2, &err2);
  assert_exit_ok (status, "meson install", out2, err2);
  installed = !g_test_failed ();
}

static void
test_files (void)
{
  const char *files[] = {
    "bin/ketguide",
    "share/applications/" APP_ID ".desktop",
    "share/metainfo/" APP_ID ".metainfo.xml",
    "share/icons/hicolor/scalable/apps/" APP_ID ".svg",
    "share/icons/hicolor/symbolic/apps/" APP_ID "-symbolic.svg",
    "share/glib-2.0/schemas/" APP_ID ".gschema.xml",
    "share/glib-2.0/schemas/gschemas.compiled",   /* by gnome.post_install */
  };
  g_autofree char *bin = NULL;
  g_autofree char *man = NULL;

  if (!skip_unless_installed ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = in_prefix (files[i]);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_test_fail_printf ("not installed: %s", files[i]);
    }
  bin = in_prefix ("bin/ketguide");
  g_assert_true (g_file_test (bin, G_FILE_TEST_IS_EXECUTABLE));
  man = man_page_path ();
  if (!g_file_test (man, G_FILE_TEST_IS_REGULAR))
    g_test_fail_printf ("not installed: %s", man);
}

static void
test_translations_installed (void)
{
  g_auto (GStrv) languages = read_linguas ();

  if (!skip_unless_installed ())
    return;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *lang = languages[i];
      g_autofree char *mo = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *help = NULL;
      g_autofree char *domainarg = NULL;
      g_autofree char *language = NULL;
      g_auto (GStrv) envp = NULL;
      g_autofree char *localedir = in_prefix ("share/locale");
      const char *msgid = "Show the version and exit";

      mo = g_build_filename (localedir, lang, "LC_MESSAGES", "ketguide.mo", NULL);
      if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        {
          g_test_fail_printf ("translation not installed: %s", mo);
          continue;
        }

      /* The installed binary finds its own catalogue under its prefix. */
      envp = g_get_environ ();
      envp = g_environ_setenv (envp, "LANGUAGE", lang, TRUE);
      envp = g_environ_setenv (envp, "TEXTDOMAINDIR", localedir, TRUE);
      {
        const char *gettext_argv[] = { "gettext", "-d", "ketguide", msgid, NULL };
        const char *help_argv[] = { installed_bin, "--help", NULL };

        if (run (gettext_argv, envp, &expected, NULL) != 0 || g_str_equal (expected, msgid))
          {
            g_test_message ("%s: “%s” is not translated; not checking it at run time", lang,
                            msgid);
            continue;
          }
        g_assert_cmpint (run (help_argv, envp, &help, NULL), ==, 0);
        if (strstr (help, expected) == NULL)
          g_test_fail_printf ("LANGUAGE=%s ketguide --help does not show “%s”:\n%s", lang,
                              expected, help);
      }
    }
  if (languages[0] == NULL)
    g_test_skip ("po/LINGUAS lists no language yet");
}

static void
test_desktop_entry (void)
{
  g_autofree char *path = in_prefix ("share/applications/" APP_ID ".desktop");
  g_autoptr (GKeyFile) entry = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) categories = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *icon_path = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *validate[] = { "desktop-file-validate", path, NULL };
  int status;

  if (!skip_unless_installed ())
    return;

  if (!have_program ("desktop-file-validate"))
    g_test_message ("desktop-file-validate not found; checking the keys only");
  else
    {
      status = run (validate, NULL, &out, &err);
      assert_exit_ok (status, "desktop-file-validate on the installed entry", out, err);
      /* Three categories on purpose (Education, Science, MedicalSoftware): the
       * validator hints that two are main categories; a hint is not an error. */
      if (*out != '\0')
        g_test_message ("%s", out);
    }

  g_key_file_load_from_file (entry, path, G_KEY_FILE_KEEP_TRANSLATIONS, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "ketguide");
  categories = g_key_file_get_string_list (entry, "Desktop Entry", "Categories", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) categories, "Education"));
  g_assert_true (g_strv_contains ((const char * const *) categories, "Science"));
  g_assert_true (g_strv_contains ((const char * const *) categories, "MedicalSoftware"));

  /* Merged from po/ for every language: the menu's name, its comment and
   * search keywords (issue 7 asks for Spanish keywords). */
  {
    g_auto (GStrv) languages = read_linguas ();
    const char *keys[] = { "GenericName", "Comment", "Keywords" };

    for (guint i = 0; languages[i] != NULL; i++)
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        {
          g_autofree char *key = g_strdup_printf ("%s[%s]", keys[k], languages[i]);

          if (!g_key_file_has_key (entry, "Desktop Entry", key, NULL))
            g_test_fail_printf ("the installed desktop entry has no %s (translate it in po/%s.po)",
                                key, languages[i]);
        }
  }

  icon = g_key_file_get_string (entry, "Desktop Entry", "Icon", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (icon, ==, APP_ID);
  icon_path = g_strdup_printf ("%s/share/icons/hicolor/scalable/apps/%s.svg", prefix, icon);
  g_assert_true (g_file_test (icon_path, G_FILE_TEST_IS_REGULAR));
}

static void
test_metainfo (void)
{
  g_autofree char *path = in_prefix ("share/metainfo/" APP_ID ".metainfo.xml");
  g_autofree char *xml = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *validate[] = { "appstreamcli", "validate", "--no-net", "--explain", path, NULL };

  if (!skip_unless_installed ())
    return;

  if (!have_program ("appstreamcli"))
    g_test_message ("appstreamcli not found; checking the launchable only");
  else
    assert_exit_ok (run (validate, NULL, &out, &err), "appstreamcli validate on the installed file",
                    out, err);

  xml = read_text (path);
  g_assert_nonnull (strstr (xml, "<launchable type=\"desktop-id\">" APP_ID ".desktop</launchable>"));
  {
    g_auto (GStrv) languages = read_linguas ();
    const char *elements[] = { "summary", "keyword" };

    for (guint i = 0; languages[i] != NULL; i++)
      for (guint e = 0; e < G_N_ELEMENTS (elements); e++)
        {
          g_autofree char *needle = g_strdup_printf ("<%s xml:lang=\"%s\">", elements[e],
                                                     languages[i]);

          if (strstr (xml, needle) == NULL)
            g_test_fail_printf ("the installed metainfo has no %s (translate it in po/%s.po)",
                                needle, languages[i]);
        }
  }
  g_assert_nonnull (strstr (xml, "<binary>ketguide</binary>"));
}

static void
test_version (void)
{
  const char *argv[] = { installed_bin, "--version", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!skip_unless_installed ())
    return;

  assert_exit_ok (run (argv, NULL, &out, &err), "ketguide --version", out, err);
  g_assert_cmpstr (out, ==, "ketguide " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err, ==, "");
}

/* `ketguide --help` shows the options the issue asks for, and the installed
 * manual page documents every option `--help-all` shows. */
static void
test_help_and_man_page (void)
{
  const char *required[] = { "content-dir", "check-content", "version" };
  const char *help_argv[] = { installed_bin, "--help", NULL };
  const char *help_all_argv[] = { installed_bin, "--help-all", NULL };
  g_autofree char *man_path = man_page_path ();
  g_autofree char *man = NULL;
  g_autofree char *help = NULL;
  g_autofree char *help_all = NULL;
  g_autoptr (GRegex) option_re = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  const char *options_start;
  const char *options_end;
  g_autofree char *options = NULL;
  guint found = 0;

  if (!skip_unless_installed ())
    return;

  g_assert_cmpint (run (help_argv, NULL, &help, NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      g_autofree char *needle = g_strdup_printf ("  --%s", required[i]);

      if (strstr (help, needle) == NULL)
        g_test_fail_printf ("ketguide --help does not show --%s:\n%s", required[i], help);
    }

  man = read_maybe_gzipped (man_path);
  options_start = strstr (man, "\n.SH OPTIONS\n");
  g_assert_nonnull (options_start);
  options_end = strstr (options_start + 1, "\n.SH ");
  g_assert_nonnull (options_end);
  options = g_strndup (options_start, options_end - options_start);

  g_assert_cmpint (run (help_all_argv, NULL, &help_all, NULL), ==, 0);
  option_re = g_regex_new ("^ +(?:-[A-Za-z], )?--([a-z][a-z-]*)", G_REGEX_MULTILINE, 0, NULL);
  g_regex_match (option_re, help_all, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *option = g_match_info_fetch (match, 1);
      g_auto (GStrv) parts = g_strsplit (option, "-", -1);
      g_autofree char *escaped = g_strjoinv ("\\-", parts);
      g_autofree char *needle = g_strdup_printf ("\\-\\-%s", escaped);

      found++;
      if (strstr (options, needle) == NULL)
        g_test_fail_printf ("the manual page's OPTIONS do not document --%s", option);
    }
  g_assert_cmpuint (found, >=, G_N_ELEMENTS (required));

  /* It formats without a warning, checked the way lintian checks it. */
  if (have_program ("man"))
    {
      const char *man_argv[] = { "man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z",
                                 man_path, NULL };
      g_auto (GStrv) envp = g_environ_setenv (g_get_environ (), "MANWIDTH", "80", TRUE);
      g_autofree char *err = NULL;

      envp = g_environ_setenv (envp, "MANROFFSEQ", "", TRUE);
      g_assert_cmpint (run (man_argv, envp, NULL, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
    }
}

/* The installed binary runs from the prefix alone and quits cleanly. */
static void
test_run_installed (void)
{
  const char *argv[] = { installed_bin, NULL };
  g_autofree char *log = g_build_filename (tmp_dir, "run.log", NULL);
  Child child = { 0 };

  if (!skip_unless_display ())
    return;

  spawn_app (argv, log, &child);
  quit_app_and_assert_clean_exit (&child, log);
}

/* Under strace, the installed app opens nothing in the source tree or the
 * build tree it came from. */
static void
test_run_touches_no_source (void)
{
  g_autofree char *trace = g_build_filename (tmp_dir, "strace.log", NULL);
  g_autofree char *log = g_build_filename (tmp_dir, "strace-run.log", NULL);
  const char *argv[] = { "strace", "-f", "-qq", "-e", "trace=%file", "-o", trace,
                         installed_bin, NULL };
  const char *probe[] = { "strace", "-o", "/dev/null", "true", NULL };
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autofree char *installed_build = build_dir ? g_canonicalize_filename (build_dir, NULL) : NULL;
  Child child = { 0 };

  if (!skip_unless_display ())
    return;
  if (!have_program ("strace") || run (probe, NULL, NULL, NULL) != 0)
    {
      g_test_skip ("strace is not installed or cannot trace here");
      return;
    }

  spawn_app (argv, log, &child);
  quit_app_and_assert_clean_exit (&child, log);

  text = read_text (trace);
  g_assert_nonnull (strstr (text, installed_bin));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], source_root) != NULL
        || (installed_build != NULL && strstr (lines[i], installed_build) != NULL))
      g_test_fail_printf ("the installed app reached into the tree it was built from: %s",
                          lines[i]);
}

static void
launched_cb (GDesktopAppInfo *info,
             GPid             pid,
             gpointer         user_data)
{
  *(GPid *) user_data = pid;
}

/* The desktop entry is found by its id through XDG_DATA_DIRS, as the menu,
 * gio launch and gtk-launch find it, and launching it starts the app. */
static void
test_launch_desktop_entry (void)
{
  g_autoptr (GDesktopAppInfo) info = NULL;
  g_autoptr (GAppLaunchContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = in_prefix ("share/applications/" APP_ID ".desktop");
  g_autofree char *icon = NULL;
  g_autofree char *log = g_build_filename (tmp_dir, "launch.log", NULL);
  GPid pid = 0;
  int fd;
  Child child = { 0 };

  if (!skip_unless_display ())
    return;

  info = g_desktop_app_info_new (APP_ID ".desktop");
  g_assert_nonnull (info);
  g_assert_cmpstr (g_desktop_app_info_get_filename (info), ==, expected);
  g_assert_cmpstr (g_app_info_get_name (G_APP_INFO (info)), ==, "KetGuide");
  g_assert_true (g_app_info_should_show (G_APP_INFO (info)));
  icon = g_icon_to_string (g_app_info_get_icon (G_APP_INFO (info)));
  g_assert_cmpstr (icon, ==, APP_ID);

  fd = g_open (log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  context = g_app_launch_context_new ();
  g_desktop_app_info_launch_uris_as_manager_with_fds (info, NULL, context,
                                                      G_SPAWN_SEARCH_PATH
                                                      | G_SPAWN_DO_NOT_REAP_CHILD,
                                                      NULL, NULL, launched_cb, &pid, -1, fd, fd,
                                                      &error);
  close (fd);
  g_assert_no_error (error);
  g_assert_cmpint (pid, >, 0);
  child_watch (&child, pid);
  quit_app_and_assert_clean_exit (&child, log);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GTestDBus) bus = NULL;
  g_autofree char *tests_dir = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tests_dir = g_canonicalize_filename (g_test_get_dir (G_TEST_DIST), NULL);
  source_root = g_path_get_dirname (tests_dir);
  tmp_dir = g_dir_make_tmp ("ketguide-install-XXXXXX", &error);
  g_assert_no_error (error);
  if (g_getenv ("KG_TEST_INSTALLED_PREFIX") != NULL)
    {
      prefix = g_canonicalize_filename (g_getenv ("KG_TEST_INSTALLED_PREFIX"), NULL);
      installed = TRUE;
    }
  else
    {
      prefix = g_build_filename (tmp_dir, "prefix", NULL);
      build_dir = g_build_filename (tmp_dir, "build", NULL);
    }
  installed_bin = g_build_filename (prefix, "bin", "ketguide", NULL);
  meson_env = g_get_environ ();
  keep = g_strdup (g_getenv ("KG_TEST_KEEP_INSTALL"));

  /* Before anything caches the data dirs: from here on this process and
   * everything it starts see only the prefix and the system. GTestDBus
   * unsets DISPLAY, so it was saved first. */
  if (have_program ("dbus-daemon"))
    {
      bus = g_test_dbus_new (G_TEST_DBUS_NONE);
      g_test_dbus_up (bus);
    }
  make_environment_clean (display, bus ? g_test_dbus_get_bus_address (bus) : NULL);

  g_test_add_func ("/kg/install/meson-install", test_meson_install);
  g_test_add_func ("/kg/install/files", test_files);
  g_test_add_func ("/kg/install/translations", test_translations_installed);
  g_test_add_func ("/kg/install/desktop-entry", test_desktop_entry);
  g_test_add_func ("/kg/install/metainfo", test_metainfo);
  g_test_add_func ("/kg/install/version", test_version);
  g_test_add_func ("/kg/install/help-and-man-page", test_help_and_man_page);
  g_test_add_func ("/kg/install/run", test_run_installed);
  g_test_add_func ("/kg/install/run-touches-no-source", test_run_touches_no_source);
  g_test_add_func ("/kg/install/launch-desktop-entry", test_launch_desktop_entry);
  status = g_test_run ();

  if (bus != NULL)
    g_test_dbus_down (bus);
  if (keep == NULL)
    {
      const char *rm[] = { "rm", "-rf", tmp_dir, NULL };
      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    NULL, NULL);
    }
  else
    g_printerr ("# kept %s\n", tmp_dir);
  return status;
}
