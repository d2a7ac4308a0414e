/* kg-route.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-content-reader.h"
#include "kg-text.h"

G_BEGIN_DECLS

#define KG_ROUTE_ERROR (kg_route_error_quark ())

typedef enum
{
  KG_ROUTE_ERROR_INVALID_DOSE,
  KG_ROUTE_ERROR_INVALID_BIOAVAILABILITY,
  KG_ROUTE_ERROR_NO_DATA,
} KgRouteError;

GQuark kg_route_error_quark (void);

/**
 * KgRange:
 * @typical: the figure to quote
 * @min: the lowest figure the sources support
 * @max: the highest
 *
 * A figure with its range; @min ≤ @typical ≤ @max. When the sources give a
 * single figure all three are equal.
 */
typedef struct
{
  double typical;
  double min;
  double max;
} KgRange;

/* How an estimate's min–max interval was obtained. */
typedef enum
{
  KG_INTERVAL_NONE,
  KG_INTERVAL_RANGE,   /* a range as stated by the source */
  KG_INTERVAL_CI90,    /* a 90% confidence interval */
  KG_INTERVAL_DOSES,   /* the lowest and highest of several dose groups */
} KgIntervalKind;

/* What an estimate's ± figure is. */
typedef enum
{
  KG_SPREAD_NONE,
  KG_SPREAD_SD,        /* standard deviation */
  KG_SPREAD_SE,        /* standard error of the estimate */
} KgSpreadKind;

#define KG_TYPE_ROUTE_ESTIMATE (kg_route_estimate_get_type ())
#define KG_TYPE_ROUTE_FACT     (kg_route_fact_get_type ())

/**
 * KgRouteEstimate:
 *
 * One source's bioavailability figure for a route, with the population it
 * was measured in, so that disagreeing sources can be shown side by side.
 * Immutable; reference counted.
 */
typedef struct _KgRouteEstimate KgRouteEstimate;

/**
 * KgRouteFact:
 *
 * A sourced statement about a route (onset, duration, first pass, setting,
 * cost, a caution), optionally with a time span in minutes. Immutable;
 * reference counted.
 */
typedef struct _KgRouteFact KgRouteFact;

GType               kg_route_estimate_get_type        (void) G_GNUC_CONST;
KgRouteEstimate    *kg_route_estimate_ref             (KgRouteEstimate *self);
void                kg_route_estimate_unref           (KgRouteEstimate *self);
gboolean            kg_route_estimate_get_value       (KgRouteEstimate *self,
                                                       double          *fraction);
KgIntervalKind      kg_route_estimate_get_interval    (KgRouteEstimate *self,
                                                       double          *min,
                                                       double          *max);
KgSpreadKind        kg_route_estimate_get_spread      (KgRouteEstimate *self,
                                                       double          *plus_minus);
KgText             *kg_route_estimate_get_population  (KgRouteEstimate *self);
guint               kg_route_estimate_get_n           (KgRouteEstimate *self);
gboolean            kg_route_estimate_get_esketamine  (KgRouteEstimate *self);
KgText             *kg_route_estimate_get_note        (KgRouteEstimate *self);
const char * const *kg_route_estimate_get_sources     (KgRouteEstimate *self);

GType               kg_route_fact_get_type            (void) G_GNUC_CONST;
KgRouteFact        *kg_route_fact_ref                 (KgRouteFact     *self);
void                kg_route_fact_unref               (KgRouteFact     *self);
KgText             *kg_route_fact_get_text            (KgRouteFact     *self);
gboolean            kg_route_fact_get_minutes         (KgRouteFact     *self,
                                                       double          *min,
                                                       double          *max);
const char * const *kg_route_fact_get_sources         (KgRouteFact     *self);

#define KG_TYPE_ROUTE (kg_route_get_type ())

G_DECLARE_FINAL_TYPE (KgRoute, kg_route, KG, ROUTE, GObject)

gboolean            kg_routes_parse                   (KgContentReader *reader,
                                                       const cJSON     *root,
                                                       GListStore      *store);

const char         *kg_route_get_id                   (KgRoute         *self);
KgText             *kg_route_get_name                 (KgRoute         *self);
KgText             *kg_route_get_short_name           (KgRoute         *self);
KgText             *kg_route_get_summary              (KgRoute         *self);
gboolean            kg_route_get_limited_data         (KgRoute         *self);
gboolean            kg_route_get_esketamine           (KgRoute         *self);
const char * const *kg_route_get_sources              (KgRoute         *self);

gboolean            kg_route_get_bioavailability      (KgRoute         *self,
                                                       KgRange         *f);
KgText             *kg_route_get_bioavailability_note (KgRoute         *self);
const char * const *kg_route_get_bioavailability_sources (KgRoute      *self);
GPtrArray          *kg_route_get_estimates            (KgRoute         *self);

gboolean            kg_route_get_tmax                 (KgRoute         *self,
                                                       KgRange         *minutes);
KgText             *kg_route_get_tmax_note            (KgRoute         *self);
const char * const *kg_route_get_tmax_sources         (KgRoute         *self);

KgRouteFact        *kg_route_get_onset                (KgRoute         *self);
KgRouteFact        *kg_route_get_duration             (KgRoute         *self);
KgRouteFact        *kg_route_get_first_pass           (KgRoute         *self);
KgRouteFact        *kg_route_get_setting              (KgRoute         *self);
KgRouteFact        *kg_route_get_cost                 (KgRoute         *self);
GPtrArray          *kg_route_get_cautions             (KgRoute         *self);

gboolean            kg_equivalent_dose                (double           dose_mg,
                                                       const KgRange   *f_from,
                                                       const KgRange   *f_to,
                                                       KgRange         *result,
                                                       GError         **error);
gboolean            kg_route_equivalent_dose          (KgRoute         *from,
                                                       KgRoute         *to,
                                                       double           dose_mg,
                                                       KgRange         *result,
                                                       GError         **error);
gboolean            kg_implied_bioavailability        (double           dose_from_mg,
                                                       double           dose_to_mg,
                                                       double           f_to,
                                                       double          *f_from,
                                                       GError         **error);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgRouteEstimate, kg_route_estimate_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgRouteFact, kg_route_fact_unref)

G_END_DECLS
