/* test-kiosk.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <X11/Xatom.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <signal.h>

#include "kg-test-ui.h"

/* KG_TEST_WM=openbox (the kiosk@openbox runs): the tests start that window
 * manager on the private X server, so minimising, fullscreen and focus go
 * through a real one, as on a kiosk; without it, through none. */
static GPid wm_pid;
static gboolean have_wm;

/* A browser registered for https and http, as a desktop has one: it only
 * writes down what it was asked to open. */
static char *opened_log;

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

/* The app's windows other than @window that are on screen. */
static GPtrArray *
list_other_windows (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *others = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      GtkWindow *toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel != window && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        g_ptr_array_add (others, toplevel);
      else
        g_object_unref (toplevel);
    }
  return others;
}

static guint
count_other_windows (GtkWindow *window)
{
  g_autoptr (GPtrArray) others = list_other_windows (window);

  return others->len;
}

static gboolean
no_other_windows (gpointer window)
{
  return count_other_windows (window) == 0;
}

static GtkWindow *
open_about (KgWindow *window)
{
  g_autoptr (GPtrArray) others = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (kg_test_ui_get_app ()), "about", NULL);
  kg_test_ui_wait (200);
  others = list_other_windows (GTK_WINDOW (window));
  g_assert_cmpuint (others->len, ==, 1);
  g_assert_true (ADW_IS_ABOUT_WINDOW (g_ptr_array_index (others, 0)));
  return g_ptr_array_index (others, 0);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *wanted)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL && menu_has_action (section, wanted))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, wanted))
        return TRUE;
    }
  return FALSE;
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
press_key (gpointer        window,
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


/* K1: the inspector keys in every window the kiosk opens, and no
 * shortcuts window. */
static void
test_secondary_windows (void)
{
  KgWindow *window = open_kiosk ();
  GtkWidget *menu_button =
    (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), KG_TYPE_WINDOW,
                                                 "primary_menu_button");
  GtkWindow *about;
  gboolean handled = FALSE;

  g_assert_false (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)),
                                   "win.show-help-overlay"));
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)),
                                  "app.about"));
  /* Ctrl+? activates this: it shows nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  kg_test_ui_wait (100);
  g_assert_cmpuint (count_other_windows (GTK_WINDOW (window)), ==, 0);

  about = open_about (window);
  press_key (about, GDK_KEY_I, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  press_key (about, GDK_KEY_D, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_signal_emit_by_name (about, "enable-debugging", TRUE, &handled);
  g_assert_true (handled);
  kg_test_ui_wait (100);
  /* Neither the inspector nor GTK's "Do you want to use it?" question. */
  g_assert_cmpuint (count_other_windows (GTK_WINDOW (window)), ==, 1);
  gtk_window_destroy (about);
  close_kiosk (window);

  /* Outside kiosk mode the shortcuts are offered again. */
  window = kg_test_ui_open_window (1280, 800);
  menu_button = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), KG_TYPE_WINDOW,
                                                             "primary_menu_button");
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)),
                                  "win.show-help-overlay"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  kg_test_ui_wait (200);
  g_assert_cmpuint (count_other_windows (GTK_WINDOW (window)), ==, 1);
  kg_test_ui_close_window (window);
}

static gboolean
browser_opened (gpointer data)
{
  return g_file_test (opened_log, G_FILE_TEST_EXISTS);
}

/* K2: About's own links (Legal's licence, the Sources' DOIs). */
static void
test_about_links (void)
{
  static const char * const uris[] = {
    "https://www.gnu.org/licenses/gpl-3.0.html",
    "https://doi.org/10.1093/brain/awad021",
  };
  KgWindow *window = open_kiosk ();
  GtkWindow *about = open_about (window);

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      gboolean handled = FALSE;

      g_signal_emit_by_name (about, "activate-link", uris[i], &handled);
      g_assert_true (handled);
    }
  kg_test_ui_wait (500);
  g_assert_false (g_file_test (opened_log, G_FILE_TEST_EXISTS));
  gtk_window_destroy (about);
  close_kiosk (window);

  /* The same link outside kiosk mode reaches the browser: the check above
   * can see a link that opens. */
  window = kg_test_ui_open_window (1280, 800);
  about = open_about (window);
  {
    gboolean handled = FALSE;
    g_autofree char *opened = NULL;

    g_signal_emit_by_name (about, "activate-link", uris[0], &handled);
    g_assert_true (kg_test_ui_wait_until (browser_opened, NULL, 5000));
    kg_test_ui_wait (200);
    g_file_get_contents (opened_log, &opened, NULL, NULL);
    g_assert_cmpstr (opened, ==, "https://www.gnu.org/licenses/gpl-3.0.html\n");
  }
  g_unlink (opened_log);
  gtk_window_destroy (about);
  kg_test_ui_close_window (window);
}

/* K3: the reset closes every other window, the inspector too. */
static void
test_reset_closes_windows (void)
{
  KgWindow *window = open_kiosk ();

  open_about (window);
  /* However it was opened (GTK_DEBUG=interactive, say). */
  gtk_window_set_interactive_debugging (TRUE);
  kg_test_ui_wait (300);
  g_assert_cmpuint (count_other_windows (GTK_WINDOW (window)), ==, 2);

  g_settings_set_uint (settings (), "kiosk-idle-seconds", 1);
  g_assert_true (kg_test_ui_wait_until (attract_visible, window, 5000));
  kg_test_ui_wait (100);
  g_assert_cmpuint (count_other_windows (GTK_WINDOW (window)), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  close_kiosk (window);
}

/* K4: About opened from the attract screen does not stop the clock. */
static void
test_idle_from_attract (void)
{
  KgWindow *window;

  kg_test_ui_reset_settings ();
  g_settings_set_boolean (settings (), "kiosk-mode", TRUE);
  window = kg_test_ui_open_window (1280, 800);
  g_assert_true (kg_window_get_attract_visible (window));
  open_about (window);
  g_settings_set_uint (settings (), "kiosk-idle-seconds", 1);
  g_assert_true (kg_test_ui_wait_until (no_other_windows, window, 5000));
  g_assert_true (kg_window_get_attract_visible (window));
  close_kiosk (window);
}

static gboolean
shown_again (gpointer data)
{
  GtkWindow *window = data;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  return gtk_widget_get_visible (GTK_WIDGET (window)) && gtk_widget_get_mapped (data) &&
         surface != NULL &&
         !(gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_MINIMIZED);
}

static void
note_minimized (GdkSurface *surface,
                GParamSpec *pspec,
                gboolean   *was_minimized)
{
  if (gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_MINIMIZED)
    *was_minimized = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* K4: hidden (the inspector's "visible") or minimised (the window
 * manager's menu), the kiosk comes back at once. */
static void
test_shown_again (void)
{
  KgWindow *window = open_kiosk ();
  gboolean was_minimized = FALSE;
  GdkSurface *surface;
  gulong handler;

  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  g_assert_true (kg_test_ui_wait_until (shown_again, window, 2000));

  if (!have_wm)
    {
      close_kiosk (window);
      g_test_skip ("Minimising needs a window manager (the kiosk@openbox run has one)");
      return;
    }
  /* It must really have been minimised before it came back. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  handler = g_signal_connect (surface, "notify::state", G_CALLBACK (note_minimized),
                              &was_minimized);
  gtk_window_minimize (GTK_WINDOW (window));
  g_assert_true (kg_test_ui_wait_until (is_true, &was_minimized, 3000));
  g_assert_true (kg_test_ui_wait_until (shown_again, window, 3000));
  g_signal_handler_disconnect (surface, handler);
  close_kiosk (window);
}

static void
register_browser (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("kg-kiosk-XXXXXX", &error);
  g_autofree char *data = NULL;
  g_autofree char *applications = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *config = NULL;
  g_autofree char *mimeapps = NULL;
  g_autofree char *entry = NULL;

  g_assert_no_error (error);
  data = g_build_filename (home, "data", NULL);
  applications = g_build_filename (data, "applications", NULL);
  config = g_build_filename (home, "config", NULL);
  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  opened_log = g_build_filename (home, "opened", NULL);

  desktop = g_build_filename (applications, "kg-test-browser.desktop", NULL);
  entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test Browser\n"
                           "Exec=sh -c 'echo \"$1\" >> %s' sh %%u\n"
                           "MimeType=x-scheme-handler/https;x-scheme-handler/http;\n",
                           opened_log);
  g_file_set_contents (desktop, entry, -1, &error);
  g_assert_no_error (error);
  mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_file_set_contents (mimeapps,
                       "[Default Applications]\n"
                       "x-scheme-handler/https=kg-test-browser.desktop\n"
                       "x-scheme-handler/http=kg-test-browser.desktop\n",
                       -1, &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
}

static void
start_window_manager (void)
{
  const char *wm = g_getenv ("KG_TEST_WM");
  const char *argv[] = { wm, NULL };
  g_autoptr (GError) error = NULL;

  if (wm == NULL || *wm == '\0')
    return;
  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &wm_pid, &error);
  g_assert_no_error (error);
}

/* A window manager announces itself on the root window (EWMH). */
static gboolean
window_manager_running (gpointer data)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  Atom check = XInternAtom (xdisplay, "_NET_SUPPORTING_WM_CHECK", False);
  Atom type = None;
  int format = 0;
  unsigned long n_items = 0, after = 0;
  unsigned char *value = NULL;
  gboolean running;

  XGetWindowProperty (xdisplay, DefaultRootWindow (xdisplay), check, 0, 1, False, XA_WINDOW,
                      &type, &format, &n_items, &after, &value);
  running = type == XA_WINDOW && n_items == 1;
  if (value != NULL)
    XFree (value);
  return running;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  register_browser ();
  start_window_manager ();
  kg_test_ui_init (&argc, &argv);
  if (wm_pid != 0)
    {
      g_assert_true (kg_test_ui_wait_until (window_manager_running, NULL, 10000));
      have_wm = TRUE;
    }
  g_test_add_func ("/kg/kiosk/chrome", test_chrome);
  g_test_add_func ("/kg/kiosk/close-refused", test_close_refused);
  g_test_add_func ("/kg/kiosk/escape-keys", test_escape_keys);
  g_test_add_func ("/kg/kiosk/inspector", test_inspector);
  g_test_add_func ("/kg/kiosk/unfullscreen", test_unfullscreen);
  g_test_add_func ("/kg/kiosk/idle-reset", test_idle_reset);
  g_test_add_func ("/kg/kiosk/links-refused", test_links_refused);
  g_test_add_func ("/kg/kiosk/secondary-windows", test_secondary_windows);
  g_test_add_func ("/kg/kiosk/about-links", test_about_links);
  g_test_add_func ("/kg/kiosk/reset-closes-windows", test_reset_closes_windows);
  g_test_add_func ("/kg/kiosk/idle-from-attract", test_idle_from_attract);
  g_test_add_func ("/kg/kiosk/shown-again", test_shown_again);
  status = g_test_run ();
  if (wm_pid != 0)
    {
      kill (wm_pid, SIGTERM);
      g_spawn_close_pid (wm_pid);
    }
  return status;
}
