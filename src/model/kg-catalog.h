/* kg-catalog.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-dose-chart.h"
#include "kg-interaction.h"
#include "kg-pk-content.h"
#include "kg-reference.h"
#include "kg-route.h"

G_BEGIN_DECLS

#define KG_CATALOG_RESOURCE_PATH "/com/example/KetGuide/content/"

#define KG_TYPE_CATALOG (kg_catalog_get_type ())

G_DECLARE_FINAL_TYPE (KgCatalog, kg_catalog, KG, CATALOG, GObject)

KgCatalog   *kg_catalog_new_bundled         (GError     **error);
KgCatalog   *kg_catalog_new_from_directory  (const char  *directory,
                                             GPtrArray  **problems);
char        *kg_catalog_describe            (KgCatalog   *self);
GListModel  *kg_catalog_get_references      (KgCatalog   *self);
KgReference *kg_catalog_lookup_reference    (KgCatalog   *self,
                                             const char  *id);
GListModel  *kg_catalog_get_interactions    (KgCatalog   *self);
GListModel  *kg_catalog_get_routes          (KgCatalog   *self);
KgPkContent *kg_catalog_get_pharmacokinetics (KgCatalog  *self);
KgDoseChart *kg_catalog_get_dose_chart      (KgCatalog   *self);

const char * const *kg_catalog_get_file_names      (void);
KgCatalog          *kg_catalog_new_from_file_data  (const char  *file_name,
                                                    const char  *data,
                                                    gsize        length,
                                                    KgCatalog   *references,
                                                    GPtrArray   *problems);

G_END_DECLS
