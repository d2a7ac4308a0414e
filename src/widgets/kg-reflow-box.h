/* kg-reflow-box.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KG_TYPE_REFLOW_BOX (kg_reflow_box_get_type ())

G_DECLARE_FINAL_TYPE (KgReflowBox, kg_reflow_box, KG, REFLOW_BOX, GtkWidget)

GtkWidget *kg_reflow_box_new           (void);
void       kg_reflow_box_append        (KgReflowBox *self,
                                        GtkWidget   *child,
                                        gboolean     end_column);
void       kg_reflow_box_remove        (KgReflowBox *self,
                                        GtkWidget   *child);
gboolean   kg_reflow_box_get_wide      (KgReflowBox *self);
int        kg_reflow_box_get_threshold (KgReflowBox *self);
void       kg_reflow_box_set_threshold (KgReflowBox *self,
                                        int          threshold);
int        kg_reflow_box_get_spacing   (KgReflowBox *self);
void       kg_reflow_box_set_spacing   (KgReflowBox *self,
                                        int          spacing);

G_END_DECLS
