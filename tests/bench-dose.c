/* bench-dose.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "pages/kg-dose-page.h"

/* Renders the Dose zones page for a sweep of doses the way a frame does:
 * the slider moves, the page updates and is laid out, the real widgets
 * snapshot into render nodes (unchanged ones reuse their cached nodes, as
 * in the app), and a GSK cairo renderer (what GTK uses under Xvfb) renders
 * the page's node into a texture. Prints the median and 95th percentile of
 * the time per frame, and of each part.
 *
 *   bench-dose [--frames N] [--size WxH]
 *
 * Then the same sweep through the window's own frame clock: from before-paint
 * to after-paint, the frame GTK really draws (update, layout, snapshot, and
 * the window's cairo renderer repainting only the damaged region).
 *
 * Animations are off, so that every frame shows a new, final state. Wall
 * time is what a user waits; the thread's CPU time is printed too because on
 * a shared machine other processes stretch the wall time, not the work. */

#define WARM_UP 20

typedef struct
{
  GArray *cpu;
  GArray *frame;
  GArray *update;
  GArray *snapshot;
  GArray *render;
} Timings;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef struct
{
  gint64   wall;
  gint64   cpu;
  double   wall_ms;
  double   cpu_ms;
  gboolean painted;
} FrameClock;

static gint64 cpu_now (void);

static void
before_paint_cb (GdkFrameClock *clock,
                 FrameClock    *frame)
{
  frame->wall = g_get_monotonic_time ();
  frame->cpu = cpu_now ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameClock    *frame)
{
  frame->wall_ms = (g_get_monotonic_time () - frame->wall) / 1000.0;
  frame->cpu_ms = (cpu_now () - frame->cpu) / 1000.0;
  frame->painted = TRUE;
}

static double
percentile (GArray *values,
            double  fraction)
{
  g_autoptr (GArray) sorted = g_array_copy (values);
  guint index;

  g_array_sort (sorted, compare_doubles);
  index = (guint) MIN (sorted->len - 1, (guint) (fraction * (sorted->len - 1) + 0.5));
  return g_array_index (sorted, double, index);
}

static gboolean
quit_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window settle (map, first frames, fonts) before timing. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gint64
cpu_now (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) catalog = NULL;
  g_autoptr (GskRenderer) renderer = NULL;
  g_autofree char *size = NULL;
  int frames = 510;
  int width = 1280, height = 800;
  GOptionEntry entries[] = {
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames to time (at least 500)", "N" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Page size, e.g. 1280x800", "WxH" },
    { NULL },
  };
  g_autoptr (GOptionContext) options = g_option_context_new ("— time the Dose zones page");
  Timings timings;
  GtkWidget *window;
  GtkWidget *page;
  GtkRange *scale;
  KgDoseChart *chart;
  GdkRGBA background = { 0.98, 0.98, 0.98, 1 };
  int positions;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2)
    {
      g_printerr ("--size: expected WxH, found %s\n", size);
      return 2;
    }

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  {
    /* The app's style sheet, as AdwApplication loads it. */
    g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  catalog = kg_catalog_new_bundled (&error);
  if (catalog == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  chart = kg_catalog_get_dose_chart (catalog);

  page = GTK_WIDGET (kg_dose_page_new (catalog));
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  /* Until the page is laid out at its size (slow under valgrind or load). */
  for (int waited = 0; waited < 20000 && gtk_widget_get_width (page) < width; waited += 100)
    settle (100);
  settle (300);

  if (gtk_widget_get_width (page) != width || gtk_widget_get_height (page) != height)
    g_printerr ("note: the page is %d×%d (the window manager's choice)\n",
                gtk_widget_get_width (page), gtk_widget_get_height (page));
  width = gtk_widget_get_width (page);
  height = gtk_widget_get_height (page);

  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, gtk_native_get_surface (GTK_NATIVE (window)), &error))
    {
      g_printerr ("Cannot realize the cairo renderer: %s\n", error->message);
      return 1;
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (window), "window_bg_color",
                                  &background);
  G_GNUC_END_IGNORE_DEPRECATIONS

  scale = GTK_RANGE (gtk_widget_get_template_child (page, KG_TYPE_DOSE_PAGE, "scale"));
  positions = (int) (0.5 + (kg_dose_chart_get_max (chart) - kg_dose_chart_get_min (chart))
                             / kg_dose_chart_get_step (chart)) + 1;

  timings.cpu = g_array_new (FALSE, FALSE, sizeof (double));
  timings.frame = g_array_new (FALSE, FALSE, sizeof (double));
  timings.update = g_array_new (FALSE, FALSE, sizeof (double));
  timings.snapshot = g_array_new (FALSE, FALSE, sizeof (double));
  timings.render = g_array_new (FALSE, FALSE, sizeof (double));

  frames = MAX (frames, 1);
  for (int i = 0; i < WARM_UP + frames; i++)
    {
      /* Up and down the slider, one step per frame, as a drag would go. */
      int cycle = i % (2 * (positions - 1));
      int position = cycle < positions ? cycle : 2 * (positions - 1) - cycle;
      double dose = kg_dose_chart_get_min (chart) + position * kg_dose_chart_get_step (chart);
      GtkSnapshot *snapshot;
      g_autoptr (GskRenderNode) node = NULL;
      g_autoptr (GdkTexture) texture = NULL;
      gint64 start, snapshot_start, render_start, cpu_start;
      int minimum, natural;

      cpu_start = cpu_now ();
      start = g_get_monotonic_time ();
      gtk_range_set_value (scale, dose);
      gtk_widget_measure (page, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
      gtk_widget_size_allocate (page, &(GtkAllocation) { 0, 0, width, height }, -1);

      snapshot_start = g_get_monotonic_time ();
      snapshot = gtk_snapshot_new ();
      /* The window's ground, which KgWindow paints behind this page: one
       * opaque fill (its exact shade does not change the cost). */
      gtk_snapshot_append_color (snapshot, &background,
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      GTK_WIDGET_GET_CLASS (page)->snapshot (page, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);

      render_start = g_get_monotonic_time ();
      texture = gsk_renderer_render_texture (renderer, node,
                                             &GRAPHENE_RECT_INIT (0, 0, width, height));

      if (i >= WARM_UP)
        {
          double update = (snapshot_start - start) / 1000.0;
          double snap = (render_start - snapshot_start) / 1000.0;
          double render = ms_since (render_start);
          double frame = ms_since (start);
          double cpu = (cpu_now () - cpu_start) / 1000.0;

          g_array_append_val (timings.update, update);
          g_array_append_val (timings.snapshot, snap);
          g_array_append_val (timings.render, render);
          g_array_append_val (timings.frame, frame);
          g_array_append_val (timings.cpu, cpu);
        }
    }

  g_print ("Dose zones page, %d×%d, GSK cairo renderer, %d frames (slider swept %d..%d steps)\n",
           width, height, frames, 0, positions - 1);
  g_print ("  frame (wall)   median %6.2f ms   p95 %6.2f ms\n",
           percentile (timings.frame, 0.5), percentile (timings.frame, 0.95));
  g_print ("  frame (CPU)    median %6.2f ms   p95 %6.2f ms\n",
           percentile (timings.cpu, 0.5), percentile (timings.cpu, 0.95));
  g_print ("  of which (wall):\n");
  g_print ("  update+layout  median %6.2f ms   p95 %6.2f ms\n",
           percentile (timings.update, 0.5), percentile (timings.update, 0.95));
  g_print ("  snapshot       median %6.2f ms   p95 %6.2f ms\n",
           percentile (timings.snapshot, 0.5), percentile (timings.snapshot, 0.95));
  g_print ("  render         median %6.2f ms   p95 %6.2f ms\n",
           percentile (timings.render, 0.5), percentile (timings.render, 0.95));

  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
    g_autoptr (GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr (GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
    FrameClock frame = { 0 };
    gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &frame);
    gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);

    /* The texture sweep laid the page out by hand: let GTK settle first. */
    settle (300);
    for (int i = 0; i < WARM_UP + frames; i++)
      {
        int cycle = i % (2 * (positions - 1));
        int position = cycle < positions ? cycle : 2 * (positions - 1) - cycle;

        frame.painted = FALSE;
        gtk_range_set_value (scale, kg_dose_chart_get_min (chart)
                                      + position * kg_dose_chart_get_step (chart));
        while (!frame.painted)
          g_main_context_iteration (NULL, TRUE);
        if (i >= WARM_UP)
          {
            g_array_append_val (wall, frame.wall_ms);
            g_array_append_val (cpu, frame.cpu_ms);
          }
      }
    g_signal_handler_disconnect (clock, before);
    g_signal_handler_disconnect (clock, after);

    g_print ("The same sweep as the window draws it (frame clock, damaged region only):\n");
    g_print ("  window frame (wall)  median %6.2f ms   p95 %6.2f ms\n",
             percentile (wall, 0.5), percentile (wall, 0.95));
    g_print ("  window frame (CPU)   median %6.2f ms   p95 %6.2f ms\n",
             percentile (cpu, 0.5), percentile (cpu, 0.95));
  }

  g_array_unref (timings.cpu);
  g_array_unref (timings.frame);
  g_array_unref (timings.update);
  g_array_unref (timings.snapshot);
  g_array_unref (timings.render);
  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}
