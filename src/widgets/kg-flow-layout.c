/* kg-flow-layout.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-flow-layout.h"

/* Equal-width columns, as many as fit the children at their minimum width
 * (their longest word, for wrapping labels) and fill every row: all in one
 * row when wide, one under another when narrow, never an orphan. When not
 * homogeneous, a single row gives each child its natural share, as a GtkBox
 * does, and only rows that wrap are equal-width columns. */

struct _KgFlowLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;
  gboolean         homogeneous;
};

G_DEFINE_FINAL_TYPE (KgFlowLayout, kg_flow_layout, GTK_TYPE_LAYOUT_MANAGER)

enum { PROP_0, PROP_SPACING, PROP_HOMOGENEOUS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static guint
count_children (GtkWidget *widget,
                int       *max_minimum)
{
  guint n = 0;

  *max_minimum = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum, natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      *max_minimum = MAX (*max_minimum, minimum);
      n++;
    }
  return n;
}

/* The most columns that fit @width and divide the children into full rows. */
static guint
count_columns (KgFlowLayout *self,
               int           width,
               guint         n_children,
               int           max_minimum)
{
  guint columns = MAX (n_children, 1);

  while (columns > 1
         && ((int) columns * max_minimum + ((int) columns - 1) * self->spacing > width
             || n_children % columns != 0))
    columns--;
  return columns;
}

/* Not homogeneous: the children's widths when they all fit one row of
 * @width, or FALSE. @sizes has a slot per laid-out child. */
static gboolean
fit_one_row (KgFlowLayout     *self,
             GtkWidget        *widget,
             int               width,
             GtkRequestedSize *sizes,
             guint             n)
{
  int extra = width - ((int) n - 1) * self->spacing;
  guint i = 0;

  if (self->homogeneous || n == 0)
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &sizes[i].minimum_size,
                          &sizes[i].natural_size, NULL, NULL);
      sizes[i].data = child;
      extra -= sizes[i].minimum_size;
      i++;
    }
  if (extra < 0)
    return FALSE;
  extra = gtk_distribute_natural_allocation (extra, n, sizes);
  /* What is left once every child has its natural width fills the row. */
  for (i = 0; i < n; i++)
    sizes[i].minimum_size += extra / (int) n + ((int) i < extra % (int) n ? 1 : 0);
  return TRUE;
}

static int
column_width (KgFlowLayout *self,
              int           width,
              guint         columns)
{
  return MAX ((width - ((int) columns - 1) * self->spacing) / (int) columns, 0);
}

static GtkSizeRequestMode
kg_flow_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kg_flow_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  KgFlowLayout *self = KG_FLOW_LAYOUT (manager);
  int max_minimum;
  guint n = count_children (widget, &max_minimum);
  guint columns;
  int width;
  guint index = 0;
  int row_min = 0, row_nat = 0;

  *minimum = *natural = 0;
  if (n == 0)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int max_natural = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat,
                              NULL, NULL);
          max_natural = MAX (max_natural, child_nat);
        }
      *minimum = max_minimum;
      *natural = (int) n * max_natural + ((int) n - 1) * self->spacing;
      if (!self->homogeneous)
        {
          *natural = ((int) n - 1) * self->spacing;
          for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
               child = gtk_widget_get_next_sibling (child))
            {
              int child_nat;

              if (!gtk_widget_should_layout (child))
                continue;
              gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_nat,
                                  NULL, NULL);
              *natural += child_nat;
            }
        }
      return;
    }

  if (for_size >= 0)
    {
      g_autofree GtkRequestedSize *sizes = g_new0 (GtkRequestedSize, n);

      if (fit_one_row (self, widget, for_size, sizes, n))
        {
          for (guint i = 0; i < n; i++)
            {
              int child_min, child_nat;

              gtk_widget_measure (sizes[i].data, GTK_ORIENTATION_VERTICAL,
                                  sizes[i].minimum_size, &child_min, &child_nat, NULL, NULL);
              *minimum = MAX (*minimum, child_min);
              *natural = MAX (*natural, child_nat);
            }
          return;
        }
    }

  width = for_size >= 0 ? for_size : (int) n * max_minimum + ((int) n - 1) * self->spacing;
  columns = count_columns (self, width, n, max_minimum);
  width = column_width (self, width, columns);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat,
                          NULL, NULL);
      row_min = MAX (row_min, child_min);
      row_nat = MAX (row_nat, child_nat);
      if (++index % columns == 0 || index == n)
        {
          *minimum += row_min + (index > columns ? self->spacing : 0);
          *natural += row_nat + (index > columns ? self->spacing : 0);
          row_min = row_nat = 0;
        }
    }
}

static void
kg_flow_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  KgFlowLayout *self = KG_FLOW_LAYOUT (manager);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int max_minimum;
  guint n = count_children (widget, &max_minimum);
  guint columns = count_columns (self, width, n, max_minimum);
  int cell = column_width (self, width, columns);
  GtkWidget *row_start = gtk_widget_get_first_child (widget);
  g_autofree GtkRequestedSize *sizes = g_new0 (GtkRequestedSize, MAX (n, 1));
  int y = 0;

  if (fit_one_row (self, widget, width, sizes, n))
    {
      int x = 0;

      for (guint i = 0; i < n; i++)
        {
          int child_width = sizes[i].minimum_size;

          gtk_widget_size_allocate (sizes[i].data,
                                    &(GtkAllocation) { rtl ? width - x - child_width : x, 0,
                                                       child_width, height }, -1);
          x += child_width + self->spacing;
        }
      return;
    }

  /* Row by row: measure the row's height, then place its children. */
  while (row_start != NULL)
    {
      GtkWidget *child = row_start;
      int row_height = 0;
      guint placed = 0;

      for (guint i = 0; child != NULL && i < columns; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, cell, &child_min, &child_nat,
                              NULL, NULL);
          row_height = MAX (row_height, child_nat);
          i++;
        }
      for (child = row_start; child != NULL && placed < columns;
           child = gtk_widget_get_next_sibling (child))
        {
          int x;

          if (!gtk_widget_should_layout (child))
            continue;
          x = (int) placed * (cell + self->spacing);
          if (rtl)
            x = width - x - cell;
          gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, cell, row_height }, -1);
          placed++;
        }
      row_start = child;
      y += row_height + self->spacing;
    }
}

static void
kg_flow_layout_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KgFlowLayout *self = KG_FLOW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_HOMOGENEOUS:
      g_value_set_boolean (value, self->homogeneous);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_flow_layout_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KgFlowLayout *self = KG_FLOW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      kg_flow_layout_set_spacing (self, g_value_get_int (value));
      break;
    case PROP_HOMOGENEOUS:
      kg_flow_layout_set_homogeneous (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_flow_layout_class_init (KgFlowLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = kg_flow_layout_get_property;
  object_class->set_property = kg_flow_layout_set_property;
  layout_class->get_request_mode = kg_flow_layout_get_request_mode;
  layout_class->measure = kg_flow_layout_measure;
  layout_class->allocate = kg_flow_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 6,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * KgFlowLayout:homogeneous:
   *
   * Whether the children of a single row are as wide as each other (the
   * default), or each as wide as it would like, as in a #GtkBox. Wrapped
   * rows are always equal-width columns.
   */
  properties[PROP_HOMOGENEOUS] =
    g_param_spec_boolean ("homogeneous", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kg_flow_layout_init (KgFlowLayout *self)
{
  self->spacing = 6;
  self->homogeneous = TRUE;
}

/**
 * kg_flow_layout_new:
 * @spacing: the space between columns and rows, in pixels
 *
 * Returns: (transfer full): a new flow layout
 */
GtkLayoutManager *
kg_flow_layout_new (int spacing)
{
  return g_object_new (KG_TYPE_FLOW_LAYOUT, "spacing", spacing, NULL);
}

/**
 * kg_flow_layout_get_spacing:
 * @self: a flow layout
 *
 * Returns: the space between columns and rows, in pixels
 */
int
kg_flow_layout_get_spacing (KgFlowLayout *self)
{
  g_return_val_if_fail (KG_IS_FLOW_LAYOUT (self), 0);
  return self->spacing;
}

/**
 * kg_flow_layout_set_spacing:
 * @self: a flow layout
 * @spacing: the space between columns and rows, in pixels
 */
void
kg_flow_layout_set_spacing (KgFlowLayout *self,
                            int           spacing)
{
  g_return_if_fail (KG_IS_FLOW_LAYOUT (self));

  if (self->spacing == spacing)
    return;
  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/**
 * kg_flow_layout_get_homogeneous:
 * @self: a flow layout
 *
 * Returns: whether the children of a single row are equally wide
 */
gboolean
kg_flow_layout_get_homogeneous (KgFlowLayout *self)
{
  g_return_val_if_fail (KG_IS_FLOW_LAYOUT (self), TRUE);
  return self->homogeneous;
}

/**
 * kg_flow_layout_set_homogeneous:
 * @self: a flow layout
 * @homogeneous: whether the children of a single row are equally wide
 */
void
kg_flow_layout_set_homogeneous (KgFlowLayout *self,
                                gboolean      homogeneous)
{
  g_return_if_fail (KG_IS_FLOW_LAYOUT (self));

  homogeneous = !!homogeneous;
  if (self->homogeneous == homogeneous)
    return;
  self->homogeneous = homogeneous;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOMOGENEOUS]);
}
