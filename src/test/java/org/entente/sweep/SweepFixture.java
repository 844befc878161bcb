package org.entente.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.io.ScenarioLoader;

/** A small sweep of the tiny golden world, for tests of every engine. */
public final class SweepFixture {
    public static final Path TINY = Paths.get("src/test/resources/golden/tiny.yaml");
    public static final String GRID = """
            method: grid
            runs: 3
            seed: 11
            parameters:
              diversion_share: {min: 0.5, max: 0.85, steps: 3}
              gdp_noise: {values: [1, 3]}
            """;

    private SweepFixture() { }

    public static Sweep sweep(Path dir, String design) throws Exception {
        Path d = dir.resolve("design.yaml");
        Files.writeString(d, design);
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(TINY, new ScenarioLoader.Overrides(Map.of(), 8, null));
        DesignReader.Read read = DesignReader.read(d);
        return new Sweep(loaded, read, Sweep.masterSeed(loaded, read.design()));
    }

    /** Every file under the folder, as relative paths, sorted. */
    public static List<String> files(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString()));
        }
        out.sort(null);
        return out;
    }

    /** The relative paths of files that differ (or exist in one folder only). */
    public static List<String> differences(Path a, Path b) throws Exception {
        List<String> fa = files(a), fb = files(b), diff = new ArrayList<>();
        for (String f : fa) if (!fb.contains(f) || Files.mismatch(a.resolve(f), b.resolve(f)) != -1L) diff.add(f);
        for (String f : fb) if (!fa.contains(f)) diff.add(f);
        return diff;
    }
}
