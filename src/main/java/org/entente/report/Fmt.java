package org.entente.report;

import java.util.Locale;

/** Number formatting for the report: Locale.ROOT digits, thousands separators, a true minus sign. */
final class Fmt {
    static final String MINUS = "\u2212";

    private Fmt() { }

    /** {@code v} with {@code decimals} decimals, thousands separated by commas, negative with U+2212. */
    static String num(double v, int decimals) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "\u221e" : MINUS + "\u221e";
        String s = String.format(Locale.ROOT, "%,." + Math.max(0, decimals) + "f", v);
        if (s.startsWith("-")) {
            s = s.substring(1);
            // "-0.00" is zero
            return s.replaceAll("[0.,]", "").isEmpty() ? s : MINUS + s;
        }
        return s;
    }

    /** Like {@link #num} with an explicit plus sign for positive values. */
    static String signed(double v, int decimals) {
        String s = num(v, decimals);
        if (Double.isNaN(v) || s.startsWith(MINUS) || s.replaceAll("[0.,]", "").isEmpty()) return s;
        return "+" + s;
    }

    /** Decimals that show a value to about three significant figures (at least {@code min}). */
    static int decimalsFor(double v, int min) {
        double a = Math.abs(v);
        if (a == 0 || Double.isNaN(a) || Double.isInfinite(a)) return min;
        int d = 2 - (int) Math.floor(Math.log10(a));
        return Math.max(min, Math.min(6, d));
    }

    /** Three significant figures, at most six decimals, no fewer than needed for large numbers. */
    static String sig(double v) { return num(v, decimalsFor(v, 0)); }

    /** A p-value as tables print it. */
    static String p(double p) {
        if (Double.isNaN(p)) return "n/a";
        if (p < 0.001) return "< 0.001";
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /** A coordinate for SVG: at most two decimals, no exponent, no trailing zeros. */
    static String coord(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "0";
        long r = Math.round(v * 100);
        if (r % 100 == 0) return Long.toString(r / 100);
        String s = String.format(Locale.ROOT, "%.2f", r / 100.0);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }
}
