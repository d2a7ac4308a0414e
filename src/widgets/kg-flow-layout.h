/* kg-flow-layout.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KG_TYPE_FLOW_LAYOUT (kg_flow_layout_get_type ())

G_DECLARE_FINAL_TYPE (KgFlowLayout, kg_flow_layout, KG, FLOW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *kg_flow_layout_new             (int           spacing);
int               kg_flow_layout_get_spacing     (KgFlowLayout *self);
void              kg_flow_layout_set_spacing     (KgFlowLayout *self,
                                                  int           spacing);
gboolean          kg_flow_layout_get_homogeneous (KgFlowLayout *self);
void              kg_flow_layout_set_homogeneous (KgFlowLayout *self,
                                                  gboolean      homogeneous);

G_END_DECLS
