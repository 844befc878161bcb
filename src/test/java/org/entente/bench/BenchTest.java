package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.CliHarness;
import org.entente.engine.EntenteSim;
import org.entente.engine.RecordSink;
import org.entente.io.ScenarioLoader;
import org.entente.model.ActorSpec;
import org.entente.model.Scenario;
import org.entente.model.TreatySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command runs and reports its figures; the actor reduction keeps a valid scenario. No timing is asserted. */
class BenchTest {
    @Test
    void benchPrintsOneJsonObjectWithTheFigures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("world.yaml");
        Files.writeString(file, SyntheticWorld.yaml(30, 1));
        CliHarness.Result r = CliHarness.cli("bench", file.toString(), "--json", "--months", "6", "--runs", "2",
                "--actors", "25", "--threads", "2", "--warmup", "0");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out().trim());
        assertThat(json.isObject()).isTrue();
        for (String key : List.of("engine_ns_per_dyad_step", "reference_ns_per_dyad_step", "ratio", "runs_per_second_1_thread",
                "runs_per_second_2_threads", "scaling", "bytes_per_run", "run_seconds")) {
            assertThat(json.get(key)).as(key).isNotNull();
            assertThat(json.get(key).isNumber()).as(key).isTrue();
            assertThat(json.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(json.get("actors").asInt()).isEqualTo(25);
        assertThat(json.get("months").asInt()).isEqualTo(6);
        assertThat(json.get("dyads").asLong()).isEqualTo(25 * 24);
    }

    @Test
    void badInputExitsWithTwoAndSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("world.yaml");
        Files.writeString(file, SyntheticWorld.yaml(30, 1));
        CliHarness.Result few = CliHarness.cli("bench", file.toString(), "--actors", "1");
        assertThat(few.code()).isEqualTo(2);
        assertThat(few.err()).contains("--actors: must be in [2, 30]");
        assertThat(CliHarness.cli("bench", file.toString(), "--actors", "31").code()).isEqualTo(2);
        assertThat(CliHarness.cli("bench", file.toString(), "--runs", "0").err()).contains("--runs: must be in");
        assertThat(CliHarness.cli("bench", file.toString(), "--threads", "0").code()).isEqualTo(2);
        assertThat(CliHarness.cli("bench", file.toString(), "--warmup", "-1").code()).isEqualTo(2);
        assertThat(CliHarness.cli("bench", dir.resolve("missing.yaml").toString()).code()).isEqualTo(2);
    }

    @Test
    void theReductionKeepsTheLargestActorsAndOnlyWhatRefersToThem() throws Exception {
        for (String name : List.of("baseline-2025", "tighter-sanctions", "us-rapprochement", "snapback-2025")) {
            Scenario s = ScenarioLoader.load(Paths.get("scenarios", name + ".yaml")).scenario();
            for (int keep : new int[] {2, 5, 9, s.actors().size()}) {
                checkReduction(s, keep);
            }
        }
    }

    @Test
    void theSyntheticWorldLoadsAndItsReductionsRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("world.yaml");
        Files.writeString(file, SyntheticWorld.yaml(197, 1));
        Scenario s = ScenarioLoader.load(file).scenario();
        assertThat(s.actors()).hasSize(197);
        assertThat(s.trade().size()).isBetween(200, 600);
        for (int keep : new int[] {25, 50, 100}) checkReduction(s.withMonths(24), keep);
        assertThat(SyntheticWorld.yaml(60, 1)).isEqualTo(SyntheticWorld.yaml(60, 1));
    }

    private static void checkReduction(Scenario s, int keep) {
        Scenario cut = ActorSubset.largest(s, keep);
        assertThat(cut.actors()).hasSize(keep);
        Set<String> ids = new HashSet<>();
        for (ActorSpec a : cut.actors()) ids.add(a.id());
        double smallestKept = cut.actors().stream().mapToDouble(ActorSpec::gdp).min().orElseThrow();
        for (ActorSpec a : s.actors()) {
            if (!ids.contains(a.id())) assertThat(a.gdp()).as(a.id()).isLessThanOrEqualTo(smallestKept);
        }
        assertThat(ids).as(s.name() + " cut to " + keep).containsAll(ActorSubset.referencedIds(cut));
        for (TreatySpec t : cut.treaties()) assertThat(t.parties().size()).isGreaterThanOrEqualTo(2);
        // the engine runs it (an unknown actor would stop it)
        new EntenteSim(cut.withMonths(Math.min(cut.months(), 24)), 1, RecordSink.NONE).runAll();
    }
}
