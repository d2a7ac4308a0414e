/* kg-kiosk-guard.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KG_TYPE_KIOSK_GUARD (kg_kiosk_guard_get_type ())

G_DECLARE_FINAL_TYPE (KgKioskGuard, kg_kiosk_guard, KG, KIOSK_GUARD, GObject)

KgKioskGuard *kg_kiosk_guard_new             (GtkWindow    *main_window,
                                              GSettings    *settings);
void          kg_kiosk_guard_note_activity   (KgKioskGuard *self);
void          kg_kiosk_guard_close_others    (KgKioskGuard *self);

G_END_DECLS
