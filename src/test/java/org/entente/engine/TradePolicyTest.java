package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.Param;
import org.entente.model.RegimeType;
import org.entente.model.Scenario;
import org.entente.model.TariffGoods;
import org.junit.jupiter.api.Test;

/**
 * The trade-policy instruments and the war economy against the arithmetic of MODEL.md 4 and 6:
 * tariffs, energy-only tariffs, secondary tariffs, trade agreements and import substitution, on
 * the four-actor world of {@link MechanismTest} with noise, diversion and the alignment premium off.
 */
class TradePolicyTest {
    private static final double SIGMA = 5.0;

    /** The four actors, with the channels that would blur a flow's ratio switched off. */
    private static TestScenario quiet() {
        return MechanismTest.fourActors().set(Param.DIVERSION_SHARE, 0).set(Param.ALIGNMENT_PREMIUM, 0);
    }

    private static double ratio(TestScenario.Run run, String from, String to) {
        return run.view().tradeFlow(from, to) / run.view().referenceFlow(from, to);
    }

    /** BBB's month-0 energy share of its exports: 2 mb/d x 75 USD x 0.365 over its 78 bn of exports (MODEL.md 4). */
    private static double energyShareOfB() {
        return 2.0 * 75 * 0.365 / (30 + 40 + 8);
    }

    @Test
    void aTariffAtRateTauMovesTheFlowByOnePlusTauToTheMinusSigma() {
        Scenario s = quiet().event(1, new EventAction.ImposeTariff("AAA", "CCC", 0.25, TariffGoods.ALL)).build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(120);
        assertThat(run.view().parameter(Param.TARIFF_ELASTICITY)).isEqualTo(SIGMA);
        assertThat(ratio(run, "CCC", "AAA")).as("the sender's imports from the target").isCloseTo(Math.pow(1.25, -SIGMA), within(1e-6));
        assertThat(ratio(run, "AAA", "CCC")).as("the sender's exports are not the tariff's").isCloseTo(1.0, within(1e-9));
        assertThat(run.view().tariff("CCC", "AAA")).isEqualTo(0.25);
        assertThat(run.view().tariff("AAA", "CCC")).isZero();
        // through the partial adjustment of MODEL.md 4: one sixth of the gap in the first month
        TestScenario.Run first = TestScenario.start(s, 1).stepTo(2);
        assertThat(ratio(first, "CCC", "AAA")).isCloseTo(1 + (Math.pow(1.25, -SIGMA) - 1) / 6.0, within(1e-9));
        // the row of dyads.csv carries the rate
        assertThat(run.sink().dyads).anyMatch(r -> r.step() == 59 && r.from().equals("CCC") && r.to().equals("AAA") && r.tariff() == 0.25);
    }

    @Test
    void liftingATariffRestoresTheFlow() {
        Scenario s = quiet().event(1, new EventAction.ImposeTariff("AAA", "CCC", 0.25, TariffGoods.ALL))
                .event(30, new EventAction.LiftTariff("AAA", "CCC", null)).build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(29);
        assertThat(ratio(run, "CCC", "AAA")).isLessThan(0.4);
        run.stepTo(100);
        assertThat(ratio(run, "CCC", "AAA")).isCloseTo(1.0, within(1e-4));
        assertThat(run.view().tariff("CCC", "AAA")).isZero();
        assertThat(run.sink().events).anyMatch(r -> r.step() == 30 && r.event().equals("lift_tariff") && r.detail().equals("all goods 0.25 lifted"));
    }

    @Test
    void raisingATariffInForceChangesItsRateAndTwoTariffsOnOneFlowAddUp() {
        Scenario s = quiet().event(1, new EventAction.ImposeTariff("AAA", "BBB", 0.1, TariffGoods.ALL))
                .event(2, new EventAction.ImposeTariff("AAA", "BBB", 0.2, TariffGoods.ALL))
                .event(2, new EventAction.ImposeTariff("AAA", "BBB", 0.3, TariffGoods.ENERGY)).build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(120);
        double e = energyShareOfB();
        // the energy part bears 0.2 + 0.3, the rest 0.2
        assertThat(ratio(run, "BBB", "AAA")).isCloseTo((1 - e) * Math.pow(1.2, -SIGMA) + e * Math.pow(1.5, -SIGMA), within(1e-6));
        assertThat(run.view().tariff("BBB", "AAA")).isCloseTo((1 - e) * 0.2 + e * 0.5, within(1e-12));
        assertThat(run.sink().events).anyMatch(r -> r.step() == 2 && r.detail().equals("all goods already in force: rate 0.1 -> 0.2"));
    }

    @Test
    void anEnergyTariffTouchesOnlyTheEnergyPartOfAFlow() {
        Scenario s = quiet().event(1, new EventAction.ImposeTariff("AAA", "BBB", 0.25, TariffGoods.ENERGY))
                .event(1, new EventAction.ImposeTariff("BBB", "AAA", 0.25, TariffGoods.ENERGY)).build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(120);
        double e = energyShareOfB();
        assertThat(e).isBetween(0.7, 0.71);
        assertThat(ratio(run, "BBB", "AAA")).isCloseTo(1 - e + e * Math.pow(1.25, -SIGMA), within(1e-6));
        assertThat(run.view().tariff("BBB", "AAA")).isCloseTo(e * 0.25, within(1e-12));
        // AAA exports no oil: an energy tariff on its goods has nothing to act on
        assertThat(ratio(run, "AAA", "BBB")).isCloseTo(1.0, within(1e-12));
        assertThat(run.view().tariff("AAA", "BBB")).isZero();
    }

    @Test
    void aSecondaryTariffFallsOnlyOnBuyersAboveTheThreshold() {
        // BBB's 2 mb/d go to its partners with its exports: CCC takes 40 of 78 bn, about 1.03 mb/d; DDD 8 of 78, about 0.21
        double cccBuys = 2.0 * 40 / 78, dddBuys = 2.0 * 8 / 78;
        assertThat(cccBuys).isGreaterThan(0.5);
        assertThat(dddBuys).isLessThan(0.5);
        Scenario s = quiet().event(1, new EventAction.ImposeSecondaryTariff("AAA", "BBB", 0.25, 0.5)).build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(120);
        assertThat(ratio(run, "CCC", "AAA")).as("above the threshold: all its exports to the sender").isCloseTo(Math.pow(1.25, -SIGMA), within(1e-6));
        assertThat(run.view().tariff("CCC", "AAA")).isEqualTo(0.25);
        assertThat(ratio(run, "DDD", "AAA")).as("below the threshold").isCloseTo(1.0, within(1e-12));
        assertThat(ratio(run, "BBB", "AAA")).as("the target itself").isCloseTo(1.0, within(1e-12));
        assertThat(ratio(run, "CCC", "BBB")).as("only flows to the sender").isCloseTo(1.0, within(1e-12));
        // the buyer's take is the oil market's (MODEL.md 6): the month-0 split, unchanged with no buyer closed
        assertThat(TradePolicy.oilBought(run.world(), 1, 2)).as("BBB's oil bought by CCC").isCloseTo(cccBuys, within(1e-12));
        assertThat(run.sink().events).filteredOn(r -> r.event().equals("secondary_tariff"))
                .extracting(r -> r.step() + " " + r.actors()).containsExactly("1 AAA;CCC");
        // with the threshold at 0, DDD bears it too; lifted, it falls on no one
        Scenario all = quiet().event(1, new EventAction.ImposeSecondaryTariff("AAA", "BBB", 0.25, 0))
                .event(70, new EventAction.LiftSecondaryTariff("AAA", "BBB")).build();
        TestScenario.Run zero = TestScenario.start(all, 1).stepTo(69);
        assertThat(ratio(zero, "DDD", "AAA")).isCloseTo(Math.pow(1.25, -SIGMA), within(1e-4));
        zero.stepTo(140);
        assertThat(ratio(zero, "DDD", "AAA")).isCloseTo(1.0, within(1e-4));
        assertThat(zero.view().tariff("DDD", "AAA")).isZero();
    }

    @Test
    void aBlocsTariffIsImposedByItsMembersToo() {
        TestScenario t = quiet().actor(new ActorSpec("BLC", "bloc", ActorKind.BLOC, 0, 0, 1, 0, 0, 0, 0, Double.NaN, Double.NaN, false, 1.0, 0.5, 2.0, "test"));
        t.event(0, new EventAction.JoinBloc("DDD", "BLC"));
        t.event(1, new EventAction.ImposeTariff("BLC", "BBB", 0.1, TariffGoods.ALL));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(120);
        assertThat(ratio(run, "BBB", "DDD")).isCloseTo(Math.pow(1.1, -SIGMA), within(1e-6));
        assertThat(ratio(run, "BBB", "CCC")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aTradeAgreementRaisesTradeBetweenItsPartiesByItsFactor() {
        Scenario s = quiet().set(Param.AGREEMENT_PHASE_IN_MONTHS, 12)
                .event(1, new EventAction.SignTradeAgreement("AC", List.of("AAA", "CCC"))).build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(7);
        double half = ratio(run, "AAA", "CCC");
        assertThat(half).isGreaterThan(1.0).isLessThan(Math.exp(0.69 * 0.5));
        run.stepTo(120);
        assertThat(ratio(run, "AAA", "CCC")).isCloseTo(Math.exp(0.69), within(1e-6));
        assertThat(ratio(run, "CCC", "AAA")).isCloseTo(Math.exp(0.69), within(1e-6));
        assertThat(ratio(run, "AAA", "BBB")).as("a non-party").isCloseTo(1.0, within(1e-12));
        assertThat(run.view().tariff("AAA", "CCC")).isZero();
    }

    @Test
    void anAgreementPhasesInLinearly() {
        assertThat(TradePolicy.agreementPhase(4, 5, 120)).isZero();
        assertThat(TradePolicy.agreementPhase(5, 5, 120)).isEqualTo(1 / 120.0);
        assertThat(TradePolicy.agreementPhase(64, 5, 120)).isEqualTo(0.5);
        assertThat(TradePolicy.agreementPhase(500, 5, 120)).isEqualTo(1.0);
        assertThat(TradePolicy.agreementPhase(5, 5, 0)).isEqualTo(1.0);
        assertThat(TradePolicy.agreementPhase(0, TradePolicy.START_WORLD, 120)).isEqualTo(1.0);
    }

    @Test
    void instrumentsOfTheStartMonthArePartOfTheSteadyState() {
        Scenario s = MechanismTest.fourActors()
                .event(0, new EventAction.ImposeTariff("AAA", "BBB", 0.2, TariffGoods.ALL))
                .event(0, new EventAction.ImposeTariff("CCC", "BBB", 0.1, TariffGoods.ENERGY))
                .event(0, new EventAction.ImposeSecondaryTariff("DDD", "BBB", 0.3, 0.1))
                .event(0, new EventAction.SignTradeAgreement("BC", List.of("BBB", "CCC")))
                .build();
        TestScenario.Run run = TestScenario.start(s, 7).stepTo(60);
        World w = run.world();
        for (int k = 0; k < w.ties.x.length; k++) {
            if (w.ties.x0[k] > 0) assertThat(w.ties.x[k] / w.ties.xref[k]).as("flow ratio of dyad %d", k).isCloseTo(1.0, within(1e-12));
        }
        for (int i = 0; i < w.n; i++) assertThat(w.actors.growth[i]).isCloseTo(2.0, within(1e-12));
        assertThat(run.view().tariff("BBB", "AAA")).isEqualTo(0.2);
        assertThat(run.view().tariff("CCC", "DDD")).as("CCC buys BBB's oil above 0.1 mb/d").isEqualTo(0.3);
        assertThat(run.sink().events).filteredOn(r -> r.step() == 0)
                .allMatch(r -> r.detail().startsWith("in force at the start"))
                .hasSize(4);
        assertThat(run.sink().events).noneMatch(r -> r.event().equals("secondary_tariff"));
    }

    @Test
    void importSubstitutionRampsTowardItsShareOfLostImports() {
        // no trend, no trade channel, no penalty: BBB's growth is its import substitution alone
        TestScenario t = new TestScenario().set(Param.DIVERSION_SHARE, 0).set(Param.ALIGNMENT_PREMIUM, 0)
                .set(Param.TRADE_PASSTHROUGH, 0).set(Param.PENALTY_UNILATERAL, 0).set(Param.TRADE_ADJUSTMENT, 1.0)
                .set(Param.IMPORT_SUBSTITUTION_SHARE, 0.3);   // 0 by default since the joint fit of 2.0: the rule is tested switched on
        for (String id : List.of("AAA", "BBB", "CCC")) {
            t.actor(new ActorSpec(id, id, ActorKind.STATE, 0, 0, 1000, 10, 20, 0, 0, Double.NaN,
                    Double.NaN, false, 0, 0.5, 0.0, "test"));
        }
        t.flow("AAA", "BBB", 50).flow("BBB", "AAA", 40).flow("CCC", "BBB", 30).flow("BBB", "CCC", 30);
        // a technology regime acts on the sender's exports only: BBB loses imports, AAA loses none
        t.event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.TECHNOLOGY, 1.0, false), 0));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(1);
        World w = run.world();
        assertThat(w.actors.substitution[1]).as("nothing lost before the regime").isZero();
        double share = 0.3, months = 24;
        double lost = 50 * (1 - Math.exp(-0.2));
        run.stepTo(2);
        assertThat(w.actors.substitution[1]).isCloseTo(share * lost / months, within(1e-9));
        assertThat(w.actors.growth[1]).as("100 x (S - S(0)) / Y(0)").isCloseTo(100 * w.actors.substitution[1] / 1000, within(1e-9));
        run.stepTo(1 + 24);
        // after 24 months of a (nearly constant) loss: share x L x (1 - (1 - 1/24)^24), about 64% of the way
        double expected = share * lost * (1 - Math.pow(1 - 1 / months, 24));
        assertThat(w.actors.substitution[1]).isCloseTo(expected, within(0.01 * expected));
        run.stepTo(1 + 240);
        assertThat(w.actors.substitution[1] / (share * lostImports(w, 1))).isCloseTo(1.0, within(1e-3));
        // the sender lost exports, not imports: nothing to substitute
        assertThat(w.actors.substitution[0]).isZero();
    }

    /** Imports of actor i below their reference path, as the economy phase counts them. */
    private static double lostImports(World w, int i) {
        double lost = 0;
        for (int j = 0; j < w.n; j++) if (j != i) lost += w.ties.xref[j * w.n + i] - w.ties.x[j * w.n + i];
        return lost;
    }
}
