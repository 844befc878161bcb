package org.entente.sweep;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.entente.engine.EntenteSim;
import org.entente.engine.PreparedScenario;
import org.entente.engine.RecordSink;
import org.entente.io.CsvRows;
import org.entente.model.Scenario;

/**
 * One run reduced to what a point's summary needs: every nation metric of every actor in every
 * month, laid out as the ensemble summary store expects (cell = (metric x actors + actor) x
 * months + step; NaN where a value is missing). A pure function of (scenario, seed); nothing
 * else of the run is kept, so a task's result is small enough to send over a network.
 */
public final class RunCells implements RecordSink {
    private final double[] cells;
    private final Map<String, Integer> actorIndex = new HashMap<>();
    private final int actors;
    private final int months;

    private RunCells(Scenario s) {
        this.actors = s.actors().size();
        this.months = s.months();
        for (int i = 0; i < actors; i++) actorIndex.put(s.actors().get(i).id(), i);
        this.cells = new double[cellsPerRun(s)];
        Arrays.fill(cells, Double.NaN);
    }

    /** Number of values one run gives. */
    public static int cellsPerRun(Scenario s) {
        return CsvRows.NATION_METRICS.size() * s.actors().size() * s.months();
    }

    /** Runs the scenario with the seed and returns its cells (imputing its flows for this run alone). */
    public static double[] simulate(Scenario s, long seed) {
        return simulate(PreparedScenario.of(s), seed);
    }

    /** Runs the prepared scenario with the seed and returns its cells. */
    public static double[] simulate(PreparedScenario ps, long seed) {
        RunCells sink = new RunCells(ps.scenario());
        new EntenteSim(ps, seed, sink).runAll();
        return sink.cells;
    }

    @Override
    public void nation(NationRow r) {
        if (r.step() >= months) return;
        int a = actorIndex.get(r.actor());
        double[] v = CsvRows.values(r);
        for (int m = 0; m < v.length; m++) cells[(m * actors + a) * months + r.step()] = v[m];
    }

    @Override
    public void dyad(DyadRow r) { }

    @Override
    public void event(EventRow r) { }
}
