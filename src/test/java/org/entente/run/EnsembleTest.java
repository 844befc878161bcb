package org.entente.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.engine.EntenteSim;
import org.entente.engine.PreparedScenario;
import org.entente.engine.RecordSink;
import org.entente.io.NationCells;
import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;

/** The one ensemble runner: order, thread-count independence, per-run parameters, failures. */
class EnsembleTest {
    private static Scenario tiny() throws Exception {
        return ScenarioLoader.load(Paths.get("src/test/resources/golden/tiny.yaml")).scenario();
    }

    private static final Ensemble.Recorder<NationCells, double[]> CELLS = new Ensemble.Recorder<>() {
        public NationCells open(long k, Scenario s) { return new NationCells(s); }
        public double[] finish(NationCells c) { return c.values(); }
    };

    private static List<double[]> run(Ensemble.Plan plan, int threads) throws Exception {
        List<double[]> got = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        try (Ensemble e = new Ensemble(threads, "ensemble-test")) {
            e.run(plan, CELLS, (k, v) -> {
                order.add(k);
                got.add(v);
            });
        }
        List<Long> expected = new ArrayList<>();
        for (long k = 0; k < plan.size(); k++) expected.add(k);
        assertThat(order).as("results handed on in run order").isEqualTo(expected);
        return got;
    }

    @Test
    void resultsAreTheSameAndInRunOrderWhateverTheThreadCount() throws Exception {
        Scenario s = tiny();
        List<double[]> one = run(Ensemble.Plan.seeded(s, 7), 1);
        List<double[]> three = run(Ensemble.Plan.seeded(s, 7), 3);
        for (int k = 0; k < 7; k++) {
            assertThat(Arrays.equals(one.get(k), three.get(k))).as("run " + k).isTrue();
            // run k is the plain run of the scenario with seed k of the master seed
            NationCells alone = new NationCells(s);
            new EntenteSim(s, org.entente.engine.Seeds.runSeed(s.seed(), k), alone).runAll();
            assertThat(Arrays.equals(one.get(k), alone.values())).as("run " + k + " alone").isTrue();
        }
        assertThat(Arrays.equals(one.get(0), one.get(1))).as("different seeds, different runs").isFalse();
    }

    /** A plan may give every run its own parameters, as posterior draws will: each run sees its own. */
    @Test
    void eachRunCanHaveItsOwnParameters() throws Exception {
        Scenario s = tiny();
        double[] draws = {0.1, 0.5, 0.9};
        Ensemble.Plan plan = new Ensemble.Plan() {
            public long size() { return draws.length; }
            public PreparedScenario scenario(long k) {
                return PreparedScenario.of(s.withParameters(s.parameters().with(Param.DIVERSION_SHARE, draws[(int) k])));
            }
            public long seed(long k) { return 42; }
        };
        List<Double> seen = new ArrayList<>();
        try (Ensemble e = new Ensemble(2, "ensemble-test")) {
            e.run(plan, Ensemble.Recorder.of((k, sc) -> new Probe(sc.parameters().get(Param.DIVERSION_SHARE))),
                    (k, probe) -> seen.add(probe.value));
        }
        assertThat(seen).containsExactly(0.1, 0.5, 0.9);
    }

    @Test
    void aFailedRunIsThrownAsItWas() throws Exception {
        Scenario s = tiny();
        Ensemble.Recorder<NationCells, double[]> failing = new Ensemble.Recorder<>() {
            public NationCells open(long k, Scenario sc) {
                if (k == 2) throw new IllegalStateException("run 2 broke");
                return new NationCells(sc);
            }
            public double[] finish(NationCells c) { return c.values(); }
        };
        List<Long> consumed = new ArrayList<>();
        try (Ensemble e = new Ensemble(2, "ensemble-test")) {
            assertThatThrownBy(() -> e.run(Ensemble.Plan.seeded(s, 5), failing, (k, v) -> consumed.add(k)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("run 2 broke");
        }
        assertThat(consumed).as("nothing after the failed run is handed on").containsExactly(0L, 1L);
    }

    private static final class Probe implements RecordSink {
        final double value;

        Probe(double value) { this.value = value; }

        public void nation(NationRow r) { }
        public void dyad(DyadRow r) { }
        public void event(EventRow r) { }
        @Override public boolean acceptsDyads() { return false; }
    }
}
