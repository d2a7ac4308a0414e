/* kg-route-column.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-catalog.h"

G_BEGIN_DECLS

#define KG_TYPE_ROUTE_COLUMN (kg_route_column_get_type ())

G_DECLARE_FINAL_TYPE (KgRouteColumn, kg_route_column, KG, ROUTE_COLUMN, AdwBin)

KgRouteColumn *kg_route_column_new                 (KgCatalog     *catalog,
                                                    const char    *chooser_label);
KgRoute       *kg_route_column_get_route           (KgRouteColumn *self);
void           kg_route_column_set_route           (KgRouteColumn *self,
                                                    KgRoute       *route);
const char    *kg_route_column_get_language        (KgRouteColumn *self);
void           kg_route_column_set_language        (KgRouteColumn *self,
                                                    const char    *language);
gboolean       kg_route_column_get_patient_wording (KgRouteColumn *self);
void           kg_route_column_set_patient_wording (KgRouteColumn *self,
                                                    gboolean       patient_wording);

G_END_DECLS
