/* test-kiosk.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-test-ui.h"

static GSettings *
settings (void)
{
  return kg_application_get_settings (kg_test_ui_get_app ());
}

static KgWindow *
open_kiosk (void)
{
  KgWindow *window;

  kg_test_ui_reset_settings ();
  g_settings_set_boolean (settings (), "kiosk-mode", TRUE);
  g_assert_true (kg_application_get_kiosk (kg_test_ui_get_app ()));
  window = kg_test_ui_open_window (1280, 800);
  g_assert_true (kg_window_get_attract_visible (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start", NULL);
  g_assert_false (kg_window_get_attract_visible (window));
  return window;
}

static void
close_kiosk (KgWindow *window)
{
  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
  g_assert_false (kg_application_get_kiosk (kg_test_ui_get_app ()));
}

static gboolean
is_open (KgWindow *window)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (kg_test_ui_get_app ()));

  return g_list_find (windows, window) != NULL && gtk_widget_get_visible (GTK_WIDGET (window));
}

static void
test_chrome (void)
{
  KgWindow *window = open_kiosk ();
  GtkWidget *header = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                   KG_TYPE_WINDOW, "header_bar");
  GtkWidget *menu_button =
    (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), KG_TYPE_WINDOW,
                                                 "primary_menu_button");
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));

  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  g_assert_false (adw_header_bar_get_show_end_title_buttons (ADW_HEADER_BAR (header)));
  g_assert_false (adw_header_bar_get_show_start_title_buttons (ADW_HEADER_BAR (header)));
  g_assert_false (gtk_window_get_deletable (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kg-kiosk"));

  /* The menu: no Quit, no Preferences. */
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            {
              g_assert_cmpstr (action, !=, "app.quit");
              g_assert_cmpstr (action, !=, "app.preferences");
            }
        }
    }
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (kg_test_ui_get_app ()),
                                                     "quit"));
  close_kiosk (window);
}

static void
test_close_refused (void)
{
  KgWindow *window = open_kiosk ();

  /* What the compositor's close (Alt+F4, the title bar) and Ctrl+W do. */
  gtk_window_close (GTK_WINDOW (window));
  kg_test_ui_wait (50);
  g_assert_true (is_open (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  kg_test_ui_wait (50);
  g_assert_true (is_open (window));
  /* app.quit is disabled: activating it does nothing. */
  g_action_group_activate_action (G_ACTION_GROUP (kg_test_ui_get_app ()), "quit", NULL);
  kg_test_ui_wait (50);
  g_assert_true (is_open (window));

  close_kiosk (window);

  /* Outside kiosk mode the same request closes the window. */
  window = kg_test_ui_open_window (800, 600);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  kg_test_ui_wait (50);
  g_assert_null (window);
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 GtkShortcutTrigger *key)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)),
                            key) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)),
                            key);
  return gtk_shortcut_trigger_equal (trigger, key);
}

/* Runs @controller's shortcuts for @key as GTK would for a key press: the
 * first one whose action reports it handled the key ends the search. */
static gboolean
run_controller (GtkEventController *controller,
                GtkShortcutTrigger *key)
{
  GListModel *shortcuts = G_LIST_MODEL (controller);
  GtkWidget *widget = gtk_event_controller_get_widget (controller);

  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);

      if (trigger_matches (gtk_shortcut_get_trigger (shortcut), key) &&
          gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                        GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                        gtk_shortcut_get_arguments (shortcut)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
run_phase (GtkWidget          *widget,
           GtkPropagationPhase phase,
           GtkShortcutTrigger *key)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == phase &&
          run_controller (controller, key))
        return TRUE;
    }
  return FALSE;
}

/* A key press on the focused widget, as far as shortcuts go: the capture
 * phase from the window down, then the bubble phase back up. */
static void
press_key (KgWindow       *window,
           guint           keyval,
           GdkModifierType modifiers)
{
  g_autoptr (GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr (GPtrArray) path = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *w = focus != NULL ? focus : GTK_WIDGET (window); w != NULL;
       w = gtk_widget_get_parent (w))
    g_ptr_array_insert (path, 0, w);

  for (guint i = 0; i < path->len; i++)
    {
      if (run_phase (g_ptr_array_index (path, i), GTK_PHASE_CAPTURE, key))
        goto done;
    }
  for (guint i = path->len; i > 0; i--)
    {
      if (run_phase (g_ptr_array_index (path, i - 1), GTK_PHASE_BUBBLE, key))
        goto done;
    }
done:
  kg_test_ui_wait (50);
}

static void
test_escape_keys (void)
{
  static const struct { guint keyval; GdkModifierType modifiers; } keys[] = {
    { GDK_KEY_q, GDK_CONTROL_MASK },
    { GDK_KEY_w, GDK_CONTROL_MASK },
    { GDK_KEY_F4, GDK_ALT_MASK },
    { GDK_KEY_F11, 0 },
    { GDK_KEY_Escape, 0 },
    { GDK_KEY_I, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
    { GDK_KEY_D, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  };
  KgWindow *window = open_kiosk ();
  g_autoptr (GPtrArray) pages = kg_test_ui_list_pages (window);
  g_auto (GStrv) quit_accels = gtk_application_get_accels_for_action (
                                 GTK_APPLICATION (kg_test_ui_get_app ()), "app.quit");

  g_assert_cmpuint (g_strv_length (quit_accels), ==, 0);

  /* On every page, with the focus where the page puts it. */
  for (guint p = 0; p < pages->len; p++)
    {
      guint n_toplevels;

      kg_test_ui_show_page (window, g_ptr_array_index (pages, p));
      n_toplevels = g_list_model_get_n_items (gtk_window_get_toplevels ());
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          press_key (window, keys[i].keyval, keys[i].modifiers);
          g_assert_true (is_open (window));
          g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
          g_assert_true (kg_application_get_kiosk (kg_test_ui_get_app ()));
          /* No inspector (or anything else) opened. */
          g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==,
                            n_toplevels);
        }
    }
  close_kiosk (window);
}

static void
test_inspector (void)
{
  KgWindow *window = open_kiosk ();
  guint n_toplevels = g_list_model_get_n_items (gtk_window_get_toplevels ());
  gboolean handled = FALSE;

  g_signal_emit_by_name (window, "enable-debugging", FALSE, &handled);
  g_assert_true (handled);
  g_signal_emit_by_name (window, "enable-debugging", TRUE, &handled);
  g_assert_true (handled);
  kg_test_ui_wait (50);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_toplevels);
  close_kiosk (window);
}

static void
test_unfullscreen (void)
{
  KgWindow *window = open_kiosk ();

  /* Whatever unfullscreens the window (a compositor gesture, a client),
   * the kiosk asks for fullscreen again. */
  gtk_window_unfullscreen (GTK_WINDOW (window));
  kg_test_ui_wait (100);
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  close_kiosk (window);
}

static gboolean
attract_visible (gpointer data)
{
  return kg_window_get_attract_visible (data);
}

static void
test_idle_reset (void)
{
  KgWindow *window = open_kiosk ();
  g_autoptr (GPtrArray) pages = kg_test_ui_list_pages (window);
  g_autoptr (GPtrArray) start_states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) entries = NULL;
  const char *first = g_ptr_array_index (pages, 0);
  double dose;

  g_assert_cmpuint (pages->len, >=, 4);

  /* Every page's start state, as a new kiosk shows it: every control's
   * value and every state property. */
  for (guint i = 0; i < pages->len; i++)
    {
      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      g_ptr_array_add (start_states,
                       kg_test_ui_dup_state (kg_window_get_page (window,
                                                                 g_ptr_array_index (pages, i))));
    }
  kg_test_ui_show_page (window, first);

  /* A visitor: slides the dose, searches, switches to Spanish and consult
   * mode, leaves the last page open. */
  g_object_set (kg_window_get_page (window, "dose"), "dose", 0.6, NULL);
  kg_test_ui_show_page (window, "interactions");
  entries = kg_test_ui_collect (kg_window_get_page (window, "interactions"),
                                GTK_TYPE_SEARCH_ENTRY, TRUE);
  g_assert_cmpuint (entries->len, >=, 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "lamotrigine");
  g_settings_set_string (settings (), "language", "es");
  g_settings_set_boolean (settings (), "consult-mode", TRUE);
  g_settings_set_double (settings (), "weight-kg", 95);
  kg_test_ui_wait (100);
  g_assert_false (kg_window_get_attract_visible (window));
  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *state =
        kg_test_ui_dup_state (kg_window_get_page (window, g_ptr_array_index (pages, i)));

      if (g_str_equal (g_ptr_array_index (pages, i), "dose") ||
          g_str_equal (g_ptr_array_index (pages, i), "interactions"))
        g_assert_cmpstr (state, !=, g_ptr_array_index (start_states, i));
    }

  /* Then nobody: after a second, the attract screen. (A second from the
   * start would pass while the pages are rebuilt in Spanish.) */
  g_settings_set_uint (settings (), "kiosk-idle-seconds", 1);
  g_assert_true (kg_test_ui_wait_until (attract_visible, window, 5000));

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (window)), ==, first);
  g_assert_cmpstr (kg_application_get_language (kg_test_ui_get_app ()), ==,
                   kg_text_get_default_language ());
  g_assert_false (g_settings_get_boolean (settings (), "consult-mode"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "kg-consult"));
  g_assert_cmpfloat (g_settings_get_double (settings (), "weight-kg"), ==, 70);
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = kg_window_get_page (window, g_ptr_array_index (pages, i));
      g_autofree char *state = kg_test_ui_dup_state (page);
      g_autofree char *language = NULL;

      g_test_message ("%s: %s", (char *) g_ptr_array_index (pages, i), state);
      g_assert_cmpstr (state, ==, g_ptr_array_index (start_states, i));
      g_object_get (page, "language", &language, NULL);
      g_assert_cmpstr (language, ==, kg_text_get_default_language ());
    }
  g_object_get (kg_window_get_page (window, "dose"), "dose", &dose, NULL);
  g_assert_cmpfloat (dose, !=, 0.6);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = kg_test_ui_collect (kg_window_get_page (window, "interactions"),
                                GTK_TYPE_SEARCH_ENTRY, FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (entries, 0))), ==, "");

  /* The attract screen stays until touched. */
  kg_test_ui_wait (1500);
  g_assert_true (kg_window_get_attract_visible (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start", NULL);
  g_assert_false (kg_window_get_attract_visible (window));
  close_kiosk (window);
}

static void
test_links_refused (void)
{
  KgWindow *window = open_kiosk ();
  GtkWidget *link = gtk_link_button_new ("https://doi.org/10.1093/brain/awad021");
  GtkWidget *page = kg_window_get_page (window, "dose");
  gboolean handled = FALSE;

  /* A link button the way pages show DOIs: mapped inside the window. */
  adw_bin_set_child (ADW_BIN (page), link);
  kg_test_ui_wait (50);
  g_assert_true (gtk_widget_get_mapped (link));
  g_signal_emit_by_name (link, "activate-link", &handled);
  g_assert_true (handled);
  g_assert_false (gtk_link_button_get_visited (GTK_LINK_BUTTON (link)));
  close_kiosk (window);
}

int
main (int   argc,
      char *argv[])
{
  kg_test_ui_init (&argc, &argv);
  g_test_add_func ("/kg/kiosk/chrome", test_chrome);
  g_test_add_func ("/kg/kiosk/close-refused", test_close_refused);
  g_test_add_func ("/kg/kiosk/escape-keys", test_escape_keys);
  g_test_add_func ("/kg/kiosk/inspector", test_inspector);
  g_test_add_func ("/kg/kiosk/unfullscreen", test_unfullscreen);
  g_test_add_func ("/kg/kiosk/idle-reset", test_idle_reset);
  g_test_add_func ("/kg/kiosk/links-refused", test_links_refused);
  return g_test_run ();
}
