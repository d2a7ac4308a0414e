/* kg-interaction-row.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "kg-interaction-row.h"

struct _KgInteractionRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *severity_label;
  GtkLabel      *brands_label;
  GtkLabel      *effect_label;
  GtkLabel      *unverified_label;

  /* Owned */
  KgInteraction *interaction;
  char          *language;
  gboolean       patient_wording;
};

G_DEFINE_FINAL_TYPE (KgInteractionRow, kg_interaction_row, GTK_TYPE_LIST_BOX_ROW)

enum { PROP_0, PROP_INTERACTION, PROP_LANGUAGE, PROP_PATIENT_WORDING, N_PROPS };
static GParamSpec *properties[N_PROPS];

/**
 * kg_interaction_row_severity_title:
 * @severity: a severity
 *
 * Returns: (transfer none): its translated one-word name, e.g. "Avoid"
 */
const char *
kg_interaction_row_severity_title (KgSeverity severity)
{
  switch (severity)
    {
    case KG_SEVERITY_AVOID:
      return C_("severity", "Avoid");
    case KG_SEVERITY_MODIFY:
      return C_("severity", "Modify");
    case KG_SEVERITY_MONITOR:
      return C_("severity", "Monitor");
    case KG_SEVERITY_MINOR:
      return C_("severity", "Minor");
    case KG_SEVERITY_UNRATED:
    default:
      return C_("severity", "Unrated");
    }
}

/**
 * kg_interaction_row_severity_meaning:
 * @severity: a severity
 *
 * Returns: (transfer none): a translated sentence saying what the rating means
 */
const char *
kg_interaction_row_severity_meaning (KgSeverity severity)
{
  switch (severity)
    {
    case KG_SEVERITY_AVOID:
      return _("Generally not to be used together: the risk outweighs the benefit.");
    case KG_SEVERITY_MODIFY:
      return _("Change the plan: adjust the dose, timing or monitoring, or choose another "
               "option.");
    case KG_SEVERITY_MONITOR:
      return _("Usually possible together: watch for the effect described.");
    case KG_SEVERITY_MINOR:
      return _("Little clinical effect is expected.");
    case KG_SEVERITY_UNRATED:
    default:
      return _("No evidence was found for this claim, so it has no rating.");
    }
}

/**
 * kg_interaction_row_severity_css_class:
 * @severity: a severity
 *
 * Returns: (transfer none): the style class of its badge, e.g. "kg-severity-avoid"
 */
const char *
kg_interaction_row_severity_css_class (KgSeverity severity)
{
  static const char * const classes[] = {
    [KG_SEVERITY_AVOID] = "kg-severity-avoid",
    [KG_SEVERITY_MODIFY] = "kg-severity-modify",
    [KG_SEVERITY_MONITOR] = "kg-severity-monitor",
    [KG_SEVERITY_MINOR] = "kg-severity-minor",
    [KG_SEVERITY_UNRATED] = "kg-severity-unrated",
  };

  g_return_val_if_fail (severity <= KG_SEVERITY_UNRATED, classes[KG_SEVERITY_UNRATED]);
  return classes[severity];
}

/**
 * kg_interaction_row_kind_title:
 * @kind: a kind of entry
 *
 * Returns: (transfer none): its translated name, e.g. "Condition"
 */
const char *
kg_interaction_row_kind_title (KgInteractionKind kind)
{
  switch (kind)
    {
    case KG_INTERACTION_KIND_DRUG:
      return _("Drug interaction");
    case KG_INTERACTION_KIND_CONDITION:
      return _("Condition");
    case KG_INTERACTION_KIND_FOOD:
    default:
      return _("Food or supplement");
    }
}

/**
 * kg_interaction_row_evidence_title:
 * @evidence: a strength of evidence
 *
 * Returns: (transfer none): its translated name, e.g. "Case report"
 */
const char *
kg_interaction_row_evidence_title (KgEvidence evidence)
{
  switch (evidence)
    {
    case KG_EVIDENCE_LABEL:
      return _("Prescribing information");
    case KG_EVIDENCE_STUDY:
      return _("Clinical study");
    case KG_EVIDENCE_CASE_REPORT:
      return _("Case report");
    case KG_EVIDENCE_PATIENT_GUIDE:
    default:
      return _("Patient guide, unverified");
    }
}

/**
 * kg_interaction_row_dup_brands:
 * @interaction: an entry
 *
 * Returns: (transfer full) (nullable): its brand names joined with commas, or
 *   %NULL when it has none
 */
char *
kg_interaction_row_dup_brands (KgInteraction *interaction)
{
  const char * const *brands = kg_interaction_get_brands (interaction);

  if (brands == NULL || brands[0] == NULL)
    return NULL;
  /* TRANSLATORS: separates brand names, as in "Prozac, Sarafem" */
  return g_strjoinv (_(", "), (char **) brands);
}

static void
update (KgInteractionRow *self)
{
  KgInteraction *interaction = self->interaction;
  KgSeverity severity = kg_interaction_get_severity (interaction);
  gboolean unverified = kg_interaction_get_evidence (interaction) == KG_EVIDENCE_PATIENT_GUIDE;
  const char *name = kg_text_get (kg_interaction_get_name (interaction), self->language,
                                  self->patient_wording);
  const char *effect = kg_text_get (kg_interaction_get_effect (interaction), self->language,
                                    self->patient_wording);
  g_autofree char *brands = kg_interaction_row_dup_brands (interaction);
  g_autofree char *brands_line = NULL;
  GString *description = g_string_new (NULL);

  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->severity_label, kg_interaction_row_severity_title (severity));
  for (KgSeverity s = KG_SEVERITY_AVOID; s <= KG_SEVERITY_UNRATED; s++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->severity_label),
                                 kg_interaction_row_severity_css_class (s));
  gtk_widget_add_css_class (GTK_WIDGET (self->severity_label),
                            kg_interaction_row_severity_css_class (severity));
  gtk_label_set_text (self->effect_label, effect);
  gtk_widget_set_visible (GTK_WIDGET (self->unverified_label), unverified);
  if (brands != NULL)
    brands_line = g_strdup_printf (_("Brands: %s"), brands);
  gtk_label_set_text (self->brands_label, brands_line != NULL ? brands_line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->brands_label), brands_line != NULL);

  /* GTK 4.8 does not name a row after its labels: say it all in one name. */
  g_string_append_printf (description, _("%s, severity: %s"), name,
                          kg_interaction_row_severity_title (severity));
  if (brands_line != NULL)
    g_string_append_printf (description, ". %s", brands_line);
  g_string_append_printf (description, ". %s", effect);
  if (unverified)
    g_string_append_printf (description, " %s", gtk_label_get_text (self->unverified_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description->str,
                                  -1);
  g_string_free (description, TRUE);
}

static void
kg_interaction_row_dispose (GObject *object)
{
  KgInteractionRow *self = (KgInteractionRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_INTERACTION_ROW);
  g_clear_object (&self->interaction);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kg_interaction_row_parent_class)->dispose (object);
}

static void
kg_interaction_row_constructed (GObject *object)
{
  KgInteractionRow *self = (KgInteractionRow *) object;

  G_OBJECT_CLASS (kg_interaction_row_parent_class)->constructed (object);

  g_return_if_fail (KG_IS_INTERACTION (self->interaction));
  update (self);
}

static void
kg_interaction_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KgInteractionRow *self = (KgInteractionRow *) object;

  switch (prop_id)
    {
    case PROP_INTERACTION:
      g_value_set_object (value, self->interaction);
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
kg_interaction_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KgInteractionRow *self = (KgInteractionRow *) object;

  switch (prop_id)
    {
    case PROP_INTERACTION:
      self->interaction = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      kg_interaction_row_set_language (self, g_value_get_string (value));
      break;
    case PROP_PATIENT_WORDING:
      kg_interaction_row_set_patient_wording (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_interaction_row_class_init (KgInteractionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kg_interaction_row_dispose;
  object_class->constructed = kg_interaction_row_constructed;
  object_class->get_property = kg_interaction_row_get_property;
  object_class->set_property = kg_interaction_row_set_property;

  properties[PROP_INTERACTION] =
    g_param_spec_object ("interaction", NULL, NULL, KG_TYPE_INTERACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT_WORDING] =
    g_param_spec_boolean ("patient-wording", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-interaction-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KgInteractionRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionRow, severity_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionRow, brands_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionRow, effect_label);
  gtk_widget_class_bind_template_child (widget_class, KgInteractionRow, unverified_label);
}

static void
kg_interaction_row_init (KgInteractionRow *self)
{
  self->language = g_strdup (kg_text_get_default_language ());
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kg_interaction_row_new:
 * @interaction: the entry to show
 * @language: (nullable): the content language, e.g. "es"
 * @patient_wording: whether to show the plain-language wording
 *
 * Returns: (transfer full): a new row
 */
KgInteractionRow *
kg_interaction_row_new (KgInteraction *interaction,
                        const char    *language,
                        gboolean       patient_wording)
{
  g_return_val_if_fail (KG_IS_INTERACTION (interaction), NULL);

  return g_object_new (KG_TYPE_INTERACTION_ROW,
                       "language", language,
                       "patient-wording", patient_wording,
                       "interaction", interaction,
                       NULL);
}

/**
 * kg_interaction_row_get_interaction:
 * @self: a row
 *
 * Returns: (transfer none): the entry it shows
 */
KgInteraction *
kg_interaction_row_get_interaction (KgInteractionRow *self)
{
  g_return_val_if_fail (KG_IS_INTERACTION_ROW (self), NULL);
  return self->interaction;
}

/**
 * kg_interaction_row_set_language:
 * @self: a row
 * @language: (nullable): the content language
 *
 * Re-renders the row in @language.
 */
void
kg_interaction_row_set_language (KgInteractionRow *self,
                                 const char       *language)
{
  g_return_if_fail (KG_IS_INTERACTION_ROW (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  if (self->interaction != NULL)
    update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * kg_interaction_row_set_patient_wording:
 * @self: a row
 * @patient_wording: whether to show the plain-language wording
 *
 * Re-renders the row in the chosen wording.
 */
void
kg_interaction_row_set_patient_wording (KgInteractionRow *self,
                                        gboolean          patient_wording)
{
  g_return_if_fail (KG_IS_INTERACTION_ROW (self));

  patient_wording = !!patient_wording;
  if (self->patient_wording == patient_wording)
    return;
  self->patient_wording = patient_wording;
  if (self->interaction != NULL)
    update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_WORDING]);
}
