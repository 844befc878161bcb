package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.io.EnsembleWriter;
import org.entente.io.ScenarioException;
import org.entente.io.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep folders: their files, shards and merge byte for byte, and the errors of merge. */
class SweepTest {
    @TempDir
    Path dir;

    private Path write(Sweep s, String name, Shard shard, int threads) throws Exception {
        try (SweepEngine e = new LocalEngine(threads)) {
            return SweepWriter.write(s, dir.resolve(name), shard, e, SweepWriter.Progress.NONE).folder();
        }
    }

    @Test
    void aSweepWritesTheDesignEveryPointAndTheCombinedSummary() throws Exception {
        Sweep s = SweepFixture.sweep(dir, SweepFixture.GRID);
        Path f = write(s, "full", Shard.ALL, 2);
        assertThat(SweepFixture.files(f)).containsExactly("design.csv", "point-0000/summary.csv", "point-0001/summary.csv",
                "point-0002/summary.csv", "point-0003/summary.csv", "point-0004/summary.csv", "point-0005/summary.csv",
                "scenario.resolved.json", "sweep-summary.csv", "sweep.json");
        assertThat(Files.readAllLines(f.resolve("design.csv"))).containsExactly("point,diversion_share,gdp_noise",
                "0,0.5,1", "1,0.5,3", "2,0.675,1", "3,0.675,3", "4,0.85,1", "5,0.85,3");
        List<String> point = Files.readAllLines(f.resolve("point-0003/summary.csv"));
        assertThat(point.get(0)).isEqualTo("metric,actor,month,n,mean,sd,ci_low,ci_high,p05,p50,p95");
        assertThat(point).hasSize(1 + 16 * 3 * 8);
        List<String> all = Files.readAllLines(f.resolve("sweep-summary.csv"));
        assertThat(all.get(0)).isEqualTo("point,diversion_share,gdp_noise,metric,actor,month,n,mean,sd,ci_low,ci_high,p05,p50,p95");
        // 8 months from 2025-01: only the final month 2025-08 is kept (no December)
        assertThat(all).hasSize(1 + 6 * 16 * 3);
        assertThat(all).contains("3,0.675,3," + point.stream().filter(l -> l.startsWith("gdp,BBB,2025-08,")).findFirst().orElseThrow());
        String json = Files.readString(f.resolve("sweep.json"));
        assertThat(json).contains("\"model_version\" : \"" + org.entente.engine.EngineInfo.MODEL_VERSION + "\"", "\"master_seed\" : 11", "\"method\" : \"grid\"", "\"points\" : 6")
                .doesNotContain("threads", "started", "engine\" : \"local", "shard\" :", dir.toString());
    }

    @Test
    void aPointIsTheEnsembleOfRunWithThePointsParameters() throws Exception {
        Sweep s = SweepFixture.sweep(dir, SweepFixture.GRID);
        Path f = write(s, "full", Shard.ALL, 1);
        var loaded = ScenarioLoader.load(SweepFixture.TINY,
                new ScenarioLoader.Overrides(Map.of("diversion_share", "0.675", "gdp_noise", "3"), 8, 11L));
        Path run = EnsembleWriter.run(loaded, dir.resolve("run"), new EnsembleWriter.Options(3, 1, false), EnsembleWriter.Progress.NONE).folder();
        assertThat(Files.mismatch(run.resolve("summary.csv"), f.resolve("point-0003/summary.csv"))).isEqualTo(-1L);
    }

    @Test
    void threeShardsMergedAreTheUnshardedSweepByteForByte() throws Exception {
        Sweep s = SweepFixture.sweep(dir, SweepFixture.GRID);
        Path full = write(s, "full", Shard.ALL, 1);
        Path a = write(s, "shard-1", new Shard(1, 3), 2), b = write(s, "shard-2", new Shard(2, 3), 1), c = write(s, "shard-3", new Shard(3, 3), 3);
        assertThat(SweepFixture.files(b)).contains("point-0001/summary.csv", "point-0004/summary.csv", "shard.json")
                .doesNotContain("point-0000/summary.csv");
        assertThat(Files.mismatch(a.resolve("sweep.json"), full.resolve("sweep.json"))).isEqualTo(-1L);
        Path merged = SweepMerge.merge(List.of(c, a, b), dir.resolve("merged")).folder();
        assertThat(SweepFixture.files(merged)).isEqualTo(SweepFixture.files(full));
        assertThat(SweepFixture.differences(full, merged)).isEmpty();
    }

    @Test
    void independentSeedsGiveEveryPointItsOwnShocks() throws Exception {
        Sweep common = SweepFixture.sweep(dir, SweepFixture.GRID);
        Sweep own = SweepFixture.sweep(dir, SweepFixture.GRID + "seeds: independent\n");
        assertThat(own.seed(0, 1)).isNotEqualTo(own.seed(1, 1));
        Path a = write(common, "common", Shard.ALL, 2), b = write(own, "own", Shard.ALL, 2);
        assertThat(Files.mismatch(a.resolve("point-0001/summary.csv"), b.resolve("point-0001/summary.csv"))).isNotEqualTo(-1L);
        assertThat(Files.readString(b.resolve("sweep.json"))).contains("\"seeds\" : \"independent\"");
    }

    @Test
    void mergeRefusesMissingDuplicateAndForeignShards() throws Exception {
        Sweep s = SweepFixture.sweep(dir, SweepFixture.GRID);
        Path a = write(s, "shard-1", new Shard(1, 2), 1), b = write(s, "shard-2", new Shard(2, 2), 1);
        Path other = write(SweepFixture.sweep(dir, SweepFixture.GRID.replace("seed: 11", "seed: 12")), "other-2", new Shard(2, 2), 1);
        assertThatThrownBy(() -> SweepMerge.merge(List.of(a), dir.resolve("m")))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("points missing from the inputs: 1, 3, 5 (3 of 6); is a shard missing or unfinished?");
        Path c = write(s, "shard-1-of-1", Shard.ALL, 1);
        assertThatThrownBy(() -> SweepMerge.merge(List.of(a, b, c), dir.resolve("m")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(c.resolve("point-0000") + ": point 0 is also in " + a);
        assertThatThrownBy(() -> SweepMerge.merge(List.of(a, other), dir.resolve("m")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(other + ": from a different sweep than " + a + ": differs in design file (sha256 ")
                .hasMessageEndingWith("), master_seed");
        assertThatThrownBy(() -> SweepMerge.merge(List.of(a, dir.resolve("nothing")), dir.resolve("m")))
                .isInstanceOf(ScenarioException.class).hasMessage(dir.resolve("nothing") + ": no such folder");
        assertThatThrownBy(() -> SweepMerge.merge(List.of(a, b), a))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("--out " + a + ": must not be one of the inputs");
        assertThat(Files.exists(dir.resolve("m"))).isFalse();
    }

    @Test
    void aFailingEngineLeavesTheEarlierSweepUntouchedAndNoTemporaryFolder() throws Exception {
        Sweep s = SweepFixture.sweep(dir, SweepFixture.GRID);
        Path full = write(s, "full", Shard.ALL, 1);
        byte[] before = Files.readAllBytes(full.resolve("sweep-summary.csv"));
        SweepEngine failing = (sweep, points, sink) -> {
            new LocalEngine(1).compute(sweep, new int[] {points[0]}, sink);
            throw new IllegalStateException("node lost");
        };
        assertThatThrownBy(() -> SweepWriter.write(s, full, Shard.ALL, failing, SweepWriter.Progress.NONE)).hasMessage("node lost");
        assertThat(Files.readAllBytes(full.resolve("sweep-summary.csv"))).isEqualTo(before);
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("full", "design.yaml");
        }
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(mine.resolve("thesis.tex"), "precious");
        Sweep s = SweepFixture.sweep(dir, SweepFixture.GRID);
        assertThatThrownBy(() -> write(s, "papers", Shard.ALL, 1)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("is not a sweep folder");
        assertThat(Files.readString(mine.resolve("thesis.tex"))).isEqualTo("precious");
    }
}
