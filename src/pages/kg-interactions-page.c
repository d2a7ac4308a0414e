/* kg-interactions-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "kg-interactions-page.h"
#include "kg-interaction-row.h"
#include "model/kg-search.h"
#include "widgets/kg-flow-layout.h"

struct _KgInteractionsPage
{
  AdwBin            parent_instance;

  /* Template widgets */
  AdwLeaflet       *leaflet;
  GtkSearchEntry   *search_entry;
  GtkMenuButton    *severity_button;
  GtkLabel         *results_label;
  GtkStack         *results_stack;
  GtkListBox       *list_box;
  AdwStatusPage    *empty_page;
  GtkButton        *back_button;
  GtkStack         *detail_stack;
  GtkScrolledWindow *detail_scroller;
  GtkLabel         *detail_name_label;
  GtkLabel         *detail_brands_label;
  GtkLabel         *detail_severity_label;
  GtkLabel         *detail_kind_label;
  GtkWidget        *detail_unverified_box;
  GtkLabel         *detail_severity_meaning_label;
  GtkLabel         *detail_effect_label;
  GtkLabel         *detail_mechanism_label;
  GtkLabel         *detail_action_label;
  GtkWidget        *detail_applies_box;
  GtkLabel         *detail_applies_label;
  GtkLabel         *detail_evidence_label;
  GtkBox           *detail_sources_box;

  /* Owned */
  KgCatalog        *catalog;
  KgSearch         *search;
  GListStore       *results;          /* what the list shows, in order */
  KgInteraction    *selected;
  char             *language;
  char             *kind_filter;
  char             *severity_filter;
  gboolean          patient_wording;
};

G_DEFINE_FINAL_TYPE (KgInteractionsPage, kg_interactions_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_LANGUAGE,
  PROP_PATIENT_WORDING,
  PROP_KIND_FILTER,
  PROP_SEVERITY_FILTER,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

/* Whether @interaction passes the kind and severity filters. */
static gboolean
passes_filters (KgInteractionsPage *self,
                KgInteraction      *interaction)
{
  if (g_strcmp0 (self->kind_filter, "all") != 0 &&
      g_strcmp0 (self->kind_filter,
                 kg_interaction_kind_to_string (kg_interaction_get_kind (interaction))) != 0)
    return FALSE;
  if (g_strcmp0 (self->severity_filter, "all") != 0 &&
      g_strcmp0 (self->severity_filter,
                 kg_severity_to_string (kg_interaction_get_severity (interaction))) != 0)
    return FALSE;
  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KgInteractionsPage *self = user_data;

  return GTK_WIDGET (kg_interaction_row_new (item, self->language, self->patient_wording));
}

static gboolean
is_showing_detail_alone (KgInteractionsPage *self)
{
  return adw_leaflet_get_folded (self->leaflet) &&
         g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0;
}

static const char *
get_text (KgInteractionsPage *self,
          KgText             *text)
{
  return kg_text_get (text, self->language, self->patient_wording);
}

static GtkWidget *
create_source (KgInteractionsPage *self,
               const char         *id)
{
  KgReference *reference = kg_catalog_lookup_reference (self->catalog, id);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *citation = NULL;
  g_autofree char *uri = NULL;
  GtkWidget *label;

  /* The loader refuses dangling source ids; show the id rather than nothing. */
  if (reference == NULL)
    citation = g_strdup (id);
  else if (kg_reference_get_note (reference) != NULL)
    {
      g_autofree char *formatted = kg_reference_format (reference, self->language);

      citation = g_strdup_printf ("%s (%s)", formatted,
                                  get_text (self, kg_reference_get_note (reference)));
    }
  else
    citation = kg_reference_format (reference, self->language);

  label = gtk_label_new (citation);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  if (reference != NULL && (uri = kg_reference_dup_doi_uri (reference)) != NULL)
    {
      GtkWidget *link = gtk_link_button_new (uri);
      GtkWidget *link_label = gtk_button_get_child (GTK_BUTTON (link));
      g_autofree char *name = g_strdup_printf (_("Open DOI %s"), kg_reference_get_doi (reference));

      /* A DOI is long and has no spaces: let it break anywhere on narrow screens. */
      if (GTK_IS_LABEL (link_label))
        {
          gtk_label_set_wrap (GTK_LABEL (link_label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (link_label), PANGO_WRAP_CHAR);
          gtk_label_set_xalign (GTK_LABEL (link_label), 0);
        }
      gtk_widget_set_halign (link, GTK_ALIGN_START);
      gtk_widget_add_css_class (link, "kg-doi");
      gtk_accessible_update_property (GTK_ACCESSIBLE (link),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_box_append (GTK_BOX (box), link);
    }
  return box;
}

static void
render_detail (KgInteractionsPage *self)
{
  KgInteraction *interaction = self->selected;
  const char * const *sources;
  g_autofree char *brands = NULL;
  g_autofree char *severity_meaning = NULL;
  KgSeverity severity;
  KgEvidence evidence;
  KgText *applies_to;
  GtkWidget *child;

  if (interaction == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  severity = kg_interaction_get_severity (interaction);
  brands = kg_interaction_row_dup_brands (interaction);
  gtk_label_set_text (self->detail_name_label,
                      get_text (self, kg_interaction_get_name (interaction)));
  if (brands != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Brands: %s"), brands);

      gtk_label_set_text (self->detail_brands_label, line);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->detail_brands_label), brands != NULL);

  gtk_label_set_text (self->detail_severity_label, kg_interaction_row_severity_title (severity));
  for (KgSeverity s = KG_SEVERITY_AVOID; s <= KG_SEVERITY_UNRATED; s++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->detail_severity_label),
                                 kg_interaction_row_severity_css_class (s));
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_severity_label),
                            kg_interaction_row_severity_css_class (severity));
  gtk_label_set_text (self->detail_kind_label,
                      kg_interaction_row_kind_title (kg_interaction_get_kind (interaction)));

  gtk_widget_set_visible (self->detail_unverified_box,
                          kg_interaction_get_evidence (interaction) == KG_EVIDENCE_PATIENT_GUIDE);

  /* TRANSLATORS: a severity ("Modify") and the sentence saying what it means */
  severity_meaning = g_strdup_printf (_("%s: %s"), kg_interaction_row_severity_title (severity),
                                      kg_interaction_row_severity_meaning (severity));
  gtk_label_set_text (self->detail_severity_meaning_label, severity_meaning);
  gtk_label_set_text (self->detail_effect_label,
                      get_text (self, kg_interaction_get_effect (interaction)));
  gtk_label_set_text (self->detail_mechanism_label,
                      get_text (self, kg_interaction_get_mechanism (interaction)));
  gtk_label_set_text (self->detail_action_label,
                      get_text (self, kg_interaction_get_action (interaction)));
  applies_to = kg_interaction_get_applies_to (interaction);
  gtk_label_set_text (self->detail_applies_label,
                      applies_to != NULL ? get_text (self, applies_to) : "");
  gtk_widget_set_visible (self->detail_applies_box, applies_to != NULL);
  evidence = kg_interaction_get_evidence (interaction);
  gtk_label_set_text (self->detail_evidence_label, kg_interaction_row_evidence_title (evidence));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_sources_box))) != NULL)
    gtk_box_remove (self->detail_sources_box, child);
  sources = kg_interaction_get_sources (interaction);
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    gtk_box_append (self->detail_sources_box, create_source (self, sources[i]));

  gtk_stack_set_visible_child_name (self->detail_stack, "entry");
}

static void
show_detail (KgInteractionsPage *self,
             KgInteraction      *interaction)
{
  if (self->selected == interaction)
    return;

  g_set_object (&self->selected, interaction);
  render_detail (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
}

static gboolean
find_result (KgInteractionsPage *self,
             KgInteraction      *interaction,
             guint              *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgInteraction) item = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      if (item == interaction)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
has_filters (KgInteractionsPage *self)
{
  return g_strcmp0 (self->kind_filter, "all") != 0 || g_strcmp0 (self->severity_filter, "all") != 0;
}

static void
update_empty_page (KgInteractionsPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (query));

  if (stripped[0] != '\0' && has_filters (self))
    description = g_strdup_printf (_("No entry matches “%s” with the filters chosen. Absence "
                                     "from this list says nothing about safety: the list is "
                                     "not complete. Check a current drug reference or ask a "
                                     "pharmacist."), stripped);
  else if (stripped[0] != '\0')
    description = g_strdup_printf (_("“%s” is not in this list. Absence from this list says "
                                     "nothing about safety: the list is not complete. Check a "
                                     "current drug reference or ask a pharmacist."), stripped);
  else
    description = g_strdup (_("No entry matches the filters chosen."));

  /* AdwStatusPage shows its description as markup; what was typed is plain text. */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->empty_page, escaped);
}

static void
update_results (KgInteractionsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result",
                                                         "%u results", n), n);
  guint position;

  gtk_label_set_text (self->results_label, count);
  /* GTK 4.8 cannot announce; a screen reader reads the count with the entry and the list. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count,
                                  -1);

  if (n == 0)
    {
      update_empty_page (self);
      gtk_stack_set_visible_child_name (self->results_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->results_stack, "list");

  /* Rebuilt rows lose their selection: keep the entry being read selected,
   * or close it when the search no longer shows it. */
  if (self->selected != NULL && find_result (self, self->selected, &position))
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, position);

      if (gtk_list_box_get_selected_row (self->list_box) != row)
        gtk_list_box_select_row (self->list_box, row);
    }
  else if (self->selected != NULL && !is_showing_detail_alone (self))
    show_detail (self, NULL);
}

static void
results_changed_cb (KgInteractionsPage *self)
{
  update_results (self);
}

static gboolean
list_has_focus (KgInteractionsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_box));
}

/* Focuses the entry without selecting its text, so typing goes on. */
static void
focus_entry_keeping_text (KgInteractionsPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->search_entry));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TEXT (child))
        {
          gtk_text_grab_focus_without_selecting (GTK_TEXT (child));
          return;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Refiltering rebuilds the rows, and a focused row that goes away would
 * send the focus (and with it the selection) to some other row: keep the
 * focus on the row being read, or else in the search entry. */
static void
refilter (KgInteractionsPage *self)
{
  g_autoptr (GPtrArray) matches = NULL;
  g_autoptr (GPtrArray) shown = NULL;
  gboolean had_focus;
  GtkListBoxRow *row;
  guint n_before;

  if (self->results == NULL)
    return;

  /* One search, one sort (a filter model and a sort model would sort twice
   * per keystroke), then the kind and severity filters. */
  matches = kg_search_run (self->search, kg_search_get_query (self->search));
  shown = g_ptr_array_new_full (matches->len, NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      if (passes_filters (self, g_ptr_array_index (matches, i)))
        g_ptr_array_add (shown, g_ptr_array_index (matches, i));
    }

  /* The same results in the same order keep their rows, and the selection. */
  n_before = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  if (n_before == shown->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; same && i < n_before; i++)
        {
          g_autoptr (KgInteraction) item = g_list_model_get_item (G_LIST_MODEL (self->results), i);

          same = item == g_ptr_array_index (shown, i);
        }
      if (same)
        {
          update_results (self);
          return;
        }
    }

  had_focus = list_has_focus (self);
  if (had_focus)
    focus_entry_keeping_text (self);
  g_list_store_splice (self->results, 0, n_before, shown->pdata, shown->len);
  update_results (self);
  if (had_focus && (row = gtk_list_box_get_selected_row (self->list_box)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
go_back (KgInteractionsPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (KgInteractionsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Also emitted after a delay for a change already handled. */
  if (self->search == NULL || g_strcmp0 (text, kg_search_get_query (self->search)) == 0)
    return;
  kg_search_set_query (self->search, text);
  /* Typing while an entry fills a narrow window brings the results back. */
  if (is_showing_detail_alone (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  /* Whoever types is searching: the focus goes to the entry. */
  if (list_has_focus (self))
    focus_entry_keeping_text (self);
  refilter (self);
}

static void
search_started_cb (KgInteractionsPage *self)
{
  if (is_showing_detail_alone (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
stop_search_cb (KgInteractionsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
row_selected_cb (KgInteractionsPage *self,
                 GtkListBoxRow      *row)
{
  /* A NULL row comes from rows being rebuilt; update_results() decides. */
  if (row != NULL)
    show_detail (self, kg_interaction_row_get_interaction (KG_INTERACTION_ROW (row)));
}

static void
row_activated_cb (KgInteractionsPage *self,
                  GtkListBoxRow      *row)
{
  if (gtk_list_box_get_selected_row (self->list_box) != row)
    gtk_list_box_select_row (self->list_box, row);
  show_detail (self, kg_interaction_row_get_interaction (KG_INTERACTION_ROW (row)));
  /* Only when folded: AdwLeaflet moves the focus into its visible child,
   * which would take it from the list when both panes show. */
  if (adw_leaflet_get_folded (self->leaflet))
    {
      adw_leaflet_set_visible_child_name (self->leaflet, "detail");
      gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
    }
}

static void
leaflet_folded_cb (KgInteractionsPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), folded);
  /* Folding with nothing to read shows the results, never an empty pane. */
  if (folded && self->selected == NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
update_severity_button (KgInteractionsPage *self)
{
  g_autofree char *label = NULL;
  const char *title = C_("severity filter", "Any Severity");

  for (KgSeverity s = KG_SEVERITY_AVOID; s <= KG_SEVERITY_UNRATED; s++)
    {
      if (g_strcmp0 (self->severity_filter, kg_severity_to_string (s)) == 0)
        title = kg_interaction_row_severity_title (s);
    }
  gtk_menu_button_set_label (self->severity_button, title);
  label = g_strdup_printf (_("Severity filter: %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->severity_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KgInteractionsPage *self = KG_INTERACTIONS_PAGE (widget);

  if (is_showing_detail_alone (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_back (KG_INTERACTIONS_PAGE (widget));
}

static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KgInteractionsPage *self = KG_INTERACTIONS_PAGE (widget);

  if (is_showing_detail_alone (self))
    go_back (self);
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
}

/* Focus starts in the search entry, so that typing searches at once. */
static void
kg_interactions_page_map (GtkWidget *widget)
{
  KgInteractionsPage *self = KG_INTERACTIONS_PAGE (widget);
  GtkRoot *root;
  GtkWidget *focus;

  GTK_WIDGET_CLASS (kg_interactions_page_parent_class)->map (widget);

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if ((focus == NULL || !gtk_widget_is_ancestor (focus, widget)) && !is_showing_detail_alone (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
kg_interactions_page_constructed (GObject *object)
{
  KgInteractionsPage *self = (KgInteractionsPage *) object;
  GListModel *interactions;

  G_OBJECT_CLASS (kg_interactions_page_parent_class)->constructed (object);

  g_return_if_fail (KG_IS_CATALOG (self->catalog));

  interactions = kg_catalog_get_interactions (self->catalog);
  self->search = kg_search_new (interactions);
  kg_search_set_language (self->search, self->language, self->patient_wording);
  self->results = g_list_store_new (KG_TYPE_INTERACTION);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->results), create_row, self, NULL);
  /* After the list box's own handler, so the rows exist. */
  g_signal_connect_object (self->results, "items-changed", G_CALLBACK (results_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  refilter (self);
}

static void
kg_interactions_page_dispose (GObject *object)
{
  KgInteractionsPage *self = (KgInteractionsPage *) object;

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  /* The leaflet is both AdwBin's child and a template child: let AdwBin drop
   * it first, or AdwBin would unparent it again after the template freed it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_INTERACTIONS_PAGE);
  g_clear_object (&self->results);
  g_clear_object (&self->search);
  g_clear_object (&self->selected);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (kg_interactions_page_parent_class)->dispose (object);
}

static void
kg_interactions_page_finalize (GObject *object)
{
  KgInteractionsPage *self = (KgInteractionsPage *) object;

  g_free (self->language);
  g_free (self->kind_filter);
  g_free (self->severity_filter);

  G_OBJECT_CLASS (kg_interactions_page_parent_class)->finalize (object);
}

static void
kg_interactions_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KgInteractionsPage *self = (KgInteractionsPage *) object;

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PATIENT_WORDING:
      g_value_set_boolean (value, self->patient_wording);
      break;
    case PROP_KIND_FILTER:
      g_value_set_string (value, self->kind_filter);
      break;
    case PROP_SEVERITY_FILTER:
      g_value_set_string (value, self->severity_filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
is_kind (const char *value)
{
  for (KgInteractionKind kind = KG_INTERACTION_KIND_DRUG; kind <= KG_INTERACTION_KIND_FOOD; kind++)
    {
      if (g_strcmp0 (value, kg_interaction_kind_to_string (kind)) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_severity (const char *value)
{
  for (KgSeverity severity = KG_SEVERITY_AVOID; severity <= KG_SEVERITY_UNRATED; severity++)
    {
      if (g_strcmp0 (value, kg_severity_to_string (severity)) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Stores a filter value ("all" for NULL); returns whether it changed. */
static gboolean
set_filter (char       **field,
            const char  *value,
            gboolean     valid)
{
  if (value == NULL)
    value = "all";
  if (!valid && g_strcmp0 (value, "all") != 0)
    {
      g_critical ("Unknown filter value “%s”", value);
      return FALSE;
    }
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
kg_interactions_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KgInteractionsPage *self = (KgInteractionsPage *) object;

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      kg_interactions_page_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_interactions_page_set_patient_wording (self, g_value_get_boolean (value));
      break;
    case PROP_KIND_FILTER:
      if (set_filter (&self->kind_filter, g_value_get_string (value),
                      is_kind (g_value_get_string (value))))
        {
          refilter (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SEVERITY_FILTER:
      if (set_filter (&self->severity_filter, g_value_get_string (value),
                      is_severity (g_value_get_string (value))))
        {
          update_severity_button (self);
          refilter (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_interactions_page_class_init (KgInteractionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kg_interactions_page_constructed;
  object_class->dispose = kg_interactions_page_dispose;
  object_class->finalize = kg_interactions_page_finalize;
  object_class->get_property = kg_interactions_page_get_property;
  object_class->set_property = kg_interactions_page_set_property;
  widget_class->map = kg_interactions_page_map;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, KG_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * KgInteractionsPage:language:
   *
   * The content language ("en", "es"); setting it re-renders the page.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgInteractionsPage:patient-wording:
   *
   * Whether content is shown in its plain-language (patient) wording.
   */
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgInteractionsPage:kind-filter:
   *
   * "all", or the one kind shown: "drug", "condition" or "food".
   */
  properties[PROP_KIND_FILTER] =
    g_param_spec_string ("kind-filter", NULL, NULL, "all",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgInteractionsPage:severity-filter:
   *
   * "all", or the one severity shown: "avoid", "modify", "monitor", "minor"
   * or "unrated".
   */
  properties[PROP_SEVERITY_FILTER] =
    g_param_spec_string ("severity-filter", NULL, NULL, "all",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KG_TYPE_FLOW_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-interactions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, severity_button);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, results_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_name_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_brands_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_severity_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_kind_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_unverified_box);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage,
                                        detail_severity_meaning_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_effect_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_mechanism_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_action_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_applies_box);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_applies_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_evidence_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionsPage, detail_sources_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_started_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "interactions.search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "interactions.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "interactions.escape", NULL, escape_action);
  gtk_widget_class_install_property_action (widget_class, "interactions.kind", "kind-filter");
  gtk_widget_class_install_property_action (widget_class, "interactions.severity",
                                            "severity-filter");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "interactions.escape", NULL);
}

static void
kg_interactions_page_init (KgInteractionsPage *self)
{
  GtkEventController *shortcuts;
  GtkShortcut *search;

  self->language = g_strdup (kg_text_get_default_language ());
  self->kind_filter = g_strdup ("all");
  self->severity_filter = g_strdup ("all");

  gtk_widget_init_template (GTK_WIDGET (self));
  update_severity_button (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  /* Ctrl+F works from anywhere in the window (the header bar too) while this
   * page is shown: a managed controller runs only for mapped widgets. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  search = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                             gtk_named_action_new ("interactions.search"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), search);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/**
 * kg_interactions_page_new:
 * @catalog: the content to show
 *
 * Returns: (transfer full): a new contraindications page
 */
KgInteractionsPage *
kg_interactions_page_new (KgCatalog *catalog)
{
  return g_object_new (KG_TYPE_INTERACTIONS_PAGE, "catalog", catalog, NULL);
}

/**
 * kg_interactions_page_get_catalog:
 * @self: a page
 *
 * Returns: (transfer none): the content it shows
 */
KgCatalog *
kg_interactions_page_get_catalog (KgInteractionsPage *self)
{
  g_return_val_if_fail (KG_IS_INTERACTIONS_PAGE (self), NULL);
  return self->catalog;
}

/**
 * kg_interactions_page_get_language:
 * @self: a page
 *
 * Returns: (transfer none): the content language, e.g. "en"
 */
const char *
kg_interactions_page_get_language (KgInteractionsPage *self)
{
  g_return_val_if_fail (KG_IS_INTERACTIONS_PAGE (self), NULL);
  return self->language;
}

static void
rerender (KgInteractionsPage *self)
{
  GtkWidget *child;

  if (self->search == NULL)
    return;

  kg_search_set_language (self->search, self->language, self->patient_wording);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (KG_IS_INTERACTION_ROW (child))
        {
          kg_interaction_row_set_language (KG_INTERACTION_ROW (child), self->language);
          kg_interaction_row_set_patient_wording (KG_INTERACTION_ROW (child),
                                                  self->patient_wording);
        }
    }
  render_detail (self);
  /* Names sort as shown, and they changed. */
  refilter (self);
}

/**
 * kg_interactions_page_set_language:
 * @self: a page
 * @language: (nullable): "en", "es", or %NULL for the default language
 *
 * Shows the content in @language, keeping the search, filters and selection.
 */
void
kg_interactions_page_set_language (KgInteractionsPage *self,
                                   const char         *language)
{
  g_return_if_fail (KG_IS_INTERACTIONS_PAGE (self));

  if (!kg_text_replace_language (&self->language, language))
    return;
  rerender (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_interactions_page_get_patient_wording:
 * @self: a page
 *
 * Returns: whether the plain-language wording is shown
 */
gboolean
kg_interactions_page_get_patient_wording (KgInteractionsPage *self)
{
  g_return_val_if_fail (KG_IS_INTERACTIONS_PAGE (self), FALSE);
  return self->patient_wording;
}

/**
 * kg_interactions_page_set_patient_wording:
 * @self: a page
 * @patient_wording: whether to show the plain-language (patient) wording
 *
 * Switches the wording, keeping the search, filters and selection.
 */
void
kg_interactions_page_set_patient_wording (KgInteractionsPage *self,
                                          gboolean            patient_wording)
{
  g_return_if_fail (KG_IS_INTERACTIONS_PAGE (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;
  rerender (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}
