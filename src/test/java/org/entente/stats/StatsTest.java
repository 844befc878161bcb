package org.entente.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The statistics against published reference values, tolerances stated per check: Welch's
 * example from the Welch's t-test literature (t = -2.46, df = 24.99, p = 0.021), R's sleep
 * data (paired t = -4.0621, df = 9, p = 0.002833, CI -2.4599 to -0.7001; Welch t = -1.8608,
 * df = 17.776, p = 0.07939), R's p.adjust(c(.01,.04,.03,.005), "holm") and quantile type 7.
 */
class StatsTest {
    static final double[] A1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
    static final double[] A2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
    static final double[] SLEEP1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] SLEEP2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void welchMatchesTheTextbookExample() {
        // b against a: A1 - A2 in the textbook is a = A2, b = A1
        Stats.Test t = Stats.welch(A2, A1);
        assertThat(t.t()).isCloseTo(-2.46, within(0.005));
        assertThat(t.df()).isCloseTo(24.99, within(0.01));
        assertThat(t.p()).isCloseTo(0.021, within(0.001));
    }

    @Test
    void welchMatchesRsSleepData() {
        Stats.Test t = Stats.welch(SLEEP2, SLEEP1);
        assertThat(t.t()).isCloseTo(-1.8608, within(1e-4));
        assertThat(t.df()).isCloseTo(17.776, within(1e-3));
        assertThat(t.p()).isCloseTo(0.07939, within(1e-5));
        assertThat(t.ciLow()).isCloseTo(-3.3654832, within(1e-6));
        assertThat(t.ciHigh()).isCloseTo(0.2054832, within(1e-6));
        // Mann-Whitney by normal approximation; R's continuity-corrected value is 0.069
        assertThat(t.pRank()).isBetween(0.05, 0.09);
    }

    @Test
    void pairedMatchesRsSleepData() {
        Stats.Test t = Stats.paired(SLEEP2, SLEEP1);
        assertThat(t.diff()).isCloseTo(-1.58, within(1e-12));
        assertThat(t.t()).isCloseTo(-4.0621, within(1e-4));
        assertThat(t.df()).isEqualTo(9);
        assertThat(t.p()).isCloseTo(0.002833, within(1e-6));
        assertThat(t.ciLow()).isCloseTo(-2.4598858, within(1e-6));
        assertThat(t.ciHigh()).isCloseTo(-0.7001142, within(1e-6));
        assertThat(t.pRank()).isLessThan(0.05);
    }

    @Test
    void holmMatchesRsPAdjust() {
        assertThat(Stats.holm(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
        double[] withNaN = Stats.holm(new double[] {0.01, Double.NaN, 0.5});
        assertThat(withNaN[0]).isCloseTo(0.02, within(1e-12));
        assertThat(withNaN[1]).isNaN();
        assertThat(withNaN[2]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void hedgesGCorrectsCohensDForSmallSamples() {
        double[] a = {1, 2, 3, 4, 5}, b = {3, 4, 5, 6, 7};
        // d = 2 / sqrt(2.5) = 1.264911; J = 1 - 3 / (4 * 10 - 9) = 0.903226
        assertThat(Stats.hedgesG(a, b)).isCloseTo(1.264911 * (1 - 3.0 / 31), within(1e-6));
        assertThat(Stats.hedgesG(b, a)).isCloseTo(-1.264911 * (1 - 3.0 / 31), within(1e-6));
    }

    @Test
    void summaryUsesStudentTAndTypeSevenPercentiles() {
        double[] x = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        Stats.Summary s = Stats.summarise(x);
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.sd()).isCloseTo(3.0276504, within(1e-7));
        // t(0.975, 9) = 2.2621572
        assertThat(s.ciHigh() - s.mean()).isCloseTo(2.2621572 * 3.0276504 / Math.sqrt(10), within(1e-6));
        assertThat(s.p05()).isCloseTo(1.45, within(1e-12));
        assertThat(s.p50()).isCloseTo(5.5, within(1e-12));
        assertThat(s.p95()).isCloseTo(9.55, within(1e-12));
        assertThat(Stats.summarise(new double[] {4}).sd()).isNaN();
    }

    @Test
    void pairingDetectsASmallEffectThatWelchMisses() {
        // common random numbers: both samples share a large run-to-run spread, the effect is small
        Random rng = new Random(20250117);
        int n = 20;
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) {
            double shared = 100 + 10 * rng.nextGaussian();
            a[i] = shared + 0.5 * rng.nextGaussian();
            b[i] = shared + 0.8 + 0.5 * rng.nextGaussian();
        }
        assertThat(Stats.paired(a, b).p()).isLessThan(0.001);
        assertThat(Stats.welch(a, b).p()).isGreaterThan(0.5);
        assertThat(Stats.holm(new double[] {Stats.paired(a, b).p()})[0]).isLessThan(0.05);
    }

    @Test
    void identicalSamplesWithoutSpreadAreAnExactDifference() {
        double[] a = {1, 1, 1}, b = {2, 2, 2};
        assertThat(Stats.welch(a, b).p()).isZero();
        assertThat(Stats.welch(a, a).p()).isEqualTo(1.0);
        assertThat(Stats.paired(a, b).p()).isZero();
        assertThat(Stats.paired(a, b).ciLow()).isEqualTo(1.0);
    }
}
