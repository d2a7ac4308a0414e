/* kg-reflow-box.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-reflow-box.h"

/* Two columns when wide enough, one when not — the reflow libadwaita 1.2 has
 * no breakpoints for. Children stack in order when narrow; when wide, those
 * added as `<child type="end">` form the second column. The width decides
 * the layout inside measure and allocate, so nothing is re-queued while
 * allocating. */

#define START_FRACTION 0.56

struct _KgReflowBox
{
  GtkWidget parent_instance;

  int       threshold;
  int       spacing;
  gboolean  wide;
};

static void kg_reflow_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KgReflowBox, kg_reflow_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      kg_reflow_box_buildable_init))

enum { PROP_0, PROP_THRESHOLD, PROP_SPACING, N_PROPS };
static GParamSpec *properties[N_PROPS];

static GtkBuildableIface *parent_buildable_iface;

/* Marks the children of the second column. */
static GQuark
end_column_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("kg-reflow-box-end");
  return quark;
}

static gboolean
in_end_column (GtkWidget *child)
{
  return g_object_get_qdata (G_OBJECT (child), end_column_quark ()) != NULL;
}

static gboolean
has_end_column (KgReflowBox *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_should_layout (child) && in_end_column (child))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_wide (KgReflowBox *self,
         int          width)
{
  return width >= self->threshold && has_end_column (self);
}

static void
column_widths (KgReflowBox *self,
               int          width,
               int         *start,
               int         *end)
{
  *start = (int) ((width - self->spacing) * START_FRACTION);
  *end = width - self->spacing - *start;
}

/* Height of the children of one column (or of all, @column -1) at @width. */
static void
measure_column (KgReflowBox *self,
                int          column,
                int          width,
                int         *minimum,
                int         *natural)
{
  gboolean first = TRUE;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child)
          || (column >= 0 && in_end_column (child) != (column == 1)))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat,
                          NULL, NULL);
      if (!first)
        {
          *minimum += self->spacing;
          *natural += self->spacing;
        }
      *minimum += child_min;
      *natural += child_nat;
      first = FALSE;
    }
}

static GtkSizeRequestMode
kg_reflow_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kg_reflow_box_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KgReflowBox *self = KG_REFLOW_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int start_nat = 0, end_nat = 0;

      *minimum = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat,
                              NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          if (in_end_column (child))
            end_nat = MAX (end_nat, child_nat);
          else
            start_nat = MAX (start_nat, child_nat);
        }
      *natural = end_nat > 0 ? MAX (start_nat + self->spacing + end_nat, self->threshold)
                             : start_nat;
      *natural = MAX (*natural, *minimum);
    }
  else if (for_size >= 0 && is_wide (self, for_size))
    {
      int start_width, end_width, start_min, start_nat, end_min, end_nat;

      column_widths (self, for_size, &start_width, &end_width);
      measure_column (self, 0, start_width, &start_min, &start_nat);
      measure_column (self, 1, end_width, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat, end_nat);
    }
  else
    {
      measure_column (self, -1, for_size, minimum, natural);
    }
}

static void
allocate_column (KgReflowBox *self,
                 int          column,
                 int          x,
                 int          width)
{
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child)
          || (column >= 0 && in_end_column (child) != (column == 1)))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat,
                          NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, child_nat }, -1);
      y += child_nat + self->spacing;
    }
}

static void
kg_reflow_box_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  KgReflowBox *self = KG_REFLOW_BOX (widget);

  self->wide = is_wide (self, width);
  if (self->wide)
    {
      gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
      int start_width, end_width;

      column_widths (self, width, &start_width, &end_width);
      allocate_column (self, 0, rtl ? end_width + self->spacing : 0, start_width);
      allocate_column (self, 1, rtl ? 0 : start_width + self->spacing, end_width);
    }
  else
    {
      allocate_column (self, -1, 0, width);
    }
}

static void
kg_reflow_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kg_reflow_box_parent_class)->dispose (object);
}

static void
kg_reflow_box_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KgReflowBox *self = KG_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_reflow_box_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KgReflowBox *self = KG_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD:
      kg_reflow_box_set_threshold (self, g_value_get_int (value));
      break;
    case PROP_SPACING:
      kg_reflow_box_set_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_reflow_box_buildable_add_child (GtkBuildable *buildable,
                                   GtkBuilder   *builder,
                                   GObject      *child,
                                   const char   *type)
{
  if (GTK_IS_WIDGET (child))
    kg_reflow_box_append (KG_REFLOW_BOX (buildable), GTK_WIDGET (child),
                          g_strcmp0 (type, "end") == 0);
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
kg_reflow_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = kg_reflow_box_buildable_add_child;
}

static void
kg_reflow_box_class_init (KgReflowBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kg_reflow_box_dispose;
  object_class->get_property = kg_reflow_box_get_property;
  object_class->set_property = kg_reflow_box_set_property;
  widget_class->get_request_mode = kg_reflow_box_get_request_mode;
  widget_class->measure = kg_reflow_box_measure;
  widget_class->size_allocate = kg_reflow_box_size_allocate;

  properties[PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL, 0, G_MAXINT, 860,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 18,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "reflowbox");
}

static void
kg_reflow_box_init (KgReflowBox *self)
{
  self->threshold = 860;
  self->spacing = 18;
}

/**
 * kg_reflow_box_new:
 *
 * Returns: (transfer full): a new, empty reflow box
 */
GtkWidget *
kg_reflow_box_new (void)
{
  return g_object_new (KG_TYPE_REFLOW_BOX, NULL);
}

/**
 * kg_reflow_box_append:
 * @self: a reflow box
 * @child: a widget
 * @end_column: whether @child goes in the second column when wide
 */
void
kg_reflow_box_append (KgReflowBox *self,
                      GtkWidget   *child,
                      gboolean     end_column)
{
  g_return_if_fail (KG_IS_REFLOW_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  g_object_set_qdata (G_OBJECT (child), end_column_quark (), GINT_TO_POINTER (end_column));
  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

/**
 * kg_reflow_box_remove:
 * @self: a reflow box
 * @child: one of its children
 */
void
kg_reflow_box_remove (KgReflowBox *self,
                      GtkWidget   *child)
{
  g_return_if_fail (KG_IS_REFLOW_BOX (self));
  g_return_if_fail (gtk_widget_get_parent (child) == GTK_WIDGET (self));

  g_object_set_qdata (G_OBJECT (child), end_column_quark (), NULL);
  gtk_widget_unparent (child);
}

/**
 * kg_reflow_box_get_wide:
 * @self: a reflow box
 *
 * Returns: whether the last allocation laid the children out in two columns
 */
gboolean
kg_reflow_box_get_wide (KgReflowBox *self)
{
  g_return_val_if_fail (KG_IS_REFLOW_BOX (self), FALSE);
  return self->wide;
}

/**
 * kg_reflow_box_get_threshold:
 * @self: a reflow box
 *
 * Returns: the narrowest width, in pixels, laid out in two columns
 */
int
kg_reflow_box_get_threshold (KgReflowBox *self)
{
  g_return_val_if_fail (KG_IS_REFLOW_BOX (self), 0);
  return self->threshold;
}

/**
 * kg_reflow_box_set_threshold:
 * @self: a reflow box
 * @threshold: the narrowest width, in pixels, to lay out in two columns
 */
void
kg_reflow_box_set_threshold (KgReflowBox *self,
                             int          threshold)
{
  g_return_if_fail (KG_IS_REFLOW_BOX (self));

  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

/**
 * kg_reflow_box_get_spacing:
 * @self: a reflow box
 *
 * Returns: the space between children and between the columns, in pixels
 */
int
kg_reflow_box_get_spacing (KgReflowBox *self)
{
  g_return_val_if_fail (KG_IS_REFLOW_BOX (self), 0);
  return self->spacing;
}

/**
 * kg_reflow_box_set_spacing:
 * @self: a reflow box
 * @spacing: the space between children and between the columns, in pixels
 */
void
kg_reflow_box_set_spacing (KgReflowBox *self,
                           int          spacing)
{
  g_return_if_fail (KG_IS_REFLOW_BOX (self));

  if (self->spacing == spacing)
    return;
  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}
