/* kg-route-column.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kg-route-column.h"
#include "model/kg-number.h"

struct _KgRouteColumn
{
  AdwBin      parent_instance;

  /* Template widgets */
  AdwComboRow *chooser;
  GtkLabel    *summary_label;
  GtkWidget   *tags_box;
  GtkWidget   *esketamine_tag;
  GtkWidget   *limited_tag;
  GtkListBox  *figures_list;

  /* Owned */
  KgCatalog   *catalog;
  KgRoute     *route;
  char        *language;
  char        *chooser_label;

  gboolean     patient_wording;
  gboolean     updating_chooser;
};

G_DEFINE_FINAL_TYPE (KgRouteColumn, kg_route_column, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CATALOG,
  PROP_CHOOSER_LABEL,
  PROP_ROUTE,
  PROP_LANGUAGE,
  PROP_PATIENT_WORDING,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static const char *
text_get (KgRouteColumn *self,
          KgText        *text)
{
  return kg_text_get (text, self->language, self->patient_wording);
}

static char *
number (KgRouteColumn *self,
        double         value)
{
  return kg_number_format (value, 1, self->language);
}

/* "Rolan et al. 2014", "Ketalar (ketamine hydrochloride) injection",
 * "Pharmacotherapy 2022", "Patient guide": short enough to sit under a figure. */
static char *
short_citation (KgRouteColumn *self,
                const char    *id)
{
  KgReference *reference = kg_catalog_lookup_reference (self->catalog, id);
  const char *authors;
  const char *container;
  int year;

  if (reference == NULL)
    return g_strdup (id);

  authors = kg_reference_get_authors (reference);
  container = kg_reference_get_container (reference) != NULL
                ? kg_text_get (kg_reference_get_container (reference), self->language, FALSE)
                : NULL;
  year = kg_reference_get_year (reference);

  switch (kg_reference_get_kind (reference))
    {
    case KG_REFERENCE_PATIENT_GUIDE:
      return g_strdup (_("Patient guide"));
    case KG_REFERENCE_LABEL:
      {
        const char *title = kg_text_get (kg_reference_get_title (reference), self->language,
                                         FALSE);
        const char *colon = strchr (title, ':');

        return colon != NULL ? g_strndup (title, colon - title) : g_strdup (title);
      }
    case KG_REFERENCE_WEB:
      if (container != NULL)
        return g_strdup (container);
      return g_strdup (kg_text_get (kg_reference_get_title (reference), self->language, FALSE));
    case KG_REFERENCE_JOURNAL:
    case KG_REFERENCE_BOOK:
    case KG_REFERENCE_SEED:
    default:
      break;
    }

  if (authors != NULL)
    {
      gsize surname = strcspn (authors, " ,");
      gboolean several = strchr (authors, ',') != NULL || strstr (authors, "et al") != NULL;
      g_autofree char *first = g_strndup (authors, surname);

      if (year == 0)
        return several ? g_strdup_printf (_("%s et al."), first) : g_steal_pointer (&first);
      /* TRANSLATORS: a short citation, e.g. "Rolan et al. 2014" */
      return several ? g_strdup_printf (_("%s et al. %d"), first, year)
                     : g_strdup_printf ("%s %d", first, year);
    }
  if (container != NULL && year != 0)
    return g_strdup_printf ("%s %d", container, year);
  return g_strdup (kg_text_get (kg_reference_get_title (reference), self->language, FALSE));
}

static char *
format_sources (KgRouteColumn      *self,
                const char * const *sources)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      g_autofree char *citation = short_citation (self, sources[i]);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, citation);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Caps the natural width so two columns fit side by side. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
add_sources (KgRouteColumn      *self,
             GtkWidget          *box,
             const char * const *sources)
{
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (sources == NULL || sources[0] == NULL)
    return;
  list = format_sources (self, sources);
  /* TRANSLATORS: followed by short citations, e.g. "Sources: Rolan et al. 2014" */
  text = g_strdup_printf (_("Sources: %s"), list);
  label = add_label (box, text, "caption");
  gtk_widget_add_css_class (label, "dim-label");
}

/* A row of the figures list: a small heading, then the figure. */
static GtkWidget *
add_row (KgRouteColumn *self,
         const char    *title,
         const char    *value)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *name = value != NULL ? g_strdup_printf ("%s: %s", title, value)
                                        : g_strdup (title);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  add_label (box, title, "heading");
  if (value != NULL)
    add_label (box, value, "title-4");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_list_box_append (self->figures_list, row);
  return box;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      if (text->len > 0)
        g_string_append (text, ". ");
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* GTK 4.8 does not name a list row after its content: name each row with
 * everything it shows, so a screen reader reads the figure and its sources. */
static void
name_rows (KgRouteColumn *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->figures_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GString *text = g_string_new (NULL);

      collect_text (row, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text->str, -1);
      g_string_free (text, TRUE);
    }
}

static void
add_missing (GtkWidget *box)
{
  GtkWidget *label = add_label (box, _("Not reported in the sources"), NULL);

  gtk_widget_add_css_class (label, "dim-label");
}

/* "29% (range 25–32%)" from fractions. */
static char *
format_range_percent (KgRouteColumn *self,
                      const KgRange *f)
{
  g_autofree char *typical = number (self, f->typical * 100);
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  if (f->min == f->max)
    /* TRANSLATORS: a percentage */
    return g_strdup_printf (_("%s%%"), typical);
  min = number (self, f->min * 100);
  max = number (self, f->max * 100);
  /* TRANSLATORS: a typical percentage and its range, e.g. "29% (range 25–32%)" */
  return g_strdup_printf (_("%s%% (range %s–%s%%)"), typical, min, max);
}

static char *
format_estimate (KgRouteColumn   *self,
                 KgRouteEstimate *estimate)
{
  double value = 0, min = 0, max = 0, spread = 0;
  gboolean has_value = kg_route_estimate_get_value (estimate, &value);
  KgIntervalKind interval = kg_route_estimate_get_interval (estimate, &min, &max);
  KgSpreadKind spread_kind = kg_route_estimate_get_spread (estimate, &spread);
  g_autofree char *v = number (self, value * 100);
  g_autofree char *lo = number (self, min * 100);
  g_autofree char *hi = number (self, max * 100);
  g_autofree char *pm = number (self, spread * 100);

  if (spread_kind == KG_SPREAD_SD)
    /* TRANSLATORS: mean ± standard deviation, e.g. "32 ± 17% (mean ± SD)" */
    return g_strdup_printf (_("%s ± %s%% (mean ± SD)"), v, pm);
  if (spread_kind == KG_SPREAD_SE)
    /* TRANSLATORS: estimate ± standard error, e.g. "26 ± 1% (estimate ± SE)" */
    return g_strdup_printf (_("%s ± %s%% (estimate ± SE)"), v, pm);

  switch (interval)
    {
    case KG_INTERVAL_CI90:
      return has_value ? g_strdup_printf (_("%s%% (90%% CI %s–%s%%)"), v, lo, hi)
                       : g_strdup_printf (_("%s–%s%% (90%% CI)"), lo, hi);
    case KG_INTERVAL_DOSES:
      return has_value ? g_strdup_printf (_("%s%% (%s–%s%% across doses)"), v, lo, hi)
                       : g_strdup_printf (_("%s–%s%% across doses"), lo, hi);
    case KG_INTERVAL_RANGE:
      return has_value ? g_strdup_printf (_("%s%% (range %s–%s%%)"), v, lo, hi)
                       : g_strdup_printf (_("%s–%s%%"), lo, hi);
    case KG_INTERVAL_NONE:
    default:
      return g_strdup_printf (_("%s%%"), v);
    }
}

static void
add_estimates (KgRouteColumn *self,
               GtkWidget     *box)
{
  GPtrArray *estimates = kg_route_get_estimates (self->route);

  if (estimates->len > 1)
    {
      GtkWidget *label = add_label (box, _("Each source’s figure"), "caption-heading");
      gtk_widget_set_margin_top (label, 6);
    }
  for (guint i = 0; i < estimates->len; i++)
    {
      KgRouteEstimate *estimate = g_ptr_array_index (estimates, i);
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *figure = format_estimate (self, estimate);
      GString *who = g_string_new (NULL);
      KgText *population = kg_route_estimate_get_population (estimate);
      KgText *note = kg_route_estimate_get_note (estimate);
      guint n = kg_route_estimate_get_n (estimate);

      gtk_widget_add_css_class (item, "kg-route-estimate");
      gtk_widget_set_margin_top (item, 4);
      add_label (item, figure, "heading");
      if (population != NULL)
        g_string_append (who, text_get (self, population));
      if (n > 0)
        {
          /* TRANSLATORS: number of people studied */
          g_autofree char *count = g_strdup_printf (_("n = %u"), n);
          g_auto (GStrv) words = g_strsplit (count, " ", -1);
          g_autofree char *unbroken = g_strjoinv ("\u00a0", words);

          if (who->len > 0)
            g_string_append (who, " · ");
          /* On one line: "n =" at the end of one and "8" on the next reads badly. */
          g_string_append (who, unbroken);
        }
      if (kg_route_estimate_get_esketamine (estimate))
        {
          if (who->len > 0)
            g_string_append (who, " · ");
          g_string_append (who, _("S-ketamine (esketamine)"));
        }
      if (who->len > 0)
        add_label (item, who->str, NULL);
      g_string_free (who, TRUE);
      if (note != NULL)
        add_label (item, text_get (self, note), "caption");
      add_sources (self, item, kg_route_estimate_get_sources (estimate));
      gtk_box_append (GTK_BOX (box), item);
    }
}

static void
add_fact_row (KgRouteColumn *self,
              const char    *title,
              KgRouteFact   *fact,
              gboolean       show_missing)
{
  GtkWidget *box;

  if (fact == NULL && !show_missing)
    return;
  box = add_row (self, title, NULL);
  if (fact == NULL)
    {
      add_missing (box);
      return;
    }
  add_label (box, text_get (self, kg_route_fact_get_text (fact)), NULL);
  add_sources (self, box, kg_route_fact_get_sources (fact));
}

static void
render (KgRouteColumn *self)
{
  GtkWidget *child;
  GtkWidget *box;
  KgRange range;
  GPtrArray *cautions;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_list))) != NULL)
    gtk_list_box_remove (self->figures_list, child);

  if (self->route == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      gtk_widget_set_visible (self->tags_box, FALSE);
      return;
    }

  gtk_label_set_text (self->summary_label, text_get (self, kg_route_get_summary (self->route)));
  gtk_widget_set_visible (self->esketamine_tag, kg_route_get_esketamine (self->route));
  gtk_widget_set_visible (self->limited_tag, kg_route_get_limited_data (self->route));
  gtk_widget_set_visible (self->tags_box, kg_route_get_esketamine (self->route)
                                          || kg_route_get_limited_data (self->route));

  /* Bioavailability, with every source's own figure. */
  if (kg_route_get_bioavailability (self->route, &range))
    {
      g_autofree char *value = format_range_percent (self, &range);
      KgText *note = kg_route_get_bioavailability_note (self->route);

      box = add_row (self, _("Bioavailability (share reaching the blood)"), value);
      if (note != NULL)
        add_label (box, text_get (self, note), NULL);
      add_estimates (self, box);
    }
  else
    {
      box = add_row (self, _("Bioavailability (share reaching the blood)"), NULL);
      add_label (box, _("Limited data: the sources mention this route but give no figures."),
                 NULL);
      add_sources (self, box, kg_route_get_sources (self->route));
    }

  /* Time to peak, in minutes. */
  box = add_row (self, _("Time to peak in the blood"), NULL);
  if (kg_route_get_tmax (self->route, &range))
    {
      g_autofree char *typical = number (self, range.typical);
      g_autofree char *min = number (self, range.min);
      g_autofree char *max = number (self, range.max);
      g_autofree char *value = range.min == range.max
                               /* TRANSLATORS: minutes */
                               ? g_strdup_printf (_("%s min"), typical)
                               /* TRANSLATORS: minutes, typical and range */
                               : g_strdup_printf (_("%s min (range %s–%s min)"), typical, min,
                                                  max);
      KgText *note = kg_route_get_tmax_note (self->route);

      add_label (box, value, "title-4");
      if (note != NULL)
        add_label (box, text_get (self, note), NULL);
      add_sources (self, box, kg_route_get_tmax_sources (self->route));
    }
  else
    {
      add_missing (box);
    }

  add_fact_row (self, _("Onset"), kg_route_get_onset (self->route), TRUE);
  add_fact_row (self, _("Duration"), kg_route_get_duration (self->route), TRUE);
  add_fact_row (self, _("First-pass metabolism"), kg_route_get_first_pass (self->route), TRUE);
  add_fact_row (self, _("Typical setting"), kg_route_get_setting (self->route), FALSE);
  add_fact_row (self, _("Cost (US prices as reported in a patient guide)"),
                kg_route_get_cost (self->route), FALSE);

  cautions = kg_route_get_cautions (self->route);
  if (cautions->len > 0)
    {
      box = add_row (self, _("Cautions"), NULL);
      for (guint i = 0; i < cautions->len; i++)
        {
          KgRouteFact *caution = g_ptr_array_index (cautions, i);
          g_autofree char *text =
            g_strdup_printf ("• %s", text_get (self, kg_route_fact_get_text (caution)));
          GtkWidget *label = add_label (box, text, NULL);

          if (i > 0)
            gtk_widget_set_margin_top (label, 6);
          add_sources (self, box, kg_route_fact_get_sources (caution));
        }
    }
  name_rows (self);
}

/* The chooser lists every route by name in the current language. */
static void
update_chooser (KgRouteColumn *self)
{
  GListModel *routes = kg_catalog_get_routes (self->catalog);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);

      gtk_string_list_append (names, text_get (self, kg_route_get_name (route)));
      if (route == self->route)
        selected = i;
    }
  self->updating_chooser = TRUE;
  adw_combo_row_set_model (self->chooser, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->chooser, selected);
  self->updating_chooser = FALSE;
}

/* Selects the shown route in the chooser without rebuilding its model,
 * which may be the one notifying. */
static void
sync_chooser_selection (KgRouteColumn *self)
{
  GListModel *routes = kg_catalog_get_routes (self->catalog);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);

      if (route == self->route)
        selected = i;
    }
  if (adw_combo_row_get_selected (self->chooser) == selected)
    return;
  self->updating_chooser = TRUE;
  adw_combo_row_set_selected (self->chooser, selected);
  self->updating_chooser = FALSE;
}

static void
chooser_selected_cb (KgRouteColumn *self,
                     GParamSpec    *pspec,
                     AdwComboRow   *chooser)
{
  guint selected = adw_combo_row_get_selected (chooser);
  g_autoptr (KgRoute) route = NULL;

  if (self->updating_chooser || selected == GTK_INVALID_LIST_POSITION)
    return;
  route = g_list_model_get_item (kg_catalog_get_routes (self->catalog), selected);
  kg_route_column_set_route (self, route);
}

static void
kg_route_column_constructed (GObject *object)
{
  KgRouteColumn *self = (KgRouteColumn *) object;

  G_OBJECT_CLASS (kg_route_column_parent_class)->constructed (object);

  g_return_if_fail (KG_IS_CATALOG (self->catalog));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chooser),
                                 self->chooser_label != NULL ? self->chooser_label : _("Route"));
  update_chooser (self);
  render (self);
}

static void
kg_route_column_dispose (GObject *object)
{
  KgRouteColumn *self = (KgRouteColumn *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_ROUTE_COLUMN);
  g_clear_object (&self->route);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (kg_route_column_parent_class)->dispose (object);
}

static void
kg_route_column_finalize (GObject *object)
{
  KgRouteColumn *self = (KgRouteColumn *) object;

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->chooser_label, g_free);

  G_OBJECT_CLASS (kg_route_column_parent_class)->finalize (object);
}

static void
kg_route_column_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KgRouteColumn *self = KG_ROUTE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_ROUTE:
      g_value_set_object (value, self->route);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PATIENT_WORDING:
      g_value_set_boolean (value, self->patient_wording);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_route_column_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KgRouteColumn *self = KG_ROUTE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_CHOOSER_LABEL:
      self->chooser_label = g_value_dup_string (value);
      break;
    case PROP_ROUTE:
      kg_route_column_set_route (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      kg_route_column_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_route_column_set_patient_wording (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_route_column_class_init (KgRouteColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kg_route_column_constructed;
  object_class->dispose = kg_route_column_dispose;
  object_class->finalize = kg_route_column_finalize;
  object_class->get_property = kg_route_column_get_property;
  object_class->set_property = kg_route_column_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, KG_TYPE_CATALOG,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * KgRouteColumn:chooser-label:
   *
   * What the route chooser is called for screen readers, e.g. "First route".
   */
  properties[PROP_CHOOSER_LABEL] =
    g_param_spec_string ("chooser-label", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUTE] =
    g_param_spec_object ("route", NULL, NULL, KG_TYPE_ROUTE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-route-column.ui");
  gtk_widget_class_bind_template_child (widget_class, KgRouteColumn, chooser);
  gtk_widget_class_bind_template_child (widget_class, KgRouteColumn, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KgRouteColumn, tags_box);
  gtk_widget_class_bind_template_child (widget_class, KgRouteColumn, esketamine_tag);
  gtk_widget_class_bind_template_child (widget_class, KgRouteColumn, limited_tag);
  gtk_widget_class_bind_template_child (widget_class, KgRouteColumn, figures_list);
}

static void
kg_route_column_init (KgRouteColumn *self)
{
  self->language = g_strdup (kg_text_get_default_language ());
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->chooser, "notify::selected", G_CALLBACK (chooser_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * kg_route_column_new:
 * @catalog: the content, whose routes the chooser offers
 * @chooser_label: (nullable): the chooser's name for screen readers
 *
 * Returns: (transfer full): a new column showing no route yet
 */
KgRouteColumn *
kg_route_column_new (KgCatalog  *catalog,
                     const char *chooser_label)
{
  return g_object_new (KG_TYPE_ROUTE_COLUMN, "catalog", catalog, "chooser-label", chooser_label,
                       NULL);
}

/**
 * kg_route_column_get_route:
 * @self: a column
 *
 * Returns: (transfer none) (nullable): the route shown
 */
KgRoute *
kg_route_column_get_route (KgRouteColumn *self)
{
  g_return_val_if_fail (KG_IS_ROUTE_COLUMN (self), NULL);
  return self->route;
}

/**
 * kg_route_column_set_route:
 * @self: a column
 * @route: (nullable): a route of the catalogue
 *
 * Shows @route and selects it in the chooser.
 */
void
kg_route_column_set_route (KgRouteColumn *self,
                           KgRoute       *route)
{
  g_return_if_fail (KG_IS_ROUTE_COLUMN (self));
  g_return_if_fail (route == NULL || KG_IS_ROUTE (route));

  if (!g_set_object (&self->route, route))
    return;
  sync_chooser_selection (self);
  render (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTE]);
}

/**
 * kg_route_column_get_language:
 * @self: a column
 *
 * Returns: (transfer none): the content language
 */
const char *
kg_route_column_get_language (KgRouteColumn *self)
{
  g_return_val_if_fail (KG_IS_ROUTE_COLUMN (self), NULL);
  return self->language;
}

/**
 * kg_route_column_set_language:
 * @self: a column
 * @language: (nullable): "en", "es", or %NULL for the default
 *
 * Re-renders the column in @language, keeping the chosen route.
 */
void
kg_route_column_set_language (KgRouteColumn *self,
                              const char    *language)
{
  g_return_if_fail (KG_IS_ROUTE_COLUMN (self));

  if (!kg_text_replace_language (&self->language, language))
    return;
  if (self->catalog != NULL)
    {
      update_chooser (self);
      render (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_route_column_get_patient_wording:
 * @self: a column
 *
 * Returns: whether the plain-language wording is shown
 */
gboolean
kg_route_column_get_patient_wording (KgRouteColumn *self)
{
  g_return_val_if_fail (KG_IS_ROUTE_COLUMN (self), FALSE);
  return self->patient_wording;
}

/**
 * kg_route_column_set_patient_wording:
 * @self: a column
 * @patient_wording: whether to show the plain-language wording
 */
void
kg_route_column_set_patient_wording (KgRouteColumn *self,
                                     gboolean       patient_wording)
{
  g_return_if_fail (KG_IS_ROUTE_COLUMN (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;
  if (self->catalog != NULL)
    {
      update_chooser (self);
      render (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}
