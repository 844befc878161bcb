package org.entente.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.entente.stats.Stats;

/**
 * Sobol variance-based sensitivity indices by Saltelli's sampling scheme (Saltelli 2002;
 * Saltelli et al. 2010, Comput. Phys. Commun. 181:259). All methods are pure and thread-safe.
 *
 * <p>Design. Two N x k matrices A and B come from one Sobol low-discrepancy sequence of
 * dimension 2k (Commons Math's {@link SobolSequenceGenerator}, Joe-Kuo direction numbers):
 * point j of the sequence gives row j of A (its first k coordinates) and of B (its last k).
 * The first point of the sequence, all zeros, is skipped, so row 0 is the sequence's second
 * point. A_B^(i) is A with column i taken from B. The design is deterministic: it depends only
 * on the number of factors and N. N a power of two keeps the sequence balanced; k is at most
 * 500 (the generator's 1000 dimensions).
 *
 * <p>Estimators, with f centred on its mean over A and B (which leaves their expectations
 * unchanged and makes them invariant to adding a constant to the output) and V the variance of
 * f over the 2N runs of A and B together (divisor 2N):
 * <ul>
 * <li>first order, Saltelli 2010: S_i = mean_j( f(B)_j (f(A_B^(i))_j - f(A)_j) ) / V;</li>
 * <li>total, Jansen 1999: S_Ti = mean_j( (f(A)_j - f(A_B^(i))_j)^2 ) / 2 / V.</li>
 * </ul>
 * The estimates can fall slightly outside [0, 1] by sampling error; they are not clipped. NaN
 * where V = 0 (a constant output).
 *
 * <p>Intervals: percentile bootstrap over the N rows. Each replicate draws N row indices with
 * replacement (the same indices for A, B and every A_B^(i), and for V), from a Mersenne Twister
 * seeded by the caller, and recomputes every index; the interval is the 2.5th to 97.5th
 * percentile (type 7) of the replicates. The same replicates serve all outputs. NaN if there
 * are no replicates or a replicate is undefined.
 */
public final class Sobol {
    /** Bootstrap replicates when none are given. */
    public static final int DEFAULT_BOOTSTRAP = 500;

    /** Most factors: the Sobol sequence has at most 1000 dimensions. */
    public static final int MAX_FACTORS = (int) org.entente.io.Limits.FACTORS.max();

    private Sobol() { }

    /**
     * The points to evaluate, N (k + 2) of them in blocks of N: rows 0 to N-1 are A, rows N to
     * 2N-1 are B, and rows (2 + i) N to (3 + i) N - 1 are A_B^(i) for factor i = 0..k-1; within
     * each block row j is sample j. {@code unitPoints} are in the unit cube, {@code points}
     * scaled to the factor ranges (column i for factor i). The arrays are shared, not copied:
     * treat them as read-only.
     */
    public record Design(List<Factor> factors, int n, double[][] unitPoints, double[][] points) {
        public Design {
            factors = List.copyOf(factors);
        }

        /** Number of points to evaluate: N (k + 2). */
        public int size() {
            return points.length;
        }

        /** Row of sample j of A. */
        public int rowA(int j) {
            return j;
        }

        /** Row of sample j of B. */
        public int rowB(int j) {
            return n + j;
        }

        /** Row of sample j of A_B^(i). */
        public int rowAB(int i, int j) {
            return (2 + i) * n + j;
        }
    }

    /** The indices of one factor on one output, with their bootstrap intervals. */
    public record Indices(String factor, double s1, double s1Low, double s1High, double st, double stLow, double stHigh) { }

    /**
     * The indices, {@code outputs.get(o).get(i)} for output o and factor i (design order), with
     * {@code variance.get(o)} the variance V of output o over A and B.
     */
    public record Result(List<Factor> factors, int n, int bootstrap, List<Double> variance, List<List<Indices>> outputs) {
        public Result {
            factors = List.copyOf(factors);
            variance = List.copyOf(variance);
            outputs = outputs.stream().map(List::copyOf).toList();
        }

        public Indices get(int output, int factor) {
            return outputs.get(output).get(factor);
        }
    }

    /**
     * Saltelli's design with N = {@code n} base samples.
     *
     * @throws IllegalArgumentException if there are no factors, duplicate names, more than
     *         {@value #MAX_FACTORS} factors or n &lt; 2
     */
    public static Design design(List<Factor> factors, int n) {
        Morris.checkFactors(factors);
        int k = factors.size();
        if (k > MAX_FACTORS) throw new IllegalArgumentException("at most " + MAX_FACTORS + " factors, got " + k);
        if (n < 2) throw new IllegalArgumentException("need n >= 2 base samples, got " + n);
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        sequence.nextVector();                          // skip the all-zeros first point
        double[][] unit = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sequence.nextVector();
            double[] a = Arrays.copyOfRange(v, 0, k), b = Arrays.copyOfRange(v, k, 2 * k);
            unit[j] = a;
            unit[n + j] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                unit[(2 + i) * n + j] = ab;
            }
        }
        double[][] points = new double[unit.length][];
        for (int r = 0; r < unit.length; r++) points[r] = Morris.scale(factors, unit[r]);
        return new Design(factors, n, unit, points);
    }

    /** {@link #analyse(Design, double[][], int, long)} for a single output, {@code outputs[r]} for row r. */
    public static List<Indices> analyse(Design design, double[] outputs, int bootstrap, long seed) {
        double[][] rows = new double[outputs.length][];
        for (int r = 0; r < outputs.length; r++) rows[r] = new double[] {outputs[r]};
        return analyse(design, rows, bootstrap, seed).outputs().get(0);
    }

    /**
     * The first-order and total indices of every factor on every output, {@code outputs[r][o]}
     * being output o at design row r, with percentile intervals from {@code bootstrap}
     * replicates (0 for none) drawn with {@code seed}: the same arguments give the same result.
     *
     * @throws IllegalArgumentException if there is not one row of outputs per design point, the
     *         rows differ in width, or bootstrap &lt; 0
     */
    public static Result analyse(Design design, double[][] outputs, int bootstrap, long seed) {
        int m = Morris.checkOutputs(design.size(), outputs);
        if (bootstrap < 0) throw new IllegalArgumentException("bootstrap replicates must be >= 0, got " + bootstrap);
        int n = design.n(), k = design.factors().size();
        // y[o][block][j]: block 0 = A, 1 = B, 2 + i = A_B^(i)
        double[][][] y = new double[m][k + 2][n];
        for (int o = 0; o < m; o++)
            for (int block = 0; block < k + 2; block++)
                for (int j = 0; j < n; j++) y[o][block][j] = outputs[block * n + j][o];

        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] point = new double[m][];
        double[] variance = new double[m];
        for (int o = 0; o < m; o++) {
            point[o] = estimate(y[o], all);
            variance[o] = point[o][2 * k];
        }

        // boot[o][2i] and boot[o][2i + 1]: the replicates of S_i and S_Ti
        double[][][] boot = new double[m][2 * k][bootstrap];
        RandomGenerator rng = new MersenneTwister(seed);
        int[] idx = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) idx[j] = rng.nextInt(n);
            for (int o = 0; o < m; o++) {
                double[] e = estimate(y[o], idx);
                for (int c = 0; c < 2 * k; c++) boot[o][c][b] = e[c];
            }
        }

        List<List<Indices>> results = new ArrayList<>(m);
        List<Double> variances = new ArrayList<>(m);
        double tail = (1 - Stats.CONFIDENCE) / 2;
        for (int o = 0; o < m; o++) {
            List<Indices> row = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                double[] s1 = interval(boot[o][2 * i], tail), st = interval(boot[o][2 * i + 1], tail);
                row.add(new Indices(design.factors().get(i).name(), point[o][2 * i], s1[0], s1[1], point[o][2 * i + 1], st[0], st[1]));
            }
            results.add(row);
            variances.add(variance[o]);
        }
        return new Result(design.factors(), n, bootstrap, variances, results);
    }

    /**
     * S_0, S_T0, S_1, S_T1, ..., then V, over the rows idx (with repeats) of one output's blocks.
     */
    private static double[] estimate(double[][] y, int[] idx) {
        int k = y.length - 2, n = idx.length;
        double[] fa = y[0], fb = y[1];
        double sum = 0;
        for (int j : idx) sum += fa[j] + fb[j];
        double mean = sum / (2.0 * n);
        double ss = 0;
        for (int j : idx) {
            double da = fa[j] - mean, db = fb[j] - mean;
            ss += da * da + db * db;
        }
        double v = ss / (2.0 * n);
        double[] out = new double[2 * k + 1];
        for (int i = 0; i < k; i++) {
            double[] fab = y[2 + i];
            double first = 0, total = 0;
            for (int j : idx) {
                double diff = fab[j] - fa[j];
                first += (fb[j] - mean) * diff;
                total += diff * diff;
            }
            out[2 * i] = v == 0 ? Double.NaN : first / n / v;
            out[2 * i + 1] = v == 0 ? Double.NaN : total / n / 2 / v;
        }
        out[2 * k] = v;
        return out;
    }

    /** The percentile interval of the replicates; NaNs if there are none or any is NaN. */
    private static double[] interval(double[] replicates, double tail) {
        if (replicates.length == 0) return new double[] {Double.NaN, Double.NaN};
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) return new double[] {Double.NaN, Double.NaN};
        return new double[] {Stats.percentile(sorted, tail), Stats.percentile(sorted, 1 - tail)};
    }
}
