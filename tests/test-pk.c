/* test-pk.c
 * Copyright 2026 KetGuide developers
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include <math.h>
#include <stddef.h>
#include <string.h>

#include "../src/model/kg-pk.h"

/* Domino EF et al., Clin Pharmacol Ther 1984;36:645, as in stanpumpR. */
static const KgPkModel domino = {
  .v1 = 0.063,
  .k10 = 0.4381,
  .k12 = 0.5921,
  .k13 = 0.5900,
  .k21 = 0.2470,
  .k31 = 0.0146,
};

/* Test-only metabolite: norketamine-like, t½ 5 h. */
static const KgPkMetabolite norketamine = {
  .fm = 0.8,
  .vm = 2.0,
  .km = G_LN2 / 300,
};

static const KgPkRoute iv = { .kind = KG_PK_ROUTE_IV_BOLUS };

#define assert_rel(value, expected, tolerance)                                         \
  G_STMT_START                                                                         \
  {                                                                                    \
    double _v = (value), _e = (expected);                                              \
    if (!(fabs (_v - _e) <= (tolerance) * fabs (_e)))                                  \
      g_error ("%s = %.10g, expected %.10g within %g relative", #value, _v, _e,        \
               (double) (tolerance));                                                  \
  }                                                                                    \
  G_STMT_END

/* ---- An independent reference: the ODEs, integrated with classic RK4 ---- */

enum { DEPOT, DEPOT_M, A1, A2, A3, ELIM, AM, ELIM_M, N_STATES };

typedef struct
{
  KgPkModel      model;
  KgPkMetabolite metabolite;
  double         ka;
} Ode;

static void
ode_derivative (const Ode    *ode,
                const double *x,
                double       *dx)
{
  const KgPkModel *m = &ode->model;

  dx[DEPOT] = -ode->ka * x[DEPOT];
  dx[DEPOT_M] = -ode->ka * x[DEPOT_M];
  dx[A1] = ode->ka * x[DEPOT] - (m->k10 + m->k12 + m->k13) * x[A1] + m->k21 * x[A2]
           + m->k31 * x[A3];
  dx[A2] = m->k12 * x[A1] - m->k21 * x[A2];
  dx[A3] = m->k13 * x[A1] - m->k31 * x[A3];
  dx[ELIM] = m->k10 * x[A1];
  dx[AM] = ode->metabolite.fm * m->k10 * x[A1] + ode->ka * x[DEPOT_M]
           - ode->metabolite.km * x[AM];
  dx[ELIM_M] = ode->metabolite.km * x[AM];
}

static void
ode_step (const Ode *ode,
          double    *x,
          double     h)
{
  double k1[N_STATES], k2[N_STATES], k3[N_STATES], k4[N_STATES], y[N_STATES];

  ode_derivative (ode, x, k1);
  for (guint i = 0; i < N_STATES; i++)
    y[i] = x[i] + h / 2 * k1[i];
  ode_derivative (ode, y, k2);
  for (guint i = 0; i < N_STATES; i++)
    y[i] = x[i] + h / 2 * k2[i];
  ode_derivative (ode, y, k3);
  for (guint i = 0; i < N_STATES; i++)
    y[i] = x[i] + h * k3[i];
  ode_derivative (ode, y, k4);
  for (guint i = 0; i < N_STATES; i++)
    x[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
}

/* Advances x from 0 to each of the increasing times (min) with step h,
 * storing the states there. */
static void
ode_integrate (const Ode    *ode,
               double       *x,
               double        h,
               const double *times,
               guint         n_times,
               double        out[][N_STATES])
{
  double t = 0;

  for (guint i = 0; i < n_times; i++)
    {
      while (t < times[i] - 1e-9)
        {
          double step = MIN (h, times[i] - t);

          ode_step (ode, x, step);
          t += step;
        }
      memcpy (out[i], x, sizeof (double) * N_STATES);
    }
}

static double
trapezoid_auc (const KgPkCurve *curve,
               KgPkSpecies      species,
               double           t_end,
               guint            n)
{
  g_autofree double *values = g_new (double, n);
  double sum = 0, dt = t_end / (n - 1);

  kg_pk_curve_sample (curve, t_end, n, NULL,
                      species == KG_PK_SPECIES_PARENT ? values : NULL,
                      species == KG_PK_SPECIES_METABOLITE ? values : NULL);
  for (guint i = 1; i < n; i++)
    sum += (values[i - 1] + values[i]) / 2 * dt;
  return sum;
}

/* ---- Domino ---- */

static void
test_domino_hybrid (void)
{
  g_autoptr (GError) error = NULL;
  KgPkHybrid h;
  const KgPkModel *m = &domino;
  double sum = 0;

  g_assert_true (kg_pk_model_get_hybrid (m, &h, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (h.n, ==, 3);

  /* Three significant figures, as published. */
  g_assert_cmpfloat_with_epsilon (h.lambda[0], 1.724, 0.0005);
  g_assert_cmpfloat_with_epsilon (h.lambda[1], 0.1515, 0.00005);
  g_assert_cmpfloat_with_epsilon (h.lambda[2], 0.00605, 0.000005);
  g_assert_cmpfloat (h.lambda[0], >, h.lambda[1]);
  g_assert_cmpfloat (h.lambda[1], >, h.lambda[2]);

  /* Independent of the cubic formula: the eigenvalues of the rate matrix
   * sum to its trace, their product is its determinant, and each one
   * makes det(K − λI) vanish. */
  assert_rel (h.lambda[0] + h.lambda[1] + h.lambda[2],
              m->k10 + m->k12 + m->k13 + m->k21 + m->k31, 1e-12);
  assert_rel (h.lambda[0] * h.lambda[1] * h.lambda[2], m->k10 * m->k21 * m->k31, 1e-10);
  for (guint i = 0; i < 3; i++)
    {
      double l = h.lambda[i];
      double a = m->k10 + m->k12 + m->k13 - l, b = m->k21 - l, c = m->k31 - l;
      /* det [[a, −k21, −k31], [−k12, b, 0], [−k13, 0, c]] */
      double det = a * b * c - m->k21 * m->k12 * c - m->k31 * m->k13 * b;

      g_assert_cmpfloat (fabs (det), <, 1e-12);
    }

  /* Cp(0) after a unit bolus is 1 / V1. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat (h.coef[i], >, 0);
      sum += h.coef[i];
    }
  assert_rel (sum, 1 / m->v1, 1e-12);
}

static void
test_domino_bolus (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, NULL, &iv, 0.5, &error);
  /* FACTS.md §3, within 1%. At 4 h FACTS gives 0.015, which is 0.0153
   * rounded to two figures (2% off); the 1% check uses 0.0153 (confirmed by
   * the RK4 test) and 0.015 is checked at its own precision. */
  static const struct
  {
    double t, cp;
  } expected[] = {
    { 1, 1.78 }, { 5, 0.28 }, { 10, 0.16 }, { 60, 0.046 }, { 240, 0.0153 },
  };

  g_assert_no_error (error);
  g_assert_nonnull (curve);

  assert_rel (kg_pk_curve_get_parent (curve, 0), 0.5 / 0.063, 1e-12);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_rel (kg_pk_curve_get_parent (curve, expected[i].t), expected[i].cp, 0.01);
  g_assert_cmpfloat_with_epsilon (kg_pk_curve_get_parent (curve, 240), 0.015, 0.0005);

  /* No metabolite asked for, none computed; nothing before the dose. */
  g_assert_cmpfloat (kg_pk_curve_get_metabolite (curve, 60), ==, 0);
  g_assert_cmpfloat (kg_pk_curve_get_parent (curve, -1), ==, 0);
}

static void
test_domino_rk4 (void)
{
  static const double times[] = { 0.25, 1, 2, 5, 10, 30, 60, 120, 240, 480 };
  double states[G_N_ELEMENTS (times)][N_STATES];
  double x[N_STATES] = { 0 };
  Ode ode = { .model = domino, .metabolite = norketamine };
  const double dose = 0.5;
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, &norketamine, &iv, dose, &error);

  g_assert_no_error (error);

  x[A1] = dose;
  ode_integrate (&ode, x, 0.001, times, G_N_ELEMENTS (times), states);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      const double *s = states[i];
      double parent_total = s[A1] + s[A2] + s[A3] + s[ELIM];
      double metabolite_total = s[AM] + s[ELIM_M];

      assert_rel (kg_pk_curve_get_parent (curve, times[i]), s[A1] / domino.v1, 0.005);
      assert_rel (kg_pk_curve_get_metabolite (curve, times[i]), s[AM] / norketamine.vm, 0.005);

      /* Mass balance: what is in the body plus what was eliminated is the
       * dose; the metabolite holds fm of the eliminated parent. */
      assert_rel (parent_total, dose, 1e-9);
      assert_rel (metabolite_total, norketamine.fm * s[ELIM], 1e-9);
    }
}

/* ---- One compartment ---- */

static void
test_one_compartment_half_life (void)
{
  const double half_life = 150; /* 2.5 h */
  KgPkModel model = { .v1 = 1.0, .k10 = G_LN2 / half_life };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&model, NULL, &iv, 2.0, &error);
  KgPkHybrid h;

  g_assert_no_error (error);

  g_assert_cmpfloat_with_epsilon (kg_pk_fraction_remaining (half_life, half_life), 0.5, 1e-15);
  g_assert_cmpfloat_with_epsilon (kg_pk_fraction_remaining (0, half_life), 1.0, 1e-15);
  /* 24 h with t½ 2.5 h: 9.6 half-lives, 0.5^9.6 ≈ 0.00129. */
  assert_rel (kg_pk_fraction_remaining (24 * 60, half_life), exp (-9.6 * G_LN2), 1e-12);
  assert_rel (kg_pk_fraction_remaining (24 * 60, half_life), 0.0012887, 1e-4);

  /* The one-compartment model agrees. */
  g_assert_true (kg_pk_model_get_hybrid (&model, &h, &error));
  g_assert_cmpuint (h.n, ==, 1);
  assert_rel (h.lambda[0], model.k10, 1e-15);
  assert_rel (h.coef[0], 1 / model.v1, 1e-15);
  assert_rel (kg_pk_curve_get_parent (curve, half_life), 1.0, 1e-12);
  assert_rel (kg_pk_curve_get_parent (curve, 24 * 60), 2.0 * pow (0.5, 9.6), 1e-12);
}

static double
bateman (double ka,
         double ke,
         double t)
{
  return ka / (ka - ke) * (exp (-ke * t) - exp (-ka * t));
}

static void
test_one_compartment_bateman_peak (void)
{
  const double ka = 0.05, ke = G_LN2 / 150;
  double t_formula = kg_pk_bateman_peak_time (ka, ke);
  double best_t = 0, best_c = 0, t_peak, c_peak;
  KgPkModel model = { .v1 = 1.0, .k10 = ke };
  KgPkRoute oral = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = ka, .f = 1 };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&model, NULL, &oral, 1.0, &error);

  g_assert_no_error (error);

  assert_rel (t_formula, log (ka / ke) / (ka - ke), 1e-12);
  /* Symmetric in ka and ke (flip-flop). */
  assert_rel (kg_pk_bateman_peak_time (ke, ka), t_formula, 1e-12);

  /* Maximum of the finely sampled Bateman function, written out here. */
  for (double t = 0; t < 600; t += 0.001)
    {
      double c = bateman (ka, ke, t);

      if (c > best_c)
        {
          best_c = c;
          best_t = t;
        }
    }
  g_assert_cmpfloat_with_epsilon (best_t, t_formula, 0.002);

  /* The curve's own peak search finds the same. */
  g_assert_true (kg_pk_curve_find_peak (curve, KG_PK_SPECIES_PARENT, 600, &t_peak, &c_peak));
  assert_rel (t_peak, t_formula, 1e-5);
  assert_rel (c_peak, bateman (ka, ke, t_formula), 1e-10);
}

static void
test_one_compartment_bateman_limit (void)
{
  const double k = 0.02;
  KgPkModel model = { .v1 = 0.5, .k10 = k };
  KgPkRoute oral = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = k, .f = 0.5 };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&model, NULL, &oral, 2.0, &error);
  double t_peak, c_peak;

  g_assert_no_error (error);

  g_assert_cmpfloat (kg_pk_bateman_peak_time (k, k), ==, 1 / k);
  assert_rel (kg_pk_bateman_peak_time (k * (1 + 1e-12), k), 1 / k, 1e-11);
  assert_rel (kg_pk_bateman_peak_time (k * (1 + 1e-3), k), log (1 + 1e-3) / (k * 1e-3), 1e-12);

  /* ka = ke: Cp = D·F·k·t·e^(−k·t) / V, peaking at 1/k. */
  for (double t = 1; t <= 400; t *= 2)
    {
      double c = kg_pk_curve_get_parent (curve, t);

      g_assert_true (isfinite (c));
      assert_rel (c, 2.0 * 0.5 * k * t * exp (-k * t) / 0.5, 1e-5);
    }
  g_assert_true (kg_pk_curve_find_peak (curve, KG_PK_SPECIES_PARENT, 400, &t_peak, &c_peak));
  assert_rel (t_peak, 1 / k, 1e-4);
  assert_rel (c_peak, 2.0 * 0.5 * exp (-1) / 0.5, 1e-5);
}

/* ---- Two compartments ---- */

static void
test_two_compartment_hybrid (void)
{
  KgPkModel two = { .v1 = 0.2, .k10 = 0.1, .k12 = 0.3, .k21 = 0.05 };
  KgPkModel two_via_3 = { .v1 = 0.2, .k10 = 0.1, .k13 = 0.3, .k31 = 0.05 };
  g_autoptr (GError) error = NULL;
  KgPkHybrid h, h3;

  g_assert_true (kg_pk_model_get_hybrid (&two, &h, &error));
  g_assert_true (kg_pk_model_get_hybrid (&two_via_3, &h3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (h.n, ==, 2);
  g_assert_cmpuint (h3.n, ==, 2);

  assert_rel (h.lambda[0] + h.lambda[1], 0.1 + 0.3 + 0.05, 1e-14);
  assert_rel (h.lambda[0] * h.lambda[1], 0.1 * 0.05, 1e-14);
  assert_rel (h.coef[0] + h.coef[1], 1 / 0.2, 1e-14);
  /* A = (k21 − α)/(β − α)/V1 */
  assert_rel (h.coef[0], (0.05 - h.lambda[0]) / (h.lambda[1] - h.lambda[0]) / 0.2, 1e-14);
  for (guint i = 0; i < 2; i++)
    {
      assert_rel (h3.lambda[i], h.lambda[i], 1e-15);
      assert_rel (h3.coef[i], h.coef[i], 1e-15);
    }
  /* Bolus AUC = D / (V1·k10). */
  assert_rel (h.coef[0] / h.lambda[0] + h.coef[1] / h.lambda[1], 1 / (0.2 * 0.1), 1e-12);
}

static void
test_three_compartment_equal_return_rates (void)
{
  /* With k21 = k31 the two peripheral compartments act as one with
   * k12 + k13; the extra root λ = k21 must get a zero coefficient. */
  KgPkModel three = { .v1 = 0.1, .k10 = 0.3, .k12 = 0.4, .k13 = 0.2, .k21 = 0.05, .k31 = 0.05 };
  KgPkModel lumped = { .v1 = 0.1, .k10 = 0.3, .k12 = 0.6, .k21 = 0.05 };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&three, NULL, &iv, 1.0, &error);
  g_autoptr (KgPkCurve) curve_lumped = kg_pk_curve_new (&lumped, NULL, &iv, 1.0, &error);
  KgPkHybrid h;

  g_assert_no_error (error);
  g_assert_true (kg_pk_model_get_hybrid (&three, &h, &error));
  g_assert_cmpuint (h.n, ==, 3);
  assert_rel (h.lambda[1], 0.05, 1e-12);
  g_assert_cmpfloat_with_epsilon (h.coef[1], 0, 1e-9);

  for (double t = 0; t < 2000; t = 3 * t + 1)
    assert_rel (kg_pk_curve_get_parent (curve, t), kg_pk_curve_get_parent (curve_lumped, t), 1e-10);
}

/* ---- Absorption ---- */

static void
test_absorption_bioavailability (void)
{
  KgPkRoute oral = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.03, .f = 0.3 };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve_iv = kg_pk_curve_new (&domino, NULL, &iv, 0.5, &error);
  g_autoptr (KgPkCurve) curve_oral = kg_pk_curve_new (&domino, NULL, &oral, 0.5, &error);
  double auc_iv, auc_oral;

  g_assert_no_error (error);

  auc_iv = trapezoid_auc (curve_iv, KG_PK_SPECIES_PARENT, 12000, 480001);
  auc_oral = trapezoid_auc (curve_oral, KG_PK_SPECIES_PARENT, 12000, 480001);

  assert_rel (auc_iv, 0.5 / (domino.v1 * domino.k10), 0.002);
  assert_rel (auc_oral / auc_iv, 0.3, 0.002);
  g_assert_cmpfloat_with_epsilon (kg_pk_curve_get_parent (curve_oral, 0), 0, 1e-15);
}

static void
test_absorption_lag (void)
{
  KgPkRoute oral = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.05, .f = 0.2, .first_pass = 0.9 };
  KgPkRoute lagged = oral;
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = NULL;
  g_autoptr (KgPkCurve) curve_lag = NULL;
  double t_peak, t_peak_lag;

  lagged.lag = 12.5;
  curve = kg_pk_curve_new (&domino, &norketamine, &oral, 1.0, &error);
  g_assert_no_error (error);
  curve_lag = kg_pk_curve_new (&domino, &norketamine, &lagged, 1.0, &error);
  g_assert_no_error (error);

  for (double t = 0; t < 12.5; t += 0.5)
    {
      g_assert_cmpfloat (kg_pk_curve_get_parent (curve_lag, t), ==, 0);
      g_assert_cmpfloat (kg_pk_curve_get_metabolite (curve_lag, t), ==, 0);
    }
  g_assert_cmpfloat (kg_pk_curve_get_parent (curve_lag, 13), >, 0);

  for (double t = 13; t < 1000; t *= 1.7)
    {
      assert_rel (kg_pk_curve_get_parent (curve_lag, t), kg_pk_curve_get_parent (curve, t - 12.5),
                  1e-14);
      assert_rel (kg_pk_curve_get_metabolite (curve_lag, t),
                  kg_pk_curve_get_metabolite (curve, t - 12.5), 1e-14);
    }

  g_assert_true (kg_pk_curve_find_peak (curve, KG_PK_SPECIES_PARENT, 600, &t_peak, NULL));
  g_assert_true (kg_pk_curve_find_peak (curve_lag, KG_PK_SPECIES_PARENT, 600, &t_peak_lag, NULL));
  g_assert_cmpfloat_with_epsilon (t_peak_lag - t_peak, 12.5, 1e-6);
}

static void
test_absorption_coefficients (void)
{
  g_autoptr (GError) error = NULL;
  KgPkRoute oral = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.04, .f = 0.45 };
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, NULL, &oral, 0.7, &error);
  KgPkHybrid h;
  double coef[3], coef_ka, ka_used;

  g_assert_true (kg_pk_model_get_hybrid (&domino, &h, &error));
  g_assert_no_error (error);

  ka_used = kg_pk_hybrid_absorption_coefficients (&h, 0.04, 0.45, coef, &coef_ka);
  g_assert_cmpfloat (ka_used, ==, 0.04);
  g_assert_cmpfloat_with_epsilon (coef[0] + coef[1] + coef[2] + coef_ka, 0, 1e-12);

  for (double t = 0.5; t < 2000; t *= 2)
    {
      double c = coef_ka * exp (-ka_used * t);

      for (guint i = 0; i < 3; i++)
        c += coef[i] * exp (-h.lambda[i] * t);
      assert_rel (kg_pk_curve_get_parent (curve, t), 0.7 * c, 1e-12);
    }

  /* ka on a hybrid rate: moved by a relative 2e-6, and the result finite. */
  ka_used = kg_pk_hybrid_absorption_coefficients (&h, h.lambda[1], 1, coef, &coef_ka);
  g_assert_cmpfloat (ka_used, !=, h.lambda[1]);
  assert_rel (ka_used, h.lambda[1], 1e-5);
  g_assert_true (isfinite (coef[1]) && isfinite (coef_ka));
}

static void
test_absorption_ka_equals_lambda (void)
{
  static const double times[] = { 1, 3, 10, 30, 100, 300 };
  double states[G_N_ELEMENTS (times)][N_STATES];
  g_autoptr (GError) error = NULL;
  KgPkHybrid h;

  g_assert_true (kg_pk_model_get_hybrid (&domino, &h, &error));
  g_assert_no_error (error);

  for (guint which = 0; which < 3; which++)
    {
      KgPkRoute route = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = h.lambda[which], .f = 0.6 };
      Ode ode = { .model = domino, .metabolite = norketamine, .ka = h.lambda[which] };
      double x[N_STATES] = { 0 };
      g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, NULL, &route, 1.0, &error);

      g_assert_no_error (error);
      x[DEPOT] = 0.6;
      ode_integrate (&ode, x, 0.002, times, G_N_ELEMENTS (times), states);
      for (guint i = 0; i < G_N_ELEMENTS (times); i++)
        {
          double c = kg_pk_curve_get_parent (curve, times[i]);

          g_assert_true (isfinite (c));
          assert_rel (c, states[i][A1] / domino.v1, 1e-5);
        }
    }
}

/* ---- Metabolite ---- */

static void
test_metabolite_auc_iv (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, &norketamine, &iv, 0.5, &error);
  double auc_m;

  g_assert_no_error (error);

  /* AUC_m = fm·Dose / (km·Vm): all of the dose is eventually eliminated
   * through k10, fm of it as metabolite, cleared at km·Vm. */
  auc_m = trapezoid_auc (curve, KG_PK_SPECIES_METABOLITE, 30000, 300001);
  assert_rel (auc_m, norketamine.fm * 0.5 / (norketamine.km * norketamine.vm), 0.001);
  g_assert_cmpfloat_with_epsilon (kg_pk_curve_get_metabolite (curve, 0), 0, 1e-15);
}

static void
test_metabolite_first_pass (void)
{
  KgPkRoute oral = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.02, .f = 0.2 };
  KgPkRoute oral_first_pass = oral;
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = NULL;
  g_autoptr (KgPkCurve) curve_fp = NULL;
  double auc_p, auc_m, auc_p_fp, auc_m_fp, k_m_vm = norketamine.km * norketamine.vm;

  oral_first_pass.first_pass = 0.75;
  curve = kg_pk_curve_new (&domino, &norketamine, &oral, 1.0, &error);
  g_assert_no_error (error);
  curve_fp = kg_pk_curve_new (&domino, &norketamine, &oral_first_pass, 1.0, &error);
  g_assert_no_error (error);

  auc_p = trapezoid_auc (curve, KG_PK_SPECIES_PARENT, 30000, 300001);
  auc_m = trapezoid_auc (curve, KG_PK_SPECIES_METABOLITE, 30000, 300001);
  auc_p_fp = trapezoid_auc (curve_fp, KG_PK_SPECIES_PARENT, 30000, 300001);
  auc_m_fp = trapezoid_auc (curve_fp, KG_PK_SPECIES_METABOLITE, 30000, 300001);

  /* Parent unchanged; metabolite formed from F·D systemically plus
   * (1 − F)·first_pass·D presystemically. */
  assert_rel (auc_p_fp, auc_p, 1e-12);
  assert_rel (auc_m, norketamine.fm * 0.2 / k_m_vm, 0.001);
  assert_rel (auc_m_fp, (norketamine.fm * 0.2 + 0.8 * 0.75) / k_m_vm, 0.001);
  g_assert_cmpfloat (auc_m_fp / auc_p_fp, >, 2 * auc_m / auc_p);

  /* More metabolite than parent after an oral dose (FACTS §3). */
  g_assert_cmpfloat (kg_pk_curve_get_metabolite (curve_fp, 60), >,
                     kg_pk_curve_get_parent (curve_fp, 60));
}

static void
test_metabolite_rk4 (void)
{
  static const double times[] = { 0.5, 2, 5, 15, 45, 90, 180, 360, 720 };
  double states[G_N_ELEMENTS (times)][N_STATES];
  KgPkRoute route = {
    .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.035, .f = 0.3, .lag = 0, .first_pass = 0.6,
  };
  Ode ode = { .model = domino, .metabolite = norketamine, .ka = 0.035 };
  double x[N_STATES] = { 0 };
  const double dose = 2.0;
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, &norketamine, &route, dose, &error);

  g_assert_no_error (error);

  x[DEPOT] = dose * 0.3;
  x[DEPOT_M] = dose * 0.7 * 0.6;
  ode_integrate (&ode, x, 0.002, times, G_N_ELEMENTS (times), states);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      const double *s = states[i];

      assert_rel (kg_pk_curve_get_parent (curve, times[i]), s[A1] / domino.v1, 0.005);
      assert_rel (kg_pk_curve_get_metabolite (curve, times[i]), s[AM] / norketamine.vm, 0.005);
      assert_rel (s[DEPOT] + s[A1] + s[A2] + s[A3] + s[ELIM], dose * 0.3, 1e-9);
      assert_rel (s[AM] + s[ELIM_M], norketamine.fm * s[ELIM] + dose * 0.7 * 0.6 - s[DEPOT_M],
                  1e-9);
    }
}

/* ---- Sampling, peaks, thresholds ---- */

static void
test_sample (void)
{
  KgPkRoute route = {
    .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.05, .f = 0.25, .lag = 3.3, .first_pass = 0.8,
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, &norketamine, &route, 1.0, &error);
  const guint n = 2000;
  g_autofree double *times = g_new (double, n);
  g_autofree double *parent = g_new (double, n);
  g_autofree double *metabolite = g_new (double, n);
  double single;

  g_assert_no_error (error);

  kg_pk_curve_sample (curve, 1440, n, times, parent, metabolite);
  g_assert_cmpfloat (times[0], ==, 0);
  g_assert_cmpfloat (times[n - 1], ==, 1440);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat_with_epsilon (times[i], 1440.0 * i / (n - 1), 1e-12);
      if (times[i] < 3.3)
        {
          g_assert_cmpfloat (parent[i], ==, 0);
          g_assert_cmpfloat (metabolite[i], ==, 0);
          continue;
        }
      g_assert_cmpfloat_with_epsilon (parent[i], kg_pk_curve_get_parent (curve, times[i]),
                                      1e-12 * kg_pk_curve_get_parent (curve, times[i]) + 1e-15);
      g_assert_cmpfloat_with_epsilon (metabolite[i],
                                      kg_pk_curve_get_metabolite (curve, times[i]),
                                      1e-12 * kg_pk_curve_get_metabolite (curve, times[i]) + 1e-15);
    }

  /* Optional outputs and a single point. */
  kg_pk_curve_sample (curve, 1440, n, NULL, NULL, metabolite);
  kg_pk_curve_sample (curve, 0, 1, NULL, &single, NULL);
  g_assert_cmpfloat (single, ==, 0);
  g_assert_cmpfloat (kg_pk_curve_get (curve, KG_PK_SPECIES_METABOLITE, 100), ==,
                     kg_pk_curve_get_metabolite (curve, 100));
}

static void
test_threshold (void)
{
  const double k = G_LN2 / 150, c0 = 1.0 / 0.8;
  KgPkModel model = { .v1 = 0.8, .k10 = k };
  KgPkRoute oral = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.03, .f = 0.2, .lag = 5 };
  g_autoptr (GError) error = NULL;
  g_autoptr (KgPkCurve) one = kg_pk_curve_new (&model, NULL, &iv, 1.0, &error);
  g_autoptr (KgPkCurve) bolus = kg_pk_curve_new (&domino, NULL, &iv, 0.5, &error);
  g_autoptr (KgPkCurve) absorbed = kg_pk_curve_new (&domino, NULL, &oral, 1.0, &error);
  double t, t_peak, c_peak;

  g_assert_no_error (error);

  /* One compartment: C0·e^(−k·t) = X at t = ln(C0/X)/k. */
  g_assert_true (kg_pk_curve_find_time_below (one, KG_PK_SPECIES_PARENT, 0.1, 2000, &t));
  assert_rel (t, log (c0 / 0.1) / k, 1e-9);

  /* Domino 0.5 mg/kg falls below 100 ng/mL (0.1 mg/L) between 10 and 60 min. */
  g_assert_true (kg_pk_curve_find_peak (bolus, KG_PK_SPECIES_PARENT, 600, &t_peak, &c_peak));
  g_assert_cmpfloat (t_peak, ==, 0);
  assert_rel (c_peak, 0.5 / 0.063, 1e-12);
  g_assert_true (kg_pk_curve_find_time_below (bolus, KG_PK_SPECIES_PARENT, 0.1, 600, &t));
  g_assert_cmpfloat (t, >, 10);
  g_assert_cmpfloat (t, <, 60);
  assert_rel (kg_pk_curve_get_parent (bolus, t), 0.1, 1e-9);
  /* Above it everywhere before (checked finely). */
  for (double s = 0; s < t - 1e-6; s += 0.01)
    g_assert_cmpfloat (kg_pk_curve_get_parent (bolus, s), >=, 0.1);

  /* An absorbed curve crosses twice; the answer is the falling crossing. */
  g_assert_true (kg_pk_curve_find_peak (absorbed, KG_PK_SPECIES_PARENT, 1440, &t_peak, &c_peak));
  g_assert_true (kg_pk_curve_find_time_below (absorbed, KG_PK_SPECIES_PARENT, c_peak / 2, 1440,
                                              &t));
  g_assert_cmpfloat (t, >, t_peak);
  assert_rel (kg_pk_curve_get_parent (absorbed, t), c_peak / 2, 1e-9);
  /* The peak is a maximum: the derivative vanishes there. */
  g_assert_cmpfloat (fabs (kg_pk_curve_get_parent (absorbed, t_peak + 1e-3)
                           - kg_pk_curve_get_parent (absorbed, t_peak - 1e-3)),
                     <, 1e-9 * c_peak);

  /* Never reached, or not yet below at the end of the window. */
  g_assert_false (kg_pk_curve_find_time_below (absorbed, KG_PK_SPECIES_PARENT, 2 * c_peak, 1440,
                                               &t));
  g_assert_false (kg_pk_curve_find_time_below (bolus, KG_PK_SPECIES_PARENT, 0.001, 60, &t));
}

/* ---- Invalid parameters ---- */

typedef struct
{
  gsize       offset;
  double      value;
  const char *message;
} InvalidCase;

static void
test_invalid_model (void)
{
  static const InvalidCase cases[] = {
    { offsetof (KgPkModel, v1), 0,
      "Parameter “V1” must be a positive finite number (found 0)" },
    { offsetof (KgPkModel, v1), -0.063,
      "Parameter “V1” must be a positive finite number (found -0.063)" },
    { offsetof (KgPkModel, k10), -0.1,
      "Parameter “k10” must be a positive finite number (found -0.1)" },
    { offsetof (KgPkModel, k10), 0,
      "Parameter “k10” must be a positive finite number (found 0)" },
    { offsetof (KgPkModel, k10), NAN,
      "Parameter “k10” must be a positive finite number (found nan)" },
    { offsetof (KgPkModel, k10), INFINITY,
      "Parameter “k10” must be a positive finite number (found inf)" },
    { offsetof (KgPkModel, k12), -0.5,
      "Parameter “k12” must be a non-negative finite number (found -0.5)" },
    { offsetof (KgPkModel, k13), NAN,
      "Parameter “k13” must be a non-negative finite number (found nan)" },
    { offsetof (KgPkModel, k21), -INFINITY,
      "Parameter “k21” must be a non-negative finite number (found -inf)" },
    { offsetof (KgPkModel, k31), INFINITY,
      "Parameter “k31” must be a non-negative finite number (found inf)" },
    { offsetof (KgPkModel, k21), 0,
      "Parameter “k21” must be a positive finite number when “k12” is positive (found 0)" },
    { offsetof (KgPkModel, k31), 0,
      "Parameter “k31” must be a positive finite number when “k13” is positive (found 0)" },
  };
  KgPkModel one = { .v1 = 1, .k10 = 0.1, .k21 = 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GError) curve_error = NULL;
      g_autoptr (KgPkCurve) curve = NULL;
      KgPkModel model = domino;
      KgPkHybrid h;

      G_STRUCT_MEMBER (double, &model, cases[i].offset) = cases[i].value;

      g_assert_false (kg_pk_model_validate (&model, &error));
      g_assert_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_clear_error (&error);

      g_assert_false (kg_pk_model_get_hybrid (&model, &h, &error));
      g_assert_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
      g_assert_cmpstr (error->message, ==, cases[i].message);

      curve = kg_pk_curve_new (&model, NULL, &iv, 1.0, &curve_error);
      g_assert_null (curve);
      g_assert_error (curve_error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
      g_assert_cmpstr (curve_error->message, ==, cases[i].message);
    }

  /* Absent compartments may have zero return rates. */
  g_assert_true (kg_pk_model_validate (&one, NULL));
  g_assert_true (kg_pk_model_validate (&domino, NULL));
}

static void
test_invalid_route (void)
{
  static const InvalidCase cases[] = {
    { offsetof (KgPkRoute, ka), 0,
      "Parameter “ka” must be a positive finite number (found 0)" },
    { offsetof (KgPkRoute, ka), -0.02,
      "Parameter “ka” must be a positive finite number (found -0.02)" },
    { offsetof (KgPkRoute, ka), INFINITY,
      "Parameter “ka” must be a positive finite number (found inf)" },
    { offsetof (KgPkRoute, f), 0,
      "Parameter “F” must be a finite number greater than 0 and at most 1 (found 0)" },
    { offsetof (KgPkRoute, f), 1.5,
      "Parameter “F” must be a finite number greater than 0 and at most 1 (found 1.5)" },
    { offsetof (KgPkRoute, f), NAN,
      "Parameter “F” must be a finite number greater than 0 and at most 1 (found nan)" },
    { offsetof (KgPkRoute, lag), -1,
      "Parameter “lag” must be a non-negative finite number (found -1)" },
    { offsetof (KgPkRoute, lag), INFINITY,
      "Parameter “lag” must be a non-negative finite number (found inf)" },
    { offsetof (KgPkRoute, first_pass), 1.01,
      "Parameter “first_pass” must be a finite number from 0 to 1 (found 1.01)" },
    { offsetof (KgPkRoute, first_pass), -INFINITY,
      "Parameter “first_pass” must be a finite number from 0 to 1 (found -inf)" },
  };
  KgPkRoute bogus = { .kind = 7 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KgPkCurve) curve = NULL;
      KgPkRoute route = { .kind = KG_PK_ROUTE_ABSORPTION, .ka = 0.02, .f = 0.3, .lag = 2 };

      G_STRUCT_MEMBER (double, &route, cases[i].offset) = cases[i].value;

      curve = kg_pk_curve_new (&domino, &norketamine, &route, 1.0, &error);
      g_assert_null (curve);
      g_assert_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  {
    g_autoptr (GError) error = NULL;

    g_assert_false (kg_pk_route_validate (&bogus, &error));
    g_assert_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
    g_assert_cmpstr (error->message, ==, "Parameter “kind” must be a known route (found 7)");
  }

  /* An IV bolus ignores the absorption fields. */
  {
    KgPkRoute bolus = { .kind = KG_PK_ROUTE_IV_BOLUS, .ka = NAN, .f = -1 };

    g_assert_true (kg_pk_route_validate (&bolus, NULL));
  }
}

static void
test_invalid_metabolite (void)
{
  static const InvalidCase cases[] = {
    { offsetof (KgPkMetabolite, fm), -0.1,
      "Parameter “fm” must be a finite number from 0 to 1 (found -0.1)" },
    { offsetof (KgPkMetabolite, fm), NAN,
      "Parameter “fm” must be a finite number from 0 to 1 (found nan)" },
    { offsetof (KgPkMetabolite, vm), 0,
      "Parameter “Vm” must be a positive finite number (found 0)" },
    { offsetof (KgPkMetabolite, km), -INFINITY,
      "Parameter “km” must be a positive finite number (found -inf)" },
    { offsetof (KgPkMetabolite, km), NAN,
      "Parameter “km” must be a positive finite number (found nan)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KgPkCurve) curve = NULL;
      KgPkMetabolite metabolite = norketamine;

      G_STRUCT_MEMBER (double, &metabolite, cases[i].offset) = cases[i].value;

      curve = kg_pk_curve_new (&domino, &metabolite, &iv, 1.0, &error);
      g_assert_null (curve);
      g_assert_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_invalid_dose (void)
{
  static const struct
  {
    double      dose;
    const char *message;
  } cases[] = {
    { -1, "Parameter “dose” must be a non-negative finite number (found -1)" },
    { NAN, "Parameter “dose” must be a non-negative finite number (found nan)" },
    { INFINITY, "Parameter “dose” must be a non-negative finite number (found inf)" },
  };
  g_autoptr (KgPkCurve) zero = kg_pk_curve_new (&domino, &norketamine, &iv, 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KgPkCurve) curve = kg_pk_curve_new (&domino, NULL, &iv, cases[i].dose, &error);

      g_assert_null (curve);
      g_assert_error (error, KG_PK_ERROR, KG_PK_ERROR_INVALID_PARAMETER);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  /* A zero dose is allowed: flat curves, no peak. */
  g_assert_nonnull (zero);
  g_assert_cmpfloat (kg_pk_curve_get_parent (zero, 1), ==, 0);
  g_assert_false (kg_pk_curve_find_peak (zero, KG_PK_SPECIES_PARENT, 100, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kg/pk/domino/hybrid", test_domino_hybrid);
  g_test_add_func ("/kg/pk/domino/bolus", test_domino_bolus);
  g_test_add_func ("/kg/pk/domino/rk4", test_domino_rk4);
  g_test_add_func ("/kg/pk/one-compartment/half-life", test_one_compartment_half_life);
  g_test_add_func ("/kg/pk/one-compartment/bateman-peak", test_one_compartment_bateman_peak);
  g_test_add_func ("/kg/pk/one-compartment/bateman-limit", test_one_compartment_bateman_limit);
  g_test_add_func ("/kg/pk/two-compartment/hybrid", test_two_compartment_hybrid);
  g_test_add_func ("/kg/pk/three-compartment/equal-return-rates",
                   test_three_compartment_equal_return_rates);
  g_test_add_func ("/kg/pk/absorption/bioavailability", test_absorption_bioavailability);
  g_test_add_func ("/kg/pk/absorption/lag", test_absorption_lag);
  g_test_add_func ("/kg/pk/absorption/coefficients", test_absorption_coefficients);
  g_test_add_func ("/kg/pk/absorption/ka-equals-lambda", test_absorption_ka_equals_lambda);
  g_test_add_func ("/kg/pk/metabolite/auc-iv", test_metabolite_auc_iv);
  g_test_add_func ("/kg/pk/metabolite/first-pass", test_metabolite_first_pass);
  g_test_add_func ("/kg/pk/metabolite/rk4", test_metabolite_rk4);
  g_test_add_func ("/kg/pk/curve/sample", test_sample);
  g_test_add_func ("/kg/pk/curve/threshold", test_threshold);
  g_test_add_func ("/kg/pk/invalid/model", test_invalid_model);
  g_test_add_func ("/kg/pk/invalid/route", test_invalid_route);
  g_test_add_func ("/kg/pk/invalid/metabolite", test_invalid_metabolite);
  g_test_add_func ("/kg/pk/invalid/dose", test_invalid_dose);

  return g_test_run ();
}
