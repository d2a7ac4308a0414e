/* fuzz-pages.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A libFuzzer target for what the checker accepts: every input is tried as
 * each content file in turn, the others bundled, as fuzz-content does; when
 * the catalogue is accepted, the real application loads it as a content
 * folder (--content-dir), opens its real window, and every page is built,
 * drawn at 1280 px, then at 360 px (GSK's cairo renderer, on an X server)
 * driven through its controls, with a frame after each change: every slider
 * and spin button at its lowest, middle and highest value, the first and
 * last choices of every drop-down and combo row, the first and last rows of
 * every list (an interaction's details), texts in the search and weight
 * entries, each toggle and switch; then every page in consult mode and in
 * Spanish. Any GLib or
 * GTK warning or critical aborts (g_log_set_always_fatal()), and so does a
 * window wider than 360 px at 360 px (a page that cannot fit: text the
 * checker let through is too wide to draw).
 *
 * It needs a display and a session bus: the fuzz-pages-replay test and
 * `FUZZ_TARGET=pages build-aux/fuzz` run it in dbus-run-session and xvfb-run,
 * with the test environment (memory GSettings backend, the build's schema,
 * GDK_BACKEND=x11, GSK_RENDERER=cairo).
 *
 * Built without libFuzzer (-Dfuzzing=false) it is a plain program that runs
 * the files and folders named on its command line once each (fuzz-replay.c). */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kg-application.h"
#include "kg-window.h"

#include "fuzz-replay.h"

#define WIDE_WIDTH    1280
#define NARROW_WIDTH  360
#define WINDOW_HEIGHT 640

/* How many choices of a drop-down, or rows of a list, are tried: the first
 * ones and the last, so that long content stays quick. */
#define MAX_CHOICES 4

static KgApplication *app;
static KgCatalog *bundled;
static GBytes **bundled_files;
static char *content_dir;
/* The width the window was last asked for. */
static int window_width;
/* What the sweep did last, for a warning's message. */
static char *last_step;

/* The settings the sweep changes, set back after each window. */
static const char * const keys[] = {
  "consult-mode", "language", "weight-kg", "weight-unit", "last-page",
};

/* What a visitor might type into a search or weight entry. */
static const char * const typed_texts[] = {
  "k", "70", "-1", "ÉÑ ü", "",
};

static void
remove_content_dir (void)
{
  const char * const *file_names = kg_catalog_get_file_names ();

  if (content_dir == NULL)
    return;
  for (guint i = 0; file_names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (content_dir, file_names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (content_dir);
  g_clear_pointer (&content_dir, g_free);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             gpointer   address)
{
  if ((gpointer) widget == address)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, address);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A GTK warning names a widget by its address ("GtkBox box 0x55…"): say
 * where it sits in the window, which the address alone does not. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  /* The app's note that a folder is refused, once per refused input. */
  if ((log_level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG)) != 0)
    return G_LOG_WRITER_HANDLED;
  if ((log_level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    {
      for (gsize f = 0; f < n_fields; f++)
        {
          const char *found;
          gpointer address;
          g_autoptr (GListModel) toplevels = NULL;

          if (!g_str_equal (fields[f].key, "MESSAGE") || fields[f].length != -1 ||
              (found = strstr (fields[f].value, " 0x")) == NULL)
            continue;
          address = (gpointer) (guintptr) g_ascii_strtoull (found + 3, NULL, 16);
          toplevels = g_object_ref (gtk_window_get_toplevels ());
          for (guint t = 0; t < g_list_model_get_n_items (toplevels); t++)
            {
              g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, t);
              GtkWidget *widget = find_widget (toplevel, address);

              for (; widget != NULL; widget = gtk_widget_get_parent (widget))
                {
                  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));

                  g_printerr ("  in %s%s%s (%d×%d)\n", G_OBJECT_TYPE_NAME (widget),
                              id != NULL ? "#" : "", id != NULL ? id : "",
                              gtk_widget_get_width (widget), gtk_widget_get_height (widget));
                }
            }
        }
    }
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    {
      if (last_step != NULL)
        g_printerr ("  after: %s\n", last_step);
      /* Printed without g_log_writer_default(), which would raise SIGTRAP
       * (libFuzzer does not catch it): abort, so that it keeps the input. */
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char * const *file_names = kg_catalog_get_file_names ();
  g_autoptr (GError) error = NULL;
  guint n_files = g_strv_length ((char **) file_names);

  /* A critical from a g_return_if_fail() or any GTK warning is a bug the
   * fuzzer should report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (log_writer, NULL, NULL);

  kg_application_init_i18n (KG_FUZZ_LOCALEDIR);
  gtk_init ();
  adw_init ();

  app = kg_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("The application does not register: %s", error->message);
  if (kg_application_get_content_problems (app) != NULL)
    g_error ("The bundled content does not load");
  g_settings_set_boolean (kg_application_get_settings (app), "disclaimer-accepted", TRUE);
  bundled = g_object_ref (kg_application_get_catalog (app));

  bundled_files = g_new0 (GBytes *, n_files + 1);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_strconcat (KG_CATALOG_RESOURCE_PATH, file_names[i], NULL);

      bundled_files[i] = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bundled_files[i] == NULL)
        g_error ("%s", error->message);
    }
  content_dir = g_dir_make_tmp ("ketguide-fuzz-pages-XXXXXX", &error);
  if (content_dir == NULL)
    g_error ("%s", error->message);
  atexit (remove_content_dir);
  return 0;
}

/* Runs the main loop until nothing is pending, then once more after a
 * frame: what a user would see once the app settles. */
static void
draw (KgWindow *window)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The deepest visible widgets wider than @limit: a label with a long word,
 * for the message. */
static void
describe_too_wide (GtkWidget *widget,
                   int        limit,
                   GString   *report)
{
  gboolean child_over = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && min_width (child) > limit)
        {
          child_over = TRUE;
          describe_too_wide (child, limit, report);
        }
    }
  if (!child_over)
    {
      g_string_append_printf (report, " %s (%d px", G_OBJECT_TYPE_NAME (widget),
                              min_width (widget));
      if (GTK_IS_LABEL (widget))
        {
          g_autofree char *start = g_utf8_substring (gtk_label_get_text (GTK_LABEL (widget)), 0,
                                                     40);

          g_string_append_printf (report, ", “%s”", start);
        }
      g_string_append (report, ")");
    }
}

/* Draws, and at 360 px checks that the window is no wider. */
static void
draw_checked (KgWindow   *window,
              const char *where)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  int width;

  draw (window);
  width = gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window)));
  if (window_width == NARROW_WIDTH && width > NARROW_WIDTH)
    {
      g_autoptr (GString) report = g_string_new (NULL);

      describe_too_wide (content, gtk_widget_get_width (content) - (width - NARROW_WIDTH),
                         report);
      g_error ("%s: the window is %d px wide at %d px; too wide:%s", where, width, NARROW_WIDTH,
               report->str);
    }
}

/* The state just set, laid out and drawn at once, without waiting for a
 * frame (a frame comes at the display's rate, 60 a second): the window is
 * measured and allocated at its size, as GTK's layout phase does, and its
 * render nodes are drawn by GSK's cairo code into an image. */
static void
note_step (const char *format,
           ...) G_GNUC_PRINTF (1, 2);

static void
note_step (const char *format,
           ...)
{
  va_list args;

  g_free (last_step);
  va_start (args, format);
  last_step = g_strdup_vprintf (format, args);
  va_end (args);
}

static void
render_now (KgWindow   *window,
            const char *where)
{
  GtkWidget *widget = GTK_WIDGET (window);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  int width = gtk_widget_get_width (widget);
  int extra_height = 0;
  g_autoptr (GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;

  /* The window's own measure adds the border it draws around its
   * allocation: what must fit the allocation is its children. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum_width, minimum_height;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL, NULL,
                          NULL);
      if (minimum_width > width)
        {
          g_autoptr (GString) report = g_string_new (NULL);

          describe_too_wide (child, width, report);
          g_error ("%s: the window needs %d px, has %d; too wide:%s", where, minimum_width, width,
                   report->str);
        }
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum_height, NULL, NULL,
                          NULL);
      extra_height = MAX (extra_height, minimum_height - gtk_widget_get_height (widget));
    }
  /* As GTK's layout does: the window gets its surface's size (its border
   * included), the surface growing for a window that needs more height;
   * and again, up to four times as GDK's frame clock, for widgets whose
   * allocation changed what they show. */
  for (int i = 0; i < 4; i++)
    gtk_widget_allocate (widget, gdk_surface_get_width (surface),
                         gdk_surface_get_height (surface) + extra_height, -1, NULL);

  snapshot = gtk_snapshot_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      cairo_surface_t *image =
        cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gdk_surface_get_width (surface),
                                    gdk_surface_get_height (surface) + extra_height);
      cairo_t *cr = cairo_create (image);

      gsk_render_node_draw (node, cr);
      cairo_destroy (cr);
      cairo_surface_destroy (image);
    }
}

/* The window at @width, drawn. */
static void
show_at (KgWindow   *window,
         int         width,
         const char *where)
{
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  note_step ("%s at %d px", where, width);
  window_width = width;
  gtk_window_set_default_size (GTK_WINDOW (window), width, WINDOW_HEIGHT);
  /* The X server answers a resize in its own time; a window that cannot
   * be that narrow stays wider, and is reported. */
  do
    draw (window);
  while (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))) != width &&
         g_get_monotonic_time () < end);
  draw_checked (window, where);
}

static gboolean
has_ancestor (GtkWidget *widget,
              GtkWidget *top,
              GType      type)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL && w != top;
       w = gtk_widget_get_parent (w))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return TRUE;
    }
  return FALSE;
}

static void
collect (GtkWidget *widget,
         GPtrArray *result)
{
  g_ptr_array_add (result, g_object_ref (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, result);
}

/* The indices tried among @n: the first ones and the last. */
static gboolean
is_tried (guint index,
          guint n)
{
  return index < MAX_CHOICES - 1 || index == n - 1;
}

/* The lowest, middle and highest values, then the one it had. */
static void
move_range (KgWindow      *window,
            GtkAdjustment *adjustment,
            const char    *where)
{
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  double start = gtk_adjustment_get_value (adjustment);

  for (int step = 0; step <= 2; step++)
    {
      note_step ("%s, a range at %g", where, lower + (upper - lower) * step / 2);
      gtk_adjustment_set_value (adjustment, lower + (upper - lower) * step / 2);
      render_now (window, where);
    }
  gtk_adjustment_set_value (adjustment, start);
  render_now (window, where);
}

/* Every control of @page through its range, with a frame after each
 * change. The controls are collected first: a change may rebuild rows. */
static void
move_controls (KgWindow   *window,
               GtkWidget  *page,
               const char *where)
{
  g_autoptr (GPtrArray) widgets = g_ptr_array_new_with_free_func (g_object_unref);

  collect (page, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      /* Gone with a rebuilt part of the page. */
      if (gtk_widget_get_root (widget) != GTK_ROOT (window))
        continue;

      if (GTK_IS_SPIN_BUTTON (widget))
        {
          move_range (window, gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (widget)), where);
        }
      else if (GTK_IS_RANGE (widget) && !GTK_IS_SCROLLBAR (widget))
        {
          move_range (window, gtk_range_get_adjustment (GTK_RANGE (widget)), where);
        }
      else if (GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget))
        {
          GListModel *model = GTK_IS_DROP_DOWN (widget)
                                ? gtk_drop_down_get_model (GTK_DROP_DOWN (widget))
                                : adw_combo_row_get_model (ADW_COMBO_ROW (widget));
          guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

          for (guint c = 0; c < n; c++)
            {
              if (!is_tried (c, n))
                continue;
              note_step ("%s, %s choice %u of %u", where, G_OBJECT_TYPE_NAME (widget), c + 1, n);
              if (GTK_IS_DROP_DOWN (widget))
                gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), c);
              else
                adw_combo_row_set_selected (ADW_COMBO_ROW (widget), c);
              render_now (window, where);
            }
        }
      else if (GTK_IS_LIST_BOX (widget))
        {
          g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

          for (GtkWidget *row = gtk_widget_get_first_child (widget); row != NULL;
               row = gtk_widget_get_next_sibling (row))
            {
              if (GTK_IS_LIST_BOX_ROW (row) &&
                  gtk_list_box_row_get_selectable (GTK_LIST_BOX_ROW (row)))
                g_ptr_array_add (rows, g_object_ref (row));
            }
          for (guint r = 0; r < rows->len; r++)
            {
              GtkListBoxRow *row = g_ptr_array_index (rows, r);

              if (!is_tried (r, rows->len) ||
                  gtk_widget_get_parent (GTK_WIDGET (row)) != widget)
                continue;
              note_step ("%s, list row %u of %u", where, r + 1, rows->len);
              gtk_list_box_select_row (GTK_LIST_BOX (widget), row);
              render_now (window, where);
            }
        }
      else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget) &&
               gtk_editable_get_editable (GTK_EDITABLE (widget)))
        {
          g_autofree char *start = g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

          for (guint t = 0; t < G_N_ELEMENTS (typed_texts); t++)
            {
              note_step ("%s, “%s” typed in a %s", where, typed_texts[t],
                         G_OBJECT_TYPE_NAME (widget));
              gtk_editable_set_text (GTK_EDITABLE (widget), typed_texts[t]);
              render_now (window, where);
            }
          gtk_editable_set_text (GTK_EDITABLE (widget), start);
          render_now (window, where);
        }
      else if (GTK_IS_SWITCH (widget))
        {
          gboolean start = gtk_switch_get_active (GTK_SWITCH (widget));

          note_step ("%s, a switch", where);
          gtk_switch_set_active (GTK_SWITCH (widget), !start);
          render_now (window, where);
          gtk_switch_set_active (GTK_SWITCH (widget), start);
          render_now (window, where);
        }
      /* Toggle buttons of their own (filters, units), not the ones inside
       * a drop-down, combo row or menu button, which open a popover. */
      else if (GTK_IS_TOGGLE_BUTTON (widget) && !has_ancestor (widget, page, GTK_TYPE_DROP_DOWN) &&
               !has_ancestor (widget, page, ADW_TYPE_COMBO_ROW) &&
               !has_ancestor (widget, page, GTK_TYPE_MENU_BUTTON) &&
               gtk_widget_is_sensitive (widget))
        {
          gboolean start = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget));

          note_step ("%s, a toggle button", where);
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget), !start);
          render_now (window, where);
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget), start);
          render_now (window, where);
        }
    }
  /* And once through GTK's own frame: style, layout and the X window. */
  draw_checked (window, where);
}

static GPtrArray *
list_pages (KgWindow *window)
{
  g_autoptr (GtkSelectionModel) pages = adw_view_stack_get_pages (kg_window_get_stack (window));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_ptr_array_add (names, g_strdup (adw_view_stack_page_get_name (page)));
    }
  return names;
}

/* Every page at 360 px, in the current language and wording. */
static void
show_pages_narrow (KgWindow   *window,
                   GPtrArray  *names,
                   const char *configuration)
{
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *where = g_strdup_printf ("%s page, %s", name, configuration);

      adw_view_stack_set_visible_child_name (kg_window_get_stack (window), name);
      show_at (window, NARROW_WIDTH, where);
    }
}

/* The real window on the application's catalogue: every page, at both
 * widths, through its controls; then consult mode and Spanish. */
static void
drive_window (void)
{
  GSettings *settings = kg_application_get_settings (app);
  g_autoptr (GPtrArray) names = NULL;
  KgWindow *window = kg_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), WIDE_WIDTH, WINDOW_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  draw (window);

  names = list_pages (window);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *where = g_strdup_printf ("%s page", name);
      GtkWidget *page;

      adw_view_stack_set_visible_child_name (kg_window_get_stack (window), name);
      page = kg_window_get_page (window, name);
      show_at (window, WIDE_WIDTH, where);
      /* The narrowest layout is the hardest: the controls move there. */
      show_at (window, NARROW_WIDTH, where);
      move_controls (window, page, where);
    }

  g_settings_set_boolean (settings, "consult-mode", TRUE);
  show_pages_narrow (window, names, "consult mode");
  g_settings_set_string (settings, "language", "es");
  show_pages_narrow (window, names, "Spanish consult mode");
  g_settings_set_boolean (settings, "consult-mode", FALSE);
  show_pages_narrow (window, names, "Spanish");

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* @data as the file @index, the bundled content as the others, in the
 * content folder. */
static void
write_content_dir (guint          index,
                   const uint8_t *data,
                   size_t         size)
{
  const char * const *file_names = kg_catalog_get_file_names ();

  for (guint i = 0; file_names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (content_dir, file_names[i], NULL);
      g_autoptr (GError) error = NULL;
      const char *contents = (const char *) data;
      gsize length = size;

      if (i != index)
        contents = g_bytes_get_data (bundled_files[i], &length);
      if (!g_file_set_contents (path, contents, length, &error))
        g_error ("%s", error->message);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char * const *file_names = kg_catalog_get_file_names ();

  for (guint i = 0; file_names[i] != NULL; i++)
    {
      g_autoptr (GPtrArray) problems =
        g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      g_autoptr (KgCatalog) catalog = NULL;
      g_autoptr (GError) error = NULL;

      /* A quick first look, without the files around it: */
      catalog = kg_catalog_new_from_file_data (file_names[i], (const char *) data, size,
                                               bundled, problems);
      if (catalog == NULL)
        continue;

      /* then as the app reads a folder, which also checks what the other
       * files cite in it (a references.json without a cited id). */
      write_content_dir (i, data, size);
      if (!kg_application_load_content (app, content_dir, &error))
        g_error ("%s", error->message);
      if (kg_application_get_content_problems (app) != NULL)
        continue;
      drive_window ();
    }
  return 0;
}

const char *
kg_fuzz_finish (void)
{
  const char * const *file_names = kg_catalog_get_file_names ();

  for (guint i = 0; file_names[i] != NULL; i++)
    g_bytes_unref (bundled_files[i]);
  g_clear_pointer (&bundled_files, g_free);
  g_clear_object (&bundled);
  g_clear_pointer (&last_step, g_free);
  remove_content_dir ();
  g_clear_object (&app);
  return "the content loader and every page";
}
