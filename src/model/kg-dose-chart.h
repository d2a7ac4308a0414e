/* kg-dose-chart.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-brain-layer.h"
#include "kg-content-reader.h"
#include "kg-dose-zone.h"
#include "kg-text.h"

G_BEGIN_DECLS

/* Where a dose falls relative to the zones. */
typedef enum
{
  KG_DOSE_PLACE_BELOW,      /* under the first zone */
  KG_DOSE_PLACE_IN_ZONE,
  KG_DOSE_PLACE_BETWEEN,    /* in the gap between two zones */
  KG_DOSE_PLACE_ABOVE,      /* over the last zone */
} KgDosePlace;

typedef enum
{
  KG_LAYER_STATE_ONLINE,
  KG_LAYER_STATE_FADING,
  KG_LAYER_STATE_OFFLINE,
} KgLayerState;

/* The chart's messages, each a title (optional), a text and its sources. */
typedef enum
{
  KG_DOSE_MESSAGE_BELOW,
  KG_DOSE_MESSAGE_ABOVE,
  KG_DOSE_MESSAGE_TRANSITION,     /* title and text hold {from} and {to} */
  KG_DOSE_MESSAGE_TEACHING_POINT,
  KG_DOSE_MESSAGE_MECHANISM,      /* why systems drop out in layers */
  KG_DOSE_MESSAGE_SCHEMATIC,      /* what the layer picture is, and is not */
  KG_DOSE_N_MESSAGES,
} KgDoseMessage;

#define KG_TYPE_DOSE_CHART (kg_dose_chart_get_type ())

G_DECLARE_FINAL_TYPE (KgDoseChart, kg_dose_chart, KG, DOSE_CHART, GObject)

KgDoseChart         *kg_dose_chart_parse                (KgContentReader *reader,
                                                         const cJSON     *root);

double               kg_dose_chart_get_min              (KgDoseChart  *self);
double               kg_dose_chart_get_max              (KgDoseChart  *self);
double               kg_dose_chart_get_step             (KgDoseChart  *self);
KgText              *kg_dose_chart_get_route            (KgDoseChart  *self);
GListModel          *kg_dose_chart_get_zones            (KgDoseChart  *self);
GListModel          *kg_dose_chart_get_layers           (KgDoseChart  *self);
KgDoseZone          *kg_dose_chart_lookup_zone          (KgDoseChart  *self,
                                                         const char   *id);
KgText              *kg_dose_chart_get_message_title    (KgDoseChart  *self,
                                                         KgDoseMessage message);
KgText              *kg_dose_chart_get_message_text     (KgDoseChart  *self,
                                                         KgDoseMessage message);
const char * const  *kg_dose_chart_get_message_sources  (KgDoseChart  *self,
                                                         KgDoseMessage message);

KgDosePlace          kg_dose_chart_locate               (KgDoseChart  *self,
                                                         double        dose,
                                                         KgDoseZone  **zone,
                                                         KgDoseZone  **next);
double               kg_dose_chart_snap                 (KgDoseChart  *self,
                                                         double        dose);
char                *kg_dose_chart_format_transition    (KgDoseChart  *self,
                                                         KgText       *text,
                                                         KgDoseZone   *from,
                                                         KgDoseZone   *to,
                                                         const char   *language,
                                                         gboolean      patient);

KgLayerState         kg_dose_chart_get_state            (KgDoseChart  *self,
                                                         double        activity);
int                  kg_dose_chart_get_regulator        (KgDoseChart  *self,
                                                         guint         layer);
double               kg_dose_chart_get_unregulated_from (KgDoseChart  *self);
double               kg_dose_chart_get_imbalance        (KgDoseChart  *self,
                                                         guint         layer,
                                                         double        dose);
gboolean             kg_dose_chart_is_unregulated       (KgDoseChart  *self,
                                                         guint         layer,
                                                         double        dose);
char                *kg_dose_chart_describe_layers      (KgDoseChart  *self,
                                                         double        dose,
                                                         const char   *language,
                                                         gboolean      patient);

const char          *kg_layer_state_to_string           (KgLayerState  state);

G_END_DECLS
