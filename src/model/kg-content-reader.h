/* kg-content-reader.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cjson/cJSON.h>
#include <glib.h>

#include "kg-text.h"

G_BEGIN_DECLS

#define KG_CONTENT_ERROR (kg_content_error_quark ())

typedef enum
{
  KG_CONTENT_ERROR_MISSING_FILE,
  KG_CONTENT_ERROR_TOO_LARGE,
  KG_CONTENT_ERROR_ENCODING,
  KG_CONTENT_ERROR_SYNTAX,
  KG_CONTENT_ERROR_NESTING,
  KG_CONTENT_ERROR_SCHEMA_VERSION,
  KG_CONTENT_ERROR_MISSING_FIELD,
  KG_CONTENT_ERROR_WRONG_TYPE,
  KG_CONTENT_ERROR_EMPTY,
  KG_CONTENT_ERROR_INVALID_VALUE,
  KG_CONTENT_ERROR_OUT_OF_RANGE,
  KG_CONTENT_ERROR_DUPLICATE_ID,
  KG_CONTENT_ERROR_DANGLING_SOURCE,
  KG_CONTENT_ERROR_ORDER,
  KG_CONTENT_ERROR_DUPLICATE_KEY,
} KgContentError;

/* Limits every content file is held to. */
#define KG_CONTENT_MAX_FILE_SIZE (1024 * 1024)
#define KG_CONTENT_MAX_DEPTH     64
#define KG_CONTENT_SCHEMA_VERSION 1

GQuark kg_content_error_quark (void);

/**
 * KgContentReader:
 *
 * Reads one content file and validates it field by field. Every problem is
 * appended to the shared problem list as a #GError whose message names the
 * file, the entry (id, or position when the id is unusable) and the field,
 * with what was expected and what was found. Reading goes on after a problem
 * so that a content editor sees all of them at once.
 */
typedef struct _KgContentReader KgContentReader;

KgContentReader *kg_content_reader_new          (const char       *file_name,
                                                 GPtrArray        *problems,
                                                 GHashTable       *reference_ids);
void             kg_content_reader_free         (KgContentReader  *self);
void             kg_content_reader_set_max_size (KgContentReader  *self,
                                                 gsize             max_size);
const cJSON     *kg_content_reader_parse        (KgContentReader  *self,
                                                 const char       *data,
                                                 gsize             length);
guint            kg_content_reader_get_n_problems (KgContentReader *self);
const char      *kg_content_reader_get_file_name  (KgContentReader *self);
GHashTable      *kg_content_reader_get_ids        (KgContentReader *self);

void             kg_content_reader_begin_entry  (KgContentReader  *self,
                                                 const char       *what,
                                                 guint             index,
                                                 const cJSON      *entry);
void             kg_content_reader_end_entry    (KgContentReader  *self);
gboolean         kg_content_reader_expect_object (KgContentReader *self,
                                                  const cJSON     *entry);
const char      *kg_content_reader_read_id      (KgContentReader  *self,
                                                 const cJSON      *entry);
char            *kg_content_reader_read_string  (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 gboolean          required);
KgText          *kg_content_reader_read_text    (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 gboolean          required);
char           **kg_content_reader_read_strings (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 gboolean          required);
char           **kg_content_reader_read_sources (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field);
gboolean         kg_content_reader_read_number  (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 double            min,
                                                 double            max,
                                                 gboolean          required,
                                                 double           *value);
gboolean         kg_content_reader_read_int     (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 int               min,
                                                 int               max,
                                                 gboolean          required,
                                                 int              *value);
gboolean         kg_content_reader_read_bool    (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 gboolean          required,
                                                 gboolean         *value);
int              kg_content_reader_read_enum    (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 const char * const *allowed,
                                                 gboolean          required);
const cJSON     *kg_content_reader_read_array   (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 gboolean          required);
const cJSON     *kg_content_reader_read_object  (KgContentReader  *self,
                                                 const cJSON      *object,
                                                 const char       *field,
                                                 gboolean          required);
void             kg_content_reader_add_problem  (KgContentReader  *self,
                                                 KgContentError    code,
                                                 const char       *field,
                                                 const char       *format,
                                                 ...) G_GNUC_PRINTF (4, 5);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgContentReader, kg_content_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

G_END_DECLS
