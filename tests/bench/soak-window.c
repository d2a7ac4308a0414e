/* soak-window.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The soak run (`meson test --benchmark --suite soak`, not run by default):
 * 100,000 mixed actions on the real window, driven as the app is driven,
 * drawing as it goes. Passes when the memory the process holds, RSS minus
 * RssShmem, grew by less than 2 MiB between the end of a warm-up round and
 * the end, and nothing logged a warning (the tests' G_DEBUG makes any
 * warning fatal).
 *
 * Why not RSS itself: RssShmem is the shared memory that cairo's Xlib
 * backend (GSK_RENDERER=cairo on X11) lends the X server to upload the
 * window's pixels: MIT-SHM segments of up to 32 MiB, created and dropped as
 * frames go (they show in /proc/PID/maps as "/SYSV00000000 (deleted)").
 * Those are pixels handed to the server, not memory the app holds on to;
 * how much of them is resident when a reading is taken depends on where the
 * uploads are, and it swings by megabytes from one reading to the next with
 * no trend. What is left, RssAnon + RssFile (heap, stacks, mapped libraries,
 * fonts and resources), is what a leak grows. Every reading reports RSS and
 * its parts, and the summary the growth of both.
 *
 * A round is 10,000 actions, as 400 visits of a page:
 *   - 400 page switches, win.show-page with the page's number, as Alt+1…4
 *     do: 100 visits of each of the four pages, in an order shuffled every
 *     four visits;
 *   - on each visit of Dose zones, 75 moves of its dose slider (7,500);
 *   - on each visit of Half-life, 10 moves of its what-if slider (1,000);
 *   - on each visit of Contraindications, 10 searches (1,000);
 *   - on a visit of Routes, nothing but its drawing;
 *   - after every 5th visit, app.consult-mode, the menu's Consult Mode
 *     toggle (80);
 *   - after every 20th visit, app.language, the menu's English / Español,
 *     alternately (20): each rebuilds every page.
 * The soak is a warm-up round, then 10 rounds: 100,000 actions measured,
 * 85,000 slider moves, 10,000 searches, 4,000 page switches, 800 consult
 * mode toggles and 200 language switches. A round ends as it started, in
 * English, out of consult mode; the readings are taken there, on the Dose
 * zones page, after a few frames.
 *
 * A slider move is gtk_range_set_value() on the page's own GtkRange, as a
 * drag or a key press ends up doing. A search sets the search entry's text
 * and emits its "search-changed" at once, instead of waiting for
 * GtkSearchEntry's 150 ms delay. The widgets are looked up on every visit:
 * a language switch replaces them. Every page switch, consult toggle and
 * language switch waits for the window's next frame, and so does every 10th
 * slider move and the last search of a visit, so the pages lay out and draw.
 *
 * KG_SOAK_SCALE=0.1 runs a tenth of each round, for trying it out;
 * KG_SOAK_HEAP=1 adds malloc's heap in use to each reading. */

#include "config.h"

#include <malloc.h>

#include "kg-test-ui.h"
#include "widgets/kg-dose-scale.h"

#define ROUNDS             10
#define VISITS             400   /* per round */
#define DOSE_MOVES         75    /* per visit of Dose zones */
#define HALF_LIFE_MOVES    10    /* per visit of Half-life */
#define SEARCHES           10    /* per visit of Contraindications */
#define CONSULT_EVERY      5     /* visits */
#define LANGUAGE_EVERY     20    /* visits */
#define GROWTH_LIMIT_KB    2048

static const char * const page_names[] = { "dose", "routes", "half-life", "interactions" };

static const char * const queries[] = {
  "", "fluoxetine", "prozac", "lamotrigine", "lamictal", "benzo", "midazolam", "blood pressure",
  "grapefruit", "st johns wort", "antidepresivo", "hipertensión", "fluoxetin", "opiod",
  "mao", "xyzzy", "cyp3a4 inhibitor", "alcohol", "seizure", "pregnancy",
};

typedef struct
{
  KgWindow *window;
  GRand    *rand;
  guint     order[G_N_ELEMENTS (page_names)];
  guint     shown;  /* index in page_names */
  guint     query;
  gboolean  spanish;
  /* What the run did, counted */
  guint     page_switches;
  guint     slider_moves;
  guint     searches;
  guint     consult_toggles;
  guint     language_switches;
  gint64    page_us, dose_us, half_life_us, search_us, consult_us, language_us;
} Soak;

/* One reading of /proc/self/status, in kB. */
typedef struct
{
  long rss;    /* VmRSS: anon + file + shmem */
  long anon;   /* RssAnon */
  long file;   /* RssFile */
  long shmem;  /* RssShmem: the X upload buffers, see the top of the file */
} Memory;

/* What the process holds on to: all of it but the X upload buffers. */
static long
memory_held_kb (const Memory *memory)
{
  return memory->rss - memory->shmem;
}

static long
status_kb (const char *status,
           const char *field)
{
  const char *line = strstr (status, field);

  if (line == NULL)
    g_error ("/proc/self/status has no %s", field);
  return strtol (line + strlen (field), NULL, 10);
}

static void
read_memory (Memory *memory)
{
  g_autofree char *status = NULL;
  g_autoptr (GError) error = NULL;

  /* Memory freed but kept by malloc is not growth: give it back first. */
  malloc_trim (0);
  if (g_getenv ("KG_SOAK_HEAP") != NULL)
    {
      struct mallinfo2 info = mallinfo2 ();

      g_print ("# heap in use %zu kB (%zu kB mapped)\n", (info.uordblks + info.hblkhd) / 1024,
               info.hblkhd / 1024);
    }
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, &error))
    g_error ("Cannot read /proc/self/status: %s", error->message);
  memory->rss = status_kb (status, "VmRSS:");
  memory->anon = status_kb (status, "RssAnon:");
  memory->file = status_kb (status, "RssFile:");
  memory->shmem = status_kb (status, "RssShmem:");
}

static void
print_memory (const char   *when,
              const Memory *memory)
{
  g_print ("# %s: RSS %ld kB (anon %ld, file %ld, shmem %ld), RSS - shmem %ld kB\n", when,
           memory->rss, memory->anon, memory->file, memory->shmem, memory_held_kb (memory));
}

static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
draw (Soak *soak)
{
  run_pending ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (soak->window));
}

/* The one widget of @type in the page @name that is not a scroll bar's. */
static GtkWidget *
find_widget (Soak       *soak,
             const char *name,
             GType       type)
{
  GtkWidget *page = kg_window_get_page (soak->window, name);
  g_autoptr (GPtrArray) widgets = kg_test_ui_collect (page, type, FALSE);
  GtkWidget *found = NULL;

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (GTK_IS_SCROLLBAR (gtk_widget_get_parent (widget)))
        continue;
      if (found != NULL)
        g_error ("The %s page has more than one %s", name, g_type_name (type));
      found = widget;
    }
  if (found == NULL)
    g_error ("The %s page has no %s", name, g_type_name (type));
  return found;
}

static void
move_slider (Soak      *soak,
             GtkRange  *slider,
             guint      moves)
{
  GtkAdjustment *adjustment = gtk_range_get_adjustment (slider);
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  double step = gtk_adjustment_get_step_increment (adjustment);

  for (guint i = 0; i < moves; i++)
    {
      /* Mostly single steps, as with arrow keys; sometimes a jump, as with a drag. */
      double value = gtk_range_get_value (slider);

      if (g_rand_int_range (soak->rand, 0, 10) == 0)
        value = lower + g_rand_double (soak->rand) * (upper - lower);
      else
        value += g_rand_boolean (soak->rand) ? step : -step;
      gtk_range_set_value (slider, CLAMP (value, lower, upper));
      soak->slider_moves++;
      if (i % 10 == 9)
        draw (soak);
      else
        run_pending ();
    }
}

static void
search (Soak  *soak,
        guint  count)
{
  GtkWidget *entry = find_widget (soak, "interactions", GTK_TYPE_SEARCH_ENTRY);

  for (guint i = 0; i < count; i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry),
                             queries[soak->query++ % G_N_ELEMENTS (queries)]);
      g_signal_emit_by_name (entry, "search-changed");
      soak->searches++;
      run_pending ();
    }
  draw (soak);
}

static void
show_page (Soak  *soak,
           guint  index)
{
  gtk_widget_activate_action (GTK_WIDGET (soak->window), "win.show-page", "i", (int) index);
  soak->page_switches++;
  draw (soak);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (soak->window)),
                   ==, page_names[index]);
  soak->shown = index;
}

/* The next page to visit: each page once in every four visits, never the
 * one on show. */
static guint
next_page (Soak  *soak,
           guint  visit)
{
  guint slot = visit % G_N_ELEMENTS (page_names);

  if (slot == 0)
    {
      for (guint i = G_N_ELEMENTS (page_names) - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (soak->rand, 0, (gint32) i + 1);
          guint swap = soak->order[i];

          soak->order[i] = soak->order[j];
          soak->order[j] = swap;
        }
      if (soak->order[0] == soak->shown)
        {
          soak->order[0] = soak->order[1];
          soak->order[1] = soak->shown;
        }
    }
  return soak->order[slot];
}

static void
visit (Soak  *soak,
       guint  visit)
{
  guint page = next_page (soak, visit);
  const char *name = page_names[page];
  gint64 t = g_get_monotonic_time ();

  show_page (soak, page);
  soak->page_us += g_get_monotonic_time () - t;
  t = g_get_monotonic_time ();
  if (g_str_equal (name, "dose"))
    {
      move_slider (soak, GTK_RANGE (find_widget (soak, name, KG_TYPE_DOSE_SCALE)), DOSE_MOVES);
      soak->dose_us += g_get_monotonic_time () - t;
    }
  else if (g_str_equal (name, "half-life"))
    {
      move_slider (soak, GTK_RANGE (find_widget (soak, name, GTK_TYPE_SCALE)), HALF_LIFE_MOVES);
      soak->half_life_us += g_get_monotonic_time () - t;
    }
  else if (g_str_equal (name, "interactions"))
    {
      search (soak, SEARCHES);
      soak->search_us += g_get_monotonic_time () - t;
    }
  t = g_get_monotonic_time ();

  if (visit % CONSULT_EVERY == CONSULT_EVERY - 1)
    {
      gtk_widget_activate_action (GTK_WIDGET (soak->window), "app.consult-mode", NULL);
      soak->consult_toggles++;
      draw (soak);
      soak->consult_us += g_get_monotonic_time () - t;
      t = g_get_monotonic_time ();
    }
  if (visit % LANGUAGE_EVERY == LANGUAGE_EVERY - 1)
    {
      soak->spanish = !soak->spanish;
      gtk_widget_activate_action (GTK_WIDGET (soak->window), "app.language", "s",
                                  soak->spanish ? "es" : "en");
      soak->language_switches++;
      draw (soak);
      g_assert_cmpstr (kg_application_get_language (kg_test_ui_get_app ()), ==,
                       soak->spanish ? "es" : "en");
      soak->language_us += g_get_monotonic_time () - t;
    }
}

/* The memory on the Dose zones page once it has drawn and what the frames
 * and timers free has been freed. */
static void
read_settled_memory (Soak   *soak,
                     Memory *memory)
{
  /* Not counted as an action. */
  gtk_widget_activate_action (GTK_WIDGET (soak->window), "win.show-page", "i", 0);
  soak->shown = 0;
  for (guint i = 0; i < 3; i++)
    draw (soak);
  kg_test_ui_wait (100);
  read_memory (memory);
}

static void
run_round (Soak  *soak,
           guint  visits)
{
  for (guint i = 0; i < visits; i++)
    visit (soak, i);
}

static void
test_soak (void)
{
  const char *scale_text = g_getenv ("KG_SOAK_SCALE");
  double scale = scale_text != NULL ? g_ascii_strtod (scale_text, NULL) : 1.0;
  /* Whole blocks of LANGUAGE_EVERY visits, so a round ends in English. */
  guint visits = MAX (1, (guint) (VISITS * scale / (LANGUAGE_EVERY * 2))) * LANGUAGE_EVERY * 2;
  g_autoptr (GRand) rand = g_rand_new_with_seed (100000);
  Soak soak = { .rand = rand, .order = { 0, 1, 2, 3 } };
  Memory start_memory, warm_memory, end_memory = { 0 };
  guint actions;
  gint64 start;

  g_settings_set_string (kg_application_get_settings (kg_test_ui_get_app ()), "language", "en");
  soak.window = kg_test_ui_open_window (1280, 800);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    g_assert_nonnull (kg_window_get_page (soak.window, page_names[i]));
  soak.shown = 0;

  /* Warm-up: one round, so that caches, glyphs and pooled memory of both
   * languages and both modes are there before the baseline is taken. */
  read_settled_memory (&soak, &start_memory);
  print_memory ("start", &start_memory);
  run_round (&soak, visits);
  read_settled_memory (&soak, &warm_memory);
  print_memory ("after the warm-up round", &warm_memory);
  soak.page_switches = soak.slider_moves = soak.searches = 0;
  soak.consult_toggles = soak.language_switches = 0;
  soak.page_us = soak.dose_us = soak.half_life_us = soak.search_us = 0;
  soak.consult_us = soak.language_us = 0;

  start = g_get_monotonic_time ();
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *when = g_strdup_printf ("round %u", round + 1);

      run_round (&soak, visits);
      read_settled_memory (&soak, &end_memory);
      print_memory (when, &end_memory);
    }
  actions = soak.page_switches + soak.slider_moves + soak.searches + soak.consult_toggles +
            soak.language_switches;

  g_print ("# soak: %u actions (%u slider moves, %u searches, %u page switches, %u consult "
           "mode toggles, %u language switches) in %.0f s\n",
           actions, soak.slider_moves, soak.searches, soak.page_switches, soak.consult_toggles,
           soak.language_switches, (g_get_monotonic_time () - start) / 1e6);
  g_print ("# RSS: %ld kB at start, %ld kB after the warm-up round, %ld kB at the end: "
           "growth %+ld kB (not the verdict: it counts the X upload buffers, shmem %+ld kB)\n",
           start_memory.rss, warm_memory.rss, end_memory.rss, end_memory.rss - warm_memory.rss,
           end_memory.shmem - warm_memory.shmem);
  g_print ("# RSS - shmem: %ld kB at start, %ld kB after the warm-up round, %ld kB at the end: "
           "growth %+ld kB (the verdict, limit %d kB; anon %+ld kB, file %+ld kB)\n",
           memory_held_kb (&start_memory), memory_held_kb (&warm_memory),
           memory_held_kb (&end_memory), memory_held_kb (&end_memory) - memory_held_kb (&warm_memory),
           GROWTH_LIMIT_KB, end_memory.anon - warm_memory.anon, end_memory.file - warm_memory.file);
  g_print ("# time: page switches %.0f s, dose slider %.0f s, half-life slider %.0f s, "
           "searches %.0f s, consult toggles %.0f s, language switches %.0f s\n",
           soak.page_us / 1e6, soak.dose_us / 1e6, soak.half_life_us / 1e6, soak.search_us / 1e6,
           soak.consult_us / 1e6, soak.language_us / 1e6);
  if (scale == 1.0)
    g_assert_cmpuint (actions, ==, 100000);
  g_assert_cmpint (memory_held_kb (&end_memory) - memory_held_kb (&warm_memory), <,
                   GROWTH_LIMIT_KB);

  kg_test_ui_close_window (soak.window);
}

int
main (int   argc,
      char *argv[])
{
  kg_test_ui_init (&argc, &argv);
  g_test_add_func ("/kg/soak/window", test_soak);
  return g_test_run ();
}
