package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in headless Chromium (skipped when /usr/bin/chromium is missing): the page
 * loads, its script runs, and the browser logs no console message from it: no script error,
 * no blocked script or style (Content-Security-Policy), nothing injected from a hostile
 * scenario.
 */
class ReportChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    record Page(int code, String dom, List<String> console) { }

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " on this machine");
    }

    /** Chromium's own log lines for console messages read: [pid:tid:time:INFO:CONSOLE:line] "message", source: url (line). */
    static Page open(Path html) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve(html.getFileName() + ".dom"), err = dir.resolve(html.getFileName() + ".log");
        List<String> cmd = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", html.toUri().toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 180 s on " + html);
        }
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE") || line.contains("Uncaught")) console.add(line);
        }
        return new Page(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), console);
    }

    @Test
    void theConsoleCheckSeesAnError() throws Exception {
        // so that an empty console list below means a clean page, not an unreadable log
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><head><title>broken</title></head><body>"
                + "<script>console.error('broken page'); undefinedFunction();</script></body></html>");
        Page page = open(broken);
        assertThat(page.code()).isZero();
        assertThat(page.console()).anyMatch(l -> l.contains("broken page")).anyMatch(l -> l.contains("Uncaught"));
    }

    @Test
    void theComparisonReportOpensCleanly() throws Exception {
        String[] small = {"--runs", "4", "--threads", "2", "--months", "14", "--seed", "5"};
        Path a = ReportFixtures.run(dir.resolve("r"), Path.of("scenarios/baseline-2025.yaml"), small);
        Path b = ReportFixtures.run(dir.resolve("r"), Path.of("scenarios/us-maximum-pressure.yaml"), small);
        Path html = dir.resolve("compare.html");
        ReportFixtures.Result r = ReportFixtures.report(a.toString(), "--compare", b.toString(), "--out", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Page page = open(html);
        assertThat(page.code()).isZero();
        assertThat(page.dom()).contains("<title>Entente report: ").contains("US maximum pressure")
                .contains("data-filter=\"ready\"")              // the script ran to its end
                .contains("<fieldset id=\"actor-toggles\">");    // and un-hid the actor filter
        assertThat(page.console()).as("console messages from the page").isEmpty();
    }

    @Test
    void theHostileReportRunsNothingInjected() throws Exception {
        Path results = ReportFixtures.run(dir.resolve("h"), ReportFixtures.hostileScenario(dir), "--runs", "2", "--months", "12");
        ReportFixtures.Result r = ReportFixtures.report(results.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Page page = open(results.resolve("report.html"));
        assertThat(page.code()).isZero();
        assertThat(page.dom()).contains("data-filter=\"ready\"");
        assertThat(page.console()).as("console messages from the page").isEmpty();
        // the payloads are text in the DOM, not elements
        assertThat(page.dom()).doesNotContain("<img").doesNotContain("onerror=\"").doesNotContain("<svg onload");
    }
}
