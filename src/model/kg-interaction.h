/* kg-interaction.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-content-reader.h"
#include "kg-text.h"

G_BEGIN_DECLS

typedef enum
{
  KG_INTERACTION_KIND_DRUG,
  KG_INTERACTION_KIND_CONDITION,
  KG_INTERACTION_KIND_FOOD,
} KgInteractionKind;

/* Ordered from most to least serious: results sort by this value. */
typedef enum
{
  KG_SEVERITY_AVOID,
  KG_SEVERITY_MODIFY,
  KG_SEVERITY_MONITOR,
  KG_SEVERITY_MINOR,
  KG_SEVERITY_UNRATED,
} KgSeverity;

typedef enum
{
  KG_EVIDENCE_LABEL,
  KG_EVIDENCE_STUDY,
  KG_EVIDENCE_CASE_REPORT,
  KG_EVIDENCE_PATIENT_GUIDE,
} KgEvidence;

#define KG_TYPE_INTERACTION (kg_interaction_get_type ())

G_DECLARE_FINAL_TYPE (KgInteraction, kg_interaction, KG, INTERACTION, GObject)

gboolean             kg_interactions_parse              (KgContentReader *reader,
                                                         const cJSON     *root,
                                                         GListStore      *store);

const char          *kg_interaction_get_id              (KgInteraction *self);
KgInteractionKind    kg_interaction_get_kind            (KgInteraction *self);
KgText              *kg_interaction_get_name            (KgInteraction *self);
const char * const  *kg_interaction_get_generic_names   (KgInteraction *self);
const char * const  *kg_interaction_get_brands          (KgInteraction *self);
const char * const  *kg_interaction_get_classes         (KgInteraction *self);
const char * const  *kg_interaction_get_keywords        (KgInteraction *self);
KgSeverity           kg_interaction_get_severity        (KgInteraction *self);
KgText              *kg_interaction_get_effect          (KgInteraction *self);
KgText              *kg_interaction_get_mechanism       (KgInteraction *self);
KgText              *kg_interaction_get_action          (KgInteraction *self);
KgText              *kg_interaction_get_applies_to      (KgInteraction *self);
KgEvidence           kg_interaction_get_evidence        (KgInteraction *self);
const char * const  *kg_interaction_get_sources         (KgInteraction *self);

const char          *kg_severity_to_string              (KgSeverity severity);
const char          *kg_interaction_kind_to_string      (KgInteractionKind kind);
const char          *kg_evidence_to_string              (KgEvidence evidence);

G_END_DECLS
