/* kg-window.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kg-application.h"

G_BEGIN_DECLS

#define KG_TYPE_WINDOW (kg_window_get_type ())

G_DECLARE_FINAL_TYPE (KgWindow, kg_window, KG, WINDOW, AdwApplicationWindow)

KgWindow     *kg_window_new             (KgApplication *application);
AdwViewStack *kg_window_get_stack       (KgWindow      *self);
GtkWidget    *kg_window_get_page        (KgWindow      *self,
                                         const char    *name);
void          kg_window_reset           (KgWindow      *self);
void          kg_window_show_disclaimer (KgWindow      *self);
void          kg_window_add_toast       (KgWindow      *self,
                                         const char    *text);
gboolean      kg_window_get_attract_visible (KgWindow  *self);
void          kg_window_show_link_refused (KgWindow    *self,
                                           const char  *uri);

G_END_DECLS
