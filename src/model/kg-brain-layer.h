/* kg-brain-layer.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-content-reader.h"
#include "kg-text.h"

G_BEGIN_DECLS

#define KG_TYPE_BRAIN_LAYER (kg_brain_layer_get_type ())

G_DECLARE_FINAL_TYPE (KgBrainLayer, kg_brain_layer, KG, BRAIN_LAYER, GObject)

KgBrainLayer        *kg_brain_layer_parse                 (KgContentReader *reader,
                                                           const cJSON     *entry,
                                                           double           lower,
                                                           double           upper);

const char          *kg_brain_layer_get_id                (KgBrainLayer *self);
KgText              *kg_brain_layer_get_name              (KgBrainLayer *self);
KgText              *kg_brain_layer_get_role              (KgBrainLayer *self);
const char          *kg_brain_layer_get_color             (KgBrainLayer *self);
guint                kg_brain_layer_get_n_points          (KgBrainLayer *self);
void                 kg_brain_layer_get_point             (KgBrainLayer *self,
                                                           guint         index,
                                                           double       *dose,
                                                           double       *activity);
double               kg_brain_layer_get_activity          (KgBrainLayer *self,
                                                           double        dose);
const char          *kg_brain_layer_get_regulated_by      (KgBrainLayer *self);
KgText              *kg_brain_layer_get_unregulated_label (KgBrainLayer *self);
KgText              *kg_brain_layer_get_unregulated_text  (KgBrainLayer *self);
const char * const  *kg_brain_layer_get_sources           (KgBrainLayer *self);

G_END_DECLS
