/* kg-application.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gi18n.h>
#include <dconf.h>
#include <locale.h>
#include <stdlib.h>

#include "kg-application.h"
#include "kg-settings-check.h"
#include "kg-window.h"

#ifdef __GLIBC__
/* glibc's gettext caches translations; bumping this counter drops the cache,
 * so the next lookup honours a new LANGUAGE (what GNU gettext's own manual
 * recommends for switching language in a running program). */
extern int _nl_msg_cat_cntr;
#endif

struct _KgApplication
{
  AdwApplication  parent_instance;

  /* Owned */
  KgCatalog      *catalog;
  GSettings      *settings;
  GPtrArray      *content_problems;   /* of GError*, from --content-dir; NULL when none */
  GPtrArray      *settings_problems;  /* of char*: stored values GSettings ignores */
  char           *content_dir;
  char           *system_language;    /* content language of the locale at start-up */
  char           *system_language_env; /* LANGUAGE at start-up, or NULL when unset */
  char           *language;           /* the content language in use, "en" or "es" */

  gboolean        kiosk_option;       /* --kiosk */
  gboolean        kiosk;
  gboolean        consult;
  gulong          map_hook_id;
};

G_DEFINE_FINAL_TYPE (KgApplication, kg_application, ADW_TYPE_APPLICATION)

enum { PROP_0, PROP_KIOSK, PROP_LANGUAGE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/**
 * kg_application_init_i18n:
 * @localedir: where the message catalogues are, e.g. LOCALEDIR
 *
 * Sets the locale and binds the translations. main() and the tests call it
 * before anything else.
 */
void
kg_application_init_i18n (const char *localedir)
{
  setlocale (LC_ALL, "");
  /* GLib decides once, at the first g_dgettext(), whether to translate at
   * all, and says no when the default domain is ours and has no catalogue
   * for the start-up locale (an English C.UTF-8 session) — which would keep
   * GtkBuilder's strings English after a switch to Spanish. Ask while the
   * default domain is still "messages", so the answer is yes. */
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static const char *
normalize_language (const char *code)
{
  return g_str_has_prefix (code, "es") ? "es" : "en";
}

/* Points gettext at the chosen language: LANGUAGE takes precedence over the
 * locale for messages, so no locale for it needs to be installed. */
static void
apply_language (KgApplication *self)
{
  g_autofree char *code = g_settings_get_string (self->settings, "language");
  const char *language;

  if (code[0] == '\0')
    {
      if (self->system_language_env != NULL)
        g_setenv ("LANGUAGE", self->system_language_env, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      language = self->system_language;
    }
  else
    {
      const char *messages = setlocale (LC_MESSAGES, NULL);

      /* gettext ignores LANGUAGE in the C locale; C.UTF-8 is always there. */
      if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
        setlocale (LC_MESSAGES, "C.UTF-8");
      g_setenv ("LANGUAGE", code, TRUE);
      language = normalize_language (code);
    }
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif

  if (g_strcmp0 (self->language, language) != 0)
    {
      g_free (self->language);
      self->language = g_strdup (language);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
    }
}

static void
language_changed_cb (KgApplication *self)
{
  apply_language (self);
}

/* In kiosk mode a link would open a browser over the kiosk: refuse it and
 * show where it leads instead. */
static gboolean
kiosk_activate_link_cb (GtkWidget  *widget,
                        const char *uri,
                        gpointer    user_data)
{
  KgApplication *self = user_data;
  GtkRoot *root;

  if (!self->kiosk)
    return FALSE;

  if (uri == NULL && GTK_IS_LINK_BUTTON (widget))
    uri = gtk_link_button_get_uri (GTK_LINK_BUTTON (widget));
  root = gtk_widget_get_root (widget);
  if (KG_IS_WINDOW (root) && uri != NULL)
    kg_window_show_link_refused (KG_WINDOW (root), uri);
  return TRUE;
}

static gboolean
kiosk_link_button_cb (GtkLinkButton *button,
                      gpointer       user_data)
{
  return kiosk_activate_link_cb (GTK_WIDGET (button), NULL, user_data);
}

/* Every link button and linked label gets the kiosk check before anyone can
 * click it: a handler on "activate-link" runs before GTK's own, which opens
 * the browser. Link buttons are created by pages at any time, hence the hook
 * on "map" rather than a walk of the widget tree. */
static gboolean
map_hook_cb (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               user_data)
{
  GObject *widget = g_value_get_object (&values[0]);

  if (g_object_get_data (widget, "kg-kiosk-link") != NULL)
    return TRUE;
  if (GTK_IS_LINK_BUTTON (widget))
    g_signal_connect_object (widget, "activate-link", G_CALLBACK (kiosk_link_button_cb),
                             user_data, 0);
  else if (GTK_IS_LABEL (widget))
    g_signal_connect_object (widget, "activate-link", G_CALLBACK (kiosk_activate_link_cb),
                             user_data, 0);
  else
    return TRUE;
  g_object_set_data (widget, "kg-kiosk-link", GINT_TO_POINTER (TRUE));
  return TRUE;
}

static void
update_kiosk (KgApplication *self)
{
  gboolean kiosk = self->kiosk_option || g_settings_get_boolean (self->settings, "kiosk-mode");
  GAction *quit = g_action_map_lookup_action (G_ACTION_MAP (self), "quit");

  if (kiosk == self->kiosk)
    return;
  self->kiosk = kiosk;

  /* A passer-by cannot quit: no accelerator, and the action is off. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (quit), !kiosk);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         kiosk ? (const char *[]) { NULL }
                                               : (const char *[]) { "<Control>q", NULL });
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIOSK]);
}

static void
kiosk_mode_changed_cb (KgApplication *self)
{
  update_kiosk (self);
}

/* Consult mode enlarges all text, 1.5×, by the resolution fonts are
 * rendered at: libadwaita's styles give most text a size in points, and
 * custom-drawn widgets lay their text out with the same Pango resolution,
 * so scaling the resolution scales every window, label and plot alike. */
#define CONSULT_SCALE 1.5

static void
update_consult (KgApplication *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  gboolean consult = g_settings_get_boolean (self->settings, "consult-mode");

  if (gtk_settings == NULL || consult == self->consult)
    return;
  self->consult = consult;

  if (consult)
    {
      int dpi = 0;

      g_object_get (gtk_settings, "gtk-xft-dpi", &dpi, NULL);
      if (dpi <= 0)
        dpi = 96 * 1024;
      g_object_set (gtk_settings, "gtk-xft-dpi", (int) (dpi * CONSULT_SCALE), NULL);
    }
  else
    gtk_settings_reset_property (gtk_settings, "gtk-xft-dpi");
}

static void
consult_mode_changed_cb (KgApplication *self)
{
  update_consult (self);
}

/* Every stored value GSettings ignores, in words. Only dconf can hold a
 * value of the wrong type (an administrator's `kiosk-mode=1`); the other
 * backends are written through GSettings, which checks. */
static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
check_stored_settings (GSettingsSchema *schema)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GSettingsBackend) backend = g_settings_backend_get_default ();
  GIOExtensionPoint *point = g_io_extension_point_lookup (G_SETTINGS_BACKEND_EXTENSION_POINT_NAME);
  GIOExtension *dconf = point != NULL ? g_io_extension_point_get_extension_by_name (point, "dconf")
                                      : NULL;
  g_autoptr (DConfClient) client = NULL;
  g_auto (GStrv) keys = NULL;

  if (dconf == NULL || G_OBJECT_TYPE (backend) != g_io_extension_get_type (dconf))
    return problems;

  client = dconf_client_new ();
  keys = g_settings_schema_list_keys (schema);
  /* In a stable order, whatever the schema's hash table does. */
  qsort (keys, g_strv_length (keys), sizeof (char *), compare_strings);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (g_settings_schema_get_path (schema), keys[i], NULL);
      g_autoptr (GVariant) stored = dconf_client_read (client, path);
      char *problem = stored != NULL ? kg_settings_check_value (schema, keys[i], stored) : NULL;

      if (problem != NULL)
        g_ptr_array_add (problems, problem);
    }
  return problems;
}

/**
 * kg_application_check_settings:
 *
 * Implements `--check-settings`: prints every stored setting that KetGuide
 * ignores (a wrong type, a value out of range), one per line, on stderr, or
 * a one-line summary on stdout.
 *
 * Returns: the exit status: 0 when every stored value is used, 1 otherwise
 */
int
kg_application_check_settings (void)
{
  g_autoptr (GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APP_ID, TRUE);
  g_autoptr (GPtrArray) problems = NULL;

  if (schema == NULL)
    {
      g_printerr (_("The settings schema %s is not installed\n"), APP_ID);
      return 1;
    }
  problems = check_stored_settings (schema);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  if (problems->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u setting ignored\n", "%u settings ignored\n",
                               problems->len),
                  problems->len);
      return 1;
    }
  g_print (_("Every stored setting is valid\n"));
  return 0;
}

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
  /* A folder name need not be UTF-8; what is printed must be. */
  g_autofree char *shown = g_filename_display_name (directory);

  if (catalog == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        g_printerr ("%s\n", ((GError *) g_ptr_array_index (problems, i))->message);
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem found\n",
                               "%s: %u problems found\n", problems->len),
                  shown, problems->len);
      return 1;
    }
  else
    {
      g_autofree char *summary = kg_catalog_describe (catalog);
      g_print (_("%s: content is valid (%s)\n"), shown, summary);
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
      {
        g_autofree char *shown = g_filename_display_name (directory);

        g_message (self->content_problems->len == 1
                     ? "Content in %s is not valid (%u problem); using the bundled content"
                     : "Content in %s is not valid (%u problems); using the bundled content",
                   shown, self->content_problems->len);
      }
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
  if (g_variant_dict_contains (options, "check-settings"))
    return kg_application_check_settings ();
  if (g_variant_dict_lookup (options, "content-dir", "^&ay", &directory))
    {
      g_free (self->content_dir);
      self->content_dir = g_strdup (directory);
    }
  if (g_variant_dict_contains (options, "kiosk"))
    self->kiosk_option = TRUE;

  return G_APPLICATION_CLASS (kg_application_parent_class)->handle_local_options (application,
                                                                                  options);
}

static void
kg_application_startup (GApplication *application)
{
  KgApplication *self = KG_APPLICATION (application);
  g_autoptr (GError) error = NULL;
  g_autoptr (GAction) consult_action = NULL;
  g_autoptr (GAction) language_action = NULL;

  G_APPLICATION_CLASS (kg_application_parent_class)->startup (application);

  /* Here, not in init: --help, --version and --check-content must work
   * where the schema is not installed (a content editor's checkout). */
  self->settings = g_settings_new (APP_ID);
  {
    g_autoptr (GSettingsSchema) schema = NULL;

    g_object_get (self->settings, "settings-schema", &schema, NULL);
    self->settings_problems = check_stored_settings (schema);
    for (guint i = 0; i < self->settings_problems->len; i++)
      g_message ("%s", (char *) g_ptr_array_index (self->settings_problems, i));
  }

  if (!kg_application_load_content (self, self->content_dir, &error))
    g_critical ("%s", error->message);

  /* Before the first change of LANGUAGE: what the system asks for. */
  self->system_language = g_strdup (kg_text_get_default_language ());
  self->system_language_env = g_strdup (g_getenv ("LANGUAGE"));
  g_signal_connect_object (self->settings, "changed::language", G_CALLBACK (language_changed_cb),
                           self, G_CONNECT_SWAPPED);
  apply_language (self);

  consult_action = g_settings_create_action (self->settings, "consult-mode");
  g_action_map_add_action (G_ACTION_MAP (self), consult_action);
  language_action = g_settings_create_action (self->settings, "language");
  g_action_map_add_action (G_ACTION_MAP (self), language_action);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.consult-mode",
                                         (const char *[]) { "<Control><Shift>p", "F9", NULL });

  g_signal_connect_object (self->settings, "changed::kiosk-mode",
                           G_CALLBACK (kiosk_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::consult-mode",
                           G_CALLBACK (consult_mode_changed_cb), self, G_CONNECT_SWAPPED);
  update_consult (self);
  /* GtkWidget's signals exist once its class does. */
  g_type_ensure (GTK_TYPE_WIDGET);
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  self->map_hook_id = g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                                                  map_hook_cb, self, NULL);
  update_kiosk (self);
}

static void
kg_application_shutdown (GApplication *application)
{
  KgApplication *self = KG_APPLICATION (application);

  if (self->map_hook_id != 0)
    {
      g_signal_remove_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), self->map_hook_id);
      self->map_hook_id = 0;
    }

  G_APPLICATION_CLASS (kg_application_parent_class)->shutdown (application);
}

static void
kg_application_activate (GApplication *application)
{
  KgApplication *self = KG_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (kg_window_new (self));
  gtk_window_present (window);

  /* In kiosk mode the disclaimer is on the attract screen instead. */
  if (KG_IS_WINDOW (window) && !self->kiosk &&
      !g_settings_get_boolean (self->settings, "disclaimer-accepted"))
    kg_window_show_disclaimer (KG_WINDOW (window));
}

/* The references, one paragraph each, as markup for the About window. */
static char *
format_references (KgApplication *self)
{
  GListModel *references = kg_catalog_get_references (self->catalog);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr (KgReference) reference = g_list_model_get_item (references, i);
      g_autofree char *citation = kg_reference_format (reference, self->language);
      g_autofree char *uri = kg_reference_dup_doi_uri (reference);
      g_autofree char *escaped = g_markup_escape_text (citation, -1);

      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, escaped);
      if (uri != NULL)
        {
          g_autofree char *escaped_uri = g_markup_escape_text (uri, -1);

          g_string_append_printf (text, " <a href=\"%s\">%s</a>", escaped_uri, escaped_uri);
        }
    }
  return g_string_free (text, FALSE);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  KgApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "KetGuide developers", NULL };
  g_autofree char *references = NULL;
  g_autofree char *disclaimer = NULL;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
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
  if (window != NULL && gtk_widget_has_css_class (GTK_WIDGET (window), "kg-consult"))
    gtk_widget_add_css_class (about, "kg-consult");

  disclaimer = g_markup_escape_text (kg_application_get_disclaimer (), -1);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Educational Use Only"), NULL,
                                      GTK_LICENSE_CUSTOM, disclaimer);
  if (self->catalog != NULL)
    {
      references = format_references (self);
      adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Sources"), NULL,
                                          GTK_LICENSE_CUSTOM, references);
    }
  gtk_window_present (GTK_WINDOW (about));
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
  g_clear_pointer (&self->settings_problems, g_ptr_array_unref);
  g_clear_pointer (&self->content_dir, g_free);
  g_clear_pointer (&self->system_language, g_free);
  g_clear_pointer (&self->system_language_env, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kg_application_parent_class)->dispose (object);
}

static void
kg_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KgApplication *self = KG_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, kg_application_get_language (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_application_class_init (KgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kg_application_dispose;
  object_class->get_property = kg_application_get_property;
  app_class->handle_local_options = kg_application_handle_local_options;
  app_class->startup = kg_application_startup;
  app_class->shutdown = kg_application_shutdown;
  app_class->activate = kg_application_activate;

  /**
   * KgApplication:kiosk:
   *
   * Whether KetGuide runs as a training-room kiosk (`--kiosk` or the
   * "kiosk-mode" setting).
   */
  properties[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgApplication:language:
   *
   * The content language in use, "en" or "es": the "language" setting, or
   * the system's language when that is empty.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static const GOptionEntry option_entries[] = {
  { "content-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the content in DIRECTORY instead of the bundled content"), N_("DIRECTORY") },
  { "check-content", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check the content in DIRECTORY, print every problem and exit"), N_("DIRECTORY") },
  { "check-settings", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Report every stored setting KetGuide ignores (a wrong type or range) and exit"), NULL },
  { "kiosk", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run fullscreen as an unattended training-room kiosk"), NULL },
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
 * kg_application_get_settings_problems:
 * @self: the application
 *
 * Returns: (transfer none) (element-type utf8) (nullable): a sentence for
 *   every stored setting that is ignored (wrong type or out of range)
 */
GPtrArray *
kg_application_get_settings_problems (KgApplication *self)
{
  g_return_val_if_fail (KG_IS_APPLICATION (self), NULL);
  return self->settings_problems;
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

/**
 * kg_application_get_kiosk:
 * @self: the application
 *
 * Returns: whether KetGuide runs as a kiosk
 */
gboolean
kg_application_get_kiosk (KgApplication *self)
{
  g_return_val_if_fail (KG_IS_APPLICATION (self), FALSE);
  return self->kiosk;
}

/**
 * kg_application_get_language:
 * @self: the application
 *
 * Returns: (transfer none): the content language in use, "en" or "es"
 */
const char *
kg_application_get_language (KgApplication *self)
{
  g_return_val_if_fail (KG_IS_APPLICATION (self), NULL);

  if (self->language == NULL)
    return kg_text_get_default_language ();
  return self->language;
}

/**
 * kg_application_get_disclaimer:
 *
 * Returns: (transfer none): what KetGuide is and is not, translated
 */
const char *
kg_application_get_disclaimer (void)
{
  return _("KetGuide teaches how ketamine acts, dose by dose: for students, for training, and "
           "for explaining to patients. It is not a prescribing tool. It does not give a dose "
           "for any patient and does not replace the product information, a current drug "
           "reference, local protocols or clinical judgement. Every figure names its source; "
           "where sources disagree, the range and both sources are shown.");
}
