package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.Map;

import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped policy scenarios move Iran in the direction the mechanisms imply, with common
 * random numbers: each policy run uses the baseline's seed, so the noise is the same.
 */
class PolicyScenariosTest {
    private static TestScenario.MemorySink run(String file, long seed) {
        Scenario s = ScenarioLoader.load(Paths.get("scenarios", file), new ScenarioLoader.Overrides(Map.of(), null, seed)).scenario();
        TestScenario.Run r = TestScenario.start(s, Seeds.runSeed(seed, 0));
        r.stepTo(s.months());
        return r.sink();
    }

    private static double flow(TestScenario.MemorySink s, String from, String to, int step) {
        return s.dyads.stream().filter(d -> d.from().equals(from) && d.to().equals(to) && d.step() == step)
                .findFirst().orElseThrow().exports();
    }

    private static double gdp(TestScenario.MemorySink s, int step) { return s.nation("IRN", step).gdp(); }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void policiesMoveIranAsTheMechanismsImply(long seed) {
        TestScenario.MemorySink base = run("baseline-2025.yaml", seed);
        TestScenario.MemorySink pressure = run("us-maximum-pressure.yaml", seed);
        TestScenario.MemorySink deal = run("us-rapprochement.yaml", seed);
        TestScenario.MemorySink tighter = run("tighter-sanctions.yaml", seed);
        TestScenario.MemorySink snapback = run("snapback-2025.yaml", seed);
        int y2030 = 60, end = 119;
        assertThat(gdp(pressure, end)).isLessThan(gdp(base, end));
        assertThat(gdp(tighter, end)).isLessThan(gdp(base, end));
        assertThat(gdp(snapback, end)).isLessThan(gdp(base, end));
        assertThat(gdp(deal, end)).isGreaterThan(gdp(base, end));
        assertThat(gdp(pressure, y2030)).isLessThan(gdp(base, y2030));
        // maximum pressure cuts Iran's oil exports or its oil revenue within a year (issue "Model 2.0": with the oil
        // market, China, itself a US target, does not comply, so the cut comes through the discount: MODEL.md 6)
        boolean fewerBarrels = pressure.nation("IRN", 13).oilExportsMbd() < base.nation("IRN", 13).oilExportsMbd() - 0.3;
        boolean lessRevenue = pressure.nation("IRN", 13).oilRevenue() < 0.95 * base.nation("IRN", 13).oilRevenue();
        assertThat(fewerBarrels || lessRevenue).as("oil exports or oil revenue lower under maximum pressure").isTrue();
        assertThat(pressure.nation("IRN", 13).oilRevenue()).isLessThan(base.nation("IRN", 13).oilRevenue());
        // a deal brings Iran closer to the West
        assertThat(deal.nation("IRN", end).alignmentWest()).isGreaterThan(base.nation("IRN", end).alignmentWest());
        // tighter sanctions on Russia cut its exports to the EU and divert them, so China's share of them rises
        double euBase = flow(base, "RUS", "EUU", 36), euTight = flow(tighter, "RUS", "EUU", 36);
        assertThat(euTight).isLessThan(euBase);
        assertThat(flow(tighter, "RUS", "CHN", 36) / tighter.nation("RUS", 36).exports())
                .isGreaterThan(flow(base, "RUS", "CHN", 36) / base.nation("RUS", 36).exports());
    }
}
