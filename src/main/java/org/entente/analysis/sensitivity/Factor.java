package org.entente.analysis.sensitivity;

/**
 * An uncertain input, uniform on [min, max]. The name is the caller's key for the input (a
 * parameter path, say); the methods only carry it into their results.
 *
 * @throws IllegalArgumentException if the name is blank or the bounds are not finite with
 *         min &lt; max
 */
public record Factor(String name, double min, double max) {
    public Factor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("factor name is blank");
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max))
            throw new IllegalArgumentException("factor " + name + ": need finite min < max, got [" + min + ", " + max + "]");
    }

    /** max - min. */
    public double range() {
        return max - min;
    }

    /** The value at unit coordinate u: min + u (max - min), exactly max at u = 1. */
    public double scale(double u) {
        return u == 1 ? max : min + u * (max - min);
    }
}
