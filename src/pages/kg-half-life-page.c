/* kg-half-life-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The half-life page: a route and a dose give the Domino model's ketamine
 * curve and norketamine's shape over 6, 24 or 48 hours, with the plasma
 * ranges behind the dose zones, when effects usually end, when driving is
 * allowed again, and why the drug outlasts its effects. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kg-half-life-page.h"
#include "model/kg-number.h"
#include "model/kg-plot-scale.h"
#include "widgets/kg-flow-layout.h"

/* The route the model was fitted to: given as a bolus, no absorption step. */
#define IV_ROUTE_ID "iv"

/* The sentence under the plot follows the crosshair once it rests this
 * long: a label change relayouts the page, too slow for every pointer
 * motion (the plot's own box follows at once). */
#define READOUT_DELAY_MS 150

/* Samples of the curves: 48 h every 36 s, both species. */
#define N_SAMPLES 4801
#define SAMPLED_HOURS 48.0

#define N_HALF_LIVES_TABLE 10

/* "Mostly gone": what is left after this many half-lives (3%). */
#define MOSTLY_GONE_HALF_LIVES 5

struct _KgHalfLifePage
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkDropDown    *route_dropdown;
  GtkSpinButton  *dose_spin;
  GtkAdjustment  *dose_adjustment;
  GtkLabel       *dose_mg_label;
  GtkToggleButton *span_6_button;
  GtkToggleButton *span_24_button;
  GtkToggleButton *span_48_button;
  GtkSwitch      *log_switch;
  GtkLabel       *route_info_label;
  GtkWidget      *route_warning;
  GtkLabel       *route_warning_label;
  KgCurvePlot    *plot;
  GtkLabel       *readout_label;
  GtkLabel       *description_label;
  GtkFlowBox     *answers;
  GtkFlowBox     *cards;
  GtkBox         *why_box;
  GtkLabel       *what_if_intro;
  GtkAdjustment  *what_if_adjustment;
  GtkScale       *what_if_scale;
  GtkLabel       *what_if_summary;
  GtkGrid        *what_if_table;
  GtkBox         *half_lives_box;
  GtkBox         *sources_box;

  /* Owned */
  KgCatalog      *catalog;
  char           *language;
  GPtrArray      *routes;         /* of KgRoute: those the model can plot */
  GtkStringList  *route_names;

  /* Borrowed */
  KgPkContent    *pk;
  GtkLabel       *gone_value_label;
  GtkLabel       *gone_detail_label;

  double          weight_kg;
  guint           readout_timeout;
  gboolean        patient_wording;
  gboolean        rendering;
};

G_DEFINE_FINAL_TYPE (KgHalfLifePage, kg_half_life_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_LANGUAGE,
  PROP_PATIENT_WORDING,
  PROP_WEIGHT_KG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Text helpers ------------------------------------------------------- */

static const char *
text_get (KgHalfLifePage *self,
          KgText         *text)
{
  return text != NULL ? kg_text_get (text, self->language, self->patient_wording) : "";
}

/* "45 min", "2 h", "12 h 30 min". */
static char *
format_duration (double hours)
{
  long minutes = lround (hours * 60);

  if (minutes < 60)
    return g_strdup_printf (_("%ld min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%ld h"), minutes / 60);
  return g_strdup_printf (_("%ld h %ld min"), minutes / 60, minutes % 60);
}

/* "45–90 min" when both ends are under an hour or the span is short,
 * otherwise "2–3 h". */
static char *
format_hours_range (KgHalfLifePage *self,
                    double          min,
                    double          max)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (max <= 2 && min < 1)
    {
      /* Translators: a range of minutes, e.g. "45–90 min" */
      return g_strdup_printf (_("%ld–%ld min"), lround (min * 60), lround (max * 60));
    }
  low = kg_number_format_significant (min, 3, self->language);
  high = kg_number_format_significant (max, 3, self->language);
  /* Translators: a range of hours, e.g. "2–3 h" */
  return g_strdup_printf (_("%s–%s h"), low, high);
}

static char *
format_hours (KgHalfLifePage *self,
              double          hours)
{
  g_autofree char *number = kg_number_format_significant (hours, 3, self->language);

  /* Translators: a number of hours, e.g. "2.5 h" */
  return g_strdup_printf (_("%s h"), number);
}

/* A figure in hours as the sources give it: "2.5 h (2–3 h)", "5.2–6.1 h". */
static char *
format_figure_hours (KgHalfLifePage *self,
                     KgPkFigure     *figure)
{
  double value = kg_pk_figure_get_value (figure);
  g_autofree char *range = NULL;
  g_autofree char *single = NULL;

  if (kg_pk_figure_has_range (figure))
    range = format_hours_range (self, kg_pk_figure_get_min (figure), kg_pk_figure_get_max (figure));
  if (!isnan (value))
    single = format_hours (self, value);
  if (single != NULL && range != NULL)
    return g_strdup_printf ("%s (%s)", single, range);
  return g_strdup (single != NULL ? single : range);
}

/* "Domino 1984", "Patient guide", "Spravato (esketamine) nasal spray". */
static char *
short_citation (KgHalfLifePage *self,
                const char     *id)
{
  KgReference *reference = kg_catalog_lookup_reference (self->catalog, id);
  const char *authors;
  const char *title;
  const char *container = NULL;
  const char *colon;
  int year;

  if (reference == NULL)
    return g_strdup (id);

  authors = kg_reference_get_authors (reference);
  year = kg_reference_get_year (reference);
  title = kg_text_get (kg_reference_get_title (reference), self->language, FALSE);
  if (kg_reference_get_container (reference) != NULL)
    container = kg_text_get (kg_reference_get_container (reference), self->language, FALSE);

  switch (kg_reference_get_kind (reference))
    {
    case KG_REFERENCE_PATIENT_GUIDE:
      return g_strdup (_("Patient guide"));
    case KG_REFERENCE_LABEL:
      colon = strchr (title, ':');
      return colon != NULL ? g_strndup (title, colon - title) : g_strdup (title);
    case KG_REFERENCE_WEB:
      if (container != NULL)
        return g_strdup (container);
      return g_strdup (title);
    case KG_REFERENCE_JOURNAL:
    case KG_REFERENCE_BOOK:
    case KG_REFERENCE_SEED:
    default:
      break;
    }

  if (authors != NULL && year != 0)
    {
      g_autofree char *surname = g_strndup (authors, strcspn (authors, " ,"));

      return g_strdup_printf ("%s %d", surname, year);
    }
  if (container != NULL && year != 0)
    return g_strdup_printf ("%s %d", container, year);
  return g_strdup (title);
}

/* "Sources: Domino 1984; Patient guide". */
static char *
format_sources (KgHalfLifePage     *self,
                const char * const *ids)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autofree char *cite = short_citation (self, ids[i]);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, cite);
    }
  /* Translators: the references behind a paragraph, e.g. "Sources: Domino 1984" */
  return g_strdup_printf (_("Sources: %s"), text->str);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* A modest natural width, so the flow boxes can put cards side by side. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
remove_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else if (GTK_IS_GRID (box))
        gtk_grid_remove (GTK_GRID (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
new_card (const char *title,
          GtkWidget **body_box)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = new_label (title, "heading");

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "kg-half-life-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_box_append (GTK_BOX (card), heading);
  *body_box = card;
  return card;
}

static void
add_flow_child (GtkFlowBox *flow,
                GtkWidget  *child)
{
  GtkWidget *flow_child = gtk_flow_box_child_new ();

  gtk_widget_set_focusable (flow_child, FALSE);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (flow_child), child);
  gtk_flow_box_append (flow, flow_child);
}

/* ---- State -------------------------------------------------------------- */

static KgRoute *
selected_route (KgHalfLifePage *self)
{
  guint index = gtk_drop_down_get_selected (self->route_dropdown);

  if (self->routes == NULL || index >= self->routes->len)
    return NULL;
  return g_ptr_array_index (self->routes, index);
}

static gboolean
route_is_bolus (KgRoute *route)
{
  return g_strcmp0 (kg_route_get_id (route), IV_ROUTE_ID) == 0;
}

static double
what_if_half_life (KgHalfLifePage *self)
{
  /* The slider moves in tenths of an hour. */
  return round (gtk_adjustment_get_value (self->what_if_adjustment) * 10) / 10;
}

static double
span_hours (KgHalfLifePage *self)
{
  if (gtk_toggle_button_get_active (self->span_6_button))
    return 6;
  if (gtk_toggle_button_get_active (self->span_48_button))
    return 48;
  return 24;
}

/* ---- The curve ---------------------------------------------------------- */

static void
update_dose_label (KgHalfLifePage *self)
{
  double dose = gtk_adjustment_get_value (self->dose_adjustment);
  g_autofree char *mg = kg_number_format_significant (dose * self->weight_kg, 3, self->language);
  g_autofree char *kg = kg_number_format_significant (self->weight_kg, 3, self->language);
  g_autofree char *text = NULL;

  /* Translators: the dose in mg for the example weight, e.g. "= 35 mg at 70 kg" */
  text = g_strdup_printf (_("= %s mg at %s kg"), mg, kg);
  gtk_label_set_text (self->dose_mg_label, text);
}

static void
update_curve (KgHalfLifePage *self)
{
  KgRoute *route = selected_route (self);
  g_autoptr (KgPkCurve) curve = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree double *times = NULL;
  g_autofree double *parent = NULL;
  g_autofree double *metabolite = NULL;
  g_autofree char *context = NULL;
  g_autofree char *dose_text = NULL;
  g_autofree char *mg = NULL;
  double dose = gtk_adjustment_get_value (self->dose_adjustment);
  KgPkDosing dosing = { TRUE, 1, 0 };
  double metabolite_peak = 0;
  KgRange f, tmax;

  update_dose_label (self);
  if (route == NULL || self->pk == NULL)
    {
      kg_curve_plot_set_data (self->plot, 0, NULL, NULL, NULL);
      return;
    }

  if (!route_is_bolus (route) && kg_route_get_bioavailability (route, &f)
      && kg_route_get_tmax (route, &tmax))
    {
      dosing.bolus = FALSE;
      dosing.f = f.typical;
      dosing.tmax_min = tmax.typical;
    }
  curve = kg_pk_content_new_curve (self->pk, &dosing, dose, &error);
  if (curve == NULL)
    {
      /* The content was validated and every listed route has F and Tmax. */
      g_critical ("Cannot plot route %s: %s", kg_route_get_id (route), error->message);
      return;
    }

  times = g_new (double, N_SAMPLES);
  parent = g_new (double, N_SAMPLES);
  metabolite = g_new (double, N_SAMPLES);
  kg_pk_curve_sample (curve, SAMPLED_HOURS * 60, N_SAMPLES, times, parent, metabolite);
  kg_pk_curve_find_peak (curve, KG_PK_SPECIES_METABOLITE, SAMPLED_HOURS * 60, NULL,
                         &metabolite_peak);
  for (guint i = 0; i < N_SAMPLES; i++)
    {
      times[i] /= 60;
      parent[i] *= 1000;   /* mg/L → ng/mL */
      metabolite[i] = metabolite_peak > 0 ? 100 * metabolite[i] / metabolite_peak : 0;
    }
  kg_curve_plot_set_data (self->plot, N_SAMPLES, times, parent, metabolite);

  dose_text = kg_number_format_significant (dose, 3, self->language);
  mg = kg_number_format_significant (dose * self->weight_kg, 3, self->language);
  /* Translators: what the plot shows, e.g. "Oral, 0.5 mg/kg (35 mg)" */
  context = g_strdup_printf (_("%s, %s mg/kg (%s mg)"), text_get (self, kg_route_get_name (route)),
                             dose_text, mg);
  kg_curve_plot_set_context (self->plot, context);
}

static void
update_route_info (KgHalfLifePage *self)
{
  KgRoute *route = selected_route (self);
  g_autoptr (GString) info = g_string_new (NULL);
  g_autoptr (GString) missing = g_string_new (NULL);
  GListModel *all = kg_catalog_get_routes (self->catalog);
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_auto (GStrv) id_list = NULL;
  g_autofree char *sources = NULL;
  KgRange f, tmax;

  if (route == NULL)
    return;

  if (kg_route_get_bioavailability (route, &f))
    {
      g_autofree char *typical = kg_number_format_significant (f.typical * 100, 2, self->language);

      if (f.min < f.max)
        {
          g_autofree char *low = kg_number_format_significant (f.min * 100, 2, self->language);
          g_autofree char *high = kg_number_format_significant (f.max * 100, 2, self->language);

          /* Translators: e.g. "Reaches the blood: 45% (sources range 11–50%)." */
          g_string_append_printf (info, _("Reaches the blood: %s%% (sources range %s–%s%%)."),
                                  typical, low, high);
        }
      else
        {
          /* Translators: e.g. "Reaches the blood: 20%." */
          g_string_append_printf (info, _("Reaches the blood: %s%%."), typical);
        }
      for (const char * const *s = kg_route_get_bioavailability_sources (route); s && *s; s++)
        g_strv_builder_add (ids, *s);
    }

  if (route_is_bolus (route))
    {
      g_string_append_c (info, ' ');
      g_string_append (info, _("Given as a single injection (bolus) into the model, as in its "
                               "source: the level is highest right after the dose."));
      for (const char * const *s = kg_pk_content_get_model_sources (self->pk); s && *s; s++)
        g_strv_builder_add (ids, *s);
    }
  else if (kg_route_get_tmax (route, &tmax))
    {
      g_autofree char *peak = format_duration (tmax.typical / 60);
      double ka = NAN;

      g_string_append_c (info, ' ');
      if (tmax.min < tmax.max)
        {
          g_autofree char *low = format_duration (tmax.min / 60);
          g_autofree char *high = format_duration (tmax.max / 60);

          /* Translators: e.g. "Time to peak: 45 min (15 min to 1 h)." */
          g_string_append_printf (info, _("Time to peak: %s (%s to %s)."), peak, low, high);
        }
      else
        {
          g_string_append_printf (info, _("Time to peak: %s."), peak);
        }
      if (kg_route_get_tmax_note (route) != NULL)
        {
          g_string_append_c (info, ' ');
          g_string_append (info, text_get (self, kg_route_get_tmax_note (route)));
        }
      if (kg_pk_content_derive_ka (self->pk, tmax.typical, &ka, NULL))
        {
          g_autofree char *rate = kg_number_format_significant (ka, 2, self->language);
          g_autofree char *peak_typical = format_duration (tmax.typical / 60);

          g_string_append_c (info, ' ');
          /* Translators: e.g. "The model absorbs the dose at 0.0065 per minute, the rate at
           * which it peaks at 45 min." */
          g_string_append_printf (info, _("The model absorbs the dose at %s per minute, the rate "
                                          "at which it peaks at %s."), rate, peak_typical);
        }
      for (const char * const *s = kg_route_get_tmax_sources (route); s && *s; s++)
        g_strv_builder_add (ids, *s);
    }

  id_list = g_strv_builder_end (ids);
  if (id_list[0] != NULL)
    {
      sources = format_sources (self, (const char * const *) id_list);
      g_string_append_printf (info, " %s.", sources);
    }

  /* Routes the sources give no time to peak for cannot be plotted. */
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (KgRoute) other = g_list_model_get_item (all, i);
      gboolean listed = FALSE;

      for (guint j = 0; j < self->routes->len; j++)
        listed |= g_ptr_array_index (self->routes, j) == other;
      if (listed)
        continue;
      if (missing->len > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, text_get (self, kg_route_get_short_name (other)));
    }
  if (missing->len > 0)
    {
      g_string_append_c (info, '\n');
      /* Translators: e.g. "Not plotted (no time to peak in the sources): IM, thin film." */
      g_string_append_printf (info, _("Not plotted (no time to peak in the sources): %s."),
                              missing->str);
    }
  gtk_label_set_text (self->route_info_label, info->str);

  if (kg_route_get_esketamine (route))
    {
      KgPkFigure *esketamine = kg_pk_content_lookup_figure (self->pk, "esketamine-nasal");
      g_autofree char *half_life = esketamine != NULL ? format_figure_hours (self, esketamine) : NULL;
      g_autofree char *warning = NULL;

      /* Translators: %s is esketamine's own half-life, e.g. "7–12 h" */
      warning = g_strdup_printf (_("Esketamine is outside the model, which was fitted to racemic "
                                   "ketamine: this curve borrows only the route's bioavailability "
                                   "and time to peak. The product label gives esketamine a "
                                   "terminal half-life of %s."),
                                 half_life != NULL ? half_life : "?");
      gtk_label_set_text (self->route_warning_label, warning);
      gtk_widget_set_visible (self->route_warning, TRUE);
    }
  else
    {
      gtk_widget_set_visible (self->route_warning, FALSE);
    }
}

/* ---- Markers, answers and the what-if ------------------------------------ */

static void
update_plot_markers (KgHalfLifePage *self)
{
  GListModel *bands = kg_pk_content_get_concentration_bands (self->pk);
  GListModel *markers = kg_pk_content_get_time_markers (self->pk);
  double t_half = what_if_half_life (self);
  g_autofree char *gone = NULL;
  g_autofree char *half_life = format_hours (self, t_half);

  kg_curve_plot_clear_markers (self->plot);
  for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr (KgPkFigure) band = g_list_model_get_item (bands, i);

      kg_curve_plot_add_level (self->plot, text_get (self, kg_pk_figure_get_label (band)),
                               kg_pk_figure_get_min (band), kg_pk_figure_get_max (band));
    }
  for (guint i = 0; i < g_list_model_get_n_items (markers); i++)
    {
      g_autoptr (KgPkFigure) marker = g_list_model_get_item (markers, i);
      const char *label = text_get (self, kg_pk_figure_get_label (marker));

      if (!kg_pk_figure_get_plot (marker))
        continue;
      if (kg_pk_figure_has_range (marker))
        kg_curve_plot_add_time_marker (self->plot, label, kg_pk_figure_get_min (marker),
                                       kg_pk_figure_get_max (marker));
      else
        kg_curve_plot_add_time_marker (self->plot, label, kg_pk_figure_get_value (marker),
                                       kg_pk_figure_get_value (marker));
    }

  /* Translators: a time marker on the plot, e.g. "97% cleared (5 × 2.5 h)" */
  gone = g_strdup_printf (_("%.0f%% cleared (%d × %s)"),
                          100 * (1 - kg_pk_fraction_remaining (MOSTLY_GONE_HALF_LIVES, 1)),
                          MOSTLY_GONE_HALF_LIVES, half_life);
  kg_curve_plot_add_time_marker (self->plot, gone, MOSTLY_GONE_HALF_LIVES * t_half,
                                 MOSTLY_GONE_HALF_LIVES * t_half);
}

static void
update_what_if (KgHalfLifePage *self)
{
  double t_half = what_if_half_life (self);
  double day_fraction = kg_pk_fraction_remaining (24, t_half);
  g_autofree char *half_life = format_hours (self, t_half);
  g_autofree char *gone_time = format_duration (MOSTLY_GONE_HALF_LIVES * t_half);
  g_autofree char *day_percent = kg_number_format_percent (100 * day_fraction, self->language);
  g_autofree char *day_half_lives = kg_number_format_significant (24 / t_half, 2, self->language);
  g_autofree char *summary = NULL;

  /* Translators: e.g. "With a half-life of 2.5 h, about 97% is gone after 5 half-lives
   * (12 h 30 min). After 24 h, 0.13% is left (9.6 half-lives)." */
  summary = g_strdup_printf (_("With a half-life of %s, about %.0f%% is gone after %d half-lives "
                               "(%s). After 24 h, %s%% is left (%s half-lives)."),
                             half_life,
                             100 * (1 - kg_pk_fraction_remaining (MOSTLY_GONE_HALF_LIVES, 1)),
                             MOSTLY_GONE_HALF_LIVES, gone_time, day_percent, day_half_lives);
  gtk_label_set_text (self->what_if_summary, summary);

  remove_children (GTK_WIDGET (self->what_if_table));
  {
    const char *headings[] = { _("Half-lives"), _("Time"), _("Left") };

    for (guint column = 0; column < G_N_ELEMENTS (headings); column++)
      {
        GtkWidget *heading = new_label (headings[column], "heading");

        gtk_label_set_xalign (GTK_LABEL (heading), column == 0 ? 0 : 1);
        gtk_grid_attach (self->what_if_table, heading, column, 0, 1, 1);
      }
  }
  for (guint n = 1; n <= N_HALF_LIVES_TABLE; n++)
    {
      g_autofree char *count = g_strdup_printf ("%u", n);
      g_autofree char *time = format_duration (n * t_half);
      g_autofree char *left = kg_number_format_percent (100 * kg_pk_fraction_remaining (n * t_half,
                                                                                     t_half), self->language);
      g_autofree char *left_text = g_strdup_printf ("%s%%", left);
      const char *cells[] = { count, time, left_text };

      for (guint column = 0; column < G_N_ELEMENTS (cells); column++)
        {
          GtkWidget *cell = new_label (cells[column], "numeric");

          gtk_label_set_xalign (GTK_LABEL (cell), column == 0 ? 0 : 1);
          gtk_grid_attach (self->what_if_table, cell, column, n, 1, 1);
        }
    }

  if (self->gone_value_label != NULL)
    {
      g_autofree char *detail = NULL;

      /* Translators: the big figure of the "mostly gone" card, e.g. "≈ 12 h 30 min" */
      g_autofree char *value = g_strdup_printf (_("≈ %s"), gone_time);

      gtk_label_set_text (self->gone_value_label, value);
      /* Translators: e.g. "5 half-lives of 2.5 h: about 3% left" */
      detail = g_strdup_printf (_("%d half-lives of %s: about %.0f%% left"),
                                MOSTLY_GONE_HALF_LIVES, half_life,
                                100 * kg_pk_fraction_remaining (MOSTLY_GONE_HALF_LIVES, 1));
      gtk_label_set_text (self->gone_detail_label, detail);
    }

  update_plot_markers (self);
}

static GtkWidget *
new_answer (const char  *title,
            const char  *value,
            const char  *detail,
            GtkLabel   **value_label,
            GtkLabel   **detail_label)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title_label = new_label (title, "heading");
  GtkWidget *big = new_label (value, "title-2");
  GtkWidget *small = new_label (detail, "dim-label");

  /* Three side by side on a wide window, two on a phone. */
  gtk_widget_add_css_class (small, "caption");
  gtk_label_set_max_width_chars (GTK_LABEL (title_label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (small), 16);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "kg-half-life-card");
  gtk_box_append (GTK_BOX (card), title_label);
  gtk_box_append (GTK_BOX (card), big);
  gtk_box_append (GTK_BOX (card), small);
  if (value_label != NULL)
    *value_label = GTK_LABEL (big);
  if (detail_label != NULL)
    *detail_label = GTK_LABEL (small);
  return card;
}

/* The three figures that answer "how long?", above the plot; their
 * explanations and full sources are in the cards below it. */
static void
render_answers (KgHalfLifePage *self)
{
  KgPkFigure *effects = kg_pk_content_lookup_figure (self->pk, "effects-over");
  KgPkFigure *driving = kg_pk_content_lookup_figure (self->pk, "driving");

  remove_children (GTK_WIDGET (self->answers));
  self->gone_value_label = NULL;
  self->gone_detail_label = NULL;

  if (effects != NULL)
    {
      g_autofree char *range = format_hours_range (self, kg_pk_figure_get_min (effects),
                                                   kg_pk_figure_get_max (effects));
      g_autofree char *sources = format_sources (self, kg_pk_figure_get_sources (effects));

      add_flow_child (self->answers, new_answer (_("Effects wear off"), range, sources, NULL,
                                                 NULL));
    }

  add_flow_child (self->answers, new_answer (_("Mostly gone from the blood"), "", "",
                                             &self->gone_value_label, &self->gone_detail_label));

  if (driving != NULL)
    {
      g_autofree char *value = format_hours (self, kg_pk_figure_get_typical (driving));

      /* Translators: under "24 h" in the "Before driving" card */
      add_flow_child (self->answers, new_answer (_("Before driving"), value,
                                                 _("At least; see “24 h before driving” below"),
                                                 NULL, NULL));
    }
}

/* A titled card of content text; the first one (why the drug outlasts its
 * effects) goes full width right under the answers it explains. */
static void
add_explanation_card (KgHalfLifePage     *self,
                      const char         *title,
                      const char         *body,
                      const char         *extra,
                      const char * const *source_ids,
                      gboolean            wide)
{
  GtkWidget *card;
  g_autofree char *sources = format_sources (self, source_ids);
  guint width = wide ? 140 : 48;
  GtkWidget *label;

  new_card (title, &card);
  label = new_label (body, NULL);
  gtk_label_set_max_width_chars (GTK_LABEL (label), width);
  gtk_box_append (GTK_BOX (card), label);
  if (extra != NULL)
    {
      label = new_label (extra, NULL);
      gtk_label_set_max_width_chars (GTK_LABEL (label), width);
      gtk_box_append (GTK_BOX (card), label);
    }
  label = new_label (sources, "dim-label");
  gtk_label_set_max_width_chars (GTK_LABEL (label), width);
  gtk_box_append (GTK_BOX (card), label);
  if (wide)
    gtk_box_append (self->why_box, card);
  else
    add_flow_child (self->cards, card);
}

static void
render_cards (KgHalfLifePage *self)
{
  static const char * const order[] = {
    "effects-vs-elimination", "metabolite", "absorption", "variability"
  };
  KgPkFigure *driving = kg_pk_content_lookup_figure (self->pk, "driving");
  KgPkFigure *norketamine = kg_pk_content_get_metabolite_half_life (self->pk);

  remove_children (GTK_WIDGET (self->cards));
  remove_children (GTK_WIDGET (self->why_box));

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      KgText *title, *body;
      const char * const *sources;
      const char *extra = NULL;

      if (!kg_pk_content_get_explanation (self->pk, order[i], &title, &body, &sources))
        continue;
      if (g_str_equal (order[i], "metabolite") && kg_pk_figure_get_caveat (norketamine) != NULL)
        extra = text_get (self, kg_pk_figure_get_caveat (norketamine));
      add_explanation_card (self, text_get (self, title), text_get (self, body), extra, sources,
                            i == 0);

      /* Driving right after the main explanation: the practical consequence. */
      if (i == 0 && driving != NULL && kg_pk_figure_get_note (driving) != NULL)
        add_explanation_card (self, text_get (self, kg_pk_figure_get_label (driving)),
                              text_get (self, kg_pk_figure_get_note (driving)), NULL,
                              kg_pk_figure_get_sources (driving), FALSE);
    }

  {
    double terminal = kg_pk_content_get_terminal_half_life (self->pk);
    g_autofree char *terminal_text = format_duration (terminal);
    g_autofree char *extra = NULL;
    g_autofree char *title = g_strdup (text_get (self, kg_pk_content_get_model_name (self->pk)));

    /* Translators: %s is a duration, e.g. "1 h 55 min" */
    extra = g_strdup_printf (_("Its slowest phase halves the level every %s (worked out from the "
                               "model's constants), a little faster than the 2–3 h the patient "
                               "guide gives."), terminal_text);
    add_explanation_card (self, title, text_get (self, kg_pk_content_get_model_domain (self->pk)),
                          extra, kg_pk_content_get_model_sources (self->pk), FALSE);
  }
}

static void
render_half_lives (KgHalfLifePage *self)
{
  GListModel *half_lives = kg_pk_content_get_half_lives (self->pk);

  remove_children (GTK_WIDGET (self->half_lives_box));
  for (guint i = 0; i < g_list_model_get_n_items (half_lives); i++)
    {
      g_autoptr (KgPkFigure) figure = g_list_model_get_item (half_lives, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *value = format_figure_hours (self, figure);
      g_autofree char *line = g_strdup_printf ("%s: %s",
                                               text_get (self, kg_pk_figure_get_label (figure)),
                                               value);
      g_autofree char *sources = format_sources (self, kg_pk_figure_get_sources (figure));
      GtkWidget *line_label = new_label (line, NULL);

      gtk_label_set_max_width_chars (GTK_LABEL (line_label), 100);
      gtk_widget_add_css_class (line_label, "heading");
      gtk_box_append (GTK_BOX (row), line_label);
      if (kg_pk_figure_get_note (figure) != NULL)
        gtk_box_append (GTK_BOX (row), new_label (text_get (self, kg_pk_figure_get_note (figure)),
                                                  NULL));
      if (kg_pk_figure_get_caveat (figure) != NULL)
        {
          g_autofree char *caveat = g_strdup_printf (_("Caution: %s"),
                                                     text_get (self,
                                                               kg_pk_figure_get_caveat (figure)));

          gtk_box_append (GTK_BOX (row), new_label (caveat, "warning"));
        }
      if (kg_pk_figure_get_evidence (figure) == KG_PK_EVIDENCE_PATIENT_GUIDE)
        {
          g_autofree char *labelled = g_strdup_printf (_("%s (a patient guide, not a study)"),
                                                       sources);

          gtk_box_append (GTK_BOX (row), new_label (labelled, "dim-label"));
        }
      else
        {
          gtk_box_append (GTK_BOX (row), new_label (sources, "dim-label"));
        }
      for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        gtk_label_set_max_width_chars (GTK_LABEL (child), 100);
      gtk_box_append (self->half_lives_box, row);
    }
}

static void
collect (GHashTable         *seen,
         GPtrArray          *ids,
         const char * const *sources)
{
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      if (g_hash_table_add (seen, (gpointer) sources[i]))
        g_ptr_array_add (ids, (gpointer) sources[i]);
    }
}

static void
collect_figures (GHashTable *seen,
                 GPtrArray  *ids,
                 GListModel *figures)
{
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (KgPkFigure) figure = g_list_model_get_item (figures, i);
      collect (seen, ids, kg_pk_figure_get_sources (figure));
    }
}

static void
render_sources (KgHalfLifePage *self)
{
  static const char * const explanations[] = {
    "effects-vs-elimination", "metabolite", "absorption", "variability"
  };
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  KgRoute *route = selected_route (self);

  collect (seen, ids, kg_pk_content_get_model_sources (self->pk));
  if (route != NULL)
    {
      collect (seen, ids, kg_route_get_bioavailability_sources (route));
      collect (seen, ids, kg_route_get_tmax_sources (route));
    }
  collect_figures (seen, ids, kg_pk_content_get_half_lives (self->pk));
  collect_figures (seen, ids, kg_pk_content_get_concentration_bands (self->pk));
  collect_figures (seen, ids, kg_pk_content_get_time_markers (self->pk));
  collect (seen, ids, kg_pk_content_get_metabolite_sources (self->pk));
  for (guint i = 0; i < G_N_ELEMENTS (explanations); i++)
    {
      const char * const *sources = NULL;

      if (kg_pk_content_get_explanation (self->pk, explanations[i], NULL, NULL, &sources))
        collect (seen, ids, sources);
    }

  remove_children (GTK_WIDGET (self->sources_box));
  for (guint i = 0; i < ids->len; i++)
    {
      KgReference *reference = kg_catalog_lookup_reference (self->catalog, ids->pdata[i]);
      g_autofree char *text = reference != NULL ? kg_reference_format (reference, self->language)
                                                : g_strdup (ids->pdata[i]);
      GtkWidget *label = new_label (text, NULL);

      gtk_label_set_max_width_chars (GTK_LABEL (label), 120);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (self->sources_box, label);
    }
}

/* The chosen route's name is cut short on a narrow window: the whole name
 * in the tooltip (and, by KgWindow, in the accessible name). */
static void
update_route_tooltip (KgHalfLifePage *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->route_dropdown);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->route_dropdown),
                               item != NULL ? gtk_string_object_get_string (item) : NULL);
}

/* Everything that shows content text, after a language or wording change. */
static char *format_slider_value (GtkScale *scale,
                                  double    value,
                                  gpointer  data);

/* The dose box writes its figure in the display language ("0,50"), and
 * reads either separator back, whatever the process locale. */
static gboolean
dose_spin_output_cb (GtkSpinButton  *spin,
                     KgHalfLifePage *self)
{
  g_autofree char *text =
    kg_number_format_fixed (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)),
                            gtk_spin_button_get_digits (spin), self->language);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
dose_spin_input_cb (GtkSpinButton  *spin,
                    double         *new_value,
                    KgHalfLifePage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end;

  g_strdelimit (text, ",", '.');
  *new_value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0')
    return GTK_INPUT_ERROR;
  return TRUE;
}

static void
render_text (KgHalfLifePage *self)
{
  guint selected;
  KgPkFigure *what_if;
  g_autofree char *range = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *secondary = NULL;
  g_autofree char *band = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  double low_factor = 0, high_factor = 0;

  dose_spin_output_cb (self->dose_spin, self);

  kg_curve_plot_set_language (self->plot, self->language);
  /* The slider's value text, in the new language's numbers. */
  gtk_scale_set_format_value_func (self->what_if_scale, format_slider_value, self, NULL);
  if (self->pk == NULL)
    return;

  /* Route names, keeping the choice. */
  self->rendering = TRUE;
  selected = gtk_drop_down_get_selected (self->route_dropdown);
  {
    g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
    g_auto (GStrv) names = NULL;

    for (guint i = 0; i < self->routes->len; i++)
      g_strv_builder_add (builder, text_get (self, kg_route_get_name (self->routes->pdata[i])));
    names = g_strv_builder_end (builder);
    g_clear_object (&self->route_names);
    self->route_names = gtk_string_list_new ((const char * const *) names);
    gtk_drop_down_set_model (self->route_dropdown, G_LIST_MODEL (self->route_names));
    gtk_drop_down_set_selected (self->route_dropdown,
                                selected < self->routes->len ? selected : 0);
  }
  self->rendering = FALSE;
  update_route_tooltip (self);

  kg_pk_content_get_variability (self->pk, &low_factor, &high_factor);
  low = kg_number_format_significant (low_factor, 2, self->language);
  high = kg_number_format_significant (high_factor, 2, self->language);
  /* Translators: legend of the variability band, e.g. "×0.5 to ×2: people differ" */
  band = g_strdup_printf (_("×%s to ×%s: people differ"), low, high);
  kg_curve_plot_set_band (self->plot, low_factor, high_factor, band);
  /* Translators: legend of the norketamine line; %s is "Norketamine" */
  secondary = g_strdup_printf (_("%s: shape only, %% of its own peak (right axis)"),
                               text_get (self, kg_pk_content_get_metabolite_name (self->pk)));
  /* Translators: the name of the drug on the plot */
  kg_curve_plot_set_series (self->plot, _("Ketamine"), _("ng/mL"),
                            text_get (self, kg_pk_content_get_metabolite_name (self->pk)),
                            secondary);

  what_if = kg_pk_content_get_what_if (self->pk);
  range = format_hours_range (self, kg_pk_figure_get_min (what_if), kg_pk_figure_get_max (what_if));
  /* Translators: %s is the half-life range, e.g. "2–3 h" */
  intro = g_strdup_printf (_("Each half-life halves what is left. The patient guide gives "
                             "ketamine a half-life of %s; move the slider through that range."),
                           range);
  gtk_label_set_text (self->what_if_intro, intro);

  render_answers (self);
  render_cards (self);
  render_half_lives (self);
  update_route_info (self);
  render_sources (self);
  update_what_if (self);
  update_curve (self);
}

/* ---- Callbacks ---------------------------------------------------------- */

static void
route_changed_cb (KgHalfLifePage *self)
{
  update_route_tooltip (self);
  if (self->rendering)
    return;
  update_route_info (self);
  render_sources (self);
  update_curve (self);
}

static void
dose_changed_cb (KgHalfLifePage *self)
{
  update_curve (self);
}

static void
span_toggled_cb (KgHalfLifePage  *self,
                 GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  kg_curve_plot_set_span (self->plot, span_hours (self));
}

static void
what_if_changed_cb (KgHalfLifePage *self)
{
  update_what_if (self);
}

static char *
format_slider_value (GtkScale *scale,
                     double    value,
                     gpointer  data)
{
  KgHalfLifePage *self = data;

  return format_hours (self, round (value * 10) / 10);
}

static gboolean
show_readout_cb (gpointer data)
{
  KgHalfLifePage *self = data;

  self->readout_timeout = 0;
  gtk_label_set_text (self->readout_label, kg_curve_plot_get_readout (self->plot));
  return G_SOURCE_REMOVE;
}

static void
readout_changed_cb (KgHalfLifePage *self)
{
  /* The first readout at once; then once the crosshair rests. */
  if (gtk_label_get_text (self->readout_label)[0] == '\0')
    gtk_label_set_text (self->readout_label, kg_curve_plot_get_readout (self->plot));
  else if (self->readout_timeout == 0)
    self->readout_timeout = g_timeout_add (READOUT_DELAY_MS, show_readout_cb, self);
  else
    {
      g_source_remove (self->readout_timeout);
      self->readout_timeout = g_timeout_add (READOUT_DELAY_MS, show_readout_cb, self);
    }
}

static void
description_changed_cb (KgHalfLifePage *self)
{
  gtk_label_set_text (self->description_label, kg_curve_plot_get_description (self->plot));
}

/* ---- GObject ------------------------------------------------------------ */

static void
kg_half_life_page_constructed (GObject *object)
{
  KgHalfLifePage *self = (KgHalfLifePage *) object;
  GListModel *routes;
  KgPkFigure *what_if;

  G_OBJECT_CLASS (kg_half_life_page_parent_class)->constructed (object);

  self->routes = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->catalog == NULL || kg_catalog_get_pharmacokinetics (self->catalog) == NULL)
    return;
  self->pk = kg_catalog_get_pharmacokinetics (self->catalog);

  /* The routes the model can draw: the IV bolus, and those with both F and a
   * time to peak to derive absorption from. */
  routes = kg_catalog_get_routes (self->catalog);
  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr (KgRoute) route = g_list_model_get_item (routes, i);
      KgRange f, tmax;

      if (route_is_bolus (route)
          || (kg_route_get_bioavailability (route, &f) && kg_route_get_tmax (route, &tmax)
              && kg_pk_content_derive_ka (self->pk, tmax.typical, &(double) { 0 }, NULL)))
        g_ptr_array_add (self->routes, g_steal_pointer (&route));
    }

  what_if = kg_pk_content_get_what_if (self->pk);
  gtk_adjustment_configure (self->what_if_adjustment, kg_pk_figure_get_typical (what_if),
                            kg_pk_figure_get_min (what_if), kg_pk_figure_get_max (what_if),
                            0.1, 0.5, 0);
  gtk_scale_set_format_value_func (self->what_if_scale, format_slider_value, self, NULL);
  gtk_scale_clear_marks (self->what_if_scale);
  gtk_scale_add_mark (self->what_if_scale, kg_pk_figure_get_min (what_if), GTK_POS_BOTTOM, NULL);
  gtk_scale_add_mark (self->what_if_scale, kg_pk_figure_get_typical (what_if), GTK_POS_BOTTOM,
                      NULL);
  gtk_scale_add_mark (self->what_if_scale, kg_pk_figure_get_max (what_if), GTK_POS_BOTTOM, NULL);

  render_text (self);

  g_signal_connect_swapped (self->route_dropdown, "notify::selected",
                            G_CALLBACK (route_changed_cb), self);
  g_signal_connect_swapped (self->dose_adjustment, "value-changed",
                            G_CALLBACK (dose_changed_cb), self);
  g_signal_connect_swapped (self->what_if_adjustment, "value-changed",
                            G_CALLBACK (what_if_changed_cb), self);
  g_object_bind_property (self->log_switch, "active", self->plot, "log-scale",
                          G_BINDING_SYNC_CREATE);
}

static void
kg_half_life_page_dispose (GObject *object)
{
  KgHalfLifePage *self = (KgHalfLifePage *) object;

  g_clear_handle_id (&self->readout_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_HALF_LIFE_PAGE);
  g_clear_object (&self->catalog);
  g_clear_object (&self->route_names);
  g_clear_pointer (&self->routes, g_ptr_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kg_half_life_page_parent_class)->dispose (object);
}

static void
kg_half_life_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KgHalfLifePage *self = KG_HALF_LIFE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PATIENT_WORDING:
      g_value_set_boolean (value, self->patient_wording);
      break;
    case PROP_WEIGHT_KG:
      g_value_set_double (value, self->weight_kg);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_half_life_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KgHalfLifePage *self = KG_HALF_LIFE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      kg_half_life_page_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_half_life_page_set_patient_wording (self, g_value_get_boolean (value));
      break;
    case PROP_WEIGHT_KG:
      kg_half_life_page_set_weight_kg (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_half_life_page_class_init (KgHalfLifePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kg_half_life_page_constructed;
  object_class->dispose = kg_half_life_page_dispose;
  object_class->get_property = kg_half_life_page_get_property;
  object_class->set_property = kg_half_life_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, KG_TYPE_CATALOG,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgHalfLifePage:weight-kg:
   *
   * The example body weight, for the dose in mg. Blood levels per kg do not
   * depend on it in this model.
   */
  properties[PROP_WEIGHT_KG] =
    g_param_spec_double ("weight-kg", NULL, NULL, 1, 350, 70,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KG_TYPE_CURVE_PLOT);
  g_type_ensure (KG_TYPE_FLOW_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-half-life-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, route_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, dose_spin);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, dose_adjustment);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, dose_mg_label);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, span_6_button);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, span_24_button);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, span_48_button);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, log_switch);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, route_info_label);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, route_warning);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, route_warning_label);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, plot);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, readout_label);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, description_label);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, answers);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, cards);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, why_box);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, what_if_intro);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, what_if_adjustment);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, what_if_scale);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, what_if_summary);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, what_if_table);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, half_lives_box);
  gtk_widget_class_bind_template_child (widget_class, KgHalfLifePage, sources_box);
  gtk_widget_class_bind_template_callback (widget_class, span_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, readout_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, description_changed_cb);
}

static void
kg_half_life_page_init (KgHalfLifePage *self)
{
  self->language = g_strdup (kg_text_get_default_language ());
  self->weight_kg = 70;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->dose_spin, "output", G_CALLBACK (dose_spin_output_cb), self);
  g_signal_connect (self->dose_spin, "input", G_CALLBACK (dose_spin_input_cb), self);
}

/**
 * kg_half_life_page_new:
 * @catalog: the content to show
 *
 * Returns: (transfer full): a new half-life page
 */
KgHalfLifePage *
kg_half_life_page_new (KgCatalog *catalog)
{
  return g_object_new (KG_TYPE_HALF_LIFE_PAGE, "catalog", catalog, NULL);
}

/**
 * kg_half_life_page_get_language:
 * @self: a half-life page
 *
 * Returns: (transfer none): the content language, e.g. "en"
 */
const char *
kg_half_life_page_get_language (KgHalfLifePage *self)
{
  g_return_val_if_fail (KG_IS_HALF_LIFE_PAGE (self), NULL);
  return self->language;
}

/**
 * kg_half_life_page_set_language:
 * @self: a half-life page
 * @language: (nullable): the content language; %NULL for the default
 *
 * Re-renders the content text, keeping the route, dose, span and crosshair.
 */
void
kg_half_life_page_set_language (KgHalfLifePage *self,
                                const char     *language)
{
  g_return_if_fail (KG_IS_HALF_LIFE_PAGE (self));

  if (!kg_text_replace_language (&self->language, language))
    return;
  render_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_half_life_page_get_patient_wording:
 * @self: a half-life page
 *
 * Returns: whether content text uses its plain-language wording
 */
gboolean
kg_half_life_page_get_patient_wording (KgHalfLifePage *self)
{
  g_return_val_if_fail (KG_IS_HALF_LIFE_PAGE (self), FALSE);
  return self->patient_wording;
}

/**
 * kg_half_life_page_set_patient_wording:
 * @self: a half-life page
 * @patient_wording: whether to use plain-language wording
 */
void
kg_half_life_page_set_patient_wording (KgHalfLifePage *self,
                                       gboolean        patient_wording)
{
  g_return_if_fail (KG_IS_HALF_LIFE_PAGE (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;
  render_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}

/**
 * kg_half_life_page_get_weight_kg:
 * @self: a half-life page
 *
 * Returns: the example body weight, kg
 */
double
kg_half_life_page_get_weight_kg (KgHalfLifePage *self)
{
  g_return_val_if_fail (KG_IS_HALF_LIFE_PAGE (self), 0);
  return self->weight_kg;
}

/**
 * kg_half_life_page_set_weight_kg:
 * @self: a half-life page
 * @weight_kg: the example body weight, kg (1–350)
 */
void
kg_half_life_page_set_weight_kg (KgHalfLifePage *self,
                                 double          weight_kg)
{
  g_return_if_fail (KG_IS_HALF_LIFE_PAGE (self));

  weight_kg = CLAMP (weight_kg, 1, 350);
  if (self->weight_kg == weight_kg)
    return;
  self->weight_kg = weight_kg;
  if (self->pk != NULL)
    update_curve (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT_KG]);
}

/**
 * kg_half_life_page_select_route:
 * @self: a half-life page
 * @route_id: a route id, e.g. "oral"
 *
 * Returns: whether the route can be plotted (and is now chosen)
 */
gboolean
kg_half_life_page_select_route (KgHalfLifePage *self,
                                const char     *route_id)
{
  g_return_val_if_fail (KG_IS_HALF_LIFE_PAGE (self), FALSE);

  for (guint i = 0; self->routes != NULL && i < self->routes->len; i++)
    {
      if (g_strcmp0 (kg_route_get_id (self->routes->pdata[i]), route_id) == 0)
        {
          gtk_drop_down_set_selected (self->route_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * kg_half_life_page_get_route_id:
 * @self: a half-life page
 *
 * Returns: (transfer none) (nullable): the chosen route's id
 */
const char *
kg_half_life_page_get_route_id (KgHalfLifePage *self)
{
  KgRoute *route;

  g_return_val_if_fail (KG_IS_HALF_LIFE_PAGE (self), NULL);

  route = selected_route (self);
  return route != NULL ? kg_route_get_id (route) : NULL;
}

/**
 * kg_half_life_page_set_dose:
 * @self: a half-life page
 * @mg_per_kg: the dose, mg/kg
 */
void
kg_half_life_page_set_dose (KgHalfLifePage *self,
                            double          mg_per_kg)
{
  g_return_if_fail (KG_IS_HALF_LIFE_PAGE (self));
  gtk_adjustment_set_value (self->dose_adjustment, mg_per_kg);
}

/**
 * kg_half_life_page_get_plot:
 * @self: a half-life page
 *
 * Returns: (transfer none): the curve plot
 */
KgCurvePlot *
kg_half_life_page_get_plot (KgHalfLifePage *self)
{
  g_return_val_if_fail (KG_IS_HALF_LIFE_PAGE (self), NULL);
  return self->plot;
}
