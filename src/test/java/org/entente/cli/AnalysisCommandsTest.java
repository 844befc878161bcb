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
        assertThat(r.out()).contains("Common random numbers").contains("IRN oil_revenue 2026-02:").contains("p < 0.001");
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        assertThat(rows.get(0)).isEqualTo("metric,actor,month,n_a,n_b,mean_a,mean_b,diff,diff_ci_low,diff_ci_high,p_value,"
                + "p_rank,p_adjusted,effect_size,significant,test");
        // China, Iran's buyer, does not comply (a US target), so maximum pressure works through the discount (MODEL.md 6)
        String oil = rows.stream().filter(l -> l.startsWith("oil_revenue,IRN,2025-12,")).findFirst().orElseThrow();
        String[] f = oil.split(",");
        assertThat(Double.parseDouble(f[7])).as("diff").isLessThan(-2.0);
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

    static final String EPISODE = "src/test/resources/hindcast/tiny-episode.yaml";
    static final String COUNTERFACTUAL = "src/test/resources/hindcast/tiny-episode-cf.yaml";
    static final String HEADER = "metric,kind,subject,partner,period,base_period,value,unit,source,confidence,note\n";

    /** Two synthetic episodes (the tiny one and a noisy copy whose Beta grows 3% a year), their targets and a currency table. */
    static Path library(Path dir) throws Exception {
        Path ep = Files.createDirectories(dir.resolve("episodes")), tg = Files.createDirectories(dir.resolve("targets"));
        String tiny = Files.readString(Path.of(EPISODE));
        Files.writeString(ep.resolve("tiny.yaml"), tiny);
        Files.writeString(ep.resolve("tiny-cf.yaml"), Files.readString(Path.of(COUNTERFACTUAL)));
        Files.writeString(ep.resolve("beta.yaml"), tiny.replace("trend_growth: 0.0}", "trend_growth: 3.0}").replace("gdp_noise: 0", "gdp_noise: 1.5"));
        Files.writeString(tg.resolve("tiny-targets.csv"), HEADER
                + "gdp,growth,AAA,,2011,,5,percent,test,official,\n"
                + "gdp,growth,AAA,,2012,,-1,percent,test,reported,wrong sign on purpose\n"
                + "gdp,level,AAA,,FY2011-12,,800,eur_bn,test,official,\n"
                + "gdp,effect,AAA,,2012,,150,usd_bn,test,estimate,counterfactual=" + ep.resolve("tiny-cf.yaml") + "\n");
        Files.writeString(tg.resolve("beta-targets.csv"), HEADER
                + "gdp,change,BBB,,2013,2011,6,percent,test,official,\n"
                + "exports,share,AAA,BBB,2012-07..2012-12,,100,percent,test,official,\n");
        Files.writeString(dir.resolve("rates.csv"), "currency,year,usd_per_unit,source\nEUR,2011,1.25,synthetic\nEUR,2012,1.5,synthetic\n");
        return dir;
    }

    static String[] all(String verb, Path lib, String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of(verb, "--all", "--episodes", lib.resolve("episodes").toString(), "--targets-dir",
                lib.resolve("targets").toString(), "--rates", lib.resolve("rates.csv").toString(), "--runs", "2"));
        a.addAll(List.of(extra));
        if (!a.contains("--threads")) a.addAll(List.of("--threads", "2"));
        return a.toArray(String[]::new);
    }

    @Test
    void hindcastAllScoresEveryEpisodeAndWritesTheScoreboard(@TempDir Path dir) throws Exception {
        Path lib = library(dir);
        CliEndToEndTest.Result r = cli(all("hindcast", lib, "--out", dir.resolve("out").toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Hindcast of 2 episodes, 2 runs each").containsPattern("tiny\\s+4 ").containsPattern("beta\\s+2 ")
                .contains("1 of 2").containsPattern("all\\s+6 ");
        List<String> board = Files.readAllLines(dir.resolve("out/hindcast-all/scoreboard.csv"));
        assertThat(board.get(0)).isEqualTo("episode,targets,level_mape,levels,growth_mae,growth,change_mae,changes,points_mae,points,"
                + "signs_right,signs,inside_band,objective,objective_share");
        assertThat(board).hasSize(4);
        assertThat(board.get(1)).startsWith("beta,2,,0,,0,");
        assertThat(board.get(2)).startsWith("tiny,4,").contains(",1,2,");
        assertThat(board.get(3)).startsWith("all,6,");
        List<String> rows = Files.readAllLines(dir.resolve("out/hindcast-all/hindcast.csv"));
        assertThat(rows).hasSize(7);
        assertThat(rows.get(1)).startsWith("beta,gdp,change,BBB,,2013,2011,percent,official,1,6,");
        assertThat(rows.get(3)).startsWith("tiny,gdp,growth,AAA,,2011,,percent,official,1,5,6.387483,");
        // the same bytes on one thread as on two
        CliEndToEndTest.Result one = cli(all("hindcast", lib, "--out", dir.resolve("one").toString(), "--threads", "1"));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(Files.readString(dir.resolve("one/hindcast-all/hindcast.csv"))).isEqualTo(String.join("\n", rows) + "\n");
        assertThat(Files.readAllLines(dir.resolve("one/hindcast-all/scoreboard.csv"))).isEqualTo(board);
        // one unscorable row: nothing is run or written, the row is named
        Files.writeString(lib.resolve("targets/beta-targets.csv"), HEADER + "gdp,level,BBB,,2016,,500,usd_bn,test,official,\n");
        CliEndToEndTest.Result bad = cli(all("hindcast", lib, "--out", dir.resolve("bad").toString()));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(lib.resolve("targets/beta-targets.csv") + ":2: period: 2016 lies outside the run (2011-01 to 2013-12)")
                .contains("1 target cannot be scored: nothing was run.").doesNotContain("Exception");
        assertThat(dir.resolve("bad")).doesNotExist();
        // a scenario without a targets file, not named as a counterfactual, is an error
        Files.delete(lib.resolve("targets/beta-targets.csv"));
        CliEndToEndTest.Result missing = cli(all("hindcast", lib, "--out", dir.resolve("bad").toString()));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("beta.yaml: no targets file");
    }

    @Test
    void calibrateAllFitsOneParameterSetToEveryEpisodeAndReportsTheirShares(@TempDir Path dir) throws Exception {
        Path lib = library(dir);
        CliEndToEndTest.Result r = cli(all("calibrate", lib, "--free", "gdp_noise", "--max-evaluations", "10", "--out",
                dir.resolve("cal").toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Fitting gdp_noise to 2 episodes").containsPattern("beta\\s+\\S+ \\(\\d+%\\)")
                .containsPattern("tiny\\s+\\S+ \\(\\d+%\\)");
        assertThat(Files.readString(dir.resolve("cal/parameters.yaml"))).contains("parameters:\n  gdp_noise: ");
        List<String> fit = Files.readAllLines(dir.resolve("cal/fit.csv"));
        assertThat(fit).hasSize(7);
        assertThat(fit.get(1)).startsWith("beta,gdp,change,BBB,");
    }

    @Test
    void hindcastOfOneScenarioStillTakesTargetsAndWritesHindcastCsv(@TempDir Path dir) throws Exception {
        Path lib = library(dir);
        CliEndToEndTest.Result r = cli("hindcast", lib.resolve("episodes/tiny.yaml").toString(), "--targets",
                lib.resolve("targets/tiny-targets.csv").toString(), "--rates", lib.resolve("rates.csv").toString(), "--runs", "2",
                "--out", dir.resolve("one").toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("one/tiny/hindcast.csv"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4)).startsWith("gdp,effect,AAA,,2012,,usd_bn,estimate,0.25,150,");
        assertThat(dir.resolve("one/tiny/nations.csv")).exists();
    }

    @Test
    void hindcastAndCalibrateRejectBadArgumentsWithTwo(@TempDir Path dir) throws Exception {
        Path lib = library(dir);
        String scenario = lib.resolve("episodes/tiny.yaml").toString(), targets = lib.resolve("targets/tiny-targets.csv").toString();
        assertThat(cli("hindcast", scenario, "--targets", "nope.csv").code()).isEqualTo(2);
        assertThat(cli("hindcast", scenario, "--targets", targets, "--runs", "1").code()).isEqualTo(2);
        assertThat(cli("hindcast", scenario).err()).contains("give SCENARIO --targets FILE, or --all");
        assertThat(cli("hindcast", "--all", scenario).err()).contains("give no SCENARIO");
        CliEndToEndTest.Result noRate = cli("hindcast", scenario, "--targets", targets, "--rates", dir.resolve("none.csv").toString());
        assertThat(noRate.code()).isEqualTo(2);
        assertThat(noRate.err()).contains(targets + ":4: unit: no EUR rate for 2011 in " + dir.resolve("none.csv") + " (no such file)");
        CliEndToEndTest.Result free = cli("calibrate", scenario, "--targets", targets, "--free", "warp_factor");
        assertThat(free.code()).isEqualTo(2);
        assertThat(free.err()).contains("--free: unknown parameter");
        CliEndToEndTest.Result range = cli("calibrate", scenario, "--targets", targets, "--rates", lib.resolve("rates.csv").toString(),
                "--free", "milex_multiplier", "--range", "milex_multiplier=2:1");
        assertThat(range.code()).isEqualTo(2);
        assertThat(range.err()).contains("--range milex_multiplier: must be MIN < MAX");
        assertThat(cli("calibrate", scenario, "--targets", targets, "--rates", lib.resolve("rates.csv").toString(), "--free", "milex_multiplier",
                "--range", "war_cost_later=0:2").err()).contains("not one of the --free parameters");
    }
}
