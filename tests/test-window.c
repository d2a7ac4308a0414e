/* test-window.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-window.h"

static void
test_window_title (void)
{
  g_autoptr (KgApplication) app = kg_application_new ();
  g_autoptr (GError) error = NULL;
  KgWindow *window;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kg_application_load_content (app, NULL, &error));
  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "KetGuide");
  g_assert_nonnull (kg_window_get_page (window, "interactions"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/kg/window/title", test_window_title);
  return g_test_run ();
}
