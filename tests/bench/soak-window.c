/* soak-window.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The soak run (`meson test --benchmark --suite soak`, not run by default):
 * the real window, 100,000 moves of the dose slider and 10,000 searches in
 * the Contraindications page, in ten rounds that switch between the two
 * pages, drawing as it goes. Passes when the resident memory grew by less
 * than 2 MiB between the end of a warm-up round and the end, and nothing
 * logged a warning (the tests' G_DEBUG makes any warning fatal).
 *
 * A slider move is gtk_range_set_value() on the page's own slider, as a drag
 * or a key press ends up doing. A search sets the search entry's text and
 * emits its "search-changed" at once, instead of waiting for GtkSearchEntry's
 * 150 ms delay (10,000 of those would be 25 minutes of waiting).
 *
 * KG_SOAK_SCALE=0.1 runs a tenth of it, for trying it out. */

#include "config.h"

#include <malloc.h>

#include "kg-test-ui.h"
#include "pages/kg-dose-page.h"

#define ROUNDS           10
#define SLIDER_MOVES     100000
#define SEARCHES         10000
#define GROWTH_LIMIT_KB  2048

static const char * const queries[] = {
  "", "fluoxetine", "prozac", "lamotrigine", "lamictal", "benzo", "midazolam", "blood pressure",
  "grapefruit", "st johns wort", "antidepresivo", "hipertensión", "fluoxetin", "opiod",
  "mao", "xyzzy", "cyp3a4 inhibitor", "alcohol", "seizure", "pregnancy",
};

static long
resident_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;
  long kb = -1;

  /* Memory freed but kept by malloc is not growth: give it back first. */
  malloc_trim (0);
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  if (line != NULL)
    kb = strtol (line + strlen ("VmRSS:"), NULL, 10);
  return kb;
}

static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The page's own slider: the range whose value is the page's dose. */
static GtkRange *
find_slider (GtkWidget *page)
{
  g_autoptr (GPtrArray) ranges = kg_test_ui_collect (page, GTK_TYPE_RANGE, FALSE);

  for (guint i = 0; i < ranges->len; i++)
    {
      GtkRange *range = g_ptr_array_index (ranges, i);
      double before = kg_dose_page_get_dose (KG_DOSE_PAGE (page));
      double probe = before < 1 ? 1.5 : 0.5;

      gtk_range_set_value (range, probe);
      if (G_APPROX_VALUE (kg_dose_page_get_dose (KG_DOSE_PAGE (page)), probe, 1e-9))
        return range;
      gtk_range_set_value (range, before);
    }
  g_error ("The dose page has no slider");
}

static void
move_slider (KgWindow *window,
             GtkRange *slider,
             GRand    *rand,
             guint     moves)
{
  GtkAdjustment *adjustment = gtk_range_get_adjustment (slider);
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  double step = gtk_adjustment_get_step_increment (adjustment);

  for (guint i = 0; i < moves; i++)
    {
      /* Mostly single steps, as with arrow keys; sometimes a jump, as with a drag. */
      double value = gtk_range_get_value (slider);

      if (g_rand_int_range (rand, 0, 10) == 0)
        value = lower + g_rand_double (rand) * (upper - lower);
      else
        value += g_rand_boolean (rand) ? step : -step;
      gtk_range_set_value (slider, CLAMP (value, lower, upper));
      run_pending ();
      if (i % 200 == 199)
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
}

static void
search (KgWindow       *window,
        GtkSearchEntry *entry,
        guint           first,
        guint           count)
{
  for (guint i = first; i < first + count; i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), queries[i % G_N_ELEMENTS (queries)]);
      g_signal_emit_by_name (entry, "search-changed");
      run_pending ();
      if (i % 20 == 19)
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
}

static void
test_soak (void)
{
  const char *scale_text = g_getenv ("KG_SOAK_SCALE");
  double scale = scale_text != NULL ? g_ascii_strtod (scale_text, NULL) : 1.0;
  guint moves_per_round = (guint) (SLIDER_MOVES * scale / ROUNDS);
  guint searches_per_round = (guint) (SEARCHES * scale / ROUNDS);
  g_autoptr (GRand) rand = g_rand_new_with_seed (100000);
  g_autoptr (GPtrArray) entries = NULL;
  KgWindow *window = kg_test_ui_open_window (1280, 800);
  GtkWidget *dose_page = kg_window_get_page (window, "dose");
  GtkWidget *interactions_page = kg_window_get_page (window, "interactions");
  GtkSearchEntry *entry;
  GtkRange *slider;
  long start_kb, warm_kb, end_kb;
  gint64 start;

  g_assert_nonnull (dose_page);
  g_assert_nonnull (interactions_page);
  slider = find_slider (dose_page);
  entries = kg_test_ui_collect (interactions_page, GTK_TYPE_SEARCH_ENTRY, FALSE);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);

  /* Warm-up: one round, so that caches, glyphs and pooled memory are
   * there before the baseline is taken. */
  start_kb = resident_kb ();
  kg_test_ui_show_page (window, "dose");
  move_slider (window, slider, rand, moves_per_round);
  kg_test_ui_show_page (window, "interactions");
  search (window, entry, 0, searches_per_round);
  warm_kb = resident_kb ();

  start = g_get_monotonic_time ();
  for (guint round = 0; round < ROUNDS; round++)
    {
      kg_test_ui_show_page (window, "dose");
      move_slider (window, slider, rand, moves_per_round);
      kg_test_ui_show_page (window, "interactions");
      search (window, entry, round * searches_per_round, searches_per_round);
      g_test_message ("round %u: %ld kB resident", round + 1, resident_kb ());
    }
  end_kb = resident_kb ();

  g_print ("soak: %u slider moves and %u searches in %.0f s; resident memory %ld kB at start, "
           "%ld kB after the warm-up round, %ld kB at the end: growth %+ld kB (limit %d kB)\n",
           moves_per_round * ROUNDS, searches_per_round * ROUNDS,
           (g_get_monotonic_time () - start) / 1e6, start_kb, warm_kb, end_kb, end_kb - warm_kb,
           GROWTH_LIMIT_KB);
  g_assert_cmpint (end_kb - warm_kb, <, GROWTH_LIMIT_KB);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  kg_test_ui_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  kg_test_ui_init (&argc, &argv);
  g_test_add_func ("/kg/soak/window", test_soak);
  return g_test_run ();
}
