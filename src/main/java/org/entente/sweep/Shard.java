package org.entente.sweep;

/**
 * Shard k of n (1-based k): the points i with i mod n = k - 1. So shard 1 of 8 has points 0, 8,
 * 16, ...; shard 8 of 8 has points 7, 15, ...; the shards of one n together hold every point
 * exactly once.
 */
public record Shard(int k, int n) {
    /** Most shards of one sweep. */
    public static final int MAX_SHARDS = (int) org.entente.io.Limits.SHARDS.max();

    public Shard {
        if (n < 1 || n > MAX_SHARDS || k < 1 || k > n) {
            throw new IllegalArgumentException("must be K/N with 1 <= K <= N <= " + MAX_SHARDS + ", but was " + k + "/" + n);
        }
    }

    /** The whole sweep: shard 1 of 1. */
    public static final Shard ALL = new Shard(1, 1);

    /** Parses {@code K/N}; the message of the exception names the rule. */
    public static Shard parse(String text) {
        String[] f = text.trim().split("/");
        if (f.length != 2) throw new IllegalArgumentException("must be K/N, e.g. 3/8, but was \"" + text + "\"");
        try {
            return new Shard(Integer.parseInt(f[0].trim()), Integer.parseInt(f[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be K/N with whole numbers, e.g. 3/8, but was \"" + text + "\"");
        }
    }

    public boolean holds(int point) {
        return point % n == k - 1;
    }

    /** The points of this shard among {@code total}, in order. */
    public int[] points(int total) {
        int count = total <= k - 1 ? 0 : (total - k) / n + 1;
        int[] out = new int[count];
        for (int j = 0; j < count; j++) out[j] = k - 1 + j * n;
        return out;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
