package org.entente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.entente.engine.PreparedScenario;
import org.entente.engine.Seeds;
import org.entente.model.Scenario;
import org.entente.run.Ensemble;

/**
 * A hindcast episode: a historical scenario, the targets it is scored on, and the
 * counterfactual scenarios its effect targets name (loaded with the scenario's master seed, so
 * run k of each uses the same seed). Runs are computed in memory, keeping only what the targets
 * read. Immutable; {@link #plan} may be called from several threads.
 */
public final class Episode {
    private final String name;
    private final Scenario scenario;
    private final List<Hindcast.Target> targets;
    private final Map<Path, Scenario> counterfactuals;
    private final CurrencyRates rates;

    /** The targets must have passed {@link Hindcast#check} against these scenarios. */
    public Episode(String name, Scenario scenario, List<Hindcast.Target> targets, Map<Path, Scenario> counterfactuals, CurrencyRates rates) {
        this.name = name;
        this.scenario = scenario;
        this.targets = List.copyOf(targets);
        this.counterfactuals = new LinkedHashMap<>(counterfactuals);
        this.rates = rates;
    }

    public String name() { return name; }

    public Scenario scenario() { return scenario; }

    public List<Hindcast.Target> targets() { return targets; }

    public Map<Path, Scenario> counterfactuals() { return java.util.Collections.unmodifiableMap(counterfactuals); }

    public CurrencyRates rates() { return rates; }

    /**
     * The runs of an episode (its scenario and counterfactuals), planned but not yet run: hand
     * them to {@link #run}, then {@link #scored()} scores the targets.
     */
    public final class Pending {
        private final List<Part> parts = new ArrayList<>();
        private final Hindcast.Series series;
        private final Map<Path, Hindcast.Series> cf = new LinkedHashMap<>();
        private boolean done;

        private Pending(Hindcast.Series series) { this.series = series; }

        /** The scored targets; the runs must have been run. */
        public List<Hindcast.Scored> scored() {
            if (!done) throw new IllegalStateException("the runs of " + name + " have not been run");
            return Hindcast.score(targets, series, cf, rates);
        }
    }

    /** {@code runs} runs of one prepared scenario, recorded into a series. */
    private record Part(PreparedScenario scenario, Hindcast.Series series, int runs) { }

    /**
     * Plans {@code runs} runs of the scenario, and of each counterfactual, each scenario first
     * passed through {@code adjust} (calibration sets its free parameters there).
     */
    public Pending plan(int runs, UnaryOperator<Scenario> adjust) {
        Pending p = new Pending(new Hindcast.Series(targets, scenario, runs));
        p.parts.add(part(adjust.apply(scenario), p.series, runs));
        for (Map.Entry<Path, Scenario> e : counterfactuals.entrySet()) {
            Hindcast.Series s = counterfactualSeries(e, runs);
            p.cf.put(e.getKey(), s);
            p.parts.add(part(adjust.apply(e.getValue().withMonths(scenario.months())), s, runs));
        }
        return p;
    }

    /** Plans and runs {@code runs} runs of the scenario and its counterfactuals, and scores the targets. */
    public List<Hindcast.Scored> score(int runs, UnaryOperator<Scenario> adjust, Ensemble ensemble) {
        Pending p = plan(runs, adjust);
        run(List.of(p), ensemble);
        return p.scored();
    }

    /** Runs the counterfactuals only (the scenario's own runs were written to a results folder). */
    public Map<Path, Hindcast.Series> runCounterfactuals(int runs, Ensemble ensemble) {
        Map<Path, Hindcast.Series> out = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Path, Scenario> e : counterfactuals.entrySet()) {
            Hindcast.Series s = counterfactualSeries(e, runs);
            out.put(e.getKey(), s);
            parts.add(part(e.getValue().withMonths(scenario.months()), s, runs));
        }
        runParts(parts, ensemble);
        return out;
    }

    /**
     * Runs the planned runs of several episodes as one ensemble plan: part after part, run k of a
     * scenario with seed {@link Seeds#runSeed}(its seed, k), each into its own slot of its series.
     */
    public static void run(List<Pending> pending, Ensemble ensemble) {
        List<Part> parts = new ArrayList<>();
        for (Pending p : pending) parts.addAll(p.parts);
        runParts(parts, ensemble);
        for (Pending p : pending) p.done = true;
    }

    private Hindcast.Series counterfactualSeries(Map.Entry<Path, Scenario> e, int runs) {
        List<Hindcast.Target> theirs = new ArrayList<>();
        for (Hindcast.Target t : targets) if (e.getKey().equals(t.counterfactual())) theirs.add(t);
        return new Hindcast.Series(theirs, e.getValue().withMonths(scenario.months()), runs);
    }

    private static Part part(Scenario s, Hindcast.Series series, int runs) {
        return new Part(PreparedScenario.of(s), series, runs);     // flows imputed once for all runs
    }

    private static void runParts(List<Part> parts, Ensemble ensemble) {
        long total = 0;
        for (Part p : parts) total += p.runs();
        long size = total;
        int[] partOf = new int[(int) size];
        int[] runOf = new int[(int) size];
        int t = 0;
        for (int i = 0; i < parts.size(); i++) {
            for (int r = 0; r < parts.get(i).runs(); r++, t++) {
                partOf[t] = i;
                runOf[t] = r;
            }
        }
        Ensemble.Plan plan = new Ensemble.Plan() {
            public long size() { return size; }
            public PreparedScenario scenario(long k) { return parts.get(partOf[(int) k]).scenario(); }
            public long seed(long k) { return Seeds.runSeed(scenario(k).scenario().seed(), runOf[(int) k]); }
        };
        ensemble.runUnchecked(plan, Ensemble.Recorder.of((k, s) -> parts.get(partOf[(int) k]).series().sink(runOf[(int) k])),
                (k, sink) -> { });
    }
}
