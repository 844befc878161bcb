package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.entente.cli.CliHarness;
import org.entente.sweep.LocalEngine;
import org.entente.sweep.Shard;
import org.entente.sweep.Sweep;
import org.entente.sweep.SweepEngine;
import org.entente.sweep.SweepFixture;
import org.entente.sweep.SweepWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Spark context in local[2] computes a sweep whose folder is the local engine's, byte for byte. */
class SparkEngineTest {
    @Test
    void aSparkSweepIsTheLocalSweepByteForByte(@TempDir Path dir) throws Exception {
        Sweep s = SweepFixture.sweep(dir, SweepFixture.GRID);
        Path local, spark, shard;
        try (SweepEngine e = new LocalEngine(1)) {
            local = SweepWriter.write(s, dir.resolve("local"), Shard.ALL, e, SweepWriter.Progress.NONE).folder();
        }
        try (SweepEngine e = new SparkEngine("local[2]", 2)) {
            spark = SweepWriter.write(s, dir.resolve("spark"), Shard.ALL, e, SweepWriter.Progress.NONE).folder();
        }
        assertThat(SweepFixture.files(spark)).hasSize(10).isEqualTo(SweepFixture.files(local));
        assertThat(SweepFixture.differences(local, spark)).isEmpty();
        // the command line loads the engine by name; a shard on Spark holds its own points only
        shard = dir.resolve("spark-shard");
        var r = CliHarness.cli("sweep", SweepFixture.TINY.toString(), "--design", dir.resolve("design.yaml").toString(), "--months", "8",
                "--shard", "2/2", "--engine", "spark", "--master", "local[2]", "--quiet", "--out", shard.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(SweepFixture.files(shard)).contains("point-0001/summary.csv", "point-0003/summary.csv", "point-0005/summary.csv")
                .doesNotContain("point-0000/summary.csv");
        for (String f : new String[] {"sweep.json", "design.csv", "point-0003/summary.csv"}) {
            assertThat(java.nio.file.Files.mismatch(local.resolve(f), shard.resolve(f))).as(f).isEqualTo(-1L);
        }
    }
}
