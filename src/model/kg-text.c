/* kg-text.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "kg-text.h"

/* Languages the content may carry; "en" is always present. */
enum { LANG_EN, LANG_ES, N_LANGS };

struct _KgText
{
  char *clinical[N_LANGS];
  char *patient[N_LANGS];
};

G_DEFINE_BOXED_TYPE (KgText, kg_text, kg_text_ref, kg_text_unref)

static int
language_index (const char *language)
{
  if (language != NULL && g_str_has_prefix (language, "es"))
    return LANG_ES;
  return LANG_EN;
}

static void
kg_text_clear (KgText *self)
{
  for (guint i = 0; i < N_LANGS; i++)
    {
      g_clear_pointer (&self->clinical[i], g_free);
      g_clear_pointer (&self->patient[i], g_free);
    }
}

/**
 * kg_text_new:
 * @english: the English (clinical) wording, never %NULL
 *
 * Returns: (transfer full): a new text with only its English wording
 */
KgText *
kg_text_new (const char *english)
{
  KgText *self;

  g_return_val_if_fail (english != NULL, NULL);

  self = g_atomic_rc_box_new0 (KgText);
  self->clinical[LANG_EN] = g_strdup (english);
  return self;
}

/**
 * kg_text_ref:
 * @self: a #KgText
 *
 * Returns: (transfer full): @self with one more reference
 */
KgText *
kg_text_ref (KgText *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

/**
 * kg_text_unref:
 * @self: (transfer full): a #KgText
 *
 * Drops a reference; the text is freed with the last one.
 */
void
kg_text_unref (KgText *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) kg_text_clear);
}

/**
 * kg_text_set:
 * @self: a #KgText being built by the loader
 * @language: "en" or "es"
 * @patient: whether @value is the plain-language wording
 * @value: the wording
 *
 * Sets one wording. Only the content loader calls this, before sharing @self.
 */
void
kg_text_set (KgText     *self,
             const char *language,
             gboolean    patient,
             const char *value)
{
  char **slot;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value != NULL);

  slot = patient ? &self->patient[language_index (language)]
                 : &self->clinical[language_index (language)];
  g_free (*slot);
  *slot = g_strdup (value);
}

/**
 * kg_text_get:
 * @self: a #KgText
 * @language: (nullable): a language code such as "es" or "es_MX"; %NULL for English
 * @patient: whether the plain-language (patient) wording is wanted
 *
 * Falls back per string: the patient wording in @language, the clinical
 * wording in @language (a patient reads their own language first), the
 * English patient wording, then English.
 *
 * Returns: (transfer none): the best wording, never %NULL
 */
const char *
kg_text_get (const KgText *self,
             const char   *language,
             gboolean      patient)
{
  int lang;

  g_return_val_if_fail (self != NULL, "");

  lang = language_index (language);
  if (patient && self->patient[lang] != NULL)
    return self->patient[lang];
  if (self->clinical[lang] != NULL)
    return self->clinical[lang];
  if (patient && self->patient[LANG_EN] != NULL)
    return self->patient[LANG_EN];
  return self->clinical[LANG_EN];
}

/**
 * kg_text_has:
 * @self: a #KgText
 * @language: a language code
 * @patient: whether to ask about the patient wording
 *
 * Returns: whether @self carries that exact wording (no fallback)
 */
gboolean
kg_text_has (const KgText *self,
             const char   *language,
             gboolean      patient)
{
  int lang = language_index (language);

  g_return_val_if_fail (self != NULL, FALSE);

  return patient ? self->patient[lang] != NULL : self->clinical[lang] != NULL;
}

/**
 * kg_text_get_english:
 * @self: a #KgText
 *
 * Returns: (transfer none): the English clinical wording
 */
const char *
kg_text_get_english (const KgText *self)
{
  g_return_val_if_fail (self != NULL, "");
  return self->clinical[LANG_EN];
}

/**
 * kg_text_get_default_language:
 *
 * The content language that follows the system locale: "es" for any Spanish
 * locale, otherwise "en".
 *
 * Returns: (transfer none): "en" or "es"
 */
const char *
kg_text_get_default_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "es"))
        return "es";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }
  return "en";
}

/**
 * kg_text_replace_language:
 * @language: (inout) (transfer full): a widget's content language
 * @new_language: (nullable): the language to show; %NULL for the default
 *
 * What every "language" property setter does before re-rendering: replaces
 * @language with @new_language (or the default) unless they are equal.
 *
 * Returns: whether @language changed
 */
gboolean
kg_text_replace_language (char       **language,
                          const char  *new_language)
{
  g_return_val_if_fail (language != NULL, FALSE);

  if (new_language == NULL)
    new_language = kg_text_get_default_language ();
  if (g_strcmp0 (*language, new_language) == 0)
    return FALSE;
  g_free (*language);
  *language = g_strdup (new_language);
  return TRUE;
}
