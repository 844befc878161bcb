package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.FinancialMeasure;
import org.entente.model.Param;
import org.entente.model.RegimeType;
import org.junit.jupiter.api.Test;

/**
 * The financial channel against its arithmetic in MODEL.md: de-risking (section 3) and the
 * financial shock (section 6a), on small worlds with the noise off.
 */
class FinanceTest {
    private static final int AAA = 0, BBB = 1, CCC = 2, DDD = 3, N = 4;

    private static ActorSpec actor(String id, double gdp, double ideal, double exposure, double reserves) {
        return new ActorSpec(id, id, ActorKind.STATE, 0, 0, gdp, 10, 0.02 * gdp, 0, 0, Double.NaN, Double.NaN,
                false, ideal, 0.5, 2.0, "test", exposure, reserves);
    }

    /**
     * MechanismTest's four actors; DDD's financial_exposure is given (NaN: the default rule) and
     * BBB's reserves_months. Compliance with secondary regimes is switched off (c0 = c1 = c2 = 0),
     * so that whatever moves third countries' trade with BBB is de-risking alone: their governments
     * do not join the sanctions.
     */
    private static TestScenario world(double exposureD, double reservesB) {
        return new TestScenario()
                .actor(actor("AAA", 1000, 1.0, Double.NaN, Double.NaN)).actor(actor("BBB", 500, -1.0, Double.NaN, reservesB))
                .actor(actor("CCC", 800, 0.0, Double.NaN, Double.NaN)).actor(actor("DDD", 300, 0.5, exposureD, Double.NaN))
                .flow("AAA", "BBB", 20).flow("BBB", "AAA", 30).flow("BBB", "CCC", 40).flow("CCC", "BBB", 10)
                .flow("AAA", "CCC", 50).flow("CCC", "AAA", 60).flow("DDD", "AAA", 5).flow("BBB", "DDD", 8)
                .set(Param.COMPLY_BASE, 0).set(Param.COMPLY_ALIGNMENT, 0).set(Param.COMPLY_TRADE, 0)
                .set(Param.ALIGNMENT_PREMIUM, 0)
                // the arithmetic below is written for these values (the first ones of 2.0), not the fitted defaults
                .set(Param.DERISKING_STRENGTH, 1.0).set(Param.FINANCIAL_SHOCK_SWIFT, 0.08).set(Param.FINANCIAL_SHOCK_HALF_LIFE, 6);
    }

    private static EventAction secondaryFinancial(double intensity) {
        return new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.FINANCIAL, intensity, true), 0);
    }

    @Test
    void deRiskingCutsAnExposedThirdCountrysTradeWithTheTargetWithoutASanctionOfItsOwn() {
        TestScenario.Run run = TestScenario.start(world(Double.NaN, Double.NaN).set(Param.DIVERSION_SHARE, 0)
                .event(1, secondaryFinancial(0.8)).build(), 1).stepTo(80);
        World w = run.world();
        // CCC's exposure to AAA by default: its month-0 trade share with AAA, (50 + 60) / (40 + 10 + 50 + 60)
        double x = 110.0 / 160.0;
        assertThat(w.finance.exposure(CCC, AAA)).isCloseTo(x, within(1e-12));
        assertThat(w.layers.complianceWith(AAA, BBB, CCC)).as("CCC's government does not comply").isZero();
        assertThat(run.view().friction("CCC", "BBB")).as("no sanction friction on CCC-BBB").isZero();
        double expected = Math.exp(-1.0 * x * 0.8);                          // exp(-psi x E), psi = 1
        assertThat(w.finance.factor[CCC * N + BBB]).isCloseTo(-x * 0.8, within(1e-12));
        assertThat(run.view().tradeFlow("CCC", "BBB") / run.view().referenceFlow("CCC", "BBB")).isCloseTo(expected, within(1e-6));
        assertThat(run.view().tradeFlow("BBB", "CCC") / run.view().referenceFlow("BBB", "CCC")).isCloseTo(expected, within(1e-6));
        // the sender's own trade carries its friction, not de-risking
        assertThat(w.finance.factor[AAA * N + BBB]).isZero();
    }

    @Test
    void zeroExposureMeansNoDeRisking() {
        TestScenario.Run run = TestScenario.start(world(0.0, Double.NaN).set(Param.DIVERSION_SHARE, 0)
                .event(1, secondaryFinancial(1.0)).build(), 1).stepTo(40);
        assertThat(run.world().finance.factor[BBB * N + DDD]).isZero();
        assertThat(run.view().tradeFlow("BBB", "DDD") / run.view().referenceFlow("BBB", "DDD")).isCloseTo(1.0, within(1e-12));
        assertThat(run.view().tradeFlow("CCC", "BBB") / run.view().referenceFlow("CCC", "BBB")).isLessThan(0.6);
    }

    @Test
    void aRegimeWithoutTheSecondaryFlagCausesNoDeRisking() {
        TestScenario.Run run = TestScenario.start(world(Double.NaN, Double.NaN).set(Param.DIVERSION_SHARE, 0)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.FINANCIAL, 1.0, false), 0))
                .build(), 1).stepTo(20);
        assertThat(run.world().finance.factor[CCC * N + BBB]).isZero();
    }

    @Test
    void deRiskingLimitsTheTradeDivertedTowardAnExposedPartner() {
        java.util.function.DoubleFunction<TestScenario.Run> month1 = psi -> TestScenario.start(world(Double.NaN, Double.NaN)
                .set(Param.DERISKING_STRENGTH, psi)
                .event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.TRADE_COMPLETE, 1.0, false), 0))
                .event(1, secondaryFinancial(1.0)).build(), 1).stepTo(2);
        TestScenario.Run with = month1.apply(1.0), without = month1.apply(0.0);
        int k = BBB * N + CCC;
        assertThat(without.sim().tradePhase().diversion[k]).isGreaterThan(0);
        // D_jm x exp(F^D - F^D(0)): the diverted exports to CCC shrink by CCC's de-risking factor
        double x = 110.0 / 160.0;
        assertThat(with.sim().tradePhase().diversion[k] / without.sim().tradePhase().diversion[k]).isCloseTo(Math.exp(-x), within(1e-9));
    }

    /** I = kappa_S s x_j R0 / (R0 + R_j) with BBB's default exposure to AAA, (20 + 30) / (20 + 30 + 40 + 10 + 8). */
    private static double swiftImpulse(double share, double reserves) {
        double x = 50.0 / 108.0, r0 = 12;
        return 0.08 * share * x * r0 / (r0 + reserves);
    }

    @Test
    void aFinancialShockDecaysWithItsHalfLife() {
        java.util.function.Supplier<TestScenario> base = () -> world(Double.NaN, Double.NaN).set(Param.FINANCIAL_IMPORT_COMPRESSION, 0);
        TestScenario.Run run = TestScenario.start(base.get()
                .event(2, new EventAction.ImposeFinancialSanction("AAA", "BBB", FinancialMeasure.SWIFT, 0.5)).build(), 1);
        TestScenario.Run calm = TestScenario.start(base.get().build(), 1);
        double impulse = swiftImpulse(0.5, 3);                                 // reserves_months_default 3
        run.stepTo(3);
        calm.stepTo(3);
        assertThat(run.world().finance.stress[BBB]).isCloseTo(impulse, within(1e-12));
        // output is lower by the share Z than without the shock, and nothing else moves
        assertThat(run.world().actors.gdp[BBB] / calm.world().actors.gdp[BBB]).isCloseTo(1 - impulse, within(1e-12));
        run.stepTo(9);
        calm.stepTo(9);
        assertThat(run.world().finance.stress[BBB]).as("one half-life (6 months) on").isCloseTo(impulse / 2, within(1e-12));
        assertThat(run.world().actors.gdp[BBB] / calm.world().actors.gdp[BBB]).isCloseTo(1 - impulse / 2, within(1e-12));
        run.stepTo(15);
        calm.stepTo(15);
        assertThat(run.world().finance.stress[BBB]).as("two half-lives on").isCloseTo(impulse / 4, within(1e-12));
        assertThat(run.world().actors.gdp[BBB] / calm.world().actors.gdp[BBB]).isCloseTo(1 - impulse / 4, within(1e-12));
        assertThat(run.world().actors.gdp[AAA] / calm.world().actors.gdp[AAA]).as("the sender bears no shock").isCloseTo(1, within(1e-12));
    }

    @Test
    void biggerReservesMeanASmallerShock() {
        java.util.function.DoubleFunction<Double> stress = reserves -> {
            TestScenario.Run run = TestScenario.start(world(Double.NaN, reserves)
                    .event(2, new EventAction.ImposeFinancialSanction("AAA", "BBB", FinancialMeasure.SWIFT, Double.NaN)).build(), 1).stepTo(3);
            return run.world().finance.stress[BBB];
        };
        double thin = stress.apply(2), thick = stress.apply(24);
        assertThat(thin).isCloseTo(swiftImpulse(1, 2), within(1e-12));
        assertThat(thick).isCloseTo(swiftImpulse(1, 24), within(1e-12));
        assertThat(thick).isLessThan(thin);
    }

    @Test
    void aReserveFreezeShrinksTheBufferOfLaterShocks() {
        TestScenario.Run run = TestScenario.start(world(Double.NaN, 10).set(Param.FINANCIAL_SHOCK_HALF_LIFE, 60)
                .event(2, new EventAction.ImposeFinancialSanction("AAA", "BBB", FinancialMeasure.RESERVE_FREEZE, 0.5))
                .event(3, new EventAction.ImposeFinancialSanction("AAA", "BBB", FinancialMeasure.SWIFT, Double.NaN)).build(), 1).stepTo(3);
        double x = 50.0 / 108.0, r0 = 12;
        double freeze = 0.06 * 0.5 * x * r0 / (r0 + 5);                        // usable reserves after the freeze: 10 x 0.5
        assertThat(run.world().finance.stress[BBB]).isCloseTo(freeze, within(1e-12));
        run.stepTo(4);
        double swift = 0.08 * x * r0 / (r0 + 5);
        assertThat(run.world().finance.stress[BBB]).isCloseTo(freeze * Math.pow(2, -1 / 60.0) + swift, within(1e-12));
    }

    @Test
    void importCompressionCutsTheTargetsImportsByExpMinusThetaZ() {
        TestScenario.Run run = TestScenario.start(world(Double.NaN, Double.NaN)
                .event(2, new EventAction.ImposeFinancialSanction("AAA", "BBB", FinancialMeasure.CORRESPONDENT_BANKING, Double.NaN))
                .build(), 1).stepTo(3);
        World w = run.world();
        double z = w.finance.stress[BBB];
        assertThat(z).isCloseTo(0.04 * (50.0 / 108.0) * 12 / 15, within(1e-12));
        assertThat(w.finance.factor[CCC * N + BBB]).isCloseTo(-3 * z, within(1e-12));
        assertThat(w.finance.factor[BBB * N + CCC]).as("its exports are not compressed").isZero();
        // the first month closes 1/6 of the gap to exp(-theta Z)
        assertThat(run.view().tradeFlow("CCC", "BBB") / run.view().referenceFlow("CCC", "BBB"))
                .isCloseTo(1 + (Math.exp(-3 * z) - 1) / 6, within(1e-9));
    }

    @Test
    void liftingAFreezeGivesTheReservesBackToTheBuffer() {
        TestScenario.Run run = TestScenario.start(world(Double.NaN, 10)
                .event(2, new EventAction.ImposeFinancialSanction("AAA", "BBB", FinancialMeasure.RESERVE_FREEZE, 0.5))
                .event(3, new EventAction.LiftFinancialSanction("AAA", "BBB", FinancialMeasure.RESERVE_FREEZE)).build(), 1).stepTo(4);
        assertThat(run.world().finance.usableReserves(BBB, 3, 0)).isCloseTo(10, within(1e-12));
        assertThat(run.sink().events).anyMatch(r -> r.event().equals("lift_financial_sanction") && r.detail().equals("reserve_freeze lifted"));
    }
}
