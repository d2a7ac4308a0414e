/* kg-dose-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kg-dose-page.h"
#include "model/kg-number.h"
#include "model/kg-weight.h"
#include "widgets/kg-brain-view.h"
#include "widgets/kg-dose-scale.h"
#include "widgets/kg-flow-layout.h"
#include "widgets/kg-reflow-box.h"

/* Where the slider starts: the middle of the first zone. */
#define START_ZONE 0

struct _KgDosePage
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkLabel       *route_label;
  GtkLabel       *value_label;
  GtkLabel       *zone_chip;
  KgDoseScale    *scale;
  GtkBox         *zone_buttons;
  GtkLabel       *brain_title;
  GtkLabel       *mechanism_title;
  GtkLabel       *mechanism_label;
  KgBrainView    *brain_view;
  GtkStack       *place_stack;
  GtkLabel       *teaching_title;
  GtkLabel       *teaching_label;
  GtkEntry       *weight_entry;
  GtkToggleButton *kg_button;
  GtkToggleButton *lb_button;
  GtkLabel       *weight_error;
  GtkWidget      *mg_box;
  GtkLabel       *current_mg_label;
  GtkBox         *zone_mg_box;

  /* Owned */
  KgCatalog      *catalog;
  char           *language;
  char           *chip_class;      /* the zone colour class on the chip */

  /* Borrowed */
  KgDoseChart    *chart;           /* from the catalogue */

  double          weight_kg;
  KgWeightUnit    weight_unit;
  gboolean        weight_valid;
  gboolean        patient_wording;
  gboolean        syncing;         /* while the page itself sets a widget */
};

G_DEFINE_FINAL_TYPE (KgDosePage, kg_dose_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CATALOG,
  PROP_DOSE,
  PROP_WEIGHT_KG,
  PROP_WEIGHT_UNIT,
  PROP_LANGUAGE,
  PROP_PATIENT_WORDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
text (KgDosePage *self,
      KgText     *content)
{
  return content != NULL ? kg_text_get (content, self->language, self->patient_wording) : "";
}

static char *
format_range (KgDosePage *self,
              double      min,
              double      max)
{
  g_autofree char *low = kg_number_format (min, 2, self->language);
  g_autofree char *high = kg_number_format (max, 2, self->language);

  /* Translators: a dose range, "0.1–0.3 mg/kg". */
  return g_strdup_printf (_("%s–%s mg/kg"), low, high);
}

static void
set_chip_class (KgDosePage *self,
                const char *color)
{
  g_autofree char *class_name = color != NULL ? g_strdup_printf ("kg-zone-%s", color)
                                              : g_strdup ("kg-zone-none");

  if (g_strcmp0 (self->chip_class, class_name) == 0)
    return;
  if (self->chip_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->zone_chip), self->chip_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->zone_chip), class_name);
  g_free (self->chip_class);
  self->chip_class = g_steal_pointer (&class_name);
}

/* The name of where @dose falls: the zone, the transition, or the message title. */
static char *
dup_place_name (KgDosePage  *self,
                KgDosePlace  place,
                KgDoseZone  *zone,
                KgDoseZone  *next)
{
  switch (place)
    {
    case KG_DOSE_PLACE_IN_ZONE:
      return g_strdup (text (self, kg_dose_zone_get_name (zone)));
    case KG_DOSE_PLACE_BETWEEN:
      return kg_dose_chart_format_transition (self->chart,
                                              kg_dose_chart_get_message_title (
                                                self->chart, KG_DOSE_MESSAGE_TRANSITION),
                                              zone, next, self->language,
                                              self->patient_wording);
    case KG_DOSE_PLACE_BELOW:
      return g_strdup (text (self, kg_dose_chart_get_message_title (self->chart,
                                                                    KG_DOSE_MESSAGE_BELOW)));
    case KG_DOSE_PLACE_ABOVE:
    default:
      return g_strdup (text (self, kg_dose_chart_get_message_title (self->chart,
                                                                    KG_DOSE_MESSAGE_ABOVE)));
    }
}

/* One citation per line. */
static void
add_sources (KgDosePage         *self,
             GString            *lines,
             GHashTable         *seen,
             const char * const *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      KgReference *reference;
      g_autofree char *citation = NULL;

      if (!g_hash_table_add (seen, (gpointer) ids[i]))
        continue;
      reference = kg_catalog_lookup_reference (self->catalog, ids[i]);
      citation = reference != NULL ? kg_reference_format (reference, self->language)
                                   : g_strdup (ids[i]);
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      g_string_append_printf (lines, "• %s", citation);
      if (reference != NULL && kg_reference_get_doi (reference) != NULL)
        g_string_append_printf (lines, " doi:%s", kg_reference_get_doi (reference));
    }
}

/* A plain-text label of the panel; @name lets tests and tools find it. */
static GtkWidget *
new_label (const char *text,
           const char *name,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (name != NULL)
    gtk_widget_set_name (label, name);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A heading and its text; nothing when there is no text.
 * Returns: (transfer none) (nullable): the section's box */
static GtkWidget *
add_section (GtkWidget  *panel,
             const char *heading,
             const char *body,
             const char *name,
             const char *box_class)
{
  GtkWidget *box;
  GtkWidget *label;

  if (body == NULL || *body == '\0')
    return NULL;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  if (box_class != NULL)
    gtk_widget_add_css_class (box, box_class);
  gtk_box_append (GTK_BOX (box), new_label (heading, NULL, "heading"));
  label = new_label (body, name, NULL);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (panel), box);
  return box;
}

/* The sources, in an expander that consult mode closes (KgWindow). */
static void
add_sources_expander (KgDosePage         *self,
                      GtkWidget          *panel,
                      const char * const *first,
                      const char * const *second)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GString) lines = g_string_new (NULL);
  GtkWidget *expander = gtk_expander_new (NULL);
  GtkWidget *label;

  add_sources (self, lines, seen, first);
  add_sources (self, lines, seen, second);
  label = new_label (lines->str, "sources", "caption");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "kg-sources");
  gtk_widget_set_margin_top (label, 4);
  gtk_expander_set_label_widget (GTK_EXPANDER (expander),
                                 new_label (_("Sources"), NULL, "heading"));
  gtk_expander_set_child (GTK_EXPANDER (expander), label);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  gtk_widget_add_css_class (expander, "kg-sources");
  /* GTK 4.8 names an expander by its type, not by its label widget. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sources"),
                                  -1);
  gtk_box_append (GTK_BOX (panel), expander);
}

static GtkWidget *
new_panel (const char *title,
           const char *subtitle)
{
  GtkWidget *panel = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title_label = new_label (title, "title", "title-2");

  gtk_widget_set_visible (panel, FALSE);   /* until show_place() */

  gtk_accessible_update_property (GTK_ACCESSIBLE (title_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (GTK_BOX (header), title_label);
  gtk_box_append (GTK_BOX (header), new_label (subtitle, "subtitle", "dim-label"));
  gtk_box_append (GTK_BOX (panel), header);
  return panel;
}

/* What a zone is: physiology, appearance, takeaway, and where the content
 * has them why it happens, benzodiazepines and blood levels. */
static GtkWidget *
build_zone_panel (KgDosePage *self,
                  KgDoseZone *zone)
{
  gboolean patient = self->patient_wording;
  g_autofree char *range = format_range (self, kg_dose_zone_get_min (zone), kg_dose_zone_get_max (zone));
  g_autofree char *subtitle = kg_dose_zone_get_subtitle (zone) != NULL
                                ? g_strdup_printf ("%s · %s",
                                                   text (self, kg_dose_zone_get_subtitle (zone)),
                                                   range)
                                : g_strdup (range);
  GtkWidget *panel = new_panel (text (self, kg_dose_zone_get_name (zone)), subtitle);

  add_section (panel, patient ? _("What is happening in the brain") : _("What is happening"),
               text (self, kg_dose_zone_get_physiology (zone)), "physiology", NULL);
  add_section (panel, patient ? _("What people notice") : _("What the patient looks like"),
               text (self, kg_dose_zone_get_appearance (zone)), "appearance", NULL);
  add_section (panel, _("Key takeaway"), text (self, kg_dose_zone_get_takeaway (zone)),
               "takeaway", "kg-takeaway");
  add_section (panel, patient ? _("Why this dose can feel strange") : _("Why this zone exists"),
               text (self, kg_dose_zone_get_why (zone)), "why", NULL);
  add_section (panel,
               patient ? _("How a calming medicine can help")
                       : _("Why benzodiazepines help — and what they do not do"),
               text (self, kg_dose_zone_get_benzodiazepines (zone)), "benzodiazepines", NULL);

  if (kg_dose_zone_has_plasma (zone))
    {
      g_autofree char *low = kg_number_format (kg_dose_zone_get_plasma_min (zone), 0, self->language);
      g_autofree char *high = kg_number_format (kg_dose_zone_get_plasma_max (zone), 0, self->language);
      /* Translators: plasma levels and the dose that gave them,
       * "70–160 ng/mL after about 0.15 mg/kg IV, for analgesia". */
      g_autofree char *plasma = g_strdup_printf (_("%s–%s ng/mL after %s"), low, high,
                                                 text (self,
                                                       kg_dose_zone_get_plasma_regimen (zone)));
      const char *note = text (self, kg_dose_zone_get_plasma_note (zone));
      GtkWidget *section = add_section (panel,
                                        patient ? _("How much reaches the blood")
                                                : _("Blood levels"),
                                        plasma, "plasma", NULL);

      if (*note != '\0')
        {
          GtkWidget *label = new_label (note, "plasma-note", "dim-label");

          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          gtk_box_append (GTK_BOX (section), label);
        }
    }
  add_sources_expander (self, panel, kg_dose_zone_get_sources (zone),
                        kg_dose_zone_get_plasma_sources (zone));
  return panel;
}

/* Below, above or between the zones: the chart's message. */
static GtkWidget *
build_message_panel (KgDosePage  *self,
                     KgDosePlace  place,
                     KgDoseZone  *zone,
                     KgDoseZone  *next)
{
  KgDoseMessage message = place == KG_DOSE_PLACE_BELOW   ? KG_DOSE_MESSAGE_BELOW
                          : place == KG_DOSE_PLACE_ABOVE ? KG_DOSE_MESSAGE_ABOVE
                                                         : KG_DOSE_MESSAGE_TRANSITION;
  KgText *title = kg_dose_chart_get_message_title (self->chart, message);
  KgText *body = kg_dose_chart_get_message_text (self->chart, message);
  g_autofree char *title_text = NULL;
  g_autofree char *body_text = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *panel;
  GtkWidget *label;

  if (place == KG_DOSE_PLACE_BETWEEN)
    {
      title_text = kg_dose_chart_format_transition (self->chart, title, zone, next,
                                                    self->language, self->patient_wording);
      body_text = kg_dose_chart_format_transition (self->chart, body, zone, next,
                                                   self->language, self->patient_wording);
      subtitle = format_range (self, kg_dose_zone_get_max (zone), kg_dose_zone_get_min (next));
    }
  else
    {
      title_text = g_strdup (text (self, title));
      body_text = g_strdup (text (self, body));
      subtitle = place == KG_DOSE_PLACE_BELOW
                   ? format_range (self, kg_dose_chart_get_min (self->chart), kg_dose_zone_get_min (next))
                   : format_range (self, kg_dose_zone_get_max (zone), kg_dose_chart_get_max (self->chart));
    }

  panel = new_panel (title_text, subtitle);
  label = new_label (body_text, "message", NULL);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (panel), label);
  add_sources_expander (self, panel, kg_dose_chart_get_message_sources (self->chart, message),
                        NULL);
  return panel;
}

/* The stack page of a place: "zone-emergence", "after-analgesia", "below", "above". */
static char *
dup_place_id (KgDosePlace  place,
              KgDoseZone  *zone)
{
  switch (place)
    {
    case KG_DOSE_PLACE_IN_ZONE:
      return g_strconcat ("zone-", kg_dose_zone_get_id (zone), NULL);
    case KG_DOSE_PLACE_BETWEEN:
      return g_strconcat ("after-", kg_dose_zone_get_id (zone), NULL);
    case KG_DOSE_PLACE_BELOW:
      return g_strdup ("below");
    case KG_DOSE_PLACE_ABOVE:
    default:
      return g_strdup ("above");
    }
}

/* Builds every place's panel, in the current language and wording. */
static void
build_place_panels (KgDosePage *self)
{
  GListModel *zones = kg_dose_chart_get_zones (self->chart);
  guint n = g_list_model_get_n_items (zones);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->place_stack))) != NULL)
    gtk_stack_remove (self->place_stack, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KgDoseZone) zone = g_list_model_get_item (zones, i);
      g_autoptr (KgDoseZone) next = i + 1 < n ? g_list_model_get_item (zones, i + 1) : NULL;
      g_autofree char *zone_id = dup_place_id (KG_DOSE_PLACE_IN_ZONE, zone);

      if (i == 0)
        gtk_stack_add_named (self->place_stack,
                             build_message_panel (self, KG_DOSE_PLACE_BELOW, NULL, zone),
                             "below");
      gtk_stack_add_named (self->place_stack, build_zone_panel (self, zone), zone_id);
      if (next != NULL)
        {
          g_autofree char *gap_id = dup_place_id (KG_DOSE_PLACE_BETWEEN, zone);
          gtk_stack_add_named (self->place_stack,
                               build_message_panel (self, KG_DOSE_PLACE_BETWEEN, zone, next),
                               gap_id);
        }
      else
        {
          gtk_stack_add_named (self->place_stack,
                               build_message_panel (self, KG_DOSE_PLACE_ABOVE, zone, NULL),
                               "above");
        }
    }
}

/* Shows where the dose falls: its panel, the chip, the pressed zone button. */
static void
show_place (KgDosePage  *self,
            KgDosePlace  place,
            KgDoseZone  *zone,
            KgDoseZone  *next)
{
  g_autofree char *id = dup_place_id (place, zone);
  g_autofree char *title = dup_place_name (self, place, zone, next);
  gboolean in_zone = place == KG_DOSE_PLACE_IN_ZONE;

  /* Only the panel on show exists for a screen reader: GTK 4.8 would expose
   * the stack's other pages too. Showing one keeps its laid-out text. */
  {
    GtkWidget *before = gtk_stack_get_visible_child (self->place_stack);
    GtkWidget *panel = gtk_stack_get_child_by_name (self->place_stack, id);

    gtk_widget_set_visible (panel, TRUE);
    gtk_stack_set_visible_child (self->place_stack, panel);
    if (before != NULL && before != panel)
      gtk_widget_set_visible (before, FALSE);
  }
  set_chip_class (self, in_zone ? kg_dose_zone_get_color (zone) : NULL);
  gtk_label_set_text (self->zone_chip, title);
  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->zone_buttons));
       button != NULL; button = gtk_widget_get_next_sibling (button))
    {
      gboolean active = in_zone && g_object_get_data (G_OBJECT (button), "zone") == zone;

      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)) != active)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
    }
}

static void
update_mg (KgDosePage *self)
{
  GListModel *zones = kg_dose_chart_get_zones (self->chart);
  g_autofree char *current = NULL;
  GtkWidget *label;
  guint i = 0;

  gtk_widget_set_visible (self->mg_box, self->weight_valid);
  if (!self->weight_valid || self->chart == NULL)
    return;

  current = kg_dose_format_mg (kg_dose_page_get_dose (self), self->weight_kg, self->language);
  gtk_label_set_text (self->current_mg_label, current);

  for (label = gtk_widget_get_first_child (GTK_WIDGET (self->zone_mg_box)); label != NULL;
       label = gtk_widget_get_next_sibling (label), i++)
    {
      g_autoptr (KgDoseZone) zone = g_list_model_get_item (zones, i);
      g_autofree char *range = kg_dose_format_mg_range (kg_dose_zone_get_min (zone),
                                                        kg_dose_zone_get_max (zone),
                                                        self->weight_kg, self->language);
      /* Translators: a zone and its worked conversion, "Analgesia: 0.1–0.3 mg/kg × 70 kg = 7–21 mg". */
      g_autofree char *line = g_strdup_printf (_("%s: %s"),
                                               text (self, kg_dose_zone_get_name (zone)), range);

      gtk_label_set_text (GTK_LABEL (label), line);
    }
}

/* Everything that follows the dose: readout, picture, panel, mg, announcement. */
static void
update_dose (KgDosePage *self,
             gboolean    force)
{
  double dose = kg_dose_page_get_dose (self);
  KgDoseZone *zone = NULL;
  KgDoseZone *next = NULL;
  KgDosePlace place;
  g_autofree char *value = NULL;
  g_autofree char *readout = NULL;
  g_autofree char *place_id = NULL;
  g_autofree char *place_name = NULL;
  g_autofree char *value_text = NULL;

  if (self->chart == NULL)
    return;

  value = kg_number_format_fixed (dose, 2, self->language);
  /* Translators: the dose readout, "0.60 mg/kg". */
  readout = g_strdup_printf (_("%s mg/kg"), value);
  gtk_label_set_text (self->value_label, readout);

  kg_brain_view_set_dose (self->brain_view, dose);

  place = kg_dose_chart_locate (self->chart, dose, &zone, &next);
  place_id = dup_place_id (place, zone);
  if (force || g_strcmp0 (gtk_stack_get_visible_child_name (self->place_stack), place_id) != 0)
    show_place (self, place, zone, next);

  /* The slider announces its value and where it falls. */
  place_name = dup_place_name (self, place, zone, next);
  /* Translators: what a screen reader says for the slider, "0.60 mg/kg, Emergence". */
  value_text = g_strdup_printf (_("%s, %s"), readout, place_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, place_name,
                                  -1);
  update_mg (self);
}

static void
scale_value_changed_cb (KgDosePage *self)
{
  update_dose (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSE]);
}

static void
zone_button_clicked_cb (GtkButton  *button,
                        KgDosePage *self)
{
  KgDoseZone *zone = g_object_get_data (G_OBJECT (button), "zone");

  if (self->syncing)
    return;
  kg_dose_page_set_dose (self, kg_dose_zone_get_middle (zone));
  /* A click toggles the button; the zone decides which one is pressed. */
  update_dose (self, TRUE);
}

static void
render_zone_buttons (KgDosePage *self)
{
  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->zone_buttons));
       button != NULL; button = gtk_widget_get_next_sibling (button))
    {
      KgDoseZone *zone = g_object_get_data (G_OBJECT (button), "zone");
      GtkLabel *name = g_object_get_data (G_OBJECT (button), "name-label");
      GtkLabel *range_label = g_object_get_data (G_OBJECT (button), "range-label");
      g_autofree char *range = format_range (self, kg_dose_zone_get_min (zone),
                                             kg_dose_zone_get_max (zone));
      /* Translators: a zone button for the screen reader, "Emergence, 0.4–0.8 mg/kg". */
      g_autofree char *accessible = g_strdup_printf (_("%s, %s"),
                                                     text (self, kg_dose_zone_get_name (zone)),
                                                     range);

      gtk_label_set_text (name, text (self, kg_dose_zone_get_name (zone)));
      gtk_label_set_text (range_label, range);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Moves the slider to the middle of the zone"),
                                      -1);
    }
}

static void
build_zone_widgets (KgDosePage *self)
{
  GListModel *zones = kg_dose_chart_get_zones (self->chart);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr (KgDoseZone) zone = g_list_model_get_item (zones, i);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *name = gtk_label_new (NULL);
      GtkWidget *range = gtk_label_new (NULL);
      GtkWidget *mg = gtk_label_new (NULL);
      g_autofree char *color_class = g_strdup_printf ("kg-color-%s",
                                                      kg_dose_zone_get_color (zone) != NULL
                                                        ? kg_dose_zone_get_color (zone)
                                                        : "none");

      gtk_widget_add_css_class (swatch, "kg-swatch");
      gtk_widget_add_css_class (swatch, color_class);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_justify (GTK_LABEL (name), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (name, "heading");
      /* Wraps at its space ("0.1–0.3 / mg/kg") in a narrow window. */
      gtk_label_set_wrap (GTK_LABEL (range), TRUE);
      gtk_label_set_justify (GTK_LABEL (range), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (range, "caption");
      gtk_widget_add_css_class (range, "numeric");
      gtk_box_append (GTK_BOX (top), swatch);
      gtk_box_append (GTK_BOX (top), name);
      gtk_widget_set_halign (top, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), top);
      gtk_box_append (GTK_BOX (box), range);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "kg-zone-button");
      gtk_widget_add_css_class (button, color_class);
      g_object_set_data_full (G_OBJECT (button), "zone", g_object_ref (zone), g_object_unref);
      g_object_set_data (G_OBJECT (button), "name-label", name);
      g_object_set_data (G_OBJECT (button), "range-label", range);
      g_signal_connect (button, "clicked", G_CALLBACK (zone_button_clicked_cb), self);
      gtk_box_append (self->zone_buttons, button);

      gtk_label_set_xalign (GTK_LABEL (mg), 0);
      gtk_label_set_wrap (GTK_LABEL (mg), TRUE);
      gtk_label_set_selectable (GTK_LABEL (mg), TRUE);
      gtk_widget_add_css_class (mg, "numeric");
      gtk_box_append (self->zone_mg_box, mg);
    }
}

/* All content text, in the page's language and wording. */
static void
render_text (KgDosePage *self)
{
  gtk_label_set_text (self->brain_title,
                      self->patient_wording ? _("Brain systems, in the order they switch off")
                                            : _("Brain systems, in the order they drop out"));
  kg_dose_scale_set_language (self->scale, self->language);
  if (self->chart == NULL)
    return;

  gtk_label_set_text (self->route_label, text (self, kg_dose_chart_get_route (self->chart)));
  gtk_label_set_text (self->mechanism_title,
                      text (self, kg_dose_chart_get_message_title (self->chart,
                                                                   KG_DOSE_MESSAGE_MECHANISM)));
  gtk_label_set_text (self->mechanism_label,
                      text (self, kg_dose_chart_get_message_text (self->chart,
                                                                  KG_DOSE_MESSAGE_MECHANISM)));
  gtk_label_set_text (self->teaching_title,
                      text (self, kg_dose_chart_get_message_title (self->chart,
                                                                   KG_DOSE_MESSAGE_TEACHING_POINT)));
  gtk_label_set_text (self->teaching_label,
                      text (self, kg_dose_chart_get_message_text (self->chart,
                                                                  KG_DOSE_MESSAGE_TEACHING_POINT)));
  kg_brain_view_set_language (self->brain_view, self->language);
  kg_brain_view_set_patient_wording (self->brain_view, self->patient_wording);
  render_zone_buttons (self);
  build_place_panels (self);
  update_dose (self, TRUE);
}

/* Weight ------------------------------------------------------------------- */

static void
set_entry_text (KgDosePage *self,
                const char *value)
{
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->weight_entry), value);
  self->syncing = FALSE;
}

/* Shows whether the weight is usable: the inline message, or the mg figures. */
static void
show_weight_state (KgDosePage *self,
                   const char *message)
{
  gtk_widget_set_visible (GTK_WIDGET (self->weight_error), !self->weight_valid);
  if (self->weight_valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->weight_entry), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->weight_entry),
                                  GTK_ACCESSIBLE_STATE_INVALID);
    }
  else
    {
      gtk_label_set_text (self->weight_error, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->weight_entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->weight_entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  update_mg (self);
}

/* Reads what the user typed; a plausible weight becomes the stored one. */
static void
read_weight_entry (KgDosePage *self)
{
  const char *entered = gtk_editable_get_text (GTK_EDITABLE (self->weight_entry));
  g_autoptr (GError) error = NULL;
  double kg;

  self->weight_valid = kg_weight_parse (entered, self->weight_unit, self->language, &kg, &error);
  if (self->weight_valid && self->weight_kg != kg)
    {
      self->weight_kg = kg;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT_KG]);
    }
  show_weight_state (self, error != NULL ? error->message : NULL);
}

static void
weight_changed_cb (KgDosePage *self)
{
  if (!self->syncing)
    read_weight_entry (self);
}

/* Shows the stored weight in the entry in the current unit, unless the
 * entry already says it (so typing "154" in lb is not rewritten). */
static void
show_stored_weight (KgDosePage *self)
{
  const char *entered = gtk_editable_get_text (GTK_EDITABLE (self->weight_entry));
  g_autofree char *shown = kg_weight_format (self->weight_kg, self->weight_unit, self->language);
  g_autofree char *entered_shown = NULL;
  double kg;

  if (kg_weight_parse (entered, self->weight_unit, self->language, &kg, NULL))
    entered_shown = kg_weight_format (kg, self->weight_unit, self->language);
  if (g_strcmp0 (entered_shown, shown) != 0)
    set_entry_text (self, shown);
  self->weight_valid = TRUE;
  show_weight_state (self, NULL);
}

static void
unit_toggled_cb (GtkToggleButton *button,
                 KgDosePage      *self)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  kg_dose_page_set_weight_unit (self, button == self->lb_button ? "lb" : "kg");
}

/* GObject ------------------------------------------------------------------ */

static void
kg_dose_page_constructed (GObject *object)
{
  KgDosePage *self = (KgDosePage *) object;

  G_OBJECT_CLASS (kg_dose_page_parent_class)->constructed (object);

  self->chart = self->catalog != NULL ? kg_catalog_get_dose_chart (self->catalog) : NULL;
  g_return_if_fail (self->chart != NULL);

  kg_dose_scale_set_chart (self->scale, self->chart);
  kg_brain_view_set_chart (self->brain_view, self->chart);
  build_zone_widgets (self);
  {
    g_autoptr (KgDoseZone) first = g_list_model_get_item (kg_dose_chart_get_zones (self->chart),
                                                          START_ZONE);
    if (first != NULL)
      gtk_range_set_value (GTK_RANGE (self->scale), kg_dose_zone_get_middle (first));
  }
  g_signal_connect_swapped (self->scale, "value-changed", G_CALLBACK (scale_value_changed_cb),
                            self);
  render_text (self);
  show_stored_weight (self);
}

static void
kg_dose_page_dispose (GObject *object)
{
  KgDosePage *self = (KgDosePage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_DOSE_PAGE);
  g_clear_object (&self->catalog);
  self->chart = NULL;

  G_OBJECT_CLASS (kg_dose_page_parent_class)->dispose (object);
}

static void
kg_dose_page_finalize (GObject *object)
{
  KgDosePage *self = (KgDosePage *) object;

  g_free (self->language);
  g_free (self->chip_class);

  G_OBJECT_CLASS (kg_dose_page_parent_class)->finalize (object);
}

static void
kg_dose_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KgDosePage *self = KG_DOSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOSE:
      g_value_set_double (value, kg_dose_page_get_dose (self));
      break;
    case PROP_WEIGHT_KG:
      g_value_set_double (value, self->weight_kg);
      break;
    case PROP_WEIGHT_UNIT:
      g_value_set_string (value, kg_weight_unit_to_string (self->weight_unit));
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_PATIENT_WORDING:
      g_value_set_boolean (value, self->patient_wording);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_dose_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KgDosePage *self = KG_DOSE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_DOSE:
      kg_dose_page_set_dose (self, g_value_get_double (value));
      break;
    case PROP_WEIGHT_KG:
      kg_dose_page_set_weight_kg (self, g_value_get_double (value));
      break;
    case PROP_WEIGHT_UNIT:
      kg_dose_page_set_weight_unit (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      kg_dose_page_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_dose_page_set_patient_wording (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_dose_page_class_init (KgDosePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kg_dose_page_constructed;
  object_class->dispose = kg_dose_page_dispose;
  object_class->finalize = kg_dose_page_finalize;
  object_class->get_property = kg_dose_page_get_property;
  object_class->set_property = kg_dose_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, KG_TYPE_CATALOG,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE] =
    g_param_spec_double ("dose", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEIGHT_KG] =
    g_param_spec_double ("weight-kg", NULL, NULL, KG_WEIGHT_MIN_KG, KG_WEIGHT_MAX_KG, 70,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEIGHT_UNIT] =
    g_param_spec_string ("weight-unit", NULL, NULL, "kg",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KG_TYPE_BRAIN_VIEW);
  g_type_ensure (KG_TYPE_DOSE_SCALE);
  g_type_ensure (KG_TYPE_FLOW_LAYOUT);
  g_type_ensure (KG_TYPE_REFLOW_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-dose-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, route_label);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, value_label);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, zone_chip);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, scale);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, zone_buttons);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, brain_title);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, mechanism_title);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, mechanism_label);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, brain_view);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, place_stack);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, teaching_title);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, teaching_label);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, weight_entry);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, kg_button);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, lb_button);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, weight_error);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, mg_box);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, current_mg_label);
  gtk_widget_class_bind_template_child (widget_class, KgDosePage, zone_mg_box);
  gtk_widget_class_bind_template_callback (widget_class, weight_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_toggled_cb);
}

static void
kg_dose_page_init (KgDosePage *self)
{
  self->language = g_strdup (kg_text_get_default_language ());
  self->weight_kg = 70;
  self->weight_unit = KG_WEIGHT_UNIT_KG;
  self->weight_valid = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_toggle_button_set_active (self->kg_button, TRUE);
}

/* Public API --------------------------------------------------------------- */

/**
 * kg_dose_page_new:
 * @catalog: the content to show
 *
 * Returns: (transfer full): a new dose-zones page
 */
KgDosePage *
kg_dose_page_new (KgCatalog *catalog)
{
  g_return_val_if_fail (KG_IS_CATALOG (catalog), NULL);
  return g_object_new (KG_TYPE_DOSE_PAGE, "catalog", catalog, NULL);
}

/**
 * kg_dose_page_get_dose:
 * @self: a dose page
 *
 * Returns: the slider's dose in mg/kg
 */
double
kg_dose_page_get_dose (KgDosePage *self)
{
  g_return_val_if_fail (KG_IS_DOSE_PAGE (self), 0);
  return gtk_range_get_value (GTK_RANGE (self->scale));
}

/**
 * kg_dose_page_set_dose:
 * @self: a dose page
 * @dose: a dose in mg/kg; snapped to the slider's step and range
 */
void
kg_dose_page_set_dose (KgDosePage *self,
                       double      dose)
{
  g_return_if_fail (KG_IS_DOSE_PAGE (self));

  if (self->chart != NULL)
    dose = kg_dose_chart_snap (self->chart, dose);
  gtk_range_set_value (GTK_RANGE (self->scale), dose);
}

/**
 * kg_dose_page_get_weight_kg:
 * @self: a dose page
 *
 * Returns: the last plausible weight entered, in kilograms
 */
double
kg_dose_page_get_weight_kg (KgDosePage *self)
{
  g_return_val_if_fail (KG_IS_DOSE_PAGE (self), 0);
  return self->weight_kg;
}

/**
 * kg_dose_page_set_weight_kg:
 * @self: a dose page
 * @weight_kg: a weight in kilograms, 1 to 350
 */
void
kg_dose_page_set_weight_kg (KgDosePage *self,
                            double      weight_kg)
{
  g_return_if_fail (KG_IS_DOSE_PAGE (self));
  g_return_if_fail (weight_kg >= KG_WEIGHT_MIN_KG && weight_kg <= KG_WEIGHT_MAX_KG);

  if (self->weight_kg == weight_kg && self->weight_valid)
    return;
  self->weight_kg = weight_kg;
  show_stored_weight (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT_KG]);
}

/**
 * kg_dose_page_get_weight_unit:
 * @self: a dose page
 *
 * Returns: (transfer none): "kg" or "lb"
 */
const char *
kg_dose_page_get_weight_unit (KgDosePage *self)
{
  g_return_val_if_fail (KG_IS_DOSE_PAGE (self), NULL);
  return kg_weight_unit_to_string (self->weight_unit);
}

/**
 * kg_dose_page_set_weight_unit:
 * @self: a dose page
 * @weight_unit: (nullable): "kg" or "lb"
 *
 * Switches the unit the weight is entered in, converting what the entry shows.
 */
void
kg_dose_page_set_weight_unit (KgDosePage *self,
                              const char *weight_unit)
{
  KgWeightUnit unit;

  g_return_if_fail (KG_IS_DOSE_PAGE (self));

  unit = kg_weight_unit_from_string (weight_unit);
  if (self->weight_unit == unit)
    return;
  self->weight_unit = unit;

  self->syncing = TRUE;
  gtk_toggle_button_set_active (unit == KG_WEIGHT_UNIT_LB ? self->lb_button : self->kg_button,
                                TRUE);
  self->syncing = FALSE;

  /* A valid weight is shown in the new unit; a wrong entry is judged in it. */
  if (self->weight_valid)
    show_stored_weight (self);
  else
    read_weight_entry (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT_UNIT]);
}

/**
 * kg_dose_page_get_language:
 * @self: a dose page
 *
 * Returns: (transfer none): the content language, "en" or "es"
 */
const char *
kg_dose_page_get_language (KgDosePage *self)
{
  g_return_val_if_fail (KG_IS_DOSE_PAGE (self), NULL);
  return self->language;
}

/**
 * kg_dose_page_set_language:
 * @self: a dose page
 * @language: (nullable): a language code; %NULL for the default
 *
 * Re-renders the content text in @language, keeping the dose and weight.
 */
void
kg_dose_page_set_language (KgDosePage *self,
                           const char *language)
{
  g_return_if_fail (KG_IS_DOSE_PAGE (self));

  if (!kg_text_replace_language (&self->language, language))
    return;
  render_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_dose_page_get_patient_wording:
 * @self: a dose page
 *
 * Returns: whether content is shown in plain (patient) language
 */
gboolean
kg_dose_page_get_patient_wording (KgDosePage *self)
{
  g_return_val_if_fail (KG_IS_DOSE_PAGE (self), FALSE);
  return self->patient_wording;
}

/**
 * kg_dose_page_set_patient_wording:
 * @self: a dose page
 * @patient_wording: whether to show content in plain (patient) language
 */
void
kg_dose_page_set_patient_wording (KgDosePage *self,
                                  gboolean    patient_wording)
{
  g_return_if_fail (KG_IS_DOSE_PAGE (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;
  render_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}
