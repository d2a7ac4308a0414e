/* test-consult.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <pango/pangocairo.h>

#include "kg-test-ui.h"

static GSettings *
settings (void)
{
  return kg_application_get_settings (kg_test_ui_get_app ());
}

/* The size text is drawn at, in pixels: its size in points at the
 * resolution the widget's Pango context renders with. */
static double
font_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    size *= pango_cairo_context_get_resolution (context) / 72.0;
  return size;
}

/* Consult mode's calmer layout: clinical detail hidden, sources closed but
 * one click away; the reverse without it. Returns how many it checked. */
static guint
check_layout (GtkWidget *page,
              gboolean   consult)
{
  g_autoptr (GPtrArray) widgets = kg_test_ui_collect (page, GTK_TYPE_WIDGET, FALSE);
  guint checked = 0;

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (gtk_widget_has_css_class (widget, "kg-clinical-detail"))
        {
          g_assert_cmpint (gtk_widget_get_visible (widget), ==, !consult);
          checked++;
        }
      if (GTK_IS_EXPANDER (widget) && gtk_widget_has_css_class (widget, "kg-sources"))
        {
          g_assert_cmpint (gtk_expander_get_expanded (GTK_EXPANDER (widget)), ==, !consult);
          checked++;
        }
    }
  return checked;
}

/* The custom-drawn widgets: ours, drawing their own text with Pango. */
static GPtrArray *
drawn_widgets (GtkWidget *page)
{
  g_autoptr (GPtrArray) all = kg_test_ui_collect (page, GTK_TYPE_WIDGET, TRUE);
  GPtrArray *drawn = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      const char *name = G_OBJECT_TYPE_NAME (g_ptr_array_index (all, i));

      if (g_str_has_prefix (name, "Kg") && !g_str_has_suffix (name, "Page") &&
          gtk_widget_get_first_child (g_ptr_array_index (all, i)) == NULL)
        g_ptr_array_add (drawn, g_ptr_array_index (all, i));
    }
  return drawn;
}

static GPtrArray *
visible_texts (GtkWidget *page)
{
  g_autoptr (GPtrArray) labels = kg_test_ui_collect (page, GTK_TYPE_LABEL, TRUE);
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < labels->len; i++)
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (g_ptr_array_index (labels, i)));
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

static void
toggle_consult (void)
{
  /* The menu item and the shortcut both activate this action. */
  g_action_group_activate_action (G_ACTION_GROUP (kg_test_ui_get_app ()), "consult-mode", NULL);
  kg_test_ui_wait (200);
}

static void
test_toggle (void)
{
  KgWindow *window;
  g_autoptr (GPtrArray) pages = NULL;
  g_autoptr (GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) entries = NULL;
  KgDoseChart *chart = kg_catalog_get_dose_chart (kg_application_get_catalog (kg_test_ui_get_app ()));
  KgDoseZone *zone = kg_dose_chart_lookup_zone (chart, "emergence");
  GtkWidget *dose_page;
  g_autoptr (GPtrArray) texts = NULL;
  GArray *base = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_layout = 0;

  kg_test_ui_reset_settings ();
  window = kg_test_ui_open_window (1280, 800);
  pages = kg_test_ui_list_pages (window);
  dose_page = kg_window_get_page (window, "dose");
  g_object_set (dose_page, "dose", kg_dose_zone_get_middle (zone), NULL);
  kg_test_ui_show_page (window, "interactions");
  entries = kg_test_ui_collect (kg_window_get_page (window, "interactions"),
                                GTK_TYPE_SEARCH_ENTRY, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "opioid");
  kg_test_ui_wait (300);

  /* Clinical wording, normal size. */
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = kg_window_get_page (window, g_ptr_array_index (pages, i));
      g_autoptr (GPtrArray) drawn = NULL;
      g_autoptr (GPtrArray) labels = NULL;
      double size;

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      g_ptr_array_add (states, kg_test_ui_dup_state (page));
      labels = kg_test_ui_collect (page, GTK_TYPE_LABEL, TRUE);
      size = font_size (g_ptr_array_index (labels, 0));
      g_array_append_val (base, size);
      drawn = drawn_widgets (page);
      for (guint j = 0; j < drawn->len; j++)
        {
          size = font_size (g_ptr_array_index (drawn, j));
          g_array_append_val (base, size);
        }
    }
  kg_test_ui_show_page (window, "dose");
  texts = visible_texts (dose_page);
  g_assert_true (contains (texts, kg_text_get (kg_dose_zone_get_appearance (zone), "en", FALSE)));
  g_clear_pointer (&texts, g_ptr_array_unref);

  toggle_consult ();
  g_assert_true (g_settings_get_boolean (settings (), "consult-mode"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kg-consult"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (window)), ==,
                   "dose");

  /* Plain wording: the zone's patient text, not the clinical one. */
  texts = visible_texts (dose_page);
  g_assert_true (kg_text_has (kg_dose_zone_get_appearance (zone), "en", TRUE));
  g_assert_true (contains (texts, kg_text_get (kg_dose_zone_get_appearance (zone), "en", TRUE)));
  g_assert_false (contains (texts, kg_text_get (kg_dose_zone_get_appearance (zone), "en", FALSE)));

  /* Every page: patient wording, 1.5× text (labels and drawn text alike),
   * and the state it had. */
  for (guint i = 0, k = 0; i < pages->len; i++)
    {
      GtkWidget *page = kg_window_get_page (window, g_ptr_array_index (pages, i));
      g_autoptr (GPtrArray) drawn = NULL;
      g_autoptr (GPtrArray) labels = NULL;
      g_autofree char *state = NULL;
      gboolean patient = FALSE;

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      g_object_get (page, "patient-wording", &patient, NULL);
      g_assert_true (patient);
      n_layout += check_layout (page, TRUE);
      state = kg_test_ui_dup_state (page);
      g_assert_cmpstr (state, ==, g_ptr_array_index (states, i));

      labels = kg_test_ui_collect (page, GTK_TYPE_LABEL, TRUE);
      g_assert_cmpfloat_with_epsilon (font_size (g_ptr_array_index (labels, 0)) /
                                      g_array_index (base, double, k), 1.5, 0.01);
      k++;
      drawn = drawn_widgets (page);
      for (guint j = 0; j < drawn->len; j++, k++)
        {
          g_test_message ("%s: %s %.1f pt", (char *) g_ptr_array_index (pages, i),
                          G_OBJECT_TYPE_NAME (g_ptr_array_index (drawn, j)),
                          font_size (g_ptr_array_index (drawn, j)));
          g_assert_cmpfloat_with_epsilon (font_size (g_ptr_array_index (drawn, j)) /
                                          g_array_index (base, double, k), 1.5, 0.01);
        }
    }

  /* The dose, half-life and contraindications pages close their sources;
   * the contraindications page hides the mechanism. */
  g_assert_cmpuint (n_layout, >=, 4);

  /* And back: same page, same state, clinical wording. */
  kg_test_ui_show_page (window, "routes");
  toggle_consult ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "kg-consult"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (window)), ==,
                   "routes");
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = kg_window_get_page (window, g_ptr_array_index (pages, i));
      g_autofree char *state = kg_test_ui_dup_state (page);
      gboolean patient = TRUE;

      g_object_get (page, "patient-wording", &patient, NULL);
      g_assert_false (patient);
      check_layout (page, FALSE);
      g_assert_cmpstr (state, ==, g_ptr_array_index (states, i));
    }

  g_array_unref (base);
  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
}

static gboolean
has_accel (GStrv           accels,
           guint           keyval,
           GdkModifierType modifiers)
{
  for (guint i = 0; accels[i] != NULL; i++)
    {
      guint key;
      GdkModifierType mods;

      if (gtk_accelerator_parse (accels[i], &key, &mods) && key == keyval && mods == modifiers)
        return TRUE;
    }
  return FALSE;
}

static void
test_shortcut (void)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (
                            GTK_APPLICATION (kg_test_ui_get_app ()), "app.consult-mode");
  g_autoptr (GtkBuilder) builder =
    gtk_builder_new_from_resource ("/com/example/KetGuide/gtk/help-overlay.ui");
  g_autoptr (GPtrArray) shortcuts = NULL;
  gboolean listed = FALSE;

  g_assert_true (has_accel (accels, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_true (has_accel (accels, GDK_KEY_F9, 0));

  /* Listed in the shortcuts window. */
  shortcuts = kg_test_ui_collect (GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay")),
                                  GTK_TYPE_SHORTCUTS_SHORTCUT, FALSE);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *action = NULL;

      g_object_get (g_ptr_array_index (shortcuts, i), "action-name", &action, NULL);
      listed |= g_strcmp0 (action, "app.consult-mode") == 0;
    }
  g_assert_true (listed);
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}

static void
test_dialogs (void)
{
  KgWindow *window;
  GtkWindow *about;
  guint n_before;

  kg_test_ui_reset_settings ();
  g_settings_set_boolean (settings (), "consult-mode", TRUE);
  window = kg_test_ui_open_window (1280, 800);
  n_before = g_list_model_get_n_items (gtk_window_get_toplevels ());

  /* The About window is as large as the rest. */
  g_action_group_activate_action (G_ACTION_GROUP (kg_test_ui_get_app ()), "about", NULL);
  kg_test_ui_wait (100);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_before + 1);
  about = g_list_model_get_item (gtk_window_get_toplevels (), 0);
  g_object_unref (about);
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = toplevel;
    }
  g_assert_true (ADW_IS_ABOUT_WINDOW (about));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (about), "kg-consult"));
  gtk_window_destroy (about);

  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  kg_test_ui_init (&argc, &argv);
  g_test_add_func ("/kg/consult/toggle", test_toggle);
  g_test_add_func ("/kg/consult/shortcut", test_shortcut);
  g_test_add_func ("/kg/consult/dialogs", test_dialogs);
  return g_test_run ();
}
