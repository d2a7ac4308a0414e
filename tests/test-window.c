/* test-window.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-window.h"
#include "pages/kg-half-life-page.h"
#include "pages/kg-interactions-page.h"
#include "pages/kg-routes-page.h"
#include "kg-test-locale.h"

/* One application per process: a second could not register on the bus. */
static KgApplication *app;

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_window_title (void)
{
  KgWindow *window;

  window = kg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "KetGuide");
  g_assert_nonnull (kg_window_get_page (window, "interactions"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Destroyed before it could build its hidden pages: nothing runs later. */
  {
    gboolean done = FALSE;

    g_timeout_add (300, timeout_cb, &done);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
  }
}

static GtkWidget *
built_page (KgWindow   *window,
            const char *name)
{
  GtkWidget *slot = adw_view_stack_get_child_by_name (kg_window_get_stack (window), name);

  g_assert_true (ADW_IS_BIN (slot));
  return adw_bin_get_child (ADW_BIN (slot));
}

static gboolean
all_built (KgWindow *window)
{
  return built_page (window, "dose") != NULL && built_page (window, "routes") != NULL &&
         built_page (window, "half-life") != NULL && built_page (window, "interactions") != NULL;
}

/* Only the page on show is built before the first frame; the switcher lists
 * them all; the others are built when shown, or once the window has drawn. */
static void
test_pages_on_demand (void)
{
  static const char * const titles[] = { "Dose zones", "Routes", "Half-life", "Contraindications" };
  g_autoptr (GtkSelectionModel) pages = NULL;
  gboolean timed_out = FALSE;
  guint timeout;
  KgWindow *window;

  window = kg_window_new (app);

  pages = adw_view_stack_get_pages (kg_window_get_stack (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, titles[i]);
    }
  g_assert_nonnull (built_page (window, "dose"));
  g_assert_null (built_page (window, "routes"));
  g_assert_null (built_page (window, "half-life"));
  g_assert_null (built_page (window, "interactions"));

  /* Shown: built at once. Asked for: built at once, in the window's current
   * language and wording. */
  adw_view_stack_set_visible_child_name (kg_window_get_stack (window), "routes");
  g_assert_true (KG_IS_ROUTES_PAGE (built_page (window, "routes")));
  g_settings_set_boolean (kg_application_get_settings (app), "consult-mode", TRUE);
  g_settings_set_string (kg_application_get_settings (app), "language", "es");
  {
    GtkWidget *page = kg_window_get_page (window, "interactions");
    g_autofree char *language = NULL;
    gboolean patient_wording = FALSE;

    g_assert_true (KG_IS_INTERACTIONS_PAGE (page));
    g_object_get (page, "language", &language, "patient-wording", &patient_wording, NULL);
    g_assert_cmpstr (language, ==, "es");
    g_assert_true (patient_wording);
  }
  g_settings_reset (kg_application_get_settings (app), "consult-mode");
  g_settings_reset (kg_application_get_settings (app), "language");
  g_assert_null (built_page (window, "half-life"));

  /* The rest once the window has drawn. */
  gtk_window_present (GTK_WINDOW (window));
  timeout = g_timeout_add (10000, timeout_cb, &timed_out);
  while (!all_built (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_assert_true (KG_IS_HALF_LIFE_PAGE (built_page (window, "half-life")));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  kg_test_use_environment_locale ();
  adw_init ();
  app = kg_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kg_application_load_content (app, NULL, &error));
  g_test_add_func ("/kg/window/title", test_window_title);
  g_test_add_func ("/kg/window/pages-on-demand", test_pages_on_demand);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
