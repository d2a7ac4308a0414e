/* kg-pk.h
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KG_PK_ERROR (kg_pk_error_quark ())

typedef enum
{
  KG_PK_ERROR_INVALID_PARAMETER,
} KgPkError;

GQuark kg_pk_error_quark (void);

/* Most exponentials a model has: three compartments. */
#define KG_PK_MAX_COMPARTMENTS 3

/**
 * KgPkModel:
 * @v1: volume of the central compartment, L/kg (> 0)
 * @k10: elimination rate constant from the central compartment, min⁻¹ (> 0)
 * @k12: central → second compartment, min⁻¹ (≥ 0; 0 for one compartment)
 * @k13: central → third compartment, min⁻¹ (≥ 0; 0 for one or two compartments)
 * @k21: second → central, min⁻¹ (> 0 when @k12 > 0)
 * @k31: third → central, min⁻¹ (> 0 when @k13 > 0)
 *
 * A linear mammillary model given by its micro-constants, as in STANPUMP and
 * stanpumpR. A peripheral compartment whose inflow constant is 0 is absent.
 */
typedef struct
{
  double v1;
  double k10;
  double k12;
  double k13;
  double k21;
  double k31;
} KgPkModel;

/**
 * KgPkHybrid:
 * @n: number of exponentials (1, 2 or 3)
 * @lambda: hybrid rate constants, min⁻¹, in decreasing order; unused ones are 0
 * @coef: unit-disposition coefficients of the central compartment, kg/L: a
 *   bolus of D mg/kg gives Cp(t) = D · Σ coef[i] · e^(−lambda[i]·t) mg/L;
 *   Σ coef[i] = 1 / V1
 *
 * The model in its macro form (sums of exponentials).
 */
typedef struct
{
  guint  n;
  double lambda[KG_PK_MAX_COMPARTMENTS];
  double coef[KG_PK_MAX_COMPARTMENTS];
} KgPkHybrid;

/**
 * KgPkMetabolite:
 * @fm: fraction of the central elimination (the k10 flow) that forms the
 *   metabolite, 0 to 1
 * @vm: volume of distribution of the metabolite, L/kg (> 0)
 * @km: elimination rate constant of the metabolite, min⁻¹ (> 0)
 *
 * A formed metabolite (norketamine) with one compartment of its own. Its
 * concentration is in mg of parent-equivalent per litre (no molar mass
 * correction; ketamine 237.7 g/mol, norketamine 223.7 g/mol).
 */
typedef struct
{
  double fm;
  double vm;
  double km;
} KgPkMetabolite;

typedef enum
{
  KG_PK_ROUTE_IV_BOLUS,
  KG_PK_ROUTE_ABSORPTION,
} KgPkRouteKind;

/**
 * KgPkRoute:
 * @kind: an IV bolus into the central compartment, or first-order absorption
 *   from a depot
 * @ka: absorption rate constant, min⁻¹ (> 0); absorption only
 * @f: bioavailability, the fraction of the dose reaching the central
 *   compartment unchanged, in (0, 1]; absorption only
 * @lag: absorption lag time, min (≥ 0); absorption only
 * @first_pass: of the part of the dose that does not reach the circulation
 *   unchanged (1 − @f), the fraction converted to metabolite on the way (gut
 *   wall, liver), 0 to 1; it enters the metabolite compartment with the same
 *   @ka and @lag. Absorption only; needs a #KgPkMetabolite to matter.
 *
 * How a single dose is given. For an IV bolus the other fields are ignored.
 */
typedef struct
{
  KgPkRouteKind kind;
  double        ka;
  double        f;
  double        lag;
  double        first_pass;
} KgPkRoute;

typedef enum
{
  KG_PK_SPECIES_PARENT,
  KG_PK_SPECIES_METABOLITE,
} KgPkSpecies;

/**
 * KgPkCurve:
 *
 * The concentration–time curves of the parent drug and its metabolite after
 * one dose, with every coefficient computed once at creation. Times are in
 * minutes from the dose; concentrations in mg/L (= µg/mL; 1 mg/L = 1,000
 * ng/mL).
 */
typedef struct _KgPkCurve KgPkCurve;

gboolean   kg_pk_model_validate            (const KgPkModel      *model,
                                            GError              **error);
gboolean   kg_pk_model_get_hybrid          (const KgPkModel      *model,
                                            KgPkHybrid           *hybrid,
                                            GError              **error);
double     kg_pk_hybrid_absorption_coefficients (const KgPkHybrid *hybrid,
                                            double                ka,
                                            double                f,
                                            double               *coef,
                                            double               *coef_ka);
gboolean   kg_pk_metabolite_validate       (const KgPkMetabolite *metabolite,
                                            GError              **error);
gboolean   kg_pk_route_validate            (const KgPkRoute      *route,
                                            GError              **error);

KgPkCurve *kg_pk_curve_new                 (const KgPkModel      *model,
                                            const KgPkMetabolite *metabolite,
                                            const KgPkRoute      *route,
                                            double                dose,
                                            GError              **error);
void       kg_pk_curve_free                (KgPkCurve            *curve);
double     kg_pk_curve_get_parent          (const KgPkCurve      *curve,
                                            double                t);
double     kg_pk_curve_get_metabolite      (const KgPkCurve      *curve,
                                            double                t);
double     kg_pk_curve_get                 (const KgPkCurve      *curve,
                                            KgPkSpecies           species,
                                            double                t);
void       kg_pk_curve_sample              (const KgPkCurve      *curve,
                                            double                t_end,
                                            guint                 n,
                                            double               *times,
                                            double               *parent,
                                            double               *metabolite);
gboolean   kg_pk_curve_find_peak           (const KgPkCurve      *curve,
                                            KgPkSpecies           species,
                                            double                t_end,
                                            double               *t_peak,
                                            double               *c_peak);
gboolean   kg_pk_curve_find_time_below     (const KgPkCurve      *curve,
                                            KgPkSpecies           species,
                                            double                threshold,
                                            double                t_end,
                                            double               *t_below);

double     kg_pk_fraction_remaining        (double                t,
                                            double                half_life);
double     kg_pk_bateman_peak_time         (double                ka,
                                            double                ke);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgPkCurve, kg_pk_curve_free)

G_END_DECLS
