package org.entente.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * The statistics of ensembles and comparisons, on Commons Math. All methods are pure and
 * thread-safe. Conventions: sample standard deviations (n - 1), two-sided tests, 95%
 * intervals; NaN where a statistic is undefined (fewer than two values).
 */
public final class Stats {
    /** Most pairs for which the Wilcoxon signed-rank p-value is computed exactly (2^n cases). */
    public static final int EXACT_WILCOXON_MAX = 12;

    /** Two-sided level of the intervals. */
    public static final double CONFIDENCE = 0.95;

    private Stats() { }

    /** Per-cell summary of an ensemble. */
    public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double p05, double p50, double p95) { }

    /** Result of a two-sample (or paired) comparison of b against a. */
    public record Test(double diff, double ciLow, double ciHigh, double t, double df, double p, double pRank,
                       double effectSize) { }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    /** Sample variance (n - 1); NaN below two values. */
    public static double variance(double[] x) {
        if (x.length < 2) return Double.NaN;
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }

    /**
     * Quantiles already computed, by whole-number degrees of freedom (summaries of n runs ask for
     * df = n - 1 thousands of times). Welch's df is a real number that rarely repeats, so it is not
     * kept: the map holds at most one entry per ensemble size.
     */
    private static final java.util.Map<Integer, Double> T_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The 1 - (1 - CONFIDENCE)/2 quantile of Student's t with df degrees of freedom. */
    public static double tQuantile(double df) {
        if (df == Math.rint(df) && df >= 1 && df <= Integer.MAX_VALUE) {
            return T_QUANTILES.computeIfAbsent((int) df, d -> tQuantileOf(d));
        }
        return tQuantileOf(df);
    }

    private static double tQuantileOf(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }

    /** Percentile by linear interpolation between order statistics (Hyndman & Fan type 7, R's default). */
    public static double percentile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    public static Summary summarise(double[] values) {
        int n = values.length;
        if (n == 0) return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double m = mean(values), sd = Math.sqrt(variance(values));
        double half = n >= 2 ? tQuantile(n - 1) * sd / Math.sqrt(n) : Double.NaN;
        return new Summary(n, m, sd, m - half, m + half, percentile(sorted, 0.05), percentile(sorted, 0.5), percentile(sorted, 0.95));
    }

    /**
     * Welch's unequal-variance t-test of b against a, with the Welch-Satterthwaite degrees of
     * freedom, the interval on mean(b) - mean(a), the Mann-Whitney U p-value and Hedges' g.
     * When both samples have no spread, the difference is exact: p is 1 if the means are equal
     * and 0 otherwise.
     */
    public static Test welch(double[] a, double[] b) {
        double ma = mean(a), mb = mean(b), va = variance(a), vb = variance(b);
        int na = a.length, nb = b.length;
        double diff = mb - ma;
        double se2 = va / na + vb / nb;
        double g = hedgesG(a, b);
        if (na < 2 || nb < 2) return new Test(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, g);
        if (se2 == 0) return exact(diff, g);
        double se = Math.sqrt(se2);
        double df = se2 * se2 / ((va / na) * (va / na) / (na - 1) + (vb / nb) * (vb / nb) / (nb - 1));
        double t = diff / se;
        double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
        double half = tQuantile(df) * se;
        double pRank = new MannWhitneyUTest().mannWhitneyUTest(a, b);
        return new Test(diff, diff - half, diff + half, t, df, p, pRank, g);
    }

    /**
     * Paired t-test of b against a (common random numbers: run k of both used the same seed),
     * with the interval on the mean difference, the Wilcoxon signed-rank p-value (exact up to
     * {@link #EXACT_WILCOXON_MAX} pairs, normal approximation above: Commons Math's exact test
     * enumerates all 2^n sign patterns) and the paired effect size d_z with Hedges'
     * small-sample correction.
     */
    public static Test paired(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("paired samples differ in size: " + a.length + " and " + b.length);
        int n = a.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = b[i] - a[i];
        double md = mean(d), vd = variance(d);
        if (n < 2) return new Test(md, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double correction = 1 - 3.0 / (4.0 * (n - 1) - 1);
        if (vd == 0) return exact(md, md == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, md));
        double se = Math.sqrt(vd / n);
        double t = md / se;
        double df = n - 1;
        double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
        double half = tQuantile(df) * se;
        double pRank = allZero(d) ? 1 : new WilcoxonSignedRankTest().wilcoxonSignedRankTest(a, b, n <= EXACT_WILCOXON_MAX);
        return new Test(md, md - half, md + half, t, df, p, pRank, md / Math.sqrt(vd) * correction);
    }

    private static boolean allZero(double[] d) {
        for (double v : d) if (v != 0) return false;
        return true;
    }

    private static Test exact(double diff, double g) {
        double p = diff == 0 ? 1 : 0;
        return new Test(diff, diff, diff, Double.NaN, Double.NaN, p, p, g);
    }

    /** Hedges' g of b against a: the difference in means over the pooled sd, corrected for small samples. */
    public static double hedgesG(double[] a, double[] b) {
        int na = a.length, nb = b.length;
        if (na < 2 || nb < 2) return Double.NaN;
        double pooled = Math.sqrt(((na - 1) * variance(a) + (nb - 1) * variance(b)) / (na + nb - 2));
        double diff = mean(b) - mean(a);
        if (pooled == 0) return diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff);
        double correction = 1 - 3.0 / (4.0 * (na + nb) - 9);
        return diff / pooled * correction;
    }

    /**
     * Holm-Bonferroni adjusted p-values, in the order given: sort ascending, multiply the i-th
     * smallest by (m - i), take the running maximum, cap at 1. NaN p-values are left out of m
     * and stay NaN.
     */
    public static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) m++;
        }
        Arrays.sort(order, (x, y) -> {
            boolean nx = Double.isNaN(p[x]), ny = Double.isNaN(p[y]);
            if (nx || ny) return Boolean.compare(nx, ny);
            int c = Double.compare(p[x], p[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        double[] adj = new double[p.length];
        Arrays.fill(adj, Double.NaN);
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adj[i] = running;
        }
        return adj;
    }
}
