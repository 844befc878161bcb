package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.entente.cli.CliHarness;
import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario as a function of its parameters, the ranges it is varied over, and the sensitivity command. */
class ScenarioModelTest {
    private static final Path TINY = Paths.get("src/test/resources/golden/tiny.yaml");

    @Test
    void aPointIsTheMeanOfItsRunsAndDoesNotDependOnThreads() {
        Scenario s = ScenarioLoader.load(TINY).scenario();
        var gdp = ScenarioModel.Metric.parse("gdp:AAA:2025-12", s);
        ScenarioModel model = new ScenarioModel(s, List.of(Param.WAR_COST_FIRST_YEAR, Param.DIVERSION_SHARE), List.of(gdp), 3);
        double[][] points = {{3, 0.67}, {8, 0.67}, {3, 0.2}};
        double[][] one = model.evaluateAll(points, 1, i -> { });
        double[][] two = model.evaluateAll(points, 2, i -> { });
        assertThat(two).isDeepEqualTo(one);
        // the war costs AAA growth (BBB has its own cost in the file): a higher first-year cost means a lower GDP
        assertThat(one[1][0]).isLessThan(one[0][0]);
        assertThat(model.evaluate(points[0])[0]).isCloseTo(one[0][0], within(1e-12));
    }

    @Test
    void metricsAreCheckedAgainstTheScenario() {
        Scenario s = ScenarioLoader.load(TINY).scenario();
        assertThatThrownBy(() -> ScenarioModel.Metric.parse("gdp:ZZZ:2025-06", s)).hasMessageContaining("unknown actor");
        assertThatThrownBy(() -> ScenarioModel.Metric.parse("wealth:BBB:2025-06", s)).hasMessageContaining("unknown metric");
        assertThatThrownBy(() -> ScenarioModel.Metric.parse("gdp:BBB:2031-06", s)).hasMessageContaining("must lie within");
        assertThatThrownBy(() -> ScenarioModel.Metric.parse("gdp:BBB", s)).hasMessageContaining("METRIC:ACTOR:YYYY-MM");
    }

    @Test
    void rangesComeFromTheLiteratureOrAreLabelledAssumptions() {
        Parameters base = Parameters.defaults();
        var mil = ParameterRanges.of(Param.MILEX_MULTIPLIER, base);
        assertThat(mil.min()).isEqualTo(0.6);
        assertThat(mil.max()).isEqualTo(1.2);
        assertThat(mil.basis()).contains("0.6-1.2");
        var alpha = ParameterRanges.of(Param.ALIGNMENT_PREMIUM, base);
        assertThat(alpha.min()).isEqualTo(0.25);
        assertThat(alpha.max()).isEqualTo(0.75);
        assertThat(alpha.basis()).startsWith("assumption");
        for (var r : ParameterRanges.of(List.of(), base)) {
            assertThat(r.min()).as(r.param().key()).isLessThan(r.max()).isGreaterThanOrEqualTo(r.param().min());
            assertThat(r.max()).as(r.param().key()).isLessThanOrEqualTo(r.param().max());
        }
        assertThat(ParameterRanges.of(List.of(), base)).hasSizeGreaterThan(50);
    }

    @Test
    void theSensitivityCommandWritesItsTablesAndRanking(@TempDir Path out) throws Exception {
        var r = CliHarness.cli("sensitivity", TINY.toString(), "--method", "morris", "--trajectories", "3", "--runs", "2",
                "--vary", "war_cost_first_year,diversion_share,gdp_noise", "--metric", "gdp:AAA:2025-12", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Ranking for gdp:AAA:2025-12").contains("war_cost_first_year");
        Path folder = out.resolve("tiny-morris");
        List<String> morris = Files.readAllLines(folder.resolve("morris.csv"));
        assertThat(morris.get(0)).isEqualTo("parameter,metric,mu,mu_star,sigma,rank");
        assertThat(morris).hasSize(4);
        assertThat(morris.get(1)).startsWith("war_cost_first_year,");
        assertThat(Files.readAllLines(folder.resolve("design.csv"))).hasSize(1 + 3 * 4);
        assertThat(Files.readString(folder.resolve("ranges.csv"))).contains("diversion_share,0.5,0.85,");
        var sobol = CliHarness.cli("sensitivity", TINY.toString(), "--method", "sobol", "--samples", "16", "--bootstrap", "50",
                "--vary", "war_cost_first_year,diversion_share", "--metric", "gdp:AAA:2025-12", "--out", out.toString());
        assertThat(sobol.code()).as(sobol.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("tiny-sobol/sobol.csv")).get(0))
                .isEqualTo("parameter,metric,s1,s1_ci_low,s1_ci_high,st,st_ci_low,st_ci_high,rank");
        assertThat(CliHarness.cli("sensitivity", TINY.toString(), "--method", "fast").code()).isEqualTo(2);
        assertThat(CliHarness.cli("sensitivity", TINY.toString(), "--vary", "warp").code()).isEqualTo(2);
    }
}
