package org.entente.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.stats.Stats;
import org.entente.io.CsvRows;
import org.entente.io.Manifest;

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
        if (!Objects.equals(a.modelVersion(), b.modelVersion())) {
            out.add("model versions differ: " + a.modelVersion() + " and " + b.modelVersion());
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
        Manifest.ScenarioFiles sa = orEmpty(a.manifest().scenario()), sb = orEmpty(b.manifest().scenario());
        if (!text(sa.sha256()).equals(text(sb.sha256()))) {
            shown.add("scenario: A " + clip(text(sa.name())) + ", B " + clip(text(sb.name()))
                    + " (their scenario files differ: this is what is compared)");
        }
        Manifest.Overrides oa = orEmpty(a.manifest().overrides()), ob = orEmpty(b.manifest().overrides());
        Map<String, String> seta = orEmpty(oa.set()), setb = orEmpty(ob.set());
        Set<String> keys = new java.util.TreeSet<>();
        keys.addAll(seta.keySet());
        keys.addAll(setb.keySet());
        for (String k : keys) {
            String va = value(seta.get(k)), vb = value(setb.get(k));
            if (!va.equals(vb)) refusing.add("--set " + clip(k) + ": A " + va + ", B " + vb);
        }
        shown.addAll(refusing);
        String ma = value(oa.months()), mb = value(ob.months());
        if (!ma.equals(mb)) shown.add("--months: A " + ma + ", B " + mb);
        String ea = value(oa.seed()), eb = value(ob.seed());
        if (!ea.equals(eb)) shown.add("--seed: A " + ea + ", B " + eb);
        Map<String, JsonNode> pa = orEmpty(a.manifest().parameters()), pb = orEmpty(b.manifest().parameters());
        Set<String> params = new java.util.TreeSet<>();
        params.addAll(pa.keySet());
        params.addAll(pb.keySet());
        for (String k : params) {
            String va = value(pa.get(k)), vb = value(pb.get(k));
            if (!va.equals(vb)) shown.add("parameter " + clip(k) + ": A " + va + ", B " + vb);
        }
        return new Differences(List.copyOf(shown), List.copyOf(refusing));
    }

    private static String value(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "(not set)";
        return clip(n.isValueNode() ? n.asText() : n.toString());
    }

    private static String value(Object v) {
        return v == null ? "(not set)" : clip(v.toString());
    }

    private static String text(String s) { return s == null ? "" : s; }

    private static Manifest.ScenarioFiles orEmpty(Manifest.ScenarioFiles s) {
        return s != null ? s : new Manifest.ScenarioFiles(null, null, null, List.of(), null);
    }

    private static Manifest.Overrides orEmpty(Manifest.Overrides o) { return o != null ? o : new Manifest.Overrides(Map.of(), null, null); }

    private static <V> Map<String, V> orEmpty(Map<String, V> m) { return m != null ? m : Map.of(); }

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
