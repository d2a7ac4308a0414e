/* bench-util.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gint64      bench_now_ns                  (void);
const char *bench_clock_name              (void);
double      bench_median                  (GArray     *samples);
double      bench_max                     (GArray     *samples);
char       *bench_generate_interactions   (guint       n_entries,
                                           gsize      *length);
GHashTable *bench_bundled_reference_ids   (void);

G_END_DECLS
