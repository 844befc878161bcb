package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The pure rules against hand-computed values from MODEL.md. */
class RulesTest {
    @Test
    void pressureIsOneMinusExpOfTheSummedFriction() {
        assertThat(Rules.pressure(0)).isZero();
        assertThat(Rules.pressure(-1.6)).isCloseTo(1 - Math.exp(-1.6), within(1e-15));
        // two regimes compound and never saturate at the first
        assertThat(Rules.pressure(-1.6 - 0.4)).isGreaterThan(Rules.pressure(-1.6)).isLessThan(1);
    }

    @Test
    void complianceIsClampedToTheUnitInterval() {
        assertThat(Rules.compliance(0, 0.6, 1.0, 0.5, 0.2)).isCloseTo(0.5, within(1e-15));
        assertThat(Rules.compliance(0, 0.6, 1.0, 1.0, 0.9)).isEqualTo(1.0);
        assertThat(Rules.compliance(-0.5, 0.6, 1.0, 0.1, 0.0)).isEqualTo(0.0);
    }

    @Test
    void resentmentAnchorsMonthZero() {
        // at month 0 the target equals the recorded hostility whatever the pressure was
        assertThat(Rules.resentmentTarget(0.3, 0.5, 0.8, 0.8, 0.3)).isCloseTo(0.3, within(1e-15));
        // only pressure added since then breeds new resentment
        assertThat(Rules.resentmentTarget(0.3, 0.5, 0.9, 0.8, 0.3)).isCloseTo(0.3 + 0.05, within(1e-15));
        // and it never pulls hostility below its base
        assertThat(Rules.resentmentTarget(0.3, 0.5, 0.1, 0.8, 0.3)).isEqualTo(0.3);
    }

    @Test
    void alignmentTargetIsTheAnchorWhenUtilityIsUnchanged() {
        assertThat(Rules.alignmentTarget(0.7, 4, 1.2, 1.2)).isCloseTo(0.7, within(1e-12));
        assertThat(Rules.alignmentTarget(0.7, 4, 1.3, 1.2)).isCloseTo(Rules.sigmoid(Rules.logit(0.7) + 0.4), within(1e-12));
        assertThat(Rules.logit(1.0)).isFinite();
    }

    @Test
    void theOilMarketsPriceRulesFollowModelSix() {
        // maturity: h + r h (1 - h); at rest at 0 and 1
        assertThat(Rules.maturityStep(0.5, 0.1)).isCloseTo(0.5 + 0.1 * 0.5 * 0.5, within(1e-12));
        assertThat(Rules.maturityStep(1.0, 0.1)).isEqualTo(1.0);
        assertThat(Rules.maturityStep(0.0, 0.1)).isEqualTo(0.0);
        // discount share k_e I + k_c C (1 - k_m h): Russia 2022 with half its market closed and no network
        assertThat(Rules.discountShare(0.03, 0.8, 0.75, 0.0, 0.5, 0.0)).isCloseTo(0.4, within(1e-12));
        assertThat(Rules.discountShare(0.03, 0.8, 0.75, 1.0, 0.5, 1.0)).isCloseTo(0.03 + 0.4 * 0.25, within(1e-12));
        assertThat(Rules.discountShare(1, 1, 0, 1, 1, 0)).as("guarded below the world price").isEqualTo(Rules.MAX_DISCOUNT_SHARE);
        // a cap binds only on the services share, and only above the cap
        assertThat(Rules.cappedPrice(70, 0.6, 60)).isCloseTo(0.4 * 70 + 0.6 * 60, within(1e-12));
        assertThat(Rules.cappedPrice(50, 0.6, 60)).isEqualTo(50);
    }

    @Test
    void netPenaltyLiesBetweenZeroAndP() {
        assertThat(Rules.netPenalty(2.9, 1.0)).isCloseTo(1.9, within(1e-12));
        assertThat(Rules.netPenalty(2.9, 4.0)).isZero();
        assertThat(Rules.netPenalty(2.9, -1.0)).isEqualTo(2.9);
        assertThat(Rules.netPenalty(-0.7, 0.0)).isEqualTo(-0.7);
        assertThat(Rules.netPenalty(-0.7, -0.5)).isCloseTo(-0.2, within(1e-12));
    }

    @Test
    void growthCompoundsMonthly() {
        assertThat(Math.pow(Rules.monthlyFactor(3.0), 12)).isCloseTo(1.03, within(1e-12));
        assertThat(Rules.monthlyFactor(-500)).isPositive();
    }

    @Test
    void armsWeightIsZeroBelowTheMinimum() {
        assertThat(Rules.armsWeight(0.4, 0.5)).isZero();
        assertThat(Rules.armsWeight(0.75, 0.5)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void runSeedsDoNotDependOnTheEnsembleSize() {
        assertThat(Seeds.runSeed(1, 0)).isEqualTo(Seeds.runSeed(1, 0));
        assertThat(Seeds.runSeed(1, 0)).isNotEqualTo(Seeds.runSeed(1, 1)).isNotEqualTo(Seeds.runSeed(2, 0));
    }

    @Test
    void regimeIntensityRampsInAndFadesOut() {
        Regime r = new Regime(0, 1, org.entente.model.RegimeType.FINANCIAL, 0.8, false, 12, 8, Regime.OPEN, new boolean[2], new int[0]);
        assertThat(r.policyIntensity(7)).isZero();
        assertThat(r.policyIntensity(8)).isCloseTo(0.8 / 5, within(1e-12));
        assertThat(r.policyIntensity(12)).isEqualTo(0.8);
        r.lift(20, 4);
        assertThat(r.policyIntensity(20)).isCloseTo(0.8 * 0.75, within(1e-12));
        assertThat(r.policyIntensity(23)).isZero();
        // trade friction fades over max(over, decay)
        assertThat(r.tradeIntensity(23, 96)).isCloseTo(0.8 * (1 - 4 / 96.0), within(1e-12));
        assertThat(r.tradeIntensity(20 + 95, 96)).isZero();
    }
}
