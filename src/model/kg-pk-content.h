/* kg-pk-content.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-content-reader.h"
#include "kg-pk-figure.h"
#include "kg-pk.h"
#include "kg-text.h"

G_BEGIN_DECLS

/**
 * KgPkDosing:
 * @bolus: %TRUE for an IV bolus (the model's own input, no absorption step)
 * @f: bioavailability, (0, 1]; ignored for a bolus
 * @tmax_min: the route's time to peak from its sources, min (> 0); ignored for
 *   a bolus. The absorption rate is derived from it.
 *
 * How a dose reaches the model, in the terms the route content gives.
 */
typedef struct
{
  gboolean bolus;
  double   f;
  double   tmax_min;
} KgPkDosing;

#define KG_TYPE_PK_CONTENT (kg_pk_content_get_type ())

G_DECLARE_FINAL_TYPE (KgPkContent, kg_pk_content, KG, PK_CONTENT, GObject)

KgPkContent        *kg_pk_content_parse                   (KgContentReader *reader,
                                                           const cJSON     *root);

const KgPkModel    *kg_pk_content_get_model               (KgPkContent *self);
KgText             *kg_pk_content_get_model_name          (KgPkContent *self);
KgText             *kg_pk_content_get_model_domain        (KgPkContent *self);
const char * const *kg_pk_content_get_model_sources       (KgPkContent *self);
double              kg_pk_content_get_terminal_half_life  (KgPkContent *self);

KgText             *kg_pk_content_get_metabolite_name     (KgPkContent *self);
KgPkFigure         *kg_pk_content_get_metabolite_half_life (KgPkContent *self);
const char * const *kg_pk_content_get_metabolite_sources  (KgPkContent *self);

double              kg_pk_content_get_absorption_lag      (KgPkContent *self);
void                kg_pk_content_get_variability         (KgPkContent *self,
                                                           double      *low_factor,
                                                           double      *high_factor);
KgPkFigure         *kg_pk_content_get_what_if             (KgPkContent *self);

GListModel         *kg_pk_content_get_half_lives          (KgPkContent *self);
GListModel         *kg_pk_content_get_concentration_bands (KgPkContent *self);
GListModel         *kg_pk_content_get_time_markers        (KgPkContent *self);
KgPkFigure         *kg_pk_content_lookup_figure           (KgPkContent *self,
                                                           const char  *id);
gboolean            kg_pk_content_get_explanation         (KgPkContent         *self,
                                                           const char          *id,
                                                           KgText             **title,
                                                           KgText             **body,
                                                           const char * const **sources);

gboolean            kg_pk_content_derive_ka               (KgPkContent *self,
                                                           double       tmax_min,
                                                           double      *ka,
                                                           GError     **error);
KgPkCurve          *kg_pk_content_new_curve               (KgPkContent       *self,
                                                           const KgPkDosing  *dosing,
                                                           double             dose_mg_kg,
                                                           GError           **error);

G_END_DECLS
