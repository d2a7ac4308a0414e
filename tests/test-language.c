/* test-language.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kg-test-ui.h"

static GSettings *
settings (void)
{
  return kg_application_get_settings (kg_test_ui_get_app ());
}

/* The texts a sighted user reads on @page: every mapped label. */
static GPtrArray *
visible_texts (GtkWidget *page)
{
  g_autoptr (GPtrArray) labels = kg_test_ui_collect (page, GTK_TYPE_LABEL, TRUE);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (text[0] != '\0')
        g_ptr_array_add (texts, g_strdup (text));
    }
  return texts;
}

static gboolean
contains (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (texts, i), text))
        return TRUE;
    }
  return FALSE;
}

/* Puts every page in a state a user would have left it in. */
static void
use_pages (KgWindow *window)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) spins = NULL;
  g_autoptr (GPtrArray) combos = NULL;

  g_object_set (kg_window_get_page (window, "dose"), "dose", 1.2, NULL);

  kg_test_ui_show_page (window, "routes");
  combos = kg_test_ui_collect (kg_window_get_page (window, "routes"), ADW_TYPE_COMBO_ROW, TRUE);
  g_assert_cmpuint (combos->len, >=, 2);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), 1);
  adw_combo_row_set_selected (g_ptr_array_index (combos, combos->len - 1), 2);
  spins = kg_test_ui_collect (kg_window_get_page (window, "routes"), GTK_TYPE_SPIN_BUTTON, TRUE);
  g_assert_cmpuint (spins->len, >=, 1);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 120);

  kg_test_ui_show_page (window, "half-life");
  g_clear_pointer (&spins, g_ptr_array_unref);
  spins = kg_test_ui_collect (kg_window_get_page (window, "half-life"), GTK_TYPE_SPIN_BUTTON,
                              TRUE);
  g_assert_cmpuint (spins->len, >=, 1);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 1.0);

  kg_test_ui_show_page (window, "interactions");
  entries = kg_test_ui_collect (kg_window_get_page (window, "interactions"),
                                GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_cmpuint (entries->len, >=, 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "benzo");
  g_object_set (kg_window_get_page (window, "interactions"), "kind-filter", "drug", NULL);
  kg_test_ui_wait (300);

  kg_test_ui_show_page (window, "routes");
}

static void
test_switch (void)
{
  KgWindow *window;
  g_autoptr (GPtrArray) pages = NULL;
  g_autoptr (GPtrArray) english = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) states = g_ptr_array_new_with_free_func (g_free);

  kg_test_ui_reset_settings ();
  g_settings_set_string (settings (), "language", "en");
  window = kg_test_ui_open_window (1280, 800);
  pages = kg_test_ui_list_pages (window);
  use_pages (window);

  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = kg_window_get_page (window, g_ptr_array_index (pages, i));

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      g_ptr_array_add (english, visible_texts (page));
      g_ptr_array_add (states, kg_test_ui_dup_state (page));
    }
  kg_test_ui_show_page (window, "routes");
  g_assert_cmpstr (_("Routes"), ==, "Routes");

  /* One step, from the menu or the attract screen. */
  g_action_group_activate_action (G_ACTION_GROUP (kg_test_ui_get_app ()), "language",
                                  g_variant_new_string ("es"));
  kg_test_ui_wait (300);

  g_assert_cmpstr (kg_application_get_language (kg_test_ui_get_app ()), ==, "es");
  /* The page and everything the user set stayed. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (window)), ==,
                   "routes");
  g_assert_cmpstr (_("Routes"), ==, "Vías");
  g_assert_cmpstr (adw_view_stack_page_get_title (
                     adw_view_stack_get_page (kg_window_get_stack (window),
                                              adw_view_stack_get_child_by_name (
                                                kg_window_get_stack (window), "routes"))),
                   ==, "Vías");

  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = kg_window_get_page (window, g_ptr_array_index (pages, i));
      GPtrArray *before = g_ptr_array_index (english, i);
      g_autoptr (GPtrArray) after = NULL;
      g_autofree char *state = NULL;
      g_autofree char *language = NULL;
      guint translated = 0;

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      after = visible_texts (page);
      state = kg_test_ui_dup_state (page);
      g_object_get (page, "language", &language, NULL);
      g_test_message ("%s: %s", (char *) g_ptr_array_index (pages, i), state);

      g_assert_cmpstr (language, ==, "es");
      g_assert_cmpstr (state, ==, g_ptr_array_index (states, i));

      /* Every English text that is a message of the catalogue now reads in
       * Spanish, and none is left in English. */
      for (guint j = 0; j < before->len; j++)
        {
          const char *text = g_ptr_array_index (before, j);
          const char *spanish = g_dgettext (GETTEXT_PACKAGE, text);

          if (spanish == text || g_str_equal (spanish, text))
            continue;
          if (!contains (after, spanish) || contains (after, text))
            g_error ("%s: “%s” should read “%s”", (char *) g_ptr_array_index (pages, i), text,
                     spanish);
          translated++;
        }
      g_test_message ("%s: %u UI texts translated", (char *) g_ptr_array_index (pages, i),
                      translated);
      g_assert_cmpuint (translated, >=, 3);
    }

  /* And back. */
  g_settings_set_string (settings (), "language", "en");
  kg_test_ui_wait (300);
  g_assert_cmpstr (_("Routes"), ==, "Routes");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (window)), ==,
                   g_ptr_array_index (pages, pages->len - 1));
  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *state =
        kg_test_ui_dup_state (kg_window_get_page (window, g_ptr_array_index (pages, i)));

      g_assert_cmpstr (state, ==, g_ptr_array_index (states, i));
    }

  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
}

static void
test_window_chrome (void)
{
  KgWindow *window;
  GtkWidget *button;
  GMenuModel *menu;
  g_autofree char *label = NULL;

  kg_test_ui_reset_settings ();
  g_settings_set_string (settings (), "language", "es");
  window = kg_test_ui_open_window (1280, 800);
  button = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), KG_TYPE_WINDOW,
                                                        "primary_menu_button");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Menú principal");
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  {
    g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);

    g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s",
                                                    &label));
    g_assert_cmpstr (label, ==, "Modo _consulta");
  }
  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
}

/* The titles in @window's shortcuts window, once each (the window keeps a
 * second copy of every shortcut for its search), as one string. */
static char *
dup_shortcut_titles (KgWindow *window)
{
  GtkShortcutsWindow *overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr (GPtrArray) shortcuts = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *titles = g_string_new (NULL);

  g_assert_nonnull (overlay);
  shortcuts = kg_test_ui_collect (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT, FALSE);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *title = NULL;

      g_object_get (g_ptr_array_index (shortcuts, i), "title", &title, NULL);
      if (title == NULL || g_hash_table_contains (seen, title))
        continue;
      g_string_append_printf (titles, "%s%s", titles->len > 0 ? "|" : "", title);
      g_hash_table_add (seen, g_steal_pointer (&title));
    }
  return g_string_free (titles, FALSE);
}

/* Built once at start-up, in the start-up language; again on a switch. */
static void
test_shortcuts_window (void)
{
  KgWindow *window;
  GtkShortcutsWindow *first;
  g_autofree char *english = NULL;
  g_autofree char *spanish = NULL;
  g_autofree char *at_start = NULL;

  kg_test_ui_reset_settings ();
  g_settings_set_string (settings (), "language", "en");
  window = kg_test_ui_open_window (1280, 800);
  first = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  english = dup_shortcut_titles (window);
  g_assert_cmpstr (english, ==,
                   "Show Shortcuts|Consult Mode|Go to Page 1 to 4|Main Menu|Close Window|Quit|"
                   "Search|Clear the search");

  g_settings_set_string (settings (), "language", "es");
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))
                 != first);
  spanish = dup_shortcut_titles (window);
  g_assert_true (strstr (spanish, "Modo consulta") != NULL);
  g_assert_true (strstr (spanish, "Consult Mode") == NULL);
  kg_test_ui_close_window (window);

  /* A window opened in Spanish has its shortcuts in Spanish from the start. */
  window = kg_test_ui_open_window (1280, 800);
  at_start = dup_shortcut_titles (window);
  g_assert_cmpstr (at_start, ==, spanish);
  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
}

static void
test_fallback (void)
{
  g_autoptr (KgText) text = kg_text_new ("Only in English");
  KgWindow *window;

  kg_test_ui_reset_settings ();
  g_settings_set_string (settings (), "language", "es");
  window = kg_test_ui_open_window (800, 600);

  /* A message the catalogue has, and one it does not: per string. */
  g_assert_cmpstr (_("Contraindications"), ==, "Contraindicaciones");
  g_assert_cmpstr (_("A message KetGuide never translated"), ==,
                   "A message KetGuide never translated");
  /* Content without Spanish shows its English. */
  kg_text_set (text, "en", TRUE, "Plain English only");
  g_assert_cmpstr (kg_text_get (text, kg_application_get_language (kg_test_ui_get_app ()), FALSE),
                   ==, "Only in English");
  g_assert_cmpstr (kg_text_get (text, kg_application_get_language (kg_test_ui_get_app ()), TRUE),
                   ==, "Plain English only");

  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
}

static void
test_system_default (void)
{
  kg_test_ui_reset_settings ();
  g_settings_set_string (settings (), "language", "es");
  g_assert_cmpstr (kg_application_get_language (kg_test_ui_get_app ()), ==, "es");
  g_settings_set_string (settings (), "language", "");
  /* The tests run in an English (C.UTF-8) locale. */
  g_assert_cmpstr (kg_application_get_language (kg_test_ui_get_app ()), ==, "en");
  g_assert_cmpstr (_("Routes"), ==, "Routes");
}

/* A language switch replaces every page: the old ones, used and drawn, are
 * finalized, and so is the shortcuts window it replaces. Anything that
 * kept them (a signal handler, a binding, a tick callback) would keep
 * every widget of a page alive at each switch. */
static void
test_rebuilt_pages_finalized (void)
{
  KgWindow *window;
  g_autoptr (GPtrArray) names = NULL;
  gpointer old_pages[8] = { NULL };
  gpointer old_overlay;

  kg_test_ui_reset_settings ();
  g_settings_set_string (settings (), "language", "en");
  window = kg_test_ui_open_window (1280, 800);
  names = kg_test_ui_list_pages (window);
  g_assert_cmpuint (names->len, ==, 4);
  use_pages (window);
  g_settings_set_boolean (settings (), "consult-mode", TRUE);
  for (guint i = 0; i < names->len; i++)
    {
      kg_test_ui_show_page (window, g_ptr_array_index (names, i));
      old_pages[i] = kg_window_get_page (window, g_ptr_array_index (names, i));
      g_object_add_weak_pointer (old_pages[i], &old_pages[i]);
    }
  old_overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (old_overlay);
  g_object_add_weak_pointer (old_overlay, &old_overlay);

  g_action_group_activate_action (G_ACTION_GROUP (kg_test_ui_get_app ()), "language",
                                  g_variant_new_string ("es"));
  kg_test_ui_wait (300);

  for (guint i = 0; i < names->len; i++)
    {
      g_test_message ("page %s", (char *) g_ptr_array_index (names, i));
      g_assert_null (old_pages[i]);
      g_assert_nonnull (kg_window_get_page (window, g_ptr_array_index (names, i)));
    }
  g_assert_null (old_overlay);

  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  kg_test_ui_init (&argc, &argv);
  g_test_add_func ("/kg/language/switch", test_switch);
  g_test_add_func ("/kg/language/window-chrome", test_window_chrome);
  g_test_add_func ("/kg/language/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/kg/language/fallback", test_fallback);
  g_test_add_func ("/kg/language/system-default", test_system_default);
  g_test_add_func ("/kg/language/rebuilt-pages-finalized", test_rebuilt_pages_finalized);
  return g_test_run ();
}
