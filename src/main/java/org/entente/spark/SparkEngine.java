package org.entente.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import org.entente.model.Scenario;
import org.entente.sweep.RunCells;
import org.entente.sweep.Sweep;
import org.entente.sweep.SweepEngine;

/**
 * Runs a sweep's (point, run) tasks as Apache Spark jobs. Each task rebuilds the scenario from
 * its resolved document (shipped once per executor as a broadcast, so no file is read on the
 * cluster), sets the point's parameters, runs one simulation with the task's seed and returns
 * the run's cells; the driver hands them to the writer in (point, run) order, so the folder is
 * the same bytes as the local engine's. Tasks go out in windows, so that the driver holds at most
 * one window of results ({@link #WINDOW_BYTES}) whatever the number of runs.
 *
 * <p>Only this package uses Spark; the command line loads this class by name when {@code
 * --engine spark} is asked for.
 */
public final class SparkEngine implements SweepEngine {
    /** Most bytes of results the driver holds at once. */
    static final long WINDOW_BYTES = 256L << 20;

    private final String master;
    private final int threads;

    /**
     * @param master the master URL, or null for spark-submit's (spark.master), else local[threads]
     */
    public SparkEngine(String master, int threads) {
        this.master = master;
        this.threads = threads;
    }

    /** The scenario as it travels: the resolved document, the file name and the overrides. */
    record Payload(String key, String fileName, String resolvedJson, LinkedHashMap<String, String> set, Integer months, Long seed,
                   String[] params) implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();

        Scenario scenario() {
            return CACHE.computeIfAbsent(key, k -> ScenarioLoader.fromResolved(Path.of(fileName), resolvedJson,
                    new ScenarioLoader.Overrides(set, months, seed)));
        }

        List<Param> paramList() {
            List<Param> out = new ArrayList<>();
            for (String p : params) out.add(Param.byName(p).orElseThrow());
            return out;
        }
    }

    /** One run: which point, which run, its seed and the point's parameter values. */
    record Task(int point, int run, long seed, double[] values) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One run's result. */
    record Result(int point, int run, double[] cells) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs a task on an executor. */
    static final class RunTask implements Function<Task, Result> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Payload> payload;

        RunTask(Broadcast<Payload> payload) {
            this.payload = payload;
        }

        @Override
        public Result call(Task t) {
            Payload p = payload.value();
            Scenario s = Sweep.at(p.scenario(), p.paramList(), t.values());
            return new Result(t.point(), t.run(), RunCells.simulate(s, t.seed()));
        }
    }

    SparkConf conf(String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[" + threads + "]");
        if (conf.get("spark.master").startsWith("local")) {
            // one machine: no web UI to bind, and the driver on the loopback address
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    @Override
    public void compute(Sweep sweep, int[] points, Sink sink) throws Exception {
        ScenarioLoader.Loaded loaded = sweep.loaded();
        String[] params = sweep.params().stream().map(Param::key).toArray(String[]::new);
        Payload payload = new Payload(loaded.sha256(), loaded.file().getFileName().toString(), loaded.resolvedJson(),
                new LinkedHashMap<>(loaded.overrides().set()), loaded.overrides().months(), loaded.overrides().seed(), params);
        // the scenario the executors rebuild must be the one loaded here
        if (!payload.scenario().equals(loaded.scenario())) {
            throw new IllegalStateException("the scenario rebuilt from its resolved document differs from the one loaded");
        }
        int runs = sweep.runs();
        long cellBytes = 8L * RunCells.cellsPerRun(loaded.scenario()) + 64;
        try (JavaSparkContext sc = new JavaSparkContext(conf("entente sweep " + loaded.file().getFileName()))) {
            sc.setLogLevel("WARN");
            Broadcast<Payload> shared = sc.broadcast(payload);
            int parallelism = Math.max(1, sc.defaultParallelism());
            long byMemory = Math.max(1, WINDOW_BYTES / cellBytes);
            int window = (int) Math.max(1, Math.min(byMemory, Math.max(16L * parallelism, runs)));
            long total = (long) points.length * runs;
            RunTask fn = new RunTask(shared);
            for (long first = 0; first < total; first += window) {
                int size = (int) Math.min(window, total - first);
                List<Task> tasks = new ArrayList<>(size);
                for (long t = first; t < first + size; t++) {
                    int p = points[(int) (t / runs)], run = (int) (t % runs);
                    tasks.add(new Task(p, run, sweep.seed(p, run), sweep.point(p)));
                }
                List<Result> results = sc.parallelize(tasks, Math.min(size, 4 * parallelism)).map(fn).collect();
                for (Result r : results) sink.accept(r.point(), r.run(), r.cells());
            }
        }
    }
}
