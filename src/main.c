/* main.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KgApplication) app = NULL;
  /* `meson devenv` (build-aux/dev run) points the uninstalled build at the
   * catalogues compiled in its build tree; an installed app uses its own. */
  const char *localedir = g_getenv ("KETGUIDE_LOCALEDIR");

  kg_application_init_i18n (localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);

  app = kg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
