package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration recovers parameters from targets the model itself generated. */
class CalibrationTest {
    @Test
    void cmaesRecoversKnownParametersFromTheModelsOwnOutput(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("tiny2023.yaml");
        Files.writeString(scenario, Files.readString(Paths.get("src/test/resources/golden/tiny.yaml")).replace("start: \"2025-01\"", "start: \"2023-01\""));
        Scenario s = ScenarioLoader.load(scenario, new ScenarioLoader.Overrides(Map.of(), 36, null)).scenario();
        List<ParameterRanges.Range> free = List.of(
                new ParameterRanges.Range(Param.WAR_COST_FIRST_YEAR, 0, 10, "test"),
                new ParameterRanges.Range(Param.OIL_OUTPUT_SHARE, 0.2, 1.0, "test"));
        double[] truth = {6.0, 0.5};
        // the scenario's policy (2025-02) and war (2025-06) fall in its third year: targets read that year
        String[][] specs = {{"gdp_growth", "AAA", "", "2025", "percent"}, {"gdp_growth", "BBB", "", "2025", "percent"},
                {"bilateral_trade_total", "BBB", "CCC", "2025", "usd_bn"}, {"exports", "BBB", "CCC", "2025", "usd_bn"},
                {"military_expenditure", "AAA", "", "2025", "usd_bn"}};
        List<Hindcast.Target> placeholders = new ArrayList<>();
        for (String[] t : specs) placeholders.add(new Hindcast.Target(t[0], t[1], t[2], t[3], 1, t[4], "model", 0));
        List<Hindcast.Scored> generated = Calibration.fit(s, placeholders, free, truth, 3, new org.entente.run.Ensemble(2, "calibration-test"));
        List<Hindcast.Target> targets = new ArrayList<>();
        for (Hindcast.Scored g : generated) {
            assertThat(g.scored()).as(g.status()).isTrue();
            Hindcast.Target t = g.target();
            targets.add(new Hindcast.Target(t.target(), t.subject(), t.partner(), t.period(), g.simulated(), t.unit(), "model", 0));
        }
        Calibration.Result r = Calibration.calibrate(s, targets, free, 3, 2, 400, 11, n -> { });
        assertThat(r.before()).as("the defaults miss the generated targets").isGreaterThan(1e-3);
        assertThat(r.after()).isLessThan(1e-6);
        assertThat(r.best()[0]).isCloseTo(truth[0], within(0.1));
        assertThat(r.best()[1]).isCloseTo(truth[1], within(0.02));
        assertThat(Hindcast.summarise(r.fitAfter()).mape()).isLessThan(Hindcast.summarise(r.fitBefore()).mape());
    }
}
