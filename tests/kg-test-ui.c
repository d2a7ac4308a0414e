/* kg-test-ui.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-test-ui.h"
#include "kg-test-locale.h"

static KgApplication *app;

/* The settings a test may change; each test starts from their defaults. */
static const char * const keys[] = {
  "kiosk-mode", "kiosk-idle-seconds", "consult-mode", "language", "weight-kg",
  "weight-unit", "last-page",
};

/**
 * kg_test_ui_init:
 *
 * GTK, libadwaita, the uninstalled translations and one registered
 * application for the whole test program.
 */
void
kg_test_ui_init (int    *argc,
                 char ***argv)
{
  g_autoptr (GError) error = NULL;

  kg_application_init_i18n (KG_TEST_LOCALEDIR);
  gtk_test_init (argc, argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();

  app = kg_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kg_application_load_content (app, NULL, &error));
  g_assert_no_error (error);
  /* The first-run disclaimer is shown by activation only; say it was seen
   * anyway, as a returning user would have. */
  g_settings_set_boolean (kg_application_get_settings (app), "disclaimer-accepted", TRUE);
}

KgApplication *
kg_test_ui_get_app (void)
{
  return app;
}

void
kg_test_ui_reset_settings (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (kg_application_get_settings (app), keys[i]);
}

void
kg_test_ui_wait (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

gboolean
kg_test_ui_wait_until (gboolean (*condition) (gpointer data),
                       gpointer   data,
                       guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

KgWindow *
kg_test_ui_open_window (int width,
                        int height)
{
  KgWindow *window = kg_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kg_test_ui_wait (50);
  return window;
}

void
kg_test_ui_close_window (KgWindow *window)
{
  /* A kiosk refuses to close: destroy, as the session would at logout. */
  gtk_window_destroy (GTK_WINDOW (window));
  kg_test_ui_wait (20);
}

GPtrArray *
kg_test_ui_list_pages (KgWindow *window)
{
  g_autoptr (GtkSelectionModel) pages = adw_view_stack_get_pages (kg_window_get_stack (window));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_ptr_array_add (result, g_strdup (adw_view_stack_page_get_name (page)));
    }
  return result;
}

void
kg_test_ui_show_page (KgWindow   *window,
                      const char *name)
{
  adw_view_stack_set_visible_child_name (kg_window_get_stack (window), name);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kg_test_ui_wait (50);
}

static void
collect (GtkWidget *widget,
         GType      type,
         gboolean   mapped_only,
         GPtrArray *result)
{
  if (mapped_only && !gtk_widget_get_mapped (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (result, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, mapped_only, result);
}

/**
 * kg_test_ui_collect:
 *
 * Returns: (transfer container): the widgets of @type under @root, in tree order
 */
GPtrArray *
kg_test_ui_collect (GtkWidget *root,
                    GType      type,
                    gboolean   mapped_only)
{
  GPtrArray *result = g_ptr_array_new ();

  collect (root, type, mapped_only, result);
  return result;
}

static void
append_value (GString   *state,
              GtkWidget *widget)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    g_string_append_printf (state, "spin=%g;", gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget)));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_string_append_printf (state, "text=%s;", gtk_editable_get_text (GTK_EDITABLE (widget)));
  /* Scroll positions are not state a user set (GtkScrollbar's range). */
  else if (GTK_IS_RANGE (widget) && !GTK_IS_SCROLLBAR (gtk_widget_get_parent (widget)))
    g_string_append_printf (state, "range=%g;", gtk_range_get_value (GTK_RANGE (widget)));
  else if (ADW_IS_COMBO_ROW (widget))
    g_string_append_printf (state, "combo=%u;", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (state, "drop=%u;", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else if (GTK_IS_SWITCH (widget))
    g_string_append_printf (state, "switch=%d;", gtk_switch_get_active (GTK_SWITCH (widget)));
  else if (GTK_IS_TOGGLE_BUTTON (widget))
    g_string_append_printf (state, "toggle=%d;",
                            gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
}

/**
 * kg_test_ui_dup_state:
 * @page: a page
 *
 * Returns: (transfer full): what a user set on @page, as text: the values
 *   of every input control in tree order and of the page's own writable
 *   properties other than language and wording
 */
char *
kg_test_ui_dup_state (GtkWidget *page)
{
  g_autoptr (GPtrArray) widgets = kg_test_ui_collect (page, GTK_TYPE_WIDGET, FALSE);
  g_autofree GParamSpec **pspecs = NULL;
  GString *state = g_string_new (NULL);
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (page), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      if (pspecs[i]->owner_type != G_OBJECT_TYPE (page) ||
          (pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          g_str_equal (pspecs[i]->name, "language") ||
          g_str_equal (pspecs[i]->name, "patient-wording"))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (page), pspecs[i]->name, &value);
      text = g_strdup_value_contents (&value);
      g_string_append_printf (state, "%s=%s;", pspecs[i]->name, text);
    }
  for (guint i = 0; i < widgets->len; i++)
    append_value (state, g_ptr_array_index (widgets, i));
  return g_string_free (state, FALSE);
}
