package org.entente.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.entente.stats.Stats;
import org.entente.io.CsvRows;

/**
 * Compares two ensembles (A the reference, B the alternative) metric by metric at each
 * year-end month and the final month: the difference of means with its 95% interval, a
 * t-test and a rank test, Holm-Bonferroni adjusted p-values over all rows, and Hedges' g.
 * When both ensembles used the same seeds (common random numbers), run k of A and run k of B
 * share their random shocks, and the paired tests are used unless {@code unpaired}.
 */
public final class Comparison {
    /** Adjusted p-value below which an effect is reported as significant. */
    public static final double ALPHA = 0.05;

    /** One compared quantity. {@code subject} is an actor, or "FROM,TO" for dyads. */
    public record Row(String metric, String subject, String month, int nA, int nB, double meanA, double meanB,
                      Stats.Test test, double pAdjusted) {
        public boolean significant() { return !Double.isNaN(pAdjusted) && pAdjusted < ALPHA; }
    }

    /** Why two folders cannot be compared (unless forced). */
    public static List<String> incompatibilities(ResultSet a, ResultSet b) {
        List<String> out = new ArrayList<>();
        if (!a.engineVersion().equals(b.engineVersion())) {
            out.add("engine versions differ: " + a.name() + " " + a.engineVersion() + ", " + b.name() + " " + b.engineVersion());
        }
        if (!Objects.equals(a.manifest().path("model_version").asText(), b.manifest().path("model_version").asText())) {
            out.add("model versions differ: " + a.manifest().path("model_version").asText() + " and " + b.manifest().path("model_version").asText());
        }
        if (!a.months.equals(b.months)) {
            out.add("months differ: " + a.name() + " " + a.months.get(0) + " to " + a.lastMonth() + ", "
                    + b.name() + " " + b.months.get(0) + " to " + b.lastMonth());
        }
        if (!a.actors().equals(b.actors())) out.add("actors differ: " + a.actors() + " and " + b.actors());
        return out;
    }

    /**
     * How two ensembles differ in what was run, read from their manifests: {@code shown} lists
     * every difference of parameters (as resolved), overrides (--set and --params, --months,
     * --seed) and scenario; {@code refusing} those that make the comparison measure something
     * other than the scenarios' difference: a parameter set on the command line (--set,
     * --params), which a comparison refuses unless forced. Other seeds are another sample of the
     * same model (the comparison is then unpaired, and says so); other months are refused by
     * {@link #incompatibilities}.
     */
    public record Differences(List<String> shown, List<String> refusing) { }

    public static Differences differences(ResultSet a, ResultSet b) {
        List<String> shown = new ArrayList<>(), refusing = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode sa = a.manifest().path("scenario"), sb = b.manifest().path("scenario");
        if (!sa.path("sha256").asText().equals(sb.path("sha256").asText())) {
            shown.add("scenario: A " + clip(sa.path("name").asText()) + ", B " + clip(sb.path("name").asText())
                    + " (their scenario files differ: this is what is compared)");
        }
        com.fasterxml.jackson.databind.JsonNode oa = a.manifest().path("overrides"), ob = b.manifest().path("overrides");
        Set<String> keys = new java.util.TreeSet<>();
        oa.path("set").fieldNames().forEachRemaining(keys::add);
        ob.path("set").fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            String va = value(oa.path("set").get(k)), vb = value(ob.path("set").get(k));
            if (!va.equals(vb)) refusing.add("--set " + clip(k) + ": A " + va + ", B " + vb);
        }
        shown.addAll(refusing);
        for (String k : List.of("months", "seed")) {
            String va = value(oa.get(k)), vb = value(ob.get(k));
            if (!va.equals(vb)) shown.add("--" + k + ": A " + va + ", B " + vb);
        }
        Set<String> params = new java.util.TreeSet<>();
        a.manifest().path("parameters").fieldNames().forEachRemaining(params::add);
        b.manifest().path("parameters").fieldNames().forEachRemaining(params::add);
        for (String k : params) {
            String va = value(a.manifest().path("parameters").get(k)), vb = value(b.manifest().path("parameters").get(k));
            if (!va.equals(vb)) shown.add("parameter " + clip(k) + ": A " + va + ", B " + vb);
        }
        return new Differences(List.copyOf(shown), List.copyOf(refusing));
    }

    private static String value(com.fasterxml.jackson.databind.JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "(not set)";
        return clip(n.isValueNode() ? n.asText() : n.toString());
    }

    private static String clip(String s) { return s.length() > 60 ? s.substring(0, 57) + "..." : s; }

    /** Whether the two ensembles used the same seeds, run for run. */
    public static boolean commonRandomNumbers(ResultSet a, ResultSet b) {
        return a.runs == b.runs && a.runs > 1 && a.seeds.equals(b.seeds);
    }

    /** Compares nations.csv (dyads false) or dyads.csv (dyads true). */
    public static List<Row> compare(ResultSet a, ResultSet b, boolean dyads, boolean paired) throws IOException {
        List<String> metrics = dyads ? CsvRows.DYAD_METRICS : CsvRows.NATION_METRICS;
        String file = dyads ? "dyads.csv" : "nations.csv";
        List<String> keys = dyads ? List.of("from", "to") : List.of("actor");
        Set<String> months = new LinkedHashSet<>(a.reportMonths());
        Map<String, double[]> va = a.read(file, keys, metrics, months, dyads);
        Map<String, double[]> vb = b.read(file, keys, metrics, months, dyads);
        List<String> subjects = subjects(va, vb, dyads ? null : a.actors());
        List<Row> rows = new ArrayList<>();
        for (String metric : metrics) {
            for (String subject : subjects) {
                for (String month : months) {
                    String id = metric + "|" + subject + "|" + month;
                    double[] xa = va.get(id), xb = vb.get(id);
                    if (xa == null && xb == null) continue;
                    if (xa == null) xa = zeros(a.runs, dyads);
                    if (xb == null) xb = zeros(b.runs, dyads);
                    rows.add(row(metric, subject, month, xa, xb, paired));
                }
            }
        }
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) p[i] = rows.get(i).test().p();
        double[] adj = Stats.holm(p);
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new Row(r.metric(), r.subject(), r.month(), r.nA(), r.nB(), r.meanA(), r.meanB(), r.test(), adj[i]));
        }
        return out;
    }

    private static double[] zeros(int runs, boolean zero) {
        double[] v = new double[runs];
        if (!zero) java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    private static List<String> subjects(Map<String, double[]> va, Map<String, double[]> vb, List<String> order) {
        if (order != null) return order;
        Set<String> s = new java.util.TreeSet<>();
        for (String id : va.keySet()) s.add(id.split("\\|")[1]);
        for (String id : vb.keySet()) s.add(id.split("\\|")[1]);
        return new ArrayList<>(s);
    }

    private static Row row(String metric, String subject, String month, double[] xa, double[] xb, boolean paired) {
        Stats.Test test;
        int na, nb;
        if (paired) {
            List<double[]> pairs = finitePairs(xa, xb);
            double[] pa = pairs.get(0), pb = pairs.get(1);
            na = nb = pa.length;
            test = Stats.paired(pa, pb);
            return new Row(metric, subject, month, na, nb, Stats.mean(pa), Stats.mean(pb), test, Double.NaN);
        }
        double[] fa = finite(xa), fb = finite(xb);
        test = Stats.welch(fa, fb);
        return new Row(metric, subject, month, fa.length, fb.length, Stats.mean(fa), Stats.mean(fb), test, Double.NaN);
    }

    private static double[] finite(double[] x) {
        return java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static List<double[]> finitePairs(double[] a, double[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) n++;
        double[] pa = new double[n], pb = new double[n];
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) || Double.isNaN(b[i])) continue;
            pa[k] = a[i];
            pb[k++] = b[i];
        }
        return List.of(pa, pb);
    }
}
