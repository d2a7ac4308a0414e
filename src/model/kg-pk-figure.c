/* kg-pk-figure.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "kg-pk-figure.h"

struct _KgPkFigure
{
  GObject         parent_instance;

  /* Owned */
  char           *id;
  KgText         *label;
  KgText         *note;
  KgText         *caveat;
  char          **sources;

  KgPkFigureKind  kind;
  KgPkEvidence    evidence;
  double          value;    /* NAN when the source gives only a range */
  double          min;      /* NAN when the source gives a single figure */
  double          max;
  gboolean        plot;
};

G_DEFINE_FINAL_TYPE (KgPkFigure, kg_pk_figure, G_TYPE_OBJECT)

/* The spellings used in the JSON, in enum order. */
static const char * const evidence_names[] = { "study", "label", "patient-guide", NULL };

/* Field names and limits per kind: the unit is in the name, so a content
 * editor cannot mistake minutes for hours. */
static const struct
{
  const char *value;
  const char *min;
  const char *max;
  double      low;
  double      limit;
  gboolean    range_required;
} kind_fields[] = {
  /* Elimination half-lives of ketamine and its metabolites are 2–3 h
   * (ketamine) to about 12 h (norketamine, hydroxynorketamine) in the
   * bundled sources; 0.5–48 h leaves room for other drugs' figures while
   * refusing what the page cannot draw (docs/content-schema.md). */
  [KG_PK_FIGURE_HALF_LIFE] = { "hours", "min_hours", "max_hours", 0.5, 48, FALSE },
  [KG_PK_FIGURE_CONCENTRATION_BAND] = { NULL, "min_ng_ml", "max_ng_ml", 0, 100000, TRUE },
  [KG_PK_FIGURE_TIME_MARKER] = { "hours", "min_hours", "max_hours", 0, 1000, FALSE },
};

static void
kg_pk_figure_finalize (GObject *object)
{
  KgPkFigure *self = (KgPkFigure *) object;

  g_free (self->id);
  g_clear_pointer (&self->label, kg_text_unref);
  g_clear_pointer (&self->note, kg_text_unref);
  g_clear_pointer (&self->caveat, kg_text_unref);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (kg_pk_figure_parent_class)->finalize (object);
}

static void
kg_pk_figure_class_init (KgPkFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_pk_figure_finalize;
}

static void
kg_pk_figure_init (KgPkFigure *self)
{
  self->value = NAN;
  self->min = NAN;
  self->max = NAN;
  self->plot = TRUE;
}

/* A figure is a single value, a range, or both (a typical value inside its
 * range); a concentration band is always a range. */
static void
read_numbers (KgPkFigure      *self,
              KgContentReader *reader,
              const cJSON     *entry)
{
  const char *value_field = kind_fields[self->kind].value;
  const char *min_field = kind_fields[self->kind].min;
  const char *max_field = kind_fields[self->kind].max;
  double low = kind_fields[self->kind].low;
  double limit = kind_fields[self->kind].limit;
  gboolean required = kind_fields[self->kind].range_required;
  gboolean has_min, has_max;

  if (value_field != NULL)
    kg_content_reader_read_number (reader, entry, value_field, low, limit, FALSE,
                                   &self->value);
  has_min = kg_content_reader_read_number (reader, entry, min_field, low, limit, required,
                                           &self->min);
  has_max = kg_content_reader_read_number (reader, entry, max_field, low, limit, required,
                                           &self->max);

  /* A figure or bound that is there but refused has been reported already. */
  if ((value_field != NULL && isnan (self->value)
       && cJSON_GetObjectItemCaseSensitive (entry, value_field) != NULL)
      || (!has_min && cJSON_GetObjectItemCaseSensitive (entry, min_field) != NULL)
      || (!has_max && cJSON_GetObjectItemCaseSensitive (entry, max_field) != NULL))
    return;
  if (has_min != has_max)
    {
      kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_MISSING_FIELD,
                                     has_min ? max_field : min_field,
                                     "expected both “%s” and “%s” for a range, found only “%s”",
                                     min_field, max_field, has_min ? min_field : max_field);
      return;
    }
  if (has_min && !(self->min < self->max))
    {
      kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_ORDER, max_field,
                                     "expected a number greater than “%s” (%g), found %g",
                                     min_field, self->min, self->max);
      return;
    }
  if (value_field != NULL && isnan (self->value) && !has_min)
    {
      kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_MISSING_FIELD, value_field,
                                     "expected “%s”, or “%s” and “%s”, found none of them",
                                     value_field, min_field, max_field);
      return;
    }
  if (!isnan (self->value) && has_min && (self->value < self->min || self->value > self->max))
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, value_field,
                                   "expected a number inside its range (%g to %g), found %g",
                                   self->min, self->max, self->value);
}

static KgPkFigure *
parse_one (KgContentReader *reader,
           const cJSON     *entry,
           KgPkFigureKind   kind)
{
  g_autoptr (KgPkFigure) self = g_object_new (KG_TYPE_PK_FIGURE, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const char *id = kg_content_reader_read_id (reader, entry);
  int evidence;

  self->kind = kind;
  self->label = kg_content_reader_read_text (reader, entry, "label", TRUE);
  read_numbers (self, reader, entry);
  self->note = kg_content_reader_read_text (reader, entry, "note", FALSE);
  self->caveat = kg_content_reader_read_text (reader, entry, "caveat", FALSE);
  if (kind == KG_PK_FIGURE_TIME_MARKER)
    kg_content_reader_read_bool (reader, entry, "plot", FALSE, &self->plot);
  evidence = kg_content_reader_read_enum (reader, entry, "evidence", evidence_names, TRUE);
  self->sources = kg_content_reader_read_sources (reader, entry, "sources");

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;

  self->id = g_strdup (id);
  self->evidence = evidence;
  return g_steal_pointer (&self);
}

/**
 * kg_pk_figures_parse:
 * @reader: the reader of pharmacokinetics.json
 * @root: the object holding @field
 * @field: the array's name, e.g. "half_lives"
 * @kind: what the figures measure (fixes the field names and unit)
 * @store: (element-type KgPkFigure): where valid entries are appended
 *
 * Returns: whether the array was present and every entry valid
 */
gboolean
kg_pk_figures_parse (KgContentReader *reader,
                     const cJSON     *root,
                     const char      *field,
                     KgPkFigureKind   kind,
                     GListStore      *store)
{
  guint problems = kg_content_reader_get_n_problems (reader);
  const cJSON *array = kg_content_reader_read_array (reader, root, field, TRUE);
  const cJSON *entry;
  guint index = 0;

  cJSON_ArrayForEach (entry, array)
    {
      g_autoptr (KgPkFigure) figure = NULL;
      g_autofree char *what = g_strdup_printf ("%s entry", field);

      kg_content_reader_begin_entry (reader, what, index++, entry);
      if (!cJSON_IsObject (entry))
        kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_WRONG_TYPE, NULL,
                                       "expected an object");
      else if ((figure = parse_one (reader, entry, kind)) != NULL)
        g_list_store_append (store, figure);
      kg_content_reader_end_entry (reader);
    }
  if (array != NULL && index == 0)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_EMPTY, field,
                                   "expected at least one entry, found an empty array");
  return kg_content_reader_get_n_problems (reader) == problems;
}

#define GETTER(type, name, field)                     \
  type                                                \
  kg_pk_figure_get_##name (KgPkFigure *self)          \
  {                                                   \
    g_return_val_if_fail (KG_IS_PK_FIGURE (self), 0); \
    return (type) self->field;                        \
  }

/* Plain accessors of the loaded, immutable figure. Numbers are in the unit of
 * the kind: hours, or ng/mL for concentration bands; NAN when absent. */
GETTER (const char *, id, id)
GETTER (KgPkFigureKind, kind, kind)
GETTER (KgText *, label, label)
GETTER (double, value, value)
GETTER (double, min, min)
GETTER (double, max, max)
GETTER (KgText *, note, note)
GETTER (KgText *, caveat, caveat)
GETTER (gboolean, plot, plot)
GETTER (KgPkEvidence, evidence, evidence)
GETTER (const char * const *, sources, sources)

/**
 * kg_pk_figure_has_range:
 * @self: a figure
 *
 * Returns: whether the sources give a range (min and max)
 */
gboolean
kg_pk_figure_has_range (KgPkFigure *self)
{
  g_return_val_if_fail (KG_IS_PK_FIGURE (self), FALSE);
  return !isnan (self->min);
}

/**
 * kg_pk_figure_get_typical:
 * @self: a figure
 *
 * Returns: the single figure when the source gives one, otherwise the middle
 *   of the range
 */
double
kg_pk_figure_get_typical (KgPkFigure *self)
{
  g_return_val_if_fail (KG_IS_PK_FIGURE (self), NAN);
  return !isnan (self->value) ? self->value : (self->min + self->max) / 2;
}
