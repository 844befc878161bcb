package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.engine.EntenteSim;
import org.entente.engine.PreparedScenario;
import org.entente.run.Ensemble;
import org.entente.engine.RecordSink;
import org.entente.engine.Seeds;
import org.entente.io.EnsembleWriter;
import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;

/**
 * Measures the engine's speed on a scenario, after warm-up (JIT): nanoseconds per directed pair
 * and month for the engine's steps (all phases, rows handed to a sink that takes and discards
 * them) and for the {@link ReferenceKernel}; the time of a whole run; runs per second on one
 * thread and on T threads (engine only, and optionally with the CSVs written); and memory per
 * run. Times are wall-clock medians over repetitions; thread CPU time is reported beside them,
 * since a shared machine inflates wall time. Not a unit test: nothing here asserts a speed.
 */
public final class EngineBench {
    /** Warm-up: at least this many runs of each thing measured, and at least the warm-up time of the options. */
    static final int WARMUP_RUNS = 3;
    /** Rounds of the 1-thread and T-thread ensemble measurements, alternated; the median is reported. */
    static final int ENSEMBLE_ROUNDS = 3;
    /** Simulations held at once to measure the heap each retains. */
    static final int HELD_SIMULATIONS = 4;

    private EngineBench() { }

    /** What to measure. */
    public record Options(int runs, int threads, boolean csv, double warmupSeconds) { }

    /** The figures; ensemble CSV figures are NaN unless measured. */
    public record Result(int actors, int months, long dyads, double engineNs, double engineCpuNs, double engineNsNoDyadRows,
                         double referenceNs, double runSeconds, double runsPerSecond1, double runsPerSecondT, int threads,
                         double csvRunsPerSecond1, double csvRunsPerSecondT, long bytesPerRun, long allocatedBytesPerRun,
                         int runs) {
        public double ratio() { return engineNs / referenceNs; }

        public double scaling() { return runsPerSecondT / runsPerSecond1; }

        public double csvScaling() { return csvRunsPerSecondT / csvRunsPerSecond1; }

        /** The figures by name, in a fixed order (the keys of {@code bench --json}). */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("engine_ns_per_dyad_step", engineNs);
            m.put("reference_ns_per_dyad_step", referenceNs);
            m.put("ratio", ratio());
            m.put("engine_cpu_ns_per_dyad_step", engineCpuNs);
            m.put("engine_ns_per_dyad_step_without_dyad_rows", engineNsNoDyadRows);
            m.put("run_seconds", runSeconds);
            m.put("runs_per_second_1_thread", runsPerSecond1);
            m.put("runs_per_second_" + threads + "_threads", runsPerSecondT);
            m.put("scaling", scaling());
            if (!Double.isNaN(csvRunsPerSecond1)) {
                m.put("csv_runs_per_second_1_thread", csvRunsPerSecond1);
                m.put("csv_runs_per_second_" + threads + "_threads", csvRunsPerSecondT);
                m.put("csv_scaling", csvScaling());
            }
            m.put("bytes_per_run", bytesPerRun);
            m.put("allocated_bytes_per_run", allocatedBytesPerRun);
            m.put("actors", actors);
            m.put("dyads", dyads);
            m.put("months", months);
            m.put("threads", threads);
            m.put("runs", runs);
            m.put("available_processors", Runtime.getRuntime().availableProcessors());
            m.put("java", System.getProperty("java.version"));
            m.put("bytes_per_run_method", "GC-settled used heap (MemoryMXBean) per finished simulation held, "
                    + HELD_SIMULATIONS + " held");
            m.put("allocated_bytes_per_run_method", "ThreadMXBean.getThreadAllocatedBytes over one run");
            m.put("time_method", "wall-clock median after warm-up; cpu = thread CPU time median");
            return m;
        }
    }

    /** A sink that takes every row and keeps one number from each, so that no row is optimised away. */
    static final class Blackhole implements RecordSink {
        double sum;

        public void nation(NationRow row) { sum += row.gdp(); }

        public void dyad(DyadRow row) { sum += row.exports(); }

        public void event(EventRow row) { sum += row.step(); }
    }

    /** Measures everything on the scenario (its months are the run's horizon). */
    public static Result measure(ScenarioLoader.Loaded loaded, Scenario s, Options o, PrintWriter log) throws Exception {
        int n = s.actors().size(), months = s.months();
        long dyads = (long) n * (n - 1);
        double perStep = (double) dyads * months;
        int runs = o.runs();
        // imputed once, as an ensemble does
        PreparedScenario ps = PreparedScenario.of(s);

        log.println("warming up the engine and the reference kernel ...");
        long warm = (long) (o.warmupSeconds() * 1e9);
        warmUp(warm, () -> timeSteps(ps, 1, new Blackhole()));
        warmUp(warm, () -> timeSteps(ps, 1, RecordSink.NONE));
        warmUp(warm, () -> timeKernel(ps, 1));

        log.println("timing steps ...");
        double[] engine = new double[runs], engineCpu = new double[runs], plain = new double[runs], kernel = new double[runs];
        double[] whole = new double[runs];
        for (int r = 0; r < runs; r++) {
            long seed = Seeds.runSeed(s.seed(), r);
            long[] t = timeSteps(ps, seed, new Blackhole());
            engine[r] = t[0] / perStep;
            engineCpu[r] = t[1] / perStep;
            plain[r] = timeSteps(ps, seed, RecordSink.NONE)[0] / perStep;
            kernel[r] = timeKernel(ps, seed) / perStep;
            long t0 = System.nanoTime();
            new EntenteSim(ps, seed, new Blackhole()).runAll();
            whole[r] = (System.nanoTime() - t0) / 1e9;
        }

        log.println("timing ensembles on 1 and " + o.threads() + " threads ...");
        double[] rps1 = new double[ENSEMBLE_ROUNDS], rpsT = new double[ENSEMBLE_ROUNDS];
        for (int round = 0; round < ENSEMBLE_ROUNDS; round++) {
            rps1[round] = ensemble(ps, runs, 1);
            rpsT[round] = ensemble(ps, runs, o.threads());
        }
        double csv1 = Double.NaN, csvT = Double.NaN;
        if (o.csv()) {
            log.println("timing ensembles that write CSVs ...");
            double[] c1 = new double[ENSEMBLE_ROUNDS], cT = new double[ENSEMBLE_ROUNDS];
            for (int round = 0; round < ENSEMBLE_ROUNDS; round++) {
                c1[round] = csvEnsemble(loaded, s, runs, 1);
                cT[round] = csvEnsemble(loaded, s, runs, o.threads());
            }
            csv1 = median(c1);
            csvT = median(cT);
        }

        log.println("measuring memory ...");
        long retained = retainedPerSimulation(ps);
        long allocated = allocatedPerRun(ps);
        return new Result(n, months, dyads, median(engine), median(engineCpu), median(plain), median(kernel), median(whole),
                median(rps1), median(rpsT), o.threads(), csv1, csvT, retained, allocated, runs);
    }

    private interface Job { Object run() throws Exception; }

    private static void warmUp(long nanos, Job job) throws Exception {
        long t0 = System.nanoTime();
        for (int k = 0; k < WARMUP_RUNS || System.nanoTime() - t0 < nanos; k++) job.run();
    }

    /** Wall and thread CPU nanoseconds of the scenario's steps (the set-up of month 0 excluded). */
    static long[] timeSteps(PreparedScenario ps, long seed, RecordSink sink) {
        Scenario s = ps.scenario();
        var threads = ManagementFactory.getThreadMXBean();
        EntenteSim sim = new EntenteSim(ps, seed, sink);
        sim.start();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        while (sim.schedule.getSteps() < s.months()) {
            if (!sim.schedule.step(sim)) break;
        }
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - c0;
        sim.finish();
        return new long[] {wall, cpu};
    }

    static long timeKernel(PreparedScenario ps, long seed) {
        Scenario s = ps.scenario();
        ReferenceKernel k = new ReferenceKernel(ps, seed);
        long t0 = System.nanoTime();
        k.run(s.months());
        long dt = System.nanoTime() - t0;
        if (Double.isNaN(k.checksum())) throw new IllegalStateException("reference kernel produced NaN");
        return dt;
    }

    /** Runs per second of an ensemble of whole runs (engine only: rows to a discarding sink). */
    static double ensemble(PreparedScenario ps, int runs, int threads) throws Exception {
        try (Ensemble ensemble = new Ensemble(threads, "entente-bench")) {
            long t0 = System.nanoTime();
            ensemble.run(Ensemble.Plan.seeded(ps, runs), Ensemble.Recorder.of((k, s) -> new Blackhole()), (k, sink) -> { });
            return runs / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** Runs per second of {@code run} with CSVs (dyads included) written to a temporary folder. */
    static double csvEnsemble(ScenarioLoader.Loaded loaded, Scenario s, int runs, int threads) throws IOException {
        Path dir = Files.createTempDirectory("entente-bench");
        try {
            ScenarioLoader.Loaded cut = new ScenarioLoader.Loaded(s, loaded.file(), loaded.files(), loaded.resolvedJson(),
                    loaded.sha256(), loaded.notes(), loaded.overrides());
            long t0 = System.nanoTime();
            EnsembleWriter.run(cut, dir.resolve("out"), new EnsembleWriter.Options(runs, threads, true), EnsembleWriter.Progress.NONE);
            return runs / ((System.nanoTime() - t0) / 1e9);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
            }
        }
    }

    /** Heap that one finished simulation keeps (its world and schedule), GC-settled, averaged over several held at once. */
    static long retainedPerSimulation(PreparedScenario ps) throws InterruptedException {
        Scenario s = ps.scenario();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long base = settledHeap(memory);
        EntenteSim[] held = new EntenteSim[HELD_SIMULATIONS];
        for (int k = 0; k < held.length; k++) {
            held[k] = new EntenteSim(ps, k + 1, RecordSink.NONE);
            held[k].start();
            while (held[k].schedule.getSteps() < s.months()) {
                if (!held[k].schedule.step(held[k])) break;
            }
        }
        long used = settledHeap(memory);
        long per = (used - base) / held.length;
        if (held[0].schedule.getSteps() < 0) throw new IllegalStateException(); // keeps the simulations reachable until here
        return per;
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int k = 0; k < 10; k++) {
            System.gc();
            Thread.sleep(50);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < (1 << 16)) return used;
            last = used;
        }
        return last;
    }

    /** Bytes allocated by one whole run (rows to a discarding sink) on this thread. */
    static long allocatedPerRun(PreparedScenario ps) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isThreadAllocatedMemorySupported()) {
            return -1;
        }
        long id = Thread.currentThread().getId();
        long a0 = threads.getThreadAllocatedBytes(id);
        new EntenteSim(ps, 1, new Blackhole()).runAll();
        return threads.getThreadAllocatedBytes(id) - a0;
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int m = c.length / 2;
        return c.length % 2 == 1 ? c[m] : (c[m - 1] + c[m]) / 2;
    }

    /** One JSON object with the figures, numbers in Locale.ROOT. */
    public static String json(Result r) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : r.asMap().entrySet()) {
            if (!first) b.append(", ");
            first = false;
            b.append('"').append(e.getKey()).append("\": ");
            Object v = e.getValue();
            if (v instanceof Double d) {
                b.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null");
            } else if (v instanceof Number) {
                b.append(v);
            } else {
                b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return b.append('}').toString();
    }
}
