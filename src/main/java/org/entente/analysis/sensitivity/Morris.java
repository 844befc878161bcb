package org.entente.analysis.sensitivity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.entente.stats.Stats;

/**
 * Morris elementary-effects screening (Morris 1991) with the classic trajectory design of
 * Saltelli et al. 2008 (Global Sensitivity Analysis: The Primer, ch. 3) and the mean absolute
 * effect mu* of Campolongo, Cariboni &amp; Saltelli 2007. All methods are pure and thread-safe.
 *
 * <p>Design. The unit hypercube is cut into a grid of p levels {0, 1/(p-1), ..., 1} (p even,
 * default {@value #DEFAULT_LEVELS}) and the jump is delta = p / (2 (p - 1)) (2/3 for p = 4), so
 * every level below 1 - delta pairs with exactly one level delta above it. A trajectory is the
 * matrix B* = (J x* + (delta/2) [(2B - J) D* + J]) P* of the Primer: a base point x* drawn
 * uniformly from the levels {0, ..., 1 - delta}, a random direction (+1 or -1) per factor, and
 * a random order in which the k factors move, one at a time, by delta in their direction; so
 * it has k + 1 points and every factor moves exactly once. Every coordinate is on the grid.
 *
 * <p>Elementary effects are in unit-cube coordinates: EE_i = (f(x + delta e_i) - f(x)) / delta
 * with x in [0, 1]^k, i.e. the change in output per fraction of the factor's range (for
 * f = c x_i in the factor's own units, EE_i = c (max_i - min_i)). This makes factors with
 * different units comparable. A step down is read the same way, as (f(x) - f(x - delta e_i)) /
 * delta. Per factor and output over the r trajectories: mu = mean EE, mu* = mean |EE|, sigma =
 * sample standard deviation of EE (r - 1; NaN for r = 1).
 */
public final class Morris {
    /** Grid levels p when none are given. */
    public static final int DEFAULT_LEVELS = 4;

    private Morris() { }

    /**
     * The points to evaluate. Rows t (k + 1) to t (k + 1) + k are trajectory t, in order; row r
     * is {@code unitPoints[r]} in the unit cube and {@code points[r]} scaled to the factor ranges
     * (column i for factor i). Between rows t (k + 1) + j and t (k + 1) + j + 1 only factor
     * {@code order[t][j]} changes, by +delta or -delta in unit coordinates. The arrays are
     * shared, not copied: treat them as read-only.
     */
    public record Design(List<Factor> factors, int levels, double delta, int[][] order, double[][] unitPoints, double[][] points) {
        public Design {
            factors = List.copyOf(factors);
        }

        /** Number of trajectories r. */
        public int trajectories() {
            return order.length;
        }

        /** Number of points to evaluate: r (k + 1). */
        public int size() {
            return points.length;
        }
    }

    /** Statistics of the r elementary effects of one factor on one output. */
    public record Effect(String factor, int r, double mu, double muStar, double sigma) { }

    /** The effects, {@code outputs.get(o).get(i)} for output o and factor i (design order). */
    public record Result(List<Factor> factors, List<List<Effect>> outputs) {
        public Result {
            factors = List.copyOf(factors);
            outputs = outputs.stream().map(List::copyOf).toList();
        }

        public Effect get(int output, int factor) {
            return outputs.get(output).get(factor);
        }
    }

    /** {@link #design(List, int, int, long)} with {@value #DEFAULT_LEVELS} levels. */
    public static Design design(List<Factor> factors, int trajectories, long seed) {
        return design(factors, trajectories, DEFAULT_LEVELS, seed);
    }

    /**
     * A design of r = {@code trajectories} trajectories on a grid of p = {@code levels} levels,
     * drawn from a Mersenne Twister seeded with {@code seed}: the same arguments give the same
     * design.
     *
     * @throws IllegalArgumentException if there are no factors, duplicate names, r &lt; 1 or p is
     *         not an even number &ge; 2 (an odd p puts x + delta off the grid)
     */
    public static Design design(List<Factor> factors, int trajectories, int levels, long seed) {
        checkFactors(factors);
        if (trajectories < 1) throw new IllegalArgumentException("need at least one trajectory, got " + trajectories);
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels must be even and >= 2, got " + levels);
        int k = factors.size();
        int jump = levels / 2;               // delta in grid steps: delta = (p/2) / (p - 1)
        RandomGenerator rng = new MersenneTwister(seed);
        int[][] order = new int[trajectories][];
        double[][] unit = new double[trajectories * (k + 1)][];
        double[][] points = new double[unit.length][];
        for (int t = 0; t < trajectories; t++) {
            int[] grid = new int[k];
            int[] dir = new int[k];
            for (int i = 0; i < k; i++) {
                int base = rng.nextInt(levels - jump);          // x* in {0, ..., 1 - delta}
                dir[i] = rng.nextBoolean() ? 1 : -1;
                grid[i] = dir[i] > 0 ? base : base + jump;      // going down starts at the top
            }
            int[] perm = permutation(k, rng);
            order[t] = perm;
            int row = t * (k + 1);
            unit[row] = toUnit(grid, levels);
            for (int j = 0; j < k; j++) {
                int i = perm[j];
                grid[i] += dir[i] * jump;
                unit[row + j + 1] = toUnit(grid, levels);
            }
            for (int j = 0; j <= k; j++) points[row + j] = scale(factors, unit[row + j]);
        }
        return new Design(factors, levels, jump / (double) (levels - 1), order, unit, points);
    }

    /** {@link #analyse(Design, double[][])} for a single output, {@code outputs[r]} for row r. */
    public static List<Effect> analyse(Design design, double[] outputs) {
        double[][] rows = new double[outputs.length][];
        for (int r = 0; r < outputs.length; r++) rows[r] = new double[] {outputs[r]};
        return analyse(design, rows).outputs().get(0);
    }

    /**
     * The elementary-effect statistics of every factor on every output; {@code outputs[r][o]} is
     * output o at design row r.
     *
     * @throws IllegalArgumentException if there is not one row of outputs per design point, or
     *         the rows differ in width
     */
    public static Result analyse(Design design, double[][] outputs) {
        int m = checkOutputs(design.size(), outputs);
        int k = design.factors().size(), r = design.trajectories();
        double[][] unit = design.unitPoints();
        List<List<Effect>> all = new ArrayList<>();
        for (int o = 0; o < m; o++) {
            double[][] ee = new double[k][r];
            for (int t = 0; t < r; t++) {
                int row = t * (k + 1);
                for (int j = 0; j < k; j++) {
                    int i = design.order()[t][j];
                    double du = unit[row + j + 1][i] - unit[row + j][i];
                    ee[i][t] = (outputs[row + j + 1][o] - outputs[row + j][o]) / du;
                }
            }
            List<Effect> effects = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                double[] abs = new double[r];
                for (int t = 0; t < r; t++) abs[t] = Math.abs(ee[i][t]);
                effects.add(new Effect(design.factors().get(i).name(), r, Stats.mean(ee[i]), Stats.mean(abs),
                        Math.sqrt(Stats.variance(ee[i]))));
            }
            all.add(effects);
        }
        return new Result(design.factors(), all);
    }

    static void checkFactors(List<Factor> factors) {
        if (factors == null || factors.isEmpty()) throw new IllegalArgumentException("no factors");
        Set<String> names = new HashSet<>();
        for (Factor f : factors)
            if (!names.add(f.name())) throw new IllegalArgumentException("duplicate factor name " + f.name());
    }

    /** The number of outputs per row, after checking the shape. */
    static int checkOutputs(int points, double[][] outputs) {
        if (outputs.length != points)
            throw new IllegalArgumentException("expected " + points + " rows of outputs, one per design point, got " + outputs.length);
        int m = outputs[0].length;
        if (m == 0) throw new IllegalArgumentException("no outputs");
        for (int r = 0; r < outputs.length; r++)
            if (outputs[r].length != m)
                throw new IllegalArgumentException("row " + r + " has " + outputs[r].length + " outputs, row 0 has " + m);
        return m;
    }

    static double[] scale(List<Factor> factors, double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) x[i] = factors.get(i).scale(u[i]);
        return x;
    }

    private static double[] toUnit(int[] grid, int levels) {
        double[] u = new double[grid.length];
        for (int i = 0; i < grid.length; i++) u[i] = grid[i] / (double) (levels - 1);
        return u;
    }

    /** A uniform random permutation of 0..k-1 (Fisher-Yates, drawing k - 1 integers from rng, last index first). */
    public static int[] permutation(int k, RandomGenerator rng) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) p[i] = i;
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
