/* kg-reference.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-content-reader.h"
#include "kg-text.h"

G_BEGIN_DECLS

typedef enum
{
  KG_REFERENCE_JOURNAL,
  KG_REFERENCE_LABEL,
  KG_REFERENCE_BOOK,
  KG_REFERENCE_SEED,
  KG_REFERENCE_PATIENT_GUIDE,
  KG_REFERENCE_WEB,
} KgReferenceKind;

#define KG_TYPE_REFERENCE (kg_reference_get_type ())

G_DECLARE_FINAL_TYPE (KgReference, kg_reference, KG, REFERENCE, GObject)

gboolean         kg_references_parse          (KgContentReader *reader,
                                               const cJSON     *root,
                                               GListStore      *store);

const char      *kg_reference_get_id          (KgReference *self);
KgReferenceKind  kg_reference_get_kind        (KgReference *self);
const char      *kg_reference_get_authors     (KgReference *self);
KgText          *kg_reference_get_title       (KgReference *self);
KgText          *kg_reference_get_container   (KgReference *self);
int              kg_reference_get_year        (KgReference *self);
KgText          *kg_reference_get_details     (KgReference *self);
const char      *kg_reference_get_doi         (KgReference *self);
const char      *kg_reference_get_pmid        (KgReference *self);
KgText          *kg_reference_get_note        (KgReference *self);
char            *kg_reference_format          (KgReference *self,
                                               const char  *language);
char            *kg_reference_dup_doi_uri     (KgReference *self);

G_END_DECLS
