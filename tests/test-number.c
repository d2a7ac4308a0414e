/* test-number.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>

#include "kg-number.h"

/* Each test runs under these process locales (LOCPATH points at the ones
 * generated into the build tree) and must give the same text in each:
 * numbers follow the display language, never LC_NUMERIC. */
static const struct
{
  const char *name;
  const char *decimal_point;
} locales[] = {
  { "C", "." },
  { "es_ES.UTF-8", "," },
  { "de_DE.UTF-8", "," },
};

static void
use_locale (guint i)
{
  const char *set = setlocale (LC_ALL, locales[i].name);

  g_test_message ("process locale %s", locales[i].name);
  /* A locale that cannot be set fails the test: it would not test anything. */
  g_assert_nonnull (set);
  g_assert_cmpstr (setlocale (LC_NUMERIC, NULL), ==, locales[i].name);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, locales[i].decimal_point);
}

static void
test_decimals (void)
{
  static const struct
  {
    double      value;
    guint       decimals;
    const char *en;
    const char *es;
  } cases[] = {
    { 0.5, 2, "0.5", "0,5" },
    { 0.15, 2, "0.15", "0,15" },
    { 3.5, 1, "3.5", "3,5" },
    { 35, 1, "35", "35" },
    { 70, 1, "70", "70" },
    { 58, 1, "58", "58" },
    { 172.4137, 0, "172", "172" },
    { 0.75, 2, "0.75", "0,75" },
    { 154.3235835, 1, "154.3", "154,3" },
    { 123.75, 1, "123.8", "123,8" },
    { 0.1 + 0.2, 2, "0.3", "0,3" },
    { 999.96, 1, "1,000", "1.000" },
    { 1200, 0, "1,200", "1.200" },
    { 2400, 0, "2,400", "2.400" },
    { 1234.5678, 3, "1,234.568", "1.234,568" },
    { 12345678.9, 1, "12,345,678.9", "12.345.678,9" },
    { 1e20, 0, "100,000,000,000,000,000,000", "100.000.000.000.000.000.000" },
    { 0, 2, "0", "0" },
    { -0.001, 2, "0", "0" },
    { -0.01, 1, "0", "0" },
    { -2.5, 1, "−2.5", "−2,5" },
    { -1500, 0, "−1,500", "−1.500" },
    { 0.123456789, 9, "0.123457", "0,123457" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      use_locale (l);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *en = kg_number_format (cases[i].value, cases[i].decimals, "en");
          g_autofree char *none = kg_number_format (cases[i].value, cases[i].decimals, NULL);
          g_autofree char *es = kg_number_format (cases[i].value, cases[i].decimals, "es");

          g_assert_cmpstr (en, ==, cases[i].en);
          g_assert_cmpstr (none, ==, cases[i].en);
          g_assert_cmpstr (es, ==, cases[i].es);
        }
    }
  setlocale (LC_ALL, "C");
}

static void
test_significant (void)
{
  static const struct
  {
    double      value;
    guint       significant;
    const char *en;
    const char *es;
  } cases[] = {
    { 1780.4, 3, "1,780", "1.780" },
    { 7936.5, 3, "7,940", "7.940" },
    { 2400, 2, "2,400", "2.400" },
    { 46.27, 3, "46.3", "46,3" },
    { 46.27, 2, "46", "46" },
    { 0.0153, 2, "0.015", "0,015" },
    { 0.1, 3, "0.1", "0,1" },
    { 0.108, 3, "0.108", "0,108" },
    { 0.5, 3, "0.5", "0,5" },
    { 2.5, 3, "2.5", "2,5" },
    { 6.25, 2, "6.3", "6,3" },
    { 240, 3, "240", "240" },
    { 1000, 1, "1,000", "1.000" },
    { 10000, 3, "10,000", "10.000" },
    { 123456789, 3, "123,000,000", "123.000.000" },
    { 0, 3, "0", "0" },
    { 1.5, 3, "1.5", "1,5" },
    { 0.000004, 2, "0.000004", "0,000004" },
    { 999.6, 3, "1,000", "1.000" },
    { -70, 2, "−70", "−70" },
    { -0.0463, 3, "−0.0463", "−0,0463" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      use_locale (l);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *en = kg_number_format_significant (cases[i].value,
                                                              cases[i].significant, "en");
          g_autofree char *es = kg_number_format_significant (cases[i].value,
                                                              cases[i].significant, "es");

          g_assert_cmpstr (en, ==, cases[i].en);
          g_assert_cmpstr (es, ==, cases[i].es);
        }
    }
  setlocale (LC_ALL, "C");
}

static void
test_percent (void)
{
  static const struct
  {
    double      percent;
    const char *en;
    const char *es;
  } cases[] = {
    { 100, "100", "100" },
    { 50, "50", "50" },
    { 12.5, "13", "13" },
    { 9.96, "10", "10" },
    { 6.25, "6.3", "6,3" },
    { 0.1295, "0.13", "0,13" },
    { 0.09765625, "0.098", "0,098" },
    { 0, "0", "0" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      use_locale (l);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *en = kg_number_format_percent (cases[i].percent, "en");
          g_autofree char *es = kg_number_format_percent (cases[i].percent, "es");

          g_assert_cmpstr (en, ==, cases[i].en);
          g_assert_cmpstr (es, ==, cases[i].es);
        }
    }
  setlocale (LC_ALL, "C");
}

/* A readout keeps its trailing zeros, so its width does not jump. */
static void
test_fixed (void)
{
  static const struct
  {
    double      value;
    guint       decimals;
    const char *en;
    const char *es;
  } cases[] = {
    { 0.2, 2, "0.20", "0,20" },
    { 0, 2, "0.00", "0,00" },
    { -0.001, 2, "0.00", "0,00" },
    { 1.5, 2, "1.50", "1,50" },
    { 2.5, 1, "2.5", "2,5" },
    { 1200, 2, "1,200.00", "1.200,00" },
    { -0.25, 1, "−0.3", "−0,3" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      use_locale (l);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *en = kg_number_format_fixed (cases[i].value, cases[i].decimals, "en");
          g_autofree char *es = kg_number_format_fixed (cases[i].value, cases[i].decimals, "es");

          g_assert_cmpstr (en, ==, cases[i].en);
          g_assert_cmpstr (es, ==, cases[i].es);
        }
    }
  setlocale (LC_ALL, "C");
}

/* Only Spanish writes a decimal comma; every other language code is English. */
static void
test_language (void)
{
  static const struct
  {
    const char *language;
    const char *text;
  } cases[] = {
    { "es", "1.234,5" }, { "es_ES", "1.234,5" }, { "es-MX", "1.234,5" },
    { "en", "1,234.5" }, { "en_GB", "1,234.5" }, { "de", "1,234.5" }, { "", "1,234.5" },
    { "est", "1,234.5" }, { NULL, "1,234.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kg_number_format (1234.5, 1, cases[i].language);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kg/number/decimals", test_decimals);
  g_test_add_func ("/kg/number/significant", test_significant);
  g_test_add_func ("/kg/number/percent", test_percent);
  g_test_add_func ("/kg/number/fixed", test_fixed);
  g_test_add_func ("/kg/number/language", test_language);
  return g_test_run ();
}
