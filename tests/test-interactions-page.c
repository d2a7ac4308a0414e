/* test-interactions-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "kg-window.h"
#include "pages/kg-interaction-row.h"
#include "pages/kg-interactions-page.h"
#include "kg-test-locale.h"

/* One application for the whole run: it owns the loaded content. */
static KgApplication *app;

typedef struct
{
  KgWindow       *window;
  GtkWidget      *page;
  GtkSearchEntry *entry;
  GtkListBox     *list;
  GtkLabel       *results_label;
} Fixture;

static gpointer
child (GtkWidget  *page,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (page, KG_TYPE_INTERACTIONS_PAGE, name);

  g_assert_nonnull (object);
  return object;
}

/* The real window at @width × @height, showing the Contraindications page. */
static void
open_window (Fixture *fixture,
             int      width,
             int      height)
{
  fixture->window = kg_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  adw_view_stack_set_visible_child_name (kg_window_get_stack (fixture->window), "interactions");
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  fixture->page = kg_window_get_page (fixture->window, "interactions");
  g_assert_true (KG_IS_INTERACTIONS_PAGE (fixture->page));
  fixture->entry = child (fixture->page, "search_entry");
  fixture->list = child (fixture->page, "list_box");
  fixture->results_label = child (fixture->page, "results_label");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  open_window (fixture, 1280, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = fixture->page;

  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (page != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  /* Nothing keeps the page alive once its window is gone. */
  g_assert_null (page);
}

typedef struct
{
  const char *text;
  gboolean    done;
} Typing;

/* gtk_editable_set_text() empties the entry first, and an empty entry emits
 * "search-changed" at once: wait for the one about the whole text. */
static void
search_changed_cb (GtkEditable *entry,
                   Typing      *typing)
{
  if (g_str_equal (gtk_editable_get_text (entry), typing->text))
    typing->done = TRUE;
}

static gboolean
timed_out (gpointer data)
{
  g_error ("search-changed was not emitted");
  return G_SOURCE_REMOVE;
}

/* Types @text into the search entry and waits for the entry's own delayed
 * "search-changed", as when a user types. */
static void
type_query (Fixture    *fixture,
            const char *text)
{
  Typing typing = { text, FALSE };
  gulong handler;
  guint timeout;

  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), text))
    return;
  handler = g_signal_connect (fixture->entry, "search-changed", G_CALLBACK (search_changed_cb),
                              &typing);
  timeout = g_timeout_add_seconds (5, timed_out, NULL);
  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), text);
  while (!typing.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_signal_handler_disconnect (fixture->entry, handler);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static GtkLabel *
row_label (GtkListBoxRow *row,
           const char    *name)
{
  return GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (row), KG_TYPE_INTERACTION_ROW,
                                                   name));
}

/* The rows the list shows, in order: "id:Name" joined by spaces. */
static char *
shown_rows (Fixture *fixture)
{
  GString *shown = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (fixture->list, i)) != NULL; i++)
    {
      KgInteraction *interaction = kg_interaction_row_get_interaction (KG_INTERACTION_ROW (row));

      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
      if (i > 0)
        g_string_append_c (shown, ' ');
      g_string_append_printf (shown, "%s:%s", kg_interaction_get_id (interaction),
                              gtk_label_get_text (row_label (row, "name_label")));
    }
  return g_string_free (shown, FALSE);
}

/* Just the ids of the rows shown, in order. */
static char *
shown_ids (Fixture *fixture)
{
  GString *shown = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (fixture->list, i)) != NULL; i++)
    {
      KgInteraction *interaction = kg_interaction_row_get_interaction (KG_INTERACTION_ROW (row));

      if (i > 0)
        g_string_append_c (shown, ' ');
      g_string_append (shown, kg_interaction_get_id (interaction));
    }
  return g_string_free (shown, FALSE);
}

#define assert_shown_ids(fixture, expected)          \
  G_STMT_START                                       \
  {                                                  \
    g_autofree char *shown_ = shown_ids (fixture);   \
    g_assert_cmpstr (shown_, ==, expected);          \
  }                                                  \
  G_STMT_END

static void
test_initial (Fixture       *fixture,
              gconstpointer  data)
{
  GtkStack *results = child (fixture->page, "results_stack");
  GtkStack *detail = child (fixture->page, "detail_stack");
  GtkRoot *root = GTK_ROOT (fixture->window);
  g_autofree char *ids = shown_ids (fixture);

  /* Everything, most serious first, and focus in the search entry so that
   * typing searches at once. */
  g_assert_true (g_str_has_prefix (ids, "pregnancy psychosis raised-iop hypertension "
                                   "cns-depressants benzodiazepines "));
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "33 results");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "list");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail), ==, "none");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), GTK_WIDGET (fixture->entry)));
}

static void
test_search_brand (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *rows = NULL;

  type_query (fixture, "Prozac");
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "ssris:SSRIs (e.g. fluoxetine)");
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "1 result");

  type_query (fixture, "CYP3A4 inhibitor");
  g_free (rows);
  rows = shown_rows (fixture);
  g_assert_cmpstr (rows, ==, "clarithromycin:Clarithromycin "
                   "grapefruit-juice:Grapefruit juice "
                   "azole-antifungals:Itraconazole and ketoconazole");
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "3 results");
}

static void
test_search_ranking (Fixture       *fixture,
                     gconstpointer  data)
{
  /* St John's wort (modify) is a typo match here, so it follows the milder SSRIs. */
  type_query (fixture, "antidepressants");
  assert_shown_ids (fixture, "maois ssris st-johns-wort");
  type_query (fixture, "HIPERTENSIÓN");
  assert_shown_ids (fixture, "hypertension raised-icp");
  type_query (fixture, "benzodiazipine");
  assert_shown_ids (fixture, "benzodiazepines");
}

/* The label under @root whose text contains @part, as displayed (no markup). */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *part)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), part) != NULL)
    return GTK_LABEL (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found = find_label (c, part);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkStack *results = child (fixture->page, "results_stack");
  AdwStatusPage *empty = child (fixture->page, "empty_page");

  type_query (fixture, "zzzz");
  assert_shown_ids (fixture, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (empty)));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "Not in This List");
  g_assert_cmpstr (adw_status_page_get_description (empty), ==,
                   "“zzzz” is not in this list. Absence from this list says nothing about "
                   "safety: the list is not complete. Check a current drug reference or ask a "
                   "pharmacist.");
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "0 results");

  /* What was typed is shown as text, never as markup. */
  type_query (fixture, "<b>zq</b> & co");
  assert_shown_ids (fixture, "");
  g_assert_cmpstr (gtk_label_get_text (find_label (GTK_WIDGET (empty), "is not in this list")), ==,
                   "“<b>zq</b> & co” is not in this list. Absence from this list says nothing "
                   "about safety: the list is not complete. Check a current drug reference or "
                   "ask a pharmacist.");

  type_query (fixture, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "list");
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "33 results");
}

/* The toggle button labelled @label under @root, as a user finds it. */
static GtkToggleButton *
find_toggle (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return GTK_TOGGLE_BUTTON (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkToggleButton *found = find_toggle (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_kind_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkToggleButton *conditions = find_toggle (fixture->page, "Conditions");
  GtkToggleButton *food = find_toggle (fixture->page, "Food");
  GtkToggleButton *all = find_toggle (fixture->page, "All");
  g_autofree char *kind = NULL;

  g_assert_true (gtk_toggle_button_get_active (all));
  g_signal_emit_by_name (conditions, "clicked");
  g_assert_true (gtk_toggle_button_get_active (conditions));
  g_assert_false (gtk_toggle_button_get_active (all));
  g_object_get (fixture->page, "kind-filter", &kind, NULL);
  g_assert_cmpstr (kind, ==, "condition");
  assert_shown_ids (fixture, "pregnancy psychosis raised-iop hypertension hepatic-impairment "
                    "raised-icp ketamine-cystitis substance-use acute-illness water-safety");

  /* The filter and the search combine. */
  type_query (fixture, "hypertension");
  assert_shown_ids (fixture, "hypertension raised-icp");
  type_query (fixture, "Prozac");
  assert_shown_ids (fixture, "");
  g_assert_cmpstr (adw_status_page_get_description (child (fixture->page, "empty_page")), ==,
                   "No entry matches “Prozac” with the filters chosen. Absence from this list "
                   "says nothing about safety: the list is not complete. Check a current drug "
                   "reference or ask a pharmacist.");

  type_query (fixture, "");
  g_signal_emit_by_name (food, "clicked");
  assert_shown_ids (fixture, "st-johns-wort grapefruit-juice");
  g_signal_emit_by_name (all, "clicked");
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "33 results");
}

static void
test_severity_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkMenuButton *button = child (fixture->page, "severity_button");

  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "Any Severity");
  /* What the menu's radio items do. */
  gtk_widget_activate_action (fixture->page, "interactions.severity", "s", "avoid");
  assert_shown_ids (fixture, "pregnancy psychosis raised-iop hypertension");
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "Avoid");

  gtk_widget_activate_action (fixture->page, "interactions.severity", "s", "unrated");
  type_query (fixture, "anticonvulsant");
  assert_shown_ids (fixture, "gabapentin");

  gtk_widget_activate_action (fixture->page, "interactions.severity", "s", "all");
  assert_shown_ids (fixture, "lamotrigine gabapentin");
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "Any Severity");
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_detail_unverified (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkStack *detail = child (fixture->page, "detail_stack");
  GtkWidget *unverified = child (fixture->page, "detail_unverified_box");
  GtkBox *sources = child (fixture->page, "detail_sources_box");
  GtkListBoxRow *row;
  GtkLabel *citation;

  type_query (fixture, "gabapentin");
  row = gtk_list_box_get_row_at_index (fixture->list, 0);
  /* The row says it too, in words. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row_label (row, "unverified_label"))));
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "unverified_label")), ==,
                   "Unverified patient-guide claim");
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "severity_label")), ==, "Unrated");

  g_signal_emit_by_name (row, "activate");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail), ==, "entry");
  g_assert_true (gtk_list_box_get_selected_row (fixture->list) == row);
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_name_label")), ==,
                   "Gabapentin");
  g_assert_true (gtk_widget_get_mapped (unverified));
  g_assert_cmpstr (gtk_label_get_text (find_label (unverified, "Unverified")), ==,
                   "Unverified patient-guide claim. This comes only from a patient-written "
                   "guide; no study or prescribing information was found to support it.");
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_evidence_label")), ==,
                   "Patient guide, unverified");
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_severity_meaning_label")),
                   ==, "Unrated: No evidence was found for this claim, so it has no rating.");
  citation = GTK_LABEL (find_widget (GTK_WIDGET (sources), GTK_TYPE_LABEL));
  g_assert_true (strstr (gtk_label_get_text (citation), "002_e073f7b47afad448.txt") != NULL);
  g_assert_false (gtk_label_get_use_markup (citation));

  /* A sourced entry: no caveat, and its DOIs are links. */
  type_query (fixture, "Lamictal");
  row = gtk_list_box_get_row_at_index (fixture->list, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row_label (row, "unverified_label"))));
  g_signal_emit_by_name (row, "activate");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_name_label")), ==,
                   "Lamotrigine");
  g_assert_false (gtk_widget_get_visible (unverified));
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_evidence_label")), ==,
                   "Clinical study");
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (find_widget (GTK_WIDGET (sources),
                                                                          GTK_TYPE_LINK_BUTTON))),
                   ==, "https://doi.org/10.3390/cells11040645");

  /* A search that hides the entry being read closes it; the focus, which
   * activating the row put on it, goes to the entry, not to another row. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
  type_query (fixture, "Prozac");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail), ==, "none");
  g_assert_null (gtk_list_box_get_selected_row (fixture->list));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->entry)));
}

static void
test_escape_clears (Fixture       *fixture,
                    gconstpointer  data)
{
  type_query (fixture, "prozac");
  assert_shown_ids (fixture, "ssris");

  /* Escape in the entry: GtkSearchEntry turns it into "stop-search". */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->entry));
  g_signal_emit_by_name (fixture->entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "");
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "33 results");

  /* Escape elsewhere on the page (the page's binding). */
  type_query (fixture, "prozac");
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (fixture->list, 0)));
  g_assert_true (gtk_widget_activate_action (fixture->page, "interactions.escape", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "");
  g_assert_cmpstr (gtk_label_get_text (fixture->results_label), ==, "33 results");
}

static void
test_ctrl_f (Fixture       *fixture,
             gconstpointer  data)
{
  GtkRoot *root = GTK_ROOT (fixture->window);
  GtkWidget *toggle = GTK_WIDGET (find_toggle (fixture->page, "Drugs"));

  gtk_widget_grab_focus (toggle);
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (root), GTK_WIDGET (fixture->entry)));
  g_assert_true (gtk_widget_activate_action (fixture->page, "interactions.search", NULL));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), GTK_WIDGET (fixture->entry)));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  AdwLeaflet *leaflet;
  GtkWidget *back;
  GtkListBoxRow *row;

  /* The fixture's wide window is not needed: look at a phone-sized one. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  open_window (fixture, 360, 720);
  leaflet = child (fixture->page, "leaflet");
  back = child (fixture->page, "back_button");

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  type_query (fixture, "benzo");
  row = gtk_list_box_get_row_at_index (fixture->list, 0);
  g_signal_emit_by_name (row, "activate");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_name_label")), ==,
                   "Benzodiazepines");
  g_assert_true (gtk_widget_get_visible (back));
  g_assert_true (gtk_widget_has_focus (back));

  g_signal_emit_by_name (back, "clicked");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* Ctrl+F from the entry view brings the search back too. */
  g_signal_emit_by_name (row, "activate");
  g_assert_true (gtk_widget_activate_action (fixture->page, "interactions.search", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *ids = NULL;
  GtkListBoxRow *row;

  type_query (fixture, "lamo");
  row = gtk_list_box_get_row_at_index (fixture->list, 0);
  g_signal_emit_by_name (row, "activate");

  /* Switching the language keeps the search and the entry being read. */
  kg_interactions_page_set_language (KG_INTERACTIONS_PAGE (fixture->page), "es");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "lamo");
  g_assert_cmpstr (gtk_label_get_text (row_label (row, "name_label")), ==, "Lamotrigina");
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_name_label")), ==,
                   "Lamotrigina");
  g_assert_true (gtk_list_box_get_selected_row (fixture->list) != NULL);

  /* Names sort as shown: Embarazo, Hipertensión…, Presión ocular…, Psicosis…. */
  type_query (fixture, "");
  ids = shown_ids (fixture);
  g_assert_true (g_str_has_prefix (ids, "pregnancy hypertension raised-iop psychosis "));
  g_assert_cmpstr (gtk_label_get_text (child (fixture->page, "detail_name_label")), ==,
                   "Lamotrigina");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();

  app = kg_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kg_application_load_content (app, NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/kg/interactions-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("initial", test_initial);
  ADD ("search-brand", test_search_brand);
  ADD ("search-ranking", test_search_ranking);
  ADD ("empty-state", test_empty_state);
  ADD ("kind-filter", test_kind_filter);
  ADD ("severity-filter", test_severity_filter);
  ADD ("detail-unverified", test_detail_unverified);
  ADD ("escape-clears", test_escape_clears);
  ADD ("ctrl-f", test_ctrl_f);
  ADD ("narrow", test_narrow);
  ADD ("language", test_language);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
