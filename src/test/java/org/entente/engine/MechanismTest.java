package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.entente.model.EventAction;
import org.entente.model.Param;
import org.entente.model.RegimeType;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * One test per mechanism of MODEL.md sections 3-7, checking its arithmetic on small worlds
 * with the noise switched off, so each expected number follows from the specification.
 */
class MechanismTest {

    /** Four actors with equal trend growth, so that every flow scales alike and nothing should move. */
    static TestScenario fourActors() {
        return new TestScenario()
                .actor("AAA", 1000, 1.0, 0).actor("BBB", 500, -1.0, 2.0).actor("CCC", 800, 0.0, 0).actor("DDD", 300, 0.5, 0)
                .flow("AAA", "BBB", 20).flow("BBB", "AAA", 30).flow("BBB", "CCC", 40).flow("CCC", "BBB", 10)
                .flow("AAA", "CCC", 50).flow("CCC", "AAA", 60).flow("DDD", "AAA", 5).flow("BBB", "DDD", 8);
    }

    @Test
    void theRecordedWorldIsASteadyState() {
        Scenario s = fourActors()
                .regime("AAA", "BBB", RegimeType.FINANCIAL, 0.6, true, TestScenario.START.minusYears(3))
                .regime("AAA", "BBB", RegimeType.ENERGY, 0.5, true, TestScenario.START.minusYears(3))
                .hostile("AAA", "BBB", 0.6)
                .treaty("pact", List.of("BBB", "CCC"), TestScenario.START.minusYears(1), 10, 0.4, 0.5)
                // the trade-policy layer (MODEL.md 4): instruments of the start month are in the recorded flows
                .event(0, new EventAction.ImposeTariff("CCC", "BBB", 0.15, org.entente.model.TariffGoods.ALL))
                .event(0, new EventAction.ImposeTariff("DDD", "BBB", 0.2, org.entente.model.TariffGoods.ENERGY))
                .event(0, new EventAction.ImposeSecondaryTariff("CCC", "BBB", 0.1, 0))
                .event(0, new EventAction.SignTradeAgreement("AC", List.of("AAA", "CCC")))
                // the oil market (MODEL.md 6): recorded flows, a buyer that applies the energy regime, a price cap of the start month
                .oil("CCC", 3.0, Double.NaN).oil("DDD", 1.0, Double.NaN).oil("BBB", 0, 2.5)
                .oilFlow("BBB", "CCC", 1.2).oilFlow("BBB", "DDD", 0.3).oilFlow("BBB", "AAA", 0.1)
                .event(0, new EventAction.ImposePriceCap("AAA", "BBB", 40, 0.3))
                // the financial channel (MODEL.md 3, 6a): the secondary financial regime above makes CCC and DDD
                // de-risk from BBB already at month 0, and measures of the start month give no shock
                .event(0, new EventAction.ImposeFinancialSanction("AAA", "BBB", org.entente.model.FinancialMeasure.SWIFT, Double.NaN))
                .event(0, new EventAction.ImposeFinancialSanction("AAA", "BBB", org.entente.model.FinancialMeasure.RESERVE_FREEZE, 0.5))
                // observed compliance (MODEL.md 3): CCC's p with AAA fixed to 1 (it buys BBB's oil at month 0 all the same), DDD's to 0
                .complies("CCC", "AAA", "BBB", true).complies("DDD", "AAA", "BBB", false)
                .build();
        TestScenario.Run run = TestScenario.start(s, 7);
        World w = run.world();
        double[] x0 = w.ties.x0.clone(), a0 = w.ties.a.clone(), h0 = w.ties.h.clone();
        double oil0 = w.actors.oil[1], price0 = run.view().oilPrice("BBB"), revenue0 = run.view().oilRevenue("BBB");
        double[] q0 = w.oil.q.clone();
        assertThat(run.view().oilDiscount("BBB")).as("a seller under enforcement sells at a discount").isGreaterThan(0);
        run.stepTo(60);
        for (int k = 0; k < w.ties.x.length; k++) {
            if (x0[k] > 0) assertThat(w.ties.x[k] / w.ties.xref[k]).as("flow ratio of dyad %d", k).isCloseTo(1.0, within(1e-9));
            assertThat(w.ties.a[k]).as("alignment of dyad %d", k).isCloseTo(a0[k], within(1e-9));
            assertThat(w.ties.h[k]).as("hostility of dyad %d", k).isCloseTo(h0[k], within(1e-9));
        }
        assertThat(w.actors.oil[1]).isCloseTo(oil0, within(1e-9));
        for (int k = 0; k < q0.length; k++) assertThat(w.oil.q[k]).as("oil take %d", k).isCloseTo(q0[k], within(1e-9));
        for (int k = 0; k < q0.length; k++) assertThat(w.ties.oilAdj[k]).as("oil value change on flow %d", k).isCloseTo(0, within(1e-9));
        assertThat(run.view().oilPrice("BBB")).isCloseTo(price0, within(1e-9));
        assertThat(run.view().oilRevenue("BBB")).isCloseTo(revenue0, within(1e-9));
        assertThat(run.view().evasionMaturity("BBB")).isEqualTo(1.0);
        for (int i = 0; i < w.n; i++) assertThat(w.actors.growth[i]).isCloseTo(2.0, within(1e-9));
        for (int i = 0; i < w.n; i++) assertThat(w.actors.substitution[i]).as("import substitution of actor %d", i).isZero();
        assertThat(run.view().tariff("BBB", "CCC")).isEqualTo(0.15);
        assertThat(w.finance.factor[2 * 4 + 1]).as("CCC de-risks from BBB at month 0").isLessThan(0);
        for (int i = 0; i < w.n; i++) assertThat(w.finance.stress[i]).as("financial stress of actor %d", i).isZero();
    }

    @Test
    void aBlocMemberFromTheStartIsPartOfTheSteadyStateButOneJoiningLaterCutsTrade() {
        java.util.function.IntFunction<Scenario> withJoin = step -> fourActors()
                .actor(new org.entente.model.ActorSpec("BLC", "bloc", org.entente.model.ActorKind.BLOC, 0, 0, 1, 0, 0, 0, 0, Double.NaN, Double.NaN, false, 1.0, 0.5, 2.0, "test"))
                .regime("BLC", "BBB", RegimeType.TRADE_PARTIAL, 1.0, false, TestScenario.START.minusYears(2))
                .event(step, new EventAction.JoinBloc("CCC", "BLC"))
                .build();
        TestScenario.Run atStart = TestScenario.start(withJoin.apply(0), 3).stepTo(24);
        assertThat(atStart.view().tradeFlow("CCC", "BBB") / atStart.view().referenceFlow("CCC", "BBB"))
                .as("the recorded flow already carries the member's sanctions").isCloseTo(1.0, within(1e-9));
        assertThat(atStart.view().friction("CCC", "BBB")).isCloseTo(-0.4, within(1e-12));
        TestScenario.Run later = TestScenario.start(withJoin.apply(2), 3).stepTo(24);
        assertThat(later.view().tradeFlow("CCC", "BBB") / later.view().referenceFlow("CCC", "BBB")).isLessThan(0.8);
    }

    @Test
    void aFullTradeCompleteRegimeTakesTheFlowToEToTheMinus1point6() {
        Scenario s = fourActors().set(Param.DIVERSION_SHARE, 0).set(Param.ALIGNMENT_PREMIUM, 0)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.TRADE_COMPLETE, 1.0, false), 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(60);
        WorldView v = run.view();
        assertThat(v.tradeFlow("AAA", "BBB") / v.referenceFlow("AAA", "BBB")).isCloseTo(Math.exp(-1.6), within(1e-4));
        assertThat(v.tradeFlow("BBB", "AAA") / v.referenceFlow("BBB", "AAA")).isCloseTo(Math.exp(-1.6), within(1e-4));
        assertThat(v.friction("AAA", "BBB")).isCloseTo(-1.6, within(1e-12));
        // a flow the regime does not touch keeps its reference path
        assertThat(v.tradeFlow("CCC", "AAA") / v.referenceFlow("CCC", "AAA")).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void partialAdjustmentClosesOneSixthOfTheGapEachMonth() {
        Scenario s = fourActors().set(Param.DIVERSION_SHARE, 0).set(Param.ALIGNMENT_PREMIUM, 0)
                .event(0, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.TRADE_PARTIAL, 1.0, false), 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(1);
        double target = Math.exp(-0.4);
        double ratio = run.view().tradeFlow("AAA", "BBB") / run.view().referenceFlow("AAA", "BBB");
        assertThat(ratio).isCloseTo(1 + (target - 1) / 6.0, within(1e-9));
    }

    @Test
    void diversionRaisesTheTargetsFlowsToNonSenders() {
        TestScenario.Run with = TestScenario.start(fourActors().set(Param.ALIGNMENT_PREMIUM, 0)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.TRADE_COMPLETE, 1.0, false), 0))
                .build(), 1).stepTo(36);
        TestScenario.Run without = TestScenario.start(fourActors().set(Param.ALIGNMENT_PREMIUM, 0).set(Param.DIVERSION_SHARE, 0)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.TRADE_COMPLETE, 1.0, false), 0))
                .build(), 1).stepTo(36);
        assertThat(with.view().tradeFlow("BBB", "CCC")).isGreaterThan(without.view().tradeFlow("BBB", "CCC") * 1.05);
        assertThat(with.view().tradeFlow("BBB", "DDD")).isGreaterThan(without.view().tradeFlow("BBB", "DDD"));
        assertThat(with.view().tradeFlow("CCC", "BBB")).isGreaterThan(without.view().tradeFlow("CCC", "BBB"));
        // the sender gets none of it
        assertThat(with.sim().tradePhase().diversion[1 * 4 + 0]).isZero();
        assertThat(with.view().tradeFlow("BBB", "AAA") / with.view().referenceFlow("BBB", "AAA"))
                .isCloseTo(without.view().tradeFlow("BBB", "AAA") / without.view().referenceFlow("BBB", "AAA"), within(1e-9));
        // diverted exports stay below what was lost: delta < 1; only the non-oil part is diverted (the oil market places the barrels)
        double nonOil = 1 - without.world().oil.oilShare0[1 * 4 + 0];
        double lost = nonOil * (without.view().referenceFlow("BBB", "AAA") - without.view().tradeFlow("BBB", "AAA"));
        double gained = with.view().tradeFlow("BBB", "CCC") - without.view().tradeFlow("BBB", "CCC")
                + with.view().tradeFlow("BBB", "DDD") - without.view().tradeFlow("BBB", "DDD");
        assertThat(gained).isLessThan(lost).isGreaterThan(0.3 * lost);
    }

    @Test
    void aTreatyFloorHoldsWhileInForceAndLapsesAfter() {
        Scenario s = fourActors().hostile("AAA", "DDD", 0.9).set(Param.ALIGNMENT_RATE, 0.2)
                .treaty("floor pact", List.of("AAA", "DDD"), TestScenario.START.plusMonths(6), 1, 0.6, 0.8)
                .build();
        TestScenario.Run run = TestScenario.start(s, 1);
        double before = run.world().ties.a[0 * 4 + 3];
        assertThat(before).isLessThan(0.5);
        run.stepTo(7);
        assertThat(run.view().alignment("AAA", "DDD")).isGreaterThanOrEqualTo(0.8);
        assertThat(run.view().defense("AAA", "DDD")).isEqualTo(0.6);
        run.stepTo(18);
        assertThat(run.view().alignment("AAA", "DDD")).isGreaterThanOrEqualTo(0.8);
        run.stepTo(40);
        assertThat(run.view().defense("AAA", "DDD")).isEqualTo(0.0);
        assertThat(run.view().alignment("AAA", "DDD")).isLessThan(0.6);
    }

    @Test
    void newSanctionsBreedResentmentTowardTheSender() {
        Scenario s = fourActors()
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.TRADE_COMPLETE, 1.0, false), 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(60);
        double target = 0.5 * (1 - Math.exp(-1.6));
        assertThat(run.view().hostility("BBB", "AAA")).isCloseTo(target, within(0.02));
        assertThat(run.view().pressure("AAA", "BBB")).isCloseTo(1 - Math.exp(-1.6), within(1e-12));
        assertThat(run.view().hostility("BBB", "CCC")).isEqualTo(0.0);
    }

    @Test
    void aNewUnilateralSenderCostsPointsOfGrowthForItsEpisode() {
        Scenario s = fourActors().set(Param.TRADE_PASSTHROUGH, 0).set(Param.IMPORT_SUBSTITUTION_SHARE, 0).set(Param.PENALTY_UNILATERAL_YEARS, 2)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("DDD", "CCC", RegimeType.ARMS, 1.0, false), 0))
                .event(2, new EventAction.ImposeSanctions(TestScenario.spec("DDD", "CCC", RegimeType.TRADE_PARTIAL, 0.5, false), 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(2);
        assertThat(run.world().actors.growth[2]).as("an arms regime carries no growth penalty").isCloseTo(2.0, within(1e-9));
        run.stepTo(3);
        assertThat(run.world().actors.growth[2]).isCloseTo(2.0 - 0.7 * 0.5, within(1e-9));
        run.stepTo(26);
        assertThat(run.world().actors.growth[2]).isCloseTo(2.0 - 0.35, within(1e-9));
        run.stepTo(27);
        assertThat(run.world().actors.growth[2]).as("the episode ran out after two years").isCloseTo(2.0, within(1e-9));
    }

    @Test
    void aSecondSenderMakesTheClassMultilateral() {
        Scenario s = fourActors().set(Param.TRADE_PASSTHROUGH, 0).set(Param.IMPORT_SUBSTITUTION_SHARE, 0)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("DDD", "CCC", RegimeType.FINANCIAL, 1.0, false), 0))
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "CCC", RegimeType.FINANCIAL, 1.0, false), 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(2);
        assertThat(run.world().actors.growth[2]).isCloseTo(2.0 - 2.9, within(1e-9));
    }

    @Test
    void liftingARegimeInForceAtMonthZeroGivesGrowthBack() {
        Scenario s = fourActors().set(Param.TRADE_PASSTHROUGH, 0).set(Param.IMPORT_SUBSTITUTION_SHARE, 0)
                .regime("DDD", "CCC", RegimeType.FINANCIAL, 1.0, false, TestScenario.START.minusYears(1))
                .event(2, new EventAction.LiftSanctions("DDD", "CCC", null, 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(2);
        assertThat(run.world().actors.growth[2]).isCloseTo(2.0, within(1e-9));
        run.stepTo(3);
        assertThat(run.world().actors.growth[2]).isCloseTo(2.0 + 0.7, within(1e-9));
    }

    @Test
    void aWarCostsItsFirstYearCostThenTheLaterCost() {
        // the parameters set away from their defaults, so the test sees which one the engine reads
        Scenario s = fourActors().set(Param.TRADE_PASSTHROUGH, 0).set(Param.IMPORT_SUBSTITUTION_SHARE, 0).set(Param.WAR_COST_FIRST_YEAR, 3).set(Param.WAR_COST_LATER, 1)
                .event(1, new EventAction.WarStart(List.of("CCC", "DDD"), Map.of("DDD", 10.0), Map.of()))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(2);
        assertThat(run.world().actors.growth[2]).isCloseTo(2.0 - 3.0, within(1e-9));
        assertThat(run.world().actors.growth[3]).isCloseTo(2.0 - 10.0, within(1e-9));
        assertThat(run.view().hostility("CCC", "DDD")).isEqualTo(1.0);
        run.stepTo(14);
        assertThat(run.world().actors.growth[2]).isCloseTo(2.0 - 1.0, within(1e-9));
        assertThat(run.world().actors.growth[3]).as("no later cost given: the parameter's 1").isCloseTo(2.0 - 1.0, within(1e-9));
    }

    @Test
    void militarySpendingAboveItsShareRaisesGrowthForAYear() {
        Scenario s = fourActors().set(Param.TRADE_PASSTHROUGH, 0).set(Param.IMPORT_SUBSTITUTION_SHARE, 0).set(Param.MILEX_MULTIPLIER, 0.8)
                .event(1, new EventAction.SetAttribute("AAA", org.entente.model.Attribute.MILEX, 60))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(1);
        double y = run.world().actors.gdp[0];
        double gap = 60 - 0.02 * y;
        run.stepTo(2);
        // growth = trend + 100 phi (gap now - gap at month 0) / Y(month 0)
        assertThat(run.world().actors.growth[0]).isCloseTo(2.0 + 100 * 0.8 * gap / 1000.0, within(1e-6));
    }

    @Test
    void aNewArmsFlowIsLocalisedAfterThirtyMonths() {
        TestScenario t = new TestScenario().set(Param.ALIGNMENT_RATE, 0);
        t.actor(new org.entente.model.ActorSpec("SUP", "SUP", org.entente.model.ActorKind.STATE, 0, 0, 500, 80, 10, 0, 0,
                Double.NaN, Double.NaN, true, -1, 0.5, 2, "t"));
        t.actor("REC", 2000, -1, 0).actor("FOE", 1500, 2, 0);
        t.flow("SUP", "REC", 5).flow("REC", "SUP", 5).flow("FOE", "REC", 5);
        t.months = 80;
        t.event(0, new EventAction.SetAlignment("SUP", "REC", 0.9));
        t.event(2, new EventAction.WarStart(List.of("REC", "FOE"), Map.of(), Map.of()));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(3);
        double flow = run.view().arms("SUP", "REC");
        assertThat(flow).as("budget 0.02 x milex goes to the only recipient at war").isCloseTo(0.02 * run.world().actors.milex[0], within(1e-9));
        run.stepTo(2 + 30);
        assertThat(run.view().arms("SUP", "REC")).isGreaterThan(0.9 * flow);
        run.stepTo(2 + 30 + 12);
        assertThat(run.view().arms("SUP", "REC")).isEqualTo(0.0);
        assertThat(run.world().actors.homeProduction[1]).isGreaterThan(0.9 * flow);
    }

    @Test
    void everyEventTypeFiresInItsMonth() {
        TestScenario t = fourActors();
        t.months = 30;
        t.actor(new org.entente.model.ActorSpec("BLC", "bloc", org.entente.model.ActorKind.BLOC, 0, 0, 100, 1, 1, 0, 0,
                Double.NaN, Double.NaN, false, 1, 0.5, 2, "t"));
        t.event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.FINANCIAL, 0.5, false), 0));
        t.event(2, new EventAction.AdjustSanctions("AAA", "BBB", RegimeType.FINANCIAL, 0.8, null, 0));
        t.event(3, new EventAction.LiftSanctions("AAA", "BBB", RegimeType.FINANCIAL, 6));
        t.event(4, new EventAction.SignTreaty(new org.entente.model.TreatySpec("t1", List.of("CCC", "DDD"), null, null, 5,
                List.of(), 0.4, Double.NaN, "t")));
        t.event(5, new EventAction.TreatyInForce("t1"));
        t.event(6, new EventAction.EndTreaty("t1"));
        t.event(7, new EventAction.SetPolicy("maximum_pressure", "AAA", "BBB", 0.3, -1, List.of()));
        t.event(8, new EventAction.WarStart(List.of("CCC", "DDD"), Map.of(), Map.of()));
        t.event(9, new EventAction.WarEnd(List.of("CCC", "DDD"), 0.5));
        t.event(10, new EventAction.SetHostility("AAA", "CCC", 0.3));
        t.event(11, new EventAction.SetAlignment("AAA", "CCC", 0.9));
        t.event(12, new EventAction.RegimeChange("DDD", 1.5, List.of("CCC"), Double.NaN, false));
        t.event(13, new EventAction.SetAttribute("CCC", org.entente.model.Attribute.MILEX, 30));
        t.event(14, new EventAction.SetParameter(Param.OIL_PRICE, 90));
        t.event(15, new EventAction.Shock("CCC", -0.05, 0));
        t.event(16, new EventAction.JoinBloc("DDD", "BLC"));
        t.event(17, new EventAction.LeaveBloc("DDD", "BLC"));
        t.event(18, new EventAction.SetPolicy("rapprochement", "AAA", "BBB", Double.NaN, 12, List.of()));
        t.event(19, new EventAction.ImposeTariff("AAA", "CCC", 0.1, org.entente.model.TariffGoods.ALL));
        t.event(20, new EventAction.LiftTariff("AAA", "CCC", null));
        t.event(21, new EventAction.ImposeSecondaryTariff("AAA", "BBB", 0.25, 0));
        t.event(22, new EventAction.LiftSecondaryTariff("AAA", "BBB"));
        t.event(23, new EventAction.SignTradeAgreement("CD", List.of("CCC", "DDD")));
        t.event(24, new EventAction.ImposeFinancialSanction("AAA", "BBB", org.entente.model.FinancialMeasure.SWIFT, 0.5));
        t.event(25, new EventAction.LiftFinancialSanction("AAA", "BBB", null));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(30);
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("impose_sanctions", 1);
        expected.put("adjust_sanctions", 2);
        expected.put("lift_sanctions", 3);
        expected.put("sign_treaty", 4);
        expected.put("treaty_in_force", 5);
        expected.put("end_treaty", 6);
        expected.put("set_policy", 7);
        expected.put("war_start", 8);
        expected.put("war_end", 9);
        expected.put("set_hostility", 10);
        expected.put("set_alignment", 11);
        expected.put("regime_change", 12);
        expected.put("set_attribute", 13);
        expected.put("set_parameter", 14);
        expected.put("shock", 15);
        expected.put("join_bloc", 16);
        expected.put("leave_bloc", 17);
        expected.put("impose_tariff", 19);
        expected.put("lift_tariff", 20);
        expected.put("impose_secondary_tariff", 21);
        expected.put("lift_secondary_tariff", 22);
        expected.put("sign_trade_agreement", 23);
        expected.put("impose_financial_sanction", 24);
        expected.put("lift_financial_sanction", 25);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(run.sink().events).as(e.getKey())
                    .anyMatch(r -> r.event().equals(e.getKey()) && r.step() == e.getValue());
            assertThat(run.sink().events).as(e.getKey() + " fires only in its month")
                    .noneMatch(r -> r.event().equals(e.getKey()) && r.step() < e.getValue());
        }
        // the policy bundles list what they expanded to
        assertThat(run.sink().events).anyMatch(r -> r.step() == 7 && r.event().equals("impose_sanctions") && r.detail().contains("(maximum_pressure)"));
        assertThat(run.sink().events).anyMatch(r -> r.step() == 18 && r.event().equals("lift_sanctions") && r.detail().contains("(rapprochement)"));
        assertThat(run.sink().events).anyMatch(r -> r.step() == 18 && r.event().equals("set_hostility"));
    }

    @Test
    void aConditionalRegimeChangeFiresWhenStabilityFallsBelowTheThreshold() {
        TestScenario t = fourActors().set(Param.STABILITY_THRESHOLD, 0.45).set(Param.STABILITY_RATE, 1.0);
        t.months = 40;
        t.event(1, new EventAction.WarStart(List.of("CCC", "DDD"), Map.of("DDD", 50.0), Map.of()));
        t.event(1, new EventAction.RegimeChange("DDD", 1.9, List.of("CCC"), 0.7, true));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(40);
        RecordSink.EventRow change = run.sink().events.stream().filter(r -> r.event().equals("regime_change")).findFirst().orElseThrow();
        assertThat(change.step()).isGreaterThan(1);
        assertThat(change.detail()).contains("stability below 0.45");
        assertThat(run.view().atWar("CCC", "DDD")).isFalse();
    }

    @Test
    void secondarySanctionsAddExpectedFrictionToThirdParties() {
        Scenario s = fourActors().set(Param.ALIGNMENT_PREMIUM, 0)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.FINANCIAL, 1.0, true), 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(2);
        World w = run.world();
        int ccc = 2, aaa = 0, bbb = 1;
        double share = (w.flow(ccc, aaa) + w.flow(aaa, ccc)) / w.actors.totalTrade(ccc);
        double p = Rules.compliance(0, 0.6, 1.0, w.ties.a[ccc * 4 + aaa], share);
        assertThat(w.layers.complianceWith(aaa, bbb, ccc)).isCloseTo(p, within(1e-12));
        assertThat(run.view().friction("CCC", "BBB")).isCloseTo(p * -0.4 * 0.7, within(1e-12));
        assertThat(run.view().friction("BBB", "CCC")).isCloseTo(p * -0.4 * 0.7, within(1e-12));
    }

    @Test
    void liftingOneOfSeveralRegimesDoesNotRestartAnExpiredClock() {
        Scenario s = fourActors().set(Param.TRADE_PASSTHROUGH, 0).set(Param.IMPORT_SUBSTITUTION_SHARE, 0)
                .regime("DDD", "CCC", RegimeType.FINANCIAL, 1.0, false, TestScenario.START.minusYears(20))
                .regime("DDD", "CCC", RegimeType.TECHNOLOGY, 1.0, false, TestScenario.START.minusYears(1))
                .event(2, new EventAction.LiftSanctions("DDD", "CCC", RegimeType.FINANCIAL, 0))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(24);
        for (int t = 3; t <= 24; t++) {
            run.stepTo(t);
            assertThat(run.world().actors.growth[2]).as("month %d", t).isCloseTo(2.0, within(1e-9));
        }
    }

    @Test
    void aRegimeThatEndedBeforeTheStartLeavesTheWorldSteady() {
        TestScenario t = fourActors();
        t.sanctions.add(new org.entente.model.RegimeSpec("AAA", "BBB", RegimeType.TRADE_COMPLETE, 1.0, false,
                TestScenario.START.minusYears(5), TestScenario.START.minusYears(1), List.of(), List.of(), "t"));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(36);
        assertThat(run.view().tradeFlow("AAA", "BBB") / run.view().referenceFlow("AAA", "BBB")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void escalationStepsUpOncePerTriggerNotEveryMonth() {
        Scenario s = fourActors().set(Param.ESCALATION_STEP, 0.1).set(Param.ESCALATION_TRIGGER, 0.2)
                .treaty("alliance", List.of("AAA", "DDD"), TestScenario.START.minusYears(1), 50, 1.0, 0.5)
                .regime("AAA", "BBB", RegimeType.FINANCIAL, 0.5, false, TestScenario.START.minusYears(1))
                .event(3, new EventAction.SetHostility("BBB", "DDD", 0.25))
                .build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(12);
        long steps = run.sink().events.stream().filter(r -> r.event().equals("escalation")).count();
        assertThat(steps).isEqualTo(1);
        assertThat(run.world().politics.regimes.get(0).intensity).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void warEndWithoutAWarChangesNothing() {
        Scenario s = fourActors().hostile("CCC", "DDD", 0.3)
                .event(2, new EventAction.WarEnd(List.of("CCC", "DDD"), Double.NaN)).build();
        TestScenario.Run run = TestScenario.start(s, 1).stepTo(4);
        assertThat(run.view().hostility("CCC", "DDD")).isCloseTo(0.3, within(1e-12));
        assertThat(run.sink().events).anyMatch(r -> r.event().equals("war_end") && r.detail().contains("nothing changed"));
    }

    @Test
    void aTreatyOfTheScenarioIsLoggedWhenItComesIntoForceAndOnlyThen() {
        // a successor treaty dated in force at month 3 and its predecessor ended by an event then
        TestScenario t = new TestScenario().actor("AAA", 100).actor("BBB", 100);
        t.treaty("old", List.of("AAA", "BBB"), TestScenario.START.minusYears(20), Double.NaN, 0.4, 0.5);
        t.treaty("new", List.of("AAA", "BBB"), TestScenario.START.plusMonths(3), 20, 0.6, 0.5);
        t.treaty("already", List.of("AAA", "BBB"), TestScenario.START, 20, 0.6, 0.5);
        t.event(3, new EventAction.EndTreaty("old"));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(12);
        assertThat(run.sink().events).filteredOn(r -> r.event().equals("treaty_in_force"))
                .extracting(r -> r.step() + " " + r.actors() + " " + r.detail())
                .containsExactly("3 AAA;BBB new in force");
        // the new treaty's entry comes before the old one's end in the same month
        List<String> month3 = run.sink().events.stream().filter(r -> r.step() == 3).map(r -> r.event()).toList();
        assertThat(month3).containsExactly("treaty_in_force", "end_treaty");
    }

    @Test
    void aTreatyInForceEventIsNotLoggedTwiceWhenItsDateIsThatMonthToo() {
        TestScenario t = new TestScenario().actor("AAA", 100).actor("BBB", 100);
        t.treaty("new", List.of("AAA", "BBB"), TestScenario.START.plusMonths(3), 20, 0.6, 0.5);
        t.event(3, new EventAction.TreatyInForce("new"));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(6);
        assertThat(run.sink().events).filteredOn(r -> r.event().equals("treaty_in_force")).hasSize(1);
    }
}
