/* kg-kiosk-guard.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* What keeps a kiosk a kiosk in every window the app opens, not only the
 * main one: About, the problems list, a dialog, whatever GTK itself opens.
 * For as long as it lives it
 * - refuses the GTK inspector (Ctrl+Shift+I / D) in every window,
 * - refuses links in every About window,
 * - counts input in any window as activity, and emits "idle" once the
 *   kiosk has had none for "kiosk-idle-seconds",
 * - shows the main window again whenever it is minimised or hidden.
 * The main window owns the guard and drops it when kiosk mode ends. */

#include "config.h"

#include <adwaita.h>

#include "kg-kiosk-guard.h"

struct _KgKioskGuard
{
  GObject     parent_instance;

  GWeakRef    main_window;
  GSettings  *settings;
  GListModel *toplevels;     /* gtk_window_get_toplevels(), borrowed */
  GPtrArray  *controllers;   /* of GWeakRef *: what we added to windows */
  GPtrArray  *guarded;       /* of GWeakRef *: the windows we watch */

  gint64      last_input_us;
  guint       idle_source;
  guint       present_source;
  GdkSurface *watched_surface;
};

G_DEFINE_FINAL_TYPE (KgKioskGuard, kg_kiosk_guard, G_TYPE_OBJECT)

enum {
  SIGNAL_IDLE,
  SIGNAL_LINK_REFUSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWindow *
dup_main_window (KgKioskGuard *self)
{
  return g_weak_ref_get (&self->main_window);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static GWeakRef *
weak_ref_new (gpointer object)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, object);
  return ref;
}

/* ---- Idle -------------------------------------------------------------- */

static gint64
idle_us (KgKioskGuard *self)
{
  return (gint64) g_settings_get_uint (self->settings, "kiosk-idle-seconds") * G_USEC_PER_SEC;
}

static gboolean idle_timeout_cb (gpointer user_data);

static void
schedule_idle_check (KgKioskGuard *self,
                     gint64        delay_us)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  self->idle_source = g_timeout_add (MAX (delay_us / 1000, 1), idle_timeout_cb, self);
}

/* Input only stamps the time; the timer, when it fires, waits for what is
 * left. Once it has fired it waits for the next input: a kiosk nobody
 * touches is reset once, not every few minutes. */
static gboolean
idle_timeout_cb (gpointer user_data)
{
  KgKioskGuard *self = user_data;
  gint64 elapsed = g_get_monotonic_time () - self->last_input_us;

  self->idle_source = 0;
  if (elapsed < idle_us (self))
    schedule_idle_check (self, idle_us (self) - elapsed);
  else
    g_signal_emit (self, signals[SIGNAL_IDLE], 0);
  return G_SOURCE_REMOVE;
}

/**
 * kg_kiosk_guard_note_activity:
 * @self: a guard
 *
 * Counts as input: the idle time starts again from now.
 */
void
kg_kiosk_guard_note_activity (KgKioskGuard *self)
{
  g_return_if_fail (KG_IS_KIOSK_GUARD (self));

  self->last_input_us = g_get_monotonic_time ();
  if (self->idle_source == 0)
    schedule_idle_check (self, idle_us (self));
}

static void
idle_seconds_changed_cb (KgKioskGuard *self)
{
  self->last_input_us = g_get_monotonic_time ();
  schedule_idle_check (self, idle_us (self));
}

static gboolean
input_event_cb (KgKioskGuard *self,
                GdkEvent     *event)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_BUTTON_PRESS:
    case GDK_MOTION_NOTIFY:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      kg_kiosk_guard_note_activity (self);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

/* ---- The main window stays in front ------------------------------------ */

static gboolean
present_cb (gpointer user_data)
{
  KgKioskGuard *self = user_data;
  g_autoptr (GtkWindow) window = dup_main_window (self);

  self->present_source = 0;
  /* Gone from the toplevels: being destroyed, not hidden by a visitor. */
  if (window == NULL || gtk_widget_in_destruction (GTK_WIDGET (window)))
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < g_list_model_get_n_items (self->toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (self->toplevels, i);

      if (toplevel == window)
        {
          gtk_window_unminimize (window);
          gtk_window_present (window);
          break;
        }
    }
  return G_SOURCE_REMOVE;
}

/* Not from inside the notification that reported it: GTK is still in the
 * middle of hiding or iconifying. */
static void
queue_present (KgKioskGuard *self)
{
  if (self->present_source == 0)
    self->present_source = g_idle_add (present_cb, self);
}

static void
surface_state_cb (KgKioskGuard *self)
{
  if (gdk_toplevel_get_state (GDK_TOPLEVEL (self->watched_surface)) & GDK_TOPLEVEL_STATE_MINIMIZED)
    queue_present (self);
}

static void
watch_surface (KgKioskGuard *self,
               GtkWindow    *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == self->watched_surface)
    return;
  if (self->watched_surface != NULL)
    g_signal_handlers_disconnect_by_data (self->watched_surface, self);
  g_set_object (&self->watched_surface, surface);
  if (surface != NULL)
    {
      g_signal_connect_swapped (surface, "notify::state", G_CALLBACK (surface_state_cb), self);
      surface_state_cb (self);
    }
}

static void
main_visible_cb (GtkWindow    *window,
                 GParamSpec   *pspec,
                 KgKioskGuard *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (window)))
    queue_present (self);
}

static void
main_realize_cb (GtkWindow    *window,
                 KgKioskGuard *self)
{
  watch_surface (self, window);
}

/* ---- Every window -------------------------------------------------------- */

/* The inspector can change anything, hide the kiosk among others. */
static gboolean
enable_debugging_cb (GtkWindow *window,
                     gboolean   toggle)
{
  g_signal_stop_emission_by_name (window, "enable-debugging");
  return TRUE;
}

static gboolean
about_link_cb (KgKioskGuard *self,
               const char   *uri)
{
  g_signal_emit (self, signals[SIGNAL_LINK_REFUSED], 0, uri);
  return TRUE;
}

static void
add_controller (KgKioskGuard       *self,
                GtkWindow          *window,
                GtkEventController *controller)
{
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_ptr_array_add (self->controllers, weak_ref_new (controller));
}

static void
guard_window (KgKioskGuard *self,
              GtkWindow    *window)
{
  GtkEventController *controller;

  for (guint i = 0; i < self->guarded->len; i++)
    {
      g_autoptr (GObject) guarded = g_weak_ref_get (g_ptr_array_index (self->guarded, i));

      if (guarded == (GObject *) window)
        return;
    }
  g_ptr_array_add (self->guarded, weak_ref_new (window));

  g_signal_connect (window, "enable-debugging", G_CALLBACK (enable_debugging_cb), NULL);
  if (ADW_IS_ABOUT_WINDOW (window))
    g_signal_connect_object (window, "activate-link", G_CALLBACK (about_link_cb), self,
                             G_CONNECT_SWAPPED);

  /* Capture phase: every event for the window, whatever then takes it. */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "kg-kiosk-activity");
  g_signal_connect_object (controller, "event", G_CALLBACK (input_event_cb), self,
                           G_CONNECT_SWAPPED);
  add_controller (self, window, controller);
}

static void
toplevels_changed_cb (KgKioskGuard *self,
                      guint         position,
                      guint         removed,
                      guint         added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (self->toplevels, i);

      guard_window (self, window);
    }
}

/**
 * kg_kiosk_guard_close_others:
 * @self: a guard
 *
 * Closes every window but the main one (the inspector included) and shows
 * the main window, unminimised, in front: what the idle reset starts with.
 */
void
kg_kiosk_guard_close_others (KgKioskGuard *self)
{
  g_autoptr (GtkWindow) main_window = NULL;
  g_autoptr (GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWindow *help_overlay = NULL;

  g_return_if_fail (KG_IS_KIOSK_GUARD (self));

  main_window = dup_main_window (self);
  if (main_window == NULL)
    return;
  if (GTK_IS_APPLICATION_WINDOW (main_window))
    help_overlay = (GtkWindow *) gtk_application_window_get_help_overlay (
                                   GTK_APPLICATION_WINDOW (main_window));

  /* The inspector is GTK's to hide (it is kept for next time). */
  gtk_window_set_interactive_debugging (FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (self->toplevels); i++)
    {
      GtkWindow *window = g_list_model_get_item (self->toplevels, i);

      if (window != main_window && gtk_widget_get_visible (GTK_WIDGET (window)))
        g_ptr_array_add (others, window);
      else
        g_object_unref (window);
    }
  for (guint i = 0; i < others->len; i++)
    {
      GtkWindow *window = g_ptr_array_index (others, i);

      /* The application window keeps its shortcuts window for next time. */
      if (window == help_overlay)
        gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
      else
        gtk_window_destroy (window);
    }
  gtk_window_unminimize (main_window);
  gtk_window_present (main_window);
}

/* ---- Object ------------------------------------------------------------ */

static void
kg_kiosk_guard_dispose (GObject *object)
{
  KgKioskGuard *self = KG_KIOSK_GUARD (object);
  g_autoptr (GtkWindow) window = dup_main_window (self);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->present_source, g_source_remove);
  if (self->toplevels != NULL)
    g_signal_handlers_disconnect_by_data (self->toplevels, self);
  if (self->watched_surface != NULL)
    g_signal_handlers_disconnect_by_data (self->watched_surface, self);
  g_clear_object (&self->watched_surface);
  if (window != NULL)
    g_signal_handlers_disconnect_by_data (window, self);

  /* Windows that outlive the guard go back to normal. */
  for (guint i = 0; self->controllers != NULL && i < self->controllers->len; i++)
    {
      g_autoptr (GtkEventController) controller =
        g_weak_ref_get (g_ptr_array_index (self->controllers, i));
      GtkWidget *widget = controller != NULL ? gtk_event_controller_get_widget (controller) : NULL;

      if (widget != NULL)
        gtk_widget_remove_controller (widget, controller);
    }
  for (guint i = 0; self->guarded != NULL && i < self->guarded->len; i++)
    {
      g_autoptr (GObject) guarded = g_weak_ref_get (g_ptr_array_index (self->guarded, i));

      if (guarded != NULL)
        {
          g_signal_handlers_disconnect_by_func (guarded, enable_debugging_cb, NULL);
          g_signal_handlers_disconnect_by_data (guarded, self);
        }
    }
  g_clear_pointer (&self->controllers, g_ptr_array_unref);
  g_clear_pointer (&self->guarded, g_ptr_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kg_kiosk_guard_parent_class)->dispose (object);
}

static void
kg_kiosk_guard_finalize (GObject *object)
{
  KgKioskGuard *self = KG_KIOSK_GUARD (object);

  g_weak_ref_clear (&self->main_window);

  G_OBJECT_CLASS (kg_kiosk_guard_parent_class)->finalize (object);
}

static void
kg_kiosk_guard_class_init (KgKioskGuardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kg_kiosk_guard_dispose;
  object_class->finalize = kg_kiosk_guard_finalize;

  /**
   * KgKioskGuard::idle:
   *
   * The kiosk has had no input, in any window, for "kiosk-idle-seconds".
   */
  signals[SIGNAL_IDLE] = g_signal_new ("idle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * KgKioskGuard::link-refused:
   * @uri: where the link leads
   *
   * A link in a window the guard watches was not opened.
   */
  signals[SIGNAL_LINK_REFUSED] = g_signal_new ("link-refused", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
kg_kiosk_guard_init (KgKioskGuard *self)
{
  g_weak_ref_init (&self->main_window, NULL);
  self->controllers = g_ptr_array_new_with_free_func (weak_ref_free);
  self->guarded = g_ptr_array_new_with_free_func (weak_ref_free);
}

/**
 * kg_kiosk_guard_new:
 * @main_window: the kiosk's window (not referenced: it owns the guard)
 * @settings: the app's settings, for "kiosk-idle-seconds"
 *
 * Returns: (transfer full): a guard, at work at once
 */
KgKioskGuard *
kg_kiosk_guard_new (GtkWindow *main_window,
                    GSettings *settings)
{
  KgKioskGuard *self;

  g_return_val_if_fail (GTK_IS_WINDOW (main_window), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KG_TYPE_KIOSK_GUARD, NULL);
  g_weak_ref_set (&self->main_window, main_window);
  self->settings = g_object_ref (settings);
  self->toplevels = gtk_window_get_toplevels ();

  g_signal_connect_object (self->toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb),
                           self, G_CONNECT_SWAPPED);
  toplevels_changed_cb (self, 0, 0, g_list_model_get_n_items (self->toplevels));
  g_signal_connect_object (settings, "changed::kiosk-idle-seconds",
                           G_CALLBACK (idle_seconds_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (main_window, "notify::visible", G_CALLBACK (main_visible_cb), self);
  g_signal_connect (main_window, "realize", G_CALLBACK (main_realize_cb), self);
  watch_surface (self, main_window);

  kg_kiosk_guard_note_activity (self);
  return self;
}
