package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, diff and rerun as a user runs them. */
class AnalysisCommandsTest {
    static CliEndToEndTest.Result cli(String... args) { return CliEndToEndTest.cli(args); }

    private static void run(Path out, String scenario, String... extra) {
        String[] base = {"run", "scenarios/" + scenario + ".yaml", "--runs", "8", "--threads", "2", "--months", "14",
                "--seed", "3", "--out", out.toString(), "--quiet"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliEndToEndTest.Result r = cli(args);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void compareFindsMaximumPressureInIransOilWithPairedTests(@TempDir Path out) throws Exception {
        run(out, "baseline-2025");
        run(out, "us-maximum-pressure");
        CliEndToEndTest.Result r = cli("compare", out.resolve("baseline-2025").toString(), out.resolve("us-maximum-pressure").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Common random numbers").contains("IRN oil_exports_mbd 2026-02:").contains("p < 0.001");
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        assertThat(rows.get(0)).isEqualTo("metric,actor,month,n_a,n_b,mean_a,mean_b,diff,diff_ci_low,diff_ci_high,p_value,"
                + "p_rank,p_adjusted,effect_size,significant,test");
        String oil = rows.stream().filter(l -> l.startsWith("oil_exports_mbd,IRN,2025-12,")).findFirst().orElseThrow();
        String[] f = oil.split(",");
        assertThat(Double.parseDouble(f[7])).as("diff").isLessThan(-0.3);
        assertThat(f[14]).isEqualTo("true");
        assertThat(f[15]).isEqualTo("paired_t+wilcoxon");
        // year-end months and the final month only
        assertThat(rows.stream().skip(1).map(l -> l.split(",")[2]).distinct()).containsExactly("2025-12", "2026-02");

        CliEndToEndTest.Result welch = cli("compare", out.resolve("baseline-2025").toString(),
                out.resolve("us-maximum-pressure").toString(), "--unpaired", "--out", out.resolve("w.csv").toString());
        assertThat(welch.code()).isZero();
        assertThat(Files.readAllLines(out.resolve("w.csv")).get(1)).endsWith("welch_t+mann_whitney");

        CliEndToEndTest.Result dyads = cli("compare", "--dyads", out.resolve("baseline-2025").toString(),
                out.resolve("us-maximum-pressure").toString());
        assertThat(dyads.code()).as(dyads.err()).isZero();
        List<String> d = Files.readAllLines(out.resolve("comparison-dyads.csv"));
        assertThat(d.get(0)).startsWith("metric,from,to,month,n_a");
        assertThat(d).anyMatch(l -> l.startsWith("exports,IRN,CHN,2025-12,"));
    }

    @Test
    void compareRefusesIncompatibleFoldersUnlessForced(@TempDir Path out, @TempDir Path other) throws Exception {
        run(out, "baseline-2025");
        CliEndToEndTest.Result shorter = cli("run", "scenarios/baseline-2025.yaml", "--runs", "3", "--months", "12",
                "--out", other.toString(), "--quiet");
        assertThat(shorter.code()).isZero();
        CliEndToEndTest.Result r = cli("compare", out.resolve("baseline-2025").toString(), other.resolve("baseline-2025").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("months differ").contains("--force");
        CliEndToEndTest.Result forced = cli("compare", "--force", out.resolve("baseline-2025").toString(),
                other.resolve("baseline-2025").toString(), "--out", out.resolve("f.csv").toString());
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Different seeds").contains("Warning (--force)");
        assertThat(cli("compare", out.toString(), other.toString()).code()).isEqualTo(2);
    }

    @Test
    void diffListsWhatAPolicyScenarioChanges() {
        CliEndToEndTest.Result r = cli("diff", "scenarios/baseline-2025.yaml", "scenarios/us-rapprochement.yaml");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("+ event 2025-06 set_policy rapprochement USA->IRN (over 12 months)");
        CliEndToEndTest.Result same = cli("diff", "scenarios/baseline-2025.yaml", "scenarios/baseline-2025.yaml");
        assertThat(same.out()).contains("no differences");
        assertThat(cli("diff", "scenarios/baseline-2025.yaml", "scenarios/none.yaml").code()).isEqualTo(2);
    }

    @Test
    void rerunReproducesAnEnsembleAndSaysWhatDiffers(@TempDir Path out) throws Exception {
        run(out, "tighter-sanctions", "--set", "diversion_share=0.4");
        Path manifest = out.resolve("tighter-sanctions/manifest.json");
        CliEndToEndTest.Result r = cli("rerun", manifest.toString(), "--threads", "1");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("8 runs, every CSV byte-identical");
        Path events = out.resolve("tighter-sanctions/events.csv");
        Files.writeString(events, Files.readString(events).replace("0,6,2025-07", "0,6,2025-08"));
        CliEndToEndTest.Result changed = cli("rerun", manifest.toString());
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains("events.csv: first differs at line");
    }

    @Test
    void hindcastAndCalibrateRejectBadArgumentsWithTwo() {
        String scenario = "scenarios/hindcast/russia-2021.yaml", targets = "data/hindcast/russia-2021-targets.csv";
        assertThat(cli("hindcast", scenario, "--targets", "nope.csv").code()).isEqualTo(2);
        assertThat(cli("hindcast", scenario, "--targets", targets, "--runs", "1").code()).isEqualTo(2);
        CliEndToEndTest.Result free = cli("calibrate", scenario, "--targets", targets, "--free", "warp_factor");
        assertThat(free.code()).isEqualTo(2);
        assertThat(free.err()).contains("--free: unknown parameter");
        CliEndToEndTest.Result range = cli("calibrate", scenario, "--targets", targets, "--free", "milex_multiplier",
                "--range", "milex_multiplier=2:1");
        assertThat(range.code()).isEqualTo(2);
        assertThat(range.err()).contains("--range milex_multiplier: must be MIN < MAX");
        assertThat(cli("calibrate", scenario, "--targets", targets, "--free", "milex_multiplier", "--range", "war_cost_later=0:2")
                .err()).contains("not one of the --free parameters");
    }
}
