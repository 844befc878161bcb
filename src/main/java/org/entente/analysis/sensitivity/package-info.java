/**
 * Global sensitivity analysis, independent of any model: Morris elementary effects
 * ({@link org.entente.analysis.sensitivity.Morris}) for screening and Sobol first-order and
 * total indices ({@link org.entente.analysis.sensitivity.Sobol}) for variance decomposition.
 *
 * <p>Both methods work in two pure steps with the model runs in between, so the runs can be
 * distributed, cached or replicated by the caller: {@code design} gives the input points (one
 * row per run, column i the value of factor i, in the factor's own units), the caller
 * evaluates them (for instance with {@link org.entente.analysis.sensitivity.Model#evaluateAll})
 * and {@code analyse} takes the outputs, one row per run in design order and one column per
 * output metric, so several metrics are analysed from the same runs.
 *
 * <p>Conventions: the factors are independent and uniform on [min, max]; the designs are
 * built in the unit hypercube [0, 1]^k and scaled by {@code min + u (max - min)}; NaN where a
 * statistic is undefined, and NaN outputs propagate into the statistics that use them.
 */
package org.entente.analysis.sensitivity;
