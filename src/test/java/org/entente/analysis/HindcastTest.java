package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.entente.io.EnsembleWriter;
import org.entente.io.ScenarioLoader;
import org.entente.run.Ensemble;
import org.entente.model.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring of every period form and every target kind, on a synthetic episode whose answers
 * are known in closed form (src/test/resources/hindcast/tiny-episode.yaml): no noise, no policy,
 * Alpha grows at exactly 12% a year from a start GDP of 1000, so its GDP in month k (k = 0 for
 * January 2011) is 1000 * 1.12^((k + 1) / 12): the record of month 0 already holds one month
 * of growth. Beta stands still at 500; its only imports are Alpha's exports. The counterfactual
 * is the same world with Alpha not growing (GDP 1000 throughout).
 */
class HindcastTest {
    static final Path EPISODE = Paths.get("src/test/resources/hindcast/tiny-episode.yaml");
    static final Path COUNTERFACTUAL = Paths.get("src/test/resources/hindcast/tiny-episode-cf.yaml");
    static final double TOL = 1e-4;
    static final String HEADER = "metric,kind,subject,partner,period,base_period,value,unit,source,confidence,note\n";

    @TempDir
    static Path dir;
    static Scenario scenario, counterfactual;
    static CurrencyRates rates;

    @BeforeAll
    static void load() throws Exception {
        scenario = ScenarioLoader.load(EPISODE).scenario();
        counterfactual = ScenarioLoader.load(COUNTERFACTUAL).scenario();
        Path r = dir.resolve("rates.csv");
        Files.writeString(r, "\uFEFFcurrency,year,usd_per_unit,source\nEUR,2011,1.25,synthetic\nEUR,2012,1.5,synthetic\n");
        rates = CurrencyRates.read(r);
    }

    /** Alpha's GDP in month k. */
    static double gdp(int k) { return 1000 * Math.pow(1.12, (k + 1) / 12.0); }

    static double meanGdp(int a, int b) {
        double s = 0;
        for (int k = a; k <= b; k++) s += gdp(k);
        return s / (b - a + 1);
    }

    static List<Hindcast.Target> targets(String name, String rows) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + rows);
        return Hindcast.readTargets(f);
    }

    static List<Hindcast.Scored> score(List<Hindcast.Target> t) {
        assertThat(Hindcast.check(t, scenario, Map.of(COUNTERFACTUAL, counterfactual), rates)).isEmpty();
        try (Ensemble ensemble = new Ensemble(2, "test")) {
            return new Episode("tiny", scenario, t, Map.of(COUNTERFACTUAL, counterfactual), rates).score(2, s -> s, ensemble);
        }
    }

    @Test
    void periodsAreYearsFiscalYearsQuartersMonthsAndRanges() {
        assertThat(Hindcast.Period.parse("2013")).isEqualTo(new Hindcast.Period("2013", YearMonth.of(2013, 1), YearMonth.of(2013, 12)));
        assertThat(Hindcast.Period.parse("FY2012-13").from()).isEqualTo(YearMonth.of(2012, 4));
        assertThat(Hindcast.Period.parse("FY2012-13").to()).isEqualTo(YearMonth.of(2013, 3));
        assertThat(Hindcast.Period.parse("FY1999-00").to()).isEqualTo(YearMonth.of(2000, 3));
        assertThat(Hindcast.Period.parse("2013-Q2").from()).isEqualTo(YearMonth.of(2013, 4));
        assertThat(Hindcast.Period.parse("2013-Q2").to()).isEqualTo(YearMonth.of(2013, 6));
        assertThat(Hindcast.Period.parse("2012-07").months()).isEqualTo(1);
        assertThat(Hindcast.Period.parse("2012-07..2013-02").months()).isEqualTo(8);
        assertThat(Hindcast.Period.parse("2014-2015").months()).isEqualTo(24);
        for (String bad : new String[] {"FY2012-14", "2012-13", "2013-Q5", "2012-12..2012-07", "2015-2014", "sometime", ""}) {
            assertThat(Hindcast.Period.parse(bad)).as(bad).isNull();
        }
    }

    @Test
    void levelsOfEveryPeriodFormAreTheMeansOfTheirMonths() throws Exception {
        List<Hindcast.Scored> s = score(targets("levels.csv", String.join("\n",
                "gdp,level,AAA,,2011,,1000,usd_bn,test,official,",
                "gdp,level,AAA,,FY2011-12,,1000,usd_bn,test,official,",
                "gdp,level,AAA,,2012-Q2,,1000,usd_bn,test,official,",
                "gdp,level,AAA,,2012-07,,1000,usd_bn,test,official,",
                "gdp,level,AAA,,2012-07..2012-12,,1000,usd_bn,test,official,",
                "gdp,level,AAA,,2011-2012,,1000,usd_bn,test,official,",
                "oil_exports_mbd,level,AAA,,2013,,2,mbd,test,official,",
                "trade_total,level,AAA,BBB,2011-01,,150,usd_bn,test,official,",
                "imports,level,BBB,AAA,2012,,1,usd_bn,test,official,",
                "imports,level,BBB,,2012,,1,usd_bn,test,official,",
                "")));
        assertThat(s.get(0).simulated()).isCloseTo(meanGdp(0, 11), within(TOL));
        assertThat(s.get(1).simulated()).isCloseTo(meanGdp(3, 14), within(TOL));
        assertThat(s.get(2).simulated()).isCloseTo(meanGdp(15, 17), within(TOL));
        assertThat(s.get(3).simulated()).isCloseTo(gdp(18), within(TOL));
        assertThat(s.get(4).simulated()).isCloseTo(meanGdp(18, 23), within(TOL));
        assertThat(s.get(5).simulated()).isCloseTo(meanGdp(0, 23), within(TOL));
        assertThat(s.get(6).simulated()).as("oil volume unchanged").isCloseTo(2, within(1e-9));
        assertThat(s.get(7).simulated()).as("the start flows, 100 + 50").isCloseTo(150, within(1e-9));
        assertThat(s.get(8).simulated()).as("the pair's imports are Beta's only imports").isCloseTo(s.get(9).simulated(), within(1e-9));
        assertThat(s.get(0).errorPct()).isCloseTo(100 * (meanGdp(0, 11) - 1000) / 1000, within(1e-6));
        assertThat(s.get(6).inside()).isTrue();
        assertThat(s.get(0).inside()).as("no noise: the band is a point").isFalse();
    }

    @Test
    void growthComparesYearMeansAndTheFirstYearComparesWithTheStartWorld() throws Exception {
        List<Hindcast.Scored> s = score(targets("growth.csv", String.join("\n",
                "gdp,growth,AAA,,2011,,6,percent,test,official,first year: against the start figure 1000",
                "gdp,growth,AAA,,2012,,12,percent,test,official,",
                "milex,growth,AAA,,2011,,6,percent,test,official,start figure 20",
                "gdp,growth,BBB,,2012,,1,percent,test,official,",
                "gdp,change,AAA,,2013,2011,25,percent,test,official,",
                "gdp,change,AAA,,2012-07,2011,25,percent,test,official,",
                "gdp,change,AAA,,2011,2010,-5,percent,test,official,the base is the start world",
                "")));
        assertThat(s.get(0).simulated()).as("mean of 1.12^(j/12), j = 1..12, over the start 1000").isCloseTo(100 * (meanGdp(0, 11) / 1000 - 1), within(TOL));
        assertThat(s.get(0).simulated()).isCloseTo(6.3875, within(1e-3));
        assertThat(s.get(1).simulated()).as("every month is 1.12 times the same month a year before").isCloseTo(12, within(TOL));
        assertThat(s.get(2).simulated()).as("military spending is a fixed share of GDP").isCloseTo(s.get(0).simulated(), within(TOL));
        assertThat(s.get(3).simulated()).isCloseTo(0, within(1e-9));
        assertThat(s.get(3).signRight()).as("0 against +1").isFalse();
        assertThat(s.get(4).simulated()).isCloseTo(100 * (1.12 * 1.12 - 1), within(TOL));
        assertThat(s.get(5).simulated()).isCloseTo(100 * (gdp(18) / meanGdp(0, 11) - 1), within(TOL));
        assertThat(s.get(6).simulated()).isCloseTo(s.get(0).simulated(), within(TOL));
        assertThat(s.get(6).signRight()).isFalse();
        assertThat(s.get(1).signRight()).isTrue();
    }

    @Test
    void sharesEffectsAndCurrenciesAreConvertedAsTheFormatSays() throws Exception {
        List<Hindcast.Scored> s = score(targets("other.csv", String.join("\n",
                "exports,share,AAA,BBB,2012,,90,percent,test,official,Beta buys only from Alpha",
                "gdp,effect,AAA,,2012,,150,usd_bn,test,estimate,\"Alpha's growth, counterfactual=" + COUNTERFACTUAL + "\"",
                "gdp,level,AAA,,2011,,800,eur_bn,test,official,",
                "gdp,level,AAA,,FY2011-12,,800,eur_bn,test,official,nine months at 1.25 and three at 1.5",
                "sanctioned_trade_share,level,AAA,,2011,,0,percent,test,official,",
                "")));
        assertThat(s.get(0).simulated()).isCloseTo(100, within(1e-9));
        assertThat(s.get(1).simulated()).as("scenario minus counterfactual (GDP 1000)").isCloseTo(meanGdp(12, 23) - 1000, within(TOL));
        assertThat(s.get(2).simulated()).isCloseTo(meanGdp(0, 11) / 1.25, within(TOL));
        assertThat(s.get(3).simulated()).isCloseTo(meanGdp(3, 14) / ((9 * 1.25 + 3 * 1.5) / 12), within(TOL));
        assertThat(s.get(4).simulated()).isCloseTo(0, within(1e-12));
    }

    @Test
    void weightsComeFromConfidenceAndEnterTheObjective() throws Exception {
        List<Hindcast.Scored> s = score(targets("weights.csv", String.join("\n",
                "gdp,level,BBB,,2011,,400,usd_bn,test,official,",
                "gdp,level,BBB,,2011,,400,usd_bn,test,reported,",
                "gdp,level,BBB,,2011,,400,usd_bn,test,estimate,",
                "gdp,growth,BBB,,2012,,2,percent,test,reported,",
                "")));
        // relative error (500 - 400) / 400 = 0.25; growth error -2 points in units of 2 points = -1
        assertThat(s.stream().map(Hindcast::weightedSquaredError).toList())
                .containsExactly(0.0625, 0.03125, 0.015625, 0.5);
        Hindcast.Summary m = Hindcast.summarise(s);
        assertThat(m.objective()).isCloseTo(0.0625 + 0.03125 + 0.015625 + 0.5, within(1e-12));
        assertThat(Calibration.objective(s)).isEqualTo(m.objective());
        assertThat(m.levelMape()).isCloseTo(25, within(1e-9));
        assertThat(m.growthMae()).isCloseTo(2, within(1e-9));
        assertThat(m.levels()).isEqualTo(3);
        assertThat(m.signs()).isEqualTo(1);
        assertThat(m.signsRight()).isZero();
    }

    @Test
    void aResultsFolderScoresAsTheRunsInMemoryDo() throws Exception {
        List<Hindcast.Target> t = targets("folder.csv", String.join("\n",
                "gdp,growth,AAA,,2011,,6,percent,test,official,",
                "trade_total,level,AAA,BBB,2012,,150,usd_bn,test,official,",
                "alignment,level,AAA,BBB,2012-Q3,,0.5,index,test,official,",
                ""));
        Path folder = EnsembleWriter.run(ScenarioLoader.load(EPISODE), dir.resolve("out"), new EnsembleWriter.Options(2, 1, true),
                EnsembleWriter.Progress.NONE).folder();
        List<Hindcast.Scored> read = Hindcast.score(t, Hindcast.Series.read(ResultSet.open(folder), t, scenario), Map.of(), rates);
        List<Hindcast.Scored> memory = score(t);
        for (int i = 0; i < t.size(); i++) assertThat(read.get(i).simulated()).isCloseTo(memory.get(i).simulated(), within(1e-5));
    }

    /** The problems of a targets file, each "file:line: reason". */
    static List<String> problems(String rows) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, HEADER + rows);
        try {
            return Hindcast.check(Hindcast.readTargets(f), scenario, Map.of(), rates).stream().map(Hindcast.Problem::toString).toList();
        } catch (Hindcast.TargetsException e) {
            return e.problems().stream().map(Hindcast.Problem::toString).toList();
        }
    }

    @Test
    void aTargetThatCannotBeScoredIsAnErrorNamingItsRow() throws Exception {
        String f = dir.resolve("bad.csv").toString();
        assertThat(problems("gdp,level,AAA,,2014,,1,usd_bn,test,official,\n"))
                .containsExactly(f + ":2: period: 2014 lies outside the run (2011-01 to 2013-12)");
        assertThat(problems("gdp,growth,AAA,,2011-Q1,,1,percent,test,official,\n")).singleElement().asString()
                .startsWith(f + ":2: period: a growth is the change of a calendar year's mean");
        assertThat(problems("gdp,change,AAA,,2012,2009,1,percent,test,official,\n")).singleElement().asString()
                .startsWith(f + ":2: base_period: 2009, which lies outside the run");
        assertThat(problems("warp,level,AAA,,2012,,1,usd_bn,test,official,\n")).singleElement().asString()
                .startsWith(f + ":2: metric: must be a column of nations.csv");
        assertThat(problems("gdp,level,ZZZ,,2012,,1,usd_bn,test,official,\n"))
                .containsExactly(f + ":2: subject: ZZZ is not an actor of Tiny hindcast episode");
        assertThat(problems("gdp,level,AAA,,2013,,1,eur_bn,test,official,\n"))
                .containsExactly(f + ":2: unit: no EUR rate for 2013 in " + dir.resolve("rates.csv"));
        assertThat(problems("gdp,level,AAA,,2012,,1,mbd,test,official,\n")).singleElement().asString()
                .startsWith(f + ":2: unit: gdp is in usd_bn, so the unit must be a currency");
        assertThat(problems("gdp,effect,AAA,,2012,,1,usd_bn,test,official,no counterfactual here\n")).singleElement().asString()
                .startsWith(f + ":2: note: an effect must name its counterfactual");
        assertThat(problems("gdp,level,AAA,,2012,,1,usd_bn,,sure,\n"))
                .containsExactly(f + ":2: source: must not be empty", f + ":2: confidence: must be official, reported or estimate, but was \"sure\"");
        assertThat(problems("gdp,level,AAA,,2012,2011,1,usd_bn,test,official,\n")).singleElement().asString()
                .startsWith(f + ":2: base_period: only a change has one");
        assertThat(problems("gdp,forecast,AAA,,2012,,1,usd_bn,test,official,\n")).singleElement().asString()
                .startsWith(f + ":2: kind: must be level, growth, change, share or effect");
        assertThat(problems("alignment,share,AAA,BBB,2012,,1,percent,test,official,\n")).singleElement().asString()
                .startsWith(f + ":2: unit: a share is of exports");
        assertThat(problems("gdp,level,AAA,,2012,,1,usd_bn,test,official,\ngdp,level,AAA,,2012,,x,usd_bn,test,official,\n"))
                .containsExactly(f + ":3: value: must be a number, but was \"x\"");
    }

    @Test
    void outOfSamplePeriodsAreNeverTargets() throws Exception {
        String f = dir.resolve("bad.csv").toString();
        assertThat(problems("gdp,level,IRN,,2019,,1,usd_bn,test,official,\n")).first().asString()
                .isEqualTo(f + ":2: period: 2019 is kept for out-of-sample tests (Iran 2018-2020, every month from 2025-01): never a target");
        assertThat(problems("exports,level,CHN,IRN,2017-2018,,1,usd_bn,test,official,\n")).first().asString().contains("out-of-sample");
        assertThat(problems("gdp,level,AAA,,2024-07..2025-01,,1,usd_bn,test,official,\n")).first().asString().contains("out-of-sample");
        assertThat(problems("gdp,level,IRN,,2017,,1,usd_bn,test,official,\n")).as("2017 is in sample: only the scenario refuses it")
                .anySatisfy(p -> assertThat(p).contains("not an actor")).noneSatisfy(p -> assertThat(p).contains("out-of-sample"));
    }

    @Test
    void theFirstFormatIsRefusedWithAPointerToTheSecond() throws Exception {
        Path f = dir.resolve("old.csv");
        Files.writeString(f, "target,subject,partner,period,value,unit,source\ngdp_growth,RUS,,2022,-1.2,percent,x\n");
        assertThatThrownBy(() -> Hindcast.readTargets(f)).isInstanceOf(Hindcast.TargetsException.class)
                .hasMessageStartingWith(f + ":1: this is the first targets format");
    }

    @Test
    void aCurrencyTableRowThatIsWrongIsNamed() throws Exception {
        Path f = dir.resolve("badrates.csv");
        Files.writeString(f, "currency,year,usd_per_unit,source\nEUR,2011,-1,x\n");
        assertThatThrownBy(() -> CurrencyRates.read(f)).hasMessage(f + ":2: usd_per_unit: must be > 0, but was -1");
        Files.writeString(f, "currency,year,usd_per_unit,source\nEUR,2011,1.1,\n");
        assertThatThrownBy(() -> CurrencyRates.read(f)).hasMessage(f + ":2: source: must not be empty");
    }
}
