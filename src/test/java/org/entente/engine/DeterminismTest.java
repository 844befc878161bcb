package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.entente.io.EnsembleWriter;
import org.entente.io.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run is a pure function of (scenario, parameters, seed). */
class DeterminismTest {
    private static final Path BASELINE = Paths.get("scenarios/baseline-2025.yaml");

    private static byte[][] run(Path out, long seed) throws Exception {
        var loaded = ScenarioLoader.load(BASELINE, new ScenarioLoader.Overrides(java.util.Map.of(), 36, seed));
        Path folder = EnsembleWriter.run(loaded, out.resolve("b"), new EnsembleWriter.Options(1, 1, true), EnsembleWriter.Progress.NONE).folder();
        return new byte[][] {Files.readAllBytes(folder.resolve("nations.csv")), Files.readAllBytes(folder.resolve("dyads.csv")),
                Files.readAllBytes(folder.resolve("events.csv"))};
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        byte[][] first = run(a, 42);
        byte[][] second = run(b, 42);
        for (int i = 0; i < 3; i++) assertThat(first[i]).isEqualTo(second[i]);
    }

    @Test
    void anotherSeedGivesDifferentFiles(@TempDir Path a, @TempDir Path b) throws Exception {
        byte[][] first = run(a, 42);
        byte[][] second = run(b, 43);
        assertThat(first[0]).isNotEqualTo(second[0]);
        assertThat(first[1]).isNotEqualTo(second[1]);
    }
}
