package org.entente.sweep;

import org.entente.engine.PreparedScenario;
import org.entente.io.NationCells;
import org.entente.model.Scenario;
import org.entente.run.Ensemble;

/**
 * Runs a sweep on this machine with the {@link Ensemble} runner, {@code threads} runs at a time
 * across point boundaries: run t of the plan is run t % runs of point t / runs. At most
 * 2 x threads finished runs wait in memory, so memory does not grow with the number of runs.
 */
public final class LocalEngine implements SweepEngine {
    private final int threads;

    public LocalEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
        this.threads = threads;
    }

    @Override
    public void compute(Sweep sweep, int[] points, Sink sink) throws Exception {
        int runs = sweep.runs();
        Ensemble.Plan plan = new Ensemble.Plan() {
            // asked in increasing t, so one point's scenario is built (and its flows imputed) once, and dropped when the next begins
            private int point = -1;
            private PreparedScenario scenario;

            public long size() { return (long) points.length * runs; }

            public PreparedScenario scenario(long t) {
                int p = (int) (t / runs);
                if (p != point) {
                    point = p;
                    scenario = PreparedScenario.of(sweep.scenarioAt(points[p]));
                }
                return scenario;
            }

            public long seed(long t) { return sweep.seed(points[(int) (t / runs)], (int) (t % runs)); }
        };
        Ensemble.Recorder<NationCells, double[]> cells = new Ensemble.Recorder<>() {
            public NationCells open(long t, Scenario s) { return new NationCells(s); }
            public double[] finish(NationCells c) { return c.values(); }
        };
        try (Ensemble ensemble = new Ensemble(threads, "entente-sweep")) {
            ensemble.run(plan, cells, (t, values) -> sink.accept(points[(int) (t / runs)], (int) (t % runs), values));
        }
    }
}
