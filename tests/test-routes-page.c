/* test-routes-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "pages/kg-route-column.h"
#include "pages/kg-routes-page.h"
#include "widgets/kg-bioavailability-chart.h"
#include "kg-test-locale.h"

typedef struct
{
  KgCatalog    *catalog;
  GtkWindow    *window;
  KgRoutesPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->catalog = kg_catalog_new_bundled (&error);
  g_assert_no_error (error);
  fixture->page = kg_routes_page_new (fixture->catalog);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->catalog);
}

/* Every widget of @type under @root, in tree order, skipping popovers. */
static void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (GTK_IS_POPOVER (root))
    return;
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

static GtkWidget *
find_nth (GtkWidget *root,
          GType      type,
          guint      n)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  find_all (root, type, found);
  g_assert_cmpuint (n, <, found->len);
  return g_ptr_array_index (found, n);
}

/* What the user reads: the text of every visible label, one per line. */
static void
collect_text (GtkWidget *root,
              GString   *text)
{
  if (GTK_IS_POPOVER (root) || !gtk_widget_get_visible (root))
    return;
  if (GTK_IS_LABEL (root))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
visible_text (GtkWidget *root)
{
  GString *text = g_string_new (NULL);

  collect_text (root, text);
  return g_string_free (text, FALSE);
}

#define assert_shows(text, expected)                                           \
  G_STMT_START {                                                               \
    if (strstr ((text), (expected)) == NULL)                                   \
      g_error ("expected “%s” among what is shown:\n%s", (expected), (text));  \
  } G_STMT_END

#define assert_not_shown(text, unexpected)                                     \
  G_STMT_START {                                                               \
    if (strstr ((text), (unexpected)) != NULL)                                 \
      g_error ("did not expect “%s” among what is shown:\n%s", (unexpected),   \
               (text));                                                        \
  } G_STMT_END

static guint
route_position (Fixture    *fixture,
                const char *id)
{
  GListModel *routes = kg_catalog_get_routes (fixture->catalog);

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);

      if (g_strcmp0 (kg_route_get_id (route), id) == 0)
        return i;
    }
  g_error ("no route “%s”", id);
  return 0;
}

/* Chooses a route in a column's drop-down, as a user would. */
static void
choose (Fixture    *fixture,
        GtkWidget  *column,
        const char *id)
{
  AdwComboRow *chooser = ADW_COMBO_ROW (find_nth (column, ADW_TYPE_COMBO_ROW, 0));

  adw_combo_row_set_selected (chooser, route_position (fixture, id));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
test_default_comparison (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *first = find_nth (GTK_WIDGET (fixture->page), KG_TYPE_ROUTE_COLUMN, 0);
  GtkWidget *second = find_nth (GTK_WIDGET (fixture->page), KG_TYPE_ROUTE_COLUMN, 1);
  g_autofree char *a = visible_text (first);
  g_autofree char *b = visible_text (second);

  /* "How much of a sublingual dose reaches the blood, compared with IV?" */
  g_assert_cmpstr (kg_route_get_id (kg_route_column_get_route (KG_ROUTE_COLUMN (first))), ==,
                   "sublingual");
  assert_shows (a, "29% (range 25–32%)");
  assert_shows (a, "29% (90% CI 27–31%)");
  assert_shows (a, "Healthy men, 25 mg sublingual wafer · n\u00a0=\u00a0" "8");
  assert_shows (a, "Sources: Rolan et al. 2014");
  assert_shows (a, "32 ± 17% (mean ± SD)");
  assert_shows (a, "Sources: Chong et al. 2006");
  assert_shows (a, "45 min (range 15–60 min)");
  assert_shows (a, "Cost (US prices as reported in a patient guide)");
  assert_shows (a, "About $75–90 for the equivalent of 4 IV sessions.");
  assert_shows (a, "• Keep the saliva under the tongue as long as possible");

  g_assert_cmpstr (kg_route_get_id (kg_route_column_get_route (KG_ROUTE_COLUMN (second))), ==,
                   "iv");
  assert_shows (b, "Bioavailability (share reaching the blood)\n100%\n");
  assert_shows (b, "2 min\n");
  assert_shows (b, "An anaesthetic dose (2 mg/kg) acts within 30 seconds.");
  assert_shows (b, "Sources: Ketalar (ketamine hydrochloride) injection");
}

static void
test_choose_routes (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *first = find_nth (GTK_WIDGET (fixture->page), KG_TYPE_ROUTE_COLUMN, 0);
  GtkWidget *second = find_nth (GTK_WIDGET (fixture->page), KG_TYPE_ROUTE_COLUMN, 1);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  choose (fixture, first, "intranasal");
  choose (fixture, second, "oral");
  a = visible_text (first);
  b = visible_text (second);

  /* The sources that disagree, side by side with their own figures. */
  assert_shows (a, "45% (range 11–50%)");
  assert_shows (a, "45–50%\nPatient guide (no study named)\nSources: Patient guide");
  assert_shows (a, "45%\nHealthy Japanese volunteers, 25 mg nasal spray · n\u00a0=\u00a0" "3\n"
                   "Sources: Yanagihara et al. 2003");
  assert_shows (a, "50%\nChildren aged 2–9 under anaesthesia, 3 and 9 mg/kg\n"
                   "Sources: Malinovsky et al. 1996");
  assert_shows (a, "11–17% across doses\nAdults, 10, 30 and 50 mg nasal\n");
  assert_shows (a, "Sources: Pharmacotherapy 2022");
  assert_shows (a, "20 min (range 14–23 min)");
  assert_not_shown (a, "Rolan");

  assert_shows (b, "20% (range 17–23%)");
  assert_shows (b, "23 ± 9% (mean ± SD)");
  assert_shows (b, "8%\nHealthy volunteers, oral S-ketamine · S-ketamine (esketamine)\n"
                   "Sources: Fanta et al. 2015");
  assert_shows (b, "60 min\n");
  assert_shows (b, "more norketamine than ketamine reaches the blood");
  /* The guide gives no onset for oral doses: nothing is made up. */
  assert_shows (b, "Onset\nNot reported in the sources\n");

  /* A limited-data route shows no figure at all. */
  choose (fixture, second, "transdermal");
  c = visible_text (second);
  assert_shows (c, "Limited data\n");
  assert_shows (c, "Limited data: the sources mention this route but give no figures.");
  assert_shows (c, "Time to peak in the blood\nNot reported in the sources\n");
  assert_not_shown (c, "%");
}

static void
test_esketamine_flag (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *first = find_nth (GTK_WIDGET (fixture->page), KG_TYPE_ROUTE_COLUMN, 0);
  g_autofree char *a = NULL;

  choose (fixture, first, "esketamine-nasal");
  a = visible_text (first);
  assert_shows (a, "Esketamine: not directly comparable\n");
  assert_shows (a, "48%\n");
  assert_shows (a, "30 min (range 20–40 min)");
  assert_shows (a, "at least 2 hours of observation after each dose");
}

static const char *
label_with_class (Fixture    *fixture,
                  const char *css_class)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  find_all (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class))
        return gtk_label_get_text (g_ptr_array_index (labels, i));
    }
  g_error ("no label with class %s", css_class);
  return NULL;
}

static void
test_explorer (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *explorer = find_nth (GTK_WIDGET (fixture->page), ADW_TYPE_PREFERENCES_GROUP, 0);
  AdwComboRow *from = ADW_COMBO_ROW (find_nth (explorer, ADW_TYPE_COMBO_ROW, 0));
  AdwComboRow *to = ADW_COMBO_ROW (find_nth (explorer, ADW_TYPE_COMBO_ROW, 1));
  GtkSpinButton *dose = GTK_SPIN_BUTTON (find_nth (explorer, GTK_TYPE_SPIN_BUTTON, 0));
  g_autofree char *page_text = NULL;

  /* It opens on the guide's example: 200 mg troche → IV. */
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 58 mg IV (range 50–64 mg)");
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-working"), ==,
                   "200 mg × 29% (Sublingual) ÷ 100% (IV) = 58 mg. Range: 200 mg × 25% ÷ 100% "
                   "= 50 mg to 200 mg × 32% ÷ 100% = 64 mg, from the lowest and highest figures "
                   "of each route.");
  page_text = visible_text (GTK_WIDGET (fixture->page));
  assert_shows (page_text, "Exactly 50 mg corresponds to a bioavailability of 25%, the low end "
                           "of the range.");
  assert_shows (page_text, "compares systemic exposure only");
  assert_shows (page_text, "Educational, not a prescription.");

  /* Limited-data routes are not offered. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (from)), ==, "From route");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (from)), ==, 8);

  /* 100 mg intranasal → IV: the sources' whole range. */
  adw_combo_row_set_selected (from, 2);
  gtk_spin_button_set_value (dose, 100);
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 45 mg IV (range 11–50 mg)");

  /* 50 mg IV → sublingual. */
  adw_combo_row_set_selected (from, 0);
  adw_combo_row_set_selected (to, 4);
  gtk_spin_button_set_value (dose, 50);
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 172 mg Sublingual (range 156–200 mg)");
  page_text = (g_free (page_text), visible_text (GTK_WIDGET (fixture->page)));
  assert_not_shown (page_text, "One of these figures is for esketamine");

  /* Esketamine figures are flagged as not directly comparable. */
  adw_combo_row_set_selected (from, 3);
  page_text = (g_free (page_text), visible_text (GTK_WIDGET (fixture->page)));
  assert_shows (page_text, "One of these figures is for esketamine (S-ketamine)");
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 83 mg Sublingual (range 75–96 mg)");

  /* The button puts the guide's example back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "routes.show-example", NULL);
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 58 mg IV (range 50–64 mg)");
  g_assert_cmpfloat (gtk_spin_button_get_value (dose), ==, 200);
  page_text = (g_free (page_text), visible_text (GTK_WIDGET (fixture->page)));
  assert_not_shown (page_text, "One of these figures is for esketamine");
}

static void
test_chart_description (Fixture       *fixture,
                        gconstpointer  data)
{
  KgBioavailabilityChart *chart =
    KG_BIOAVAILABILITY_CHART (find_nth (GTK_WIDGET (fixture->page),
                                        KG_TYPE_BIOAVAILABILITY_CHART, 0));

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_cmpstr (kg_bioavailability_chart_get_description (chart), ==,
                   "Share of the dose that reaches the blood unchanged, by route. IV: 100%; "
                   "IM: 93%; Intranasal: 45% (11–50%); Spravato: 48% (esketamine, not directly "
                   "comparable); Sublingual: 29% (25–32%); Thin film: 26% (esketamine, not "
                   "directly comparable); Oral: 20% (17–23%); Rectal: 30% (25–30%); "
                   "Transdermal: limited data; Nebulised: limited data.");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, 10 * 32);
}

/* Language and wording change the text, not what was chosen. */
static void
test_language_keeps_state (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *first = find_nth (GTK_WIDGET (fixture->page), KG_TYPE_ROUTE_COLUMN, 0);
  KgBioavailabilityChart *chart =
    KG_BIOAVAILABILITY_CHART (find_nth (GTK_WIDGET (fixture->page),
                                        KG_TYPE_BIOAVAILABILITY_CHART, 0));
  g_autofree char *spanish = NULL;
  g_autofree char *patient = NULL;

  choose (fixture, first, "oral");
  kg_routes_page_set_language (fixture->page, "es");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  g_assert_cmpstr (kg_route_get_id (kg_route_column_get_route (KG_ROUTE_COLUMN (first))), ==,
                   "oral");
  spanish = visible_text (first);
  assert_shows (spanish, "Se traga en tableta o líquido");
  assert_shows (spanish, "Voluntarios japoneses sanos, dos tabletas de 25 mg · n\u00a0=\u00a0" "3");
  g_assert_nonnull (strstr (kg_bioavailability_chart_get_description (chart), "Película: 26%"));
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 58 mg IV (range 50–64 mg)");

  kg_routes_page_set_language (fixture->page, "en");
  kg_routes_page_set_patient_wording (fixture->page, TRUE);
  patient = visible_text (first);
  assert_shows (patient, "Swallowed. The liver breaks down most of it");
  g_assert_cmpstr (kg_route_get_id (kg_route_column_get_route (KG_ROUTE_COLUMN (first))), ==,
                   "oral");
}

/* The explorer's figures follow the display language, whatever the process
 * locale (the suite also runs under es_ES.UTF-8 and de_DE.UTF-8). */
static void
test_numbers (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *explorer = find_nth (GTK_WIDGET (fixture->page), ADW_TYPE_PREFERENCES_GROUP, 0);
  GtkSpinButton *dose = GTK_SPIN_BUTTON (find_nth (explorer, GTK_TYPE_SPIN_BUTTON, 0));

  /* 20 mg sublingual → IV: figures under 10 mg keep a decimal. */
  gtk_spin_button_set_value (dose, 20);
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 5.8 mg IV (range 5–6.4 mg)");
  kg_routes_page_set_language (fixture->page, "es");
  g_assert_cmpstr (label_with_class (fixture, "kg-equivalence-result"), ==,
                   "≈ 5,8 mg IV (range 5–6,4 mg)");
  g_assert_cmpfloat (gtk_spin_button_get_value (dose), ==, 20);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/kg/routes-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("default-comparison", test_default_comparison);
  ADD ("choose-routes", test_choose_routes);
  ADD ("esketamine-flag", test_esketamine_flag);
  ADD ("explorer", test_explorer);
  ADD ("chart-description", test_chart_description);
  ADD ("language-keeps-state", test_language_keeps_state);
  ADD ("numbers", test_numbers);
#undef ADD

  return g_test_run ();
}
