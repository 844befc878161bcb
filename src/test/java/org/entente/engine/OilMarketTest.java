package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.entente.model.EventAction;
import org.entente.model.Param;
import org.entente.model.RegimeType;
import org.junit.jupiter.api.Test;

/** The oil market of MODEL.md 6, rule by rule, against the arithmetic written there. */
class OilMarketTest {
    /** A sender SND, a seller SEL (2 mb/d), two crude buyers B1 and B2 (5 mb/d of imports each) and a non-oil partner B3. */
    private static TestScenario market() {
        TestScenario t = new TestScenario()
                .actor("SND", 20000, 1.5, 0).actor("SEL", 500, -1.0, 2.0).actor("B1", 3000, 0.0, 0).actor("B2", 3000, -0.5, 0)
                .actor("B3", 1000, 0.0, 0)
                .flow("SEL", "B1", 40).flow("SEL", "B2", 40).flow("SEL", "B3", 10).flow("B1", "SEL", 20).flow("B2", "SEL", 20)
                .flow("SND", "B1", 100).flow("B1", "SND", 100).flow("SND", "B2", 50).flow("B3", "SEL", 5)
                .oil("B1", 5, Double.NaN).oil("B2", 5, Double.NaN)
                .set(Param.DIVERSION_SHARE, 0).set(Param.ALIGNMENT_PREMIUM, 0).set(Param.OIL_EVASION_RATE, 0.1)
                .set(Param.OIL_BUYER_SHARE, 0.4);   // the arithmetic below is written for b = 0.4, not the fitted default
        t.months = 72;
        return t;
    }

    private static EventAction.ImposeSanctions energy(String sender, double intensity, boolean secondary) {
        return new EventAction.ImposeSanctions(TestScenario.spec(sender, "SEL", RegimeType.ENERGY, intensity, secondary), 0);
    }

    @Test
    void aSellerWhoseOnlyBuyerDoesNotComplyKeepsItsVolumeAndSellsAtADiscount() {
        // B1 is the only buyer; nobody complies (c0 = c1 = c2 = 0), so the market stays open and C = 0
        TestScenario t = market().oilFlow("SEL", "B1", 2.0)
                .set(Param.COMPLY_BASE, 0).set(Param.COMPLY_ALIGNMENT, 0).set(Param.COMPLY_TRADE, 0)
                .event(1, energy("SND", 1.0, true));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(36);
        assertThat(run.view().oil("SEL")).isEqualTo(2.0);
        assertThat(run.view().oilBought("SEL", "B1")).isEqualTo(2.0);
        assertThat(run.view().oilClosedShare("SEL")).isZero();
        // d = k_e I + k_c C (1 - k_m h) with I = 1, C = 0: the world price less 3%
        assertThat(run.view().oilPrice("SEL")).isCloseTo(75 * (1 - 0.03), within(1e-9));
        assertThat(run.view().oilRevenue("SEL")).isCloseTo(0.365 * 2.0 * 75 * 0.97, within(1e-9));
    }

    @Test
    void aSellerWhoseBuyersAllComplyLosesItsVolume() {
        // every third party complies (c0 = 1): at intensity 1 no buyer stays open, so no one can absorb
        TestScenario t = market().oilFlow("SEL", "B1", 1.2).oilFlow("SEL", "B2", 0.8)
                .set(Param.COMPLY_BASE, 1).event(1, energy("SND", 1.0, true));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(1);
        double before = run.view().oil("SEL");
        run.stepTo(2);
        // the takes close a quarter of the gap to zero in the first month (oil_decline_months 4)
        assertThat(run.view().oil("SEL")).isCloseTo(before * 0.75, within(1e-9));
        run.stepTo(60);
        assertThat(run.view().oil("SEL")).isLessThan(2.0 * Math.pow(0.75, 58) + 1e-12);
        assertThat(run.view().oilClosedShare("SEL")).isEqualTo(1.0);
    }

    @Test
    void anObservedNonComplianceKeepsTheOnlyBuyersVolumeWhateverTheRuleSays() {
        // the rule alone would make B1 comply (c0 = 1, p = 1); the observation complies: false fixes p = 0 (MODEL.md 3)
        TestScenario t = market().oilFlow("SEL", "B1", 2.0).set(Param.COMPLY_BASE, 1)
                .complies("B1", "SND", "SEL", false).event(1, energy("SND", 1.0, true));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(36);
        World w = run.world();
        assertThat(w.layers.complianceWith(w.idx("SND"), w.idx("SEL"), w.idx("B1"))).isZero();
        assertThat(run.view().oil("SEL")).isEqualTo(2.0);
        assertThat(run.view().oilBought("SEL", "B1")).isEqualTo(2.0);
        assertThat(run.view().oilClosedShare("SEL")).isZero();
    }

    @Test
    void anObservedComplianceStopsTheOnlyBuyerEvenWhenItIsATargetOfTheSender() {
        // the rule alone gives p = 0 twice over (c0 = c1 = c2 = 0, and B1 is itself a target of SND);
        // the observation complies: true wins and fixes p = 1, so B1 stops buying
        TestScenario t = market().oilFlow("SEL", "B1", 2.0)
                .set(Param.COMPLY_BASE, 0).set(Param.COMPLY_ALIGNMENT, 0).set(Param.COMPLY_TRADE, 0)
                .regime("SND", "B1", RegimeType.TECHNOLOGY, 0.3, false, TestScenario.START.minusYears(1))
                .complies("B1", "SND", "SEL", true).event(1, energy("SND", 1.0, true));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(1);
        assertThat(run.view().oilBought("SEL", "B1")).isEqualTo(2.0);
        run.stepTo(2);
        World w = run.world();
        assertThat(w.layers.complianceWith(w.idx("SND"), w.idx("SEL"), w.idx("B1"))).isEqualTo(1.0);
        // open share 1 - p e = 0: B1's take closes a quarter of the gap to zero in the first month (oil_decline_months 4)
        assertThat(run.view().oilBought("SEL", "B1")).isCloseTo(2.0 * 0.75, within(1e-9));
        run.stepTo(60);
        assertThat(run.view().oilBought("SEL", "B1")).isLessThan(2.0 * Math.pow(0.75, 58) + 1e-12);
    }

    @Test
    void aPriceCapRaisesTheDiscountAndDoesNotCutVolume() {
        TestScenario base = market().oilFlow("SEL", "B1", 1.0).oilFlow("SEL", "B2", 1.0);
        TestScenario capped = market().oilFlow("SEL", "B1", 1.0).oilFlow("SEL", "B2", 1.0)
                .event(2, new EventAction.ImposePriceCap("SND", "SEL", 60, 0.5));
        TestScenario.Run a = TestScenario.start(base.build(), 1).stepTo(24);
        TestScenario.Run b = TestScenario.start(capped.build(), 1).stepTo(24);
        assertThat(b.view().oil("SEL")).isEqualTo(a.view().oil("SEL"));
        // half the oil moves on the coalition's services and sells at the cap: (1 - s) p + s cap
        assertThat(b.view().oilPrice("SEL")).isCloseTo(0.5 * 75 + 0.5 * 60, within(1e-9));
        assertThat(b.view().oilDiscount("SEL")).isGreaterThan(a.view().oilDiscount("SEL")).isCloseTo(7.5, within(1e-9));
        // lifted, the price returns
        TestScenario lifted = market().oilFlow("SEL", "B1", 1.0).oilFlow("SEL", "B2", 1.0)
                .event(2, new EventAction.ImposePriceCap("SND", "SEL", 60, 0.5)).event(10, new EventAction.LiftPriceCap("SND", "SEL"));
        assertThat(TestScenario.start(lifted.build(), 1).stepTo(24).view().oilPrice("SEL")).isEqualTo(75.0);
    }

    @Test
    void revenueLeavesOnlyThroughTheOilFlowsOfBuyersWhoStoppedBuying() {
        // B1 applies an energy regime of its own and stops buying; B2 does not comply and absorbs what it can; B3 buys no oil
        TestScenario t = market().oilFlow("SEL", "B1", 1.0).oilFlow("SEL", "B2", 1.0)
                .set(Param.COMPLY_BASE, 0).set(Param.COMPLY_ALIGNMENT, 0).set(Param.COMPLY_TRADE, 0)
                .event(1, energy("B1", 1.0, false));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(48);
        World w = run.world();
        int sel = w.idx("SEL"), b1 = w.idx("B1"), b2 = w.idx("B2"), b3 = w.idx("B3");
        // the flow to a partner that buys no oil carries no oil value and keeps its reference path
        assertThat(w.ties.oilAdj[sel * w.n + b3]).isZero();
        assertThat(run.view().tradeFlow("SEL", "B3") / run.view().referenceFlow("SEL", "B3")).isCloseTo(1.0, within(1e-9));
        // the stopped buyer's oil value is gone from its flow: what is left is the non-oil part (1 - e) x
        assertThat(run.view().oilBought("SEL", "B1")).isLessThan(1e-4);
        int k1 = sel * w.n + b1;
        double e1 = w.oil.oilShare0[k1];
        assertThat(e1).isGreaterThan(0.3);
        assertThat(run.view().exports("SEL", "B1")).isCloseTo((1 - e1) * w.ties.x[k1], within(1e-3));
        // the open buyer takes more, at the discount
        assertThat(run.view().oilBought("SEL", "B2")).isGreaterThan(1.0);
        assertThat(w.ties.oilAdj[sel * w.n + b2]).isGreaterThan(0);
        // B2's oil part is its month-0 part on the reference path, scaled by its take and the realised price
        int k2 = sel * w.n + b2;
        double ratio = w.oil.q[k2] * w.oil.price[sel] / (w.oil.q0[k2] * w.oil.price0[sel]);
        assertThat(run.view().exports("SEL", "B2")).isCloseTo((1 - w.oil.oilShare0[k2]) * w.ties.x[k2]
                + w.oil.oilShare0[k2] * w.ties.xref[k2] * ratio, within(1e-9));
        // revenue is volume times the realised price
        assertThat(run.view().oilRevenue("SEL")).isCloseTo(0.365 * run.view().oil("SEL") * run.view().oilPrice("SEL"), within(1e-9));
    }

    @Test
    void absorptionCapacityGrowsLogisticallyWithTheEvasionNetwork() {
        // B1 applies the regime (its 1 mb/d is displaced); B2, open, may take up to h x 0.4 x 5 = 2h more
        TestScenario t = market().oilFlow("SEL", "B1", 1.0).oilFlow("SEL", "B2", 1.0)
                .set(Param.COMPLY_BASE, 0).set(Param.COMPLY_ALIGNMENT, 0).set(Param.COMPLY_TRADE, 0)
                .event(1, energy("B1", 1.0, false));
        TestScenario.Run run = TestScenario.start(t.build(), 1);
        double h = 0, q2 = 1.0;
        for (int month = 1; month <= 40; month++) {
            run.stepTo(month + 1);
            double absorbed = Math.min(1.0, h * 0.4 * 5);
            q2 += (1.0 + absorbed - q2) / 4;
            // the episode starts at oil_evasion_start, then h + r h (1 - h)
            h = Math.max(h, 0.01);
            h = h + 0.1 * h * (1 - h);
            assertThat(run.view().evasionMaturity("SEL")).as("maturity, month %d", month).isCloseTo(h, within(1e-12));
            assertThat(run.view().oilBought("SEL", "B2")).as("B2's take, month %d", month).isCloseTo(q2, within(1e-9));
        }
        // the closed share falls as B2 takes the barrels, and with it the discount
        assertThat(run.view().oilBought("SEL", "B2")).isGreaterThan(1.4);
    }

    @Test
    void aCrackdownCutsTheNetworksMaturityByItsFraction() {
        TestScenario t = market().oilFlow("SEL", "B1", 1.0).oilFlow("SEL", "B2", 1.0)
                .regime("SND", "SEL", RegimeType.ENERGY, 0.7, true, TestScenario.START.minusYears(2))
                .event(3, new EventAction.AdjustSanctions("SND", "SEL", RegimeType.ENERGY, 1.0, null, 0.5));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(3);
        assertThat(run.view().evasionMaturity("SEL")).as("a seller under enforcement at month 0 has a mature network").isEqualTo(1.0);
        run.stepTo(4);
        assertThat(run.view().evasionMaturity("SEL")).isCloseTo(0.5 + 0.1 * 0.5 * 0.5, within(1e-12));
    }

    @Test
    void withNoFlowsGivenTheSellersVolumeIsSplitByItsExportShares() {
        TestScenario.Run run = TestScenario.start(market().build(), 1);
        // SEL exports 40, 40 and 10: 2 mb/d split 4:4:1
        assertThat(run.view().oilBought("SEL", "B1")).isCloseTo(2.0 * 40 / 90, within(1e-12));
        assertThat(run.view().oilBought("SEL", "B3")).isCloseTo(2.0 * 10 / 90, within(1e-12));
    }
}
