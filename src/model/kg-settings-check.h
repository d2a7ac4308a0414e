/* kg-settings-check.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *kg_settings_check_value (GSettingsSchema *schema,
                               const char      *key,
                               GVariant        *stored);

G_END_DECLS
