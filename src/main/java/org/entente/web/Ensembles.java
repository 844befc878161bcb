package org.entente.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.entente.stats.Stats;
import org.entente.engine.RecordSink;
import org.entente.model.Scenario;
import org.entente.run.Ensemble;

/**
 * Ensemble bands behind the charts, computed in the background on one low-priority thread:
 * {@link #RUNS} runs of a scenario (run k with the seed of run k of {@code ./entente run --runs}),
 * and for each month the 5th, 50th and 95th percentiles of each chart metric of each actor.
 * Results are kept per (catalogue id, choices), at most {@link #MAX_KEPT}. Thread-safe.
 */
final class Ensembles {
    /** Runs behind a band. */
    static final int RUNS = 20;
    /** Bands kept in memory; beyond, the oldest is dropped. */
    static final int MAX_KEPT = 64;
    /** The metrics of the charts. */
    static final List<String> METRICS = List.of("gdp", "oil", "lean");

    /** Per actor id and metric: {p05, p50, p95} arrays, one value per month. */
    record Bands(int months, Map<String, Map<String, double[][]>> byActor) { }

    private final Map<String, Bands> done = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bands> e) { return size() > MAX_KEPT; }
    });
    private final Map<String, Boolean> queued = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "entente-ensembles");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** The bands if ready, else null (and their computation is queued). */
    Bands get(String key, Scenario s) {
        Bands b = done.get(key);
        if (b != null) return b;
        if (queued.putIfAbsent(key, Boolean.TRUE) == null) {
            pool.submit(() -> {
                try {
                    done.put(key, compute(s));
                } finally {
                    queued.remove(key);
                }
            });
        }
        return null;
    }

    /** Waits for the bands (for the debrief and tests). */
    Bands await(String key, Scenario s) throws InterruptedException {
        Bands b;
        while ((b = get(key, s)) == null) Thread.sleep(50);
        return b;
    }

    static double metric(String m, RecordSink.NationRow r) {
        return switch (m) {
            case "gdp" -> r.gdp();
            case "oil" -> r.oilExportsMbd();
            case "lean" -> lean(r);
            default -> throw new IllegalArgumentException(m);
        };
    }

    /** West minus East alignment: above 0 leans West, below 0 East. */
    static double lean(RecordSink.NationRow r) {
        double w = r.alignmentWest(), e = r.alignmentEast();
        return Double.isNaN(w) || Double.isNaN(e) ? 0 : w - e;
    }

    static Bands compute(Scenario s) {
        int n = s.actors().size(), months = s.months(), nm = METRICS.size();
        double[][][][] v = new double[n][nm][months][RUNS];
        // one worker thread: the bands are background work behind the page (the queue above runs one at a time)
        try (Ensemble ensemble = new Ensemble(1, "entente-ensembles-run")) {
            ensemble.runUnchecked(Ensemble.Plan.seeded(s, RUNS), Ensemble.Recorder.of((k, sc) -> {
                int run = (int) k;
                return new RecordSink() {
                    int i;
                    public void nation(NationRow r) {
                        int a = i++ % n;
                        for (int m = 0; m < nm; m++) v[a][m][r.step()][run] = metric(METRICS.get(m), r);
                    }
                    public void dyad(DyadRow r) { }
                    public void event(EventRow r) { }
                    @Override public boolean acceptsDyads() { return false; }
                };
            }), (k, sink) -> { });
        }
        Map<String, Map<String, double[][]>> out = new LinkedHashMap<>();
        for (int a = 0; a < n; a++) {
            Map<String, double[][]> per = new LinkedHashMap<>();
            for (int m = 0; m < nm; m++) {
                double[][] q = new double[3][months];
                for (int t = 0; t < months; t++) {
                    double[] x = v[a][m][t].clone();
                    java.util.Arrays.sort(x);
                    q[0][t] = Stats.percentile(x, 0.05);
                    q[1][t] = Stats.percentile(x, 0.5);
                    q[2][t] = Stats.percentile(x, 0.95);
                }
                per.put(METRICS.get(m), q);
            }
            out.put(s.actors().get(a).id(), per);
        }
        return new Bands(months, out);
    }

    void close() { pool.shutdownNow(); }

    static List<String> keyParts(String id, List<String> choices) {
        List<String> k = new ArrayList<>();
        k.add(id);
        k.addAll(choices);
        return k;
    }
}
