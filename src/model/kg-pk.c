/* kg-pk.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* Closed-form linear pharmacokinetics for the half-life page.
 *
 * Everything is a sum of exponentials, as in STANPUMP and stanpumpR: the
 * hybrid rate constants are the roots of the model's characteristic
 * polynomial, and every route and the formed metabolite are obtained by
 * convolving sums of exponentials with first-order inputs, which again gives
 * sums of exponentials. No ODE is integrated.
 *
 * Units: volumes in L/kg, doses in mg/kg, rates in min⁻¹, times in min.
 * Concentration = amount / volume, so (mg/kg) / (L/kg) = mg/L and the body
 * weight cancels: the curves are the same for any weight.
 */

#include <float.h>
#include <math.h>
#include <string.h>

#include "kg-pk.h"

/* Rates a curve can hold: the hybrid constants, ka and km. */
#define MAX_RATES (KG_PK_MAX_COMPARTMENTS + 2)

/* Relative distance under which two rate constants count as equal; see
 * separate_rate(). */
#define RATE_NUDGE 1e-6

/* Grid used to locate peaks and threshold crossings before refining. */
#define SEARCH_GRID 2048

/* The recurrence e(t + dt) = e(t) · e(−r·dt) used when sampling is re-seeded
 * with a real exp() this often, so rounding cannot build up. */
#define RESEED_EVERY 64

struct _KgPkCurve
{
  guint  n_rates;
  double rate[MAX_RATES];
  double parent[MAX_RATES];
  double metabolite[MAX_RATES];
  double lag;
};

G_DEFINE_QUARK (kg-pk-error-quark, kg_pk_error)

typedef enum
{
  CHECK_POSITIVE,
  CHECK_NON_NEGATIVE,
  CHECK_FRACTION,      /* [0, 1] */
  CHECK_FRACTION_OPEN, /* (0, 1] */
} Check;

static gboolean
check_parameter (const char  *name,
                 double       value,
                 Check        check,
                 GError     **error)
{
  char found[G_ASCII_DTOSTR_BUF_SIZE];
  const char *expected = NULL;
  gboolean ok = FALSE;

  /* NaN fails every comparison below, so it is refused with the rest. */
  switch (check)
    {
    case CHECK_POSITIVE:
      ok = isfinite (value) && value > 0;
      expected = "a positive finite number";
      break;

    case CHECK_NON_NEGATIVE:
      ok = isfinite (value) && value >= 0;
      expected = "a non-negative finite number";
      break;

    case CHECK_FRACTION:
      ok = value >= 0 && value <= 1;
      expected = "a finite number from 0 to 1";
      break;

    case CHECK_FRACTION_OPEN:
      ok = value > 0 && value <= 1;
      expected = "a finite number greater than 0 and at most 1";
      break;

    default:
      g_assert_not_reached ();
    }

  if (ok)
    return TRUE;

  /* Locale-independent, so the message is the same everywhere. */
  g_ascii_formatd (found, sizeof found, "%g", value);
  g_set_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER,
               "Parameter “%s” must be %s (found %s)", name, expected, found);
  return FALSE;
}

static gboolean
check_return_rate (const char  *name,
                   double       value,
                   const char  *inflow_name,
                   double       inflow,
                   GError     **error)
{
  char found[G_ASCII_DTOSTR_BUF_SIZE];

  if (inflow == 0 || value > 0)
    return TRUE;

  g_ascii_formatd (found, sizeof found, "%g", value);
  g_set_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER,
               "Parameter “%s” must be a positive finite number when “%s” is positive "
               "(found %s)",
               name, inflow_name, found);
  return FALSE;
}

/**
 * kg_pk_model_validate:
 * @model: a model
 * @error: return location for a #KG_PK_ERROR_INVALID_PARAMETER error
 *
 * Checks that every micro-constant is finite, V1 and k10 positive, the
 * others non-negative, and that a peripheral compartment that receives drug
 * (k12 or k13 > 0) also returns it (k21 or k31 > 0). The message names the
 * first offending parameter and its value.
 *
 * Returns: %TRUE if the model can be used
 */
gboolean
kg_pk_model_validate (const KgPkModel  *model,
                      GError          **error)
{
  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_parameter ("V1", model->v1, CHECK_POSITIVE, error)
         && check_parameter ("k10", model->k10, CHECK_POSITIVE, error)
         && check_parameter ("k12", model->k12, CHECK_NON_NEGATIVE, error)
         && check_parameter ("k13", model->k13, CHECK_NON_NEGATIVE, error)
         && check_parameter ("k21", model->k21, CHECK_NON_NEGATIVE, error)
         && check_parameter ("k31", model->k31, CHECK_NON_NEGATIVE, error)
         && check_return_rate ("k21", model->k21, "k12", model->k12, error)
         && check_return_rate ("k31", model->k31, "k13", model->k13, error);
}

/**
 * kg_pk_metabolite_validate:
 * @metabolite: a metabolite description
 * @error: return location for a #KG_PK_ERROR_INVALID_PARAMETER error
 *
 * Checks that fm is in [0, 1] and Vm and km are positive and finite.
 *
 * Returns: %TRUE if the metabolite can be used
 */
gboolean
kg_pk_metabolite_validate (const KgPkMetabolite  *metabolite,
                           GError               **error)
{
  g_return_val_if_fail (metabolite != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_parameter ("fm", metabolite->fm, CHECK_FRACTION, error)
         && check_parameter ("Vm", metabolite->vm, CHECK_POSITIVE, error)
         && check_parameter ("km", metabolite->km, CHECK_POSITIVE, error);
}

/**
 * kg_pk_route_validate:
 * @route: a route
 * @error: return location for a #KG_PK_ERROR_INVALID_PARAMETER error
 *
 * An IV bolus is always valid. For absorption, checks that ka is positive,
 * F in (0, 1], the lag time non-negative and the first-pass fraction in
 * [0, 1], all finite.
 *
 * Returns: %TRUE if the route can be used
 */
gboolean
kg_pk_route_validate (const KgPkRoute  *route,
                      GError          **error)
{
  g_return_val_if_fail (route != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (route->kind)
    {
    case KG_PK_ROUTE_IV_BOLUS:
      return TRUE;

    case KG_PK_ROUTE_ABSORPTION:
      return check_parameter ("ka", route->ka, CHECK_POSITIVE, error)
             && check_parameter ("F", route->f, CHECK_FRACTION_OPEN, error)
             && check_parameter ("lag", route->lag, CHECK_NON_NEGATIVE, error)
             && check_parameter ("first_pass", route->first_pass, CHECK_FRACTION, error);

    default:
      g_set_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER,
                   "Parameter “kind” must be a known route (found %d)", (int) route->kind);
      return FALSE;
    }
}

/* p(λ) = λ³ − a2·λ² + a1·λ − a0 and its derivative, for polishing roots. */
static void
polish_cubic_root (double *root,
                   double  a2,
                   double  a1,
                   double  a0)
{
  for (guint i = 0; i < 2; i++)
    {
      double x = *root;
      double p = ((x - a2) * x + a1) * x - a0;
      double dp = (3 * x - 2 * a2) * x + a1;
      double next;

      if (dp == 0)
        return;
      next = x - p / dp;
      if (!isfinite (next) || fabs (((next - a2) * next + a1) * next - a0) >= fabs (p))
        return;
      *root = next;
    }
}

/**
 * kg_pk_model_get_hybrid:
 * @model: a model
 * @hybrid: (out caller-allocates): where to store the macro form
 * @error: return location for a #KG_PK_ERROR_INVALID_PARAMETER error
 *
 * Computes the hybrid rate constants λ1 > λ2 > λ3 (the eigenvalues of the
 * model, so Cp after a bolus is Σ Ai·e^(−λi·t)) and the unit-disposition
 * coefficients Ai of the central compartment, per mg/kg given as a bolus.
 * Three compartments use the closed trigonometric solution of the cubic, as
 * STANPUMP does; two use the quadratic; one is e^(−k10·t) / V1.
 *
 * Returns: %TRUE on success, %FALSE if the model is invalid
 */
gboolean
kg_pk_model_get_hybrid (const KgPkModel  *model,
                        KgPkHybrid       *hybrid,
                        GError          **error)
{
  double k_in[KG_PK_MAX_COMPARTMENTS - 1];
  double k_out[KG_PK_MAX_COMPARTMENTS - 1];
  guint n_peripheral = 0;
  double *lambda;

  g_return_val_if_fail (hybrid != NULL, FALSE);

  if (!kg_pk_model_validate (model, error))
    return FALSE;

  memset (hybrid, 0, sizeof *hybrid);
  lambda = hybrid->lambda;

  /* A peripheral compartment that receives nothing does not exist. */
  if (model->k12 > 0)
    {
      k_in[n_peripheral] = model->k12;
      k_out[n_peripheral++] = model->k21;
    }
  if (model->k13 > 0)
    {
      k_in[n_peripheral] = model->k13;
      k_out[n_peripheral++] = model->k31;
    }

  hybrid->n = n_peripheral + 1;

  if (n_peripheral == 0)
    {
      lambda[0] = model->k10;
    }
  else if (n_peripheral == 1)
    {
      /* λ² − (k10 + k12 + k21)·λ + k10·k21 = 0. The discriminant is
       * (k10 − k21)² + k12² + 2·k12·(k10 + k21) > 0, so the roots are real and
       * distinct; the small one comes from the product to avoid cancellation. */
      double sum = model->k10 + k_in[0] + k_out[0];
      double product = model->k10 * k_out[0];

      lambda[0] = (sum + sqrt (sum * sum - 4 * product)) / 2;
      lambda[1] = product / lambda[0];
    }
  else
    {
      /* λ³ − a2·λ² + a1·λ − a0 = 0, written as STANPUMP does. With
       * λ = y + a2/3 it becomes y³ + p·y + q = 0; a mammillary model has
       * three real positive roots (p < 0), given by Viète's trigonometric
       * formula. */
      double k10 = model->k10;
      double a2 = k10 + k_in[0] + k_in[1] + k_out[0] + k_out[1];
      double a1 = k10 * k_out[0] + k10 * k_out[1] + k_out[0] * k_out[1]
                  + k_in[0] * k_out[1] + k_in[1] * k_out[0];
      double a0 = k10 * k_out[0] * k_out[1];
      double p = a1 - a2 * a2 / 3;
      double q = -2 * a2 * a2 * a2 / 27 + a1 * a2 / 3 - a0;
      double m, cos_arg, theta;

      if (p >= 0)
        p = -DBL_MIN; /* only reachable through rounding: a triple root */
      m = 2 * sqrt (-p / 3);
      cos_arg = CLAMP (3 * q / (2 * p) * sqrt (-3 / p), -1.0, 1.0);
      theta = acos (cos_arg) / 3;

      for (guint i = 0; i < 3; i++)
        {
          /* i = 0 gives the largest root, i = 2 the smallest. */
          lambda[i] = a2 / 3 + m * cos (theta - 2 * G_PI * i / 3);
          polish_cubic_root (&lambda[i], a2, a1, a0);
        }
    }

  /* Residues of X1(s) = Π (s + kj1) / Π (s + λi):
   * Ai = Π (kj1 − λi) / Π_{m≠i} (λm − λi) / V1. */
  for (guint i = 0; i < hybrid->n; i++)
    {
      double num = 1, den = 1;

      for (guint j = 0; j < n_peripheral; j++)
        num *= k_out[j] - lambda[i];
      for (guint j = 0; j < hybrid->n; j++)
        if (j != i)
          den *= lambda[j] - lambda[i];
      hybrid->coef[i] = num / den / model->v1;
    }

  return TRUE;
}

/* The partial-fraction residues below carry 1/(k − r) for every pair of
 * rates, which blows up when an absorption or metabolite rate equals a hybrid
 * rate (or each other). The true curve is continuous there — the limit has a
 * t·e^(−r·t) term — so rather than a separate limit formula for each
 * coincidence, @k is moved up by a relative 2·10⁻⁶ of the rate it collides
 * with. That changes the curve by about a millionth of itself, far below any
 * model uncertainty, while the cancellation in (e^(−r·t) − e^(−k·t)) / (k − r)
 * costs only about ε / 10⁻⁶ ≈ 10⁻¹⁰. */
static double
separate_rate (double        k,
               const double *rates,
               guint         n_rates)
{
  /* Each rate can push k up at most once, so n_rates + 1 passes suffice. */
  for (guint pass = 0; pass <= n_rates; pass++)
    {
      gboolean moved = FALSE;

      for (guint i = 0; i < n_rates; i++)
        {
          if (fabs (k - rates[i]) < RATE_NUDGE * MAX (k, rates[i]))
            {
              k = rates[i] * (1 + 2 * RATE_NUDGE);
              moved = TRUE;
            }
        }
      if (!moved)
        break;
    }

  return k;
}

/* out = in ⊛ e^(−rate[j]·t), using
 * e^(−r·t) ⊛ e^(−k·t) = (e^(−r·t) − e^(−k·t)) / (k − r); in[j] must be 0. */
static void
convolve_exponential (const double *rate,
                      guint         n_rates,
                      const double *in,
                      guint         j,
                      double       *out)
{
  double sum = 0;

  g_assert (in[j] == 0);

  for (guint i = 0; i < n_rates; i++)
    {
      if (i == j || in[i] == 0)
        {
          out[i] = 0;
          continue;
        }
      out[i] = in[i] / (rate[j] - rate[i]);
      sum += out[i];
    }
  out[j] = -sum;
}

/**
 * kg_pk_hybrid_absorption_coefficients:
 * @hybrid: a macro form from kg_pk_model_get_hybrid()
 * @ka: absorption rate constant, min⁻¹ (> 0)
 * @f: bioavailability, (0, 1]
 * @coef: (out caller-allocates) (array fixed-size=3): one coefficient per
 *   hybrid rate, kg/L
 * @coef_ka: (out): the coefficient of e^(−ka·t), kg/L
 *
 * Unit-disposition coefficients of the central compartment for first-order
 * absorption from a depot: D mg/kg gives, from the end of the lag time,
 * Cp(t) = D · (Σ coef[i]·e^(−λi·t) + coef_ka·e^(−ka′·t)), with
 * coef[i] = F·ka′·Ai / (ka′ − λi) and coef_ka = −Σ coef[i] (so Cp(0) = 0).
 * ka′ is @ka, moved by a relative 2·10⁻⁶ if it (nearly) equals a λ, to keep
 * the formula finite (the curve is continuous in ka).
 *
 * Returns: ka′, the absorption rate the coefficients were computed with
 */
double
kg_pk_hybrid_absorption_coefficients (const KgPkHybrid *hybrid,
                                      double            ka,
                                      double            f,
                                      double           *coef,
                                      double           *coef_ka)
{
  double rate[KG_PK_MAX_COMPARTMENTS + 1] = { 0 };
  double in[KG_PK_MAX_COMPARTMENTS + 1] = { 0 };
  double out[KG_PK_MAX_COMPARTMENTS + 1];
  guint n;

  g_return_val_if_fail (hybrid != NULL, NAN);
  g_return_val_if_fail (hybrid->n >= 1 && hybrid->n <= KG_PK_MAX_COMPARTMENTS, NAN);
  g_return_val_if_fail (coef != NULL && coef_ka != NULL, NAN);
  g_return_val_if_fail (isfinite (ka) && ka > 0, NAN);
  g_return_val_if_fail (f > 0 && f <= 1, NAN);

  n = hybrid->n;
  for (guint i = 0; i < n; i++)
    {
      rate[i] = hybrid->lambda[i];
      in[i] = f * hybrid->coef[i];
    }
  rate[n] = separate_rate (ka, rate, n);
  convolve_exponential (rate, n + 1, in, n, out);

  for (guint i = 0; i < n; i++)
    coef[i] = rate[n] * out[i];
  *coef_ka = rate[n] * out[n];

  return rate[n];
}

/**
 * kg_pk_curve_new:
 * @model: the parent drug's model
 * @metabolite: (nullable): its formed metabolite, or %NULL for none
 * @route: how the dose is given
 * @dose: the dose, mg/kg (≥ 0)
 * @error: return location for a #KG_PK_ERROR_INVALID_PARAMETER error
 *
 * Computes, once, the coefficients of both concentration curves after one
 * dose. The parent is given by its hybrid form (and absorption, if any). The
 * metabolite is formed from a fraction fm of the central elimination flow
 * (k10·V1·Cp) and, for an absorbed route, from the presystemic fraction
 * (1 − F)·first_pass of the dose, which reaches the metabolite compartment
 * with the parent's ka and lag. Each input is a convolution of exponentials,
 * so both curves are sums of at most five exponentials.
 *
 * Doses are per kg and volumes are per kg, so the concentrations (mg/L) do
 * not depend on body weight.
 *
 * Returns: (transfer full) (nullable): the curve, or %NULL if a parameter is
 *   invalid
 */
KgPkCurve *
kg_pk_curve_new (const KgPkModel       *model,
                 const KgPkMetabolite  *metabolite,
                 const KgPkRoute       *route,
                 double                 dose,
                 GError               **error)
{
  g_autofree KgPkCurve *curve = NULL;
  KgPkHybrid hybrid;
  double unit[MAX_RATES] = { 0 };
  double tmp[MAX_RATES];
  gboolean absorbed;
  guint n, ka_index = 0;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (route != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kg_pk_model_validate (model, error)
      || (metabolite != NULL && !kg_pk_metabolite_validate (metabolite, error))
      || !kg_pk_route_validate (route, error)
      || !check_parameter ("dose", dose, CHECK_NON_NEGATIVE, error)
      || !kg_pk_model_get_hybrid (model, &hybrid, error))
    return NULL;

  curve = g_new0 (KgPkCurve, 1);
  absorbed = route->kind == KG_PK_ROUTE_ABSORPTION;

  n = hybrid.n;
  for (guint i = 0; i < n; i++)
    {
      curve->rate[i] = hybrid.lambda[i];
      unit[i] = hybrid.coef[i];
    }

  if (absorbed)
    {
      /* Input rate into the central compartment: D·F·ka·e^(−ka·t). */
      double ka = separate_rate (route->ka, curve->rate, n);

      ka_index = n++;
      curve->rate[ka_index] = ka;
      convolve_exponential (curve->rate, n, unit, ka_index, tmp);
      for (guint i = 0; i < n; i++)
        curve->parent[i] = dose * route->f * ka * tmp[i];
      curve->lag = route->lag;
    }
  else
    {
      for (guint i = 0; i < n; i++)
        curve->parent[i] = dose * unit[i];
    }

  if (metabolite != NULL)
    {
      double km = separate_rate (metabolite->km, curve->rate, n);
      double formation = metabolite->fm * model->k10 * model->v1 / metabolite->vm;
      guint km_index = n++;

      curve->rate[km_index] = km;

      /* dAm/dt = fm·k10·V1·Cp − km·Am, Cm = Am / Vm. */
      convolve_exponential (curve->rate, n, curve->parent, km_index, tmp);
      for (guint i = 0; i < n; i++)
        curve->metabolite[i] = formation * tmp[i];

      if (absorbed && route->first_pass > 0 && route->f < 1)
        {
          double presystemic[MAX_RATES] = { 0 };

          /* Presystemic input: D·(1 − F)·first_pass·ka·e^(−ka·t) into Vm. */
          presystemic[ka_index] = dose * (1 - route->f) * route->first_pass
                                  * curve->rate[ka_index] / metabolite->vm;
          convolve_exponential (curve->rate, n, presystemic, km_index, tmp);
          for (guint i = 0; i < n; i++)
            curve->metabolite[i] += tmp[i];
        }
    }

  curve->n_rates = n;

  return g_steal_pointer (&curve);
}

/**
 * kg_pk_curve_free:
 * @curve: (transfer full) (nullable): a curve
 *
 * Frees @curve.
 */
void
kg_pk_curve_free (KgPkCurve *curve)
{
  g_free (curve);
}

static double
evaluate (const KgPkCurve *curve,
          const double    *coef,
          double           t)
{
  double tau = t - curve->lag;
  double sum = 0;

  if (!(tau >= 0))
    return 0;

  for (guint i = 0; i < curve->n_rates; i++)
    if (coef[i] != 0)
      sum += coef[i] * exp (-curve->rate[i] * tau);

  /* Analytically ≥ 0; rounding can give −1e-17 where the curve starts at 0. */
  return MAX (sum, 0.0);
}

/**
 * kg_pk_curve_get_parent:
 * @curve: a curve
 * @t: time since the dose, min
 *
 * Returns: the parent drug's plasma concentration at @t, mg/L (0 before
 *   the dose or during the lag time)
 */
double
kg_pk_curve_get_parent (const KgPkCurve *curve,
                        double           t)
{
  g_return_val_if_fail (curve != NULL, NAN);
  return evaluate (curve, curve->parent, t);
}

/**
 * kg_pk_curve_get_metabolite:
 * @curve: a curve
 * @t: time since the dose, min
 *
 * Returns: the metabolite's plasma concentration at @t, mg/L (0 if the
 *   curve was made without a metabolite)
 */
double
kg_pk_curve_get_metabolite (const KgPkCurve *curve,
                            double           t)
{
  g_return_val_if_fail (curve != NULL, NAN);
  return evaluate (curve, curve->metabolite, t);
}

/**
 * kg_pk_curve_get:
 * @curve: a curve
 * @species: which curve
 * @t: time since the dose, min
 *
 * Returns: the concentration of @species at @t, mg/L
 */
double
kg_pk_curve_get (const KgPkCurve *curve,
                 KgPkSpecies      species,
                 double           t)
{
  g_return_val_if_fail (curve != NULL, NAN);
  return evaluate (curve, species == KG_PK_SPECIES_METABOLITE ? curve->metabolite : curve->parent,
                   t);
}

/**
 * kg_pk_curve_sample:
 * @curve: a curve
 * @t_end: last time, min (> 0 when @n > 1)
 * @n: number of points
 * @times: (out caller-allocates) (array length=n) (nullable): the times, min
 * @parent: (out caller-allocates) (array length=n) (nullable): parent, mg/L
 * @metabolite: (out caller-allocates) (array length=n) (nullable):
 *   metabolite, mg/L
 *
 * Fills the arrays for @n evenly spaced times from 0 to @t_end inclusive,
 * both species in one pass. Along an even grid each exponential is a
 * geometric sequence, so it costs one multiplication per point (re-seeded
 * with exp() every 64 points to keep rounding at the 1e-14 level).
 */
void
kg_pk_curve_sample (const KgPkCurve *curve,
                    double           t_end,
                    guint            n,
                    double          *times,
                    double          *parent,
                    double          *metabolite)
{
  double step[MAX_RATES];
  double e[MAX_RATES] = { 0 };
  double dt;
  guint n_rates, since_seed = 0;
  gboolean started = FALSE;

  g_return_if_fail (curve != NULL);
  g_return_if_fail (n <= 1 || (isfinite (t_end) && t_end > 0));

  n_rates = curve->n_rates;
  dt = n > 1 ? t_end / (n - 1) : 0;
  for (guint i = 0; i < n_rates; i++)
    step[i] = exp (-curve->rate[i] * dt);

  for (guint k = 0; k < n; k++)
    {
      double t = n > 1 ? t_end * k / (n - 1) : 0;
      double tau = t - curve->lag;
      double cp = 0, cm = 0;

      if (times != NULL)
        times[k] = t;

      if (tau >= 0)
        {
          if (!started || since_seed == RESEED_EVERY)
            {
              for (guint i = 0; i < n_rates; i++)
                e[i] = exp (-curve->rate[i] * tau);
              started = TRUE;
              since_seed = 0;
            }
          else
            {
              for (guint i = 0; i < n_rates; i++)
                e[i] *= step[i];
            }
          since_seed++;

          for (guint i = 0; i < n_rates; i++)
            {
              cp += curve->parent[i] * e[i];
              cm += curve->metabolite[i] * e[i];
            }
        }

      if (parent != NULL)
        parent[k] = MAX (cp, 0.0);
      if (metabolite != NULL)
        metabolite[k] = MAX (cm, 0.0);
    }
}

/* Golden-section search for the maximum of a unimodal stretch [lo, hi]. */
static double
refine_maximum (const KgPkCurve *curve,
                const double    *coef,
                double           lo,
                double           hi)
{
  const double r = (sqrt (5.0) - 1) / 2;
  double x1 = hi - r * (hi - lo);
  double x2 = lo + r * (hi - lo);
  double f1 = evaluate (curve, coef, x1);
  double f2 = evaluate (curve, coef, x2);

  for (guint i = 0; i < 100 && hi - lo > 1e-12 * MAX (hi, 1.0); i++)
    {
      if (f1 < f2)
        {
          lo = x1;
          x1 = x2;
          f1 = f2;
          x2 = lo + r * (hi - lo);
          f2 = evaluate (curve, coef, x2);
        }
      else
        {
          hi = x2;
          x2 = x1;
          f2 = f1;
          x1 = hi - r * (hi - lo);
          f1 = evaluate (curve, coef, x1);
        }
    }

  return (lo + hi) / 2;
}

static gboolean
find_peak (const KgPkCurve *curve,
           const double    *coef,
           double           t_end,
           double          *values,
           guint           *grid_index,
           double          *t_peak,
           double          *c_peak)
{
  double dt = t_end / SEARCH_GRID;
  double lo, hi, t, c;
  guint best = 0;

  kg_pk_curve_sample (curve, t_end, SEARCH_GRID + 1, NULL,
                      coef == curve->parent ? values : NULL,
                      coef == curve->parent ? NULL : values);

  for (guint k = 1; k <= SEARCH_GRID; k++)
    if (values[k] > values[best])
      best = k;

  if (!(values[best] > 0))
    return FALSE;

  /* The maximum of a smooth curve lies within a grid step of the best
   * sample; the curve is 0 up to the lag time, so start there. */
  lo = MAX (best > 0 ? (best - 1) * dt : 0, curve->lag);
  hi = MIN ((best + 1) * dt, t_end);
  t = refine_maximum (curve, coef, lo, hi);
  c = evaluate (curve, coef, t);

  /* Ends of the bracket (e.g. a bolus, which peaks at t = 0). */
  if (evaluate (curve, coef, lo) >= c)
    {
      t = lo;
      c = evaluate (curve, coef, lo);
    }
  if (evaluate (curve, coef, hi) > c)
    {
      t = hi;
      c = evaluate (curve, coef, hi);
    }

  *grid_index = best;
  *t_peak = t;
  *c_peak = c;
  return TRUE;
}

/**
 * kg_pk_curve_find_peak:
 * @curve: a curve
 * @species: which curve
 * @t_end: end of the time window searched, min (> 0)
 * @t_peak: (out) (optional): time of the peak (Tmax), min
 * @c_peak: (out) (optional): peak concentration (Cmax), mg/L
 *
 * Finds the highest point of the curve in [0, @t_end]: the best of 2,049
 * evenly spaced samples, refined by golden-section search to about 1e-12 of
 * the window. An IV bolus peaks at t = 0.
 *
 * Returns: %TRUE if found, %FALSE if the curve is 0 throughout the window
 */
gboolean
kg_pk_curve_find_peak (const KgPkCurve *curve,
                       KgPkSpecies      species,
                       double           t_end,
                       double          *t_peak,
                       double          *c_peak)
{
  g_autofree double *values = NULL;
  const double *coef;
  double t, c;
  guint index;

  g_return_val_if_fail (curve != NULL, FALSE);
  g_return_val_if_fail (isfinite (t_end) && t_end > 0, FALSE);

  coef = species == KG_PK_SPECIES_METABOLITE ? curve->metabolite : curve->parent;
  values = g_new (double, SEARCH_GRID + 1);
  if (!find_peak (curve, coef, t_end, values, &index, &t, &c))
    return FALSE;

  if (t_peak != NULL)
    *t_peak = t;
  if (c_peak != NULL)
    *c_peak = c;
  return TRUE;
}

/**
 * kg_pk_curve_find_time_below:
 * @curve: a curve
 * @species: which curve
 * @threshold: concentration, mg/L (X ng/mL is X / 1000 mg/L)
 * @t_end: end of the time window searched, min (> 0)
 * @t_below: (out) (optional): the time, min
 *
 * Finds when the curve, after its peak, first falls below @threshold — for
 * “falls below X ng/mL at …”. The crossing is located on the search grid of
 * kg_pk_curve_find_peak() and refined by bisection.
 *
 * Returns: %TRUE if found; %FALSE if the peak never reaches @threshold or
 *   the curve is still at or above it at @t_end
 */
gboolean
kg_pk_curve_find_time_below (const KgPkCurve *curve,
                             KgPkSpecies      species,
                             double           threshold,
                             double           t_end,
                             double          *t_below)
{
  g_autofree double *values = NULL;
  const double *coef;
  double dt, t_peak, c_peak, lo, hi;
  guint index;

  g_return_val_if_fail (curve != NULL, FALSE);
  g_return_val_if_fail (isfinite (threshold) && threshold >= 0, FALSE);
  g_return_val_if_fail (isfinite (t_end) && t_end > 0, FALSE);

  coef = species == KG_PK_SPECIES_METABOLITE ? curve->metabolite : curve->parent;
  values = g_new (double, SEARCH_GRID + 1);
  if (!find_peak (curve, coef, t_end, values, &index, &t_peak, &c_peak) || c_peak < threshold)
    return FALSE;

  /* lo always holds a time at which the curve is ≥ threshold. */
  dt = t_end / SEARCH_GRID;
  lo = t_peak;
  for (guint k = index; k <= SEARCH_GRID; k++)
    {
      double t = k * dt;

      if (t <= t_peak)
        continue;
      if (values[k] >= threshold)
        {
          lo = t;
          continue;
        }

      hi = t;
      for (guint i = 0; i < 200 && hi - lo > 1e-12 * MAX (hi, 1.0); i++)
        {
          double mid = (lo + hi) / 2;

          if (evaluate (curve, coef, mid) >= threshold)
            lo = mid;
          else
            hi = mid;
        }

      if (t_below != NULL)
        *t_below = hi;
      return TRUE;
    }

  return FALSE;
}

/**
 * kg_pk_fraction_remaining:
 * @t: time elapsed, in the unit of @half_life
 * @half_life: one-compartment elimination half-life (> 0)
 *
 * Returns: 0.5^(t / t½), the fraction of the drug left after @t
 */
double
kg_pk_fraction_remaining (double t,
                          double half_life)
{
  g_return_val_if_fail (half_life > 0, NAN);
  return pow (0.5, t / half_life);
}

/**
 * kg_pk_bateman_peak_time:
 * @ka: absorption rate constant (> 0)
 * @ke: elimination rate constant (> 0), same unit as @ka
 *
 * Time of the peak of the one-compartment oral (Bateman) curve,
 * ln(ka/ke) / (ka − ke), in the inverse unit of the rates. Computed as
 * log1p(x) / (x·ke) with x = (ka − ke) / ke, which stays accurate as ka → ke
 * and gives the limit 1/k at ka = ke.
 *
 * Returns: the peak time
 */
double
kg_pk_bateman_peak_time (double ka,
                         double ke)
{
  double x;

  g_return_val_if_fail (isfinite (ka) && ka > 0, NAN);
  g_return_val_if_fail (isfinite (ke) && ke > 0, NAN);

  x = (ka - ke) / ke;
  if (x == 0)
    return 1 / ke;
  return log1p (x) / (x * ke);
}
