/* fuzz-replay.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>

G_BEGIN_DECLS

/* What every target defines: libFuzzer's two entry points, and for the
 * replay program (fuzz-replay.c) what it runs after the last input: frees
 * what the target holds and returns what it drove the inputs through, for
 * the closing line ("… inputs ran through the content loader …"). */
int         LLVMFuzzerInitialize   (int            *argc,
                                    char         ***argv);
int         LLVMFuzzerTestOneInput (const uint8_t  *data,
                                    size_t          size);
const char *kg_fuzz_finish         (void);

G_END_DECLS
