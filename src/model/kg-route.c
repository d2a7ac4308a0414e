/* kg-route.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kg-route.h"

G_DEFINE_QUARK (kg-route-error-quark, kg_route_error)

/* Limits of the figures a content file may give. */
#define MAX_TMAX_MINUTES    1440.0    /* a day */
#define MAX_FACT_MINUTES    10080.0   /* a week */
#define MAX_PARTICIPANTS    100000

/* ---------------------------------------------------------------------- */
/* KgRouteEstimate                                                        */

struct _KgRouteEstimate
{
  double          value;        /* fraction, or NAN */
  double          min;          /* fraction, or NAN */
  double          max;
  double          plus_minus;   /* fraction, or NAN */
  KgIntervalKind  interval;
  KgSpreadKind    spread;
  KgText         *population;
  KgText         *note;
  char          **sources;
  guint           n;
  gboolean        esketamine;
};

static void
kg_route_estimate_clear (KgRouteEstimate *self)
{
  g_clear_pointer (&self->population, kg_text_unref);
  g_clear_pointer (&self->note, kg_text_unref);
  g_clear_pointer (&self->sources, g_strfreev);
}

G_DEFINE_BOXED_TYPE (KgRouteEstimate, kg_route_estimate, kg_route_estimate_ref,
                     kg_route_estimate_unref)

/**
 * kg_route_estimate_ref:
 * @self: an estimate
 *
 * Returns: (transfer full): @self
 */
KgRouteEstimate *
kg_route_estimate_ref (KgRouteEstimate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

/**
 * kg_route_estimate_unref:
 * @self: (transfer full): an estimate
 */
void
kg_route_estimate_unref (KgRouteEstimate *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) kg_route_estimate_clear);
}

/**
 * kg_route_estimate_get_value:
 * @self: an estimate
 * @fraction: (out): the central figure as a fraction (0.29 for 29%)
 *
 * Returns: whether the source gives a central figure (some give only a range)
 */
gboolean
kg_route_estimate_get_value (KgRouteEstimate *self,
                             double          *fraction)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (isnan (self->value))
    return FALSE;
  *fraction = self->value;
  return TRUE;
}

/**
 * kg_route_estimate_get_interval:
 * @self: an estimate
 * @min: (out) (optional): the low end, as a fraction
 * @max: (out) (optional): the high end, as a fraction
 *
 * Returns: what the interval is, or %KG_INTERVAL_NONE (@min and @max untouched)
 */
KgIntervalKind
kg_route_estimate_get_interval (KgRouteEstimate *self,
                                double          *min,
                                double          *max)
{
  g_return_val_if_fail (self != NULL, KG_INTERVAL_NONE);
  if (self->interval != KG_INTERVAL_NONE)
    {
      if (min != NULL)
        *min = self->min;
      if (max != NULL)
        *max = self->max;
    }
  return self->interval;
}

/**
 * kg_route_estimate_get_spread:
 * @self: an estimate
 * @plus_minus: (out) (optional): the ± figure, as a fraction
 *
 * Returns: what the ± figure is, or %KG_SPREAD_NONE (@plus_minus untouched)
 */
KgSpreadKind
kg_route_estimate_get_spread (KgRouteEstimate *self,
                              double          *plus_minus)
{
  g_return_val_if_fail (self != NULL, KG_SPREAD_NONE);
  if (self->spread != KG_SPREAD_NONE && plus_minus != NULL)
    *plus_minus = self->plus_minus;
  return self->spread;
}

/**
 * kg_route_estimate_get_population:
 * @self: an estimate
 *
 * Returns: (transfer none) (nullable): who was measured, e.g. "Healthy men"
 */
KgText *
kg_route_estimate_get_population (KgRouteEstimate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->population;
}

/**
 * kg_route_estimate_get_n:
 * @self: an estimate
 *
 * Returns: how many people were measured, or 0 when not stated
 */
guint
kg_route_estimate_get_n (KgRouteEstimate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n;
}

/**
 * kg_route_estimate_get_esketamine:
 * @self: an estimate
 *
 * Returns: whether the figure is for S-ketamine (esketamine) rather than
 *   racemic ketamine
 */
gboolean
kg_route_estimate_get_esketamine (KgRouteEstimate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->esketamine;
}

/**
 * kg_route_estimate_get_note:
 * @self: an estimate
 *
 * Returns: (transfer none) (nullable): a caveat about the figure
 */
KgText *
kg_route_estimate_get_note (KgRouteEstimate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->note;
}

/**
 * kg_route_estimate_get_sources:
 * @self: an estimate
 *
 * Returns: (transfer none): the reference ids, never empty
 */
const char * const *
kg_route_estimate_get_sources (KgRouteEstimate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->sources;
}

/* ---------------------------------------------------------------------- */
/* KgRouteFact                                                            */

struct _KgRouteFact
{
  KgText  *text;
  char   **sources;
  double   min_minutes;   /* NAN when no time span */
  double   max_minutes;
};

static void
kg_route_fact_clear (KgRouteFact *self)
{
  g_clear_pointer (&self->text, kg_text_unref);
  g_clear_pointer (&self->sources, g_strfreev);
}

G_DEFINE_BOXED_TYPE (KgRouteFact, kg_route_fact, kg_route_fact_ref, kg_route_fact_unref)

/**
 * kg_route_fact_ref:
 * @self: a fact
 *
 * Returns: (transfer full): @self
 */
KgRouteFact *
kg_route_fact_ref (KgRouteFact *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

/**
 * kg_route_fact_unref:
 * @self: (transfer full): a fact
 */
void
kg_route_fact_unref (KgRouteFact *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) kg_route_fact_clear);
}

/**
 * kg_route_fact_get_text:
 * @self: a fact
 *
 * Returns: (transfer none): the statement
 */
KgText *
kg_route_fact_get_text (KgRouteFact *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

/**
 * kg_route_fact_get_minutes:
 * @self: a fact
 * @min: (out) (optional): the shortest time, minutes
 * @max: (out) (optional): the longest time, minutes
 *
 * Returns: whether the fact carries a time span
 */
gboolean
kg_route_fact_get_minutes (KgRouteFact *self,
                           double      *min,
                           double      *max)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (isnan (self->min_minutes))
    return FALSE;
  if (min != NULL)
    *min = self->min_minutes;
  if (max != NULL)
    *max = self->max_minutes;
  return TRUE;
}

/**
 * kg_route_fact_get_sources:
 * @self: a fact
 *
 * Returns: (transfer none): the reference ids, never empty
 */
const char * const *
kg_route_fact_get_sources (KgRouteFact *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->sources;
}

/* ---------------------------------------------------------------------- */
/* KgRoute                                                                */

struct _KgRoute
{
  GObject       parent_instance;

  /* Owned */
  char         *id;
  KgText       *name;
  KgText       *short_name;
  KgText       *summary;
  char        **sources;
  KgText       *bioavailability_note;
  char        **bioavailability_sources;
  GPtrArray    *estimates;      /* of KgRouteEstimate */
  KgText       *tmax_note;
  char        **tmax_sources;
  KgRouteFact  *onset;
  KgRouteFact  *duration;
  KgRouteFact  *first_pass;
  KgRouteFact  *setting;
  KgRouteFact  *cost;
  GPtrArray    *cautions;       /* of KgRouteFact */

  KgRange       f;              /* fractions */
  KgRange       tmax;           /* minutes */
  gboolean      has_f;
  gboolean      has_tmax;
  gboolean      limited_data;
  gboolean      esketamine;
};

G_DEFINE_FINAL_TYPE (KgRoute, kg_route, G_TYPE_OBJECT)

static const char * const interval_names[] = { "range", "ci90", "doses", NULL };
static const char * const spread_names[] = { "sd", "se", NULL };
static const char * const substance_names[] = { "racemic", "esketamine", NULL };

static void
kg_route_finalize (GObject *object)
{
  KgRoute *self = (KgRoute *) object;

  g_free (self->id);
  g_clear_pointer (&self->name, kg_text_unref);
  g_clear_pointer (&self->short_name, kg_text_unref);
  g_clear_pointer (&self->summary, kg_text_unref);
  g_clear_pointer (&self->sources, g_strfreev);
  g_clear_pointer (&self->bioavailability_note, kg_text_unref);
  g_clear_pointer (&self->bioavailability_sources, g_strfreev);
  g_clear_pointer (&self->estimates, g_ptr_array_unref);
  g_clear_pointer (&self->tmax_note, kg_text_unref);
  g_clear_pointer (&self->tmax_sources, g_strfreev);
  g_clear_pointer (&self->onset, kg_route_fact_unref);
  g_clear_pointer (&self->duration, kg_route_fact_unref);
  g_clear_pointer (&self->first_pass, kg_route_fact_unref);
  g_clear_pointer (&self->setting, kg_route_fact_unref);
  g_clear_pointer (&self->cost, kg_route_fact_unref);
  g_clear_pointer (&self->cautions, g_ptr_array_unref);

  G_OBJECT_CLASS (kg_route_parent_class)->finalize (object);
}

static void
kg_route_class_init (KgRouteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_route_finalize;
}

static void
kg_route_init (KgRoute *self)
{
  self->estimates = g_ptr_array_new_with_free_func ((GDestroyNotify) kg_route_estimate_unref);
  self->cautions = g_ptr_array_new_with_free_func ((GDestroyNotify) kg_route_fact_unref);
}

/* A number above 0 and at most @limit at @path. */
static gboolean
read_positive (KgContentReader *reader,
               const cJSON     *object,
               const char      *path,
               double           limit,
               double          *value)
{
  const char *key = strrchr (path, '.') != NULL ? strrchr (path, '.') + 1 : path;
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);
  double number;

  /* Not a number at all: the reader's own "expected a number" message. */
  if (!cJSON_IsNumber (item))
    return kg_content_reader_read_number (reader, object, path, 0, limit, TRUE, value);
  number = item->valuedouble;
  if (!(number > 0) || number > limit)
    {
      char low[G_ASCII_DTOSTR_BUF_SIZE], high[G_ASCII_DTOSTR_BUF_SIZE];
      char found[G_ASCII_DTOSTR_BUF_SIZE];

      kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, path,
                                     "expected a number above %s and at most %s, found %s",
                                     g_ascii_formatd (low, sizeof low, "%.15g", 0.0),
                                     g_ascii_formatd (high, sizeof high, "%.15g", limit),
                                     g_ascii_formatd (found, sizeof found, "%.15g", number));
      return FALSE;
    }
  *value = number;
  return TRUE;
}

/* Reads {typical, min, max} under @path, each in (0, @limit], checking
 * min ≤ typical ≤ max. Zero is refused: F = 0 would mean no exposure at all. */
static gboolean
read_range (KgContentReader *reader,
            const cJSON     *object,
            const char      *path,
            double           limit,
            KgRange         *range)
{
  g_autofree char *typical_path = g_strdup_printf ("%s.typical", path);
  g_autofree char *min_path = g_strdup_printf ("%s.min", path);
  g_autofree char *max_path = g_strdup_printf ("%s.max", path);
  gboolean ok = TRUE;

  /* Each of the three is checked and reported on its own, with one wording
   * for zero and for a negative number. */
  ok &= read_positive (reader, object, typical_path, limit, &range->typical);
  ok &= read_positive (reader, object, min_path, limit, &range->min);
  ok &= read_positive (reader, object, max_path, limit, &range->max);
  if (!ok)
    return FALSE;
  if (range->min > range->typical || range->typical > range->max)
    {
      kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_ORDER, path,
                                     "expected min ≤ typical ≤ max, found %g, %g, %g",
                                     range->min, range->typical, range->max);
      return FALSE;
    }
  return TRUE;
}

static KgRouteFact *
read_fact_object (KgContentReader *reader,
                  const cJSON     *object,
                  const char      *path)
{
  g_autoptr (KgRouteFact) fact = g_atomic_rc_box_new0 (KgRouteFact);
  g_autofree char *text_path = g_strdup_printf ("%s.text", path);
  g_autofree char *sources_path = g_strdup_printf ("%s.sources", path);
  g_autofree char *minutes_path = g_strdup_printf ("%s.minutes", path);
  guint problems = kg_content_reader_get_n_problems (reader);
  const cJSON *minutes;

  fact->min_minutes = NAN;
  fact->max_minutes = NAN;
  fact->text = kg_content_reader_read_text (reader, object, text_path, TRUE);
  fact->sources = kg_content_reader_read_sources (reader, object, sources_path);
  minutes = kg_content_reader_read_object (reader, object, minutes_path, FALSE);
  if (minutes != NULL)
    {
      g_autofree char *min_path = g_strdup_printf ("%s.min", minutes_path);
      g_autofree char *max_path = g_strdup_printf ("%s.max", minutes_path);
      double min = 0, max = 0;

      if (kg_content_reader_read_number (reader, minutes, min_path, 0, MAX_FACT_MINUTES, TRUE,
                                         &min)
          && kg_content_reader_read_number (reader, minutes, max_path, 0, MAX_FACT_MINUTES,
                                            TRUE, &max))
        {
          if (min > max)
            kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_ORDER, minutes_path,
                                           "expected min ≤ max, found %g and %g", min, max);
          fact->min_minutes = min;
          fact->max_minutes = max;
        }
    }
  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;
  return g_steal_pointer (&fact);
}

static KgRouteFact *
read_fact (KgContentReader *reader,
           const cJSON     *entry,
           const char      *field)
{
  const cJSON *object = kg_content_reader_read_object (reader, entry, field, FALSE);

  return object != NULL ? read_fact_object (reader, object, field) : NULL;
}

static void
read_cautions (KgContentReader *reader,
               const cJSON     *entry,
               GPtrArray       *cautions)
{
  const cJSON *array = kg_content_reader_read_array (reader, entry, "cautions", FALSE);
  const cJSON *item;
  guint index = 0;

  cJSON_ArrayForEach (item, array)
    {
      g_autofree char *path = g_strdup_printf ("cautions[%u]", index++);
      KgRouteFact *fact;

      if (!cJSON_IsObject (item))
        {
          kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, path,
                                         "expected an object with “text” and “sources”");
          continue;
        }
      fact = read_fact_object (reader, item, path);
      if (fact != NULL)
        g_ptr_array_add (cautions, fact);
    }
}

static KgRouteEstimate *
read_estimate (KgContentReader *reader,
               const cJSON     *item,
               const char      *path)
{
  g_autoptr (KgRouteEstimate) estimate = g_atomic_rc_box_new0 (KgRouteEstimate);
  g_autofree char *value_path = g_strdup_printf ("%s.value", path);
  g_autofree char *min_path = g_strdup_printf ("%s.min", path);
  g_autofree char *max_path = g_strdup_printf ("%s.max", path);
  g_autofree char *interval_path = g_strdup_printf ("%s.interval", path);
  g_autofree char *pm_path = g_strdup_printf ("%s.plus_minus", path);
  g_autofree char *pm_kind_path = g_strdup_printf ("%s.plus_minus_kind", path);
  g_autofree char *population_path = g_strdup_printf ("%s.population", path);
  g_autofree char *n_path = g_strdup_printf ("%s.n", path);
  g_autofree char *substance_path = g_strdup_printf ("%s.substance", path);
  g_autofree char *note_path = g_strdup_printf ("%s.note", path);
  g_autofree char *sources_path = g_strdup_printf ("%s.sources", path);
  guint problems = kg_content_reader_get_n_problems (reader);
  gboolean has_min = cJSON_HasObjectItem (item, "min");
  gboolean has_max = cJSON_HasObjectItem (item, "max");
  double number = 0;
  int n = 0;
  int substance;

  estimate->value = NAN;
  estimate->min = NAN;
  estimate->max = NAN;
  estimate->plus_minus = NAN;

  if (kg_content_reader_read_number (reader, item, value_path, 0, 100, FALSE, &number))
    estimate->value = number / 100;

  if (has_min || has_max)
    {
      double min = 0, max = 0;
      int interval;

      if (kg_content_reader_read_number (reader, item, min_path, 0, 100, TRUE, &min)
          && kg_content_reader_read_number (reader, item, max_path, 0, 100, TRUE, &max))
        {
          if (min > max)
            kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_ORDER, path,
                                           "expected min ≤ max, found %g and %g", min, max);
          else if (!isnan (estimate->value)
                   && (estimate->value * 100 < min || estimate->value * 100 > max))
            kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_ORDER, path,
                                           "expected min ≤ value ≤ max, found %g, %g, %g",
                                           min, estimate->value * 100, max);
          estimate->min = min / 100;
          estimate->max = max / 100;
        }
      interval = kg_content_reader_read_enum (reader, item, interval_path, interval_names, TRUE);
      estimate->interval = interval >= 0 ? (KgIntervalKind) (interval + 1) : KG_INTERVAL_NONE;
    }
  else if (isnan (estimate->value) && !cJSON_HasObjectItem (item, "value"))
    {
      kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_MISSING_FIELD, value_path,
                                     "expected a “value”, or “min” and “max”, found neither");
    }

  if (cJSON_HasObjectItem (item, "plus_minus"))
    {
      int spread;

      if (kg_content_reader_read_number (reader, item, pm_path, 0, 100, TRUE, &number))
        estimate->plus_minus = number / 100;
      spread = kg_content_reader_read_enum (reader, item, pm_kind_path, spread_names, TRUE);
      estimate->spread = spread >= 0 ? (KgSpreadKind) (spread + 1) : KG_SPREAD_NONE;
    }

  estimate->population = kg_content_reader_read_text (reader, item, population_path, FALSE);
  if (kg_content_reader_read_int (reader, item, n_path, 1, MAX_PARTICIPANTS, FALSE, &n))
    estimate->n = n;
  substance = kg_content_reader_read_enum (reader, item, substance_path, substance_names, FALSE);
  estimate->esketamine = substance == 1;
  estimate->note = kg_content_reader_read_text (reader, item, note_path, FALSE);
  estimate->sources = kg_content_reader_read_sources (reader, item, sources_path);

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;
  return g_steal_pointer (&estimate);
}

static void
read_bioavailability (KgContentReader *reader,
                      const cJSON     *entry,
                      KgRoute         *self)
{
  const char *path = "bioavailability_percent";
  const cJSON *object = kg_content_reader_read_object (reader, entry, path, TRUE);
  const cJSON *array;
  const cJSON *item;
  KgRange percent;
  guint index = 0;

  if (object == NULL)
    return;

  if (read_range (reader, object, path, 100, &percent))
    {
      self->f.typical = percent.typical / 100;
      self->f.min = percent.min / 100;
      self->f.max = percent.max / 100;
      self->has_f = TRUE;
    }
  self->bioavailability_note =
    kg_content_reader_read_text (reader, object, "bioavailability_percent.note", FALSE);
  self->bioavailability_sources =
    kg_content_reader_read_sources (reader, object, "bioavailability_percent.sources");

  array = kg_content_reader_read_array (reader, object, "bioavailability_percent.estimates",
                                        TRUE);
  if (array != NULL && cJSON_GetArraySize (array) == 0)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_EMPTY,
                                   "bioavailability_percent.estimates",
                                   "expected at least one estimate, found an empty array");
  cJSON_ArrayForEach (item, array)
    {
      g_autofree char *item_path =
        g_strdup_printf ("bioavailability_percent.estimates[%u]", index++);
      KgRouteEstimate *estimate;

      if (!cJSON_IsObject (item))
        {
          kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, item_path,
                                         "expected an object with “value” and “sources”");
          continue;
        }
      estimate = read_estimate (reader, item, item_path);
      if (estimate != NULL)
        g_ptr_array_add (self->estimates, estimate);
    }
}

static void
read_tmax (KgContentReader *reader,
           const cJSON     *entry,
           KgRoute         *self)
{
  const cJSON *object = kg_content_reader_read_object (reader, entry, "tmax_min", FALSE);

  if (object == NULL)
    return;
  self->has_tmax = read_range (reader, object, "tmax_min", MAX_TMAX_MINUTES, &self->tmax);
  self->tmax_note = kg_content_reader_read_text (reader, object, "tmax_min.note", FALSE);
  self->tmax_sources = kg_content_reader_read_sources (reader, object, "tmax_min.sources");
}

static KgRoute *
parse_one (KgContentReader *reader,
           const cJSON     *entry)
{
  g_autoptr (KgRoute) self = g_object_new (KG_TYPE_ROUTE, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const char *id = kg_content_reader_read_id (reader, entry);

  self->name = kg_content_reader_read_text (reader, entry, "name", TRUE);
  self->short_name = kg_content_reader_read_text (reader, entry, "short_name", TRUE);
  self->summary = kg_content_reader_read_text (reader, entry, "summary", TRUE);
  kg_content_reader_read_bool (reader, entry, "limited_data", FALSE, &self->limited_data);
  kg_content_reader_read_bool (reader, entry, "esketamine", FALSE, &self->esketamine);

  if (self->limited_data)
    {
      /* A route the sources only mention: no figures may be given for it. */
      static const char * const figures[] = { "bioavailability_percent", "tmax_min", NULL };

      for (guint i = 0; figures[i] != NULL; i++)
        {
          if (cJSON_HasObjectItem (entry, figures[i]))
            kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_INVALID_VALUE, figures[i],
                                           "expected no figures for a route with "
                                           "“limited_data”: true, found some");
        }
      self->sources = kg_content_reader_read_sources (reader, entry, "sources");
    }
  else
    {
      if (cJSON_HasObjectItem (entry, "sources"))
        self->sources = kg_content_reader_read_sources (reader, entry, "sources");
      read_bioavailability (reader, entry, self);
      read_tmax (reader, entry, self);
    }

  self->onset = read_fact (reader, entry, "onset");
  self->duration = read_fact (reader, entry, "duration");
  self->first_pass = read_fact (reader, entry, "first_pass");
  self->setting = read_fact (reader, entry, "setting");
  self->cost = read_fact (reader, entry, "cost");
  read_cautions (reader, entry, self->cautions);

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;

  if (self->sources == NULL)
    self->sources = g_new0 (char *, 1);
  self->id = g_strdup (id);
  return g_steal_pointer (&self);
}

/**
 * kg_routes_parse:
 * @reader: the reader of routes.json
 * @root: its top-level object
 * @store: (element-type KgRoute): where valid routes are appended, in file order
 *
 * Returns: whether every route was valid
 */
gboolean
kg_routes_parse (KgContentReader *reader,
                 const cJSON     *root,
                 GListStore      *store)
{
  guint problems = kg_content_reader_get_n_problems (reader);
  const cJSON *array = kg_content_reader_read_array (reader, root, "routes", TRUE);
  const cJSON *entry;
  guint index = 0;

  if (array != NULL && cJSON_GetArraySize (array) == 0)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_EMPTY, "routes",
                                   "expected at least one route, found an empty array");

  cJSON_ArrayForEach (entry, array)
    {
      g_autoptr (KgRoute) route = NULL;

      kg_content_reader_begin_entry (reader, "route", index++, entry);
      if (!cJSON_IsObject (entry))
        kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, NULL,
                                       "expected an object");
      else if ((route = parse_one (reader, entry)) != NULL)
        g_list_store_append (store, route);
      kg_content_reader_end_entry (reader);
    }
  return kg_content_reader_get_n_problems (reader) == problems;
}

#define GETTER(type, name, field)                  \
  type                                             \
  kg_route_get_##name (KgRoute *self)              \
  {                                                \
    g_return_val_if_fail (KG_IS_ROUTE (self), 0);  \
    return (type) self->field;                     \
  }

/* Plain accessors of the loaded, immutable route. The KgText and fact
 * getters return (transfer none) (nullable) values owned by the route. */
GETTER (const char *, id, id)
GETTER (KgText *, name, name)
GETTER (KgText *, short_name, short_name)
GETTER (KgText *, summary, summary)
GETTER (gboolean, limited_data, limited_data)
GETTER (gboolean, esketamine, esketamine)
GETTER (const char * const *, sources, sources)
GETTER (KgText *, bioavailability_note, bioavailability_note)
GETTER (const char * const *, bioavailability_sources, bioavailability_sources)
GETTER (GPtrArray *, estimates, estimates)
GETTER (KgText *, tmax_note, tmax_note)
GETTER (const char * const *, tmax_sources, tmax_sources)
GETTER (KgRouteFact *, onset, onset)
GETTER (KgRouteFact *, duration, duration)
GETTER (KgRouteFact *, first_pass, first_pass)
GETTER (KgRouteFact *, setting, setting)
GETTER (KgRouteFact *, cost, cost)
GETTER (GPtrArray *, cautions, cautions)

/**
 * kg_route_get_bioavailability:
 * @self: a route
 * @f: (out): the bioavailability F as fractions (0.29 for 29%)
 *
 * Returns: whether the route has figures (%FALSE for limited-data routes)
 */
gboolean
kg_route_get_bioavailability (KgRoute *self,
                              KgRange *f)
{
  g_return_val_if_fail (KG_IS_ROUTE (self), FALSE);
  g_return_val_if_fail (f != NULL, FALSE);

  if (!self->has_f)
    return FALSE;
  *f = self->f;
  return TRUE;
}

/**
 * kg_route_get_tmax:
 * @self: a route
 * @minutes: (out): the time to peak plasma concentration, minutes
 *
 * The half-life model derives each route's absorption rate from this; the
 * content never states an absorption rate constant.
 *
 * Returns: whether the sources give a time to peak for this route
 */
gboolean
kg_route_get_tmax (KgRoute *self,
                   KgRange *minutes)
{
  g_return_val_if_fail (KG_IS_ROUTE (self), FALSE);
  g_return_val_if_fail (minutes != NULL, FALSE);

  if (!self->has_tmax)
    return FALSE;
  *minutes = self->tmax;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Equivalent doses                                                       */

static gboolean
check_dose (double   dose_mg,
            GError **error)
{
  if (!isfinite (dose_mg) || dose_mg <= 0)
    {
      g_set_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_INVALID_DOSE,
                   "The dose must be a positive number of milligrams, not %g", dose_mg);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_fraction (double   f,
                GError **error)
{
  if (!isfinite (f) || f <= 0 || f > 1)
    {
      g_set_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_INVALID_BIOAVAILABILITY,
                   "Bioavailability must be above 0 and at most 1 (100%%), not %g", f);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_range (const KgRange  *f,
             GError        **error)
{
  if (!check_fraction (f->min, error) || !check_fraction (f->typical, error)
      || !check_fraction (f->max, error))
    return FALSE;
  if (f->min > f->typical || f->typical > f->max)
    {
      g_set_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_INVALID_BIOAVAILABILITY,
                   "Bioavailability must satisfy min ≤ typical ≤ max, not %g, %g, %g",
                   f->min, f->typical, f->max);
      return FALSE;
    }
  return TRUE;
}

/**
 * kg_equivalent_dose:
 * @dose_mg: a dose by the first route, mg (> 0)
 * @f_from: the first route's bioavailability (fractions)
 * @f_to: the second route's bioavailability (fractions)
 * @result: (out): the dose by the second route giving the same systemic
 *   exposure: typical = X·F_from/F_to; min = X·F_from.min/F_to.max;
 *   max = X·F_from.max/F_to.min
 * @error: return location for a #GError
 *
 * Compares the amount of unchanged drug reaching the blood, nothing else:
 * not timing, not metabolites, not effect.
 *
 * Returns: whether the inputs were valid
 */
gboolean
kg_equivalent_dose (double          dose_mg,
                    const KgRange  *f_from,
                    const KgRange  *f_to,
                    KgRange        *result,
                    GError        **error)
{
  g_return_val_if_fail (f_from != NULL && f_to != NULL && result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_dose (dose_mg, error) || !check_range (f_from, error) || !check_range (f_to, error))
    return FALSE;

  result->typical = dose_mg * f_from->typical / f_to->typical;
  result->min = dose_mg * f_from->min / f_to->max;
  result->max = dose_mg * f_from->max / f_to->min;
  return TRUE;
}

/**
 * kg_route_equivalent_dose:
 * @from: the route the dose is given by
 * @to: the route to compare with
 * @dose_mg: the dose by @from, mg (> 0)
 * @result: (out): the equivalent dose by @to, see kg_equivalent_dose()
 * @error: return location for a #GError
 *
 * Returns: whether both routes have figures and the dose is valid
 */
gboolean
kg_route_equivalent_dose (KgRoute  *from,
                          KgRoute  *to,
                          double    dose_mg,
                          KgRange  *result,
                          GError  **error)
{
  g_return_val_if_fail (KG_IS_ROUTE (from) && KG_IS_ROUTE (to), FALSE);

  for (guint i = 0; i < 2; i++)
    {
      KgRoute *route = i == 0 ? from : to;

      if (!route->has_f)
        {
          g_set_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_NO_DATA,
                       "%s has no bioavailability figure in the sources",
                       kg_text_get_english (route->name));
          return FALSE;
        }
    }
  return kg_equivalent_dose (dose_mg, &from->f, &to->f, result, error);
}

/**
 * kg_implied_bioavailability:
 * @dose_from_mg: a dose by one route, mg (> 0)
 * @dose_to_mg: the dose by another route said to match it, mg (> 0)
 * @f_to: the other route's bioavailability, fraction
 * @f_from: (out): the bioavailability of the first route that makes the two
 *   doses equal: dose_to · f_to / dose_from
 * @error: return location for a #GError
 *
 * Used to check a claim such as "200 mg of troches ≈ 50 mg IV" (F = 0.25).
 *
 * Returns: whether the inputs were valid
 */
gboolean
kg_implied_bioavailability (double   dose_from_mg,
                            double   dose_to_mg,
                            double   f_to,
                            double  *f_from,
                            GError **error)
{
  g_return_val_if_fail (f_from != NULL, FALSE);

  if (!check_dose (dose_from_mg, error) || !check_dose (dose_to_mg, error)
      || !check_fraction (f_to, error))
    return FALSE;
  *f_from = dose_to_mg * f_to / dose_from_mg;
  if (*f_from > 1)
    {
      g_set_error (error, KG_ROUTE_ERROR, KG_ROUTE_ERROR_INVALID_BIOAVAILABILITY,
                   "%g mg cannot match %g mg: it would need a bioavailability of %g, above 1",
                   dose_from_mg, dose_to_mg, *f_from);
      return FALSE;
    }
  return TRUE;
}
