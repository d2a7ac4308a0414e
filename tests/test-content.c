/* test-content.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-catalog.h"

static void
test_bundled_loads (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgCatalog) catalog = kg_catalog_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (kg_catalog_get_interactions (catalog)), >, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kg/content/bundled-loads", test_bundled_loads);
  return g_test_run ();
}
