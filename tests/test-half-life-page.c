/* test-half-life-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "pages/kg-half-life-page.h"
#include "kg-test-locale.h"

typedef struct
{
  KgCatalog      *catalog;
  GtkWidget      *window;
  KgHalfLifePage *page;
  KgCurvePlot    *plot;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->catalog = kg_catalog_new_bundled (&error);
  g_assert_no_error (error);
  fixture->page = kg_half_life_page_new (fixture->catalog);
  fixture->plot = kg_half_life_page_get_plot (fixture->page);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->catalog);
}

/* Presses a key the way the plot's own shortcut for it would: the binding
 * (in the widget's shortcut controller) whose trigger is @keyval with
 * @modifiers runs its action on the widget. */
static void
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_error ("No shortcut for key %s", gdk_keyval_name (keyval));
}

/* Runs the main loop for @ms milliseconds. */
static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static const char *
label_text (GtkWidget  *page,
            const char *name)
{
  GObject *label = gtk_widget_get_template_child (page, KG_TYPE_HALF_LIFE_PAGE, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  /* IV first: the route the model was fitted to. 1 h after 0.5 mg/kg IV the
   * Domino model gives 0.046 mg/L (FACTS.md §3). */
  g_assert_cmpstr (kg_half_life_page_get_route_id (fixture->page), ==, "iv");
  g_assert_cmpfloat (kg_curve_plot_get_span (fixture->plot), ==, 24);
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 1);
  g_assert_cmpstr (kg_curve_plot_get_readout (fixture->plot), ==,
                   "1 h after the dose — Ketamine: 45.6 ng/mL (0.57% of its peak) · "
                   "Norketamine: 77% of its peak");
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->page), "readout_label"), ==,
                   kg_curve_plot_get_readout (fixture->plot));
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->page), "dose_mg_label"), ==,
                   "= 35 mg at 70 kg");
}

static void
test_choose_route (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_true (kg_half_life_page_select_route (fixture->page, "oral"));
  g_assert_false (kg_half_life_page_select_route (fixture->page, "transdermal"));
  gtk_test_widget_wait_for_draw (fixture->window);

  g_assert_cmpstr (kg_half_life_page_get_route_id (fixture->page), ==, "oral");
  /* Cut short on a narrow window, the route's whole name is in the tooltip. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (gtk_widget_get_template_child (
                     GTK_WIDGET (fixture->page), KG_TYPE_HALF_LIFE_PAGE, "route_dropdown"))), ==,
                   "Oral (swallowed)");
  g_assert_cmpstr (kg_curve_plot_get_readout (fixture->plot), ==,
                   "1 h after the dose — Ketamine: 9.11 ng/mL (100% of its peak) · "
                   "Norketamine: 21% of its peak");
  /* Oral: F 20% and Tmax 1 h (routes.json); the model peaks exactly at the
   * route's Tmax because ka is derived from it. */
  g_assert_cmpstr (kg_curve_plot_get_description (fixture->plot), ==,
                   "Ketamine peaks at 9.11 ng/mL at 1 h. It never reaches the Anaesthesia range "
                   "(1,200 ng/mL); never reaches the Dissociation range (100 ng/mL); never "
                   "reaches the Analgesia range (70 ng/mL). At 24 h: 0.026 ng/mL (0.29% of its "
                   "peak). Norketamine peaks at 8 h 44 min and is at 52% of its peak at 24 h. "
                   "Marked: Effects usually over, 45 min to 1 h 30 min. Marked: 24 h before "
                   "driving, at 24 h. Marked: 97% cleared (5 × 2.5 h), at 12 h 30 min.");

  /* IV at 0.5 mg/kg goes through all three ranges, in order. */
  g_assert_true (kg_half_life_page_select_route (fixture->page, "iv"));
  g_assert_true (g_str_has_prefix (kg_curve_plot_get_description (fixture->plot),
                                   "Ketamine peaks at 7,940 ng/mL right after the dose. It falls "
                                   "below the Anaesthesia range (1,200 ng/mL) at 1 min; falls "
                                   "below the Dissociation range (100 ng/mL) at 16 min; falls "
                                   "below the Analgesia range (70 ng/mL) at 23 min. At 24 h: "
                                   "0.0108 ng/mL"));
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->page), "description_label"), ==,
                   kg_curve_plot_get_description (fixture->plot));
}

static void
test_arrow_keys (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *plot = GTK_WIDGET (fixture->plot);
  g_autofree char *before = NULL;

  gtk_widget_grab_focus (plot);
  g_assert_true (gtk_widget_has_focus (plot));
  before = g_strdup (kg_curve_plot_get_readout (fixture->plot));

  /* 15-minute steps on the 24 h axis. */
  press_key (plot, GDK_KEY_Right, 0);
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 1.25);
  g_assert_cmpstr (kg_curve_plot_get_readout (fixture->plot), !=, before);
  g_assert_true (g_str_has_prefix (kg_curve_plot_get_readout (fixture->plot),
                                   "1 h 15 min after the dose — Ketamine: "));
  press_key (plot, GDK_KEY_Left, 0);
  press_key (plot, GDK_KEY_Left, 0);
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 0.75);
  press_key (plot, GDK_KEY_Right, GDK_SHIFT_MASK);
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 1);
  g_assert_cmpstr (kg_curve_plot_get_readout (fixture->plot), ==, before);

  press_key (plot, GDK_KEY_End, 0);
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 24);
  g_assert_cmpstr (kg_curve_plot_get_readout (fixture->plot), ==,
                   "24 h after the dose — Ketamine: 0.0108 ng/mL (0.00014% of its peak) · "
                   "Norketamine: 39% of its peak");
  press_key (plot, GDK_KEY_Right, 0);
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 24);
  press_key (plot, GDK_KEY_Home, 0);
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 0);
  g_assert_true (g_str_has_prefix (kg_curve_plot_get_readout (fixture->plot),
                                   "Right after the dose — Ketamine: 7,940 ng/mL (100% of its "
                                   "peak)"));
  /* The sentence under the plot follows once the crosshair rests. */
  wait_ms (400);
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->page), "readout_label"), ==,
                   kg_curve_plot_get_readout (fixture->plot));
}

static void
test_span_and_dose (Fixture       *fixture,
                    gconstpointer  data)
{
  GObject *button_48 = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                      KG_TYPE_HALF_LIFE_PAGE, "span_48_button");
  GObject *spin = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                 KG_TYPE_HALF_LIFE_PAGE, "dose_spin");

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fixture->plot)), ==,
                   GTK_ACCESSIBLE_ROLE_SLIDER);

  /* Zoomed out to two days: the description ends at 48 h. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button_48), TRUE);
  g_assert_cmpfloat (kg_curve_plot_get_span (fixture->plot), ==, 48);
  g_assert_nonnull (strstr (kg_curve_plot_get_description (fixture->plot), " At 48 h: "));

  /* Twice the dose, twice the levels (the model is linear). */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 1.0);
  g_assert_true (g_str_has_prefix (kg_curve_plot_get_description (fixture->plot),
                                   "Ketamine peaks at 15,900 ng/mL right after the dose."));
  g_assert_true (g_str_has_prefix (kg_curve_plot_get_readout (fixture->plot),
                                   "1 h after the dose — Ketamine: 91.1 ng/mL (0.57% of its "
                                   "peak)"));
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->page), "dose_mg_label"), ==,
                   "= 70 mg at 70 kg");

  /* The weight only changes the mg, not the levels per kg. */
  kg_half_life_page_set_weight_kg (fixture->page, 50);
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->page), "dose_mg_label"), ==,
                   "= 50 mg at 50 kg");
  g_assert_true (g_str_has_prefix (kg_curve_plot_get_readout (fixture->plot),
                                   "1 h after the dose — Ketamine: 91.1 ng/mL"));
}

/* A change of language or wording re-renders the content text and keeps
 * the route, dose and crosshair. */
static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  g_assert_true (kg_half_life_page_select_route (fixture->page, "sublingual"));
  kg_half_life_page_set_dose (fixture->page, 0.75);
  kg_curve_plot_set_crosshair (fixture->plot, 2);

  kg_half_life_page_set_language (fixture->page, "es");
  g_assert_cmpstr (kg_half_life_page_get_language (fixture->page), ==, "es");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (gtk_widget_get_template_child (
                     GTK_WIDGET (fixture->page), KG_TYPE_HALF_LIFE_PAGE, "route_dropdown"))), ==,
                   "Sublingual / trocisco");
  g_assert_cmpstr (kg_half_life_page_get_route_id (fixture->page), ==, "sublingual");
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 2);
  g_assert_nonnull (strstr (kg_curve_plot_get_readout (fixture->plot), " · Norketamina: "));
  g_assert_nonnull (strstr (kg_curve_plot_get_description (fixture->plot), "Anestesia"));

  kg_half_life_page_set_language (fixture->page, "en");
  g_assert_nonnull (strstr (kg_curve_plot_get_readout (fixture->plot), " · Norketamine: "));

  /* The plain wording keeps the state too (its words are the content's). */
  kg_half_life_page_set_patient_wording (fixture->page, TRUE);
  g_assert_true (kg_half_life_page_get_patient_wording (fixture->page));
  g_assert_cmpstr (kg_half_life_page_get_route_id (fixture->page), ==, "sublingual");
  g_assert_cmpfloat (kg_curve_plot_get_crosshair (fixture->plot), ==, 2);
  g_assert_true (g_str_has_prefix (kg_curve_plot_get_readout (fixture->plot),
                                   "2 h after the dose — Ketamine: "));
}

/* The numbers a reader sees, in the display language, whatever the process
 * locale (this suite also runs under es_ES.UTF-8 and de_DE.UTF-8, where a
 * printf-based formatter wrote "= 3,5,0 mg at 7,0,0 kg"). */
static void
test_numbers (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkScale *what_if = GTK_SCALE (gtk_widget_get_template_child (page, KG_TYPE_HALF_LIFE_PAGE,
                                                                "what_if_scale"));
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_widget_get_template_child (page,
                                                                        KG_TYPE_HALF_LIFE_PAGE,
                                                                        "dose_spin"));
  static const struct
  {
    const char *language;
    const char *mg;
    const char *mg_decimal;
    const char *spin;
    const char *typed;
    const char *readout;
    const char *description;
    const char *cleared;
    const char *what_if;
    const char *summary;
  } cases[] = {
    { "en", "= 35 mg at 70 kg", "= 52.5 mg at 70 kg", "0.50", "0.3",
      "1 h after the dose — Ketamine: 45.6 ng/mL (0.57% of its peak) · Norketamine: 77% of its "
      "peak",
      "Ketamine peaks at 7,940 ng/mL right after the dose. It falls below the Anaesthesia range "
      "(1,200 ng/mL) at 1 min; falls below the Dissociation range (100 ng/mL) at 16 min; falls "
      "below the Analgesia range (70 ng/mL) at 23 min. At 24 h: 0.0108 ng/mL (0.00014% of its "
      "peak).",
      "Marked: 97% cleared (5 × 2.5 h), at 12 h 30 min.", "2.5 h",
      "With a half-life of 2.5 h, about 97% is gone after 5 half-lives (12 h 30 min). After "
      "24 h, 0.13% is left (9.6 half-lives)." },
    { "es", "= 35 mg at 70 kg", "= 52,5 mg at 70 kg", "0,50", "0,3",
      "1 h after the dose — Ketamine: 45,6 ng/mL (0,57% of its peak) · Norketamina: 77% of its "
      "peak",
      "Ketamine peaks at 7.940 ng/mL right after the dose. It falls below the Anestesia range "
      "(1.200 ng/mL) at 1 min; falls below the Disociación range (100 ng/mL) at 16 min; falls "
      "below the Analgesia range (70 ng/mL) at 23 min. At 24 h: 0,0108 ng/mL (0,00014% of its "
      "peak).",
      "Marked: 97% cleared (5 × 2,5 h), at 12 h 30 min.", "2,5 h",
      "With a half-life of 2,5 h, about 97% is gone after 5 half-lives (12 h 30 min). After "
      "24 h, 0,13% is left (9,6 half-lives)." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("display language %s", cases[i].language);
      kg_half_life_page_set_language (fixture->page, cases[i].language);
      kg_half_life_page_set_dose (fixture->page, 0.5);
      gtk_test_widget_wait_for_draw (fixture->window);
      g_assert_cmpstr (label_text (page, "dose_mg_label"), ==, cases[i].mg);
      g_assert_cmpstr (kg_curve_plot_get_readout (fixture->plot), ==, cases[i].readout);
      g_assert_true (g_str_has_prefix (kg_curve_plot_get_description (fixture->plot),
                                       cases[i].description));
      g_assert_true (g_str_has_suffix (kg_curve_plot_get_description (fixture->plot),
                                       cases[i].cleared));
      g_assert_cmpstr (pango_layout_get_text (gtk_scale_get_layout (what_if)), ==,
                       cases[i].what_if);
      g_assert_cmpstr (label_text (page, "what_if_summary"), ==, cases[i].summary);
      kg_half_life_page_set_dose (fixture->page, 0.75);
      g_assert_cmpstr (label_text (page, "dose_mg_label"), ==, cases[i].mg_decimal);

      /* The dose box: shown and typed with the language's separator. */
      kg_half_life_page_set_dose (fixture->page, 0.5);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, cases[i].spin);
      gtk_editable_set_text (GTK_EDITABLE (spin), cases[i].typed);
      gtk_spin_button_update (spin);
      g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin), 0.3, 1e-9);
      g_assert_cmpstr (label_text (page, "dose_mg_label"), ==, "= 21 mg at 70 kg");
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();
  g_test_add ("/kg/half-life-page/defaults", Fixture, NULL, fixture_set_up, test_defaults,
              fixture_tear_down);
  g_test_add ("/kg/half-life-page/choose-route", Fixture, NULL, fixture_set_up,
              test_choose_route, fixture_tear_down);
  g_test_add ("/kg/half-life-page/span-and-dose", Fixture, NULL, fixture_set_up,
              test_span_and_dose, fixture_tear_down);
  g_test_add ("/kg/half-life-page/language", Fixture, NULL, fixture_set_up, test_language,
              fixture_tear_down);
  g_test_add ("/kg/half-life-page/arrow-keys", Fixture, NULL, fixture_set_up, test_arrow_keys,
              fixture_tear_down);
  g_test_add ("/kg/half-life-page/numbers", Fixture, NULL, fixture_set_up, test_numbers,
              fixture_tear_down);
  return g_test_run ();
}
