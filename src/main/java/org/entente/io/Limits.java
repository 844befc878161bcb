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
    /** A month counted from the start of a run, 0 being the first (gui --after-months). */
    MONTH_OFFSET(0, 1200, "months into a run"),
    /** Actors in a scenario. */
    ACTORS(1, 500, "actors in a scenario"),
    /** Scheduled events in a scenario. */
    EVENTS(0, 20_000, "events in a scenario"),
    /** Runs of one benchmark measurement (bench --runs). */
    BENCH_RUNS(1, 10_000, "runs of a benchmark"),
    /** Points of a sweep design, and of a sensitivity analysis. */
    POINTS(1, 100_000, "points of a design"),
    /** Runs at each point of a sweep design. */
    POINT_RUNS(1, 100_000, "runs at each point of a design"),
    /** Runs of a whole sweep (points x runs at each). */
    SWEEP_RUNS(1, 10_000_000, "runs of a sweep"),
    /** Shards a sweep is cut into (sweep --shard K/N). */
    SHARDS(1, 100_000, "shards of a sweep"),
    /** Parameters varied at once by a sensitivity analysis. */
    FACTORS(1, 500, "parameters varied at once"),
    /** Morris trajectories (sensitivity --trajectories). */
    TRAJECTORIES(1, 10_000, "Morris trajectories"),
    /** Morris grid levels (sensitivity --levels). */
    LEVELS(2, 1_000, "Morris grid levels"),
    /** Sobol base samples (sensitivity --samples). */
    SAMPLES(2, 65_536, "Sobol base samples"),
    /** Sobol bootstrap replicates (sensitivity --bootstrap). */
    BOOTSTRAP(0, 100_000, "bootstrap replicates"),
    /** Objective evaluations of a calibration (calibrate --max-evaluations). */
    EVALUATIONS(1, 100_000, "objective evaluations of a calibration"),
    /** The classroom server's TCP port (0 picks a free one). */
    PORT(0, 65_535, "a TCP port, 0 for any free one"),
    /** Worlds the classroom server keeps at once. */
    WORLDS(1, 1_000, "worlds the classroom keeps at once"),
    /** Runs one student may start a minute. */
    RUNS_PER_MINUTE(1, 10_000, "runs a student may start a minute");

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

    /** The cap of a count given on the command line as {@code --name}, or null for an option that is not a count. */
    public static Limits ofOption(String command, String option) {
        Limits specific = OPTIONS.get(command + " " + option);
        return specific != null ? specific : OPTIONS.get(option);
    }

    /** Options that take a whole number that is not a count (checked elsewhere or unbounded). */
    public static final java.util.Set<String> NOT_COUNTS = java.util.Set.of("--seed");

    /** Every count option of the command line and its cap; "command --option" wins over "--option". */
    private static final java.util.Map<String, Limits> OPTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("--runs", RUNS),
            java.util.Map.entry("bench --runs", BENCH_RUNS),
            java.util.Map.entry("--threads", THREADS),
            java.util.Map.entry("--months", MONTHS),
            java.util.Map.entry("--after-months", MONTH_OFFSET),
            java.util.Map.entry("--actors", ACTORS),
            java.util.Map.entry("--trajectories", TRAJECTORIES),
            java.util.Map.entry("--levels", LEVELS),
            java.util.Map.entry("--samples", SAMPLES),
            java.util.Map.entry("--bootstrap", BOOTSTRAP),
            java.util.Map.entry("--max-evaluations", EVALUATIONS),
            java.util.Map.entry("--port", PORT),
            java.util.Map.entry("--max-worlds", WORLDS),
            java.util.Map.entry("--runs-per-minute", RUNS_PER_MINUTE));

    /**
     * The one-line complaint for a value outside the cap, or null when it is inside:
     * {@code "<where>: must be in [min, max] (runs in an ensemble), but was 2000000000"}.
     */
    public String complaint(String where, long value) {
        if (allows(value)) return null;
        return String.format(Locale.ROOT, "%s: must be in [%d, %d] (%s), but was %d", where, min, max, what, value);
    }
}
