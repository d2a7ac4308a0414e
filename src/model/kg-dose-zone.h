/* kg-dose-zone.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-content-reader.h"
#include "kg-text.h"

G_BEGIN_DECLS

/* Doses closer than this are equal: slider values carry rounding noise
 * (0.1 + 0.2 is 0.30000000000000004). */
#define KG_DOSE_EPSILON 1e-6

#define KG_TYPE_DOSE_ZONE (kg_dose_zone_get_type ())

G_DECLARE_FINAL_TYPE (KgDoseZone, kg_dose_zone, KG, DOSE_ZONE, GObject)

KgDoseZone          *kg_dose_zone_parse                (KgContentReader *reader,
                                                        const cJSON     *entry,
                                                        double           lower,
                                                        double           upper);

const char          *kg_dose_zone_get_id               (KgDoseZone *self);
KgText              *kg_dose_zone_get_name             (KgDoseZone *self);
KgText              *kg_dose_zone_get_subtitle         (KgDoseZone *self);
double               kg_dose_zone_get_min              (KgDoseZone *self);
double               kg_dose_zone_get_max              (KgDoseZone *self);
double               kg_dose_zone_get_middle           (KgDoseZone *self);
const char          *kg_dose_zone_get_color            (KgDoseZone *self);
KgText              *kg_dose_zone_get_physiology       (KgDoseZone *self);
KgText              *kg_dose_zone_get_appearance       (KgDoseZone *self);
KgText              *kg_dose_zone_get_takeaway         (KgDoseZone *self);
KgText              *kg_dose_zone_get_why              (KgDoseZone *self);
KgText              *kg_dose_zone_get_benzodiazepines  (KgDoseZone *self);
gboolean             kg_dose_zone_has_plasma           (KgDoseZone *self);
double               kg_dose_zone_get_plasma_min       (KgDoseZone *self);
double               kg_dose_zone_get_plasma_max       (KgDoseZone *self);
KgText              *kg_dose_zone_get_plasma_regimen   (KgDoseZone *self);
KgText              *kg_dose_zone_get_plasma_note      (KgDoseZone *self);
const char * const  *kg_dose_zone_get_plasma_sources   (KgDoseZone *self);
const char * const  *kg_dose_zone_get_sources          (KgDoseZone *self);
gboolean             kg_dose_zone_contains             (KgDoseZone *self,
                                                        double      dose);

/* The palette names a zone or a layer may ask for (libadwaita's palette). */
extern const char * const kg_palette_names[];

G_END_DECLS
