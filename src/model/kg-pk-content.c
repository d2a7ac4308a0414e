/* kg-pk-content.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* pharmacokinetics.json: the IV model, the formed metabolite, half-lives,
 * plasma ranges and time markers, and how a route's figures (F, Tmax) become
 * model input. */

#include "config.h"

#include <math.h>

#include "kg-pk-content.h"

/* Absorption rates the Tmax derivation searches, min⁻¹: from a peak days
 * after the dose to one within a fraction of a second. */
#define KA_SEARCH_MIN 1e-5
#define KA_SEARCH_MAX 1e3

typedef struct
{
  KgText  *title;
  KgText  *body;
  char   **sources;
} Explanation;

struct _KgPkContent
{
  GObject      parent_instance;

  /* Owned */
  KgText      *model_name;
  KgText      *model_domain;
  char       **model_sources;
  KgText      *metabolite_name;
  char       **metabolite_sources;
  char       **absorption_sources;
  GListStore  *half_lives;
  GListStore  *concentration_bands;
  GListStore  *time_markers;
  GHashTable  *explanations;   /* id → Explanation */
  GHashTable  *ka_memo;        /* Tmax (double*) → derived ka (double*) */

  /* Borrowed (from half_lives) */
  KgPkFigure  *metabolite_half_life;
  KgPkFigure  *what_if;

  KgPkModel    model;
  double       lag;
  double       low_factor;
  double       high_factor;
  gboolean     half_lives_valid;
};

G_DEFINE_FINAL_TYPE (KgPkContent, kg_pk_content, G_TYPE_OBJECT)

/* Every page that explains the curve needs these. */
static const char * const required_explanations[] = {
  "effects-vs-elimination", "metabolite", "absorption", "variability", NULL
};

static const char * const display_names[] = { "relative", NULL };

static void
explanation_free (gpointer data)
{
  Explanation *explanation = data;

  g_clear_pointer (&explanation->title, kg_text_unref);
  g_clear_pointer (&explanation->body, kg_text_unref);
  g_strfreev (explanation->sources);
  g_free (explanation);
}

static void
kg_pk_content_finalize (GObject *object)
{
  KgPkContent *self = (KgPkContent *) object;

  g_clear_pointer (&self->model_name, kg_text_unref);
  g_clear_pointer (&self->model_domain, kg_text_unref);
  g_strfreev (self->model_sources);
  g_clear_pointer (&self->metabolite_name, kg_text_unref);
  g_strfreev (self->metabolite_sources);
  g_strfreev (self->absorption_sources);
  g_clear_object (&self->half_lives);
  g_clear_object (&self->concentration_bands);
  g_clear_object (&self->time_markers);
  g_clear_pointer (&self->explanations, g_hash_table_unref);
  g_clear_pointer (&self->ka_memo, g_hash_table_unref);

  G_OBJECT_CLASS (kg_pk_content_parent_class)->finalize (object);
}

static void
kg_pk_content_class_init (KgPkContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_pk_content_finalize;
}

static void
kg_pk_content_init (KgPkContent *self)
{
  self->half_lives = g_list_store_new (KG_TYPE_PK_FIGURE);
  self->concentration_bands = g_list_store_new (KG_TYPE_PK_FIGURE);
  self->time_markers = g_list_store_new (KG_TYPE_PK_FIGURE);
  self->explanations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, explanation_free);
  self->ka_memo = g_hash_table_new_full (g_double_hash, g_double_equal, g_free, g_free);
}

static KgPkFigure *
find_figure (GListModel *figures,
             const char *id)
{
  guint n = g_list_model_get_n_items (figures);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgPkFigure) figure = g_list_model_get_item (figures, i);

      if (g_strcmp0 (kg_pk_figure_get_id (figure), id) == 0)
        return figure;
    }
  return NULL;
}

static void
parse_model (KgPkContent     *self,
             KgContentReader *reader,
             const cJSON     *model)
{
  static const struct
  {
    const char *field;
    gsize       offset;
    double      max;
  } constants[] = {
    { "model.v1_l_per_kg", G_STRUCT_OFFSET (KgPkModel, v1), 100 },
    { "model.k10_per_min", G_STRUCT_OFFSET (KgPkModel, k10), 100 },
    { "model.k12_per_min", G_STRUCT_OFFSET (KgPkModel, k12), 100 },
    { "model.k13_per_min", G_STRUCT_OFFSET (KgPkModel, k13), 100 },
    { "model.k21_per_min", G_STRUCT_OFFSET (KgPkModel, k21), 100 },
    { "model.k31_per_min", G_STRUCT_OFFSET (KgPkModel, k31), 100 },
  };
  guint problems = kg_content_reader_get_n_problems (reader);
  g_autoptr (GError) error = NULL;

  if (model == NULL)
    return;

  g_free (kg_content_reader_read_string (reader, model, "model.id", TRUE));
  self->model_name = kg_content_reader_read_text (reader, model, "model.name", TRUE);
  self->model_domain = kg_content_reader_read_text (reader, model, "model.domain", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (constants); i++)
    kg_content_reader_read_number (reader, model, constants[i].field, 0, constants[i].max, TRUE,
                                   G_STRUCT_MEMBER_P (&self->model, constants[i].offset));
  self->model_sources = kg_content_reader_read_sources (reader, model, "model.sources");

  /* The numbers can each be in range and still not make a model (k12 > 0
   * with k21 = 0 never returns the drug). */
  if (kg_content_reader_get_n_problems (reader) == problems
      && !kg_pk_model_validate (&self->model, &error))
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, "model",
                                   "expected a usable compartment model: %s", error->message);
}

static KgPkFigure *
read_half_life_ref (KgPkContent     *self,
                    KgContentReader *reader,
                    const cJSON     *object,
                    const char      *field)
{
  g_autofree char *id = kg_content_reader_read_string (reader, object, field, TRUE);
  KgPkFigure *figure;

  if (id == NULL)
    return NULL;
  figure = find_figure (G_LIST_MODEL (self->half_lives), id);
  /* An invalid entry is already reported and not in the list: no second
   * problem for the reference to it. */
  if (figure == NULL && self->half_lives_valid)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, field,
                                   "expected the id of an entry in “half_lives”, found “%s”", id);
  return figure;
}

static void
parse_metabolite (KgPkContent     *self,
                  KgContentReader *reader,
                  const cJSON     *metabolite)
{
  if (metabolite == NULL)
    return;

  g_free (kg_content_reader_read_string (reader, metabolite, "metabolite.id", TRUE));
  self->metabolite_name = kg_content_reader_read_text (reader, metabolite, "metabolite.name", TRUE);
  self->metabolite_half_life = read_half_life_ref (self, reader, metabolite,
                                                   "metabolite.half_life");
  /* Only the shape can be drawn until the sources give a volume and a
   * formation fraction; "absolute" is left for content that has them. */
  kg_content_reader_read_enum (reader, metabolite, "metabolite.display", display_names, TRUE);
  self->metabolite_sources = kg_content_reader_read_sources (reader, metabolite,
                                                             "metabolite.sources");
}

static void
parse_what_if (KgPkContent     *self,
               KgContentReader *reader,
               const cJSON     *what_if)
{
  if (what_if == NULL)
    return;

  self->what_if = read_half_life_ref (self, reader, what_if, "what_if.half_life");
  if (self->what_if != NULL && !kg_pk_figure_has_range (self->what_if))
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, "what_if.half_life",
                                   "expected a half-life with “min_hours” and “max_hours” "
                                   "(the slider's range), found “%s” without a range",
                                   kg_pk_figure_get_id (self->what_if));
}

static void
parse_variability (KgPkContent     *self,
                   KgContentReader *reader,
                   const cJSON     *variability)
{
  if (variability == NULL)
    return;

  kg_content_reader_read_number (reader, variability, "variability.low_factor", 0.01, 1, TRUE,
                                 &self->low_factor);
  kg_content_reader_read_number (reader, variability, "variability.high_factor", 1, 100, TRUE,
                                 &self->high_factor);
}

static void
parse_explanations (KgPkContent     *self,
                    KgContentReader *reader,
                    const cJSON     *root)
{
  const cJSON *array = kg_content_reader_read_array (reader, root, "explanations", TRUE);
  const cJSON *entry;
  guint index = 0;

  cJSON_ArrayForEach (entry, array)
    {
      guint problems = kg_content_reader_get_n_problems (reader);
      Explanation *explanation;
      const char *id;

      kg_content_reader_begin_entry (reader, "explanation", index++, entry);
      if (!cJSON_IsObject (entry))
        {
          kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, NULL,
                                         "expected an object");
          kg_content_reader_end_entry (reader);
          continue;
        }
      explanation = g_new0 (Explanation, 1);
      id = kg_content_reader_read_id (reader, entry);
      explanation->title = kg_content_reader_read_text (reader, entry, "title", TRUE);
      explanation->body = kg_content_reader_read_text (reader, entry, "body", TRUE);
      explanation->sources = kg_content_reader_read_sources (reader, entry, "sources");
      if (kg_content_reader_get_n_problems (reader) == problems)
        g_hash_table_insert (self->explanations, g_strdup (id), explanation);
      else
        explanation_free (explanation);
      kg_content_reader_end_entry (reader);
    }

  if (array == NULL)
    return;
  for (guint i = 0; required_explanations[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->explanations, required_explanations[i]))
        kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_MISSING_FIELD, "explanations",
                                       "expected an explanation with id “%s”, found none",
                                       required_explanations[i]);
    }
}

/**
 * kg_pk_content_parse:
 * @reader: the reader of pharmacokinetics.json
 * @root: its top-level object
 *
 * Reads the `pharmacokinetics` object. Cross-references (the metabolite's
 * and the what-if's half-life ids, the required explanations) are checked
 * too, and the model's constants must make a usable model.
 *
 * Returns: (transfer full) (nullable): the content, or %NULL after a problem
 */
KgPkContent *
kg_pk_content_parse (KgContentReader *reader,
                     const cJSON     *root)
{
  g_autoptr (KgPkContent) self = g_object_new (KG_TYPE_PK_CONTENT, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const cJSON *pk = kg_content_reader_read_object (reader, root, "pharmacokinetics", TRUE);
  const cJSON *absorption;

  if (pk == NULL)
    return NULL;

  parse_model (self, reader, kg_content_reader_read_object (reader, pk, "model", TRUE));
  self->half_lives_valid = kg_pk_figures_parse (reader, pk, "half_lives", KG_PK_FIGURE_HALF_LIFE,
                                                self->half_lives);
  kg_pk_figures_parse (reader, pk, "concentration_bands", KG_PK_FIGURE_CONCENTRATION_BAND,
                       self->concentration_bands);
  kg_pk_figures_parse (reader, pk, "time_markers", KG_PK_FIGURE_TIME_MARKER, self->time_markers);
  parse_metabolite (self, reader, kg_content_reader_read_object (reader, pk, "metabolite", TRUE));

  absorption = kg_content_reader_read_object (reader, pk, "absorption", TRUE);
  if (absorption != NULL)
    {
      kg_content_reader_read_number (reader, absorption, "absorption.lag_min", 0, 600, TRUE,
                                     &self->lag);
      self->absorption_sources = kg_content_reader_read_sources (reader, absorption,
                                                                 "absorption.sources");
    }

  parse_variability (self, reader, kg_content_reader_read_object (reader, pk, "variability", TRUE));
  parse_what_if (self, reader, kg_content_reader_read_object (reader, pk, "what_if", TRUE));
  parse_explanations (self, reader, pk);

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * kg_pk_content_get_model:
 * @self: the content
 *
 * Returns: (transfer none): the IV compartment model's micro-constants
 */
const KgPkModel *
kg_pk_content_get_model (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return &self->model;
}

/**
 * kg_pk_content_get_model_name:
 * @self: the content
 *
 * Returns: (transfer none): e.g. "Domino three-compartment model …"
 */
KgText *
kg_pk_content_get_model_name (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return self->model_name;
}

/**
 * kg_pk_content_get_model_domain:
 * @self: the content
 *
 * Returns: (transfer none): who and what the model was fitted to
 */
KgText *
kg_pk_content_get_model_domain (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return self->model_domain;
}

/**
 * kg_pk_content_get_model_sources:
 * @self: the content
 *
 * Returns: (transfer none): reference ids of the model
 */
const char * const *
kg_pk_content_get_model_sources (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return (const char * const *) self->model_sources;
}

/**
 * kg_pk_content_get_terminal_half_life:
 * @self: the content
 *
 * The model's own slowest half-life, ln 2 / λ3, derived from its constants
 * (about 1.9 h for Domino 1984).
 *
 * Returns: the terminal half-life, hours
 */
double
kg_pk_content_get_terminal_half_life (KgPkContent *self)
{
  KgPkHybrid hybrid;

  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NAN);

  if (!kg_pk_model_get_hybrid (&self->model, &hybrid, NULL))
    return NAN;
  return G_LN2 / hybrid.lambda[hybrid.n - 1] / 60;
}

/**
 * kg_pk_content_get_metabolite_name:
 * @self: the content
 *
 * Returns: (transfer none): "Norketamine"
 */
KgText *
kg_pk_content_get_metabolite_name (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return self->metabolite_name;
}

/**
 * kg_pk_content_get_metabolite_half_life:
 * @self: the content
 *
 * Returns: (transfer none): the half-life figure the metabolite curve uses
 */
KgPkFigure *
kg_pk_content_get_metabolite_half_life (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return self->metabolite_half_life;
}

/**
 * kg_pk_content_get_metabolite_sources:
 * @self: the content
 *
 * Returns: (transfer none): reference ids behind the metabolite curve
 */
const char * const *
kg_pk_content_get_metabolite_sources (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return (const char * const *) self->metabolite_sources;
}

/**
 * kg_pk_content_get_absorption_lag:
 * @self: the content
 *
 * Returns: the absorption lag time used for every non-IV route, min
 */
double
kg_pk_content_get_absorption_lag (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NAN);
  return self->lag;
}

/**
 * kg_pk_content_get_variability:
 * @self: the content
 * @low_factor: (out) (optional): lower edge of the band, × the line (0.5)
 * @high_factor: (out) (optional): upper edge of the band, × the line (2)
 *
 * The illustrative variability band drawn around the parent curve.
 */
void
kg_pk_content_get_variability (KgPkContent *self,
                               double      *low_factor,
                               double      *high_factor)
{
  g_return_if_fail (KG_IS_PK_CONTENT (self));

  if (low_factor != NULL)
    *low_factor = self->low_factor;
  if (high_factor != NULL)
    *high_factor = self->high_factor;
}

/**
 * kg_pk_content_get_what_if:
 * @self: the content
 *
 * Returns: (transfer none): the half-life whose range the what-if slider
 *   spans (the guide's 2–3 h)
 */
KgPkFigure *
kg_pk_content_get_what_if (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return self->what_if;
}

/**
 * kg_pk_content_get_half_lives:
 * @self: the content
 *
 * Returns: (transfer none): the #KgPkFigure half-lives, in file order
 */
GListModel *
kg_pk_content_get_half_lives (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return G_LIST_MODEL (self->half_lives);
}

/**
 * kg_pk_content_get_concentration_bands:
 * @self: the content
 *
 * Returns: (transfer none): the #KgPkFigure plasma ranges, in file order
 */
GListModel *
kg_pk_content_get_concentration_bands (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return G_LIST_MODEL (self->concentration_bands);
}

/**
 * kg_pk_content_get_time_markers:
 * @self: the content
 *
 * Returns: (transfer none): the #KgPkFigure time markers, in file order
 */
GListModel *
kg_pk_content_get_time_markers (KgPkContent *self)
{
  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  return G_LIST_MODEL (self->time_markers);
}

/**
 * kg_pk_content_lookup_figure:
 * @self: the content
 * @id: a figure id from any of the three lists
 *
 * Returns: (transfer none) (nullable): the figure
 */
KgPkFigure *
kg_pk_content_lookup_figure (KgPkContent *self,
                             const char  *id)
{
  KgPkFigure *figure;

  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);

  if ((figure = find_figure (G_LIST_MODEL (self->half_lives), id)) != NULL
      || (figure = find_figure (G_LIST_MODEL (self->concentration_bands), id)) != NULL)
    return figure;
  return find_figure (G_LIST_MODEL (self->time_markers), id);
}

/**
 * kg_pk_content_get_explanation:
 * @self: the content
 * @id: e.g. "effects-vs-elimination"
 * @title: (out) (optional) (transfer none): its title
 * @body: (out) (optional) (transfer none): its text
 * @sources: (out) (optional) (transfer none): its reference ids
 *
 * Returns: whether the explanation exists
 */
gboolean
kg_pk_content_get_explanation (KgPkContent         *self,
                               const char          *id,
                               KgText             **title,
                               KgText             **body,
                               const char * const **sources)
{
  Explanation *explanation;

  g_return_val_if_fail (KG_IS_PK_CONTENT (self), FALSE);

  explanation = g_hash_table_lookup (self->explanations, id);
  if (explanation == NULL)
    return FALSE;
  if (title != NULL)
    *title = explanation->title;
  if (body != NULL)
    *body = explanation->body;
  if (sources != NULL)
    *sources = (const char * const *) explanation->sources;
  return TRUE;
}

/* Tmax of the parent after first-order absorption at @ka (with the content's
 * lag). F does not move the peak, so 1 is used. */
static double
model_tmax (KgPkContent *self,
            double       ka,
            double       window)
{
  KgPkRoute route = { KG_PK_ROUTE_ABSORPTION, ka, 1, self->lag, 0 };
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&self->model, NULL, &route, 1, NULL);
  double t_peak = NAN;

  if (curve == NULL || !kg_pk_curve_find_peak (curve, KG_PK_SPECIES_PARENT, window, &t_peak, NULL))
    return NAN;
  return t_peak;
}

/**
 * kg_pk_content_derive_ka:
 * @self: the content
 * @tmax_min: the route's time to peak from its sources, min
 * @ka: (out): the absorption rate constant, min⁻¹
 * @error: return location for a #KG_PK_ERROR_INVALID_PARAMETER error
 *
 * The sources give each route a time to peak but no absorption rate. This
 * solves for the ka at which the model (with first-order absorption and the
 * content's lag) peaks at @tmax_min: the model's Tmax falls as ka rises, so
 * a bisection on log ka (to a relative 1e-12) finds the one ka that fits. It
 * is a derivation from the route's measured Tmax, not a new figure. The
 * search takes a few milliseconds, so results are remembered.
 *
 * Returns: %TRUE on success; %FALSE if no ka gives that peak time (for
 *   instance a Tmax not after the lag time)
 */
gboolean
kg_pk_content_derive_ka (KgPkContent  *self,
                         double        tmax_min,
                         double       *ka,
                         GError      **error)
{
  double lo = KA_SEARCH_MIN, hi = KA_SEARCH_MAX;
  double window;
  double *memo;
  char found[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (KG_IS_PK_CONTENT (self), FALSE);
  g_return_val_if_fail (ka != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memo = g_hash_table_lookup (self->ka_memo, &tmax_min);
  if (memo != NULL)
    {
      *ka = *memo;
      return TRUE;
    }

  /* The peak is searched for in a window well past the target, so a ka that
   * peaks too late shows up as a peak past the target, never a false one. */
  window = 4 * tmax_min;
  if (!isfinite (tmax_min) || !(tmax_min > self->lag)
      || !(model_tmax (self, hi, window) < tmax_min)
      || !(model_tmax (self, lo, window) > tmax_min))
    {
      g_ascii_formatd (found, sizeof found, "%g", tmax_min);
      g_set_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER,
                   "No absorption rate gives a time to peak of %s min with this model", found);
      return FALSE;
    }

  for (guint i = 0; i < 200 && hi / lo > 1 + 1e-12; i++)
    {
      double mid = sqrt (lo * hi);

      if (model_tmax (self, mid, window) > tmax_min)
        lo = mid;
      else
        hi = mid;
    }

  *ka = sqrt (lo * hi);
  g_hash_table_insert (self->ka_memo, g_memdup2 (&tmax_min, sizeof tmax_min),
                       g_memdup2 (ka, sizeof *ka));
  return TRUE;
}

/**
 * kg_pk_content_new_curve:
 * @self: the content
 * @dosing: how the dose reaches the model
 * @dose_mg_kg: the dose, mg/kg
 * @error: return location for a #KG_PK_ERROR_INVALID_PARAMETER error
 *
 * The parent curve in mg/L, and the metabolite's shape. For a non-IV route,
 * ka is derived from the route's Tmax (kg_pk_content_derive_ka()), the
 * amount is scaled by F and the content's lag applies; no first-pass
 * metabolite is added, for want of a sourced fraction.
 *
 * The sources give the metabolite only a half-life, so it is modelled as
 * formed from all of the parent's elimination into a volume of 1 L/kg: those
 * two numbers only set the scale, which is why the metabolite may only be
 * shown relative to its own peak. Its elimination rate is ln 2 / t½.
 *
 * Returns: (transfer full) (nullable): the curve
 */
KgPkCurve *
kg_pk_content_new_curve (KgPkContent       *self,
                         const KgPkDosing  *dosing,
                         double             dose_mg_kg,
                         GError           **error)
{
  KgPkMetabolite metabolite = { 1, 1, 0 };
  KgPkRoute route = { KG_PK_ROUTE_IV_BOLUS, 0, 1, 0, 0 };

  g_return_val_if_fail (KG_IS_PK_CONTENT (self), NULL);
  g_return_val_if_fail (dosing != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  metabolite.km = G_LN2 / (kg_pk_figure_get_typical (self->metabolite_half_life) * 60);

  if (!dosing->bolus)
    {
      route.kind = KG_PK_ROUTE_ABSORPTION;
      route.f = dosing->f;
      route.lag = self->lag;
      if (!kg_pk_content_derive_ka (self, dosing->tmax_min, &route.ka, error))
        return NULL;
    }

  return kg_pk_curve_new (&self->model, &metabolite, &route, dose_mg_kg, error);
}
