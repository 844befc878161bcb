package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.entente.io.Csv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quantities of model 2.0 in the report: the tariffs in force (dyads.csv), financial stress
 * (nations.csv), and results folders written before those columns existed.
 */
class ReportQuantitiesTest {
    @TempDir
    static Path dir;
    static Path baseline, russia;

    @BeforeAll
    static void runScenarios() {
        baseline = ReportFixtures.run(dir.resolve("b"), Path.of("scenarios/baseline-2025.yaml"),
                "--runs", "3", "--threads", "2", "--months", "6", "--seed", "5");
        // 2021-01 to 2022-12: the financial sanctions of 2022 on Russia
        russia = ReportFixtures.run(dir.resolve("r"), Path.of("scenarios/hindcast/russia-2021.yaml"),
                "--runs", "3", "--threads", "2", "--months", "24", "--seed", "5");
    }

    private static String report(String... args) throws Exception {
        ReportFixtures.Result r = ReportFixtures.report(args);
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = Pattern.compile("Report written to (.+)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return Files.readString(Path.of(m.group(1).strip()), StandardCharsets.UTF_8);
    }

    /** The mean over runs of dyads.csv's tariff on from→to in the month, a missing row counting as zero. */
    private static double meanTariff(Path folder, String from, String to, String month, int runs) throws Exception {
        double sum = 0;
        try (Csv t = Csv.open(folder.resolve("dyads.csv"))) {
            int cf = t.column("from"), ct = t.column("to"), cm = t.column("month"), cx = t.column("tariff");
            for (String[] f; (f = t.next()) != null; ) {
                if (f[cf].equals(from) && f[ct].equals(to) && f[cm].equals(month)) sum += t.number(f, cx);
            }
        }
        return sum / runs;
    }

    @Test
    void theTariffsInForceAreListedWithTheirMeanRate() throws Exception {
        String html = report(baseline.toString(), "--out", dir.resolve("tariffs.html").toString());
        assertThat(html).contains("<section id=\"tariffs\">").contains("<a href=\"#tariffs\">Tariffs</a>");
        String section = html.substring(html.indexOf("<section id=\"tariffs\">"), html.indexOf("</section>", html.indexOf("<section id=\"tariffs\">")));
        // the baseline's US tariffs on China: the USA taxes its imports from China, the flow CHN -> USA
        double usOnChina = meanTariff(baseline, "CHN", "USA", "2025-06", 3);
        assertThat(usOnChina).as("the baseline has US tariffs on China").isPositive();
        assertThat(section).contains("<tr><td>United States <span class=\"unit\">USA</span></td><td>China <span class=\"unit\">CHN</span></td>"
                + "<td class=\"n\">" + String.format(Locale.ROOT, "%.1f%%", 100 * usOnChina) + "</td></tr>");
        double chinaOnUs = meanTariff(baseline, "USA", "CHN", "2025-06", 3);
        assertThat(section).contains("<tr><td>China <span class=\"unit\">CHN</span></td><td>United States <span class=\"unit\">USA</span></td>"
                + "<td class=\"n\">" + String.format(Locale.ROOT, "%.1f%%", 100 * chinaOnUs) + "</td></tr>");
        // only pairs above zero: as many rows as such pairs in the last month
        long rows = Pattern.compile("<tr><td>").matcher(section).results().count();
        long pairs = 0;
        try (Csv t = Csv.open(baseline.resolve("dyads.csv"))) {
            int cr = t.column("run"), cm = t.column("month"), cx = t.column("tariff");
            for (String[] f; (f = t.next()) != null; ) if (f[cr].equals("0") && f[cm].equals("2025-06") && t.number(f, cx) > 0) pairs++;
        }
        assertThat(rows).as("one row per pair with a tariff").isEqualTo(pairs);
        // the comparison shows A's and B's rates side by side
        String cmp = report(baseline.toString(), "--compare", baseline.toString(), "--out", dir.resolve("tariffs-cmp.html").toString());
        assertThat(cmp).contains("<section id=\"tariffs\">").contains("<th class=\"n\">A: baseline-2025</th>");
    }

    @Test
    void financialStressIsChartedWhereFinancialSanctionsBite() throws Exception {
        String html = report(russia.toString(), "--out", dir.resolve("russia.html").toString());
        assertThat(html).contains("<h3 id=\"m-financial_stress\">Financial stress <span class=\"unit\">share of GDP lost to financial"
                + " sanctions, fading (0.02 = 2%)</span></h3>");
        assertThat(html).contains("<figure data-actor=\"RUS\">").contains("Russia (RUS): Financial stress");
        // the chart's last value is the median of the runs' stress in 2022-12
        assertThat(html).doesNotContain("NaN");
        // the baseline has no financial sanction event: the metric is left out without a heading
        String base = report(baseline.toString(), "--out", dir.resolve("base.html").toString());
        assertThat(base).doesNotContain("m-financial_stress").doesNotContain("Financial stress");
        // asked for by name, it is drawn or named as zero throughout like any metric
        String asked = report(baseline.toString(), "--metrics", "gdp,financial_stress", "--out", dir.resolve("asked.html").toString());
        assertThat(asked).contains("<h3 id=\"m-financial_stress\">").contains("Not drawn, zero throughout");
    }

    @Test
    void theOilPriceItsDiscountAndTheRevenueAreCharted() throws Exception {
        String html = report(russia.toString(), "--out", dir.resolve("oil.html").toString());
        assertThat(html).contains("<h3 id=\"m-oil_price\">Realised oil price").contains("<h3 id=\"m-oil_revenue\">Oil revenue")
                .contains("<h3 id=\"m-oil_discount\">Oil price discount <span class=\"unit\">USD a barrel below the world price</span></h3>")
                .contains("Russia (RUS): Oil price discount");
        // the world price is the scenario's oil_price and its set_parameter events (Brent)
        ResultData d = ResultData.load(russia, List.of(Metrics.OIL_DISCOUNT), java.util.Set.of("RUS"), java.util.Set.of("2021-01", "2022-12"));
        double[] world = d.worldOilPrice();
        com.fasterxml.jackson.databind.JsonNode sc = d.scenario;
        assertThat(world[0]).isEqualTo(sc.path("parameters").path("oil_price").asDouble());
        double in2022 = Double.NaN;
        for (com.fasterxml.jackson.databind.JsonNode e : sc.path("events")) {
            if (e.path("month").asText().equals("2022-01") && e.path("parameter").asText().equals("oil_price")) in2022 = e.path("value").asDouble();
        }
        assertThat(world[12]).as("2022-01").isEqualTo(in2022);
        assertThat(world[23]).as("2022-12").isEqualTo(in2022);
        // the discount's median is the world price less the median realised price of summary.csv
        double median = Double.NaN;
        try (Csv t = Csv.open(russia.resolve("summary.csv"))) {
            int cm = t.column("metric"), ca = t.column("actor"), ct = t.column("month"), c50 = t.column("p50");
            for (String[] f; (f = t.next()) != null; ) {
                if (f[cm].equals("oil_price") && f[ca].equals("RUS") && f[ct].equals("2022-12")) median = t.number(f, c50);
            }
        }
        ResultData.Band b = d.band(Metrics.OIL_DISCOUNT, "RUS");
        assertThat(b.mid()[23]).isCloseTo(in2022 - median, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(b.mid()[23]).as("a discount by the end of 2022").isPositive();
        assertThat(b.lo()[23]).isLessThanOrEqualTo(b.mid()[23]);
        assertThat(b.hi()[23]).isGreaterThanOrEqualTo(b.mid()[23]);
    }

    /** Removes the named columns from a CSV of the folder, as a folder written before they existed would be. */
    private static void dropColumns(Path file, String... names) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<Integer> drop = new ArrayList<>();
        for (String n : names) if (header.contains(n)) drop.add(header.indexOf(n));
        assertThat(drop).as(file + " has the columns").hasSize(names.length);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(",", -1);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < f.length; i++) if (!drop.contains(i)) kept.add(f[i]);
            out.add(String.join(",", kept));
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static Path olderSchema(Path folder, String name) throws Exception {
        Path copy = dir.resolve("old").resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) if (Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".html")) Files.copy(p, copy.resolve(p.getFileName()));
        }
        dropColumns(copy.resolve("nations.csv"), "financial_stress", "oil_price", "oil_revenue");
        dropColumns(copy.resolve("dyads.csv"), "tariff");
        Path summary = copy.resolve("summary.csv");
        if (Files.exists(summary)) {
            List<String> kept = Files.readAllLines(summary).stream().filter(l -> !l.startsWith("financial_stress,") && !l.startsWith("oil_price,")
                    && !l.startsWith("oil_revenue,")).toList();
            Files.write(summary, kept, StandardCharsets.UTF_8);
        }
        return copy;
    }

    @Test
    void aFolderWithoutTheNewColumnsStillRenders() throws Exception {
        Path old = olderSchema(russia, "russia-old");
        String html = report(old.toString(), "--out", dir.resolve("old.html").toString());
        assertThat(html).contains("<section id=\"charts\">").contains("<section id=\"network\">").contains("m-gdp")
                .doesNotContain("m-financial_stress").doesNotContain("m-oil_price").doesNotContain("m-oil_discount")
                .doesNotContain("m-oil_revenue").doesNotContain("<section id=\"tariffs\">").doesNotContain("#tariffs")
                .doesNotContain("NaN");
        // a single run (no summary.csv: the bands come from nations.csv) and a comparison of two older folders
        Path single = ReportFixtures.run(dir.resolve("s"), Path.of("scenarios/baseline-2025.yaml"), "--months", "4");
        Path oldSingle = olderSchema(single, "single-old");
        assertThat(Files.exists(oldSingle.resolve("summary.csv"))).isFalse();
        assertThat(report(oldSingle.toString(), "--out", dir.resolve("old-single.html").toString()))
                .contains("m-gdp").doesNotContain("m-financial_stress").doesNotContain("<section id=\"tariffs\">");
        Path oldBase = olderSchema(baseline, "base-old");
        assertThat(report(oldBase.toString(), "--compare", oldBase.toString(), "--out", dir.resolve("old-cmp.html").toString()))
                .contains("<section id=\"numbers\">").doesNotContain("<section id=\"tariffs\">");
    }
}
