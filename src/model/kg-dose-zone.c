/* kg-dose-zone.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-dose-zone.h"

struct _KgDoseZone
{
  GObject   parent_instance;

  /* Owned */
  char     *id;
  KgText   *name;
  KgText   *subtitle;
  char     *color;
  KgText   *physiology;
  KgText   *appearance;
  KgText   *takeaway;
  KgText   *why;
  KgText   *benzodiazepines;
  KgText   *plasma_regimen;
  KgText   *plasma_note;
  char    **plasma_sources;
  char    **sources;

  double    min;
  double    max;
  double    plasma_min;
  double    plasma_max;
  gboolean  has_plasma;
};

G_DEFINE_FINAL_TYPE (KgDoseZone, kg_dose_zone, G_TYPE_OBJECT)

const char * const kg_palette_names[] = {
  "blue", "green", "yellow", "orange", "red", "purple", "brown", NULL
};

/* Plasma concentrations are in ng/mL; anything above this is a typo. */
#define MAX_PLASMA_NG_ML 100000.0

static void
kg_dose_zone_finalize (GObject *object)
{
  KgDoseZone *self = (KgDoseZone *) object;

  g_free (self->id);
  g_clear_pointer (&self->name, kg_text_unref);
  g_clear_pointer (&self->subtitle, kg_text_unref);
  g_free (self->color);
  g_clear_pointer (&self->physiology, kg_text_unref);
  g_clear_pointer (&self->appearance, kg_text_unref);
  g_clear_pointer (&self->takeaway, kg_text_unref);
  g_clear_pointer (&self->why, kg_text_unref);
  g_clear_pointer (&self->benzodiazepines, kg_text_unref);
  g_clear_pointer (&self->plasma_regimen, kg_text_unref);
  g_clear_pointer (&self->plasma_note, kg_text_unref);
  g_strfreev (self->plasma_sources);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (kg_dose_zone_parent_class)->finalize (object);
}

static void
kg_dose_zone_class_init (KgDoseZoneClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_dose_zone_finalize;
}

static void
kg_dose_zone_init (KgDoseZone *self)
{
}

static void
parse_plasma (KgDoseZone      *self,
              KgContentReader *reader,
              const cJSON     *entry)
{
  const cJSON *plasma = kg_content_reader_read_object (reader, entry, "plasma", FALSE);
  gboolean has_min, has_max;

  if (plasma == NULL)
    return;

  has_min = kg_content_reader_read_number (reader, plasma, "plasma.min_ng_ml", 0,
                                           MAX_PLASMA_NG_ML, TRUE, &self->plasma_min);
  has_max = kg_content_reader_read_number (reader, plasma, "plasma.max_ng_ml", 0,
                                           MAX_PLASMA_NG_ML, TRUE, &self->plasma_max);
  if (has_min && has_max && self->plasma_max < self->plasma_min)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, "plasma.max_ng_ml",
                                   "expected at least “plasma.min_ng_ml” (%g), found %g",
                                   self->plasma_min, self->plasma_max);
  self->plasma_regimen = kg_content_reader_read_text (reader, plasma, "plasma.regimen", TRUE);
  self->plasma_note = kg_content_reader_read_text (reader, plasma, "plasma.note", FALSE);
  self->plasma_sources = kg_content_reader_read_sources (reader, plasma, "plasma.sources");
  self->has_plasma = TRUE;
}

/**
 * kg_dose_zone_parse:
 * @reader: the reader of dose-zones.json, inside the zone's entry
 * @entry: the zone's JSON object
 * @lower: the slider's lowest dose
 * @upper: the slider's highest dose
 *
 * Reads one zone. Its range must lie inside [@lower, @upper]; the order of
 * the zones is checked by the chart.
 *
 * Returns: (transfer full) (nullable): the zone, or %NULL after a problem
 */
KgDoseZone *
kg_dose_zone_parse (KgContentReader *reader,
                    const cJSON     *entry,
                    double           lower,
                    double           upper)
{
  g_autoptr (KgDoseZone) self = g_object_new (KG_TYPE_DOSE_ZONE, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const char *id = kg_content_reader_read_id (reader, entry);
  gboolean has_min, has_max;
  int color;

  self->name = kg_content_reader_read_text (reader, entry, "name", TRUE);
  self->subtitle = kg_content_reader_read_text (reader, entry, "subtitle", FALSE);
  has_min = kg_content_reader_read_number (reader, entry, "min", lower, upper, TRUE, &self->min);
  has_max = kg_content_reader_read_number (reader, entry, "max", lower, upper, TRUE, &self->max);
  if (has_min && has_max && self->max <= self->min)
    kg_content_reader_add_problem (reader, KG_CONTENT_ERROR_OUT_OF_RANGE, "max",
                                   "expected a dose above the zone's “min” (%g), found %g",
                                   self->min, self->max);
  color = kg_content_reader_read_enum (reader, entry, "color", kg_palette_names, FALSE);
  self->physiology = kg_content_reader_read_text (reader, entry, "physiology", TRUE);
  self->appearance = kg_content_reader_read_text (reader, entry, "appearance", TRUE);
  self->takeaway = kg_content_reader_read_text (reader, entry, "takeaway", TRUE);
  self->why = kg_content_reader_read_text (reader, entry, "why", FALSE);
  self->benzodiazepines = kg_content_reader_read_text (reader, entry, "benzodiazepines", FALSE);
  parse_plasma (self, reader, entry);
  self->sources = kg_content_reader_read_sources (reader, entry, "sources");

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;

  self->id = g_strdup (id);
  self->color = color >= 0 ? g_strdup (kg_palette_names[color]) : NULL;
  return g_steal_pointer (&self);
}

#define GETTER(type, name, field)                     \
  type                                                \
  kg_dose_zone_get_##name (KgDoseZone *self)          \
  {                                                   \
    g_return_val_if_fail (KG_IS_DOSE_ZONE (self), 0); \
    return (type) self->field;                        \
  }

/* Plain accessors of the loaded, immutable zone; optional texts may be NULL. */
GETTER (const char *, id, id)
GETTER (KgText *, name, name)
GETTER (KgText *, subtitle, subtitle)
GETTER (double, min, min)
GETTER (double, max, max)
GETTER (const char *, color, color)
GETTER (KgText *, physiology, physiology)
GETTER (KgText *, appearance, appearance)
GETTER (KgText *, takeaway, takeaway)
GETTER (KgText *, why, why)
GETTER (KgText *, benzodiazepines, benzodiazepines)
GETTER (double, plasma_min, plasma_min)
GETTER (double, plasma_max, plasma_max)
GETTER (KgText *, plasma_regimen, plasma_regimen)
GETTER (KgText *, plasma_note, plasma_note)
GETTER (const char * const *, plasma_sources, plasma_sources)
GETTER (const char * const *, sources, sources)

/**
 * kg_dose_zone_has_plasma:
 * @self: a zone
 *
 * Returns: whether the zone carries plasma concentrations
 */
gboolean
kg_dose_zone_has_plasma (KgDoseZone *self)
{
  g_return_val_if_fail (KG_IS_DOSE_ZONE (self), FALSE);
  return self->has_plasma;
}

/**
 * kg_dose_zone_get_middle:
 * @self: a zone
 *
 * Returns: the dose halfway through the zone, where its button puts the slider
 */
double
kg_dose_zone_get_middle (KgDoseZone *self)
{
  g_return_val_if_fail (KG_IS_DOSE_ZONE (self), 0);
  return (self->min + self->max) / 2;
}

/**
 * kg_dose_zone_contains:
 * @self: a zone
 * @dose: a dose in mg/kg
 *
 * Returns: whether @dose lies in the zone, both ends included
 */
gboolean
kg_dose_zone_contains (KgDoseZone *self,
                       double      dose)
{
  g_return_val_if_fail (KG_IS_DOSE_ZONE (self), FALSE);
  return dose >= self->min - KG_DOSE_EPSILON && dose <= self->max + KG_DOSE_EPSILON;
}
