/* kg-routes-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kg-routes-page.h"
#include "kg-route-column.h"
#include "model/kg-number.h"
#include "widgets/kg-bioavailability-chart.h"

/* The guide's claim "200 mg of troches may only require 50 mg via IV"
 * (002_e073f7b47afad448.txt), checked against the routes' own figures. */
#define EXAMPLE_FROM    "sublingual"
#define EXAMPLE_FROM_MG 200.0
#define EXAMPLE_TO      "iv"
#define EXAMPLE_TO_MG   50.0

#define N_COLUMNS 2

struct _KgRoutesPage
{
  AdwBin                  parent_instance;

  /* Template widgets */
  KgBioavailabilityChart *chart;
  GtkLabel               *limited_label;
  GtkFlowBox             *columns_box;
  AdwComboRow            *from_row;
  AdwComboRow            *to_row;
  GtkSpinButton          *dose_spin;
  GtkLabel               *result_label;
  GtkLabel               *working_label;
  GtkLabel               *warning_label;
  GtkWidget              *example_box;
  GtkLabel               *example_label;

  /* Owned */
  KgCatalog              *catalog;
  char                   *language;
  GPtrArray              *explorer_routes;   /* of KgRoute: those with figures */

  /* Borrowed */
  KgRouteColumn          *columns[N_COLUMNS];

  gboolean                patient_wording;
  gboolean                updating_explorer;
};

G_DEFINE_FINAL_TYPE (KgRoutesPage, kg_routes_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_CATALOG, PROP_LANGUAGE, PROP_PATIENT_WORDING, N_PROPS };
static GParamSpec *properties[N_PROPS];

static const char *
text_get (KgRoutesPage *self,
          KgText       *text)
{
  return kg_text_get (text, self->language, self->patient_wording);
}

static char *
number (KgRoutesPage *self,
        double        value)
{
  return kg_number_format (value, value < 10 ? 1 : 0, self->language);
}

static char *
percent (KgRoutesPage *self,
         double        fraction)
{
  g_autofree char *text = kg_number_format (fraction * 100, 1, self->language);

  /* TRANSLATORS: a percentage */
  return g_strdup_printf (_("%s%%"), text);
}

static KgRoute *
lookup_route (KgRoutesPage *self,
              const char   *id)
{
  GListModel *routes = kg_catalog_get_routes (self->catalog);

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);

      if (g_strcmp0 (kg_route_get_id (route), id) == 0)
        return route; /* owned by the catalogue */
    }
  return NULL;
}

static guint
explorer_index (KgRoutesPage *self,
                const char   *id)
{
  for (guint i = 0; i < self->explorer_routes->len; i++)
    {
      if (g_strcmp0 (kg_route_get_id (g_ptr_array_index (self->explorer_routes, i)), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static KgRoute *
explorer_route (KgRoutesPage *self,
                AdwComboRow  *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected >= self->explorer_routes->len)
    return NULL;
  return g_ptr_array_index (self->explorer_routes, selected);
}

static const char *
short_name (KgRoutesPage *self,
            KgRoute      *route)
{
  return text_get (self, kg_route_get_short_name (route));
}

static void
update_result (KgRoutesPage *self)
{
  KgRoute *from = explorer_route (self, self->from_row);
  KgRoute *to = explorer_route (self, self->to_row);
  double dose = gtk_spin_button_get_value (self->dose_spin);
  g_autoptr (GError) error = NULL;
  g_autofree char *dose_text = NULL;
  g_autofree char *typical = NULL;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  g_autofree char *result = NULL;
  g_autofree char *working = NULL;
  KgRange f_from, f_to, equivalent;

  if (from == NULL || to == NULL)
    {
      gtk_label_set_text (self->result_label, "");
      gtk_label_set_text (self->working_label, "");
      gtk_label_set_text (self->warning_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->warning_label), FALSE);
      return;
    }

  if (!kg_route_equivalent_dose (from, to, dose, &equivalent, &error))
    {
      gtk_label_set_text (self->result_label, error->message);
      gtk_label_set_text (self->working_label, "");
      return;
    }
  kg_route_get_bioavailability (from, &f_from);
  kg_route_get_bioavailability (to, &f_to);

  dose_text = number (self, dose);
  typical = number (self, equivalent.typical);
  min = number (self, equivalent.min);
  max = number (self, equivalent.max);
  if (g_strcmp0 (min, max) == 0)
    /* TRANSLATORS: an equivalent dose, e.g. "≈ 58 mg IV" */
    result = g_strdup_printf (_("≈ %s mg %s"), typical, short_name (self, to));
  else
    /* TRANSLATORS: an equivalent dose and its range, e.g. "≈ 58 mg IV (range 50–64 mg)" */
    result = g_strdup_printf (_("≈ %s mg %s (range %s–%s mg)"), typical, short_name (self, to),
                              min, max);
  gtk_label_set_text (self->result_label, result);

  {
    g_autofree char *fa = percent (self, f_from.typical);
    g_autofree char *fb = percent (self, f_to.typical);
    g_autofree char *fa_min = percent (self, f_from.min);
    g_autofree char *fa_max = percent (self, f_from.max);
    g_autofree char *fb_min = percent (self, f_to.min);
    g_autofree char *fb_max = percent (self, f_to.max);

    /* TRANSLATORS: the working, e.g. "200 mg × 29% (Sublingual) ÷ 100% (IV) = 58 mg." */
    working = g_strdup_printf (_("%s mg × %s (%s) ÷ %s (%s) = %s mg."), dose_text, fa,
                               short_name (self, from), fb, short_name (self, to), typical);
    if (g_strcmp0 (min, max) != 0)
      {
        g_autofree char *range =
          /* TRANSLATORS: how the range is made, e.g. "Range: 200 mg × 25% ÷ 100% = 50 mg
           * to 200 mg × 32% ÷ 100% = 64 mg, from the lowest and highest figures of each
           * route." */
          g_strdup_printf (_("Range: %s mg × %s ÷ %s = %s mg to %s mg × %s ÷ %s = %s mg, from "
                             "the lowest and highest figures of each route."),
                           dose_text, fa_min, fb_max, min, dose_text, fa_max, fb_min, max);
        g_autofree char *both = g_strconcat (working, " ", range, NULL);

        g_free (working);
        working = g_steal_pointer (&both);
      }
    gtk_label_set_text (self->working_label, working);
  }

  if (kg_route_get_esketamine (from) || kg_route_get_esketamine (to))
    {
      gtk_label_set_text (self->warning_label,
                          _("One of these figures is for esketamine (S-ketamine), not racemic "
                            "ketamine: the two are not directly comparable, so treat this as a "
                            "rough guide only."));
      gtk_widget_set_visible (GTK_WIDGET (self->warning_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->warning_label), FALSE);
    }
}

/* "The guide says … By the figures here …": computed, never typed in. */
static void
update_example (KgRoutesPage *self)
{
  KgRoute *from = lookup_route (self, EXAMPLE_FROM);
  KgRoute *to = lookup_route (self, EXAMPLE_TO);
  g_autofree char *text = NULL;
  g_autofree char *f_text = NULL;
  g_autofree char *typical = NULL;
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  g_autofree char *implied_text = NULL;
  const char *where;
  KgRange f_from, f_to, equivalent;
  double implied = 0;

  if (from == NULL || to == NULL
      || !kg_route_get_bioavailability (from, &f_from)
      || !kg_route_get_bioavailability (to, &f_to)
      || !kg_route_equivalent_dose (from, to, EXAMPLE_FROM_MG, &equivalent, NULL)
      || !kg_implied_bioavailability (EXAMPLE_FROM_MG, EXAMPLE_TO_MG, f_to.typical, &implied,
                                      NULL))
    {
      gtk_widget_set_visible (self->example_box, FALSE);
      return;
    }

  f_text = percent (self, f_from.typical);
  typical = number (self, equivalent.typical);
  min = number (self, equivalent.min);
  max = number (self, equivalent.max);
  implied_text = percent (self, implied);
  if (fabs (implied - f_from.min) < 1e-9)
    where = _("the low end of the range");
  else if (implied < f_from.min)
    where = _("below every figure in the sources");
  else if (implied > f_from.max)
    where = _("above every figure in the sources");
  else
    where = _("within the range");

  text = g_strdup_printf (_("The patient guide says that 200 mg of troches “may only require "
                            "50 mg via IV”. With a sublingual bioavailability of %s, 200 mg "
                            "sublingual ≈ %s mg IV (range %s–%s mg). Exactly 50 mg corresponds "
                            "to a bioavailability of %s, %s."),
                          f_text, typical, min, max, implied_text, where);
  gtk_label_set_text (self->example_label, text);
  gtk_widget_set_visible (self->example_box, TRUE);
}

static void
fill_combo (KgRoutesPage *self,
            AdwComboRow  *row)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->explorer_routes->len; i++)
    gtk_string_list_append (names, text_get (self, kg_route_get_name (
                                               g_ptr_array_index (self->explorer_routes, i))));
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
}

/* Everything that shows content text, after a language or wording change. */
static void
update_texts (KgRoutesPage *self)
{
  GListModel *routes = kg_catalog_get_routes (self->catalog);
  GString *limited = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);

      if (!kg_route_get_limited_data (route))
        continue;
      if (limited->len > 0)
        g_string_append (limited, ", ");
      g_string_append (limited, text_get (self, kg_route_get_name (route)));
    }
  if (limited->len > 0)
    {
      g_autofree char *text =
        g_strdup_printf (_("Limited data (mentioned in the sources, no figures): %s."),
                         limited->str);
      gtk_label_set_text (self->limited_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->limited_label), limited->len > 0);
  g_string_free (limited, TRUE);

  self->updating_explorer = TRUE;
  fill_combo (self, self->from_row);
  fill_combo (self, self->to_row);
  self->updating_explorer = FALSE;
  update_result (self);
  update_example (self);
}

static void
explorer_changed_cb (KgRoutesPage *self)
{
  if (!self->updating_explorer)
    update_result (self);
}

static void
show_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KgRoutesPage *self = KG_ROUTES_PAGE (widget);

  kg_routes_page_set_equivalence (self, EXAMPLE_FROM, EXAMPLE_FROM_MG, EXAMPLE_TO);
  gtk_widget_grab_focus (GTK_WIDGET (self->from_row));
}

static void
kg_routes_page_constructed (GObject *object)
{
  KgRoutesPage *self = (KgRoutesPage *) object;
  GListModel *routes;
  const char *chooser_labels[N_COLUMNS] = { _("First route to compare"),
                                            _("Second route to compare") };

  G_OBJECT_CLASS (kg_routes_page_parent_class)->constructed (object);

  g_return_if_fail (KG_IS_CATALOG (self->catalog));
  routes = kg_catalog_get_routes (self->catalog);

  kg_bioavailability_chart_set_routes (self->chart, routes);

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkWidget *child;

      self->columns[i] = kg_route_column_new (self->catalog, chooser_labels[i]);
      gtk_widget_set_size_request (GTK_WIDGET (self->columns[i]), 280, -1);
      gtk_widget_set_valign (GTK_WIDGET (self->columns[i]), GTK_ALIGN_START);
      kg_route_column_set_language (self->columns[i], self->language);
      kg_route_column_set_patient_wording (self->columns[i], self->patient_wording);
      gtk_flow_box_append (self->columns_box, GTK_WIDGET (self->columns[i]));
      /* The flow box only lays the columns out; focus goes to what is inside. */
      child = gtk_widget_get_parent (GTK_WIDGET (self->columns[i]));
      gtk_widget_set_focusable (child, FALSE);
    }

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      KgRoute *route = g_list_model_get_item (routes, i);
      KgRange f;

      if (kg_route_get_bioavailability (route, &f))
        g_ptr_array_add (self->explorer_routes, route);
      else
        g_object_unref (route);
    }

  update_texts (self);
  /* "How much of a sublingual dose reaches the blood, compared with IV?" */
  kg_routes_page_compare (self, EXAMPLE_FROM, EXAMPLE_TO);
  kg_routes_page_set_equivalence (self, EXAMPLE_FROM, EXAMPLE_FROM_MG, EXAMPLE_TO);
}

static void
kg_routes_page_dispose (GObject *object)
{
  KgRoutesPage *self = (KgRoutesPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_ROUTES_PAGE);
  g_clear_pointer (&self->explorer_routes, g_ptr_array_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (kg_routes_page_parent_class)->dispose (object);
}

static void
kg_routes_page_finalize (GObject *object)
{
  KgRoutesPage *self = (KgRoutesPage *) object;

  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kg_routes_page_parent_class)->finalize (object);
}

static void
kg_routes_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KgRoutesPage *self = KG_ROUTES_PAGE (object);

  switch (prop_id)
    {
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
kg_routes_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KgRoutesPage *self = KG_ROUTES_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      kg_routes_page_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_routes_page_set_patient_wording (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_routes_page_class_init (KgRoutesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kg_routes_page_constructed;
  object_class->dispose = kg_routes_page_dispose;
  object_class->finalize = kg_routes_page_finalize;
  object_class->get_property = kg_routes_page_get_property;
  object_class->set_property = kg_routes_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, KG_TYPE_CATALOG,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * KgRoutesPage:language:
   *
   * The content language ("en", "es"); setting it re-renders the page,
   * keeping the chosen routes and the explorer's inputs.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgRoutesPage:patient-wording:
   *
   * Whether content is shown in its plain-language (patient) wording.
   */
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KG_TYPE_BIOAVAILABILITY_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-routes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, chart);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, limited_label);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, columns_box);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, to_row);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, dose_spin);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, result_label);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, working_label);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, example_box);
  gtk_widget_class_bind_template_child (widget_class, KgRoutesPage, example_label);

  gtk_widget_class_install_action (widget_class, "routes.show-example", NULL,
                                   show_example_action);
}

static void
kg_routes_page_init (KgRoutesPage *self)
{
  self->language = g_strdup (kg_text_get_default_language ());
  self->explorer_routes = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->from_row, "notify::selected", G_CALLBACK (explorer_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_row, "notify::selected", G_CALLBACK (explorer_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dose_spin, "value-changed", G_CALLBACK (explorer_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * kg_routes_page_new:
 * @catalog: the content to show
 *
 * Returns: (transfer full): a new routes page
 */
KgRoutesPage *
kg_routes_page_new (KgCatalog *catalog)
{
  return g_object_new (KG_TYPE_ROUTES_PAGE, "catalog", catalog, NULL);
}

/**
 * kg_routes_page_get_language:
 * @self: a routes page
 *
 * Returns: (transfer none): the content language, e.g. "en"
 */
const char *
kg_routes_page_get_language (KgRoutesPage *self)
{
  g_return_val_if_fail (KG_IS_ROUTES_PAGE (self), NULL);
  return self->language;
}

/**
 * kg_routes_page_set_language:
 * @self: a routes page
 * @language: (nullable): "en", "es", or %NULL for the default language
 */
void
kg_routes_page_set_language (KgRoutesPage *self,
                             const char   *language)
{
  g_return_if_fail (KG_IS_ROUTES_PAGE (self));

  if (!kg_text_replace_language (&self->language, language))
    return;

  kg_bioavailability_chart_set_language (self->chart, self->language);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (self->columns[i] != NULL)
        kg_route_column_set_language (self->columns[i], self->language);
    }
  if (self->catalog != NULL)
    update_texts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_routes_page_get_patient_wording:
 * @self: a routes page
 *
 * Returns: whether the plain-language wording is shown
 */
gboolean
kg_routes_page_get_patient_wording (KgRoutesPage *self)
{
  g_return_val_if_fail (KG_IS_ROUTES_PAGE (self), FALSE);
  return self->patient_wording;
}

/**
 * kg_routes_page_set_patient_wording:
 * @self: a routes page
 * @patient_wording: whether to show the plain-language wording
 */
void
kg_routes_page_set_patient_wording (KgRoutesPage *self,
                                    gboolean      patient_wording)
{
  g_return_if_fail (KG_IS_ROUTES_PAGE (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;

  kg_bioavailability_chart_set_patient_wording (self->chart, patient_wording);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (self->columns[i] != NULL)
        kg_route_column_set_patient_wording (self->columns[i], patient_wording);
    }
  if (self->catalog != NULL)
    update_texts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}

/**
 * kg_routes_page_compare:
 * @self: a routes page
 * @first_id: the id of the route for the first column
 * @second_id: the id of the route for the second column
 *
 * Shows two routes side by side, as choosing them in the columns would.
 * Unknown ids leave that column as it is.
 */
void
kg_routes_page_compare (KgRoutesPage *self,
                        const char   *first_id,
                        const char   *second_id)
{
  const char *ids[N_COLUMNS] = { first_id, second_id };

  g_return_if_fail (KG_IS_ROUTES_PAGE (self));

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      KgRoute *route = lookup_route (self, ids[i]);

      if (route != NULL)
        kg_route_column_set_route (self->columns[i], route);
    }
}

/**
 * kg_routes_page_set_equivalence:
 * @self: a routes page
 * @from_id: the id of the route the dose is given by
 * @dose_mg: the dose, mg
 * @to_id: the id of the route to compare with
 *
 * Fills in the equivalent-dose explorer, as the user would. Routes without
 * figures are not offered there; their ids are ignored.
 */
void
kg_routes_page_set_equivalence (KgRoutesPage *self,
                                const char   *from_id,
                                double        dose_mg,
                                const char   *to_id)
{
  guint from, to;

  g_return_if_fail (KG_IS_ROUTES_PAGE (self));

  from = explorer_index (self, from_id);
  to = explorer_index (self, to_id);
  self->updating_explorer = TRUE;
  if (from != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->from_row, from);
  if (to != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->to_row, to);
  gtk_spin_button_set_value (self->dose_spin, dose_mg);
  self->updating_explorer = FALSE;
  update_result (self);
}
