/* test-content-dir.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kg-problems-window.h"
#include "kg-test-content.h"
#include "kg-window.h"
#include "kg-test-locale.h"

/* `ketguide --content-dir DIR` with content that does not validate: the app
 * starts on its bundled content and the window says why.
 *
 * One application for the whole run (it is registered on the session bus),
 * loading each content folder in turn as kg_application_startup() does. */
static KgApplication *app;

/* The first descendant of @widget (itself included) of @type whose label
 * text starts with @prefix (any text when %NULL). */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *prefix)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      const char *text = NULL;

      if (GTK_IS_LABEL (widget))
        text = gtk_label_get_text (GTK_LABEL (widget));
      else if (GTK_IS_BUTTON (widget))
        text = gtk_button_get_label (GTK_BUTTON (widget));
      if (prefix == NULL || (text != NULL && g_str_has_prefix (text, prefix)))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static KgProblemsWindow *
find_problems_window (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (KG_IS_PROBLEMS_WINDOW (window) && gtk_window_get_transient_for (window) == parent)
        return KG_PROBLEMS_WINDOW (window);
    }
  return NULL;
}

/* The first label under @widget (itself included) that reads exactly @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *result)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (result, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, result);
}

/* Every descendant of @widget (itself included) of @type, in tree order. */
static GPtrArray *
collect_widgets (GtkWidget *widget,
                 GType      type)
{
  GPtrArray *result = g_ptr_array_new ();

  collect (widget, type, result);
  return result;
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr (GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*text);
}

/* What the clipboard of @widget's display holds, as text. */
static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static char *
join_messages (GPtrArray  *problems,
               const char *separator)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) messages = NULL;

  for (guint i = 0; i < problems->len; i++)
    g_strv_builder_add (builder, ((GError *) g_ptr_array_index (problems, i))->message);
  messages = g_strv_builder_end (builder);
  return g_strjoinv (separator, messages);
}

/* The problems window for @problems, as Details opened it on @parent: its
 * words, its list, and what Copy All copies. */
/* What the problems window reads, in the display language. */
typedef struct
{
  const char *count;
  const char *intro;
  const char *toast;
  const char *copy_label;
  const char *copy_name;
} Expected;

static KgProblemsWindow *
check_problems_window (GtkWindow      *parent,
                       GPtrArray      *problems,
                       const Expected *expected_text,
                       gboolean        draw)
{
  KgProblemsWindow *window = find_problems_window (parent);
  GListModel *model;
  g_autoptr (GtkStringObject) first = NULL;
  g_autoptr (GPtrArray) list_views = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *copied = NULL;
  GtkWidget *count_label;
  GtkWidget *list_view;
  GtkWidget *button;

  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (window)));
  g_assert_true (gtk_window_get_destroy_with_parent (GTK_WINDOW (window)));
  /* A kiosk's reset closes what is transient for the main window. */
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == parent);
  if (draw)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  count_label = find_label (GTK_WIDGET (window), expected_text->count);
  g_assert_nonnull (count_label);
  g_assert_nonnull (find_label (GTK_WIDGET (window), expected_text->intro));

  /* Every message, in order, as plain text. */
  model = kg_problems_window_get_problems (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, problems->len);
  first = g_list_model_get_item (model, 0);
  g_assert_true (GTK_IS_STRING_OBJECT (first));
  g_assert_cmpstr (gtk_string_object_get_string (first), ==,
                   ((GError *) g_ptr_array_index (problems, 0))->message);
  expected = join_messages (problems, "\n");

  /* A list view that shows them, named by the count for a screen reader. */
  list_views = collect_widgets (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
  g_assert_cmpuint (list_views->len, ==, 1);
  list_view = g_ptr_array_index (list_views, 0);
  g_assert_nonnull (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
  g_assert_cmpuint (g_list_model_get_n_items (
                      G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)))),
                    ==, problems->len);
  gtk_test_accessible_assert_relation (list_view, GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       count_label, NULL);
  if (draw)
    {
      g_autoptr (GPtrArray) row_labels = collect_widgets (list_view, GTK_TYPE_LABEL);
      GtkLabel *row = g_ptr_array_index (row_labels, 0);

      g_assert_cmpuint (row_labels->len, >, 0);
      g_assert_cmpstr (gtk_label_get_text (row), ==,
                       ((GError *) g_ptr_array_index (problems, 0))->message);
      g_assert_false (gtk_label_get_use_markup (row));
      g_assert_true (gtk_label_get_selectable (row));
      g_assert_true (gtk_label_get_wrap (row));
      /* Only the rows around those on screen are built, whatever the number
       * of problems: GTK 4.8's list view keeps up to 200. */
      g_assert_cmpuint (row_labels->len, <=, 250);
    }

  /* Copy All, clicked as a user would: every message, one a line. */
  button = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, expected_text->copy_label);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, expected_text->copy_label);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       expected_text->copy_name);
  g_signal_emit_by_name (button, "clicked");
  copied = read_clipboard (GTK_WIDGET (window));
  g_assert_cmpuint (strlen (copied), ==, strlen (expected));
  g_assert_true (g_str_equal (copied, expected));
  /* And says so. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), expected_text->toast));
  return window;
}

/* Destroys @window and checks that nothing kept it (or its pages) alive. */
static void
destroy_window (KgWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  while (weak != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (weak);
}

/* Loads @fixture as --content-dir does, shows the window, and checks the
 * banner and the Details dialog against the problems found; waits for
 * both to be drawn when @draw is set. */
static void
check_fixture (const char *fixture,
               guint       n_expected,
               gboolean    draw)
{
  g_autofree char *directory = kg_test_content_dir_new (fixture);
  g_autoptr (GError) error = NULL;
  g_autofree char *banner_text = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *toast = NULL;
  GPtrArray *problems;
  KgCatalog *catalog;
  KgWindow *window;
  GtkWidget *label;
  GtkWidget *revealer;
  GtkWidget *button;
  KgProblemsWindow *dialog;

  /* The bundled content is loaded instead, and the problems are kept. */
  g_assert_true (kg_application_load_content (app, directory, &error));
  g_assert_no_error (error);
  problems = kg_application_get_content_problems (app);
  g_assert_nonnull (problems);
  if (n_expected > 0)
    g_assert_cmpuint (problems->len, ==, n_expected);
  catalog = kg_application_get_catalog (app);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (kg_catalog_get_interactions (catalog)), ==,
                    kg_test_count_entries (NULL, "interactions.json", "interactions"));

  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  if (draw)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (kg_window_get_page (window, "interactions"));

  /* The banner: how many problems, and the first of them. */
  banner_text = g_strdup_printf (problems->len == 1
                                   ? "Your content folder has %u problem; showing the bundled "
                                     "content instead. %s"
                                   : "Your content folder has %u problems; showing the bundled "
                                     "content instead. First problem: %s",
                                 problems->len,
                                 ((GError *) g_ptr_array_index (problems, 0))->message);
  label = find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Your content folder has");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, banner_text);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  revealer = gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER);
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_is_visible (label));

  /* Details, clicked as a user would, lists every problem as plain text. */
  button = find_widget (revealer, GTK_TYPE_BUTTON, "_Details");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  count_text = g_strdup_printf (problems->len == 1 ? "%u problem" : "%u problems", problems->len);
  intro = g_strdup_printf (problems->len == 1
                             ? "KetGuide is showing its bundled content because of %u problem in "
                               "the content folder. Fix it and check with “ketguide "
                               "--check-content”."
                             : "KetGuide is showing its bundled content because of %u problems in "
                               "the content folder. Fix them and check with “ketguide "
                               "--check-content”.",
                           problems->len);
  toast = g_strdup_printf (problems->len == 1 ? "%u problem copied to the clipboard"
                                              : "%u problems copied to the clipboard",
                           problems->len);
  dialog = check_problems_window (GTK_WINDOW (window), problems,
                                  &(Expected) { count_text, intro, toast, "_Copy All", "Copy All" },
                                  draw);

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
  kg_test_content_dir_remove (directory);
}

static void
test_multiple_problems (void)
{
  check_fixture ("multiple-problems", 5, TRUE);
}

/* The markup fixture: the tags are shown as typed, never interpreted. */
static void
test_markup_shown_as_text (void)
{
  check_fixture ("markup", 2, TRUE);
}

/* A folder that does not exist: one problem, the same banner. */
static void
test_missing_directory (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("ketguide-content-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (directory, "no-such-folder", NULL);
  g_autofree char *expected = NULL;
  KgWindow *window;
  GtkWidget *label;

  g_assert_true (kg_application_load_content (app, missing, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kg_application_get_content_problems (app)->len, ==, 1);

  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  label = find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Your content folder has");
  g_assert_nonnull (label);
  expected = g_strdup_printf ("Your content folder has 1 problem; showing the bundled content "
                              "instead. %s: expected a folder of content files, found nothing "
                              "there", missing);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  destroy_window (window);
  g_assert_cmpint (g_rmdir (directory), ==, 0);
}

/* Valid content from a folder is used, and no banner is shown. */
static void
test_valid_directory (void)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  g_autoptr (GError) error = NULL;
  KgWindow *window;
  GtkWidget *label;

  g_assert_true (kg_application_load_content (app, directory, &error));
  g_assert_no_error (error);
  g_assert_null (kg_application_get_content_problems (app));
  g_assert_cmpuint (
    g_list_model_get_n_items (kg_catalog_get_interactions (kg_application_get_catalog (app))),
    ==, 3);

  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  label = find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Your content folder has");
  g_assert_null (label);
  g_assert_null (find_problems_window (GTK_WINDOW (window)));
  destroy_window (window);
  kg_test_content_dir_remove (directory);
}

/* Nothing crashes on any input: every fixture is loaded as --content-dir
 * loads it, and the app falls back to the bundled content with the reasons
 * kept for the window. */
static void
test_every_fixture (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", NULL);
  g_autoptr (GDir) dir = g_dir_open (fixtures, 0, NULL);
  guint n_interactions = kg_test_count_entries (NULL, "interactions.json", "interactions");
  const char *name;
  guint n_fixtures = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *directory = kg_test_content_dir_new (name);
      g_autoptr (GError) error = NULL;
      GPtrArray *problems;
      KgCatalog *catalog;

      g_test_message ("fixture %s", name);
      g_assert_true (kg_application_load_content (app, directory, &error));
      g_assert_no_error (error);
      problems = kg_application_get_content_problems (app);
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, >, 0);
      catalog = kg_application_get_catalog (app);
      g_assert_cmpuint (g_list_model_get_n_items (kg_catalog_get_interactions (catalog)), ==,
                        n_interactions);
      kg_test_content_dir_remove (directory);
      n_fixtures++;
    }
  g_assert_cmpuint (n_fixtures, >=, 25);
}

/* The window, banner and Details dialog for one fixture of each kind of
 * problem: whole-file (syntax, encoding, nesting, missing file) and
 * field-level (quoted values with escapes). Drawing all of them would take
 * a minute; the drawn cases are above. */
static void
test_fixture_windows (void)
{
  static const char * const fixtures[] = {
    "truncated", "syntax-missing-comma", "invalid-utf8", "bom", "deep-nesting", "nul-escape",
    "missing-file", "control-character", "bad-id", "references-unreadable",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_test_message ("fixture %s", fixtures[i]);
      check_fixture (fixtures[i], 0, FALSE);
    }
}

/* A content folder whose interactions.json holds @n_entries entries that
 * are not objects: one problem each. */
static char *
make_problems_dir (guint n_entries)
{
  g_autofree char *directory = kg_test_content_dir_new (NULL);
  g_autofree char *path = g_build_filename (directory, "interactions.json", NULL);
  g_autoptr (GString) json = g_string_new ("{\"schema_version\": 1, \"interactions\": [");
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < n_entries; i++)
    g_string_append (json, i == 0 ? "0" : ",0");
  g_string_append (json, "]}\n");
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&directory);
}

static void
check_many_problems (guint           n_entries,
                     const char     *language,
                     const Expected *expected_text)
{
  g_autofree char *directory = make_problems_dir (n_entries);
  g_autoptr (GError) error = NULL;
  GSettings *settings = kg_application_get_settings (app);
  GPtrArray *problems;
  KgWindow *window;
  KgProblemsWindow *problems_window;
  gint64 start;

  g_settings_set_string (settings, "language", language);
  g_assert_true (kg_application_load_content (app, directory, &error));
  g_assert_no_error (error);
  problems = kg_application_get_content_problems (app);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, n_entries);
  g_assert_cmpstr (((GError *) g_ptr_array_index (problems, 0))->message, ==,
                   "interactions.json: entry #1: expected an object, found the number 0");

  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* At once: the one-label dialog took minutes for 45,000 problems. */
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-content-problems", NULL);
  problems_window = find_problems_window (GTK_WINDOW (window));
  g_assert_nonnull (problems_window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (problems_window));
  g_test_message ("%u problems: shown and drawn in %.0f ms", n_entries,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  check_problems_window (GTK_WINDOW (window), problems, expected_text, TRUE);

  /* It closes with the main window (a kiosk's reset closes it before). */
  {
    gpointer weak = problems_window;

    g_object_add_weak_pointer (G_OBJECT (problems_window), &weak);
    destroy_window (window);
    while (weak != NULL && g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_null (weak);
  }
  g_settings_reset (settings, "language");
  kg_test_content_dir_remove (directory);
}

static void
test_many_problems (void)
{
  check_many_problems (45000, "en", &(Expected) {
    "45,000 problems",
    "KetGuide is showing its bundled content because of 45,000 problems in the content folder. "
    "Fix them and check with “ketguide --check-content”.",
    "45,000 problems copied to the clipboard", "_Copy All", "Copy All" });
}

/* The numbers as the display language writes them, whatever the locale. */
static void
test_many_problems_spanish (void)
{
  check_many_problems (45000, "es", &(Expected) {
    "45.000 problemas",
    "KetGuide muestra su contenido incluido porque hay 45.000 problemas en la carpeta de "
    "contenido. Corríjalos y compruébelo con «ketguide --check-content».",
    "45.000 problemas copiados al portapapeles", "_Copiar todo", "Copiar todo" });
}

static void
test_one_problem (void)
{
  check_many_problems (1, "en", &(Expected) {
    "1 problem",
    "KetGuide is showing its bundled content because of 1 problem in the content folder. "
    "Fix it and check with “ketguide --check-content”.",
    "1 problem copied to the clipboard", "_Copy All", "Copy All" });
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  kg_application_init_i18n (KG_TEST_LOCALEDIR);
  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();
  app = kg_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/kg/content-dir/multiple-problems", test_multiple_problems);
  g_test_add_func ("/kg/content-dir/markup-shown-as-text", test_markup_shown_as_text);
  g_test_add_func ("/kg/content-dir/many-problems", test_many_problems);
  g_test_add_func ("/kg/content-dir/many-problems-spanish", test_many_problems_spanish);
  g_test_add_func ("/kg/content-dir/one-problem", test_one_problem);
  g_test_add_func ("/kg/content-dir/missing-directory", test_missing_directory);
  g_test_add_func ("/kg/content-dir/valid-directory", test_valid_directory);
  g_test_add_func ("/kg/content-dir/every-fixture", test_every_fixture);
  g_test_add_func ("/kg/content-dir/fixture-windows", test_fixture_windows);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
