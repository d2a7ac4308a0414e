/* test-narrow.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-test-ui.h"

/* Every page at the narrowest window KetGuide supports, a portrait tablet
 * (issue 5), in English, Spanish, consult mode and both: the window's
 * minimum width is within 360 px, each page draws there without a GTK
 * warning, no widget gets less width than it needs (text that clips) or
 * sits past the window's edge, and nothing scrolls sideways. */
#define NARROW_WIDTH  360
#define NARROW_HEIGHT 640

/* Pages whose owner is still making them fit in Spanish and consult mode:
 * an overflow there is reported as a known gap (TAP "TODO", with the
 * widgets to blame), not hidden, and the other pages are checked at 360 px
 * without it. Where such a page fits, it is checked like any other. Remove
 * a page from here once it fits. */
static const char * const pages_in_progress[] = { NULL };

typedef struct
{
  const char *name;
  const char *language;
  gboolean    consult;
} Configuration;

static const Configuration configurations[] = {
  { "English", "en", FALSE },
  { "Spanish", "es", FALSE },
  { "consult mode", "en", TRUE },
  { "Spanish consult mode", "es", TRUE },
};

/* The test's default font (GTK's "Sans 10"), and GNOME's own. */
static const char * const fonts[] = { NULL, "Cantarell 11" };

static GSettings *
settings (void)
{
  return kg_application_get_settings (kg_test_ui_get_app ());
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static char *
describe (GtkWidget *widget)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  g_auto (GStrv) classes = gtk_widget_get_css_classes (widget);
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));

  for (guint i = 0; classes[i] != NULL; i++)
    g_string_append_printf (text, ".%s", classes[i]);
  if (id != NULL && !g_str_has_prefix (id, "___object_"))
    g_string_append_printf (text, "#%s", id);
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, " “%s”", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (text, " “%s”", gtk_button_get_label (GTK_BUTTON (widget)));
  return g_string_free (text, FALSE);
}

/* What makes @widget wider than @limit: the widgets whose own minimum is
 * over the limit while none of their children's is (a label with a long
 * word, or a row adding up children that each fit). */
static void
find_culprits (GtkWidget *widget,
               int        limit,
               GString   *report)
{
  gboolean child_over = FALSE;

  if (!gtk_widget_get_visible (widget) || min_width (widget) <= limit)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && min_width (child) > limit)
        {
          child_over = TRUE;
          find_culprits (child, limit, report);
        }
    }
  if (!child_over)
    {
      g_autofree char *what = describe (widget);

      g_string_append_printf (report, "    %d px: %s\n", min_width (widget), what);
    }
}

/* Text that clips or runs off the side: a widget given less width than it
 * needs, or placed beyond the window's content. */
static void
find_clipped (GtkWidget  *widget,
              GtkWidget  *content,
              const char *where,
              GString    *report)
{
  GtkAllocation allocation;
  graphene_rect_t bounds;
  int needed;

  if (!gtk_widget_get_mapped (widget))
    return;
  /* The allocation is the CSS margin box; the minimum adds the margin
   * properties. */
  gtk_widget_get_allocation (widget, &allocation);
  needed = min_width (widget) - gtk_widget_get_margin_start (widget) -
           gtk_widget_get_margin_end (widget);
  if (allocation.width < needed)
    {
      g_autofree char *what = describe (widget);

      g_string_append_printf (report, "%s: %s is %d px wide but needs %d px\n", where, what,
                              allocation.width, needed);
    }
  /* The header bar reaches a pixel into the window's border, a scrollbar's
   * slider a few pixels past its trough: both drawn by GTK itself. */
  if (!g_str_has_suffix (G_OBJECT_TYPE_NAME (widget), "Gizmo") &&
      gtk_widget_compute_bounds (widget, content, &bounds) &&
      (bounds.origin.x < -1.5 ||
       bounds.origin.x + bounds.size.width > gtk_widget_get_width (content) + 1.5))
    {
      g_autofree char *what = describe (widget);

      g_string_append_printf (report, "%s: %s runs from x = %g to %g, past the window\n", where,
                              what, bounds.origin.x, bounds.origin.x + bounds.size.width);
    }
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (widget));

      if (gtk_adjustment_get_upper (h) - gtk_adjustment_get_lower (h) >
          gtk_adjustment_get_page_size (h) + 0.5)
        g_string_append_printf (report, "%s: a %s scrolls sideways (%g px in %g px)\n", where,
                                G_OBJECT_TYPE_NAME (widget), gtk_adjustment_get_upper (h),
                                gtk_adjustment_get_page_size (h));
    }

  /* A folded leaflet keeps its other pages mapped, off to the side. */
  if (ADW_IS_LEAFLET (widget) && adw_leaflet_get_folded (ADW_LEAFLET (widget)))
    {
      find_clipped (adw_leaflet_get_visible_child (ADW_LEAFLET (widget)), content, where, report);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_clipped (child, content, where, report);
}

static gboolean
is_in_progress (const char *page)
{
  return g_strv_contains (pages_in_progress, page);
}

static int
surface_width (KgWindow *window)
{
  return gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window)));
}

/* The window at 360×640, without the pages named in @without. */
static KgWindow *
open_window (GPtrArray *without)
{
  KgWindow *window = kg_window_new (kg_test_ui_get_app ());

  for (guint i = 0; without != NULL && i < without->len; i++)
    adw_view_stack_remove (kg_window_get_stack (window),
                           kg_window_get_page (window, g_ptr_array_index (without, i)));
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW_WIDTH, NARROW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kg_test_ui_wait (50);
  return window;
}

/* Opens the window at 360×640, shows every page, and adds to @problems
 * what does not fit; what does not fit on a page in progress goes to
 * @known instead, and the other pages are checked without it (it would
 * widen the window for all of them). */
static void
check_window (const Configuration *configuration,
              const char          *font,
              GString             *problems,
              GString             *known)
{
  g_autofree char *what = g_strdup_printf ("%s, %s", configuration->name,
                                           font != NULL ? font : "default font");
  g_autoptr (GPtrArray) overflowing = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) pages = NULL;
  KgWindow *window = open_window (NULL);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  /* What the window's border takes (GTK draws one without a compositor). */
  int border = surface_width (window) - gtk_widget_get_width (content);
  int available = NARROW_WIDTH - border;
  int minimum;

  /* The configuration is the one asked for. */
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (window), "kg-consult"), ==,
                   configuration->consult);
  g_assert_cmpstr (kg_application_get_language (kg_test_ui_get_app ()), ==,
                   configuration->language);

  pages = kg_test_ui_list_pages (window);
  for (guint i = 0; i < pages->len; i++)
    {
      const char *name = g_ptr_array_index (pages, i);
      GtkWidget *page = kg_window_get_page (window, name);
      int page_minimum = min_width (page);

      g_test_message ("%s, %s page: needs %d px of %d", what, name, page_minimum, available);
      if (page_minimum <= available)
        continue;
      if (is_in_progress (name))
        {
          g_string_append_printf (known, "%s, %s page needs %d px, has %d:\n", what, name,
                                  page_minimum, available);
          find_culprits (page, available - 24, known);
          g_ptr_array_add (overflowing, g_strdup (name));
        }
      else
        {
          g_string_append_printf (problems, "%s, %s page needs %d px, has %d:\n", what, name,
                                  page_minimum, available);
          find_culprits (page, available - 24, problems);
        }
    }
  if (overflowing->len > 0)
    {
      kg_test_ui_close_window (window);
      window = open_window (overflowing);
      content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
      g_clear_pointer (&pages, g_ptr_array_unref);
      pages = kg_test_ui_list_pages (window);
    }

  /* The whole window: pages, header bar and view switcher. */
  minimum = min_width (content);
  g_test_message ("%s: the window's content needs %d px of %d", what, minimum, available);
  if (minimum > available)
    {
      g_string_append_printf (problems, "%s: the window's content needs %d px, has %d:\n", what,
                              minimum, available);
      find_culprits (content, available - 24, problems);
    }
  else
    g_assert_cmpint (surface_width (window), ==, NARROW_WIDTH);

  /* Each page drawn at 360×640 (a GTK warning on the way fails the test),
   * with nothing clipped. */
  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s, %s page", what,
                                                (char *) g_ptr_array_index (pages, i));

      kg_test_ui_show_page (window, g_ptr_array_index (pages, i));
      find_clipped (content, content, where, problems);
    }

  kg_test_ui_close_window (window);
}

static void
test_fits (gconstpointer data)
{
  const Configuration *configuration = data;
  g_autoptr (GString) problems = g_string_new (NULL);
  g_autoptr (GString) known = g_string_new (NULL);
  GtkSettings *gtk_settings = gtk_settings_get_default ();

  kg_test_ui_reset_settings ();
  g_settings_set_string (settings (), "language", configuration->language);
  g_settings_set_boolean (settings (), "consult-mode", configuration->consult);
  for (guint i = 0; i < G_N_ELEMENTS (fonts); i++)
    {
      if (fonts[i] != NULL)
        g_object_set (gtk_settings, "gtk-font-name", fonts[i], NULL);
      check_window (configuration, fonts[i], problems, known);
      gtk_settings_reset_property (gtk_settings, "gtk-font-name");
    }
  kg_test_ui_reset_settings ();

  if (problems->len > 0)
    g_error ("Not fitting %d px:\n%s", NARROW_WIDTH, problems->str);
  if (known->len > 0)
    {
      g_auto (GStrv) lines = g_strsplit (known->str, "\n", -1);

      /* One line for TAP's "TODO", the details as comments. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] != '\0')
            g_test_message ("%s", lines[i]);
        }
      g_test_incomplete_printf ("%s", lines[0]);
    }
}

int
main (int   argc,
      char *argv[])
{
  kg_test_ui_init (&argc, &argv);
  g_test_add_data_func ("/kg/narrow/english", &configurations[0], test_fits);
  g_test_add_data_func ("/kg/narrow/spanish", &configurations[1], test_fits);
  g_test_add_data_func ("/kg/narrow/consult", &configurations[2], test_fits);
  g_test_add_data_func ("/kg/narrow/spanish-consult", &configurations[3], test_fits);
  return g_test_run ();
}
