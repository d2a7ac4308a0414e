/* kg-settings-check.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* GSettings quietly uses a key's default when what is stored has the wrong
 * type or is out of range, so `kiosk-mode=1` in dconf gives a normal window
 * with close buttons and no word of why. This says why, in words an
 * administrator can act on. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kg-settings-check.h"

/* What the key takes, as the message says it: "true or false", "a whole
 * number from 1 to 86400", "one of “kg”, “lb”". */
static char *
describe_expected (GSettingsSchemaKey *key)
{
  const GVariantType *type = g_settings_schema_key_get_value_type (key);
  g_autoptr (GVariant) range = g_settings_schema_key_get_range (key);
  const char *kind = NULL;
  g_autoptr (GVariant) detail = NULL;

  g_variant_get (range, "(&sv)", &kind, &detail);

  if (g_str_equal (kind, "enum"))
    {
      g_autoptr (GString) choices = g_string_new (NULL);
      GVariantIter iter;
      const char *choice;

      g_variant_iter_init (&iter, detail);
      while (g_variant_iter_next (&iter, "&s", &choice))
        g_string_append_printf (choices, "%s“%s”", choices->len > 0 ? ", " : "", choice);
      /* Translators: %s is a list of quoted values: “kg”, “lb” */
      return g_strdup_printf (_("one of %s"), choices->str);
    }
  if (g_variant_type_equal (type, G_VARIANT_TYPE_BOOLEAN))
    return g_strdup (_("true or false"));
  if (g_str_equal (kind, "range"))
    {
      g_autoptr (GVariant) min = g_variant_get_child_value (detail, 0);
      g_autoptr (GVariant) max = g_variant_get_child_value (detail, 1);
      g_autofree char *min_text = g_variant_print (min, FALSE);
      g_autofree char *max_text = g_variant_print (max, FALSE);

      if (g_variant_type_equal (type, G_VARIANT_TYPE_DOUBLE))
        /* Translators: the range a setting accepts */
        return g_strdup_printf (_("a number from %s to %s"), min_text, max_text);
      /* Translators: the range a setting accepts */
      return g_strdup_printf (_("a whole number from %s to %s"), min_text, max_text);
    }
  if (g_variant_type_equal (type, G_VARIANT_TYPE_STRING))
    return g_strdup (_("a string"));
  /* Translators: %s is a GVariant type string such as "i" */
  return g_strdup_printf (_("a value of type “%s”"), g_variant_type_peek_string (type));
}

/**
 * kg_settings_check_value:
 * @schema: the app's schema
 * @key: a key in @schema
 * @stored: what the settings store holds for @key
 *
 * Returns: (transfer full) (nullable): %NULL when GSettings would use
 *   @stored, otherwise a sentence saying it does not, what @key takes and
 *   what is used instead
 */
char *
kg_settings_check_value (GSettingsSchema *schema,
                         const char      *key,
                         GVariant        *stored)
{
  g_autoptr (GSettingsSchemaKey) schema_key = NULL;
  g_autoptr (GVariant) fallback = NULL;
  g_autofree char *stored_text = NULL;
  g_autofree char *fallback_text = NULL;
  g_autofree char *expected = NULL;

  g_return_val_if_fail (schema != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (stored != NULL, NULL);

  if (!g_settings_schema_has_key (schema, key))
    return NULL;
  schema_key = g_settings_schema_get_key (schema, key);
  /* GSettings' range check lets NaN through (it compares equal to every
   * bound); KetGuide does not. */
  if (g_variant_is_of_type (stored, g_settings_schema_key_get_value_type (schema_key)) &&
      g_settings_schema_key_range_check (schema_key, stored) &&
      !(g_variant_is_of_type (stored, G_VARIANT_TYPE_DOUBLE) &&
        !isfinite (g_variant_get_double (stored))))
    return NULL;

  stored_text = g_variant_print (stored, FALSE);
  fallback = g_settings_schema_key_get_default_value (schema_key);
  fallback_text = g_variant_print (fallback, FALSE);
  expected = describe_expected (schema_key);
  /* Translators: a setting that GSettings ignores. 1: key name, 2: what is
   * stored, 3: what the key takes, 4: the default used instead. */
  return g_strdup_printf (_("The setting “%s” is ignored: it holds %s, but takes %s. "
                            "KetGuide uses its default, %s."),
                          key, stored_text, expected, fallback_text);
}
