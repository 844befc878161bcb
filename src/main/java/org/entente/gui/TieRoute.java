package org.entente.gui;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.util.List;

/**
 * How a tie is drawn between two actors on the map so that it does not run across actors it has
 * nothing to do with: a gentle curve, bent to the side that crosses fewest other discs (straight
 * when nothing is in the way), and across the Pacific, through the map's edge, when the two are
 * more than half the world apart (the United States and Japan). Pure screen geometry; deterministic.
 */
final class TieRoute {
    /** A disc the tie should keep clear of: centre and radius in pixels. */
    record Disc(double x, double y, double radius) { }

    /** Bends tried, as the control point's offset from the chord's middle over the chord's length. */
    static final double[] BENDS = {0, 0.12, -0.12, 0.22, -0.22, 0.32, -0.32};
    /** Clearance kept around a disc, pixels. */
    static final double CLEARANCE = 3;
    /** Points sampled along a candidate curve. */
    static final int SAMPLES = 24;

    private TieRoute() { }

    /**
     * The shape of the tie from (ax, ay) to (bx, by).
     *
     * @param others discs of the actors that are not ends of this tie
     * @param mapLeft screen x of longitude -180
     * @param mapWidth screen width of the whole map (360 degrees)
     */
    static Shape route(double ax, double ay, double bx, double by, List<Disc> others, double mapLeft, double mapWidth) {
        if (Math.abs(bx - ax) > mapWidth / 2) return wrapped(ax, ay, bx, by, mapLeft, mapWidth);
        return new QuadCurve2D.Double(ax, ay, controlX(ax, ay, bx, by, bend(ax, ay, bx, by, others)),
                controlY(ax, ay, bx, by, bend(ax, ay, bx, by, others)), bx, by);
    }

    /** The bend with fewest discs crossed (ties broken by the smaller bend, then the first listed). */
    static double bend(double ax, double ay, double bx, double by, List<Disc> others) {
        double best = 0;
        int bestHits = Integer.MAX_VALUE;
        for (double k : BENDS) {
            int hits = hits(ax, ay, controlX(ax, ay, bx, by, k), controlY(ax, ay, bx, by, k), bx, by, others);
            if (hits < bestHits) {
                bestHits = hits;
                best = k;
            }
            if (hits == 0) break;
        }
        return best;
    }

    /** How many discs the quadratic curve from a to b with control c passes through. */
    static int hits(double ax, double ay, double cx, double cy, double bx, double by, List<Disc> others) {
        int n = 0;
        for (Disc d : others) {
            for (int i = 1; i < SAMPLES; i++) {
                double t = (double) i / SAMPLES, u = 1 - t;
                double x = u * u * ax + 2 * u * t * cx + t * t * bx;
                double y = u * u * ay + 2 * u * t * cy + t * t * by;
                if (Math.hypot(x - d.x(), y - d.y()) < d.radius() + CLEARANCE) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static double controlX(double ax, double ay, double bx, double by, double k) {
        return (ax + bx) / 2 - k * (by - ay);
    }

    private static double controlY(double ax, double ay, double bx, double by, double k) {
        return (ay + by) / 2 + k * (bx - ax);
    }

    /** Two straight pieces, each from an actor to the map's edge on the short way round. */
    private static Shape wrapped(double ax, double ay, double bx, double by, double mapLeft, double mapWidth) {
        double right = mapLeft + mapWidth;
        boolean aEast = ax > bx;
        double bxShifted = aEast ? bx + mapWidth : bx - mapWidth;
        double edge = aEast ? right : mapLeft;
        double t = (edge - ax) / (bxShifted - ax);
        double yEdge = ay + t * (by - ay);
        Path2D.Double p = new Path2D.Double();
        p.append(new Line2D.Double(ax, ay, edge, yEdge), false);
        p.append(new Line2D.Double(aEast ? mapLeft : right, yEdge, bx, by), false);
        return p;
    }
}
