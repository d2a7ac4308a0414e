/* kg-interaction.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-interaction.h"

struct _KgInteraction
{
  GObject            parent_instance;

  /* Owned */
  char              *id;
  KgText            *name;
  char             **generic_names;
  char             **brands;
  char             **classes;
  char             **keywords;
  KgText            *effect;
  KgText            *mechanism;
  KgText            *action;
  KgText            *applies_to;
  char             **sources;

  KgInteractionKind  kind;
  KgSeverity         severity;
  KgEvidence         evidence;
};

G_DEFINE_FINAL_TYPE (KgInteraction, kg_interaction, G_TYPE_OBJECT)

/* The spellings used in the JSON, in enum order. */
static const char * const kind_names[] = { "drug", "condition", "food", NULL };
static const char * const severity_names[] = {
  "avoid", "modify", "monitor", "minor", "unrated", NULL
};
static const char * const evidence_names[] = {
  "label", "study", "case-report", "patient-guide", NULL
};

static void
kg_interaction_finalize (GObject *object)
{
  KgInteraction *self = (KgInteraction *) object;

  g_free (self->id);
  g_clear_pointer (&self->name, kg_text_unref);
  g_strfreev (self->generic_names);
  g_strfreev (self->brands);
  g_strfreev (self->classes);
  g_strfreev (self->keywords);
  g_clear_pointer (&self->effect, kg_text_unref);
  g_clear_pointer (&self->mechanism, kg_text_unref);
  g_clear_pointer (&self->action, kg_text_unref);
  g_clear_pointer (&self->applies_to, kg_text_unref);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (kg_interaction_parent_class)->finalize (object);
}

static void
kg_interaction_class_init (KgInteractionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_interaction_finalize;
}

static void
kg_interaction_init (KgInteraction *self)
{
}

static KgInteraction *
parse_one (KgContentReader *reader,
           const cJSON     *entry)
{
  g_autoptr (KgInteraction) self = g_object_new (KG_TYPE_INTERACTION, NULL);
  guint problems = kg_content_reader_get_n_problems (reader);
  const char *id = kg_content_reader_read_id (reader, entry);
  int kind = kg_content_reader_read_enum (reader, entry, "kind", kind_names, TRUE);
  int severity;
  int evidence;

  self->name = kg_content_reader_read_text (reader, entry, "name", TRUE);
  self->generic_names = kg_content_reader_read_strings (reader, entry, "generic_names", FALSE);
  self->brands = kg_content_reader_read_strings (reader, entry, "brands", FALSE);
  self->classes = kg_content_reader_read_strings (reader, entry, "classes", FALSE);
  self->keywords = kg_content_reader_read_strings (reader, entry, "keywords", FALSE);
  severity = kg_content_reader_read_enum (reader, entry, "severity", severity_names, TRUE);
  self->effect = kg_content_reader_read_text (reader, entry, "effect", TRUE);
  self->mechanism = kg_content_reader_read_text (reader, entry, "mechanism", TRUE);
  self->action = kg_content_reader_read_text (reader, entry, "action", TRUE);
  self->applies_to = kg_content_reader_read_text (reader, entry, "applies_to", FALSE);
  evidence = kg_content_reader_read_enum (reader, entry, "evidence", evidence_names, TRUE);
  self->sources = kg_content_reader_read_sources (reader, entry, "sources");

  if (kg_content_reader_get_n_problems (reader) != problems)
    return NULL;

  self->id = g_strdup (id);
  self->kind = kind;
  self->severity = severity;
  self->evidence = evidence;
  return g_steal_pointer (&self);
}

/**
 * kg_interactions_parse:
 * @reader: the reader of interactions.json
 * @root: its top-level object
 * @store: (element-type KgInteraction): where valid entries are appended
 *
 * Returns: whether every entry was valid
 */
gboolean
kg_interactions_parse (KgContentReader *reader,
                       const cJSON     *root,
                       GListStore      *store)
{
  guint problems = kg_content_reader_get_n_problems (reader);
  const cJSON *array = kg_content_reader_read_array (reader, root, "interactions", TRUE);
  const cJSON *entry;
  guint index = 0;

  cJSON_ArrayForEach (entry, array)
    {
      g_autoptr (KgInteraction) interaction = NULL;

      kg_content_reader_begin_entry (reader, "entry", index++, entry);
      if (kg_content_reader_expect_object (reader, entry)
          && (interaction = parse_one (reader, entry)) != NULL)
        g_list_store_append (store, interaction);
      kg_content_reader_end_entry (reader);
    }
  return kg_content_reader_get_n_problems (reader) == problems;
}

#define GETTER(type, name, field)                      \
  type                                                 \
  kg_interaction_get_##name (KgInteraction *self)      \
  {                                                    \
    g_return_val_if_fail (KG_IS_INTERACTION (self), 0); \
    return (type) self->field;                         \
  }

/* Plain accessors of the loaded, immutable entry. */
GETTER (const char *, id, id)
GETTER (KgInteractionKind, kind, kind)
GETTER (KgText *, name, name)
GETTER (const char * const *, generic_names, generic_names)
GETTER (const char * const *, brands, brands)
GETTER (const char * const *, classes, classes)
GETTER (const char * const *, keywords, keywords)
GETTER (KgSeverity, severity, severity)
GETTER (KgText *, effect, effect)
GETTER (KgText *, mechanism, mechanism)
GETTER (KgText *, action, action)
GETTER (KgText *, applies_to, applies_to)
GETTER (KgEvidence, evidence, evidence)
GETTER (const char * const *, sources, sources)

/**
 * kg_severity_to_string:
 * @severity: a #KgSeverity
 *
 * Returns: (transfer none): its JSON spelling, e.g. "avoid"
 */
const char *
kg_severity_to_string (KgSeverity severity)
{
  g_return_val_if_fail (severity <= KG_SEVERITY_UNRATED, NULL);
  return severity_names[severity];
}

/**
 * kg_interaction_kind_to_string:
 * @kind: a #KgInteractionKind
 *
 * Returns: (transfer none): its JSON spelling, e.g. "condition"
 */
const char *
kg_interaction_kind_to_string (KgInteractionKind kind)
{
  g_return_val_if_fail (kind <= KG_INTERACTION_KIND_FOOD, NULL);
  return kind_names[kind];
}

/**
 * kg_evidence_to_string:
 * @evidence: a #KgEvidence
 *
 * Returns: (transfer none): its JSON spelling, e.g. "patient-guide"
 */
const char *
kg_evidence_to_string (KgEvidence evidence)
{
  g_return_val_if_fail (evidence <= KG_EVIDENCE_PATIENT_GUIDE, NULL);
  return evidence_names[evidence];
}
