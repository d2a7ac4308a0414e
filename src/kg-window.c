/* kg-window.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "kg-window.h"
#include "pages/kg-interactions-page.h"
#include "pages/kg-routes-page.h"

struct _KgWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwViewStack         *stack;
  GtkRevealer          *content_banner;
  GtkLabel             *content_banner_label;
};

G_DEFINE_FINAL_TYPE (KgWindow, kg_window, ADW_TYPE_APPLICATION_WINDOW)

static KgApplication *
get_application (KgWindow *self)
{
  return KG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static char *
join_problems (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      /* A blank line between problems: each may wrap over several lines. */
      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, ((GError *) g_ptr_array_index (problems, i))->message);
    }
  return g_string_free (text, FALSE);
}

static void
show_content_problems_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  KgWindow *self = KG_WINDOW (widget);
  GPtrArray *problems = kg_application_get_content_problems (get_application (self));
  g_autofree char *details = NULL;
  GtkWidget *dialog;
  GtkWidget *scroller;
  GtkWidget *label;

  if (problems == NULL)
    return;

  details = join_problems (problems);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Content Could Not Be Used"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "KetGuide is showing its bundled content because "
                                               "of %u problem in the content folder. Fix it and "
                                               "check with “ketguide --check-content”.",
                                               "KetGuide is showing its bundled content because "
                                               "of %u problems in the content folder. Fix them and "
                                               "check with “ketguide --check-content”.",
                                               problems->len),
                                  problems->len);
  /* Plain text, selectable so it can be copied into a bug report. */
  label = gtk_label_new (details);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  /* A natural width that fits the dialog, so that the height it asks for is
   * the height it gets once wrapped. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, "monospace");
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Needs the application, which GtkWindow sets only after constructed(). */
static void
add_pages (KgWindow *self)
{
  KgApplication *application = get_application (self);
  KgCatalog *catalog = kg_application_get_catalog (application);
  GPtrArray *problems = kg_application_get_content_problems (application);
  AdwViewStackPage *page;

  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (kg_routes_page_new (catalog)),
                                    "routes", _("Routes"));
  adw_view_stack_page_set_icon_name (page, "view-dual-symbolic");

  page = adw_view_stack_add_titled (self->stack,
                                    GTK_WIDGET (kg_interactions_page_new (catalog)),
                                    "interactions", _("Contraindications"));
  adw_view_stack_page_set_icon_name (page, "dialog-warning-symbolic");

  if (problems != NULL)
    {
      const char *first = ((GError *) g_ptr_array_index (problems, 0))->message;
      g_autofree char *summary =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Your content folder has %u problem; showing the bundled "
                                      "content instead.",
                                      "Your content folder has %u problems; showing the bundled "
                                      "content instead.",
                                      problems->len),
                         problems->len);
      /* The first reason on the banner itself; Details lists them all. One
       * paragraph: a line break in a wrapping label upsets GtkRevealer's
       * height-for-width on GTK 4.8. */
      g_autofree char *text =
        problems->len == 1 ? g_strdup_printf ("%s %s", summary, first)
                           /* Translators: the sentence above, then the first
                            * problem (a message in English from the loader) */
                           : g_strdup_printf (_("%s First problem: %s"), summary, first);

      gtk_label_set_text (self->content_banner_label, text);
      gtk_revealer_set_reveal_child (self->content_banner, TRUE);
    }
}

static void
kg_window_class_init (KgWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, content_banner);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, content_banner_label);

  gtk_widget_class_install_action (widget_class, "win.show-content-problems", NULL,
                                   show_content_problems_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
kg_window_init (KgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kg_window_new:
 * @application: the application, whose catalogue the pages show
 *
 * Returns: (transfer full): a new main window
 */
KgWindow *
kg_window_new (KgApplication *application)
{
  KgWindow *self;

  g_return_val_if_fail (KG_IS_APPLICATION (application), NULL);

  self = g_object_new (KG_TYPE_WINDOW, "application", application, NULL);
  add_pages (self);
  return self;
}

/**
 * kg_window_get_stack:
 * @self: a window
 *
 * Returns: (transfer none): the stack of pages
 */
AdwViewStack *
kg_window_get_stack (KgWindow *self)
{
  g_return_val_if_fail (KG_IS_WINDOW (self), NULL);
  return self->stack;
}

/**
 * kg_window_get_page:
 * @self: a window
 * @name: a page name, e.g. "interactions"
 *
 * Returns: (transfer none) (nullable): the page
 */
GtkWidget *
kg_window_get_page (KgWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (KG_IS_WINDOW (self), NULL);
  return adw_view_stack_get_child_by_name (self->stack, name);
}
