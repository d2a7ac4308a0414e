/* kg-test-locale.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>
#include <locale.h>

/* gtk_test_init() disables GTK's setlocale() and switches the process to
 * en_US.UTF-8 (or leaves it in C where that is missing). The display tests
 * also run under LANG=es_ES.UTF-8 and de_DE.UTF-8 (tests/meson.build), so
 * after it, go back to the environment's locale, as the app's
 * setlocale (LC_ALL, "") does, and check that it took: a run that meant to
 * test a decimal-comma locale and silently ran in C would prove nothing. */
static inline void
kg_test_use_environment_locale (void)
{
  const char *expected = g_getenv ("KG_TEST_DECIMAL_POINT");

  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The environment's locale (LANG=%s) cannot be set", g_getenv ("LANG"));
  if (expected != NULL && g_strcmp0 (localeconv ()->decimal_point, expected) != 0)
    g_error ("LC_NUMERIC is %s, with the decimal point “%s”, not “%s”",
             setlocale (LC_NUMERIC, NULL), localeconv ()->decimal_point, expected);
}
