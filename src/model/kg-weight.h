/* kg-weight.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KG_WEIGHT_ERROR (kg_weight_error_quark ())

typedef enum
{
  KG_WEIGHT_ERROR_EMPTY,
  KG_WEIGHT_ERROR_NOT_A_NUMBER,
  KG_WEIGHT_ERROR_ZERO,
  KG_WEIGHT_ERROR_NEGATIVE,
  KG_WEIGHT_ERROR_TOO_LOW,
  KG_WEIGHT_ERROR_TOO_HIGH,
} KgWeightError;

typedef enum
{
  KG_WEIGHT_UNIT_KG,
  KG_WEIGHT_UNIT_LB,
} KgWeightUnit;

/* The plausible range, in kilograms (the same as the GSettings key). */
#define KG_WEIGHT_MIN_KG 1.0
#define KG_WEIGHT_MAX_KG 350.0
/* The "weight-kg" setting's default. */
#define KG_WEIGHT_DEFAULT_KG 70.0

/* Exact by definition (international pound, 1959). */
#define KG_KG_PER_LB 0.45359237

GQuark        kg_weight_error_quark        (void);

KgWeightUnit  kg_weight_unit_from_string   (const char   *unit);
const char   *kg_weight_unit_to_string     (KgWeightUnit  unit);
double        kg_weight_sanitize_kg        (double        kg);
double        kg_weight_to_kg              (double        value,
                                            KgWeightUnit  unit);
double        kg_weight_from_kg            (double        kg,
                                            KgWeightUnit  unit);
gboolean      kg_weight_parse              (const char   *text,
                                            KgWeightUnit  unit,
                                            const char   *language,
                                            double       *kg,
                                            GError      **error);
char         *kg_weight_format             (double        kg,
                                            KgWeightUnit  unit,
                                            const char   *language);

char         *kg_dose_format_mg            (double        mg_per_kg,
                                            double        kg,
                                            const char   *language);
char         *kg_dose_format_mg_range      (double        min_mg_per_kg,
                                            double        max_mg_per_kg,
                                            double        kg,
                                            const char   *language);

G_END_DECLS
