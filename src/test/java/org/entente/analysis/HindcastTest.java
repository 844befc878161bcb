package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.io.EnsembleWriter;
import org.entente.io.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hindcast's reading of periods and units, checked against sums computed from the CSVs by hand. */
class HindcastTest {
    @TempDir
    static Path out;
    static ResultSet rs;

    @BeforeAll
    static void ensemble() throws Exception {
        // the tiny golden world moved to January 2023, so that the ECB's euro rates cover it
        Path scenario = out.resolve("tiny2023.yaml");
        Files.writeString(scenario, Files.readString(Paths.get("src/test/resources/golden/tiny.yaml")).replace("start: \"2025-01\"", "start: \"2023-01\""));
        var loaded = ScenarioLoader.load(scenario, new ScenarioLoader.Overrides(Map.of(), 36, null));
        Path folder = EnsembleWriter.run(loaded, out.resolve("tiny"), new EnsembleWriter.Options(4, 2, true), EnsembleWriter.Progress.NONE).folder();
        rs = ResultSet.open(folder);
    }

    @Test
    void periodsAreCalendarYearsIndianFiscalYearsMonthsAndRanges() {
        assertThat(Hindcast.months("2023")).containsExactly(YearMonth.of(2023, 1), YearMonth.of(2023, 12));
        assertThat(Hindcast.months("FY2022-23")).containsExactly(YearMonth.of(2022, 4), YearMonth.of(2023, 3));
        assertThat(Hindcast.months("2022-02")).containsExactly(YearMonth.of(2022, 2), YearMonth.of(2022, 2));
        assertThat(Hindcast.months("2014-2015")).containsExactly(YearMonth.of(2014, 1), YearMonth.of(2015, 12));
        assertThat(Hindcast.months("sometime")).isNull();
    }

    /** Per-run monthly values of a column of a CSV, read independently of the scorer. */
    private static double[][] column(String file, int keyFrom, String key, int col, int months) throws Exception {
        double[][] v = new double[rs.runs][months];
        for (String line : Files.readAllLines(rs.folder.resolve(file)).subList(1, Files.readAllLines(rs.folder.resolve(file)).size())) {
            String[] f = line.split(",");
            String k = keyFrom == 1 ? f[3] : f[3] + ">" + f[4];
            if (!k.equals(key)) continue;
            v[Integer.parseInt(f[0])][Integer.parseInt(f[1])] = Double.parseDouble(f[col]);
        }
        return v;
    }

    private static double meanOver(double[] x, int a, int b) {
        double s = 0;
        for (int i = a; i <= b; i++) s += x[i];
        return s / (b - a + 1);
    }

    @Test
    void annualFlowsFiscalYearsMonthsGrowthAndEurosAreReadAsTheirPeriodsSay() throws Exception {
        Path csv = out.resolve("targets.csv");
        Files.writeString(csv, String.join("\n",
                "target,subject,partner,period,value,unit,source,confidence,note",
                "bilateral_trade_total,BBB,CCC,2023,60,usd_bn,test,x,\"a note, with a comma\"",
                "bilateral_trade_total,BBB,CCC,FY2023-24,60,usd_bn,test,x,",
                "exports,AAA,CCC,2025,90,eur_bn,test,x,",
                "gdp_growth,BBB,,2024,-3,percent,test,x,",
                "share_of_extra_eu_imports,BBB,CCC,2023-06,5,percent,test,x,",
                "military_expenditure,AAA,,2024,35,usd_bn,test,x,",
                "gdp_growth,BBB,,2023,1,percent,test,x,",
                "exports_lost,BBB,,2014-2015,53,usd_bn,test,x,",
                "imports,ZZZ,BBB,2023,1,usd_bn,test,x,"));
        List<Hindcast.Scored> s = Hindcast.score(Hindcast.readTargets(csv), rs);
        double[][] bc = column("dyads.csv", 2, "BBB>CCC", 5, 36), cb = column("dyads.csv", 2, "CCC>BBB", 5, 36);
        
        double[][] gdp = column("nations.csv", 1, "BBB", 4, 36), milex = column("nations.csv", 1, "AAA", 11, 36);
        double[][] imports = column("nations.csv", 1, "CCC", 7, 36);
        double year = 0, fiscal = 0, growth = 0, share = 0, mil = 0;
        for (int r = 0; r < rs.runs; r++) {
            year += meanOver(bc[r], 0, 11) + meanOver(cb[r], 0, 11);
            fiscal += meanOver(bc[r], 3, 14) + meanOver(cb[r], 3, 14);
            growth += 100 * (meanOver(gdp[r], 12, 23) / meanOver(gdp[r], 0, 11) - 1);
            share += 100 * bc[r][5] / imports[r][5];
            mil += meanOver(milex[r], 12, 23);
        }
        int n = rs.runs;
        assertThat(s.get(0).simulated()).isCloseTo(year / n, within(1e-4));
        assertThat(s.get(1).simulated()).isCloseTo(fiscal / n, within(1e-4));
        assertThat(s.get(2).simulated()).as("no ECB rate is recorded for 2025").isNaN();
        assertThat(s.get(2).status()).contains("no EUR/USD rate for 2025");
        assertThat(s.get(3).simulated()).isCloseTo(growth / n, within(1e-4));
        assertThat(s.get(4).simulated()).isCloseTo(share / n, within(1e-4));
        assertThat(s.get(5).simulated()).isCloseTo(mil / n, within(1e-4));
        assertThat(s.get(6).status()).as("2023 growth needs 2022, before the run").contains("outside the run");
        assertThat(s.get(7).status()).contains("not scored");
        assertThat(s.get(8).status()).contains("not in the scenario");
        assertThat(s.get(0).p05()).isLessThanOrEqualTo(s.get(0).simulated()).isLessThanOrEqualTo(s.get(0).p95());
        assertThat(s.get(0).errorPct()).isCloseTo(100 * (s.get(0).simulated() - 60) / 60, within(1e-9));
        Hindcast.Summary sum = Hindcast.summarise(s);
        assertThat(sum.levels()).isEqualTo(3);
        assertThat(sum.rates()).isEqualTo(2);
        List<Double> ape = new ArrayList<>();
        for (int i : new int[] {0, 1, 5}) ape.add(Math.abs(s.get(i).errorPct()));
        assertThat(sum.mape()).isCloseTo(ape.stream().mapToDouble(d -> d).average().orElseThrow(), within(1e-9));
        assertThat(sum.growth()).as("the share is a rate but not a growth rate").isEqualTo(1);
        assertThat(sum.maeGrowth()).isCloseTo(Math.abs(s.get(3).error()), within(1e-9));
        assertThat(sum.maeRates()).isCloseTo((Math.abs(s.get(3).error()) + Math.abs(s.get(4).error())) / 2, within(1e-9));
    }

    @Test
    void eurosAreConvertedAtTheEcbAnnualAverage() throws Exception {
        Path csv = out.resolve("eur.csv");
        Files.writeString(csv, "target,subject,partner,period,value,unit,source\nexports,AAA,CCC,2024,90,eur_bn,test\nexports,AAA,CCC,2024,90,usd_bn,test\n");
        List<Hindcast.Scored> s = Hindcast.score(Hindcast.readTargets(csv), rs);
        assertThat(s.get(0).simulated() * 1.0824).isCloseTo(s.get(1).simulated(), within(1e-9));
    }
}
