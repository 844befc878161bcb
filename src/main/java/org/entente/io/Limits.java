package org.entente.io;

import java.util.Locale;

/**
 * The one table of caps on every count Entente reads, wherever it is read: a scenario file, a
 * manifest, a design file, a parameter file or the command line. A count outside its cap is bad
 * input (exit code 2), reported by {@link #check} in one line that names where it was read, the
 * cap and the value; nothing ever allocates or loops on a count that has not passed here.
 * Immutable; thread-safe.
 */
public enum Limits {
    /** Runs in one ensemble (run, rerun, hindcast, calibrate evaluations, sensitivity runs per point). */
    RUNS(1, 1_000_000, "runs in an ensemble"),
    /** Runs computed at once. */
    THREADS(1, 256, "threads"),
    /** Months in a run's horizon. */
    MONTHS(1, 1200, "months in a run"),
    /** Actors in a scenario. */
    ACTORS(1, 500, "actors in a scenario"),
    /** Scheduled events in a scenario. */
    EVENTS(0, 20_000, "events in a scenario");

    private final long min;
    private final long max;
    private final String what;

    Limits(long min, long max, String what) {
        this.min = min;
        this.max = max;
        this.what = what;
    }

    public long min() { return min; }

    public long max() { return max; }

    /** What is counted, in words ("runs in an ensemble"). */
    public String what() { return what; }

    public boolean allows(long value) { return value >= min && value <= max; }

    /**
     * The one-line complaint for a value outside the cap, or null when it is inside:
     * {@code "<where>: must be in [min, max] (runs in an ensemble), but was 2000000000"}.
     */
    public String complaint(String where, long value) {
        if (allows(value)) return null;
        return String.format(Locale.ROOT, "%s: must be in [%d, %d] (%s), but was %d", where, min, max, what, value);
    }
}
