/* kg-test-ui.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kg-application.h"
#include "kg-window.h"

G_BEGIN_DECLS

void           kg_test_ui_init          (int            *argc,
                                         char         ***argv);
KgApplication *kg_test_ui_get_app       (void);
void           kg_test_ui_reset_settings (void);
KgWindow      *kg_test_ui_open_window   (int             width,
                                         int             height);
void           kg_test_ui_close_window  (KgWindow       *window);
void           kg_test_ui_wait          (guint           ms);
gboolean       kg_test_ui_wait_until    (gboolean      (*condition) (gpointer data),
                                         gpointer        data,
                                         guint           timeout_ms);
GPtrArray     *kg_test_ui_list_pages    (KgWindow       *window);
void           kg_test_ui_show_page     (KgWindow       *window,
                                         const char     *name);
GPtrArray     *kg_test_ui_collect       (GtkWidget      *root,
                                         GType           type,
                                         gboolean        mapped_only);
char          *kg_test_ui_dup_state     (GtkWidget      *page);

G_END_DECLS
