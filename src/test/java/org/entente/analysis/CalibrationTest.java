package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.entente.io.ScenarioLoader;
import org.entente.run.Ensemble;
import org.entente.model.Param;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibration recovers parameters from targets the model itself generated, fitted jointly to two episodes. */
class CalibrationTest {
    static final String HEADER = "metric,kind,subject,partner,period,base_period,value,unit,source,confidence,note\n";

    static List<Hindcast.Target> targets(Path f, String rows) throws Exception {
        Files.writeString(f, HEADER + rows);
        return Hindcast.readTargets(f);
    }

    /** The same targets with the observed values replaced by what the model gives at {@code x}. */
    static List<Hindcast.Target> generated(List<Hindcast.Scored> scored) {
        return scored.stream().map(g -> {
            Hindcast.Target t = g.target();
            return new Hindcast.Target(t.metric(), t.kind(), t.subject(), t.partner(), t.period(), t.base(), g.simulated(), t.unit(),
                    t.source(), t.confidence(), t.note(), t.counterfactual(), t.file(), t.line());
        }).toList();
    }

    @Test
    void cmaesRecoversKnownParametersFromTheModelsOwnOutputAcrossTwoEpisodes(@TempDir Path dir) throws Exception {
        // the tiny golden world moved back four years, out of the out-of-sample months from 2025 on
        Path golden = dir.resolve("tiny2021.yaml");
        Files.writeString(golden, Files.readString(Paths.get("src/test/resources/golden/tiny.yaml")).replace("\"2025-", "\"2021-"));
        Scenario war = ScenarioLoader.load(golden).scenario();
        Scenario tiny = ScenarioLoader.load(Paths.get("src/test/resources/hindcast/tiny-episode.yaml")).scenario();
        List<ParameterRanges.Range> free = List.of(
                new ParameterRanges.Range(Param.WAR_COST_FIRST_YEAR, 0, 10, "test"),
                new ParameterRanges.Range(Param.OIL_OUTPUT_SHARE, 0.2, 1.0, "test"));
        double[] truth = {6.0, 0.5};
        // the policy (2021-02) and the war (2021-06) fall in the run's only year: its growth is against the start world
        List<Hindcast.Target> warTargets = targets(dir.resolve("war.csv"), String.join("\n",
                "gdp,growth,AAA,,2021,,1,percent,model,official,", "gdp,growth,BBB,,2021,,1,percent,model,reported,",
                "trade_total,level,BBB,CCC,2021,,1,usd_bn,model,official,", "exports,level,BBB,CCC,2021,,1,usd_bn,model,estimate,",
                "milex,level,AAA,,2021,,1,usd_bn,model,official,", ""));
        List<Hindcast.Target> tinyTargets = targets(dir.resolve("tiny.csv"), "gdp,growth,AAA,,2012,,1,percent,model,official,\n");
        List<List<Hindcast.Scored>> truthScores;
        try (Ensemble ensemble = new Ensemble(2, "test")) {
            truthScores = Calibration.fit(List.of(new Episode("war", war, warTargets, Map.of(), CurrencyRates.NONE),
                    new Episode("tiny", tiny, tinyTargets, Map.of(), CurrencyRates.NONE)), free, truth, 3, ensemble);
        }
        List<Episode> episodes = List.of(new Episode("war", war, generated(truthScores.get(0)), Map.of(), CurrencyRates.NONE),
                new Episode("tiny", tiny, generated(truthScores.get(1)), Map.of(), CurrencyRates.NONE));
        Calibration.Result r = Calibration.calibrate(episodes, free, 3, 2, 400, 11, n -> { });
        assertThat(r.before()).as("the defaults miss the generated targets").isGreaterThan(1e-3);
        assertThat(r.after()).isLessThan(1e-6);
        assertThat(r.best()[0]).isCloseTo(truth[0], within(0.1));
        assertThat(r.best()[1]).isCloseTo(truth[1], within(0.02));
        assertThat(r.share(0, false) + r.share(1, false)).isCloseTo(1, within(1e-9));
        assertThat(r.share(0, false)).as("the tiny episode has no war and no oil: neither parameter moves it").isCloseTo(1, within(1e-9));
        assertThat(Hindcast.summarise(r.fitAfter().get(0)).levelMape()).isLessThan(Hindcast.summarise(r.fitBefore().get(0)).levelMape());
    }
}
