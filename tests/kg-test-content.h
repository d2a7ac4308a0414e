/* kg-test-content.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *kg_test_content_dir_new    (const char *fixture);
void   kg_test_content_dir_remove (const char *directory);
guint  kg_test_count_entries      (const char *directory,
                                   const char *file_name,
                                   const char *key);

G_END_DECLS
