package org.entente.view;

import java.util.Locale;

/**
 * The one table of colours of everything Entente draws: the MASON GUI, the HTML report and the
 * web classroom all take their colours from here, so that a colour means one thing everywhere.
 * Blue and red are kept for the West and the East (and for moving toward them); no chart series,
 * tie or label uses them for anything else. Colours are sRGB as 0xRRGGBB. Immutable.
 */
public enum Palette {
    /** The West (USA, EU, UK, Japan) and a move toward it. */
    WEST(0x2166AC, "the West, or a move toward it"),
    /** The East (China, Russia) and a move toward it. */
    EAST(0xB2182B, "the East, or a move toward it"),
    /** Neither side, or no change. */
    NEUTRAL(0x9E9E9E, "neither side, or no change"),
    /** Trade flows. */
    TRADE(0x6B6B6B, "trade"),
    /** Defence treaties and alliances. */
    DEFENCE(0x1B7837, "a defence treaty"),
    /** Sanctions in force (sender to target). */
    SANCTION(0xE08214, "sanctions"),
    /** Arms transfers. */
    ARMS(0x762A83, "arms transfers"),
    /** Close alignment between two actors (a tie layer). */
    ALIGNMENT(0x35978F, "close alignment"),
    /** Hostility and war. */
    HOSTILITY(0x3B3B3B, "hostility or war"),
    /** Ensemble band (5th to 95th percentile) behind a chart line. */
    BAND(0xD9D9D9, "the range of 90% of the runs"),
    /** The current run's line, or the first world. */
    SERIES_1(0x000000, "this run, or world A"),
    /** The second world in a side-by-side view. */
    SERIES_2(0xA6761D, "world B"),
    /** Map background and land. */
    SEA(0xDCE9F5, "sea"),
    LAND(0xF3EDD8, "land"),
    COAST(0x9C8F6E, "coast");

    private final int rgb;
    private final String meaning;

    Palette(int rgb, String meaning) {
        this.rgb = rgb;
        this.meaning = meaning;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() { return rgb; }

    /** What the colour means, in words for a legend. */
    public String meaning() { return meaning; }

    /** The colour as CSS {@code #rrggbb}. */
    public String css() { return String.format(Locale.ROOT, "#%06x", rgb); }

    /**
     * The colour of a diverging value in [-1, 1]: -1 is fully {@link #EAST}, +1 fully {@link #WEST},
     * 0 {@link #NEUTRAL}, linear in between (values outside are clamped). Used both for the lean of an
     * actor (West minus East alignment) and for the change of that lean since the start.
     */
    public static int diverging(double v) {
        double t = Double.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
        int end = t >= 0 ? WEST.rgb : EAST.rgb;
        double k = Math.abs(t);
        int r = mix(NEUTRAL.rgb >> 16 & 0xFF, end >> 16 & 0xFF, k);
        int g = mix(NEUTRAL.rgb >> 8 & 0xFF, end >> 8 & 0xFF, k);
        int b = mix(NEUTRAL.rgb & 0xFF, end & 0xFF, k);
        return r << 16 | g << 8 | b;
    }

    private static int mix(int a, int b, double k) { return (int) Math.round(a + k * (b - a)); }
}
