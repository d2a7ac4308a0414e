/* kg-problems-window.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "kg-problems-window.h"
#include "model/kg-number.h"

/* Every problem found in a content folder, one row each: a content folder
 * may have tens of thousands, so they are listed by a GtkListView, which
 * builds only the rows on screen, never by one label holding them all. */
struct _KgProblemsWindow
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *intro_label;
  GtkLabel        *count_label;
  GtkListView     *list_view;
  GtkButton       *copy_button;

  /* Owned */
  GtkStringList   *problems;
  char            *language;
};

G_DEFINE_FINAL_TYPE (KgProblemsWindow, kg_problems_window, ADW_TYPE_WINDOW)

/* GTK 4.8 names a button with a mnemonic label "_Copy All" by its raw
 * label: name it with the words only. */
static void
name_button_without_mnemonic (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);
  g_autofree char *name = NULL;

  if (label == NULL || !gtk_button_get_use_underline (button))
    return;
  pango_parse_markup (label, -1, '_', NULL, &name, NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name != NULL ? name : label,
                                  -1);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Plain text, never markup: a message quotes what the content holds.
   * Selectable, so a part of it can be copied into a bug report. */
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkStringObject *problem = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (problem));
}

static void
copy_clicked_cb (KgProblemsWindow *self)
{
  g_autofree char *text = kg_problems_window_dup_text (self);
  guint n_problems = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  g_autofree char *count = kg_number_format (n_problems, 0, self->language);
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s problem copied to the clipboard",
                                          "%s problems copied to the clipboard", n_problems),
                             count);
  /* An AdwToast title is markup. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
kg_problems_window_dispose (GObject *object)
{
  KgProblemsWindow *self = KG_PROBLEMS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_PROBLEMS_WINDOW);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kg_problems_window_parent_class)->dispose (object);
}

static void
kg_problems_window_class_init (KgProblemsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kg_problems_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-problems-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KgProblemsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KgProblemsWindow, intro_label);
  gtk_widget_class_bind_template_child (widget_class, KgProblemsWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, KgProblemsWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, KgProblemsWindow, copy_button);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kg_problems_window_init (KgProblemsWindow *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->problems = gtk_string_list_new (NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  name_button_without_mnemonic (self->copy_button);
}

/**
 * kg_problems_window_new:
 * @parent: the main window: the dialog is modal to it, and closes with it
 *   (and with a kiosk's reset, which closes the windows transient for it)
 * @problems: (element-type GError): the problems, at least one
 * @language: the display language, for the numbers
 *
 * Returns: (transfer none): a new window listing @problems, not yet shown
 */
KgProblemsWindow *
kg_problems_window_new (GtkWindow  *parent,
                        GPtrArray  *problems,
                        const char *language)
{
  KgProblemsWindow *self;
  g_autoptr (GtkNoSelection) selection = NULL;
  g_autofree char *count = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *count_text = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (problems != NULL && problems->len > 0, NULL);

  self = g_object_new (KG_TYPE_PROBLEMS_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->language = g_strdup (language);

  /* Built in one go before the view sees the model: a single splice. */
  {
    g_autoptr (GPtrArray) messages = g_ptr_array_new_full (problems->len + 1, NULL);

    for (guint i = 0; i < problems->len; i++)
      g_ptr_array_add (messages, ((GError *) g_ptr_array_index (problems, i))->message);
    g_ptr_array_add (messages, NULL);
    gtk_string_list_splice (self->problems, 0, 0, (const char * const *) messages->pdata);
  }
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->problems)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  count = kg_number_format (problems->len, 0, language);
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "KetGuide is showing its bundled content because of "
                                        "%s problem in the content folder. Fix it and check "
                                        "with “ketguide --check-content”.",
                                        "KetGuide is showing its bundled content because of "
                                        "%s problems in the content folder. Fix them and check "
                                        "with “ketguide --check-content”.",
                                        problems->len),
                           count);
  gtk_label_set_text (self->intro_label, intro);
  count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s problem", "%s problems",
                                             problems->len),
                                count);
  gtk_label_set_text (self->count_label, count_text);
  return self;
}

/**
 * kg_problems_window_get_problems:
 * @self: a problems window
 *
 * Returns: (transfer none): the messages listed, as #GtkStringObject items
 */
GListModel *
kg_problems_window_get_problems (KgProblemsWindow *self)
{
  g_return_val_if_fail (KG_IS_PROBLEMS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/**
 * kg_problems_window_dup_text:
 * @self: a problems window
 *
 * Returns: (transfer full): every message, one a line, as Copy All copies them
 */
char *
kg_problems_window_dup_text (KgProblemsWindow *self)
{
  GString *text;
  guint n_items;

  g_return_val_if_fail (KG_IS_PROBLEMS_WINDOW (self), NULL);

  text = g_string_new (NULL);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  for (guint i = 0; i < n_items; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, gtk_string_list_get_string (self->problems, i));
    }
  return g_string_free (text, FALSE);
}
