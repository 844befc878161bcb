package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.entente.engine.EntenteSim;
import org.entente.engine.RecordSink;
import org.junit.jupiter.api.Assertions;

/**
 * Property: whatever random damage is done to a valid scenario (types changed, fields dropped,
 * ids swapped, numbers perturbed, the file truncated, lines duplicated or garbled), loading it
 * either succeeds and the scenario runs, or fails with a {@link ScenarioException} (exit 2 in
 * the CLI) - never another exception, never a hang.
 */
class ScenarioFuzzTest {
    private static final String BASE;
    static {
        try {
            BASE = Files.readString(Path.of("src/test/resources/golden/tiny.yaml"), StandardCharsets.UTF_8)
                    + "  - {month: \"2025-03\", type: impose_sanctions, announced: 2, regime: {sender: CCC, target: BBB, type: financial, intensity: 0.4, secondary: true}}\n"
                    + "  - {month: \"2025-04\", type: lift_sanctions, regime: {sender: AAA, target: BBB}, over_months: 3}\n"
                    + "  - {month: \"2025-05\", type: sign_treaty, treaty: {name: new pact, parties: [AAA, CCC], in_force: \"2025-07\", years: 5, defense: mutual_defence}}\n"
                    + "  - {month: \"2025-07\", type: regime_change, actor: BBB, ideal_point: 0.5, reset: [AAA], conditional: true}\n"
                    + "  - {month: \"2025-08\", type: shock, actor: CCC, gdp: -0.05, oil: 0.1}\n";
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    private static final List<String> VALUES = List.of("-5", "0", "1e308", "-1e308", ".nan", ".inf", "\"text\"", "[]", "{}", "null",
            "2.5", "true", "\"2099-13\"", "UN", "99999999999", "\"\"", "[AAA, AAA]", "{a: 1}", "&x 1", "*x", "'", "\"2025-02\"",
            "energy", "maximum_pressure", "AAA", "ZZZ", "-0.0", "1.0000001", "\"\\u0000\"");
    private static final List<String> IDS = List.of("AAA", "BBB", "CCC", "UN", "ZZZ", "aaa", "");

    record Mutation(int kind, int where, int pick) { }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1000)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    static String apply(String text, Mutation m) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        int line = m.where() % lines.size();
        String l = lines.get(line);
        switch (m.kind()) {
            case 0 -> { return text.substring(0, m.where() % (text.length() + 1)); }
            case 1 -> { // replace a value after "key: "
                int colon = l.indexOf(": ", m.pick() % Math.max(1, l.length()));
                if (colon < 0) colon = l.indexOf(": ");
                if (colon < 0) return text;
                int end = l.indexOf(',', colon + 2);
                if (end < 0) end = l.indexOf('}', colon + 2);
                if (end < 0) end = l.length();
                lines.set(line, l.substring(0, colon + 2) + VALUES.get(m.pick() % VALUES.size()) + l.substring(end));
            }
            case 2 -> lines.remove(line);
            case 3 -> { // swap an id for another
                for (String id : IDS) {
                    if (!id.isEmpty() && l.contains(id)) {
                        lines.set(line, l.replaceFirst(id, IDS.get(m.pick() % IDS.size())));
                        break;
                    }
                }
            }
            case 4 -> lines.add(line, l);
            case 5 -> { // garbage characters
                int at = m.pick() % (l.length() + 1);
                String junk = List.of("{", "}", "[", "]", ":", "- ", "#", "\"", "\t", "&a", "*a", "!!binary", "%", "@").get(m.pick() % 14);
                lines.set(line, l.substring(0, at) + junk + l.substring(at));
            }
            case 6 -> lines.set(line, "    " + l);
            default -> { // perturb a number
                java.util.regex.Matcher num = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(l);
                if (num.find()) {
                    double v = Double.parseDouble(num.group());
                    double f = List.of(-1.0, 0.0, 10.0, 1e6, 1.5, 0.001).get(m.pick() % 6);
                    lines.set(line, l.substring(0, num.start()) + (v * f) + l.substring(num.end()));
                }
            }
        }
        return String.join("\n", lines);
    }

    @Property(tries = 250)
    void damagedScenariosLoadAndRunOrFailCleanly(@ForAll("mutations") List<Mutation> ms) throws Exception {
        String text = BASE;
        for (Mutation m : ms) text = apply(text, m);
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve("fuzz.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                ScenarioLoader.Loaded loaded;
                try {
                    loaded = ScenarioLoader.load(file, new ScenarioLoader.Overrides(Map.of(), 8, null));
                } catch (ScenarioException e) {
                    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("\n").isNotBlank());
                    return;
                }
                new EntenteSim(loaded.scenario(), 1, RecordSink.NONE).runAll();
            });
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Property(tries = 30)
    void theCommandLineExitsWithTwoOnDamagedScenarios(@ForAll("mutations") List<Mutation> ms) throws Exception {
        String text = BASE;
        for (Mutation m : ms) text = apply(text, m);
        Path dir = Files.createTempDirectory("fuzzcli");
        Path file = dir.resolve("fuzz.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.entente.cli.Main.execute(new String[] {"validate", file.toString(), "--months", "6"},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertThat(code).as(err.toString()).isIn(0, 2);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
