package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.cli.Main;
import org.entente.cli.ReportCommand;

/** Runs scenarios and the report command as a user would, for the report tests. */
final class ReportFixtures {
    record Result(int code, String out, String err) { }

    private ReportFixtures() { }

    static Result entente(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** The report command (not registered in Main yet, so run on its own with Main's exit codes). */
    static Result report(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = ReportCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a scenario file into {@code dir} and returns its results folder. */
    static Path run(Path dir, Path scenario, String... extra) {
        String[] base = {"run", scenario.toString(), "--out", dir.toString(), "--quiet"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Result r = entente(args);
        assertThat(r.code()).as(r.err()).isZero();
        String name = scenario.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        return dir.resolve(name);
    }

    /**
     * A copy of docs/examples/small-world.yaml whose name, description, actor name, sources,
     * treaty name (and so an event detail) carry HTML and script payloads.
     */
    static Path hostileScenario(Path dir) throws IOException {
        String src = Files.readString(Path.of("docs/examples/small-world.yaml"), StandardCharsets.UTF_8);
        src = replace(src, "name: \"Small world\"", "name: '" + NAME + "'");
        src = replace(src, "description: >\n  Iran sells oil", "description: >\n  " + DESCRIPTION + " Iran sells oil");
        src = replace(src, "    name: Iran\n", "    name: '" + ACTOR + "'\n    source: '" + ACTOR_SOURCE + "'\n");
        src = replace(src, "  - {from: IRN, to: CHN, value: 55, year: 2024}",
                "  - {from: IRN, to: CHN, value: 55, year: 2024, source: '" + TRADE_SOURCE + "'}");
        src = replace(src, "  - sender: USA\n    target: CHN", "  - sender: USA\n    source: '" + SANCTION_SOURCE + "'\n    target: CHN");
        src += "  - month: \"2025-03\"\n    type: sign_treaty\n    source: '" + EVENT_SOURCE + "'\n"
                + "    treaty: {name: '" + TREATY + "', parties: [IRN, CHN], defense: consultation}\n";
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, src, StandardCharsets.UTF_8);
        return file;
    }

    static final String NAME = "<script>alert(1)</script> world & \"friends\"";
    static final String DESCRIPTION = "\"><img src=x onerror=alert(1)> &amp; it's <b>bold</b>.";
    static final String ACTOR = "Iran<script>alert(\"x\")</script>";
    static final String ACTOR_SOURCE = "https://evil.example/x.js \"><img src=x onerror=alert(1)>";
    static final String TRADE_SOURCE = "<a href=\"http://evil.example\">click</a>";
    static final String SANCTION_SOURCE = "</style><script>alert(2)</script>";
    static final String EVENT_SOURCE = "javascript:alert(3)";
    static final String TREATY = "Pact, \"><svg onload=alert(4)>";

    private static String replace(String s, String from, String to) {
        assertThat(s).as("docs/examples/small-world.yaml changed; update the hostile scenario").contains(from);
        return s.replace(from, to);
    }
}
