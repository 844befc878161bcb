package org.entente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.entente.engine.EntenteSim;
import org.entente.engine.PreparedScenario;
import org.entente.engine.Seeds;
import org.entente.model.Scenario;

/**
 * A hindcast episode: a historical scenario, the targets it is scored on, and the
 * counterfactual scenarios its effect targets name (loaded with the scenario's master seed, so
 * run k of each uses the same seed). Runs are computed in memory, keeping only what the targets
 * read. Immutable; {@link #submit} may be called from several threads.
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

    /** Runs submitted to a pool; {@link #scored()} waits for them and scores the targets. */
    public final class Pending {
        private final List<Future<?>> futures = new ArrayList<>();
        private final Hindcast.Series series;
        private final Map<Path, Hindcast.Series> cf = new LinkedHashMap<>();

        private Pending(Hindcast.Series series) { this.series = series; }

        public List<Hindcast.Scored> scored() {
            await(futures);
            return Hindcast.score(targets, series, cf, rates);
        }
    }

    /**
     * Submits {@code runs} runs of the scenario, and of each counterfactual, to the pool, each
     * scenario first passed through {@code adjust} (calibration sets its free parameters there).
     */
    public Pending submit(int runs, UnaryOperator<Scenario> adjust, ExecutorService pool) {
        Pending p = new Pending(new Hindcast.Series(targets, scenario, runs));
        submit(adjust.apply(scenario), p.series, runs, pool, p.futures);
        for (Map.Entry<Path, Scenario> e : counterfactuals.entrySet()) {
            List<Hindcast.Target> theirs = new ArrayList<>();
            for (Hindcast.Target t : targets) if (e.getKey().equals(t.counterfactual())) theirs.add(t);
            Scenario c = e.getValue().withMonths(scenario.months());
            Hindcast.Series s = new Hindcast.Series(theirs, c, runs);
            p.cf.put(e.getKey(), s);
            submit(adjust.apply(c), s, runs, pool, p.futures);
        }
        return p;
    }

    /** Submits the counterfactuals only (the scenario's own runs were written to a results folder). */
    public Map<Path, Hindcast.Series> runCounterfactuals(int runs, ExecutorService pool) {
        List<Future<?>> futures = new ArrayList<>();
        Map<Path, Hindcast.Series> out = new LinkedHashMap<>();
        for (Map.Entry<Path, Scenario> e : counterfactuals.entrySet()) {
            List<Hindcast.Target> theirs = new ArrayList<>();
            for (Hindcast.Target t : targets) if (e.getKey().equals(t.counterfactual())) theirs.add(t);
            Scenario c = e.getValue().withMonths(scenario.months());
            Hindcast.Series s = new Hindcast.Series(theirs, c, runs);
            out.put(e.getKey(), s);
            submit(c, s, runs, pool, futures);
        }
        await(futures);
        return out;
    }

    private static void await(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
    }

    private static void submit(Scenario s, Hindcast.Series series, int runs, ExecutorService pool, List<Future<?>> futures) {
        PreparedScenario prepared = PreparedScenario.of(s);     // flows imputed once for all runs
        for (int r = 0; r < runs; r++) {
            int run = r;
            futures.add(pool.submit(() -> new EntenteSim(prepared, Seeds.runSeed(s.seed(), run), series.sink(run)).runAll()));
        }
    }
}
