/* first-frame.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The start-up probe of build-aux/bench: runs a command and reports, in
 * milliseconds from just before fork(), when its first top-level window was
 * mapped and when that window first showed painted content (the first X
 * damage after which its pixels are not all one colour), then its peak
 * resident memory once it has been idle for a while.
 *
 *   first-frame [--settle MS] [--timeout MS] [--log FILE] -- COMMAND [ARGUMENT…]
 *
 * The command's output goes to FILE (default /dev/null), so that this
 * program's stdout holds only its result.
 * Memory is read once no damage came for --settle ms (default 500), or 5 s
 * after the first paint for an app that never stops repainting.
 * Prints one line: "map_ms=… paint_ms=… settle_ms=… cpu_ms=… hwm_kb=… rss_kb=…";
 * cpu_ms is the CPU time (all threads) the command had used at its first
 * paint, which varies less than wall time on a busy machine.
 * Exit status 0, or 2 on timeout, 3 when the command exits first.
 *
 * The window is the first top-level mapped whose _NET_WM_PID is the child's
 * PID (Xvfb runs no window manager, so top-levels are children of the root).
 * Events drive it (MapNotify on the root, DamageNotify on the window): no
 * polling of the X server while the app starts. */

#define _GNU_SOURCE

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double start_ms;
static int x_error;

static double
now_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 - start_ms;
}

static int
ignore_x_error (Display     *display,
                XErrorEvent *event)
{
  /* Windows come and go while an app starts; nothing here is fatal. */
  x_error = 1;
  return 0;
}

static long
window_pid (Display *display,
            Window   window,
            Atom     net_wm_pid)
{
  Atom type;
  int format;
  unsigned long n_items, after;
  unsigned char *data = NULL;
  long pid = -1;

  if (XGetWindowProperty (display, window, net_wm_pid, 0, 1, False, XA_CARDINAL, &type, &format,
                          &n_items, &after, &data) == Success
      && data != NULL && n_items == 1 && format == 32)
    pid = (long) *(unsigned long *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

/* Whether the window's pixels hold at least two colours (every other pixel
 * of every other row is enough to tell a painted window from a blank one). */
static int
is_painted (Display *display,
            Window   window)
{
  XWindowAttributes attributes;
  XImage *image;
  unsigned long first;
  int width, height, painted = 0;

  x_error = 0;
  if (!XGetWindowAttributes (display, window, &attributes) || attributes.map_state != IsViewable)
    return 0;
  width = attributes.width;
  height = attributes.height;
  if (attributes.x + width > DisplayWidth (display, DefaultScreen (display)))
    width = DisplayWidth (display, DefaultScreen (display)) - attributes.x;
  if (attributes.y + height > DisplayHeight (display, DefaultScreen (display)))
    height = DisplayHeight (display, DefaultScreen (display)) - attributes.y;
  if (width <= 0 || height <= 0 || attributes.x < 0 || attributes.y < 0)
    return 0;
  image = XGetImage (display, window, 0, 0, width, height, AllPlanes, ZPixmap);
  XSync (display, False);
  if (image == NULL || x_error)
    {
      if (image != NULL)
        XDestroyImage (image);
      return 0;
    }
  first = XGetPixel (image, 0, 0);
  for (int y = 0; y < height && !painted; y += 2)
    {
      for (int x = 0; x < width; x += 2)
        {
          if (XGetPixel (image, x, y) != first)
            {
              painted = 1;
              break;
            }
        }
    }
  XDestroyImage (image);
  return painted;
}

/* CPU time used so far by @pid (all its threads), in ms; -1 if unknown. */
static double
cpu_time_ms (pid_t pid)
{
  struct timespec used;
  clockid_t clock;

  if (clock_getcpuclockid (pid, &clock) != 0 || clock_gettime (clock, &used) != 0)
    return -1;
  return used.tv_sec * 1000.0 + used.tv_nsec / 1e6;
}

static void
read_memory (pid_t pid,
             long *hwm_kb,
             long *rss_kb)
{
  char path[64], line[256];
  FILE *status;

  *hwm_kb = *rss_kb = -1;
  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  status = fopen (path, "r");
  if (status == NULL)
    return;
  while (fgets (line, sizeof line, status) != NULL)
    {
      sscanf (line, "VmHWM: %ld", hwm_kb);
      sscanf (line, "VmRSS: %ld", rss_kb);
    }
  fclose (status);
}

static void
stop (pid_t pid)
{
  int status;

  kill (pid, SIGTERM);
  for (int i = 0; i < 200; i++)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      usleep (10000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

int
main (int   argc,
      char *argv[])
{
  const char *log_path = "/dev/null";
  double settle = 500, timeout = 30000, map_ms = -1, paint_ms = -1, last_damage = -1;
  double cpu_ms = -1;
  Display *display;
  Window root, window = 0;
  Damage damage = 0;
  Atom net_wm_pid;
  int damage_event, damage_error, i, result = 0;
  long hwm_kb = -1, rss_kb = -1;
  struct timespec now;
  pid_t child;

  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        {
          i++;
          break;
        }
      else if (strcmp (argv[i], "--settle") == 0 && i + 1 < argc)
        settle = atof (argv[++i]);
      else if (strcmp (argv[i], "--timeout") == 0 && i + 1 < argc)
        timeout = atof (argv[++i]);
      else if (strcmp (argv[i], "--log") == 0 && i + 1 < argc)
        log_path = argv[++i];
      else
        break;
    }
  if (i >= argc)
    {
      fprintf (stderr, "usage: first-frame [--settle MS] [--timeout MS] [--log FILE] -- "
                       "COMMAND [ARGUMENT…]\n");
      return 1;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "first-frame: cannot open the display\n");
      return 4;
    }
  if (!XDamageQueryExtension (display, &damage_event, &damage_error))
    {
      fprintf (stderr, "first-frame: the X server has no DAMAGE extension\n");
      return 4;
    }
  XSetErrorHandler (ignore_x_error);
  net_wm_pid = XInternAtom (display, "_NET_WM_PID", False);
  root = DefaultRootWindow (display);
  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, False);

  clock_gettime (CLOCK_MONOTONIC, &now);
  start_ms = now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
  child = fork ();
  if (child < 0)
    {
      perror ("first-frame: fork");
      return 4;
    }
  if (child == 0)
    {
      FILE *log = fopen (log_path, "a");

      close (ConnectionNumber (display));
      if (log != NULL)
        {
          dup2 (fileno (log), STDOUT_FILENO);
          dup2 (fileno (log), STDERR_FILENO);
          fclose (log);
        }
      execvp (argv[i], argv + i);
      fprintf (stderr, "first-frame: %s: %s\n", argv[i], strerror (errno));
      _exit (127);
    }

  for (;;)
    {
      double t = now_ms ();
      int status;
      XEvent event;

      if (paint_ms >= 0 && (t - last_damage >= settle || t - paint_ms >= 5000))
        break;
      if (t > timeout)
        {
          result = 2;
          break;
        }
      if (waitpid (child, &status, WNOHANG) == child)
        {
          fprintf (stderr, "first-frame: %s exited before painting a window\n", argv[i]);
          return 3;
        }
      if (!XPending (display))
        {
          struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };
          poll (&fd, 1, 10);
          continue;
        }
      XNextEvent (display, &event);
      if (event.type == MapNotify && window == 0 && event.xmap.event == root
          && window_pid (display, event.xmap.window, net_wm_pid) == child)
        {
          window = event.xmap.window;
          map_ms = now_ms ();
          damage = XDamageCreate (display, window, XDamageReportNonEmpty);
          XSync (display, False);
          /* It may have drawn before the damage object existed. */
          if (is_painted (display, window))
            {
              paint_ms = last_damage = now_ms ();
              cpu_ms = cpu_time_ms (child);
            }
        }
      else if (event.type == damage_event + XDamageNotify
               && ((XDamageNotifyEvent *) &event)->drawable == window)
        {
          XDamageSubtract (display, damage, None, None);
          last_damage = now_ms ();
          if (paint_ms < 0 && is_painted (display, window))
            {
              paint_ms = last_damage;
              cpu_ms = cpu_time_ms (child);
            }
        }
    }

  if (result == 0)
    read_memory (child, &hwm_kb, &rss_kb);
  printf ("map_ms=%.1f paint_ms=%.1f settle_ms=%.1f cpu_ms=%.1f hwm_kb=%ld rss_kb=%ld\n", map_ms,
          paint_ms, last_damage, cpu_ms, hwm_kb, rss_kb);
  fflush (stdout);
  if (damage != 0)
    XDamageDestroy (display, damage);
  XCloseDisplay (display);
  stop (child);
  return result;
}
