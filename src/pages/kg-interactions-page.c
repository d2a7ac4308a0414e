/* kg-interactions-page.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "kg-interactions-page.h"

struct _KgInteractionsPage
{
  AdwBin     parent_instance;

  /* Owned */
  KgCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (KgInteractionsPage, kg_interactions_page, ADW_TYPE_BIN)

enum { PROP_0, PROP_CATALOG, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
kg_interactions_page_dispose (GObject *object)
{
  KgInteractionsPage *self = (KgInteractionsPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KG_TYPE_INTERACTIONS_PAGE);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (kg_interactions_page_parent_class)->dispose (object);
}

static void
kg_interactions_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KgInteractionsPage *self = (KgInteractionsPage *) object;

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kg_interactions_page_class_init (KgInteractionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kg_interactions_page_dispose;
  object_class->set_property = kg_interactions_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, KG_TYPE_CATALOG,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/KetGuide/ui/kg-interactions-page.ui");
}

static void
kg_interactions_page_init (KgInteractionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kg_interactions_page_new:
 * @catalog: the content to show
 *
 * Returns: (transfer full): a new contraindications page
 */
KgInteractionsPage *
kg_interactions_page_new (KgCatalog *catalog)
{
  return g_object_new (KG_TYPE_INTERACTIONS_PAGE, "catalog", catalog, NULL);
}
