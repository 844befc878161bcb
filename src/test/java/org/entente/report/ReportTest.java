package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command: escaping, nothing loaded from the network, the comparison, PNGs, errors. */
class ReportTest {
    @TempDir
    static Path dir;
    static Path hostile, baseline, tighter;

    @BeforeAll
    static void runScenarios() throws Exception {
        hostile = ReportFixtures.run(dir.resolve("h"), ReportFixtures.hostileScenario(dir), "--runs", "3", "--months", "24");
        String[] short6 = {"--runs", "6", "--threads", "2", "--months", "14", "--seed", "3"};
        baseline = ReportFixtures.run(dir.resolve("r"), Path.of("scenarios/baseline-2025.yaml"), short6);
        tighter = ReportFixtures.run(dir.resolve("r"), Path.of("scenarios/tighter-sanctions.yaml"), short6);
    }

    private static String report(String... args) throws Exception {
        ReportFixtures.Result r = ReportFixtures.report(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Report written to");
        Matcher m = Pattern.compile("Report written to (.+)").matcher(r.out());
        assertThat(m.find()).isTrue();
        return Files.readString(Path.of(m.group(1).strip()), StandardCharsets.UTF_8);
    }

    @Test
    void everythingFromTheScenarioIsEscaped() throws Exception {
        String html = report(hostile.toString());
        for (String raw : List.of("<script>alert", "<img src", "<svg onload", "<a href=\"http", "</style><script>", "<b>bold</b>",
                ReportFixtures.NAME, ReportFixtures.ACTOR, ReportFixtures.TREATY, ReportFixtures.TRADE_SOURCE)) {
            assertThat(html).as("raw payload").doesNotContain(raw);
        }
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; world &amp; &quot;friends&quot;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp;amp; it&#39;s &lt;b&gt;bold&lt;/b&gt;.")
                .contains("Iran&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
                .contains("https://evil.example/x.js &quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;a href=&quot;http://evil.example&quot;&gt;click&lt;/a&gt;")
                .contains("&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("javascript:alert(3)")
                .contains("Pact, &quot;&gt;&lt;svg onload=alert(4)&gt;; not yet in force");
        // inside the SVG charts too: the accessible name and the drawn title of Iran's charts
        assertThat(html).contains("<title>Iran&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; (IRN): GDP")
                .contains(">Iran&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; (IRN): GDP</text>");
        // one script element, ours, and no element with an event-handler attribute
        assertThat(Pattern.compile("(?i)<script").matcher(html).results().count()).isEqualTo(1);
        assertThat(html).contains("<script>(function () {");
        assertThat(Pattern.compile("(?i)<[a-z][^>]*\\son[a-z]+\\s*=").matcher(html).find()).isFalse();
        assertThat(html).contains("<title>Entente report: &lt;script&gt;alert(1)&lt;/script&gt; world");
    }

    @Test
    void escapeHandlesEveryCharacterThatMatters() {
        assertThat(Html.esc("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(Html.esc("x\u0000y\u001bz")).isEqualTo("x\uFFFDy\uFFFDz");
        assertThat(Html.esc("plain text \u00e9")).isEqualTo("plain text \u00e9");
        assertThat(Html.esc(null)).isEmpty();
    }

    /** No src, href, url() or import that points anywhere outside the page. */
    static void assertOffline(String html) {
        assertThat(Pattern.compile("(?i)\\b(src|href|xlink:href|action|formaction|poster|data|background)\\s*=\\s*[\"']?\\s*"
                + "(https?:|//|ftp:|javascript:|data:)").matcher(html).find()).as("external reference in an attribute").isFalse();
        assertThat(html).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<object").doesNotContainIgnoringCase("<embed").doesNotContainIgnoringCase("<use")
                .doesNotContainIgnoringCase("<image").doesNotContainIgnoringCase("<base");
        assertThat(Pattern.compile("(?i)<script[^>]*\\ssrc").matcher(html).find()).isFalse();
        // every href is an anchor within the page
        Matcher href = Pattern.compile("(?i)\\shref\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (href.find()) assertThat(href.group(1)).startsWith("#");
        // the policy forbids loading anything
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void theReportLoadsNothingFromTheNetwork() throws Exception {
        assertOffline(report(hostile.toString(), "--out", dir.resolve("offline-h.html").toString()));
        String html = report(baseline.toString(), "--compare", tighter.toString(), "--out", dir.resolve("offline.html").toString());
        assertOffline(html);
        // the shipped scenarios cite no addresses, and the inline SVG carries no namespace URL
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void theComparisonHasItsTableAndSummary() throws Exception {
        Path out = dir.resolve("cmp/report.html");
        String html = report(baseline.toString(), "--compare", tighter.toString(), "--out", out.toString());
        assertThat(html).contains("<title>Entente report: Tighter Western sanctions on Russia and Iran (from July 2025) compared with "
                + "Baseline 2025: no new policy</title>");
        assertThat(html).contains("<section id=\"comparison\">").contains("<div class=\"summary\">")
                .contains("Under tighter-sanctions, ").contains(" than in baseline-2025 (95% CI ")
                .contains("Both ensembles used the same seeds");
        assertThat(html).contains("<section id=\"numbers\">").contains("<table class=\"cmp\">")
                .contains("Largest significant effects in the final month").contains("<tr class=\"sig\">");
        // Iran's oil revenue falls under the tighter sanctions (China, its buyer, does not comply, so the discount does it:
        // MODEL.md 6): a highlighted row in the final month (2026-02)
        Matcher row = Pattern.compile("<tr class=\"sig\"><td>Iran <span class=\"unit\">IRN</span></td><td>Oil revenue[^\\n]*"
                + "\u2212[0-9.]+ \\(\u2212[0-9.]+%\\)").matcher(html);
        assertThat(row.find()).as("significant fall of Iran's oil revenue").isTrue();
        // B's band is overlaid on the same charts
        assertThat(html).contains("B: tighter-sanctions (6 runs)").contains("fill=\"" + org.entente.view.Palette.SERIES_2.css() + "\" fill-opacity=\"0.22\"");
        // events of both, tagged
        assertThat(html).contains("<span class=\"tag b\">B</span>");
        assertThat(html).contains("End, 2026-02 \u2014 B: tighter-sanctions, run 0").doesNotContain("NaN");
    }

    @Test
    void theSingleRunReportDrawsLinesAndAllParts() throws Exception {
        Path single = ReportFixtures.run(dir.resolve("single"), Path.of("docs/examples/small-world.yaml"), "--months", "18");
        ReportFixtures.Result r = ReportFixtures.report(single.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path file = single.resolve("report.html");
        assertThat(file).exists();
        String html = Files.readString(file);
        assertThat(html).contains("One run: the line is that run.").contains("<section id=\"network\">")
                .contains("<section id=\"events\">").contains("<section id=\"sources\">").contains("Rounded from scenarios/baseline-2025.yaml")
                .contains("adjust sanctions").doesNotContain("<section id=\"comparison\">").doesNotContain("NaN");
        // written atomically: no temporary file left beside it
        try (Stream<Path> s = Files.list(single)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void pngFilesAreWrittenForSlides() throws Exception {
        Path png = dir.resolve("slides");
        ReportFixtures.Result r = ReportFixtures.report(baseline.toString(), "--compare", tighter.toString(), "--actors", "IRN,RUS",
                "--png", png.toString(), "--out", dir.resolve("png.html").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("PNG files written to");
        Set<String> names = new HashSet<>();
        try (Stream<Path> s = Files.list(png)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertThat(names).contains("gdp-IRN.png", "gdp-RUS.png", "oil_exports_mbd-IRN.png", "alignment_east-RUS.png",
                "network-start.png", "network-end.png", "network-end-tighter-sanctions.png").noneMatch(n -> n.contains("CHN"));
        for (String name : names) {
            Path p = png.resolve(name);
            assertThat(Files.size(p)).as(name).isPositive();
            BufferedImage img = ImageIO.read(p.toFile());
            assertThat(img).as(name).isNotNull();
            assertThat(img.getWidth()).as(name).isGreaterThanOrEqualTo(1600);
            Set<Integer> colours = new HashSet<>();
            long ink = 0;
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    int rgb = img.getRGB(x, y) & 0xffffff;
                    colours.add(rgb);
                    if (rgb != 0xffffff) ink++;
                }
            }
            assertThat(colours.size()).as(name + " distinct colours").isGreaterThan(10);
            assertThat(ink).as(name + " pixels that are not white").isGreaterThan(1000);
        }
    }

    @Test
    void badInputIsExitCodeTwoWithOneLine() throws Exception {
        ReportFixtures.Result missing = ReportFixtures.report(dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("no such folder").doesNotContain("\n");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        ReportFixtures.Result notResults = ReportFixtures.report(empty.toString());
        assertThat(notResults.code()).isEqualTo(2);
        assertThat(notResults.err().strip()).contains("not a results folder").doesNotContain("\n");

        ReportFixtures.Result file = ReportFixtures.report(baseline.resolve("nations.csv").toString());
        assertThat(file.code()).isEqualTo(2);

        ReportFixtures.Result actor = ReportFixtures.report(baseline.toString(), "--actors", "IRN,XYZ", "--out",
                dir.resolve("x.html").toString());
        assertThat(actor.code()).isEqualTo(2);
        assertThat(actor.err()).contains("unknown actor 'XYZ'");

        ReportFixtures.Result metric = ReportFixtures.report(baseline.toString(), "--metrics", "gdp,happiness", "--out",
                dir.resolve("x.html").toString());
        assertThat(metric.code()).isEqualTo(2);
        assertThat(metric.err()).contains("unknown metric 'happiness'");

        ReportFixtures.Result incompatible = ReportFixtures.report(baseline.toString(), "--compare", hostile.toString(), "--out",
                dir.resolve("x.html").toString());
        assertThat(incompatible.code()).isEqualTo(2);
        assertThat(incompatible.err().strip()).contains("--force").doesNotContain("\n");
        assertThat(dir.resolve("x.html")).doesNotExist();

        ReportFixtures.Result singleRun = ReportFixtures.report(baseline.toString(), "--compare",
                ReportFixtures.run(dir.resolve("one"), Path.of("scenarios/tighter-sanctions.yaml"), "--months", "14").toString(),
                "--out", dir.resolve("x.html").toString());
        assertThat(singleRun.code()).isEqualTo(2);
        assertThat(singleRun.err()).contains("holds a single run");

        ReportFixtures.Result outFolder = ReportFixtures.report(baseline.toString(), "--out", empty.toString());
        assertThat(outFolder.code()).isEqualTo(2);
        assertThat(outFolder.err()).contains("is a folder");
        ReportFixtures.Result pngFile = ReportFixtures.report(baseline.toString(), "--png", baseline.resolve("nations.csv").toString(),
                "--out", dir.resolve("x.html").toString());
        assertThat(pngFile.code()).isEqualTo(2);
        assertThat(pngFile.err()).contains("is a file");
    }
}
