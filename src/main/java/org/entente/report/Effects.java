package org.entente.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.entente.analysis.Comparison;
import org.entente.stats.Stats;

/**
 * Puts rows of {@link Comparison#compare} into words and table cells. The ranking is the one
 * {@code compare} prints: amounts by their change relative to A's mean, quantities on a 0-1
 * scale by their absolute change; the sets of metrics come from the caller (the compare
 * command's), so the report and the command rank alike.
 */
final class Effects {
    private final Set<String> relative, unitScale;

    Effects(Set<String> relative, Set<String> unitScale) {
        this.relative = Set.copyOf(relative);
        this.unitScale = Set.copyOf(unitScale);
    }

    /** How large an effect is, for ordering only (significance is the tests' business). */
    double strength(Comparison.Row r) {
        double d = Math.abs(r.test().diff());
        if (Double.isNaN(d)) return 0;
        if (relative.contains(r.metric())) return r.meanA() != 0 ? d / Math.abs(r.meanA()) : 0;
        return unitScale.contains(r.metric()) ? d : 0;
    }

    Comparator<Comparison.Row> bySize() {
        return Comparator.comparingDouble((Comparison.Row r) -> -strength(r));
    }

    boolean isRelative(Comparison.Row r) { return relative.contains(r.metric()) && r.meanA() != 0 && !Double.isNaN(r.meanA()); }

    private double pct(Comparison.Row r, double v) { return v * 100 / Math.abs(r.meanA()); }

    private static int pctDecimals(double p) {
        double a = Math.abs(p);
        return a >= 1 || a == 0 ? 1 : Math.max(2, Fmt.decimalsFor(a, 0) - 1);
    }

    private int absDecimals(Comparison.Row r, double v) {
        if (unitScale.contains(r.metric())) return Math.max(3, Math.min(5, Fmt.decimalsFor(Math.abs(v), 0)));
        return Fmt.decimalsFor(Math.abs(v), 1);
    }

    /** The mean of A or B as a table cell. */
    String mean(Comparison.Row r, double v) {
        return Fmt.num(v, unitScale.contains(r.metric()) ? 3 : Math.max(1, Math.min(3, Fmt.decimalsFor(v, 0))));
    }

    /** "−18.9 (−4.1%)" for amounts, "+0.034" for the rest. */
    String difference(Comparison.Row r) {
        double d = r.test().diff();
        if (d == 0) return "no change";
        String abs = Fmt.signed(d, absDecimals(r, d));
        if (!isRelative(r)) return abs;
        double p = pct(r, d);
        return abs + " (" + Fmt.signed(p, pctDecimals(p)) + "%)";
    }

    /** The 95% interval of the difference, in percent for amounts. */
    String interval(Comparison.Row r) {
        Stats.Test t = r.test();
        if (Double.isNaN(t.ciLow()) || Double.isNaN(t.ciHigh())) return "n/a";
        if (isRelative(r)) {
            double lo = pct(r, t.ciLow()), hi = pct(r, t.ciHigh());
            int dec = Math.max(pctDecimals(lo), pctDecimals(hi));
            return Fmt.signed(lo, dec) + "% to " + Fmt.signed(hi, dec) + "%";
        }
        int dec = Math.max(absDecimals(r, t.ciLow()), absDecimals(r, t.ciHigh()));
        return Fmt.signed(t.ciLow(), dec) + " to " + Fmt.signed(t.ciHigh(), dec);
    }

    /** "Iran's", "United States'". */
    static String possessive(String name) {
        return name.endsWith("s") || name.endsWith("S") ? name + "\u2019" : name + "\u2019s";
    }

    private static String verb(String metric) {
        String ph = Metrics.phrase(metric);
        return ph.endsWith("exports") || ph.endsWith("imports") ? "are" : "is";
    }

    /**
     * One finding in words (plain text, escaped by the caller). The first finding names both
     * ensembles: "Under tighter-sanctions, Iran's GDP in 2034-12 is 4.1% lower than in
     * baseline-2025 (95% CI −4.2% to −4.0%)."; the others are shorter.
     */
    String sentence(Comparison.Row r, String actorName, String labelA, String labelB, boolean first) {
        Stats.Test t = r.test();
        double d = t.diff();
        String direction = d < 0 ? "lower" : "higher";
        String subject = possessive(actorName) + " " + Metrics.phrase(r.metric());
        String size, detail;
        if (isRelative(r)) {
            double p = pct(r, d);
            size = Fmt.num(Math.abs(p), pctDecimals(p)) + "%";
            detail = "95% CI " + interval(r) + "; " + Fmt.num(r.meanA(), Fmt.decimalsFor(r.meanA(), 0)) + " \u2192 "
                    + Fmt.num(r.meanB(), Fmt.decimalsFor(r.meanB(), 0)) + Metrics.amountUnit(r.metric());
        } else {
            int dec = absDecimals(r, d);
            size = Fmt.num(Math.abs(d), dec) + Metrics.amountUnit(r.metric());
            detail = mean(r, r.meanA()) + " \u2192 " + mean(r, r.meanB()) + "; 95% CI " + interval(r);
        }
        if (first) {
            return "Under " + labelB + ", " + subject + " in " + r.month() + " " + verb(r.metric()) + " " + size + " " + direction
                    + " than in " + labelA + " (" + detail + ").";
        }
        String s = subject + " " + verb(r.metric()) + " " + size + " " + direction + " (" + detail + ").";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The significant rows of {@code rows} in {@code month}, largest first. */
    List<Comparison.Row> significantIn(List<Comparison.Row> rows, String month) {
        List<Comparison.Row> out = new ArrayList<>();
        for (Comparison.Row r : rows) if (r.significant() && r.month().equals(month)) out.add(r);
        out.sort(bySize());
        return out;
    }
}
