/* kg-application.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "kg-application.h"
#include "kg-window.h"

struct _KgApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  KgCatalog      *catalog;
  GSettings      *settings;
  GPtrArray      *content_problems;   /* of GError*, from --content-dir; NULL when none */
  char           *content_dir;
};

G_DEFINE_FINAL_TYPE (KgApplication, kg_application, ADW_TYPE_APPLICATION)

/**
 * kg_application_check_content:
 * @directory: a content folder
 *
 * Implements `--check-content`: prints every problem, one per line, on
 * stderr, or a one-line summary on stdout.
 *
 * Returns: the exit status: 0 when the content is valid, 1 otherwise
 */
int
kg_application_check_content (const char *directory)
{
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (KgCatalog) catalog = kg_catalog_new_from_directory (directory, &problems);

  if (catalog == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        g_printerr ("%s\n", ((GError *) g_ptr_array_index (problems, i))->message);
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem found\n",
                               "%s: %u problems found\n", problems->len),
                  directory, problems->len);
      return 1;
    }
  else
    {
      g_autofree char *summary = kg_catalog_describe (catalog);
      g_print (_("%s: content is valid (%s)\n"), directory, summary);
      return 0;
    }
}

/**
 * kg_application_load_content:
 * @self: the application
 * @directory: (nullable): an institution's content folder, or %NULL for the bundled content
 * @error: return location for an error about the bundled content
 *
 * Loads @directory when given and valid; otherwise (and then keeping the
 * problems to show in the window) the bundled content.
 *
 * Returns: whether some content is loaded
 */
gboolean
kg_application_load_content (KgApplication *self,
                             const char    *directory,
                             GError       **error)
{
  g_return_val_if_fail (KG_IS_APPLICATION (self), FALSE);

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->content_problems, g_ptr_array_unref);

  if (directory != NULL)
    {
      self->catalog = kg_catalog_new_from_directory (directory, &self->content_problems);
      if (self->catalog != NULL)
        return TRUE;
      g_message ("Content in %s is not valid (%u problems); using the bundled content",
                 directory, self->content_problems->len);
    }
  self->catalog = kg_catalog_new_bundled (error);
  return self->catalog != NULL;
}

static int
kg_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  KgApplication *self = KG_APPLICATION (application);
  const char *directory = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("ketguide %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "check-content", "^&ay", &directory))
    return kg_application_check_content (directory);
  if (g_variant_dict_lookup (options, "content-dir", "^&ay", &directory))
    {
      g_free (self->content_dir);
      self->content_dir = g_strdup (directory);
    }

  return G_APPLICATION_CLASS (kg_application_parent_class)->handle_local_options (application,
                                                                                  options);
}

static void
kg_application_startup (GApplication *application)
{
  KgApplication *self = KG_APPLICATION (application);
  g_autoptr (GError) error = NULL;

  G_APPLICATION_CLASS (kg_application_parent_class)->startup (application);

  /* Here, not in init: --help, --version and --check-content must work
   * where the schema is not installed (a content editor's checkout). */
  self->settings = g_settings_new (APP_ID);

  if (!kg_application_load_content (self, self->content_dir, &error))
    g_critical ("%s", error->message);
}

static void
kg_application_activate (GApplication *application)
{
  KgApplication *self = KG_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (kg_window_new (self));
  gtk_window_present (window);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  KgApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "KetGuide developers", NULL };

  adw_show_about_window (window,
                         "application-name", _("KetGuide"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("KetGuide developers"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Learn how ketamine acts, dose by dose. "
                                       "For education only: KetGuide is not a prescribing tool."),
                         "copyright", "© 2026 KetGuide developers",
                         NULL);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "quit", quit_action_cb },
};

static void
kg_application_dispose (GObject *object)
{
  KgApplication *self = (KgApplication *) object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->content_problems, g_ptr_array_unref);
  g_clear_pointer (&self->content_dir, g_free);

  G_OBJECT_CLASS (kg_application_parent_class)->dispose (object);
}

static void
kg_application_class_init (KgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kg_application_dispose;
  app_class->handle_local_options = kg_application_handle_local_options;
  app_class->startup = kg_application_startup;
  app_class->activate = kg_application_activate;
}

static const GOptionEntry option_entries[] = {
  { "content-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the content in DIRECTORY instead of the bundled content"), N_("DIRECTORY") },
  { "check-content", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the content in DIRECTORY, print every problem and exit"), N_("DIRECTORY") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

static void
kg_application_init (KgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn how ketamine acts, dose by dose."));
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
}

/**
 * kg_application_new:
 *
 * Returns: (transfer full): the KetGuide application
 */
KgApplication *
kg_application_new (void)
{
  return g_object_new (KG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/com/example/KetGuide",
                       NULL);
}

/**
 * kg_application_get_catalog:
 * @self: the application
 *
 * Returns: (transfer none): the loaded content
 */
KgCatalog *
kg_application_get_catalog (KgApplication *self)
{
  g_return_val_if_fail (KG_IS_APPLICATION (self), NULL);
  return self->catalog;
}

/**
 * kg_application_get_settings:
 * @self: the application
 *
 * Returns: (transfer none): the app's #GSettings
 */
GSettings *
kg_application_get_settings (KgApplication *self)
{
  g_return_val_if_fail (KG_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * kg_application_get_content_problems:
 * @self: the application
 *
 * Returns: (transfer none) (nullable) (element-type GError): why the
 *   `--content-dir` content was refused, or %NULL
 */
GPtrArray *
kg_application_get_content_problems (KgApplication *self)
{
  g_return_val_if_fail (KG_IS_APPLICATION (self), NULL);
  return self->content_problems;
}
