package org.entente.view;

import java.util.List;

import org.entente.engine.WorldView;

/**
 * The line an actor gets in a chart with several actors (the GUI's charts): its colour and dash
 * pattern, from {@link Palette} only. Members of the West are drawn in {@link Palette#WEST} blue
 * and members of the East in {@link Palette#EAST} red, each member with its own dash pattern;
 * every other actor is drawn in ink ({@link Palette#SERIES_1}), {@link Palette#SERIES_2} or
 * {@link Palette#NEUTRAL}, so that blue and red never stand for anything but the two sides
 * (Russia is red, never blue). Immutable.
 *
 * @param rgb  the colour, 0xRRGGBB
 * @param dash dash pattern in pixels (on, off, ...); empty for a solid line
 */
public record SeriesStyle(int rgb, float[] dash) {
    private static final float[][] DASHES = {{}, {9f, 5f}, {2f, 4f}, {12f, 4f, 2f, 4f}};
    private static final Palette[] OTHERS = {Palette.SERIES_1, Palette.SERIES_2, Palette.NEUTRAL};

    public SeriesStyle {
        dash = dash.clone();
    }

    @Override
    public float[] dash() { return dash.clone(); }

    /**
     * The style of {@code actor}, the {@code index}-th of {@code actors} in the chart (the index among
     * actors of the same group picks the dash, so two Western actors differ by their dashes).
     */
    public static SeriesStyle of(String actor, List<String> actors) {
        int group = group(actor);
        int k = 0;
        for (String a : actors) {
            if (a.equals(actor)) break;
            if (group(a) == group) k++;
        }
        if (group == 1) return new SeriesStyle(Palette.WEST.rgb(), DASHES[k % DASHES.length]);
        if (group == 2) return new SeriesStyle(Palette.EAST.rgb(), DASHES[k % DASHES.length]);
        return new SeriesStyle(OTHERS[k % OTHERS.length].rgb(), DASHES[(k / OTHERS.length) % DASHES.length]);
    }

    private static int group(String actor) {
        if (WorldView.westIds().contains(actor)) return 1;
        if (WorldView.eastIds().contains(actor)) return 2;
        return 0;
    }
}
