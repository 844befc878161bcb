package org.entente.analysis;

import java.util.List;
import java.util.function.IntConsumer;

import org.entente.engine.RecordSink;
import org.entente.io.CsvRows;
import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.Scenario;
import org.entente.run.Ensemble;

/**
 * A scenario as a function of its parameters, for sensitivity analysis and calibration: a
 * point (values of the chosen parameters) gives the mean, over {@code runs} runs, of each
 * requested metric. Run k of every point uses the same seed (common random numbers), so
 * differences between points are not noise between seeds. Results do not depend on the number
 * of threads. Thread-safe: each evaluation builds its own simulation.
 */
public final class ScenarioModel {
    /** One output: a column of nations.csv for one actor in one month, e.g. {@code gdp:IRN:2030-01}. */
    public record Metric(String metric, String actor, int step, String label) {
        /** Parses {@code metric:actor:YYYY-MM}; the error message names the rule broken. */
        public static Metric parse(String spec, Scenario s) {
            String[] f = spec.split(":");
            if (f.length != 3) throw new IllegalArgumentException("--metric " + spec + ": must be METRIC:ACTOR:YYYY-MM, e.g. gdp:IRN:2030-01");
            int m = CsvRows.NATION_METRICS.indexOf(f[0]);
            if (m < 0) throw new IllegalArgumentException("--metric " + spec + ": unknown metric (one of " + String.join(", ", CsvRows.NATION_METRICS) + ")");
            if (s.actors().stream().noneMatch(a -> a.id().equals(f[1]))) {
                throw new IllegalArgumentException("--metric " + spec + ": unknown actor \"" + f[1] + "\"");
            }
            int step;
            try {
                step = s.stepOf(java.time.YearMonth.parse(f[2]));
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("--metric " + spec + ": the month must be YYYY-MM");
            }
            if (step < 0 || step >= s.months()) {
                throw new IllegalArgumentException("--metric " + spec + ": the month must lie within " + s.start() + " to "
                        + s.monthLabel(s.months() - 1));
            }
            return new Metric(f[0], f[1], step, spec);
        }
    }

    private final Scenario scenario;
    private final List<Param> params;
    private final List<Metric> metrics;
    private final int runs;

    public ScenarioModel(Scenario scenario, List<Param> params, List<Metric> metrics, int runs) {
        int last = 0;
        for (Metric m : metrics) last = Math.max(last, m.step());
        this.scenario = scenario.withMonths(last + 1);
        this.params = List.copyOf(params);
        this.metrics = List.copyOf(metrics);
        this.runs = runs;
    }

    /** The metrics' means over the runs at one point; values outside a parameter's allowed range are clamped to it. */
    public double[] evaluate(double[] x) {
        return evaluateAll(new double[][] {x}, 1, done -> { })[0];
    }

    /** The scenario at a point: the chosen parameters set to x, each clamped to its allowed range. */
    private Scenario at(double[] x) {
        Parameters p = scenario.parameters();
        for (int i = 0; i < params.size(); i++) {
            Param q = params.get(i);
            p = p.with(q, Math.max(q.min(), Math.min(q.max(), x[i])));
        }
        return scenario.withParameters(p);
    }

    /** Keeps the requested metrics of one run; NaN where a run gives no value. */
    private final class MetricSink implements RecordSink {
        final double[] got = new double[metrics.size()];

        MetricSink() { java.util.Arrays.fill(got, Double.NaN); }

        public void nation(NationRow row) {
            for (int m = 0; m < metrics.size(); m++) {
                Metric mt = metrics.get(m);
                if (row.step() == mt.step() && row.actor().equals(mt.actor())) {
                    got[m] = CsvRows.values(row)[CsvRows.NATION_METRICS.indexOf(mt.metric())];
                }
            }
        }

        public void dyad(DyadRow row) { }

        public void event(EventRow row) { }

        @Override
        public boolean acceptsDyads() { return false; }
    }

    /**
     * Evaluates every point on {@code threads} threads with the {@link Ensemble} runner (its runs
     * spread over the threads across point boundaries); row i of the result belongs to point i. The
     * runs of a point are summed in run order, so the means do not depend on the number of threads.
     */
    public double[][] evaluateAll(double[][] points, int threads, IntConsumer progress) {
        double[][] out = new double[points.length][];
        Ensemble.Plan plan = Ensemble.Plan.points(points.length, runs, i -> at(points[i]), scenario.seed());
        Ensemble.Recorder<MetricSink, double[]> recorder = new Ensemble.Recorder<>() {
            public MetricSink open(long k, Scenario s) { return new MetricSink(); }
            public double[] finish(MetricSink sink) { return sink.got; }
        };
        try (Ensemble ensemble = new Ensemble(threads, "entente-point")) {
            ensemble.runUnchecked(plan, recorder, (t, got) -> {
                int i = (int) (t / runs), r = (int) (t % runs);
                if (r == 0) out[i] = new double[metrics.size()];
                for (int m = 0; m < got.length; m++) out[i][m] += got[m];
                if (r == runs - 1) {
                    for (int m = 0; m < got.length; m++) out[i][m] /= runs;
                    progress.accept(i + 1);
                }
            });
        }
        return out;
    }

    public List<Metric> metrics() { return metrics; }
}
