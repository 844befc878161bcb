package org.entente.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Saltelli/Jansen indices against analytic values. Ishigami (a = 7, b = 0.1 on [-pi, pi]^3):
 * S1 = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437); with N = 8192 every estimate is
 * asserted within 0.03 (measured errors at most 0.0010), the 95% bootstrap intervals (500
 * replicates) are asserted to contain at least 5 of the 6 true values (measured: all 6, for
 * each of 40 bootstrap seeds tried) and to be between 0.005 and 0.1 wide (measured 0.020 to
 * 0.059; 0.017 to 0.066 over the 40 seeds). Linear f = sum c_i x_i + 1000 (the offset checks
 * the centring): S_i = S_Ti = c_i^2 var_i / sum_j c_j^2 var_j, asserted within 0.005 at
 * N = 4096 (measured errors at most 1e-4), and exactly 0 for the inert factor.
 */
class SobolTest {
    static final double A = 7, B = 0.1;
    static final List<Factor> ISHIGAMI = List.of(
            new Factor("x1", -Math.PI, Math.PI), new Factor("x2", -Math.PI, Math.PI), new Factor("x3", -Math.PI, Math.PI));

    static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** Analytic partial variances of Ishigami: S1 and ST for x1..x3. */
    static double[][] ishigamiTruth() {
        double pi4 = Math.pow(Math.PI, 4), pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2), v2 = A * A / 8, v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    @Test
    void analyticIshigamiValuesMatchTheLiterature() {
        double[][] t = ishigamiTruth();
        assertThat(t[0]).containsExactly(new double[] {0.3139, 0.4424, 0}, within(1e-4));
        assertThat(t[1]).containsExactly(new double[] {0.5576, 0.4424, 0.2437}, within(1e-4));
    }

    @Test
    void ishigamiIndicesAndIntervals() {
        Sobol.Design d = Sobol.design(ISHIGAMI, 8192);
        double[][] y = Model.scalar(SobolTest::ishigami).evaluateAll(d.points());
        Sobol.Result r = Sobol.analyse(d, y, Sobol.DEFAULT_BOOTSTRAP, 42);
        double[][] truth = ishigamiTruth();
        int covered = 0;
        for (int i = 0; i < 3; i++) {
            Sobol.Indices s = r.get(0, i);
            assertThat(s.factor()).isEqualTo("x" + (i + 1));
            assertThat(s.s1()).isCloseTo(truth[0][i], within(0.03));
            assertThat(s.st()).isCloseTo(truth[1][i], within(0.03));
            if (s.s1Low() <= truth[0][i] && truth[0][i] <= s.s1High()) covered++;
            if (s.stLow() <= truth[1][i] && truth[1][i] <= s.stHigh()) covered++;
            assertThat(s.s1Low()).isLessThanOrEqualTo(s.s1High());
            assertThat(s.stLow()).isLessThanOrEqualTo(s.stHigh());
            assertThat(s.s1High() - s.s1Low()).isBetween(0.005, 0.1);
            assertThat(s.stHigh() - s.stLow()).isBetween(0.005, 0.1);
        }
        assertThat(covered).isGreaterThanOrEqualTo(5);
        double pi4 = Math.pow(Math.PI, 4);
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi4 * pi4 / 18 + 0.5;
        assertThat(r.variance().get(0)).isCloseTo(v, within(0.05 * v));
    }

    @Test
    void linearModelIndicesAreTheVarianceShares() {
        List<Factor> factors = List.of(new Factor("a", 0, 1), new Factor("b", -2, 2), new Factor("c", 10, 16), new Factor("d", 0, 5));
        double[] c = {2, -1, 0.5, 0};
        double[] share = new double[4];
        double total = 0;
        for (int i = 0; i < 4; i++) total += share[i] = c[i] * c[i] * Math.pow(factors.get(i).range(), 2) / 12;
        Sobol.Design d = Sobol.design(factors, 4096);
        double[][] y = Model.scalar(x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3] + 1000).evaluateAll(d.points());
        Sobol.Result r = Sobol.analyse(d, y, 200, 7);
        for (int i = 0; i < 4; i++) {
            Sobol.Indices s = r.get(0, i);
            assertThat(s.s1()).isCloseTo(share[i] / total, within(0.005));
            assertThat(s.st()).isCloseTo(share[i] / total, within(0.005));
        }
        // the inert factor's A_B^(i) runs equal the A runs exactly: its indices are exactly 0
        assertThat(r.get(0, 3).s1()).isZero();
        assertThat(r.get(0, 3).st()).isZero();
        assertThat(r.get(0, 3).stLow()).isZero();
        assertThat(r.get(0, 3).stHigh()).isZero();
    }

    @Test
    void designLayoutFollowsTheDocumentedOrder() {
        List<Factor> factors = List.of(new Factor("p", 1, 3), new Factor("q", -5, 5));
        int n = 64;
        Sobol.Design d = Sobol.design(factors, n);
        assertThat(d.size()).isEqualTo(n * 4);
        double[][] u = d.unitPoints();
        // the first point (all zeros) of the sequence is skipped: row 0 is its second point, (1/2, ..., 1/2)
        assertThat(u[d.rowA(0)]).containsExactly(0.5, 0.5);
        assertThat(u[d.rowB(0)]).containsExactly(0.5, 0.5);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < 2; i++) {
                double[] ab = u[d.rowAB(i, j)];
                for (int c = 0; c < 2; c++) assertThat(ab[c]).isEqualTo(c == i ? u[d.rowB(j)][c] : u[d.rowA(j)][c]);
            }
        }
        for (int r = 0; r < d.size(); r++)
            for (int c = 0; c < 2; c++) {
                assertThat(u[r][c]).isBetween(0.0, 1.0);
                assertThat(d.points()[r][c]).isEqualTo(factors.get(c).min() + u[r][c] * factors.get(c).range());
            }
        // deterministic
        assertThat(Sobol.design(factors, n).points()).isDeepEqualTo(d.points());
    }

    @Test
    void analysisIsDeterministicAndOutputsAreIndependent() {
        Sobol.Design d = Sobol.design(ISHIGAMI, 512);
        Model both = x -> new double[] {ishigami(x), x[0] * x[1]};
        double[][] y = both.evaluateAll(d.points());
        Sobol.Result r1 = Sobol.analyse(d, y, 100, 3), r2 = Sobol.analyse(d, y, 100, 3);
        assertThat(r1).isEqualTo(r2);
        double[] first = new double[y.length], second = new double[y.length];
        for (int r = 0; r < y.length; r++) {
            first[r] = y[r][0];
            second[r] = y[r][1];
        }
        assertThat(Sobol.analyse(d, first, 100, 3)).isEqualTo(r1.outputs().get(0));
        assertThat(Sobol.analyse(d, second, 100, 3)).isEqualTo(r1.outputs().get(1));
        assertThat(Sobol.analyse(d, y, 100, 4)).isNotEqualTo(r1);
    }

    @Test
    void undefinedAndInvalidCases() {
        Sobol.Design d = Sobol.design(ISHIGAMI, 16);
        Sobol.Indices flat = Sobol.analyse(d, new double[d.size()], 10, 1).get(0);
        assertThat(flat.s1()).isNaN();
        assertThat(flat.st()).isNaN();
        assertThat(flat.s1Low()).isNaN();
        Sobol.Indices noBoot = Sobol.analyse(d, Model.scalar(SobolTest::ishigami).evaluateAll(d.points()), 0, 1).get(0, 0);
        assertThat(noBoot.s1()).isFinite();
        assertThat(noBoot.s1Low()).isNaN();
        assertThatThrownBy(() -> Sobol.analyse(d, new double[d.size() - 1], 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sobol.design(ISHIGAMI, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sobol.design(List.of(), 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sobol.design(List.of(new Factor("a", 0, 1), new Factor("a", 0, 2)), 16))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
