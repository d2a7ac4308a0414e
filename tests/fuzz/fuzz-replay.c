/* fuzz-replay.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The main() of a fuzz target built without libFuzzer (-Dfuzzing=false):
 * runs each file named on the command line, or each file in each folder
 * named there (sorted, so a crash always shows up at the same file), once
 * through the target, so every input the fuzzer ever crashed on stays a
 * test (tests/fixtures/fuzz/). */

#include "config.h"

#include "fuzz-replay.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static guint
run_path (const char *path)
{
  g_autoptr (GError) error = NULL;
  guint count = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, compare_paths);
      for (guint i = 0; i < names->len; i++)
        count += run_path (g_ptr_array_index (names, i));
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &error))
        g_error ("%s", error->message);
      if (g_getenv ("KG_FUZZ_VERBOSE") != NULL)
        g_printerr ("%s\n", path);
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      count = 1;
    }
  return count;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER…\n", argv[0]);
      return 2;
    }
  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    count += run_path (argv[i]);
  g_print ("%u inputs ran through %s without a problem\n", count, kg_fuzz_finish ());
  return 0;
}
