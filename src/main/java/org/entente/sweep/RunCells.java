package org.entente.sweep;

import org.entente.engine.EntenteSim;
import org.entente.engine.PreparedScenario;
import org.entente.io.NationCells;
import org.entente.model.Scenario;

/**
 * One run reduced to what a point's summary needs: the run's {@link NationCells}. A pure
 * function of (scenario, seed); nothing else of the run is kept, so a task's result is small
 * enough to send over a network (the Spark engine computes its tasks with it).
 */
public final class RunCells {
    private RunCells() { }

    /** Number of values one run gives. */
    public static int cellsPerRun(Scenario s) {
        return NationCells.size(s);
    }

    /** Runs the scenario with the seed and returns its cells (imputing its flows for this run alone). */
    public static double[] simulate(Scenario s, long seed) {
        return simulate(PreparedScenario.of(s), seed);
    }

    /** Runs the prepared scenario with the seed and returns its cells. */
    public static double[] simulate(PreparedScenario ps, long seed) {
        NationCells sink = new NationCells(ps.scenario());
        new EntenteSim(ps, seed, sink).runAll();
        return sink.values();
    }
}
