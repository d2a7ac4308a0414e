/* kg-number.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kg-number.h"

/* The largest value rounded in floating point: above it a double has no
 * fractional digits left to round. */
#define ROUND_LIMIT 1e15

/* Numbers follow the display language, not the process locale: the text
 * around them is in that language, and a Spanish reader takes "1,200" for
 * 1.2. Anything but Spanish is written the English way. */
static gboolean
is_spanish (const char *language)
{
  return language != NULL && g_str_has_prefix (language, "es")
         && (language[2] == '\0' || language[2] == '_' || language[2] == '-');
}

/* Rounds halves away from zero, as people do (6.25 → 6.3), not to even. */
static double
round_to_decimals (double value,
                   guint  decimals)
{
  double scale = pow (10, decimals);

  if (fabs (value) * scale >= ROUND_LIMIT)
    return value;
  return round (value * scale) / scale;
}

/* @value already rounded to @decimals: its digits in the display language,
 * with the integer part grouped in threes from 1,000 up, trailing zeros
 * after the decimal separator dropped when @trim, and "−" (U+2212) for a
 * negative. */
static char *
format_rounded (double      value,
                guint       decimals,
                gboolean    trim,
                const char *language)
{
  gboolean spanish = is_spanish (language);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 320];
  char format[8];
  const char *point;
  gsize integer_length;
  GString *text;

  g_snprintf (format, sizeof format, "%%.%uf", decimals);
  /* g_ascii_formatd() always writes a point, whatever LC_NUMERIC says. */
  g_ascii_formatd (buffer, sizeof buffer, format, fabs (value));

  if (trim && strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (strspn (buffer, "0.") == strlen (buffer))
    value = 0;   /* no "−0" or "−0.00" */

  text = g_string_new (value < 0 ? "−" : "");
  point = strchr (buffer, '.');
  integer_length = point != NULL ? (gsize) (point - buffer) : strlen (buffer);
  for (const char *p = buffer; *p != '\0'; p++)
    {
      gsize position = p - buffer;

      if (position > 0 && position < integer_length && (integer_length - position) % 3 == 0)
        g_string_append_c (text, spanish ? '.' : ',');
      if (*p == '.')
        g_string_append_c (text, spanish ? ',' : '.');
      else
        g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/**
 * kg_number_format:
 * @value: a finite number
 * @max_decimals: at most this many decimals (0 to 6); trailing zeros are dropped
 * @language: (nullable): the display language, "en" or "es"; %NULL is English
 *
 * Formats a figure for display in @language, never in the process locale:
 * 0.15 → "0.15" or "0,15", 1200 → "1,200" or "1.200", 70.0 → "70",
 * −0.001 to two decimals → "0". Halves round away from zero.
 *
 * Returns: (transfer full): the text
 */
char *
kg_number_format (double      value,
                  guint       max_decimals,
                  const char *language)
{
  g_return_val_if_fail (isfinite (value), g_strdup ("?"));

  max_decimals = MIN (max_decimals, 6);
  return format_rounded (round_to_decimals (value, max_decimals), max_decimals, TRUE, language);
}

/**
 * kg_number_format_fixed:
 * @value: a finite number
 * @decimals: exactly this many decimals (0 to 6)
 * @language: (nullable): the display language, "en" or "es"; %NULL is English
 *
 * As kg_number_format(), but keeps trailing zeros, for a readout whose width
 * should not jump as it changes: 0.2 to two decimals → "0.20" or "0,20".
 *
 * Returns: (transfer full): the text
 */
char *
kg_number_format_fixed (double      value,
                        guint       decimals,
                        const char *language)
{
  g_return_val_if_fail (isfinite (value), g_strdup ("?"));

  decimals = MIN (decimals, 6);
  return format_rounded (round_to_decimals (value, decimals), decimals, FALSE, language);
}

/**
 * kg_number_format_significant:
 * @value: a finite number
 * @significant: significant figures to keep (1 to 15)
 * @language: (nullable): the display language, "en" or "es"; %NULL is English
 *
 * Formats a figure for plot labels and readouts, rounded to @significant
 * figures: 1784 → "1,780" or "1.780", 0.04630 → "0.0463" or "0,0463".
 * Whole numbers keep every integer digit.
 *
 * Returns: (transfer full): the text
 */
char *
kg_number_format_significant (double      value,
                              guint       significant,
                              const char *language)
{
  int magnitude, decimals;

  g_return_val_if_fail (isfinite (value), g_strdup ("?"));
  g_return_val_if_fail (significant >= 1 && significant <= 15, NULL);

  if (value == 0)
    return g_strdup ("0");

  magnitude = (int) floor (log10 (fabs (value)));
  decimals = MAX (0, (int) significant - 1 - magnitude);
  if (decimals == 0)
    {
      /* Round the integer to the significant figures: 1784 → 1780. */
      double scale = pow (10, magnitude + 1 - (int) significant);

      if (scale > 1)
        value = round (value / scale) * scale;
    }
  else
    value = round_to_decimals (value, decimals);
  return format_rounded (value, decimals, TRUE, language);
}

/**
 * kg_number_format_percent:
 * @percent: a finite percentage, 0 to 100
 * @language: (nullable): the display language, "en" or "es"; %NULL is English
 *
 * Returns: (transfer full): whole numbers from 10% up ("42"), two
 *   significant figures below ("6.3" or "6,3", "0.0098"); without the % sign
 */
char *
kg_number_format_percent (double      percent,
                          const char *language)
{
  g_return_val_if_fail (isfinite (percent), g_strdup ("?"));

  if (fabs (percent) >= 9.95)
    return kg_number_format (percent, 0, language);
  return kg_number_format_significant (percent, 2, language);
}
