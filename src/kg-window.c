/* kg-window.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "kg-window.h"
#include "kg-problems-window.h"
#include "model/kg-weight.h"
#include "kg-kiosk-guard.h"
#include "pages/kg-dose-page.h"
#include "pages/kg-half-life-page.h"
#include "pages/kg-interactions-page.h"
#include "pages/kg-routes-page.h"

struct _KgWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwViewStack         *stack;
  GtkRevealer          *content_banner;
  GtkLabel             *content_banner_label;
  GtkButton            *details_button;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkMenuButton        *primary_menu_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *screen_stack;
  GtkLabel             *attract_title_label;
  GtkButton            *attract_start_button;
  GtkLabel             *attract_disclaimer_title_label;
  GtkLabel             *attract_disclaimer_label;
  GtkToggleButton      *attract_english_button;
  GtkToggleButton      *attract_spanish_button;

  /* Borrowed */
  GSettings            *settings;

  KgKioskGuard         *kiosk_guard;      /* while a kiosk */
  guint                 prebuild_source;
  gboolean              pages_configured; /* connect_application() has run */
  gboolean              disposing;
  gboolean              kiosk;
  gboolean              syncing_language;
};

G_DEFINE_FINAL_TYPE (KgWindow, kg_window, ADW_TYPE_APPLICATION_WINDOW)

static KgApplication *
get_application (KgWindow *self)
{
  return KG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static void name_response_buttons (GtkWidget *widget);

/* Every problem, one row each, in a window of its own: a content folder
 * may have tens of thousands. */
static void
show_content_problems_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  KgWindow *self = KG_WINDOW (widget);
  KgApplication *application = get_application (self);
  GPtrArray *problems = kg_application_get_content_problems (application);
  KgProblemsWindow *window;

  if (problems == NULL)
    return;

  window = kg_problems_window_new (GTK_WINDOW (self), problems,
                                   kg_application_get_language (application));
  gtk_window_present (GTK_WINDOW (window));
}

/* A stored "weight-kg" the pages can take: GSettings lets NaN through,
 * which the pages' property would refuse with a warning. */
static gboolean
get_weight_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, kg_weight_sanitize_kg (g_variant_get_double (variant)));
  return TRUE;
}

static void
bind_weight (GSettings          *settings,
             GtkWidget          *page,
             GSettingsBindFlags  flags)
{
  g_settings_bind_with_mapping (settings, "weight-kg", page, "weight-kg", flags,
                                get_weight_mapping, NULL, NULL, NULL);
}

static GtkWidget *
build_dose_page (KgWindow *self)
{
  GSettings *settings = kg_application_get_settings (get_application (self));
  KgDosePage *page = kg_dose_page_new (kg_application_get_catalog (get_application (self)));

  bind_weight (settings, GTK_WIDGET (page), G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "weight-unit", page, "weight-unit", G_SETTINGS_BIND_DEFAULT);
  return GTK_WIDGET (page);
}

static GtkWidget *
build_routes_page (KgWindow *self)
{
  return GTK_WIDGET (kg_routes_page_new (kg_application_get_catalog (get_application (self))));
}

static GtkWidget *
build_half_life_page (KgWindow *self)
{
  GSettings *settings = kg_application_get_settings (get_application (self));
  KgHalfLifePage *page =
    kg_half_life_page_new (kg_application_get_catalog (get_application (self)));

  bind_weight (settings, GTK_WIDGET (page), G_SETTINGS_BIND_GET);
  return GTK_WIDGET (page);
}

static GtkWidget *
build_interactions_page (KgWindow *self)
{
  return GTK_WIDGET (kg_interactions_page_new (kg_application_get_catalog (get_application (self))));
}

typedef struct
{
  const char  *name;
  const char  *title;
  const char  *icon_name;
  GtkWidget *(*build) (KgWindow *self);
} PageInfo;

static const PageInfo page_infos[] = {
  { "dose", N_("Dose zones"), "power-profile-balanced-symbolic", build_dose_page },
  { "routes", N_("Routes"), "view-dual-symbolic", build_routes_page },
  { "half-life", N_("Half-life"), "document-open-recent-symbolic", build_half_life_page },
  { "interactions", N_("Contraindications"), "dialog-warning-symbolic", build_interactions_page },
};

static void configure_page (KgWindow  *self,
                            GtkWidget *page);

/* The view stack holds one slot per page, so that the switcher shows every
 * title from the first frame while only the page on show is built before
 * it; the others are built when first shown, or when the app is idle after
 * its first frame. */
static GtkWidget *
get_slot (KgWindow   *self,
          const char *name)
{
  if (self->stack == NULL || self->disposing)
    return NULL;
  return adw_view_stack_get_child_by_name (self->stack, name);
}

static const PageInfo *
lookup_page_info (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    {
      if (g_strcmp0 (page_infos[i].name, name) == 0)
        return &page_infos[i];
    }
  return NULL;
}

/* The page @name, built now if it was not yet. */
static GtkWidget *
ensure_page (KgWindow   *self,
             const char *name)
{
  GtkWidget *slot = get_slot (self, name);
  const PageInfo *info = lookup_page_info (name);
  GtkWidget *page;

  if (slot == NULL || info == NULL)
    return NULL;
  page = adw_bin_get_child (ADW_BIN (slot));
  if (page == NULL)
    {
      page = info->build (self);
      adw_bin_set_child (ADW_BIN (slot), page);
      if (self->pages_configured)
        configure_page (self, page);
    }
  return page;
}

/* The page on show is built. The Dose zones page sets its cards on a
 * slightly darker ground, which the window paints, so that a frame fills the
 * window once: a page background would be a second full-window fill for
 * GSK's cairo renderer (0.3 ms at 1280×800). */
static void
visible_page_cb (KgWindow *self)
{
  const char *name;

  if (self->stack == NULL || self->disposing)
    return;
  name = adw_view_stack_get_visible_child_name (self->stack);
  if (name != NULL)
    ensure_page (self, name);
  if (g_strcmp0 (name, "dose") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "kg-dose-shown");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "kg-dose-shown");
}

/* One page per idle call, so input and frames go first. */
static gboolean
prebuild_page_cb (gpointer user_data)
{
  KgWindow *self = user_data;

  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    {
      GtkWidget *slot = get_slot (self, page_infos[i].name);

      if (slot != NULL && adw_bin_get_child (ADW_BIN (slot)) == NULL)
        {
          ensure_page (self, page_infos[i].name);
          return G_SOURCE_CONTINUE;
        }
    }
  self->prebuild_source = 0;
  return G_SOURCE_REMOVE;
}

/* At the window's first frame: build the hidden pages once it has drawn. */
static gboolean
first_frame_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  KgWindow *self = KG_WINDOW (widget);

  if (self->prebuild_source == 0)
    self->prebuild_source = g_idle_add_full (G_PRIORITY_LOW, prebuild_page_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

/* A stored setting KetGuide ignores (an administrator's `kiosk-mode=1` in
 * dconf) is said where the administrator looks: on the window that did not
 * become a kiosk. After the content's problems, if any; Details is theirs. */
static void
show_settings_problems (KgWindow *self)
{
  GPtrArray *problems = kg_application_get_settings_problems (get_application (self));
  g_autoptr (GString) text = NULL;

  if (problems == NULL || problems->len == 0)
    return;
  text = g_string_new (gtk_revealer_get_reveal_child (self->content_banner)
                         ? gtk_label_get_text (self->content_banner_label) : NULL);
  if (!gtk_revealer_get_reveal_child (self->content_banner))
    gtk_widget_set_visible (GTK_WIDGET (self->details_button), FALSE);
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "",
                            (char *) g_ptr_array_index (problems, i));
  gtk_label_set_text (self->content_banner_label, text->str);
  gtk_revealer_set_reveal_child (self->content_banner, TRUE);
}

/* Needs the application, which GtkWindow sets only after constructed(). */
static void
add_pages (KgWindow *self)
{
  KgApplication *application = get_application (self);
  GPtrArray *problems = kg_application_get_content_problems (application);

  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    {
      AdwViewStackPage *page = adw_view_stack_add_titled (self->stack, adw_bin_new (),
                                                          page_infos[i].name,
                                                          _(page_infos[i].title));

      adw_view_stack_page_set_icon_name (page, page_infos[i].icon_name);
    }
  visible_page_cb (self);

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
  show_settings_problems (self);
}

/* ---- Pages: language, wording, rebuilding ------------------------------ */

/* The pages built so far, in order. */
static GPtrArray *
list_pages (KgWindow *self)
{
  g_autoptr (GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *built = adw_bin_get_child (ADW_BIN (adw_view_stack_page_get_child (page)));

      if (built != NULL)
        g_ptr_array_add (result, g_object_ref (built));
    }
  return result;
}

static gboolean
has_property (gpointer    object,
              const char *name)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (object), name) != NULL;
}

/* Language and wording come from the application; everything else a page
 * declares (dose, search, filters, routes…) is its state. */
static gboolean
is_state_property (GParamSpec *pspec,
                   GType       page_type)
{
  return pspec->owner_type == page_type &&
         (pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE &&
         (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0 &&
         !g_str_equal (pspec->name, "language") &&
         !g_str_equal (pspec->name, "patient-wording");
}

/* Properties are listed in the order the page installed them, so a search
 * is restored before the entry selected among its results. */
static void
copy_page_state (GtkWidget *from,
                 GtkWidget *to)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (G_OBJECT_TYPE (from) != G_OBJECT_TYPE (to))
    return;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      if (!is_state_property (pspecs[i], G_OBJECT_TYPE (from)))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (from), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (to), pspecs[i]->name, &value);
    }
}

/* What a user typed, chose or slid, copied between two builds of the same
 * page, walking both trees in step: a page need not declare every control's
 * value as a property to keep it across a change of language. Each value is
 * copied before the children are visited, so parts a choice rebuilds (a
 * route's figures) are rebuilt before the walk reaches them; where the trees
 * differ (rows a search filters), the walk stops. */
/* A rebuilt page has no size yet: its scroll position can be restored only
 * once it is laid out, at the next frames. */
static gboolean
restore_scroll_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *frame_clock,
                        gpointer       user_data)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
  double value = *(double *) user_data;
  int ticks = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "kg-scroll-ticks")) + 1;

  g_object_set_data (G_OBJECT (widget), "kg-scroll-ticks", GINT_TO_POINTER (ticks));
  /* A few frames: moving the focus into the new page scrolls it too. */
  gtk_adjustment_set_value (adjustment, value);
  return ticks < 5 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
copy_widget_values (GtkWidget *from,
                    GtkWidget *to)
{
  GtkWidget *from_child;
  GtkWidget *to_child;

  if (G_OBJECT_TYPE (from) != G_OBJECT_TYPE (to))
    return;

  if (GTK_IS_SCROLLED_WINDOW (from))
    {
      double *value = g_new (double, 1);

      *value = gtk_adjustment_get_value (
                 gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (from)));
      gtk_widget_add_tick_callback (to, restore_scroll_tick_cb, value, g_free);
    }

  if (GTK_IS_SPIN_BUTTON (from))
    {
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (to),
                                 gtk_spin_button_get_value (GTK_SPIN_BUTTON (from)));
      return;
    }
  if (GTK_IS_EDITABLE (from))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (from));

      if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (to))) != 0)
        gtk_editable_set_text (GTK_EDITABLE (to), text);
      return;
    }
  if (GTK_IS_RANGE (from))
    gtk_range_set_value (GTK_RANGE (to), gtk_range_get_value (GTK_RANGE (from)));
  else if (ADW_IS_COMBO_ROW (from))
    adw_combo_row_set_selected (ADW_COMBO_ROW (to),
                                adw_combo_row_get_selected (ADW_COMBO_ROW (from)));
  else if (GTK_IS_DROP_DOWN (from))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (to),
                                gtk_drop_down_get_selected (GTK_DROP_DOWN (from)));
  else if (GTK_IS_SWITCH (from))
    gtk_switch_set_active (GTK_SWITCH (to), gtk_switch_get_active (GTK_SWITCH (from)));
  /* Toggles are mostly radio groups: activating the chosen one is enough. */
  else if (GTK_IS_TOGGLE_BUTTON (from) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (from)))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (to), TRUE);
  else if (GTK_IS_CHECK_BUTTON (from) && gtk_check_button_get_active (GTK_CHECK_BUTTON (from)))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (to), TRUE);
  else if (GTK_IS_EXPANDER (from))
    gtk_expander_set_expanded (GTK_EXPANDER (to), gtk_expander_get_expanded (GTK_EXPANDER (from)));
  else if (ADW_IS_EXPANDER_ROW (from))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (to),
                                   adw_expander_row_get_expanded (ADW_EXPANDER_ROW (from)));

  for (from_child = gtk_widget_get_first_child (from), to_child = gtk_widget_get_first_child (to);
       from_child != NULL && to_child != NULL;
       from_child = gtk_widget_get_next_sibling (from_child),
       to_child = gtk_widget_get_next_sibling (to_child))
    {
      if (G_OBJECT_TYPE (from_child) != G_OBJECT_TYPE (to_child))
        break;
      copy_widget_values (from_child, to_child);
    }
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *result)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (result, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, result);
}

/* GTK 4.8 puts the focus of a GtkDropDown on the toggle button inside it,
 * which knows nothing of the label naming the drop-down: a screen reader
 * would say "GtkToggleButton". The label whose mnemonic is the drop-down
 * names that button too. */
static void
name_drop_down_buttons (GtkWidget *page)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (page, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *target = gtk_label_get_mnemonic_widget (g_ptr_array_index (labels, i));
      GtkWidget *button;

      if (!GTK_IS_DROP_DOWN (target))
        continue;
      for (button = gtk_widget_get_first_child (target); button != NULL;
           button = gtk_widget_get_next_sibling (button))
        {
          if (GTK_IS_TOGGLE_BUTTON (button))
            gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                            g_ptr_array_index (labels, i), NULL,
                                            -1);
        }
    }
}

/* GTK 4.8 and libadwaita 1.2 show a drop-down's or combo row's choice in a
 * focusable list item that a screen reader finds without a name: name it
 * with the text it shows, whenever the choice changes. */
static void
name_choice_items (GtkWidget *row)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new ();

  collect_widgets (row, GTK_TYPE_WIDGET, items);
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *item = g_ptr_array_index (items, i);
      g_autoptr (GPtrArray) labels = NULL;
      g_autoptr (GString) text = NULL;

      if (!g_str_equal (G_OBJECT_TYPE_NAME (item), "GtkListItemWidget"))
        continue;
      labels = g_ptr_array_new ();
      text = g_string_new (NULL);
      collect_widgets (item, GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, j)));
        }
      if (text->len > 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                        -1);
    }
}

static void
choice_changed_cb (GtkWidget *row)
{
  name_choice_items (row);
}

static void
name_choices (GtkWidget *page)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (page, ADW_TYPE_COMBO_ROW, rows);
  collect_widgets (page, GTK_TYPE_DROP_DOWN, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      name_choice_items (row);
      /* After the row's own handler has shown the new choice. */
      g_signal_connect_after (row, "notify::selected-item", G_CALLBACK (choice_changed_cb), NULL);
      g_signal_connect_after (row, "notify::model", G_CALLBACK (choice_changed_cb), NULL);
    }
}

/* What consult mode changes in a page's layout, by the page's own style
 * classes: "kg-clinical-detail" marks detail a patient does not need (a
 * drug interaction's mechanism), hidden; "kg-sources" marks the expander
 * holding the sources, closed, one click away. */
static void
apply_consult_layout (GtkWidget *widget,
                      gboolean   consult)
{
  if (gtk_widget_has_css_class (widget, "kg-clinical-detail"))
    gtk_widget_set_visible (widget, !consult);
  if (GTK_IS_EXPANDER (widget) && gtk_widget_has_css_class (widget, "kg-sources"))
    {
      GtkWidget *title = gtk_expander_get_label_widget (GTK_EXPANDER (widget));

      gtk_expander_set_expanded (GTK_EXPANDER (widget), !consult);
      /* GTK 4.8 does not name an expander by its label widget. */
      if (title != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                        -1);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    apply_consult_layout (child, consult);
}

static void
configure_page (KgWindow  *self,
                GtkWidget *page)
{
  name_drop_down_buttons (page);
  name_choices (page);
  apply_consult_layout (page, g_settings_get_boolean (self->settings, "consult-mode"));
  if (has_property (page, "language"))
    g_object_set (page, "language", kg_application_get_language (get_application (self)), NULL);
  if (has_property (page, "patient-wording"))
    g_object_set (page, "patient-wording",
                  g_settings_get_boolean (self->settings, "consult-mode"), NULL);
}

/* Builds every page built so far anew: in the current language (their
 * templates are translated when built) and, with @keep_state, as the user
 * left them. Pages not built yet will be built in the new language. */
static void
rebuild_pages (KgWindow *self,
               gboolean  keep_state)
{
  GtkWidget *focus;

  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    {
      GtkWidget *slot = get_slot (self, page_infos[i].name);
      g_autoptr (GtkWidget) old_page = NULL;
      GtkWidget *page;

      if (slot == NULL)
        continue;
      adw_view_stack_page_set_title (adw_view_stack_get_page (self->stack, slot),
                                     _(page_infos[i].title));
      if (adw_bin_get_child (ADW_BIN (slot)) == NULL)
        continue;

      old_page = g_object_ref (adw_bin_get_child (ADW_BIN (slot)));
      adw_bin_set_child (ADW_BIN (slot), NULL);
      page = ensure_page (self, page_infos[i].name);
      if (keep_state)
        {
          copy_page_state (old_page, page);
          copy_widget_values (old_page, page);
        }
    }

  if (!keep_state)
    adw_view_stack_set_visible_child_name (self->stack, page_infos[0].name);

  /* The focused control went with its page: start again in the new one. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL && adw_view_stack_get_visible_child (self->stack) != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->screen_stack), "app") == 0)
    gtk_widget_child_focus (adw_view_stack_get_visible_child (self->stack),
                            GTK_DIR_TAB_FORWARD);
}

/* ---- Translated chrome ------------------------------------------------- */

static void
add_language_item (GMenu      *menu,
                   const char *label,
                   const char *code)
{
  g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "app.language", g_variant_new_string (code));
  g_menu_append_item (menu, item);
}

static GMenuModel *
build_primary_menu (gboolean kiosk)
{
  GMenu *menu = g_menu_new ();
  g_autoptr (GMenu) consult = g_menu_new ();
  g_autoptr (GMenu) languages = g_menu_new ();
  g_autoptr (GMenu) help = g_menu_new ();

  g_menu_append (consult, _("_Consult Mode"), "app.consult-mode");
  g_menu_append (consult, _("Plain _Spanish for a Patient"), "win.plain-spanish");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (consult));

  add_language_item (languages, _("S_ystem Language"), "");
  /* Each language in its own words, so a reader finds theirs. */
  add_language_item (languages, "_English", "en");
  add_language_item (languages, "E_spañol", "es");
  g_menu_append_section (menu, _("Language"), G_MENU_MODEL (languages));

  if (!kiosk)
    g_menu_append (help, _("_Keyboard Shortcuts"), "win.show-help-overlay");
  g_menu_append (help, _("_About KetGuide"), "app.about");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (help));

  /* A kiosk has no way out. */
  if (!kiosk)
    {
      g_autoptr (GMenu) quit = g_menu_new ();

      g_menu_append (quit, _("_Quit"), "app.quit");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (quit));
    }
  return G_MENU_MODEL (menu);
}

/* GTK 4.8 gives a button with a mnemonic label "_Details" (or, in an
 * AdwMessageDialog, "_Details Details") as accessible name: name it with
 * the words only. */
static void
name_button_without_mnemonic (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);
  g_autofree char *name = NULL;
  guint accel_key;

  if (label == NULL || !gtk_button_get_use_underline (button))
    return;
  pango_parse_markup (label, -1, '_', NULL, &name, &accel_key, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name != NULL ? name : label,
                                  -1);
}

static void
set_button_label (GtkButton  *button,
                  const char *label)
{
  gtk_button_set_use_underline (button, TRUE);
  gtk_button_set_label (button, label);
  name_button_without_mnemonic (button);
}

/* An AdwMessageDialog builds its response buttons itself (twice: for a
 * horizontal and a vertical layout) and does not expose them. */
static void
name_response_buttons (GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (widget))
    {
      name_button_without_mnemonic (GTK_BUTTON (widget));
      /* The button is also labelled by its label child, and GTK 4.8 reads
       * out both names ("I Understand I Understand"). */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget),
                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_response_buttons (child);
}

/* The window's own strings, in the current language: called at start and
 * after every switch (templates are translated only when built). */
static void
translate_chrome (KgWindow *self)
{
  g_autoptr (GMenuModel) menu = build_primary_menu (self->kiosk);

  gtk_window_set_title (GTK_WINDOW (self), _("KetGuide"));
  adw_view_switcher_title_set_title (self->switcher_title, _("KetGuide"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->primary_menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"),
                                  -1);
  gtk_menu_button_set_menu_model (self->primary_menu_button, menu);
  set_button_label (self->details_button, _("_Details"));

  gtk_label_set_text (self->attract_title_label, _("Touch to explore how ketamine works"));
  set_button_label (self->attract_start_button, _("_Start Exploring"));
  gtk_label_set_text (self->attract_disclaimer_title_label, _("Educational Use Only"));
  gtk_label_set_text (self->attract_disclaimer_label, kg_application_get_disclaimer ());
  self->syncing_language = TRUE;
  if (g_str_equal (kg_application_get_language (get_application (self)), "es"))
    gtk_toggle_button_set_active (self->attract_spanish_button, TRUE);
  else
    gtk_toggle_button_set_active (self->attract_english_button, TRUE);
  self->syncing_language = FALSE;
}

/* GtkApplicationWindow loads the shortcuts window once, in the start-up
 * language; a switch builds it again in the new one. */
static void
reload_shortcuts_window (KgWindow *self)
{
  g_autoptr (GtkBuilder) builder = NULL;
  GObject *overlay = NULL;

  /* The window destroys the one it had; with none, win.show-help-overlay
   * shows nothing. */
  if (!self->kiosk)
    {
      builder = gtk_builder_new_from_resource ("/com/example/KetGuide/gtk/help-overlay.ui");
      overlay = gtk_builder_get_object (builder, "help_overlay");
    }
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                           GTK_IS_SHORTCUTS_WINDOW (overlay)
                                             ? GTK_SHORTCUTS_WINDOW (overlay) : NULL);
}

static void
language_changed_cb (KgWindow *self)
{
  translate_chrome (self);
  reload_shortcuts_window (self);
  rebuild_pages (self, TRUE);
}

/* ---- Consult mode ------------------------------------------------------ */

static void
update_consult (KgWindow *self)
{
  gboolean consult = g_settings_get_boolean (self->settings, "consult-mode");
  g_autoptr (GPtrArray) pages = list_pages (self);

  if (consult)
    gtk_widget_add_css_class (GTK_WIDGET (self), "kg-consult");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "kg-consult");
  for (guint i = 0; i < pages->len; i++)
    {
      if (has_property (g_ptr_array_index (pages, i), "patient-wording"))
        g_object_set (g_ptr_array_index (pages, i), "patient-wording", consult, NULL);
      apply_consult_layout (g_ptr_array_index (pages, i), consult);
    }
}

static void
plain_spanish_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KgWindow *self = KG_WINDOW (widget);

  g_settings_set_boolean (self->settings, "consult-mode", TRUE);
  g_settings_set_string (self->settings, "language", "es");
}

/* ---- Kiosk ------------------------------------------------------------- */

static gboolean
is_attract_visible (KgWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->screen_stack), "attract") == 0;
}

static void
show_attract (KgWindow *self)
{
  gtk_stack_set_visible_child_name (self->screen_stack, "attract");
  gtk_widget_grab_focus (GTK_WIDGET (self->attract_start_button));
}

static void
leave_attract (KgWindow *self)
{
  GtkWidget *page;

  if (!is_attract_visible (self))
    return;
  gtk_stack_set_visible_child_name (self->screen_stack, "app");
  page = adw_view_stack_get_visible_child (self->stack);
  if (page != NULL)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
  if (self->kiosk_guard != NULL)
    kg_kiosk_guard_note_activity (self->kiosk_guard);
}

static void
attract_language_toggled_cb (KgWindow        *self,
                             GtkToggleButton *button)
{
  if (self->syncing_language || !gtk_toggle_button_get_active (button))
    return;
  g_settings_set_string (self->settings, "language",
                         button == self->attract_spanish_button ? "es" : "en");
}

static void
attract_released_cb (KgWindow *self)
{
  leave_attract (self);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  leave_attract (KG_WINDOW (widget));
}

/* The keys that leave or unfullscreen a window elsewhere do nothing here. */
static gboolean
kiosk_swallow_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  return KG_WINDOW (widget)->kiosk;
}

static void
fullscreened_cb (KgWindow *self)
{
  if (self->kiosk && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_fullscreen (GTK_WINDOW (self));
}

static void
kiosk_idle_cb (KgWindow *self)
{
  kg_window_reset (self);
}


static void
update_kiosk (KgWindow *self)
{
  gboolean kiosk = kg_application_get_kiosk (get_application (self));

  if (kiosk == self->kiosk)
    return;
  self->kiosk = kiosk;

  g_clear_object (&self->kiosk_guard);
  if (kiosk)
    {
      self->kiosk_guard = kg_kiosk_guard_new (GTK_WINDOW (self), self->settings);
      g_signal_connect_object (self->kiosk_guard, "idle", G_CALLBACK (kiosk_idle_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->kiosk_guard, "link-refused",
                               G_CALLBACK (kg_window_show_link_refused), self, G_CONNECT_SWAPPED);
    }
  /* A touch kiosk offers no keyboard shortcuts, and Ctrl+? opens nothing. */
  reload_shortcuts_window (self);

  adw_header_bar_set_show_start_title_buttons (self->header_bar, !kiosk);
  adw_header_bar_set_show_end_title_buttons (self->header_bar, !kiosk);
  gtk_window_set_deletable (GTK_WINDOW (self), !kiosk);
  translate_chrome (self);
  if (kiosk)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "kg-kiosk");
      gtk_window_fullscreen (GTK_WINDOW (self));
      show_attract (self);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "kg-kiosk");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_stack_set_visible_child_name (self->screen_stack, "app");
    }
}

static gboolean
kg_window_close_request (GtkWindow *window)
{
  /* Alt+F4, Ctrl+W, the compositor's close: a kiosk stays. */
  if (KG_WINDOW (window)->kiosk)
    return TRUE;
  return GTK_WINDOW_CLASS (kg_window_parent_class)->close_request (window);
}

/* ---- Pages by number, and the last one shown --------------------------- */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KgWindow *self = KG_WINDOW (widget);
  g_autoptr (GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  g_autoptr (AdwViewStackPage) page =
    g_list_model_get_item (G_LIST_MODEL (pages), (guint) g_variant_get_int32 (parameter));

  if (page != NULL)
    adw_view_stack_set_visible_child (self->stack, adw_view_stack_page_get_child (page));
}

static void
visible_page_changed_cb (KgWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  /* A kiosk always starts on the first page. */
  if (name != NULL && !self->kiosk)
    g_settings_set_string (self->settings, "last-page", name);
}

/* ---- Disclaimer -------------------------------------------------------- */

static void
disclaimer_response_cb (KgWindow *self)
{
  g_settings_set_boolean (self->settings, "disclaimer-accepted", TRUE);
}

/* ---- Class ------------------------------------------------------------- */

static void
kg_window_dispose (GObject *object)
{
  KgWindow *self = KG_WINDOW (object);

  g_clear_object (&self->kiosk_guard);
  g_clear_handle_id (&self->prebuild_source, g_source_remove);
  /* Nothing is built while the window is taken apart. */
  self->disposing = TRUE;

  G_OBJECT_CLASS (kg_window_parent_class)->dispose (object);
}

static void
kg_window_class_init (KgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kg_window_dispose;
  window_class->close_request = kg_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, content_banner);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, content_banner_label);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, details_button);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, screen_stack);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, attract_title_label);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, attract_start_button);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, attract_disclaimer_title_label);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, attract_disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, attract_english_button);
  gtk_widget_class_bind_template_child (widget_class, KgWindow, attract_spanish_button);
  gtk_widget_class_bind_template_callback (widget_class, attract_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, attract_language_toggled_cb);

  gtk_widget_class_install_action (widget_class, "win.show-content-problems", NULL,
                                   show_content_problems_action);
  gtk_widget_class_install_action (widget_class, "win.plain-spanish", NULL, plain_spanish_action);
  gtk_widget_class_install_action (widget_class, "win.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "i", show_page_action);
  for (int i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "i", i);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
kg_window_init (KgWindow *self)
{
  static const struct { guint keyval; GdkModifierType modifiers; } kiosk_keys[] = {
    { GDK_KEY_F11, 0 },
    { GDK_KEY_q, GDK_CONTROL_MASK },
    { GDK_KEY_w, GDK_CONTROL_MASK },
    { GDK_KEY_F4, GDK_ALT_MASK },
  };
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Capture phase: before the window's own bindings and the app's accels. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "kg-kiosk-keys");
  for (guint i = 0; i < G_N_ELEMENTS (kiosk_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (
                                                              kiosk_keys[i].keyval,
                                                              kiosk_keys[i].modifiers),
                                                            gtk_callback_action_new (
                                                              kiosk_swallow_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name",
                            G_CALLBACK (visible_page_cb), self);
}

/* Needs the application, which GtkWindow sets only after constructed(). */
static void
connect_application (KgWindow *self)
{
  KgApplication *application = get_application (self);
  g_autoptr (GPtrArray) pages = list_pages (self);

  self->settings = kg_application_get_settings (application);
  /* The window opens at the size it was left at; a kiosk is fullscreen and
   * keeps nothing of a visit. */
  if (!kg_application_get_kiosk (application))
    {
      g_settings_bind (self->settings, "window-width", self, "default-width",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized",
                       G_SETTINGS_BIND_DEFAULT);
    }
  g_signal_connect_object (application, "notify::language", G_CALLBACK (language_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::kiosk", G_CALLBACK (update_kiosk), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::consult-mode", G_CALLBACK (update_consult),
                           self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < pages->len; i++)
    configure_page (self, g_ptr_array_index (pages, i));
  self->pages_configured = TRUE;
  gtk_widget_add_tick_callback (GTK_WIDGET (self), first_frame_cb, NULL, NULL);
  translate_chrome (self);
  update_consult (self);
  update_kiosk (self);

  if (!self->kiosk)
    {
      g_autofree char *last_page = g_settings_get_string (self->settings, "last-page");

      if (last_page[0] != '\0' && adw_view_stack_get_child_by_name (self->stack, last_page))
        adw_view_stack_set_visible_child_name (self->stack, last_page);
    }
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
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
  connect_application (self);
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
  return ensure_page (self, name);
}

/**
 * kg_window_reset:
 * @self: a window
 *
 * What a kiosk does after a while without input: closes dialogs, sets the
 * settings a visitor may have changed back to their defaults, rebuilds every
 * page in its start state, shows the first page and, on a kiosk, the attract
 * screen.
 */
void
kg_window_reset (KgWindow *self)
{
  static const char * const visitor_keys[] = {
    "language", "consult-mode", "weight-kg", "weight-unit", "last-page",
  };
  GtkApplication *application;
  GList *windows;
  GtkShortcutsWindow *overlay;

  g_return_if_fail (KG_IS_WINDOW (self));

  if (self->kiosk_guard != NULL)
    kg_kiosk_guard_close_others (self->kiosk_guard);
  application = gtk_window_get_application (GTK_WINDOW (self));
  windows = g_list_copy (gtk_application_get_windows (application));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (self))
        gtk_window_destroy (l->data);
    }
  g_list_free (windows);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  if (overlay != NULL)
    gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
  gtk_menu_button_popdown (self->primary_menu_button);

  for (guint i = 0; i < G_N_ELEMENTS (visitor_keys); i++)
    g_settings_reset (self->settings, visitor_keys[i]);

  rebuild_pages (self, FALSE);
  if (self->kiosk)
    show_attract (self);
}

/**
 * kg_window_show_disclaimer:
 * @self: a window
 *
 * Says what KetGuide is and is not; "I Understand" is remembered in the
 * "disclaimer-accepted" setting. Not modal in the sense of a nested loop:
 * it returns at once.
 */
void
kg_window_show_disclaimer (KgWindow *self)
{
  GtkWidget *dialog;

  g_return_if_fail (KG_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Educational Use Only"),
                                   kg_application_get_disclaimer ());
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "accept", _("_I Understand"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  if (gtk_widget_has_css_class (GTK_WIDGET (self), "kg-consult"))
    gtk_widget_add_css_class (dialog, "kg-consult");
  g_signal_connect_object (dialog, "response", G_CALLBACK (disclaimer_response_cb), self,
                           G_CONNECT_SWAPPED);
  name_response_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * kg_window_add_toast:
 * @self: a window
 * @text: plain text
 *
 * Shows @text briefly over the pages.
 */
void
kg_window_add_toast (KgWindow   *self,
                     const char *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (KG_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  /* An AdwToast title is markup. */
  escaped = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/**
 * kg_window_get_attract_visible:
 * @self: a window
 *
 * Returns: whether the kiosk's attract screen is shown
 */
gboolean
kg_window_get_attract_visible (KgWindow *self)
{
  g_return_val_if_fail (KG_IS_WINDOW (self), FALSE);
  return is_attract_visible (self);
}

/**
 * kg_window_show_link_refused:
 * @self: a window
 * @uri: where a link leads
 *
 * Says, on a kiosk, that @uri was not opened, and where it leads.
 */
void
kg_window_show_link_refused (KgWindow   *self,
                             const char *uri)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KG_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  /* TRANSLATORS: shown on the kiosk instead of opening a web link */
  text = g_strdup_printf (_("Links do not open on this kiosk: %s"), uri);
  kg_window_add_toast (self, text);
}
