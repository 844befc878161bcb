package org.entente.sweep;

import org.entente.engine.EntenteSim;
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

    /** Runs the scenario with the seed and returns its cells. */
    public static double[] simulate(Scenario s, long seed) {
        NationCells sink = new NationCells(s);
        new EntenteSim(s, seed, sink).runAll();
        return sink.values();
    }
}
