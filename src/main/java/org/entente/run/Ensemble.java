package org.entente.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.entente.engine.EntenteSim;
import org.entente.engine.PreparedScenario;
import org.entente.engine.RecordSink;
import org.entente.engine.Seeds;
import org.entente.model.Scenario;

/**
 * Runs the runs of a {@link Plan} on a fixed number of worker threads and hands their results to
 * a {@link Consumer} on the calling thread, in run order. At most {@code 2 x threads} runs are
 * submitted and not yet consumed, so memory does not grow with the number of runs, and whatever
 * the number of threads the consumer sees the same results in the same order: files written from
 * them are byte-identical. Run k is a pure function of {@code plan.scenario(k)} and
 * {@code plan.seed(k)}. Not thread-safe: one {@code run} at a time per instance; close it to stop
 * its threads.
 */
public final class Ensemble implements AutoCloseable {
    /**
     * What each run is: its prepared scenario (which carries the parameter set, so a plan may give
     * every run its own, as posterior draws do; runs that share a scenario should share one
     * instance, so that its flows are imputed once) and its seed. Asked on the calling thread, in
     * increasing k, once per run.
     */
    public interface Plan {
        long size();

        PreparedScenario scenario(long k);

        long seed(long k);

        /** {@code runs} runs of one prepared scenario; run k has seed {@link Seeds#runSeed}(scenario seed, k). */
        static Plan seeded(PreparedScenario ps, int runs) {
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, but was " + runs);
            long master = ps.scenario().seed();
            return new Plan() {
                public long size() { return runs; }
                public PreparedScenario scenario(long k) { return ps; }
                public long seed(long k) { return Seeds.runSeed(master, (int) k); }
            };
        }

        /** {@code runs} runs of one scenario, prepared once; run k has seed {@link Seeds#runSeed}(scenario seed, k). */
        static Plan seeded(Scenario s, int runs) {
            return seeded(PreparedScenario.of(s), runs);
        }

        /**
         * {@code runs} runs of each of {@code points} points: run t is run t % runs of point t / runs,
         * with the scenario {@code point.apply(t / runs)} (built and prepared once per point, when its
         * first run is asked for) and seed {@link Seeds#runSeed}(master, t % runs), the same at every point (common
         * random numbers), so differences between points are not noise between seeds.
         */
        static Plan points(int points, int runs, java.util.function.IntFunction<Scenario> point, long master) {
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, but was " + runs);
            return new Plan() {
                private int current = -1;
                private PreparedScenario scenario;

                public long size() { return (long) points * runs; }

                public PreparedScenario scenario(long t) {
                    int p = (int) (t / runs);
                    if (p != current) {
                        current = p;
                        scenario = PreparedScenario.of(point.apply(p));
                    }
                    return scenario;
                }

                public long seed(long t) { return Seeds.runSeed(master, (int) (t % runs)); }
            };
        }
    }

    /**
     * Gives run k its sink (on a worker thread, before the run) and turns the filled sink into the
     * result handed on (on the same worker thread, after the run).
     */
    public interface Recorder<S extends RecordSink, R> {
        S open(long k, Scenario s) throws Exception;

        R finish(S sink) throws Exception;

        /** A recorder whose result is the sink itself. */
        static <S extends RecordSink> Recorder<S, S> of(Opener<S> open) {
            return new Recorder<>() {
                public S open(long k, Scenario s) throws Exception { return open.open(k, s); }
                public S finish(S sink) { return sink; }
            };
        }
    }

    /** Makes the sink of run k. */
    public interface Opener<S extends RecordSink> {
        S open(long k, Scenario s) throws Exception;
    }

    /** Receives each run's result on the calling thread, in run order. */
    public interface Consumer<R> {
        void accept(long k, R result) throws Exception;
    }

    private final ExecutorService pool;
    private final int window;

    /** An ensemble runner with {@code threads} daemon worker threads named {@code name}. */
    public Ensemble(int threads, String name) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
        this.pool = Workers.pool(threads, name);
        this.window = 2 * threads;
    }

    /**
     * Runs every run of the plan and hands the results on in run order. A failed run's exception
     * is thrown as it was (an {@code Exception} or an {@code Error}), and no later result is
     * handed on.
     */
    public <S extends RecordSink, R> void run(Plan plan, Recorder<S, R> recorder, Consumer<? super R> consumer) throws Exception {
        long total = plan.size();
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        long next = 0;
        for (long k = 0; k < total; k++) {
            while (inFlight.size() < window && next < total) {
                long run = next++;
                PreparedScenario ps = plan.scenario(run);
                long seed = plan.seed(run);
                inFlight.add(pool.submit(() -> {
                    S sink = recorder.open(run, ps.scenario());
                    new EntenteSim(ps, seed, sink).runAll();
                    return recorder.finish(sink);
                }));
            }
            consumer.accept(k, take(inFlight.poll()));
        }
    }

    /** As {@link #run}, for callers that throw no checked exception: a checked one is wrapped in an IllegalStateException. */
    public <S extends RecordSink, R> void runUnchecked(Plan plan, Recorder<S, R> recorder, Consumer<? super R> consumer) {
        try {
            run(plan, recorder, consumer);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <R> R take(Future<R> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) throw ex;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    /** Stops the worker threads; runs still going are interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
