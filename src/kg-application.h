/* kg-application.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "model/kg-catalog.h"

G_BEGIN_DECLS

#define KG_TYPE_APPLICATION (kg_application_get_type ())

G_DECLARE_FINAL_TYPE (KgApplication, kg_application, KG, APPLICATION, AdwApplication)

KgApplication *kg_application_new                 (void);
KgCatalog     *kg_application_get_catalog         (KgApplication *self);
GSettings     *kg_application_get_settings        (KgApplication *self);
GPtrArray     *kg_application_get_content_problems (KgApplication *self);
gboolean       kg_application_load_content        (KgApplication *self,
                                                   const char    *directory,
                                                   GError       **error);
GPtrArray     *kg_application_get_settings_problems (KgApplication *self);
int            kg_application_check_content       (const char    *directory);
int            kg_application_check_settings      (void);
void           kg_application_init_i18n           (const char    *localedir);
gboolean       kg_application_get_kiosk           (KgApplication *self);
const char    *kg_application_get_language        (KgApplication *self);
const char    *kg_application_get_disclaimer      (void);

G_END_DECLS
