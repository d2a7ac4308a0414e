/* kg-number.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *kg_number_format             (double      value,
                                    guint       max_decimals,
                                    const char *language);
char *kg_number_format_fixed       (double      value,
                                    guint       decimals,
                                    const char *language);
char *kg_number_format_significant (double      value,
                                    guint       significant,
                                    const char *language);
char *kg_number_format_percent     (double      percent,
                                    const char *language);

G_END_DECLS
