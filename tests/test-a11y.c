/* test-a11y.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-test-ui.h"

static GSettings *
settings (void)
{
  return kg_application_get_settings (kg_test_ui_get_app ());
}

/* A control a keyboard user can land on. */
static gboolean
is_focus_target (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_is_sensitive (widget) &&
         gtk_widget_get_focusable (widget) && gtk_widget_get_can_focus (widget) &&
         gtk_widget_get_can_target (widget);
}

/* The roles a screen reader announces as something to operate; containers
 * (a scrolled window, a list) are announced by what they contain. */
static gboolean
is_interactive (GtkWidget *widget)
{
  static const GtkAccessibleRole roles[] = {
    GTK_ACCESSIBLE_ROLE_BUTTON, GTK_ACCESSIBLE_ROLE_CHECKBOX, GTK_ACCESSIBLE_ROLE_RADIO,
    GTK_ACCESSIBLE_ROLE_SWITCH, GTK_ACCESSIBLE_ROLE_COMBO_BOX, GTK_ACCESSIBLE_ROLE_TEXT_BOX,
    GTK_ACCESSIBLE_ROLE_SEARCH_BOX, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, GTK_ACCESSIBLE_ROLE_SLIDER,
    GTK_ACCESSIBLE_ROLE_LINK, GTK_ACCESSIBLE_ROLE_MENU_ITEM, GTK_ACCESSIBLE_ROLE_LIST_ITEM,
    GTK_ACCESSIBLE_ROLE_ROW, GTK_ACCESSIBLE_ROLE_TAB, GTK_ACCESSIBLE_ROLE_OPTION,
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      if (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), roles[i]))
        return TRUE;
    }
  return FALSE;
}

/* GTK 4.8's drop-down and libadwaita 1.2's combo row show the selected item
 * in a list item widget that is focusable (so it needs a name, which the
 * window gives it) but never a Tab stop: the row or button around it takes
 * the focus. */
static gboolean
is_drop_down_internal (GtkWidget *widget)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") &&
         (gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN) != NULL ||
          gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW) != NULL);
}

/* Whether a screen reader has a name to read for @widget: what GTK 4.8's
 * AT-SPI backend uses (gtk_at_context_get_name): the label property, the
 * labels it is labelled by, or for a range its value; without them it reads
 * the type name ("GtkButton"). */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      /* check_property returns the actual value when it differs from "". */
      g_autofree char *label =
        gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      return label != NULL;
    }
  if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (gtk_test_accessible_has_role (accessible, GTK_ACCESSIBLE_ROLE_SLIDER) ||
      gtk_test_accessible_has_role (accessible, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON))
    return gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT) &&
           gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  return FALSE;
}

static char *
describe (GtkWidget *widget)
{
  GString *path = g_string_new (G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (gtk_widget_get_name (w) != NULL && !g_str_equal (gtk_widget_get_name (w),
                                                              G_OBJECT_TYPE_NAME (w)))
        g_string_prepend_c (path, '/'), g_string_prepend (path, gtk_widget_get_name (w));
      else if (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Kg") || GTK_IS_DROP_DOWN (w) ||
               ADW_IS_PREFERENCES_ROW (w) || GTK_IS_BUTTON (w))
        g_string_prepend_c (path, '/'), g_string_prepend (path, G_OBJECT_TYPE_NAME (w));
    }
  return g_string_free (path, FALSE);
}

static void
check_names (GtkWidget  *root,
             const char *where,
             GString    *problems)
{
  g_autoptr (GPtrArray) widgets = kg_test_ui_collect (root, GTK_TYPE_WIDGET, TRUE);
  guint checked = 0;

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (!is_focus_target (widget))
        continue;
      /* A search entry's or spin button's text field is named by its entry. */
      if (GTK_IS_TEXT (widget) && GTK_IS_EDITABLE (gtk_widget_get_parent (widget)))
        widget = gtk_widget_get_parent (widget);
      if (!is_interactive (widget))
        continue;
      checked++;
      if (!has_accessible_name (widget))
        {
          g_autofree char *path = describe (widget);

          g_string_append_printf (problems, "%s: %s has no accessible name\n", where, path);
        }
    }
  g_test_message ("%s: %u focusable controls checked", where, checked);
  g_assert_cmpuint (checked, >, 0);
}

static void
check_window (int         width,
              int         height,
              const char *what)
{
  KgWindow *window = kg_test_ui_open_window (width, height);
  g_autoptr (GPtrArray) pages = kg_test_ui_list_pages (window);
  g_autoptr (GString) problems = g_string_new (NULL);

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s, %s", what, (char *) g_ptr_array_index (pages, i));

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      /* The page, and the header bar above it. */
      check_names (GTK_WIDGET (window), where, problems);
    }
  kg_test_ui_close_window (window);
  if (problems->len > 0)
    g_error ("Controls without an accessible name:\n%s", problems->str);
}

static void
test_names (void)
{
  kg_test_ui_reset_settings ();
  check_window (1280, 800, "1280×800");
  check_window (360, 640, "360×640");
  g_settings_set_boolean (settings (), "consult-mode", TRUE);
  check_window (1280, 800, "consult");
  g_settings_set_string (settings (), "language", "es");
  check_window (1280, 800, "Spanish");
  kg_test_ui_reset_settings ();
}

static void
test_attract_names (void)
{
  KgWindow *window;
  g_autoptr (GString) problems = g_string_new (NULL);

  kg_test_ui_reset_settings ();
  g_settings_set_boolean (settings (), "kiosk-mode", TRUE);
  window = kg_test_ui_open_window (1280, 800);
  g_assert_true (kg_window_get_attract_visible (window));
  check_names (GTK_WIDGET (window), "attract screen", problems);
  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
  if (problems->len > 0)
    g_error ("Controls without an accessible name:\n%s", problems->str);
}

/* Tab from the page's first control reaches every control on the page. */
static void
test_keyboard (void)
{
  KgWindow *window;
  g_autoptr (GPtrArray) pages = NULL;
  g_autoptr (GString) problems = g_string_new (NULL);

  kg_test_ui_reset_settings ();
  window = kg_test_ui_open_window (1280, 800);
  pages = kg_test_ui_list_pages (window);
  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *page = kg_window_get_page (window, g_ptr_array_index (pages, i));
      g_autoptr (GHashTable) reached = g_hash_table_new (NULL, NULL);
      g_autoptr (GPtrArray) widgets = NULL;
      GtkWidget *first = NULL;
      guint n_controls = 0;

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      gtk_window_set_focus (GTK_WINDOW (window), NULL);
      for (guint step = 0; step < 400; step++)
        {
          GtkWidget *focus;

          gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
          focus = gtk_root_get_focus (GTK_ROOT (window));
          if (focus == NULL || focus == first)
            break;
          if (first == NULL)
            first = focus;
          if (g_getenv ("KG_TEST_TRACE_TAB"))
            {
              g_autofree char *path = describe (focus);

              g_test_message ("tab %u: %s", step, path);
            }
          for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
            g_hash_table_add (reached, w);
        }

      widgets = kg_test_ui_collect (page, GTK_TYPE_WIDGET, TRUE);
      for (guint j = 0; j < widgets->len; j++)
        {
          GtkWidget *widget = g_ptr_array_index (widgets, j);

          /* Buttons, entries, sliders, switches, rows: the controls. Text in
           * labels may be focusable for selection but needs no Tab stop. */
          if (!is_focus_target (widget) || GTK_IS_LABEL (widget) || GTK_IS_TEXT (widget) ||
              is_drop_down_internal (widget))
            continue;
          /* Only one row of a list is a Tab stop; the arrows reach the rest. */
          if (GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_FLOW_BOX_CHILD (widget))
            continue;
          n_controls++;
          if (!g_hash_table_contains (reached, widget))
            {
              g_autofree char *path = describe (widget);

              g_string_append_printf (problems, "%s: Tab never reaches %s\n",
                                      (char *) g_ptr_array_index (pages, i), path);
            }
        }
      g_test_message ("%s: %u controls, %u widgets on the Tab path",
                      (char *) g_ptr_array_index (pages, i), n_controls,
                      g_hash_table_size (reached));
    }
  kg_test_ui_close_window (window);
  if (problems->len > 0)
    g_error ("Not reachable with the keyboard:\n%s", problems->str);
}

/* Every kiosk control a finger must hit is at least 44 px each way. */
static void
test_touch_targets (void)
{
  KgWindow *window;
  g_autoptr (GPtrArray) pages = NULL;
  g_autoptr (GString) problems = g_string_new (NULL);

  kg_test_ui_reset_settings ();
  g_settings_set_boolean (settings (), "kiosk-mode", TRUE);
  window = kg_test_ui_open_window (1280, 800);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start", NULL);
  pages = kg_test_ui_list_pages (window);
  for (guint i = 0; i < pages->len; i++)
    {
      g_autoptr (GPtrArray) widgets = NULL;

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      widgets = kg_test_ui_collect (GTK_WIDGET (window), GTK_TYPE_WIDGET, TRUE);
      for (guint j = 0; j < widgets->len; j++)
        {
          GtkWidget *widget = g_ptr_array_index (widgets, j);
          int width = gtk_widget_get_width (widget);
          int height = gtk_widget_get_height (widget);

          if (!is_focus_target (widget) || GTK_IS_LABEL (widget) || GTK_IS_TEXT (widget))
            continue;
          if (width < 44 || height < 44)
            {
              g_autofree char *path = describe (widget);

              g_string_append_printf (problems, "%s: %s is %d×%d\n",
                                      (char *) g_ptr_array_index (pages, i), path, width, height);
            }
        }
    }
  kg_test_ui_close_window (window);
  kg_test_ui_reset_settings ();
  if (problems->len > 0)
    g_error ("Touch targets under 44 px in kiosk mode:\n%s", problems->str);
}

/* The first-run disclaimer's one button: a screen reader says its words,
 * not the mnemonic ("_I Understand I Understand" in GTK 4.8), in English
 * and in Spanish. */
static void
test_disclaimer_button_name (void)
{
  static const struct { const char *language, *name; } cases[] = {
    { "en", "I Understand" },
    { "es", "Entendido" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      KgWindow *window;
      GListModel *toplevels;
      GtkWidget *dialog = NULL;
      g_autoptr (GPtrArray) buttons = NULL;

      kg_test_ui_reset_settings ();
      g_settings_set_string (settings (), "language", cases[c].language);
      window = kg_test_ui_open_window (1280, 800);
      kg_window_show_disclaimer (window);
      kg_test_ui_wait (50);

      toplevels = gtk_window_get_toplevels ();  /* borrowed */
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (toplevel))
            dialog = toplevel;
        }
      g_assert_nonnull (dialog);
      buttons = kg_test_ui_collect (dialog, GTK_TYPE_BUTTON, FALSE);
      g_assert_cmpuint (buttons->len, >, 0);
      for (guint i = 0; i < buttons->len; i++)
        {
          GtkAccessible *button = g_ptr_array_index (buttons, i);

          gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                               cases[c].name);
          /* Labelled by its child too, GTK 4.8 would say the name twice. */
          g_assert_false (gtk_test_accessible_has_relation (button,
                                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY));
        }
      gtk_window_destroy (GTK_WINDOW (dialog));
      kg_test_ui_close_window (window);
    }
  kg_test_ui_reset_settings ();
}

int
main (int   argc,
      char *argv[])
{
  kg_test_ui_init (&argc, &argv);
  g_test_add_func ("/kg/a11y/names", test_names);
  g_test_add_func ("/kg/a11y/attract-names", test_attract_names);
  g_test_add_func ("/kg/a11y/keyboard", test_keyboard);
  g_test_add_func ("/kg/a11y/touch-targets", test_touch_targets);
  g_test_add_func ("/kg/a11y/disclaimer-button-name", test_disclaimer_button_name);
  return g_test_run ();
}
