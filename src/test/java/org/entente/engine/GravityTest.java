package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.Param;
import org.entente.model.RegimeType;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;

/** The gravity imputation of unrecorded flows (MODEL.md 4). */
class GravityTest {
    private static ActorSpec actor(String id, double gdp, double lat, double lon) {
        return new ActorSpec(id, id, ActorKind.STATE, lat, lon, gdp, 10, 0.02 * gdp, 0, 0, Double.NaN,
                Double.NaN, false, 0, 0.5, 2.0, "t");
    }

    private static TestScenario world() {
        TestScenario t = new TestScenario();
        t.actor(actor("AAA", 1000, 0, 0)).actor(actor("BBB", 400, 0, 30)).actor(actor("CCC", 800, 30, 0)).actor(actor("DDD", 200, 10, 10));
        t.flow("AAA", "BBB", 20).flow("BBB", "AAA", 10).flow("AAA", "CCC", 40);
        t.actor(new ActorSpec("NSA", "group", ActorKind.NON_STATE, 0, 5, 1, 1, 0.1, 0, 0, Double.NaN,
                Double.NaN, false, 0, 0.5, 0, "t"));
        return t;
    }

    @Test
    void offByDefault() {
        assertThat(Gravity.impute(world().build())).isEmpty();
    }

    @Test
    void unrecordedFlowsFollowTheFittedGravityEquation() {
        Scenario s = world().set(Param.GRAVITY_IMPUTATION, 1).build();
        List<Gravity.Flow> flows = Gravity.impute(s);
        // G is the geometric mean of X d / (Yi Yj) over the three recorded flows
        ActorSpec a = s.actors().get(0), b = s.actors().get(1), c = s.actors().get(2), d = s.actors().get(3);
        double logG = (Math.log(20 * Gravity.distanceKm(a, b) / (1000 * 400)) + Math.log(10 * Gravity.distanceKm(b, a) / (400 * 1000))
                + Math.log(40 * Gravity.distanceKm(a, c) / (1000 * 800))) / 3;
        Gravity.Flow cd = flows.stream().filter(f -> f.from().equals("CCC") && f.to().equals("DDD")).findFirst().orElseThrow();
        assertThat(cd.value()).isCloseTo(Math.exp(logG) * 800 * 200 / Gravity.distanceKm(c, d), within(1e-9));
        assertThat(flows).noneMatch(f -> f.from().equals("AAA") && f.to().equals("BBB"));
        assertThat(flows).noneMatch(f -> f.from().equals("NSA") || f.to().equals("NSA"));
        assertThat(flows).hasSize(4 * 3 - 3);
        // the distance of a quarter of the equator is a quarter of 2 pi R
        assertThat(Gravity.distanceKm(actor("X", 1, 0, 0), actor("Y", 1, 0, 90))).isCloseTo(Math.PI * 6371 / 2, within(1e-6));
    }

    @Test
    void sanctionedDyadsAreScaledDownAndTheWorldStaysSteady() {
        TestScenario t = world().set(Param.GRAVITY_IMPUTATION, 1).regime("CCC", "DDD", RegimeType.TRADE_COMPLETE, 1, false,
                TestScenario.START.minusYears(2));
        Scenario s = t.build();
        Scenario free = world().set(Param.GRAVITY_IMPUTATION, 1).build();
        double sanctioned = Gravity.impute(s).stream().filter(f -> f.from().equals("CCC") && f.to().equals("DDD")).findFirst().orElseThrow().value();
        double unsanctioned = Gravity.impute(free).stream().filter(f -> f.from().equals("CCC") && f.to().equals("DDD")).findFirst().orElseThrow().value();
        assertThat(sanctioned / unsanctioned).isCloseTo(Math.exp(-1.6), within(1e-12));
        TestScenario.Run run = TestScenario.start(s, 3);
        double[] x0 = run.world().ties.x0.clone();
        run.stepTo(36);
        World w = run.world();
        assertThat(w.ties.x0).isEqualTo(x0);
        assertThat(x0[2 * w.n + 3]).isCloseTo(sanctioned, within(1e-12));
        for (int k = 0; k < w.ties.x.length; k++) if (x0[k] > 0) assertThat(w.ties.x[k] / w.ties.xref[k]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRunTakesTheFlowsOfItsPreparedScenarioAndNothingElse() {
        Scenario s = world().set(Param.GRAVITY_IMPUTATION, 1).build();
        PreparedScenario prepared = PreparedScenario.of(s);
        assertThat(prepared.imputed()).isEqualTo(Gravity.impute(s)).isNotEmpty();
        // the run sets X(0) from the prepared flows: one changed flow shows that it does not impute again
        List<Gravity.Flow> changed = new java.util.ArrayList<>(prepared.imputed());
        Gravity.Flow first = changed.get(0);
        changed.set(0, new Gravity.Flow(first.from(), first.to(), first.value() + 1));
        EntenteSim sim = new EntenteSim(new PreparedScenario(s, changed), 3, RecordSink.NONE);
        sim.start();
        World w = sim.world();
        assertThat(w.ties.x0[w.idx(first.from()) * w.n + w.idx(first.to())]).isEqualTo(first.value() + 1);
        Gravity.Flow second = changed.get(1);
        assertThat(w.ties.x0[w.idx(second.from()) * w.n + w.idx(second.to())]).isEqualTo(second.value());
    }
}
