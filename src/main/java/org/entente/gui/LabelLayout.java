package org.entente.gui;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places the actors' name labels on the map without overlaps: each label goes next to its disc if
 * there is room, or farther out along one of sixteen directions with a leader line back to the
 * disc. Labels are placed largest actor first; a label never covers another label or another
 * actor's disc, and stays inside the map. Pure screen geometry, no Swing; deterministic.
 */
final class LabelLayout {
    /** An actor as drawn: centre and radius of its disc, width and height of its label, in pixels. */
    record Item(double x, double y, double radius, double width, double height) { }

    /** Where a label goes: its box, and whether a leader line joins it to the disc. */
    record Placed(Rectangle2D.Double box, boolean leader) { }

    /** Gap between a disc and a label next to it, pixels. */
    static final double GAP = 2;
    /** Distances of the rings tried beyond the disc, pixels (the first is "next to it"). */
    static final double[] RINGS = {0, 10, 22, 36, 52, 72, 96};
    /** Directions tried on each ring, starting to the right and going round. */
    static final int DIRECTIONS = 16;

    private LabelLayout() { }

    /**
     * Places every item's label inside {@code bounds}; items are taken in the given order (put
     * the most important first). When no free place is found, the label goes to the right of its
     * disc even if it overlaps (a name is never dropped).
     */
    static List<Placed> place(List<Item> items, Rectangle2D bounds) {
        List<Rectangle2D.Double> taken = new ArrayList<>();
        Placed[] out = new Placed[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            Placed p = find(it, k, items, taken, bounds);
            if (p == null) p = new Placed(beside(it, 0), false);
            out[k] = p;
            taken.add(p.box());
        }
        return Arrays.asList(out);
    }

    private static Placed find(Item it, int self, List<Item> items, List<Rectangle2D.Double> taken, Rectangle2D bounds) {
        for (int ring = 0; ring < RINGS.length; ring++) {
            for (int d = 0; d < DIRECTIONS; d++) {
                double angle = 2 * Math.PI * d / DIRECTIONS;
                Rectangle2D.Double box = ring == 0 ? beside(it, angle) : along(it, angle, RINGS[ring]);
                if (box == null || !bounds.contains(box) || overlaps(box, taken) || coversDisc(box, self, items)) continue;
                return new Placed(box, ring > 0);
            }
        }
        return null;
    }

    /** A label touching the disc on the side of {@code angle} (0 = right; y grows downwards). */
    private static Rectangle2D.Double beside(Item it, double angle) {
        double cx = it.x() + Math.cos(angle) * (it.radius() + GAP);
        double cy = it.y() - Math.sin(angle) * (it.radius() + GAP);
        return anchored(it, cx, cy, angle);
    }

    private static Rectangle2D.Double along(Item it, double angle, double distance) {
        double r = it.radius() + GAP + distance;
        return anchored(it, it.x() + Math.cos(angle) * r, it.y() - Math.sin(angle) * r, angle);
    }

    /** The box whose edge nearest to the disc touches the point (px, py). */
    private static Rectangle2D.Double anchored(Item it, double px, double py, double angle) {
        double c = Math.cos(angle), s = Math.sin(angle);
        double x = c > 0.3 ? px : c < -0.3 ? px - it.width() : px - it.width() / 2;
        double y = s > 0.3 ? py - it.height() : s < -0.3 ? py : py - it.height() / 2;
        return new Rectangle2D.Double(x, y, it.width(), it.height());
    }

    private static boolean overlaps(Rectangle2D box, List<Rectangle2D.Double> taken) {
        for (Rectangle2D t : taken) if (t.intersects(box)) return true;
        return false;
    }

    private static boolean coversDisc(Rectangle2D box, int self, List<Item> items) {
        for (int k = 0; k < items.size(); k++) {
            if (k == self) continue;
            Item o = items.get(k);
            double nx = Math.max(box.getMinX(), Math.min(o.x(), box.getMaxX()));
            double ny = Math.max(box.getMinY(), Math.min(o.y(), box.getMaxY()));
            if (Math.hypot(nx - o.x(), ny - o.y()) < o.radius() + 1) return true;
        }
        // its own disc too: a label next to the disc touches it but does not cover it
        Item me = items.get(self);
        double nx = Math.max(box.getMinX(), Math.min(me.x(), box.getMaxX()));
        double ny = Math.max(box.getMinY(), Math.min(me.y(), box.getMaxY()));
        return Math.hypot(nx - me.x(), ny - me.y()) < me.radius() - 0.5;
    }

    /** The point of a label's box nearest to the disc's centre: where its leader line ends. */
    static double[] leaderEnd(Item it, Rectangle2D box) {
        double nx = Math.max(box.getMinX(), Math.min(it.x(), box.getMaxX()));
        double ny = Math.max(box.getMinY(), Math.min(it.y(), box.getMaxY()));
        return new double[] {nx, ny};
    }
}
