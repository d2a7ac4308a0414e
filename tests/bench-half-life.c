/* bench-half-life.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <time.h>

#include "model/kg-pk-content.h"
#include "pages/kg-half-life-page.h"

/* Times the half-life page's two costs:
 *
 * 1. The curve: what the page computes when the route or dose changes —
 *    the model's coefficients (ka already derived), 4,801 samples of both
 *    ketamine and norketamine over 48 h, and norketamine's peak (to show it
 *    as % of its peak). Also, once per route, the cold ka derivation.
 * 2. A redraw at 1280×800 when the crosshair moves one step (an arrow key
 *    or the pointer), two ways:
 *    a. as the window paints it: the frame clock's layout and paint phases
 *       (snapshot, GTK's diff of the frames, the window's GSK renderer —
 *       cairo under Xvfb, GSK_RENDERER=cairo — repainting the damage);
 *    b. the worst case, the whole page repainted: layout, snapshot, and a
 *       GSK cairo renderer rendering all 1280×800 into a texture.
 *
 * Prints the median and 95th percentile of each, in wall time and in the
 * CPU time of this thread (which, on a loaded machine, leaves out the time
 * spent waiting for a core).
 *
 *   bench-half-life [--repeats N] [--frames N] [--size WxH] [--quick] [--window-only] */

#define WARM_UP 20
#define N_SAMPLES 4801

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
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

static void
report (const char *what,
        GArray     *ms)
{
  g_print ("%-48s median %8.4f ms   p95 %8.4f ms   (n = %u)\n", what, percentile (ms, 0.5),
           percentile (ms, 0.95), ms->len);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* CPU time of this thread, ms: on a shared, loaded machine it shows the
 * work done, where wall time also counts waiting for a core. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

typedef struct
{
  gint64  wall;
  double  cpu;
  gboolean painted;
  GArray *wall_ms;
  GArray *cpu_ms;
  gboolean record;
} FrameTimer;

static void
before_paint_cb (GdkFrameClock *clock,
                 FrameTimer    *timer)
{
  timer->wall = g_get_monotonic_time ();
  timer->cpu = cpu_ms ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameTimer    *timer)
{
  double wall = ms_since (timer->wall);
  double cpu = cpu_ms () - timer->cpu;

  if (timer->record)
    {
      g_array_append_val (timer->wall_ms, wall);
      g_array_append_val (timer->cpu_ms, cpu);
    }
  timer->painted = TRUE;
}

static gboolean
quit_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
bench_curves (KgCatalog *catalog,
              int        repeats)
{
  KgPkContent *pk = kg_catalog_get_pharmacokinetics (catalog);
  GListModel *routes = kg_catalog_get_routes (catalog);
  g_autoptr (GArray) curve_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) ka_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *times = g_new (double, N_SAMPLES);
  g_autofree double *parent = g_new (double, N_SAMPLES);
  g_autofree double *metabolite = g_new (double, N_SAMPLES);
  g_autoptr (GPtrArray) dosings = g_ptr_array_new_with_free_func (g_free);
  double checksum = 0;

  /* The routes the page plots: the IV bolus and every route with F and Tmax.
   * The first derivation of each route's ka is timed cold. */
  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);
      KgPkDosing *dosing = g_new0 (KgPkDosing, 1);
      KgRange f, tmax;

      if (g_str_equal (kg_route_get_id (route), "iv"))
        {
          dosing->bolus = TRUE;
        }
      else if (kg_route_get_bioavailability (route, &f) && kg_route_get_tmax (route, &tmax))
        {
          double ka;
          gint64 start = g_get_monotonic_time ();
          double ms;

          if (!kg_pk_content_derive_ka (pk, tmax.typical, &ka, NULL))
            g_error ("No ka for %s", kg_route_get_id (route));
          ms = ms_since (start);
          g_array_append_val (ka_ms, ms);
          dosing->f = f.typical;
          dosing->tmax_min = tmax.typical;
        }
      else
        {
          g_free (dosing);
          continue;
        }
      g_ptr_array_add (dosings, dosing);
    }

  for (int i = 0; i < WARM_UP + repeats; i++)
    {
      KgPkDosing *dosing = g_ptr_array_index (dosings, i % dosings->len);
      double dose = 0.1 + 0.05 * (i % 39);
      g_autoptr (KgPkCurve) curve = NULL;
      double peak = 0;
      gint64 start = g_get_monotonic_time ();

      curve = kg_pk_content_new_curve (pk, dosing, dose, NULL);
      kg_pk_curve_sample (curve, 48 * 60, N_SAMPLES, times, parent, metabolite);
      kg_pk_curve_find_peak (curve, KG_PK_SPECIES_METABOLITE, 48 * 60, NULL, &peak);
      for (guint k = 0; k < N_SAMPLES; k++)
        metabolite[k] = 100 * metabolite[k] / peak;
      if (i >= WARM_UP)
        {
          double ms = ms_since (start);
          g_array_append_val (curve_ms, ms);
        }
      checksum += parent[N_SAMPLES / 2] + metabolite[N_SAMPLES / 2];
    }

  report ("curve: 4,801 points × 2 species (+ peak)", curve_ms);
  report ("ka derivation from Tmax, cold (per route)", ka_ms);
  if (!isfinite (checksum))
    g_error ("non-finite curve");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) catalog = NULL;
  g_autoptr (GskRenderer) renderer = NULL;
  g_autofree char *size = NULL;
  int repeats = 2000;
  int frames = 500;
  int width = 1280, height = 800;
  gboolean quick = FALSE;
  gboolean window_only = FALSE;
  GOptionEntry entries[] = {
    { "repeats", 0, 0, G_OPTION_ARG_INT, &repeats, "Curves to time", "N" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames to time", "N" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "Page size, e.g. 1280x800", "WxH" },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Fewer repeats (for meson test --benchmark)",
      NULL },
    { "window-only", 0, 0, G_OPTION_ARG_NONE, &window_only,
      "Only the window's own frames (for profiling them)", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) options = g_option_context_new ("— time the half-life page");
  g_autoptr (GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) snapshot_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) render_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) damage_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) damage_render_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) frame_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) damage_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) layout_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) damage_render_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  graphene_rect_t damage;
  GdkRGBA background = { 0.98, 0.98, 0.98, 1 };
  KgHalfLifePage *page;
  KgCurvePlot *plot;
  GtkWidget *window;

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
  if (quick)
    {
      repeats = 200;
      frames = 60;
    }

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  catalog = kg_catalog_new_bundled (&error);
  if (catalog == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  bench_curves (catalog, MAX (repeats, 1));

  page = kg_half_life_page_new (catalog);
  plot = kg_half_life_page_get_plot (page);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  settle (500);

  width = gtk_widget_get_width (GTK_WIDGET (page));
  height = gtk_widget_get_height (GTK_WIDGET (page));

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

  /* a. The window's own frames. */
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
    GskRenderer *window_renderer = gtk_native_get_renderer (GTK_NATIVE (window));
    FrameTimer timer = { 0 };
    gulong before, after;

    timer.wall_ms = g_array_new (FALSE, FALSE, sizeof (double));
    timer.cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
    before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &timer);
    after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &timer);
    for (int i = 0; i < WARM_UP + MAX (frames, 1); i++)
      {
        timer.record = i >= WARM_UP;
        timer.painted = FALSE;
        kg_curve_plot_set_crosshair (plot, 0.25 * (i % 96 < 48 ? i % 96 : 96 - i % 96));
        while (!timer.painted)
          g_main_context_iteration (NULL, TRUE);
      }
    g_signal_handler_disconnect (clock, before);
    g_signal_handler_disconnect (clock, after);

    g_print ("page %d×%d, the window's %s\n", width, height,
             G_OBJECT_TYPE_NAME (window_renderer));
    report ("crosshair step, window frame (layout+paint), wall", timer.wall_ms);
    report ("  same, CPU time of this thread", timer.cpu_ms);
    g_array_unref (timer.wall_ms);
    g_array_unref (timer.cpu_ms);
  }

  if (window_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      gsk_renderer_unrealize (renderer);
      return 0;
    }

  /* What a crosshair step invalidates: the plot (GTK repaints only the
   * damaged area; a Cairo node cannot be diffed, so that is all of it). */
  if (!gtk_widget_compute_bounds (GTK_WIDGET (plot), GTK_WIDGET (page), &damage))
    g_error ("The plot is not shown");

  for (int i = 0; i < WARM_UP + MAX (frames, 1); i++)
    {
      GtkSnapshot *snapshot;
      g_autoptr (GskRenderNode) node = NULL;
      g_autoptr (GdkTexture) texture = NULL;
      g_autoptr (GdkTexture) damaged = NULL;
      gint64 t0, t1, t2, t3, t4;
      double c0, c1, c2, c3, c4;
      int minimum, natural;

      /* Across the 24 h axis and back, 15 minutes a frame. */
      t0 = g_get_monotonic_time ();
      c0 = cpu_ms ();
      kg_curve_plot_set_crosshair (plot, 0.25 * (i % 96 < 48 ? i % 96 : 96 - i % 96));
      gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_VERTICAL, width, &minimum,
                          &natural, NULL, NULL);
      gtk_widget_size_allocate (GTK_WIDGET (page), &(GtkAllocation) { 0, 0, width, height }, -1);

      t1 = g_get_monotonic_time ();
      c1 = cpu_ms ();
      snapshot = gtk_snapshot_new ();
      gtk_snapshot_append_color (snapshot, &background,
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      GTK_WIDGET_GET_CLASS (page)->snapshot (GTK_WIDGET (page), snapshot);
      node = gtk_snapshot_free_to_node (snapshot);

      /* The whole page, as on a first paint or a full-window damage… */
      t2 = g_get_monotonic_time ();
      c2 = cpu_ms ();
      texture = gsk_renderer_render_texture (renderer, node,
                                             &GRAPHENE_RECT_INIT (0, 0, width, height));
      t3 = g_get_monotonic_time ();
      c3 = cpu_ms ();

      /* …and as the window repaints a crosshair step: only the damaged area. */
      damaged = gsk_renderer_render_texture (renderer, node, &damage);
      t4 = g_get_monotonic_time ();
      c4 = cpu_ms ();

      if (i >= WARM_UP)
        {
          double frame = (t3 - t0) / 1000.0;
          double snap = (t2 - t1) / 1000.0;
          double render = (t3 - t2) / 1000.0;
          double frame_cpu = c3 - c0;
          double damaged_frame = (t2 - t0 + t4 - t3) / 1000.0;
          double damage_render = (t4 - t3) / 1000.0;
          double damage_cpu = (c2 - c0) + (c4 - c3);
          double layout_cpu = c1 - c0;
          double damage_render_cpu = c4 - c3;

          g_array_append_val (layout_cpu_ms, layout_cpu);
          g_array_append_val (damage_render_cpu_ms, damage_render_cpu);

          g_array_append_val (frame_ms, frame);
          g_array_append_val (snapshot_ms, snap);
          g_array_append_val (render_ms, render);
          g_array_append_val (frame_cpu_ms, frame_cpu);
          g_array_append_val (damage_ms, damaged_frame);
          g_array_append_val (damage_render_ms, damage_render);
          g_array_append_val (damage_cpu_ms, damage_cpu);
        }
    }

  g_print ("page %d×%d, a GSK cairo renderer into a texture\n", width, height);
  report ("crosshair step, damaged area (the plot), wall", damage_ms);
  report ("  same, CPU time of this thread", damage_cpu_ms);
  report ("  of which render, wall", damage_render_ms);
  report ("  of which update and layout, CPU", layout_cpu_ms);
  report ("  of which render, CPU", damage_render_cpu_ms);
  report ("crosshair step, whole page repainted, wall", frame_ms);
  report ("  same, CPU time of this thread", frame_cpu_ms);
  report ("  of which snapshot, wall", snapshot_ms);
  report ("  of which render, wall", render_ms);

  gtk_window_destroy (GTK_WINDOW (window));
  gsk_renderer_unrealize (renderer);
  return 0;
}
