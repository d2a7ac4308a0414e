/* test-dose-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-window.h"
#include "pages/kg-dose-page.h"
#include "widgets/kg-brain-view.h"
#include "kg-test-locale.h"

typedef struct
{
  KgCatalog  *catalog;
  GtkWidget  *window;
  KgDosePage *page;
} Fixture;

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page), KG_TYPE_DOSE_PAGE,
                                                   name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static const char *
label_text (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (child (fixture, name)));
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label called @name on the panel the text card shows now, or NULL. */
static GtkLabel *
shown (Fixture    *fixture,
       const char *name)
{
  GtkStack *stack = GTK_STACK (child (fixture, "place_stack"));
  GtkWidget *panel = gtk_stack_get_visible_child (stack);

  g_assert_nonnull (panel);
  g_assert_true (gtk_widget_get_mapped (panel));
  return (GtkLabel *) find_named (panel, name);
}

static const char *
shown_text (Fixture    *fixture,
            const char *name)
{
  GtkLabel *label = shown (fixture, name);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label)));
  return gtk_label_get_text (label);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->catalog = kg_catalog_new_bundled (&error);
  g_assert_no_error (error);
  fixture->page = g_object_ref_sink (kg_dose_page_new (fixture->catalog));
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
  g_assert_finalize_object (fixture->page);
  g_assert_finalize_object (fixture->catalog);
}

/* A click, as the pointer or the keyboard would give (gtk_widget_activate()
 * delays the click for the pressed look). */
static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
}

static void
set_dose (Fixture *fixture,
          double   dose)
{
  gtk_range_set_value (GTK_RANGE (child (fixture, "scale")), dose);
  gtk_test_widget_wait_for_draw (fixture->window);
}

/* Dragging the slider changes the title, the picture's description and
 * what the slider announces. */
static void
test_slider (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct
  {
    double      dose;
    const char *title;
    const char *value_text;
    const char *description;
    gboolean    details;
  } cases[] = {
    { 0.6, "Emergence", "0.60 mg/kg, Emergence",
      "Brain systems at 0.6 mg/kg (schematic). Online: Limbic system (still firing without "
      "prefrontal control); Thalamocortical & sensory integration. Fading: Prefrontal cortex; "
      "Default-mode network. Offline: Spinal cord & thalamic pain pathways.", TRUE },
    { 0.2, "Analgesia", "0.20 mg/kg, Analgesia",
      "Brain systems at 0.2 mg/kg (schematic). Online: Prefrontal cortex; Limbic system; "
      "Default-mode network; Thalamocortical & sensory integration. Fading: Spinal cord & "
      "thalamic pain pathways.", TRUE },
    { 0.35, "Between Analgesia and Emergence", "0.35 mg/kg, Between Analgesia and Emergence",
      NULL, FALSE },
    { 0.9, "Between Emergence and Dissociative anesthesia",
      "0.90 mg/kg, Between Emergence and Dissociative anesthesia", NULL, FALSE },
    { 1.5, "Dissociative anesthesia", "1.50 mg/kg, Dissociative anesthesia",
      "Brain systems at 1.5 mg/kg (schematic). Offline: Spinal cord & thalamic pain pathways; "
      "Prefrontal cortex; Limbic system; Default-mode network; Thalamocortical & sensory "
      "integration.", TRUE },
    { 0, "Below the analgesic zone", "0.00 mg/kg, Below the analgesic zone",
      "Brain systems at 0 mg/kg (schematic). Online: Spinal cord & thalamic pain pathways; "
      "Prefrontal cortex; Limbic system; Default-mode network; Thalamocortical & sensory "
      "integration.", FALSE },
    { 2.5, "Above 2 mg/kg", "2.50 mg/kg, Above 2 mg/kg", NULL, FALSE },
  };
  GtkWidget *scale = child (fixture, "scale");
  GtkWidget *brain = child (fixture, "brain_view");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("dose %g", cases[i].dose);
      set_dose (fixture, cases[i].dose);
      g_assert_cmpfloat (kg_dose_page_get_dose (fixture->page), ==, cases[i].dose);
      g_assert_cmpstr (shown_text (fixture, "title"), ==, cases[i].title);
      g_assert_cmpstr (label_text (fixture, "zone_chip"), ==, cases[i].title);
      gtk_test_accessible_assert_property (scale, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                           cases[i].value_text);
      if (cases[i].description != NULL)
        gtk_test_accessible_assert_property (brain, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                             cases[i].description);
      g_assert_true ((shown (fixture, "physiology") != NULL) == cases[i].details);
      g_assert_true ((shown (fixture, "message") != NULL) != cases[i].details);
      /* Sources are always shown. */
      g_assert_true (g_str_has_prefix (shown_text (fixture, "sources"), "• "));
    }

  /* The emergence zone alone explains itself and the benzodiazepines. */
  set_dose (fixture, 0.6);
  g_assert_true (g_str_has_prefix (shown_text (fixture, "why"),
                                   "Partial cortical shutdown is worse than full shutdown."));
  g_assert_true (g_str_has_prefix (shown_text (fixture, "benzodiazepines"),
                                   "Benzodiazepines suppress limbic overactivity"));
  g_assert_cmpstr (shown_text (fixture, "takeaway"), ==,
                   "This is partial cortical shutdown, not yet dissociation.");
  g_assert_cmpstr (shown_text (fixture, "plasma"), ==,
                   "100–250 ng/mL after 0.5 mg/kg infused over 40 minutes");
  g_assert_nonnull (strstr (shown_text (fixture, "sources"), "Pharmacological Reviews"));
  set_dose (fixture, 0.2);
  g_assert_null (shown (fixture, "why"));
  g_assert_null (shown (fixture, "benzodiazepines"));
  g_assert_cmpstr (shown_text (fixture, "subtitle"), ==,
                   "Low dose · the pain dose · 0.1–0.3 mg/kg");
  g_assert_cmpstr (shown_text (fixture, "appearance"), ==, "Awake, oriented and often calm.");

  set_dose (fixture, 0.35);
  g_assert_cmpstr (shown_text (fixture, "subtitle"), ==, "0.3–0.4 mg/kg");
  g_assert_cmpstr (shown_text (fixture, "message"), ==,
                   "The patient is in transition between Analgesia and Emergence. The source "
                   "describes the zones on either side, not the doses in this gap; drag to "
                   "either side to read them.");
  set_dose (fixture, 0.05);
  g_assert_cmpstr (shown_text (fixture, "message"), ==,
                   "No clinical effect is described below 0.1 mg/kg. The zones start at the "
                   "analgesic (pain) dose.");
  set_dose (fixture, 2.05);
  g_assert_true (g_str_has_prefix (shown_text (fixture, "message"),
                                   "This is outside what the source covers"));
}

/* The keys a slider has: arrows by a step, Page Up/Down by five, Home/End. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *scale = child (fixture, "scale");
  gboolean handled = FALSE;

  set_dose (fixture, 0.6);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_RIGHT);
  g_assert_cmpfloat_with_epsilon (kg_dose_page_get_dose (fixture->page), 0.65, 1e-9);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_LEFT);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_LEFT);
  g_assert_cmpfloat_with_epsilon (kg_dose_page_get_dose (fixture->page), 0.55, 1e-9);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_PAGE_RIGHT);
  g_assert_cmpfloat_with_epsilon (kg_dose_page_get_dose (fixture->page), 0.8, 1e-9);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_END);
  g_assert_cmpfloat (kg_dose_page_get_dose (fixture->page), ==, 2.5);
  g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_START);
  g_assert_cmpfloat (kg_dose_page_get_dose (fixture->page), ==, 0);
  g_assert_cmpstr (label_text (fixture, "value_label"), ==, "0.00 mg/kg");
  /* Anything in between lands on a step. */
  g_signal_emit_by_name (scale, "change-value", GTK_SCROLL_JUMP, 0.613, &handled);
  g_assert_cmpfloat (kg_dose_page_get_dose (fixture->page), ==, 0.6);
}

/* Each zone button puts the slider in the middle of its zone. */
static void
test_zone_buttons (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct
  {
    double      dose;
    const char *title;
  } expected[] = {
    { 0.2, "Analgesia" },
    { 0.6, "Emergence" },
    { 1.5, "Dissociative anesthesia" },
  };
  GtkWidget *box = child (fixture, "zone_buttons");
  GtkWidget *button = gtk_widget_get_first_child (box);

  set_dose (fixture, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++, button = gtk_widget_get_next_sibling (button))
    {
      g_assert_nonnull (button);
      click (button);
      gtk_test_widget_wait_for_draw (fixture->window);
      g_assert_cmpfloat_with_epsilon (kg_dose_page_get_dose (fixture->page), expected[i].dose,
                                      1e-9);
      g_assert_cmpstr (shown_text (fixture, "title"), ==, expected[i].title);
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
      /* Pressing the current zone again keeps it pressed. */
      click (button);
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
    }
  g_assert_null (button);

  /* In a gap no zone is pressed. */
  set_dose (fixture, 0.9);
  for (button = gtk_widget_get_first_child (box); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
}

static void
type_weight (Fixture    *fixture,
             const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, "weight_entry")), text);
  gtk_test_widget_wait_for_draw (fixture->window);
}

/* The weight turns mg/kg into mg; a bad weight gets a message and no figures. */
static void
test_weight (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct
  {
    const char *text;
    const char *message;
  } bad[] = {
    { "", "Enter a weight to see the doses in mg." },
    { "0", "The weight cannot be zero." },
    { "-5", "The weight cannot be negative." },
    { "seventy", "“seventy” is not a number. Enter the weight in kilograms, for example 70." },
    { "351", "More than 350 kg (771.6 lb) is not a plausible weight. Check the number." },
  };
  GtkWidget *mg_box = child (fixture, "mg_box");
  GtkWidget *error = child (fixture, "weight_error");
  GtkWidget *zone_mg = child (fixture, "zone_mg_box");

  set_dose (fixture, 0.3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "weight_entry"))), ==,
                   "70");
  g_assert_true (gtk_widget_get_visible (mg_box));
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==, "0.3 mg/kg × 70 kg = 21 mg");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (zone_mg))), ==,
                   "Analgesia: 0.1–0.3 mg/kg × 70 kg = 7–21 mg");

  type_weight (fixture, "80");
  g_assert_cmpfloat (kg_dose_page_get_weight_kg (fixture->page), ==, 80);
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==, "0.3 mg/kg × 80 kg = 24 mg");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (zone_mg))), ==,
                   "Dissociative anesthesia: 1–2 mg/kg × 80 kg = 80–160 mg");
  set_dose (fixture, 1.5);
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==, "1.5 mg/kg × 80 kg = 120 mg");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      type_weight (fixture, bad[i].text);
      g_assert_true (gtk_widget_get_visible (error));
      g_assert_cmpstr (label_text (fixture, "weight_error"), ==, bad[i].message);
      g_assert_false (gtk_widget_get_visible (mg_box));
      /* The last good weight is kept (and stays in the settings). */
      g_assert_cmpfloat (kg_dose_page_get_weight_kg (fixture->page), ==, 80);
    }

  type_weight (fixture, "62,5");
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_true (gtk_widget_get_visible (mg_box));
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==,
                   "1.5 mg/kg × 62.5 kg = 93.8 mg");

  /* Pounds: the entry converts, the weight in kg stays. */
  click (child (fixture, "lb_button"));
  g_assert_cmpstr (kg_dose_page_get_weight_unit (fixture->page), ==, "lb");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "weight_entry"))), ==,
                   "137.8");
  g_assert_cmpfloat (kg_dose_page_get_weight_kg (fixture->page), ==, 62.5);
  type_weight (fixture, "154");
  g_assert_cmpfloat_with_epsilon (kg_dose_page_get_weight_kg (fixture->page), 69.853225, 1e-6);
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==,
                   "1.5 mg/kg × 69.9 kg = 104.8 mg");
  type_weight (fixture, "800");
  g_assert_cmpstr (label_text (fixture, "weight_error"), ==,
                   "More than 350 kg (771.6 lb) is not a plausible weight. Check the number.");
  type_weight (fixture, "x");
  g_assert_cmpstr (label_text (fixture, "weight_error"), ==,
                   "“x” is not a number. Enter the weight in pounds, for example 154.");
  /* Back to kg with a bad entry: judged again in kg. */
  kg_dose_page_set_weight_unit (fixture->page, "kg");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child (fixture, "kg_button"))));
  g_assert_cmpstr (label_text (fixture, "weight_error"), ==,
                   "“x” is not a number. Enter the weight in kilograms, for example 70.");

  /* A weight from the settings replaces a bad entry. */
  kg_dose_page_set_weight_kg (fixture->page, 90);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "weight_entry"))), ==,
                   "90");
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==, "1.5 mg/kg × 90 kg = 135 mg");
}

/* Language and patient wording re-render the text and keep the dose. */
static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *brain = child (fixture, "brain_view");

  set_dose (fixture, 0.6);
  kg_dose_page_set_language (fixture->page, "es");
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpstr (shown_text (fixture, "title"), ==, "Emergencia");
  kg_dose_page_set_patient_wording (fixture->page, TRUE);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpstr (shown_text (fixture, "title"), ==, "Dosis intermedia");
  gtk_test_accessible_assert_property (brain, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Brain systems at 0,6 mg/kg (schematic). Online: Cerebro "
                                       "emocional (sigue activo, sin freno); Conciencia del "
                                       "entorno. Fading: Parte frontal del cerebro; Sentido de "
                                       "uno mismo. Offline: Señales de dolor.");
  g_assert_cmpfloat_with_epsilon (kg_dose_page_get_dose (fixture->page), 0.6, 1e-9);
  kg_dose_page_set_language (fixture->page, "en");
  kg_dose_page_set_patient_wording (fixture->page, FALSE);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpstr (shown_text (fixture, "title"), ==, "Emergence");
}

/* The picture animates to a new dose, or jumps when animations are off. */
static void
test_animation (Fixture       *fixture,
                gconstpointer  data)
{
  KgBrainView *brain = KG_BRAIN_VIEW (child (fixture, "brain_view"));
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (brain));

  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  set_dose (fixture, 0);
  wait_ms (400);
  g_assert_cmpfloat (kg_brain_view_get_shown_activity (brain, 1), ==, 1);

  set_dose (fixture, 1.5);
  /* On its way: the prefrontal cortex is between 1 and its target. */
  g_assert_cmpfloat (kg_brain_view_get_shown_activity (brain, 1), >, 0.1);
  wait_ms (400);
  g_assert_cmpfloat_with_epsilon (kg_brain_view_get_shown_activity (brain, 1), 0.116666667, 1e-6);

  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  gtk_range_set_value (GTK_RANGE (child (fixture, "scale")), 0);
  g_assert_cmpfloat (kg_brain_view_get_shown_activity (brain, 1), ==, 1);
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
}

/* The page is first in the window, and its weight is remembered in GSettings. */
static void
test_window (void)
{
  g_autoptr (KgApplication) app = kg_application_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *unit = NULL;
  GSettings *settings;
  KgWindow *window;
  GtkWidget *page;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kg_application_load_content (app, NULL, &error));
  settings = kg_application_get_settings (app);
  g_settings_set_double (settings, "weight-kg", 82);
  g_settings_set_string (settings, "weight-unit", "kg");

  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  page = kg_window_get_page (window, "dose");
  g_assert_true (KG_IS_DOSE_PAGE (page));
  g_assert_true (gtk_widget_get_first_child (GTK_WIDGET (kg_window_get_stack (window))) != NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (kg_window_get_stack (window)), ==,
                   "dose");
  g_assert_cmpfloat (kg_dose_page_get_weight_kg (KG_DOSE_PAGE (page)), ==, 82);

  kg_dose_page_set_weight_unit (KG_DOSE_PAGE (page), "lb");
  unit = g_settings_get_string (settings, "weight-unit");
  g_assert_cmpstr (unit, ==, "lb");
  kg_dose_page_set_weight_kg (KG_DOSE_PAGE (page), 64);
  g_assert_cmpfloat (g_settings_get_double (settings, "weight-kg"), ==, 64);
  g_settings_set_double (settings, "weight-kg", 75);
  g_assert_cmpfloat (kg_dose_page_get_weight_kg (KG_DOSE_PAGE (page)), ==, 75);
  g_settings_set_string (settings, "weight-unit", "kg");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The numbers a reader sees follow the display language, whatever the
 * process locale (the suite also runs under es_ES.UTF-8 and de_DE.UTF-8). */
static void
test_numbers (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *zone_mg = child (fixture, "zone_mg_box");

  set_dose (fixture, 0.2);
  g_assert_cmpstr (label_text (fixture, "value_label"), ==, "0.20 mg/kg");
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==, "0.2 mg/kg × 70 kg = 14 mg");
  type_weight (fixture, "72.5");
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==,
                   "0.2 mg/kg × 72.5 kg = 14.5 mg");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (zone_mg))), ==,
                   "Analgesia: 0.1–0.3 mg/kg × 72.5 kg = 7.3–21.8 mg");

  kg_dose_page_set_language (fixture->page, "es");
  g_assert_cmpstr (label_text (fixture, "value_label"), ==, "0,20 mg/kg");
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==,
                   "0,2 mg/kg × 72,5 kg = 14,5 mg");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (zone_mg))), ==,
                   "Analgesia: 0,1–0,3 mg/kg × 72,5 kg = 7,3–21,8 mg");
  set_dose (fixture, 1.5);
  g_assert_cmpstr (label_text (fixture, "value_label"), ==, "1,50 mg/kg");
  g_assert_cmpstr (label_text (fixture, "current_mg_label"), ==,
                   "1,5 mg/kg × 72,5 kg = 108,8 mg");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();

  g_test_add ("/kg/dose-page/slider", Fixture, NULL, fixture_set_up, test_slider,
              fixture_tear_down);
  g_test_add ("/kg/dose-page/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/kg/dose-page/zone-buttons", Fixture, NULL, fixture_set_up, test_zone_buttons,
              fixture_tear_down);
  g_test_add ("/kg/dose-page/weight", Fixture, NULL, fixture_set_up, test_weight,
              fixture_tear_down);
  g_test_add ("/kg/dose-page/language", Fixture, NULL, fixture_set_up, test_language,
              fixture_tear_down);
  g_test_add ("/kg/dose-page/animation", Fixture, NULL, fixture_set_up, test_animation,
              fixture_tear_down);
  g_test_add ("/kg/dose-page/numbers", Fixture, NULL, fixture_set_up, test_numbers,
              fixture_tear_down);
  g_test_add_func ("/kg/dose-page/window", test_window);

  return g_test_run ();
}
