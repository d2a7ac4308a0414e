/* kg-search.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-interaction.h"

G_BEGIN_DECLS

/**
 * KgSearchMatch:
 * @KG_SEARCH_MATCH_NONE: some query word matches no word of the entry
 * @KG_SEARCH_MATCH_TYPO: every query word matches, at least one only with one typo
 * @KG_SEARCH_MATCH_PREFIX: every query word is a word or the start of a word,
 *   at least one only the start
 * @KG_SEARCH_MATCH_EXACT: every query word is a whole word of the entry (or
 *   the query is empty)
 *
 * How well an entry matches a query; a greater value is a better match.
 */
typedef enum
{
  KG_SEARCH_MATCH_NONE,
  KG_SEARCH_MATCH_TYPO,
  KG_SEARCH_MATCH_PREFIX,
  KG_SEARCH_MATCH_EXACT,
} KgSearchMatch;

/* Query words shorter than this (in characters) must match without a typo. */
#define KG_SEARCH_MIN_TYPO_LENGTH 5

#define KG_TYPE_SEARCH (kg_search_get_type ())

G_DECLARE_FINAL_TYPE (KgSearch, kg_search, KG, SEARCH, GObject)

char          *kg_search_fold              (const char         *text);
char         **kg_search_tokenize          (const char         *text);
char         **kg_search_dup_terms         (KgInteraction      *interaction);
guint          kg_search_distance          (const char         *a,
                                            const char         *b,
                                            gboolean            prefix);
KgSearchMatch  kg_search_match_word        (const char         *query_word,
                                            const char         *term_word);
KgSearchMatch  kg_search_match_words       (const char * const *query_words,
                                            const char * const *term_words);

KgSearch      *kg_search_new               (GListModel         *interactions);
void           kg_search_set_query         (KgSearch           *self,
                                            const char         *query);
const char    *kg_search_get_query         (KgSearch           *self);
void           kg_search_set_language      (KgSearch           *self,
                                            const char         *language,
                                            gboolean            patient);
KgSearchMatch  kg_search_get_match         (KgSearch           *self,
                                            KgInteraction      *interaction);
int            kg_search_compare           (KgSearch           *self,
                                            KgInteraction      *a,
                                            KgInteraction      *b);
GPtrArray     *kg_search_run               (KgSearch           *self,
                                            const char         *query);

G_END_DECLS
