package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ensembles: thread-count independence, run k independent of N, the summary, and the memory bound. */
class EnsembleTest {
    private static final Path BASELINE = Paths.get("scenarios/baseline-2025.yaml");

    private static Path ensemble(Path out, int runs, int threads, int months) throws Exception {
        var loaded = ScenarioLoader.load(BASELINE, new ScenarioLoader.Overrides(Map.of(), months, 5L));
        return EnsembleWriter.run(loaded, out.resolve("b"), new EnsembleWriter.Options(runs, threads, true),
                EnsembleWriter.Progress.NONE).folder();
    }

    @Test
    void filesAreByteIdenticalWhateverTheThreadCount(@TempDir Path one, @TempDir Path three) throws Exception {
        Path a = ensemble(one, 6, 1, 18), b = ensemble(three, 6, 3, 18);
        for (String f : List.of("nations.csv", "dyads.csv", "events.csv", "summary.csv")) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
        }
    }

    @Test
    void runKIsTheSameWhateverTheNumberOfRuns(@TempDir Path small, @TempDir Path large) throws Exception {
        Path a = ensemble(small, 3, 2, 12), b = ensemble(large, 5, 2, 12);
        assertThat(run(b.resolve("nations.csv"), 2)).isEqualTo(run(a.resolve("nations.csv"), 2)).isNotEmpty();
        assertThat(run(b.resolve("nations.csv"), 1)).isNotEqualTo(run(b.resolve("nations.csv"), 2));
    }

    private static List<String> run(Path csv, int k) throws Exception {
        try (var lines = Files.lines(csv)) {
            return lines.filter(l -> l.startsWith(k + ",")).collect(Collectors.toList());
        }
    }

    @Test
    void summaryHoldsTheStatisticsOfEveryNationColumn(@TempDir Path out) throws Exception {
        Path f = ensemble(out, 4, 2, 6);
        List<String> lines = Files.readAllLines(f.resolve("summary.csv"));
        assertThat(lines.get(0)).isEqualTo("metric,actor,month,n,mean,sd,ci_low,ci_high,p05,p50,p95");
        assertThat(lines).hasSize(1 + CsvRows.NATION_METRICS.size() * 17 * 6);
        // the mean of IRN's GDP in the last month equals the mean of the four runs' values
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            String row = run(f.resolve("nations.csv"), k).stream().filter(l -> l.contains(",2025-06,IRN,")).findFirst().orElseThrow();
            sum += Double.parseDouble(row.split(",")[4]);
        }
        String summary = lines.stream().filter(l -> l.startsWith("gdp,IRN,2025-06,")).findFirst().orElseThrow();
        String[] s = summary.split(",");
        assertThat(Integer.parseInt(s[3])).isEqualTo(4);
        assertThat(Double.parseDouble(s[4])).isCloseTo(sum / 4, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(Double.parseDouble(s[6])).isLessThan(Double.parseDouble(s[4])).isLessThan(Double.parseDouble(s[7]));
        // alignment with the West is undefined for no one in the baseline, but the summary still has its rows
        assertThat(lines).anyMatch(l -> l.startsWith("alignment_west,USA,2025-01,4,"));
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfRuns(@TempDir Path out) throws Exception {
        // 200 baseline runs in a JVM with 64 MB of heap: holding them would take ~90 MB
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "org.entente.cli.Main",
                "run", BASELINE.toString(), "--runs", "200", "--threads", "2", "--no-dyads", "--quiet", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(out.resolve("log.txt"))).isZero();
        try (var lines = Files.lines(out.resolve("baseline-2025/nations.csv"))) {
            assertThat(lines.count()).isEqualTo(1 + 200L * 17 * 120);
        }
        assertThat(new File(out.resolve("baseline-2025/summary.csv").toString())).exists();
    }
}
