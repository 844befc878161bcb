package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.model.Param;
import org.junit.jupiter.api.Test;

/** The points of grid, Latin hypercube and Sobol designs. */
class DesignPointsTest {
    private static Design design(Design.Method m, int samples, Design.Dimension... dims) {
        return new Design(m, samples, 1, null, Design.SeedRule.COMMON, List.of(dims));
    }

    @Test
    void aGridIsTheCartesianProductWithTheFirstParameterSlowest() {
        Design d = design(Design.Method.GRID, 0, Design.Dimension.steps(Param.DIVERSION_SHARE, 0.5, 0.8, 3),
                Design.Dimension.values(Param.GDP_NOISE, List.of(1.0, 2.5)));
        double[][] p = d.points(1);
        assertThat(d.size()).isEqualTo(6);
        assertThat(p).hasNumberOfRows(6);
        double[] shares = {0.5, 0.5 + 0.3 / 2, 0.8};
        Set<List<Double>> seen = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            assertThat(p[i][0]).isEqualTo(shares[i / 2]);
            assertThat(p[i][1]).isEqualTo(i % 2 == 0 ? 1.0 : 2.5);
            seen.add(List.of(p[i][0], p[i][1]));
        }
        assertThat(seen).hasSize(6);
        assertThat(p[5][0]).as("the last step is exactly max").isEqualTo(0.8);
    }

    @Test
    void aLatinHypercubeHasOneSamplePerStratumInEveryDimension() {
        int n = 37;
        Design d = design(Design.Method.LHS, n, Design.Dimension.range(Param.DIVERSION_SHARE, 0.5, 0.85),
                Design.Dimension.range(Param.OIL_PRICE, 40, 120), Design.Dimension.range(Param.BETA_ENERGY, -2, -0.5));
        double[][] p = d.points(42);
        assertThat(p).hasNumberOfRows(n);
        for (int j = 0; j < 3; j++) {
            Design.Dimension dim = d.parameters().get(j);
            boolean[] hit = new boolean[n];
            for (double[] row : p) {
                double u = (row[j] - dim.min()) / (dim.max() - dim.min());
                assertThat(u).isBetween(0.0, 1.0);
                int stratum = Math.min(n - 1, (int) Math.floor(u * n));
                assertThat(hit[stratum]).as("dimension %d stratum %d holds two points", j, stratum).isFalse();
                hit[stratum] = true;
            }
        }
        assertThat(d.points(42)).isDeepEqualTo(p);
        assertThat(d.points(43)).isNotEqualTo(p);
    }

    @Test
    void sobolPointsStayWithinTheBoundsAndSkipTheCorner() {
        Design d = design(Design.Method.SOBOL, 64, Design.Dimension.range(Param.DIVERSION_SHARE, 0.5, 0.85),
                Design.Dimension.range(Param.OIL_PRICE, 40, 120));
        double[][] p = d.points(1);
        assertThat(p).hasNumberOfRows(64);
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] row : p) {
            assertThat(row[0]).isGreaterThanOrEqualTo(0.5).isLessThan(0.85);
            assertThat(row[1]).isGreaterThanOrEqualTo(40).isLessThan(120);
            distinct.add(List.of(row[0], row[1]));
        }
        assertThat(distinct).hasSize(64);
        assertThat(p[0]).containsExactly(0.5 + 0.5 * 0.35, 80.0);
        assertThat(d.points(99)).as("Sobol points do not depend on the seed").isDeepEqualTo(p);
    }

    @Test
    void shardsPartitionThePoints() {
        Set<Integer> all = new HashSet<>();
        for (int k = 1; k <= 8; k++) {
            for (int i : new Shard(k, 8).points(21)) {
                assertThat(i % 8).isEqualTo(k - 1);
                assertThat(all.add(i)).isTrue();
            }
        }
        assertThat(all).hasSize(21);
        assertThat(new Shard(3, 8).points(21)).containsExactly(2, 10, 18);
        assertThat(new Shard(5, 8).points(3)).isEmpty();
        assertThat(Shard.parse(" 3/8 ")).isEqualTo(new Shard(3, 8));
    }

    @Test
    void seedsDependOnlyOnMasterPointAndRun() {
        assertThat(Sweep.seed(Design.SeedRule.COMMON, 5, 0, 2)).isEqualTo(Sweep.seed(Design.SeedRule.COMMON, 5, 9, 2))
                .isEqualTo(org.entente.engine.Seeds.runSeed(5, 2));
        assertThat(Sweep.seed(Design.SeedRule.INDEPENDENT, 5, 0, 2)).isNotEqualTo(Sweep.seed(Design.SeedRule.INDEPENDENT, 5, 1, 2));
        assertThat(Sweep.seed(Design.SeedRule.INDEPENDENT, 5, 3, 2))
                .isEqualTo(org.entente.engine.Seeds.runSeed(org.entente.engine.Seeds.runSeed(5, 3), 2));
    }

    @Test
    void valuesAreWrittenAtFullPrecisionWithoutExponent() {
        assertThat(SweepFiles.value(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(SweepFiles.value(1e-7)).isEqualTo("0.0000001");
        assertThat(SweepFiles.value(100.0)).isEqualTo("100");
        assertThat(SweepFiles.value(-0.0)).isEqualTo("0");
        assertThat(Double.parseDouble(SweepFiles.value(Math.PI))).isEqualTo(Math.PI);
    }
}
