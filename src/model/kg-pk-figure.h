/* kg-pk-figure.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kg-content-reader.h"
#include "kg-text.h"

G_BEGIN_DECLS

/* What a figure measures, which fixes its unit. */
typedef enum
{
  KG_PK_FIGURE_HALF_LIFE,           /* hours */
  KG_PK_FIGURE_CONCENTRATION_BAND,  /* ng/mL */
  KG_PK_FIGURE_TIME_MARKER,         /* hours after the dose */
} KgPkFigureKind;

/* How the figure is known: a measured study, a product label, or only a
 * patient guide (shown as unverified). */
typedef enum
{
  KG_PK_EVIDENCE_STUDY,
  KG_PK_EVIDENCE_LABEL,
  KG_PK_EVIDENCE_PATIENT_GUIDE,
} KgPkEvidence;

#define KG_TYPE_PK_FIGURE (kg_pk_figure_get_type ())

G_DECLARE_FINAL_TYPE (KgPkFigure, kg_pk_figure, KG, PK_FIGURE, GObject)

gboolean             kg_pk_figures_parse          (KgContentReader *reader,
                                                   const cJSON     *root,
                                                   const char      *field,
                                                   KgPkFigureKind   kind,
                                                   GListStore      *store);

const char          *kg_pk_figure_get_id          (KgPkFigure *self);
KgPkFigureKind       kg_pk_figure_get_kind        (KgPkFigure *self);
KgText              *kg_pk_figure_get_label       (KgPkFigure *self);
double               kg_pk_figure_get_value       (KgPkFigure *self);
double               kg_pk_figure_get_min         (KgPkFigure *self);
double               kg_pk_figure_get_max         (KgPkFigure *self);
gboolean             kg_pk_figure_has_range       (KgPkFigure *self);
double               kg_pk_figure_get_typical     (KgPkFigure *self);
KgText              *kg_pk_figure_get_note        (KgPkFigure *self);
KgText              *kg_pk_figure_get_caveat      (KgPkFigure *self);
gboolean             kg_pk_figure_get_plot        (KgPkFigure *self);
KgPkEvidence         kg_pk_figure_get_evidence    (KgPkFigure *self);
const char * const  *kg_pk_figure_get_sources     (KgPkFigure *self);

G_END_DECLS
