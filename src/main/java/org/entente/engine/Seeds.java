package org.entente.engine;

/**
 * Derives the seed of run k of an ensemble from the master seed by SplitMix64, so that run k
 * gets the same seed whatever the number of runs or threads: seed_k = mix(master + (k + 1) *
 * 0x9E3779B97F4A7C15). Thread-safe.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() { }

    public static long runSeed(long master, int run) {
        long z = master + (run + 1L) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
