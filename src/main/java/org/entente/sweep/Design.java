package org.entente.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.entente.model.Param;

/**
 * A sweep design as read from a design file: which parameters vary over which values, how the
 * points are chosen, and how many runs each point gets. Immutable; {@link #points(long)} is a
 * pure function of the design and the seed.
 *
 * <ul>
 * <li>{@code grid}: the cartesian product of each parameter's values, the first parameter
 * varying slowest (point i = the nested loops in the order the parameters are written).
 * A parameter's values are {@code values: [...]} as written, or {@code steps} equally spaced
 * values from min to max, both ends included (steps &ge; 2).</li>
 * <li>{@code lhs}: a Latin hypercube of {@code samples} points: each parameter's range is cut
 * into {@code samples} strata of equal width, and every stratum of every parameter holds exactly
 * one point, at a uniformly random place within it. The random numbers come from a Mersenne
 * Twister seeded with the sweep's master seed.</li>
 * <li>{@code sobol}: the first {@code samples} points of the Sobol low-discrepancy sequence in
 * as many dimensions as parameters (Commons Math, Joe-Kuo direction numbers), skipping its
 * all-zeros first point as the sensitivity command does, scaled to the ranges.</li>
 * </ul>
 */
public record Design(Method method, int samples, int runs, Long seed, SeedRule seeds, List<Dimension> parameters) {
    /** Most points in one sweep (each gets a folder). */
    public static final int MAX_POINTS = (int) org.entente.io.Limits.POINTS.max();
    /** Most runs per point. */
    public static final int MAX_RUNS = (int) org.entente.io.Limits.POINT_RUNS.max();
    /** Most runs in one sweep (points x runs). */
    public static final long MAX_TOTAL_RUNS = org.entente.io.Limits.SWEEP_RUNS.max();
    /** Most grid steps of one parameter. */
    public static final int MAX_STEPS = 10_000;

    public enum Method {
        GRID, LHS, SOBOL;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /** How the seeds of the runs follow from the master seed. */
    public enum SeedRule {
        /** Run k of every point has the same seed: Seeds.runSeed(master, k) (common random numbers). */
        COMMON,
        /** Every point has seeds of its own: Seeds.runSeed(Seeds.runSeed(master, i), k). */
        INDEPENDENT;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /** One varied parameter: a range [min, max] (with {@code steps} for a grid), or a list of values (grid only). */
    public record Dimension(Param param, double min, double max, int steps, List<Double> values) {
        public Dimension {
            values = values == null ? null : List.copyOf(values);
        }

        public static Dimension range(Param p, double min, double max) {
            return new Dimension(p, min, max, 0, null);
        }

        public static Dimension steps(Param p, double min, double max, int steps) {
            return new Dimension(p, min, max, steps, null);
        }

        public static Dimension values(Param p, List<Double> values) {
            return new Dimension(p, Double.NaN, Double.NaN, 0, values);
        }

        /** The grid levels of this parameter, in order. */
        public double[] levels() {
            if (values != null) return values.stream().mapToDouble(Double::doubleValue).toArray();
            double[] v = new double[steps];
            for (int j = 0; j < steps; j++) v[j] = j == steps - 1 ? max : min + (max - min) * j / (steps - 1);
            return v;
        }

        /** The value at unit coordinate u in [0, 1): min + u (max - min). */
        public double scale(double u) {
            return min + u * (max - min);
        }
    }

    public Design {
        parameters = List.copyOf(parameters);
    }

    /** The names of the varied parameters, in design order (the columns of design.csv). */
    public List<String> names() {
        return parameters.stream().map(d -> d.param().key()).toList();
    }

    /** Number of points: the product of the grid's level counts, or {@code samples}. */
    public long size() {
        if (method != Method.GRID) return samples;
        long n = 1;
        for (Dimension d : parameters) {
            n *= d.values() != null ? d.values().size() : d.steps();
            if (n > Integer.MAX_VALUE) return n;
        }
        return n;
    }

    /** The points, row i = point i, column j = parameter j in its own units. */
    public double[][] points(long masterSeed) {
        int n = Math.toIntExact(size()), k = parameters.size();
        double[][] out = new double[n][k];
        switch (method) {
            case GRID -> {
                double[][] levels = new double[k][];
                for (int j = 0; j < k; j++) levels[j] = parameters.get(j).levels();
                for (int i = 0; i < n; i++) {
                    int rest = i;
                    for (int j = k - 1; j >= 0; j--) {
                        out[i][j] = levels[j][rest % levels[j].length];
                        rest /= levels[j].length;
                    }
                }
            }
            case LHS -> {
                RandomGenerator rng = new MersenneTwister(masterSeed);
                for (int j = 0; j < k; j++) {
                    int[] perm = org.entente.analysis.sensitivity.Morris.permutation(n, rng);
                    for (int i = 0; i < n; i++) out[i][j] = parameters.get(j).scale((perm[i] + rng.nextDouble()) / n);
                }
            }
            case SOBOL -> {
                SobolSequenceGenerator sequence = new SobolSequenceGenerator(k);
                sequence.nextVector();                  // skip the all-zeros first point
                for (int i = 0; i < n; i++) {
                    double[] u = sequence.nextVector();
                    for (int j = 0; j < k; j++) out[i][j] = parameters.get(j).scale(u[j]);
                }
            }
            default -> throw new IllegalStateException("unknown method " + method);
        }
        return out;
    }

    /** The design as it goes into sweep.json. */
    public java.util.Map<String, Object> describe() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("method", method.key());
        if (method != Method.GRID) m.put("samples", samples);
        m.put("points", size());
        m.put("runs", runs);
        m.put("seeds", seeds.key());
        List<Object> ps = new ArrayList<>();
        for (Dimension d : parameters) {
            java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
            e.put("name", d.param().key());
            if (d.values() != null) {
                e.put("values", d.values());
            } else {
                e.put("min", d.min());
                e.put("max", d.max());
                if (d.steps() > 0) e.put("steps", d.steps());
            }
            ps.add(e);
        }
        m.put("parameters", ps);
        return m;
    }
}
