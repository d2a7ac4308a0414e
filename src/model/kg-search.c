/* kg-search.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "kg-search.h"

/* Search over the interactions: every query word must match a word of the
 * entry's names (English and Spanish), generic names, brands, classes or
 * keywords, as a whole word, as the start of a word, or — for words of five
 * letters or more — with one typo. GLib's g_str_match_string() does the middle
 * case only and keeps accents on the query side, so words are folded here:
 * case-folded, decomposed, combining marks dropped ("Hipertensión" →
 * "hipertension"). */

struct _KgSearch
{
  GObject     parent_instance;

  /* Owned */
  GListModel *interactions;
  GHashTable *entries;     /* KgInteraction → SearchEntry */
  guint       query_serial;    /* bumped by each new query: older matches are stale */
  guint       language_serial; /* bumped by each new language: older sort keys are stale */
  char       *query;
  char      **query_words;
  GArray     *decoded_query;   /* of QueryWord, pointing into query_words */
  char       *language;
  gboolean    patient;
};

G_DEFINE_FINAL_TYPE (KgSearch, kg_search, G_TYPE_OBJECT)

/* What a search keeps per entry, so that a keystroke costs one hash lookup
 * per entry and a comparison two, and nothing is freed between keystrokes. */
typedef struct
{
  char           *terms;            /* folded words, each nul-terminated, then an empty one:
                                     * one block, so matching reads memory in order */
  char           *sort_key;         /* folded name, or NULL */
  guint           match_serial;     /* query_serial when match was computed */
  guint           sort_key_serial;  /* language_serial when sort_key was computed */
  KgSearchMatch   match;
} SearchEntry;

static SearchEntry *
search_entry_new (KgInteraction *interaction)
{
  SearchEntry *entry = g_new0 (SearchEntry, 1);
  g_auto (GStrv) words = kg_search_dup_terms (interaction);
  GString *packed = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    g_string_append_len (packed, words[i], strlen (words[i]) + 1);
  g_string_append_c (packed, '\0');
  entry->terms = g_string_free (packed, FALSE);
  return entry;
}

static void
search_entry_free (SearchEntry *entry)
{
  g_free (entry->terms);
  g_free (entry->sort_key);
  g_free (entry);
}

/**
 * kg_search_fold:
 * @text: UTF-8 text
 *
 * Folds @text for comparison: case-folded, compatibility-decomposed (so "ﬁ"
 * is "fi"), with combining marks removed (so "é" is "e").
 *
 * Returns: (transfer full): the folded text
 */
char *
kg_search_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *result;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  folded = g_utf8_casefold (valid, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  result = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (result, c);
    }
  return g_string_free (result, FALSE);
}

/**
 * kg_search_tokenize:
 * @text: UTF-8 text, e.g. "CYP3A4 inhibitor" or "St John's wort"
 *
 * Splits @text into folded words: runs of letters and digits, so
 * "CYP3A4 inhibitor" gives "cyp3a4" and "inhibitor".
 *
 * Returns: (transfer full) (array zero-terminated=1): the words, possibly none
 */
char **
kg_search_tokenize (const char *text)
{
  g_autofree char *folded = NULL;
  g_autoptr (GStrvBuilder) words = g_strv_builder_new ();
  const char *start = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  folded = kg_search_fold (text);
  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gboolean in_word = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          g_autofree char *word = g_strndup (start, p - start);

          g_strv_builder_add (words, word);
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return g_strv_builder_end (words);
}

static void
add_words (GPtrArray  *terms,
           GHashTable *seen,
           const char *text)
{
  g_auto (GStrv) words = NULL;

  if (text == NULL)
    return;
  words = kg_search_tokenize (text);
  for (guint i = 0; words[i] != NULL; i++)
    {
      char *word = g_steal_pointer (&words[i]);

      if (g_hash_table_contains (seen, word))
        {
          g_free (word);
          continue;
        }
      g_hash_table_add (seen, word);
      g_ptr_array_add (terms, word);
    }
}

static void
add_all_words (GPtrArray          *terms,
               GHashTable         *seen,
               const char * const *texts)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    add_words (terms, seen, texts[i]);
}

/**
 * kg_search_dup_terms:
 * @interaction: an entry
 *
 * Collects the words a search looks at: the name in every language (and its
 * patient wording), the generic names, brands, classes and keywords, each
 * folded, each once, in that order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the folded words
 */
char **
kg_search_dup_terms (KgInteraction *interaction)
{
  static const char * const languages[] = { "en", "es" };
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) terms = g_ptr_array_new ();
  KgText *name;

  g_return_val_if_fail (KG_IS_INTERACTION (interaction), NULL);

  name = kg_interaction_get_name (interaction);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (kg_text_has (name, languages[i], FALSE))
        add_words (terms, seen, kg_text_get (name, languages[i], FALSE));
      if (kg_text_has (name, languages[i], TRUE))
        add_words (terms, seen, kg_text_get (name, languages[i], TRUE));
    }
  add_all_words (terms, seen, kg_interaction_get_generic_names (interaction));
  add_all_words (terms, seen, kg_interaction_get_brands (interaction));
  add_all_words (terms, seen, kg_interaction_get_classes (interaction));
  add_all_words (terms, seen, kg_interaction_get_keywords (interaction));

  /* Hand the words over from the set to the vector. */
  g_hash_table_steal_all (seen);
  g_ptr_array_add (terms, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&terms), FALSE);
}

/**
 * kg_search_distance:
 * @a: a folded word (the query word)
 * @b: a folded word (the term word)
 * @prefix: whether to measure @a against the closest start of @b instead of
 *   all of @b
 *
 * The optimal-string-alignment (restricted Damerau–Levenshtein) distance,
 * counted in characters: insertions, deletions, substitutions and swaps of
 * two neighbours each cost one. With @prefix, the smallest distance between
 * @a and any prefix of @b, so "benzodiazipine" is one from "benzodiazepines".
 *
 * Returns: the number of edits
 */
guint
kg_search_distance (const char *a,
                    const char *b,
                    gboolean    prefix)
{
  g_autofree gunichar *s = NULL;
  g_autofree gunichar *t = NULL;
  g_autofree guint *rows = NULL;
  glong m = 0;
  glong n = 0;
  guint *before;
  guint *previous;
  guint *current;
  guint best;

  g_return_val_if_fail (a != NULL, G_MAXUINT);
  g_return_val_if_fail (b != NULL, G_MAXUINT);

  s = g_utf8_to_ucs4_fast (a, -1, &m);
  t = g_utf8_to_ucs4_fast (b, -1, &n);
  /* A prefix of @b further than one edit from @a's length is never the
   * closest, and cutting @b keeps a huge content word cheap. */
  if (prefix && n > m + 1)
    n = m + 1;

  rows = g_new (guint, 3 * (n + 1));
  before = rows;
  previous = rows + (n + 1);
  current = rows + 2 * (n + 1);
  for (glong j = 0; j <= n; j++)
    previous[j] = j;

  for (glong i = 1; i <= m; i++)
    {
      guint *spare;

      current[0] = i;
      for (glong j = 1; j <= n; j++)
        {
          guint cost = s[i - 1] == t[j - 1] ? 0 : 1;
          guint value = MIN (previous[j] + 1, current[j - 1] + 1);

          value = MIN (value, previous[j - 1] + cost);
          if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
            value = MIN (value, before[j - 2] + 1);
          current[j] = value;
        }
      spare = before;
      before = previous;
      previous = current;
      current = spare;
    }

  best = previous[n];
  if (prefix)
    {
      for (glong j = 0; j < n; j++)
        best = MIN (best, previous[j]);
    }
  return best;
}

/**
 * kg_search_match_word:
 * @query_word: one folded query word
 * @term_word: one folded word of an entry
 *
 * Returns: %KG_SEARCH_MATCH_EXACT when the words are equal,
 *   %KG_SEARCH_MATCH_PREFIX when @term_word starts with @query_word,
 *   %KG_SEARCH_MATCH_TYPO when @query_word has at least
 *   %KG_SEARCH_MIN_TYPO_LENGTH characters and is one edit from @term_word or
 *   from a start of it, otherwise %KG_SEARCH_MATCH_NONE
 */
KgSearchMatch
kg_search_match_word (const char *query_word,
                      const char *term_word)
{
  const char *query_words[] = { query_word, NULL };
  const char *term_words[] = { term_word, NULL };

  g_return_val_if_fail (query_word != NULL, KG_SEARCH_MATCH_NONE);
  g_return_val_if_fail (term_word != NULL, KG_SEARCH_MATCH_NONE);

  if (*term_word == '\0')
    return *query_word == '\0' ? KG_SEARCH_MATCH_EXACT : KG_SEARCH_MATCH_NONE;
  return kg_search_match_words (query_words, term_words);
}

/* Words longer than this go through kg_search_distance(); folded drug names
 * and keywords are far shorter. */
#define FAST_MAX_CHARS 64

/* A query word, decoded once per query rather than once per entry word. */
typedef struct
{
  const char *text;
  gunichar    chars[FAST_MAX_CHARS];
  glong       length;   /* in characters; -1 when longer than FAST_MAX_CHARS */
} QueryWord;

static void
query_word_init (QueryWord  *word,
                 const char *text)
{
  word->text = text;
  word->length = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (word->length == FAST_MAX_CHARS)
        {
          word->length = -1;
          return;
        }
      word->chars[word->length++] = g_utf8_get_char (p);
    }
}

static gboolean
chars_equal (const gunichar *a,
             const gunichar *b,
             glong           n)
{
  for (glong i = 0; i < n; i++)
    {
      if (a[i] != b[i])
        return FALSE;
    }
  return TRUE;
}

/* Whether @a (@m characters) is at most one edit — an insertion, a deletion,
 * a substitution or a swap of neighbours — from some prefix of @b (@n
 * characters): kg_search_distance (a, b, TRUE) <= 1 in O(m), without
 * allocating. With one edit, the edit can always be placed at the first
 * position where the two differ, so only four cases remain. */
static gboolean
within_one_edit_of_prefix (const gunichar *a,
                           glong           m,
                           const gunichar *b,
                           glong           n)
{
  glong i = 0;

  while (i < m && i < n && a[i] == b[i])
    i++;
  if (i == m)
    return TRUE;
  /* Substitution of a[i]. */
  if (n >= m && chars_equal (a + i + 1, b + i + 1, m - i - 1))
    return TRUE;
  /* a[i] is one character too many. */
  if (n >= m - 1 && chars_equal (a + i + 1, b + i, m - i - 1))
    return TRUE;
  /* b[i] is missing from a. */
  if (n >= m + 1 && chars_equal (a + i, b + i + 1, m - i))
    return TRUE;
  /* a[i] and a[i + 1] are swapped. */
  return i + 1 < m && n >= m && a[i] == b[i + 1] && a[i + 1] == b[i]
         && chars_equal (a + i + 2, b + i + 2, m - i - 2);
}

static KgSearchMatch
match_query_word (const QueryWord *query,
                  const char      *term_word)
{
  gunichar term[FAST_MAX_CHARS + 1];
  const char *q = query->text;
  const char *t = term_word;
  glong n = 0;

  /* Equal, or a prefix: one pass over the bytes. */
  while (*q != '\0' && *q == *t)
    {
      q++;
      t++;
    }
  if (*q == '\0')
    return *t == '\0' ? KG_SEARCH_MATCH_EXACT : KG_SEARCH_MATCH_PREFIX;
  if (query->length >= 0 && query->length < KG_SEARCH_MIN_TYPO_LENGTH)
    return KG_SEARCH_MATCH_NONE;
  if (query->length < 0)
    return kg_search_distance (query->text, term_word, TRUE) <= 1 ? KG_SEARCH_MATCH_TYPO
                                                                 : KG_SEARCH_MATCH_NONE;

  /* Differing at the first character, one edit needs the second character
   * of either word to be one of the first two of the other: most words of an
   * entry are ruled out here without decoding them. */
  if (q == query->text && query->length >= 2 && query->chars[0] < 0x80 && query->chars[1] < 0x80
      && (guchar) t[0] < 0x80 && (t[0] == '\0' || (guchar) t[1] < 0x80)
      && (gunichar) t[0] != query->chars[1]
      && (t[0] == '\0' || ((gunichar) t[1] != query->chars[0] && (gunichar) t[1] != query->chars[1])))
    return KG_SEARCH_MATCH_NONE;

  /* A prefix longer than the query word plus one is never within one edit. */
  for (const char *p = term_word; *p != '\0' && n <= query->length;)
    {
      /* Folded words are nearly always ASCII. */
      if ((guchar) *p < 0x80)
        {
          term[n++] = (guchar) *p++;
        }
      else
        {
          term[n++] = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
        }
    }
  return within_one_edit_of_prefix (query->chars, query->length, term, n)
           ? KG_SEARCH_MATCH_TYPO
           : KG_SEARCH_MATCH_NONE;
}

/**
 * kg_search_match_words:
 * @query_words: (array zero-terminated=1): the folded query words
 * @term_words: (array zero-terminated=1): the folded words of an entry
 *
 * Every query word must match some word of the entry, so "CYP3A4 inhibitor"
 * finds an entry with the class "CYP3A4 inhibitor". The entry is as good a
 * match as its weakest query word.
 *
 * Returns: how well the entry matches; %KG_SEARCH_MATCH_EXACT for no query words
 */
/* @terms: the entry's words, each nul-terminated, ending with an empty one. */
static KgSearchMatch
match_decoded_words (const QueryWord *query,
                     guint            n_query,
                     const char      *terms)
{
  KgSearchMatch result = KG_SEARCH_MATCH_EXACT;

  for (guint i = 0; i < n_query; i++)
    {
      KgSearchMatch best = KG_SEARCH_MATCH_NONE;

      for (const char *word = terms; *word != '\0' && best != KG_SEARCH_MATCH_EXACT;
           word += strlen (word) + 1)
        best = MAX (best, match_query_word (&query[i], word));
      if (best == KG_SEARCH_MATCH_NONE)
        return KG_SEARCH_MATCH_NONE;
      result = MIN (result, best);
    }
  return result;
}

static GArray *
decode_query (const char * const *query_words)
{
  GArray *decoded = g_array_new (FALSE, FALSE, sizeof (QueryWord));

  for (guint i = 0; query_words[i] != NULL; i++)
    {
      QueryWord word;

      query_word_init (&word, query_words[i]);
      g_array_append_val (decoded, word);
    }
  return decoded;
}

KgSearchMatch
kg_search_match_words (const char * const *query_words,
                       const char * const *term_words)
{
  g_autoptr (GArray) decoded = NULL;
  g_autoptr (GString) packed = NULL;

  g_return_val_if_fail (query_words != NULL, KG_SEARCH_MATCH_NONE);
  g_return_val_if_fail (term_words != NULL, KG_SEARCH_MATCH_NONE);

  decoded = decode_query (query_words);
  packed = g_string_new (NULL);
  for (guint i = 0; term_words[i] != NULL; i++)
    {
      /* An empty word would end the list early; it matches nothing anyway. */
      if (*term_words[i] != '\0')
        g_string_append_len (packed, term_words[i], strlen (term_words[i]) + 1);
    }
  g_string_append_c (packed, '\0');
  return match_decoded_words ((const QueryWord *) (gpointer) decoded->data, decoded->len,
                              packed->str);
}

static void
kg_search_finalize (GObject *object)
{
  KgSearch *self = (KgSearch *) object;

  g_clear_object (&self->interactions);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);
  g_clear_pointer (&self->decoded_query, g_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (kg_search_parent_class)->finalize (object);
}

static void
kg_search_class_init (KgSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kg_search_finalize;
}

static void
kg_search_init (KgSearch *self)
{
  self->entries = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                         (GDestroyNotify) search_entry_free);
  /* Serials start above the entries' zeroes, so nothing is cached at first. */
  self->query_serial = 1;
  self->language_serial = 1;
  self->query = g_strdup ("");
  self->query_words = g_new0 (char *, 1);
  self->decoded_query = g_array_new (FALSE, FALSE, sizeof (QueryWord));
  self->language = g_strdup (kg_text_get_default_language ());
}

/**
 * kg_search_new:
 * @interactions: (element-type KgInteraction): the entries to search, which
 *   do not change afterwards (a catalogue's)
 *
 * Returns: (transfer full): a search with an empty query, which matches everything
 */
KgSearch *
kg_search_new (GListModel *interactions)
{
  KgSearch *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (interactions), NULL);

  self = g_object_new (KG_TYPE_SEARCH, NULL);
  self->interactions = g_object_ref (interactions);
  n = g_list_model_get_n_items (interactions);
  for (guint i = 0; i < n; i++)
    {
      KgInteraction *interaction = g_list_model_get_item (interactions, i);

      /* The table takes the reference. */
      g_hash_table_insert (self->entries, interaction, search_entry_new (interaction));
    }
  return self;
}

/**
 * kg_search_set_query:
 * @self: a search
 * @query: (nullable): what the user typed; %NULL or no words matches everything
 *
 * Sets the query that kg_search_get_match() and kg_search_compare() use.
 */
void
kg_search_set_query (KgSearch   *self,
                     const char *query)
{
  g_return_if_fail (KG_IS_SEARCH (self));

  if (query == NULL)
    query = "";
  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  g_strfreev (self->query_words);
  self->query_words = kg_search_tokenize (query);
  g_array_unref (self->decoded_query);
  self->decoded_query = decode_query ((const char * const *) self->query_words);
  self->query_serial++;
}

/**
 * kg_search_get_query:
 * @self: a search
 *
 * Returns: (transfer none): the query as typed, "" when none
 */
const char *
kg_search_get_query (KgSearch *self)
{
  g_return_val_if_fail (KG_IS_SEARCH (self), NULL);
  return self->query;
}

/**
 * kg_search_set_language:
 * @self: a search
 * @language: (nullable): the language names are shown in, e.g. "es"
 * @patient: whether names are shown in their patient wording
 *
 * Names sort as they are shown, so "Lamotrigina" sorts under L in Spanish.
 * Matching is not affected: it always looks at every language.
 */
void
kg_search_set_language (KgSearch   *self,
                        const char *language,
                        gboolean    patient)
{
  g_return_if_fail (KG_IS_SEARCH (self));

  patient = !!patient;
  if (g_strcmp0 (self->language, language) == 0 && self->patient == patient)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  self->patient = patient;
  self->language_serial++;
}

/* The entry of @interaction; one not in the searched list gets one too. */
static SearchEntry *
get_entry (KgSearch      *self,
           KgInteraction *interaction)
{
  SearchEntry *entry = g_hash_table_lookup (self->entries, interaction);

  if (entry == NULL)
    {
      entry = search_entry_new (interaction);
      g_hash_table_insert (self->entries, g_object_ref (interaction), entry);
    }
  return entry;
}

static KgSearchMatch
entry_get_match (KgSearch    *self,
                 SearchEntry *entry)
{
  if (self->query_words[0] == NULL)
    return KG_SEARCH_MATCH_EXACT;
  if (entry->match_serial != self->query_serial)
    {
      entry->match = match_decoded_words ((const QueryWord *) (gpointer) self->decoded_query->data,
                                          self->decoded_query->len,
                                          entry->terms);
      entry->match_serial = self->query_serial;
    }
  return entry->match;
}

/**
 * kg_search_get_match:
 * @self: a search
 * @interaction: an entry
 *
 * Returns: how well @interaction matches the current query
 */
KgSearchMatch
kg_search_get_match (KgSearch      *self,
                     KgInteraction *interaction)
{
  g_return_val_if_fail (KG_IS_SEARCH (self), KG_SEARCH_MATCH_NONE);
  g_return_val_if_fail (KG_IS_INTERACTION (interaction), KG_SEARCH_MATCH_NONE);

  return entry_get_match (self, get_entry (self, interaction));
}

static const char *
entry_get_sort_key (KgSearch      *self,
                    SearchEntry   *entry,
                    KgInteraction *interaction)
{
  if (entry->sort_key_serial != self->language_serial)
    {
      g_free (entry->sort_key);
      entry->sort_key = kg_search_fold (kg_text_get (kg_interaction_get_name (interaction),
                                                     self->language, self->patient));
      entry->sort_key_serial = self->language_serial;
    }
  return entry->sort_key;
}

/* Typo matches are less certain, so they go last; exact and prefix matches
 * share a tier so that the list does not reorder as a word is completed. */
static int
match_tier (KgSearchMatch match)
{
  switch (match)
    {
    case KG_SEARCH_MATCH_EXACT:
    case KG_SEARCH_MATCH_PREFIX:
      return 2;
    case KG_SEARCH_MATCH_TYPO:
      return 1;
    case KG_SEARCH_MATCH_NONE:
    default:
      return 0;
    }
}

/**
 * kg_search_compare:
 * @self: a search
 * @a: an entry
 * @b: another entry
 *
 * Orders results for the current query: exact and prefix matches before typo
 * matches, then by severity (avoid, modify, monitor, minor, unrated), then by
 * the name as shown (folded, so case and accents do not matter), then by id.
 *
 * Returns: negative when @a comes first, positive when @b does, 0 when equal
 */
int
kg_search_compare (KgSearch      *self,
                   KgInteraction *a,
                   KgInteraction *b)
{
  SearchEntry *entry_a;
  SearchEntry *entry_b;
  int order;

  g_return_val_if_fail (KG_IS_SEARCH (self), 0);
  g_return_val_if_fail (KG_IS_INTERACTION (a), 0);
  g_return_val_if_fail (KG_IS_INTERACTION (b), 0);

  entry_a = get_entry (self, a);
  entry_b = get_entry (self, b);
  order = match_tier (entry_get_match (self, entry_b)) - match_tier (entry_get_match (self, entry_a));
  if (order != 0)
    return order;
  order = (int) kg_interaction_get_severity (a) - (int) kg_interaction_get_severity (b);
  if (order != 0)
    return order;
  order = strcmp (entry_get_sort_key (self, entry_a, a), entry_get_sort_key (self, entry_b, b));
  if (order != 0)
    return order;
  return strcmp (kg_interaction_get_id (a), kg_interaction_get_id (b));
}

/* One result with what kg_search_compare() looks at, gathered once, so that
 * sorting thousands of results needs no hash lookups. */
typedef struct
{
  KgInteraction *interaction;
  const char    *sort_key;
  const char    *id;
  int            tier;
  int            severity;
} Result;

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const Result *x = a;
  const Result *y = b;
  int order;

  /* The same order as kg_search_compare(). */
  order = y->tier - x->tier;
  if (order != 0)
    return order;
  order = x->severity - y->severity;
  if (order != 0)
    return order;
  order = strcmp (x->sort_key, y->sort_key);
  if (order != 0)
    return order;
  return strcmp (x->id, y->id);
}

/**
 * kg_search_run:
 * @self: a search
 * @query: (nullable): what the user typed
 *
 * Sets @query and returns the matching entries in the order
 * kg_search_compare() gives.
 *
 * Returns: (transfer container) (element-type KgInteraction): the results
 */
GPtrArray *
kg_search_run (KgSearch   *self,
               const char *query)
{
  g_autoptr (GArray) matches = NULL;
  GPtrArray *results;
  guint n;

  g_return_val_if_fail (KG_IS_SEARCH (self), NULL);

  kg_search_set_query (self, query);
  n = g_list_model_get_n_items (self->interactions);
  matches = g_array_new (FALSE, FALSE, sizeof (Result));
  for (guint i = 0; i < n; i++)
    {
      KgInteraction *interaction = g_list_model_get_item (self->interactions, i);
      SearchEntry *entry = get_entry (self, interaction);
      KgSearchMatch match = entry_get_match (self, entry);
      Result result;

      if (match == KG_SEARCH_MATCH_NONE)
        {
          g_object_unref (interaction);
          continue;
        }
      result.interaction = interaction;
      result.sort_key = entry_get_sort_key (self, entry, interaction);
      result.id = kg_interaction_get_id (interaction);
      result.tier = match_tier (match);
      result.severity = (int) kg_interaction_get_severity (interaction);
      g_array_append_val (matches, result);
    }
  g_array_sort (matches, compare_results);

  results = g_ptr_array_new_full (matches->len, g_object_unref);
  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (results, g_array_index (matches, Result, i).interaction);
  return results;
}
