/* kg-interaction-row.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-interaction.h"

G_BEGIN_DECLS

#define KG_TYPE_INTERACTION_ROW (kg_interaction_row_get_type ())

G_DECLARE_FINAL_TYPE (KgInteractionRow, kg_interaction_row, KG, INTERACTION_ROW, GtkListBoxRow)

KgInteractionRow *kg_interaction_row_new               (KgInteraction    *interaction,
                                                        const char       *language,
                                                        gboolean          patient_wording);
KgInteraction    *kg_interaction_row_get_interaction   (KgInteractionRow *self);
void              kg_interaction_row_set_language      (KgInteractionRow *self,
                                                        const char       *language);
void              kg_interaction_row_set_patient_wording (KgInteractionRow *self,
                                                          gboolean          patient_wording);

const char       *kg_interaction_row_severity_title    (KgSeverity        severity);
const char       *kg_interaction_row_severity_meaning  (KgSeverity        severity);
const char       *kg_interaction_row_severity_css_class (KgSeverity       severity);
const char       *kg_interaction_row_kind_title        (KgInteractionKind kind);
const char       *kg_interaction_row_evidence_title    (KgEvidence        evidence);
char             *kg_interaction_row_dup_brands        (KgInteraction    *interaction);

G_END_DECLS
