package org.entente.sweep;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.entente.engine.PreparedScenario;
import org.entente.model.Scenario;

/**
 * Runs a sweep on this machine, {@code threads} runs at a time across point boundaries. At most
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
        long total = (long) points.length * runs;
        ExecutorService pool = org.entente.io.Workers.pool(threads, "entente-sweep");
        try {
            Deque<Future<double[]>> inFlight = new ArrayDeque<>();
            PreparedScenario[] scenarios = new PreparedScenario[points.length];
            long next = 0;
            int window = 2 * threads;
            for (long t = 0; t < total; t++) {
                while (inFlight.size() < window && next < total) {
                    int p = (int) (next / runs), run = (int) (next % runs);
                    if (scenarios[p] == null) scenarios[p] = PreparedScenario.of(sweep.scenarioAt(points[p]));
                    PreparedScenario s = scenarios[p];
                    long seed = sweep.seed(points[p], run);
                    inFlight.add(pool.submit(() -> RunCells.simulate(s, seed)));
                    next++;
                }
                double[] cells = take(inFlight.poll());
                int p = (int) (t / runs);
                sink.accept(points[p], (int) (t % runs), cells);
                if (t % runs == runs - 1) scenarios[p] = null;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] take(Future<double[]> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) throw ex;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }
}
