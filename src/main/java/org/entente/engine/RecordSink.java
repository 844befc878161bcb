package org.entente.engine;

/**
 * Where the record phase sends each month's rows. The engine knows nothing of files: an
 * implementation in the output layer writes them, a test may keep them in memory.
 * Called from the simulation's thread only.
 */
public interface RecordSink {
    /** One actor in one month; the columns of {@code nations.csv} after run, step, month. */
    record NationRow(int step, String actor, double gdp, double gdpGrowth, double exports, double imports,
                     double tradeBalance, double sanctionedTradeShare, double oilExportsMbd, double milex,
                     double capability, double alignmentWest, double alignmentEast, int defensePartners,
                     double stability, double financialStress, double oilPrice, double oilRevenue) { }

    /** One directed dyad in one month; the columns of {@code dyads.csv} after run, step, month. */
    record DyadRow(int step, String from, String to, double exports, double alignment, double defense,
                   double arms, double sanctionFriction, double hostility, double tariff) { }

    /** One applied event; the columns of {@code events.csv} after run, step, month. */
    record EventRow(int step, String event, String actors, String detail) { }

    void nation(NationRow row);

    void dyad(DyadRow row);

    void event(EventRow row);

    /**
     * Whether this sink wants dyad rows. A sink that ignores them says no, and the record phase
     * then does not build them (they are most of its work: one row per pair and month).
     */
    default boolean acceptsDyads() { return true; }

    /** A sink that drops everything (for benchmarks and calibration loops). */
    RecordSink NONE = new RecordSink() {
        public void nation(NationRow row) { }
        public void dyad(DyadRow row) { }
        public void event(EventRow row) { }
        @Override public boolean acceptsDyads() { return false; }
    };
}
