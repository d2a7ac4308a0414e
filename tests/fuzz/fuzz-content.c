/* fuzz-content.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* A libFuzzer target for the content loader and validator: every input is
 * read as each content file in turn (references.json, interactions.json, …)
 * through kg_catalog_new_from_file_data(), the same reader and section parser
 * a content directory goes through. Besides crashes, leaks and undefined
 * behaviour (the sanitizers), it checks what a content editor relies on:
 * content is refused exactly when a problem is reported, and every problem
 * names its file and is valid UTF-8 (it is shown in a GtkLabel).
 *
 * Built without libFuzzer (-Dfuzzing=false) it is a plain program that runs
 * the files and folders named on its command line through the same function
 * (fuzz-replay.c), so every crash ever found stays a test (tests/fixtures/fuzz/). */

#include "config.h"

#include "kg-catalog.h"

#include "fuzz-replay.h"

static KgCatalog *bundled;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr (GError) error = NULL;

  /* A critical from a g_return_if_fail() is a bug the fuzzer should report. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  bundled = kg_catalog_new_bundled (&error);
  if (bundled == NULL)
    g_error ("The bundled content does not load: %s", error->message);
  return 0;
}

static void
check_problems (const char *file_name,
                GPtrArray  *problems,
                KgCatalog  *catalog)
{
  g_autofree char *prefix = g_strconcat (file_name, ": ", NULL);

  if ((catalog == NULL) != (problems->len > 0))
    g_error ("%s: catalogue %s but %u problems", file_name,
             catalog == NULL ? "refused" : "accepted", problems->len);
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);

      if (problem->domain != KG_CONTENT_ERROR)
        g_error ("%s: a problem outside the content error domain", file_name);
      if (!g_utf8_validate (problem->message, -1, NULL))
        g_error ("%s: a problem message is not valid UTF-8", file_name);
      if (!g_str_has_prefix (problem->message, prefix))
        g_error ("%s: a problem message does not name its file: %s", file_name, problem->message);
    }
}

/* What the pages do with accepted content: read every text in every language. */
static void
walk_interactions (KgCatalog *catalog)
{
  GListModel *interactions = kg_catalog_get_interactions (catalog);
  static const char * const languages[] = { "en", "es", "fr" };

  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr (KgInteraction) interaction = g_list_model_get_item (interactions, i);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          for (int patient = 0; patient <= 1; patient++)
            {
              KgText *texts[] = { kg_interaction_get_name (interaction),
                                  kg_interaction_get_effect (interaction),
                                  kg_interaction_get_mechanism (interaction),
                                  kg_interaction_get_action (interaction),
                                  kg_interaction_get_applies_to (interaction) };

              for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
                {
                  const char *shown;

                  if (texts[t] == NULL)
                    continue;
                  shown = kg_text_get (texts[t], languages[l], patient);
                  if (shown == NULL || !g_utf8_validate (shown, -1, NULL))
                    g_error ("interaction #%u: a text is not shown as valid UTF-8", i + 1);
                }
            }
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char * const *file_names = kg_catalog_get_file_names ();

  for (guint i = 0; file_names[i] != NULL; i++)
    {
      g_autoptr (GPtrArray) problems =
        g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      g_autoptr (KgCatalog) catalog = NULL;

      catalog = kg_catalog_new_from_file_data (file_names[i], (const char *) data, size, bundled,
                                               problems);
      check_problems (file_names[i], problems, catalog);
      if (catalog != NULL)
        {
          g_autofree char *summary = kg_catalog_describe (catalog);

          if (summary == NULL || !g_utf8_validate (summary, -1, NULL))
            g_error ("%s: no valid summary", file_names[i]);
          walk_interactions (catalog);
        }
    }
  return 0;
}

const char *
kg_fuzz_finish (void)
{
  g_clear_object (&bundled);
  return "the content loader";
}
