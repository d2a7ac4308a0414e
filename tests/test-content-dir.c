/* test-content-dir.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>

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

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* By its heading: other dialogs (the disclaimer) may be up too. */
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent
          && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)),
                        "Your Content Could Not Be Used") == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
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
  g_autofree char *details = NULL;
  g_autofree char *body = NULL;
  GPtrArray *problems;
  KgCatalog *catalog;
  KgWindow *window;
  GtkWidget *label;
  GtkWidget *revealer;
  GtkWidget *button;
  AdwMessageDialog *dialog;


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
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  if (draw)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Your Content Could Not Be Used");
  body = g_strdup_printf (problems->len == 1
                            ? "KetGuide is showing its bundled content because of %u problem in "
                              "the content folder. Fix it and check with “ketguide "
                              "--check-content”."
                            : "KetGuide is showing its bundled content because of %u problems in "
                              "the content folder. Fix them and check with “ketguide "
                              "--check-content”.",
                          problems->len);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, body);
  label = find_widget (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_LABEL, NULL);
  g_assert_nonnull (label);
  details = join_messages (problems, "\n\n");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, details);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));

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
  g_assert_null (find_dialog (GTK_WINDOW (window)));
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();
  app = kg_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/kg/content-dir/multiple-problems", test_multiple_problems);
  g_test_add_func ("/kg/content-dir/markup-shown-as-text", test_markup_shown_as_text);
  g_test_add_func ("/kg/content-dir/missing-directory", test_missing_directory);
  g_test_add_func ("/kg/content-dir/valid-directory", test_valid_directory);
  g_test_add_func ("/kg/content-dir/every-fixture", test_every_fixture);
  g_test_add_func ("/kg/content-dir/fixture-windows", test_fixture_windows);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
