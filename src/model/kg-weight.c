/* kg-weight.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kg-weight.h"

#include "kg-number.h"

G_DEFINE_QUARK (kg-weight-error-quark, kg_weight_error)

/* Longest user text quoted back in a message. */
#define MAX_QUOTED 16

/**
 * kg_weight_unit_from_string:
 * @unit: (nullable): "kg" or "lb", as stored in GSettings
 *
 * Returns: the unit; anything but "lb" is kilograms
 */
KgWeightUnit
kg_weight_unit_from_string (const char *unit)
{
  return g_strcmp0 (unit, "lb") == 0 ? KG_WEIGHT_UNIT_LB : KG_WEIGHT_UNIT_KG;
}

/**
 * kg_weight_unit_to_string:
 * @unit: a #KgWeightUnit
 *
 * Returns: (transfer none): "kg" or "lb"
 */
const char *
kg_weight_unit_to_string (KgWeightUnit unit)
{
  return unit == KG_WEIGHT_UNIT_LB ? "lb" : "kg";
}

/**
 * kg_weight_sanitize_kg:
 * @kg: a stored weight in kilograms
 *
 * What the pages use for a stored "weight-kg": GSettings gives the default
 * for a value outside the key's range, but lets NaN through (it compares as
 * inside every range), which a GObject property refuses with a warning.
 *
 * Returns: @kg when it is a number from %KG_WEIGHT_MIN_KG to
 *   %KG_WEIGHT_MAX_KG, otherwise %KG_WEIGHT_DEFAULT_KG, as GSettings does
 */
double
kg_weight_sanitize_kg (double kg)
{
  /* Written so that NaN, for which every comparison is false, fails it. */
  if (kg >= KG_WEIGHT_MIN_KG && kg <= KG_WEIGHT_MAX_KG)
    return kg;
  return KG_WEIGHT_DEFAULT_KG;
}

/**
 * kg_weight_to_kg:
 * @value: a weight in @unit
 * @unit: its unit
 *
 * Returns: the weight in kilograms
 */
double
kg_weight_to_kg (double       value,
                 KgWeightUnit unit)
{
  return unit == KG_WEIGHT_UNIT_LB ? value * KG_KG_PER_LB : value;
}

/**
 * kg_weight_from_kg:
 * @kg: a weight in kilograms
 * @unit: the wanted unit
 *
 * Returns: the weight in @unit
 */
double
kg_weight_from_kg (double       kg,
                   KgWeightUnit unit)
{
  return unit == KG_WEIGHT_UNIT_LB ? kg / KG_KG_PER_LB : kg;
}

/* Digits with at most one decimal separator (dot or comma), an optional sign,
 * nothing else: no exponents, hex, "inf" or "nan", which strtod would accept. */
static gboolean
is_plain_number (const char *text)
{
  gboolean separator = FALSE;
  guint digits = 0;
  const char *p = text;

  if (*p == '+' || *p == '-')
    p++;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if ((*p == '.' || *p == ',') && !separator)
        separator = TRUE;
      else
        return FALSE;
    }
  return digits > 0;
}

static char *
quote_text (const char *text)
{
  if (g_utf8_strlen (text, -1) > MAX_QUOTED)
    {
      g_autofree char *head = g_utf8_substring (text, 0, MAX_QUOTED);
      return g_strdup_printf ("%s…", head);
    }
  return g_strdup (text);
}

/**
 * kg_weight_parse:
 * @text: what the user typed
 * @unit: the unit it is in
 * @language: (nullable): the display language its numbers are written in ("en", "es")
 * @kg: (out): the weight in kilograms, set only on success
 * @error: return location for a #KgWeightError whose message can be shown as is
 *
 * Reads a body weight. A dot or a comma is the decimal separator. Empty,
 * non-numeric, zero, negative and implausible weights (under 1 kg or over
 * 350 kg) are refused, each with its own message.
 *
 * Returns: whether @text is a plausible weight
 */
gboolean
kg_weight_parse (const char    *text,
                 KgWeightUnit   unit,
                 const char    *language,
                 double        *kg,
                 GError       **error)
{
  g_autofree char *trimmed = NULL;
  double value;
  double in_kg;

  g_return_val_if_fail (kg != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, KG_WEIGHT_ERROR, KG_WEIGHT_ERROR_EMPTY,
                           _("Enter a weight to see the doses in mg."));
      return FALSE;
    }
  if (!is_plain_number (trimmed))
    {
      g_autofree char *quoted = quote_text (trimmed);
      g_set_error (error, KG_WEIGHT_ERROR, KG_WEIGHT_ERROR_NOT_A_NUMBER,
                   unit == KG_WEIGHT_UNIT_LB
                     ? _("“%s” is not a number. Enter the weight in pounds, for example 154.")
                     : _("“%s” is not a number. Enter the weight in kilograms, for example 70."),
                   quoted);
      return FALSE;
    }

  g_strdelimit (trimmed, ",", '.');
  value = g_ascii_strtod (trimmed, NULL);
  in_kg = kg_weight_to_kg (value, unit);

  if (value == 0)
    {
      g_set_error_literal (error, KG_WEIGHT_ERROR, KG_WEIGHT_ERROR_ZERO,
                           _("The weight cannot be zero."));
      return FALSE;
    }
  if (value < 0)
    {
      g_set_error_literal (error, KG_WEIGHT_ERROR, KG_WEIGHT_ERROR_NEGATIVE,
                           _("The weight cannot be negative."));
      return FALSE;
    }
  if (in_kg < KG_WEIGHT_MIN_KG)
    {
      g_autofree char *lb = kg_number_format (KG_WEIGHT_MIN_KG / KG_KG_PER_LB, 1, language);
      g_set_error (error, KG_WEIGHT_ERROR, KG_WEIGHT_ERROR_TOO_LOW,
                   _("Enter a weight of at least 1 kg (%s lb)."), lb);
      return FALSE;
    }
  if (!isfinite (in_kg) || in_kg > KG_WEIGHT_MAX_KG)
    {
      g_autofree char *lb = kg_number_format (KG_WEIGHT_MAX_KG / KG_KG_PER_LB, 1, language);
      g_set_error (error, KG_WEIGHT_ERROR, KG_WEIGHT_ERROR_TOO_HIGH,
                   _("More than 350 kg (%s lb) is not a plausible weight. Check the number."),
                   lb);
      return FALSE;
    }

  *kg = in_kg;
  return TRUE;
}

/**
 * kg_weight_format:
 * @kg: a weight in kilograms
 * @unit: the unit to show it in
 * @language: (nullable): the display language its numbers are written in ("en", "es")
 *
 * Returns: (transfer full): the weight in @unit to one decimal, without the
 *   unit, for the weight entry: 70 → "70", 70 kg in pounds → "154.3"
 */
char *
kg_weight_format (double       kg,
                  KgWeightUnit unit,
                  const char  *language)
{
  return kg_number_format (kg_weight_from_kg (kg, unit), 1, language);
}

/**
 * kg_dose_format_mg:
 * @mg_per_kg: a dose in mg/kg
 * @kg: a body weight in kilograms
 * @language: (nullable): the display language its numbers are written in ("en", "es")
 *
 * Returns: (transfer full): the worked conversion, e.g.
 *   "0.3 mg/kg × 70 kg = 21 mg" (mg to one decimal)
 */
char *
kg_dose_format_mg (double      mg_per_kg,
                   double      kg,
                   const char *language)
{
  g_autofree char *dose = kg_number_format (mg_per_kg, 2, language);
  g_autofree char *weight = kg_number_format (kg, 1, language);
  g_autofree char *mg = kg_number_format (mg_per_kg * kg, 1, language);

  /* Translators: a worked dose conversion, "0.3 mg/kg × 70 kg = 21 mg". */
  return g_strdup_printf (_("%s mg/kg × %s kg = %s mg"), dose, weight, mg);
}

/**
 * kg_dose_format_mg_range:
 * @min_mg_per_kg: the lower dose in mg/kg
 * @max_mg_per_kg: the upper dose in mg/kg
 * @kg: a body weight in kilograms
 * @language: (nullable): the display language its numbers are written in ("en", "es")
 *
 * Returns: (transfer full): the worked conversion of a range, e.g.
 *   "0.1–0.3 mg/kg × 70 kg = 7–21 mg"
 */
char *
kg_dose_format_mg_range (double      min_mg_per_kg,
                         double      max_mg_per_kg,
                         double      kg,
                         const char *language)
{
  g_autofree char *low = kg_number_format (min_mg_per_kg, 2, language);
  g_autofree char *high = kg_number_format (max_mg_per_kg, 2, language);
  g_autofree char *weight = kg_number_format (kg, 1, language);
  g_autofree char *low_mg = kg_number_format (min_mg_per_kg * kg, 1, language);
  g_autofree char *high_mg = kg_number_format (max_mg_per_kg * kg, 1, language);

  /* Translators: a worked conversion of a dose range, "0.1–0.3 mg/kg × 70 kg = 7–21 mg". */
  return g_strdup_printf (_("%s–%s mg/kg × %s kg = %s–%s mg"), low, high, weight, low_mg, high_mg);
}
