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

  kg_application_init_i18n (LOCALEDIR);

  app = kg_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
