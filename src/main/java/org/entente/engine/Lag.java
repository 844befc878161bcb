package org.entente.engine;

/**
 * Year-on-year lag of a per-actor (or per-dyad) series: the value twelve steps ago, or the
 * recorded month-0 value during the first year. Mutable; owned by one run.
 */
final class Lag {
    private double[] base;
    private final double[][] ring = new double[12][];

    /** A lag whose month-0 values are zero until {@link #rebase}. */
    Lag(int size) { this.base = new double[size]; }

    Lag(double[] base) { this.base = base.clone(); }

    /** Replaces the month-0 values (for series only known once the world is set up). */
    void rebase(double[] values) { this.base = values.clone(); }

    /** The lagged array for step t; read it before {@link #store}. */
    double[] at(int t) { return t < 12 ? base : ring[t % 12]; }

    void store(int t, double[] values) {
        double[] slot = ring[t % 12];
        if (slot == null) {
            ring[t % 12] = values.clone();
        } else {
            System.arraycopy(values, 0, slot, 0, values.length);
        }
    }
}
