package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.entente.io.EnsembleWriter;
import org.entente.io.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is a pure function of (scenario, parameters, seed): the same in another run in this JVM,
 * and the same in another Java process, where hash-based iteration orders (Set.of, Map.of) differ.
 */
class DeterminismTest {
    /** Separate processes: one is compared with the first; each has its own Set.of/Map.of order. */
    private static final int PROCESSES = 3;

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

    /**
     * The same command in separate Java processes writes the same bytes in every CSV, and the same
     * values to the last bit. In one JVM this cannot be seen: the order in which Set.of and Map.of
     * iterate is fixed per process (a salt drawn at start-up), so a sum over such a set agrees with
     * itself within a process and differs in its last bits between processes (the bug fixed in
     * ec0fa59 passed the tests above). The CSVs round to six decimals, which hides such a
     * difference, so {@link DeterminismProbe} also hashes every recorded value at full precision.
     */
    @Test
    void separateJavaProcessesGiveTheSameBytesAndTheSameValues(@TempDir Path dir) throws Exception {
        List<TreeMap<String, byte[]>> outputs = new ArrayList<>();
        List<String> probes = new ArrayList<>();
        for (int k = 0; k < PROCESSES; k++) {
            Path out = dir.resolve("p" + k);
            java(dir.resolve("run" + k + ".log"), "org.entente.cli.Main", "run", BASELINE.toString(), "--months", "36", "--seed", "42",
                    "--quiet", "--out", out.toString());
            TreeMap<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> s = Files.list(out.resolve("baseline-2025"))) {
                for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
            assertThat(files.keySet()).contains("nations.csv", "dyads.csv", "events.csv");
            outputs.add(files);
            String probe = java(dir.resolve("probe" + k + ".log"), DeterminismProbe.class.getName(), BASELINE.toString(), "36", "42").strip();
            assertThat(probe).matches("[0-9a-f]{64}");
            probes.add(probe);
        }
        for (int k = 1; k < PROCESSES; k++) {
            assertThat(outputs.get(k).keySet()).isEqualTo(outputs.get(0).keySet());
            for (String f : outputs.get(0).keySet()) {
                assertThat(outputs.get(k).get(f)).as("%s of process %d against process 0", f, k).isEqualTo(outputs.get(0).get(f));
            }
            assertThat(probes.get(k)).as("full-precision values of process %d against process 0", k).isEqualTo(probes.get(0));
        }
    }

    /** Runs a main class of the test class path in a new Java process; its output, once it has ended with exit code 0. */
    private static String java(Path log, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", mainClass).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        return Files.readString(log);
    }
}
