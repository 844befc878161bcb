package org.entente.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats numbers for the CSV contract: Locale-independent, at most six decimals, no trailing
 * zeros, never an exponent (1e13 is written 10000000000000), empty for NaN, {@code inf} and
 * {@code -inf} for the infinities (the one spelling every file uses, and {@link Csv} reads back). Fast (no String.format) and
 * deterministic, so that equal runs give equal bytes. Thread-safe.
 */
public final class Numbers {
    private static final double SCALE = 1e6;
    private static final double LIMIT = 9e12;

    private Numbers() { }

    public static String format(double v) {
        StringBuilder b = new StringBuilder(16);
        append(b, v);
        return b.toString();
    }

    public static void append(StringBuilder b, double v) {
        if (Double.isNaN(v)) return;
        if (Double.isInfinite(v)) {
            b.append(v > 0 ? "inf" : "-inf");
            return;
        }
        if (Math.abs(v) >= LIMIT) {
            // beyond what a long holds in millionths: the shortest decimal of v, rounded to six places
            b.append(BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            return;
        }
        long scaled = Math.round(v * SCALE);
        if (scaled == 0) {
            b.append('0');
            return;
        }
        if (scaled < 0) {
            b.append('-');
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000L;
        long frac = scaled % 1_000_000L;
        b.append(whole);
        if (frac != 0) {
            b.append('.');
            String f = Long.toString(frac);
            for (int i = f.length(); i < 6; i++) b.append('0');
            int end = f.length();
            while (end > 0 && f.charAt(end - 1) == '0') end--;
            b.append(f, 0, end);
        }
    }
}
