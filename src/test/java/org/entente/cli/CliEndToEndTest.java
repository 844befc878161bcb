package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line as a user would and reads the results back. */
class CliEndToEndTest {
    record Result(int code, String out, String err) { }

    static Result cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aWorldRunLeavesDyadsOutUnlessAskedAndSaysWhichCountriesWereImputed(@TempDir Path out) throws Exception {
        Result r = cli("run", "scenarios/world-2023.yaml", "--months", "2", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        java.nio.file.Path folder = out.resolve("world-2023");
        assertThat(folder.resolve("nations.csv")).exists();
        assertThat(folder.resolve("dyads.csv")).doesNotExist();
        assertThat(folder.resolve("imputed-flows.csv")).exists();
        assertThat(r.out()).contains("dyads.csv not written").contains("add --dyads")
                .contains("imputed from the median GDP per person of their region").contains("YEM")
                .contains("(the 25 largest economies of 198");
        assertThat(java.nio.file.Files.readString(folder.resolve("manifest.json"))).contains("\"notes\"").contains("YEM")
                .contains("\"count\" : 38592");
        Result both = cli("run", "scenarios/world-2023.yaml", "--dyads", "--no-dyads", "--out", out.resolve("x").toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--dyads and --no-dyads");
        assertThat(out.resolve("x")).doesNotExist();
    }

    @Test
    void runWritesTheFourFilesWithTheContractColumns(@TempDir Path out) throws Exception {
        Result r = cli("run", "scenarios/us-maximum-pressure.yaml", "--seed", "42", "--months", "24", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path folder = out.resolve("us-maximum-pressure");
        assertThat(r.out()).contains("Results written to").contains("IRN");
        List<String> nations = Files.readAllLines(folder.resolve("nations.csv"));
        assertThat(nations.get(0)).isEqualTo("run,step,month,actor,gdp,gdp_growth,exports,imports,trade_balance,"
                + "sanctioned_trade_share,oil_exports_mbd,milex,capability,alignment_west,alignment_east,defense_partners,stability,"
                + "financial_stress,oil_price,oil_revenue");
        assertThat(nations).hasSize(1 + 24 * 17);
        assertThat(nations.get(1)).startsWith("0,0,2025-01,IRN,");
        assertThat(nations.get(nations.size() - 1)).startsWith("0,23,2026-12,");
        assertThat(Files.readAllLines(folder.resolve("dyads.csv")).get(0))
                .isEqualTo("run,step,month,from,to,exports,alignment,defense,arms,sanction_friction,hostility,tariff");
        List<String> events = Files.readAllLines(folder.resolve("events.csv"));
        assertThat(events.get(0)).isEqualTo("run,step,month,event,actors,detail");
        assertThat(events).anyMatch(l -> l.startsWith("0,1,2025-02,set_policy,USA;IRN,maximum_pressure"));
        JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(m.get("model_version").asText()).isEqualTo("1.6");
        assertThat(m.get("master_seed").asLong()).isEqualTo(42);
        assertThat(m.get("months").asInt()).isEqualTo(24);
        assertThat(m.get("scenario").get("sha256").asText()).hasSize(64);
        assertThat(m.get("scenario").get("files")).hasSize(2);
        assertThat(m.get("parameters").get("diversion_share").asDouble()).isEqualTo(0.67);
        assertThat(Files.exists(folder.resolve("scenario.resolved.json"))).isTrue();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("us-maximum-pressure");
        }
    }

    @Test
    void setOverridesAParameterAndIsRecorded(@TempDir Path out) throws Exception {
        Result r = cli("run", "scenarios/tighter-sanctions.yaml", "--months", "12", "--set", "diversion_share=0.5",
                "--set", "theory=realist", "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode m = new ObjectMapper().readTree(out.resolve("tighter-sanctions/manifest.json").toFile());
        assertThat(m.get("parameters").get("diversion_share").asDouble()).isEqualTo(0.5);
        assertThat(m.get("parameters").get("theory").asText()).isEqualTo("realist");
        assertThat(m.get("parameters").get("w_threat").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aFailedRunLeavesEarlierResultsUntouched(@TempDir Path out) throws Exception {
        assertThat(cli("run", "scenarios/baseline-2025.yaml", "--months", "6", "--out", out.toString(), "--quiet").code()).isZero();
        Path nations = out.resolve("baseline-2025/nations.csv");
        byte[] before = Files.readAllBytes(nations);
        Result bad = cli("run", "scenarios/baseline-2025.yaml", "--set", "diversion_share=7", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--set diversion_share: must be in [0, 1], but was 7");
        assertThat(Files.readAllBytes(nations)).isEqualTo(before);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("baseline-2025");
        }
    }

    @Test
    void aSecondRunReplacesTheFirstWhole(@TempDir Path out) throws Exception {
        assertThat(cli("run", "scenarios/baseline-2025.yaml", "--months", "6", "--out", out.toString(), "--quiet").code()).isZero();
        assertThat(cli("run", "scenarios/baseline-2025.yaml", "--months", "3", "--out", out.toString(), "--quiet").code()).isZero();
        assertThat(Files.readAllLines(out.resolve("baseline-2025/nations.csv"))).hasSize(1 + 3 * 17);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("baseline-2025");
        }
    }

    @Test
    void validateAcceptsEveryShippedScenario() {
        for (String f : List.of("baseline-2025", "tighter-sanctions", "us-maximum-pressure", "us-rapprochement", "snapback-2025")) {
            Result r = cli("validate", "scenarios/" + f + ".yaml");
            assertThat(r.code()).as(f + ": " + r.err()).isZero();
            assertThat(r.out()).contains("valid");
        }
    }

    @Test
    void badCommandLinesExitWithTwo(@TempDir Path out) {
        Result missing = cli("run", "scenarios/no-such-file.yaml", "--out", out.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-file.yaml: no such file");
        assertThat(cli("run", "scenarios/baseline-2025.yaml", "--no-such-option").code()).isEqualTo(2);
        Result unknown = cli("validate", "scenarios/baseline-2025.yaml", "--set", "no_such_parameter=1");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--set no_such_parameter: unknown parameter");
        assertThat(unknown.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
