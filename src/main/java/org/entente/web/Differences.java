package org.entente.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.engine.RecordSink.NationRow;
import org.entente.model.ActorSpec;
import org.entente.model.Param;
import org.entente.model.Scenario;

/**
 * The differences between two worlds at the same month, in words, largest first by economic
 * size: a change of GDP, exports or oil exports is ranked by its value in USD a year, never by
 * its percent change, so a large percent change of a tiny flow comes last or not at all.
 * Changes of alignment have no dollar size and are listed after, largest first. Stateless.
 */
final class Differences {
    /** Economic differences smaller than this (USD bn a year) are not worth a line for a class. */
    static final double MIN_BN = 1.0;
    /** Lean differences smaller than this are not listed. */
    static final double MIN_LEAN = 0.005;
    /** Most lines given. */
    static final int MAX_LINES = 10;

    private Differences() { }

    record Line(double size, String text) { }

    static List<String> words(Scenario sa, NationRow[] a, NationRow[] b, String nameA, String nameB) {
        double oilPrice = sa.parameters().get(Param.OIL_PRICE);
        List<Line> econ = new ArrayList<>();
        List<Line> lean = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            ActorSpec who = sa.actors().get(i);
            String n = who.name();
            double g = b[i].gdp() - a[i].gdp();
            if (Math.abs(g) >= MIN_BN) {
                econ.add(new Line(Math.abs(g), String.format(Locale.ROOT, "%s's GDP is %s a year %s in %s (%s of its GDP).", n, bn(g),
                        g > 0 ? "higher" : "lower", nameB, pct(g / a[i].gdp()))));
            }
            double x = b[i].exports() - a[i].exports();
            if (Math.abs(x) >= MIN_BN) {
                econ.add(new Line(Math.abs(x), String.format(Locale.ROOT, "%s exports %s a year %s in %s (%s of its GDP).", n, bn(x),
                        x > 0 ? "more" : "less", nameB, pct(x / a[i].gdp()))));
            }
            double oil = b[i].oilExportsMbd() - a[i].oilExportsMbd();
            double oilBn = oil * 365 * oilPrice / 1000;
            if (Math.abs(oilBn) >= MIN_BN) {
                econ.add(new Line(Math.abs(oilBn), String.format(Locale.ROOT,
                        "%s sells %.2f million barrels a day of oil %s in %s (about %s a year at %.0f USD a barrel).", n, Math.abs(oil),
                        oil > 0 ? "more" : "less", nameB, bn(oilBn), oilPrice)));
            }
            double l = Ensembles.lean(b[i]) - Ensembles.lean(a[i]);
            if (Math.abs(l) >= MIN_LEAN && who.kind() != org.entente.model.ActorKind.BLOC) {
                lean.add(new Line(Math.abs(l), String.format(Locale.ROOT, "%s leans %.3f further %s in %s.", n, Math.abs(l),
                        l > 0 ? "West" : "East", nameB)));
            }
        }
        econ.sort(Comparator.comparingDouble(Line::size).reversed());
        lean.sort(Comparator.comparingDouble(Line::size).reversed());
        List<String> out = new ArrayList<>();
        for (Line line : econ) if (out.size() < MAX_LINES - Math.min(3, lean.size())) out.add(line.text());
        for (Line line : lean) if (out.size() < MAX_LINES) out.add(line.text());
        if (out.isEmpty()) out.add("No difference worth telling a class yet: every gap is below " + MIN_BN + " bn USD a year.");
        return out;
    }

    private static String bn(double v) { return String.format(Locale.ROOT, "%.1f bn USD", Math.abs(v)); }

    private static String pct(double share) {
        return Math.abs(share) < 0.0005 ? "under 0.1%" : String.format(Locale.ROOT, "%+.1f%%", 100 * share);
    }

    static Map<String, Object> none() { return Map.of(); }
}
