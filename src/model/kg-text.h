/* kg-text.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KG_TYPE_TEXT (kg_text_get_type ())

/**
 * KgText:
 *
 * A user-visible string from the content, with its translations and its
 * plain-language (patient) wording. Immutable once loaded; reference counted.
 */
typedef struct _KgText KgText;

GType       kg_text_get_type       (void) G_GNUC_CONST;
KgText     *kg_text_new            (const char   *english);
KgText     *kg_text_ref            (KgText       *self);
void        kg_text_unref          (KgText       *self);
void        kg_text_set            (KgText       *self,
                                    const char   *language,
                                    gboolean      patient,
                                    const char   *value);
const char *kg_text_get            (const KgText *self,
                                    const char   *language,
                                    gboolean      patient);
gboolean    kg_text_has            (const KgText *self,
                                    const char   *language,
                                    gboolean      patient);
const char *kg_text_get_english    (const KgText *self);
const char *kg_text_get_default_language (void);
gboolean    kg_text_replace_language     (char        **language,
                                          const char   *new_language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgText, kg_text_unref)

G_END_DECLS
