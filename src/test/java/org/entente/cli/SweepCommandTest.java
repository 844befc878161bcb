package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.sweep.SweepFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep and merge commands as a user types them: exit codes, messages, what is written. */
class SweepCommandTest {
    @TempDir
    Path dir;

    private Path design(String text) throws Exception {
        Path d = dir.resolve("design.yaml");
        Files.writeString(d, text);
        return d;
    }

    private CliEndToEndTest.Result sweep(String... extra) throws Exception {
        String[] base = {"sweep", SweepFixture.TINY.toString(), "--months", "6", "--threads", "2"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliEndToEndTest.cli(all);
    }

    @Test
    void shardsAndMergeFromTheCommandLineGiveTheWholeSweep() throws Exception {
        Path d = design(SweepFixture.GRID);
        CliEndToEndTest.Result full = sweep("--design", d.toString(), "--out", dir.resolve("full").toString());
        assertThat(full.code()).as(full.err()).isZero();
        assertThat(full.out()).contains("grid design over diversion_share, gdp_noise, 6 points x 3 runs, 6 months, master seed 11")
                .contains("Results written to");
        for (int k = 1; k <= 2; k++) {
            var r = sweep("--design", d.toString(), "--shard", k + "/2", "--quiet", "--out", dir.resolve("shard-" + k).toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).isEmpty();
        }
        var m = CliEndToEndTest.cli("merge", dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(),
                "--out", dir.resolve("merged").toString());
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(m.out()).startsWith("Merged 6 points from 2 folders into ");
        assertThat(SweepFixture.differences(dir.resolve("full"), dir.resolve("merged"))).isEmpty();
    }

    @Test
    void aBadDesignExitsWith2AndWritesNothing() throws Exception {
        Path d = design("method: grid\nruns: 0\nparameters:\n  diversion_share: {min: 0.5, max: 2, steps: 3}\n");
        var r = sweep("--design", d.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(d + ":2:7: runs: must be in [1, 100000], but was 0")
                .contains(d + ":4:36: parameters.diversion_share.max: must be in [0, 1], the allowed range of diversion_share, but was 2")
                .contains("2 problems in the design: the sweep was not run.");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void commandLineErrorsExitWith2() throws Exception {
        Path d = design(SweepFixture.GRID);
        Path out = dir.resolve("out");
        assertThat(sweep("--design", d.toString(), "--shard", "0/3", "--out", out.toString()).err())
                .contains("command line: --shard: must be K/N with 1 <= K <= N <= 100000, but was 0/3");
        assertThat(sweep("--design", d.toString(), "--shard", "3/2", "--out", out.toString()).code()).isEqualTo(2);
        assertThat(sweep("--design", d.toString(), "--engine", "dask", "--out", out.toString()).err())
                .contains("--engine: must be local or spark, but was \"dask\"");
        assertThat(sweep("--design", d.toString(), "--master", "local[2]", "--out", out.toString()).err())
                .contains("--master: only with --engine spark");
        var set = sweep("--design", d.toString(), "--set", "gdp_noise=2", "--out", out.toString());
        assertThat(set.code()).isEqualTo(2);
        assertThat(set.err()).contains("--set gdp_noise: the design varies this parameter");
        assertThat(sweep("--design", dir.resolve("none.yaml").toString(), "--out", out.toString()).code()).isEqualTo(2);
        assertThat(CliEndToEndTest.cli("sweep", SweepFixture.TINY.toString()).code()).as("--design is required").isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anOutFolderOfOtherFilesIsRefused() throws Exception {
        Path d = design(SweepFixture.GRID);
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(papers.resolve("notes.txt"), "mine");
        var r = sweep("--design", d.toString(), "--out", papers.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a sweep folder");
        assertThat(Files.readString(papers.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void mergeErrorsExitWith2() throws Exception {
        Path d = design(SweepFixture.GRID);
        assertThat(sweep("--design", d.toString(), "--shard", "1/2", "--quiet", "--out", dir.resolve("s1").toString()).code()).isZero();
        var missing = CliEndToEndTest.cli("merge", dir.resolve("s1").toString(), "--out", dir.resolve("m").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("points missing from the inputs: 1, 3, 5 (3 of 6)").contains("nothing written.");
        var twice = CliEndToEndTest.cli("merge", dir.resolve("s1").toString(), dir.resolve("s1").toString(), "--out", dir.resolve("m").toString());
        assertThat(twice.err()).contains(dir.resolve("s1") + ": given twice");
        var notSweep = CliEndToEndTest.cli("merge", dir.toString(), "--out", dir.resolve("m").toString());
        assertThat(notSweep.code()).isEqualTo(2);
        assertThat(CliEndToEndTest.cli("merge", dir.resolve("s1").toString()).code()).as("--out is required").isEqualTo(2);
        assertThat(Files.exists(dir.resolve("m"))).isFalse();
    }
}
