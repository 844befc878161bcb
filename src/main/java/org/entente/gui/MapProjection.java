package org.entente.gui;

import sim.util.Double2D;

/**
 * The equirectangular projection of the world map: longitude and latitude in degrees map to
 * a 360 x 180 field, x = longitude + 180 (west to east) and y = 90 - latitude (north at the
 * top, as Swing draws downward). Pure and thread-safe.
 */
public final class MapProjection {
    public static final double WIDTH = 360;
    public static final double HEIGHT = 180;

    private MapProjection() { }

    /** Field position of a point; latitudes and longitudes outside the globe are clamped to it. */
    public static Double2D toField(double lat, double lon) {
        double la = Math.max(-90, Math.min(90, lat));
        double lo = Math.max(-180, Math.min(180, lon));
        return new Double2D(lo + 180, 90 - la);
    }

    /** The inverse: {latitude, longitude} of a field position. */
    public static double[] toLatLon(Double2D p) {
        return new double[] {90 - p.y, p.x - 180};
    }
}
