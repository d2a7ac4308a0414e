/* kg-problems-window.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KG_TYPE_PROBLEMS_WINDOW (kg_problems_window_get_type ())

G_DECLARE_FINAL_TYPE (KgProblemsWindow, kg_problems_window, KG, PROBLEMS_WINDOW, AdwWindow)

KgProblemsWindow *kg_problems_window_new          (GtkWindow        *parent,
                                                   GPtrArray        *problems,
                                                   const char       *language);
GListModel       *kg_problems_window_get_problems (KgProblemsWindow *self);
char             *kg_problems_window_dup_text     (KgProblemsWindow *self);

G_END_DECLS
