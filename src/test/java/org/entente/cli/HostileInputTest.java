package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.entente.io.Limits;
import org.entente.io.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 10, classes 3 to 5 at the command line: CSV cells a spreadsheet would run, terminal
 * control and bidi characters in names, picocli errors, counts over their cap, unexpected
 * failures, and parameter files.
 */
class HostileInputTest {
    static final String TINY;
    static {
        try {
            TINY = Files.readString(Path.of("src/test/resources/golden/tiny.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /** Names a spreadsheet would execute if they began a cell. */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "=1+1");

    @TempDir
    Path dir;

    record Cli(int code, String out, String err) {
        List<String> errLines() { return err.isEmpty() ? List.of() : List.of(err.split("\n")); }
    }

    static Cli cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** TINY with treaties signed by events under the given names (each shows in events.csv) and actor names replaced. */
    static String hostile(List<String> treatyNames, String actorName) {
        StringBuilder b = new StringBuilder(TINY.replace("name: Alpha", "name: " + yaml(actorName)));
        int month = 3;
        for (String n : treatyNames) {
            b.append("  - {month: \"2025-").append(String.format("%02d", month++)).append("\", type: sign_treaty, treaty: {name: ")
                    .append(yaml(n)).append(", parties: [AAA, CCC], in_force: \"2025-11\", years: 5, defense: 0.2}}\n");
        }
        return b.toString();
    }

    /** A YAML double-quoted scalar holding any text. */
    static String yaml(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') b.append('\\').appendCodePoint(cp);
            else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029 || cp == 0xfeff
                    || Character.getType(cp) == Character.SURROGATE) b.append(String.format("\\u%04x", cp));
            else b.appendCodePoint(cp);
        });
        return b.append('"').toString();
    }

    // ------------------------------------------------------------------ class 3: CSV cells

    @Test
    void formulaLikeNamesAreNeutralisedInEveryCsvTheCommandsWrite() throws IOException {
        Path s = Files.writeString(dir.resolve("evil.yaml"), hostile(FORMULAS, "=cmd|' /C calc'!A0"));
        Path other = Files.writeString(dir.resolve("evil2.yaml"), hostile(FORMULAS, "@x").replace("seed: 7", "seed: 8"));
        // targets format 2 checks every cell that reaches hindcast.csv (metric, kind, ids, period, unit): a formula
        // there is refused (below); a formula in the free-text source and note columns is never written back
        Path targets = Files.writeString(dir.resolve("targets.csv"), "\uFEFFmetric,kind,subject,partner,period,base_period,value,unit,source,confidence,note\n"
                + "trade_total,level,AAA,CCC,2015,,10,usd_bn,\"=1+1\",official,@SUM(1)\n"
                + "gdp,level,AAA,,2015,,10,usd_bn,=HYPERLINK(\"x\"),reported,\n");
        Path evilTargets = Files.writeString(dir.resolve("evil-targets.csv"), "metric,kind,subject,partner,period,base_period,value,unit,source,confidence,note\n"
                + "=HYPERLINK(\"x\"),level,AAA,CCC,2015,,10,@SUM(1),x,official,\n");
        Path out = dir.resolve("out");
        assertThat(cli("run", s.toString(), "--runs", "2", "--out", out.resolve("a").toString(), "--quiet").code()).isZero();
        assertThat(cli("run", other.toString(), "--runs", "2", "--out", out.resolve("b").toString(), "--quiet").code()).isZero();
        Cli c = cli("compare", out.resolve("a/evil").toString(), out.resolve("b/evil2").toString(), "--force",
                "--out", out.resolve("comparison.csv").toString());
        assertThat(c.code()).as(c.err()).isZero();
        // a hindcast never scores 2025 on (out of sample): the same world moved back ten years
        Path past = Files.createDirectories(dir.resolve("past")).resolve("evil.yaml");
        Files.writeString(past, Files.readString(s).replace("\"2025-", "\"2015-").replace("2025-01", "2015-01"));
        Cli h = cli("hindcast", past.toString(), "--targets", targets.toString(), "--runs", "2", "--out", out.resolve("h").toString());
        assertThat(h.code()).as(h.err()).isZero();
        Cli refused = cli("hindcast", past.toString(), "--targets", evilTargets.toString(), "--runs", "2", "--out", out.resolve("h2").toString());
        assertThat(refused.code()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("evil-targets.csv:2");

        List<Path> csvs;
        try (Stream<Path> w = Files.walk(out)) {
            csvs = w.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(csvs).extracting(p -> p.getFileName().toString())
                .contains("events.csv", "nations.csv", "dyads.csv", "summary.csv", "comparison.csv", "hindcast.csv");
        int cells = 0;
        for (Path f : csvs) {
            for (String cell : rawCells(Files.readString(f, StandardCharsets.UTF_8))) {
                cells++;
                if (cell.isEmpty()) continue;
                char c0 = cell.charAt(0);
                assertThat("=+@\t\r").as("%s: cell %s", f.getFileName(), cell).doesNotContain(String.valueOf(c0));
                if (c0 == '-') assertThat(cell).as("%s: a cell starting with - must be a number", f.getFileName()).matches("-(inf|[0-9.e-]+)");
            }
        }
        assertThat(cells).isGreaterThan(1000);
        // the names did reach the files, neutralised, and read back as written
        String events = Files.readString(out.resolve("a/evil/events.csv"));
        assertThat(events).contains("'=HYPERLINK(").contains("'@SUM(1+1)").contains("'+1+cmd").contains("'-2+3");
        assertThat(Files.readString(out.resolve("h/evil/hindcast.csv"))).doesNotContain("HYPERLINK").doesNotContain("SUM(");
        try (org.entente.io.Csv r = org.entente.io.Csv.open(out.resolve("a/evil/events.csv"))) {
            List<String> details = new ArrayList<>();
            for (String[] row; (row = r.next()) != null; ) details.add(row[r.column("detail")]);
            assertThat(String.join("\n", details)).contains("=HYPERLINK(\"http://evil.example\",\"click\")");
        }
    }

    /** The raw text of every cell of a CSV file (outer quotes removed, inner doubled quotes kept), parsed here independently of io/Csv. */
    static List<String> rawCells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false, start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { f.append("\"\""); i++; }
                else if (c == '"') quoted = false;
                else f.append(c);
            } else if (c == '"' && start) {
                quoted = true;
                start = false;
            } else if (c == ',' || c == '\n') {
                cells.add(f.toString());
                f.setLength(0);
                start = true;
            } else {
                f.append(c);
                start = false;
            }
        }
        return cells;
    }

    // ------------------------------------------------------------------ class 3: terminal

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> controls = Arbitraries.of("\u001b[2J", "\u001b]0;owned\u0007", "\u202e", "\u202a", "\u2066", "\u2069", "\u200b",
                "\u0000", "\u0007", "\u007f", "\u009b", "\r", "\t", "\ufeff", "\u2028", "\u00ad", "x", "Iran", " ");
        return Arbitraries.oneOf(controls.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(10));
    }

    static void assertTerminalSafe(Cli r) {
        for (String text : List.of(r.out(), r.err())) {
            text.codePoints().forEach(cp -> assertThat(cp == '\n' || !Text.unsafe(cp))
                    .as("U+%04X printed raw in:%n%s", cp, text).isTrue());
        }
    }

    /** Random control, bidi and invisible characters in actor and treaty names never reach the terminal raw (validate, run, diff). */
    @Property(tries = 40)
    void namesNeverReachTheTerminalRaw(@ForAll("hostileText") String name) throws IOException {
        Path base = Files.createTempDirectory("entente-names");
        Path good = Files.writeString(base.resolve("good.yaml"), hostile(List.of(name), name));
        // the same name as an unknown actor id: an error line that quotes it
        Path bad = Files.writeString(base.resolve("bad.yaml"), TINY.replace("{from: AAA, to: BBB, value: 2}", "{from: " + yaml(name) + ", to: BBB, value: 2}")
                .replace("name: Beta-Gamma partnership", "name: " + yaml(name) + ", bogus: " + yaml(name)));
        Cli v = cli("validate", bad.toString());
        assertThat(v.code()).isEqualTo(Main.EXIT_INVALID);
        assertTerminalSafe(v);
        assertTerminalSafe(cli("validate", good.toString()));
        assertTerminalSafe(cli("diff", "src/test/resources/golden/tiny.yaml", good.toString()));
        Cli run = cli("run", good.toString(), "--months", "3", "--out", base.resolve("out").toString(), "--set", name + "=1");
        assertTerminalSafe(run);
        delete(base);
    }

    /** Removes a scratch tree this test made (jqwik properties get no @TempDir). */
    static void delete(Path tree) throws IOException {
        try (Stream<Path> w = Files.walk(tree)) {
            for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Random characters in a file name never reach the terminal raw either. */
    @Property(tries = 40)
    void fileNamesNeverReachTheTerminalRaw(@ForAll("hostileText") String name) throws IOException {
        String safeForDisk = name.replace("/", "_").replace("\u0000", "_");
        Path base = Files.createTempDirectory("entente-files");
        Path file;
        try {
            file = base.resolve("s" + safeForDisk + ".yaml");
            Files.writeString(file, "name: [unclosed\n");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            delete(base);
            return; // a name this file system refuses: nothing to print
        }
        Cli v = cli("validate", file.toString());
        assertThat(v.code()).isEqualTo(Main.EXIT_INVALID);
        assertTerminalSafe(v);
        assertTerminalSafe(cli("run", base.resolve("missing" + safeForDisk + ".yaml").toString(), "--out", base.resolve("o").toString()));
        delete(base);
    }

    @Test
    void escapedFormIsShownInMessages() throws IOException {
        Path bad = Files.writeString(dir.resolve("rlo.yaml"), TINY.replace("{from: AAA, to: BBB, value: 2}", "{from: \"A\\u202eB\\e[2J\", to: BBB, value: 2}"));
        Cli v = cli("validate", bad.toString());
        assertThat(v.err()).contains("\"A\\u202eB\\u001b[2J\"");
    }

    // ------------------------------------------------------------------ class 4: the command line

    @Test
    void aBadValueOfAnyTypeIsOneLinePlusSeeHelp() {
        String tiny = "src/test/resources/golden/tiny.yaml";
        for (String[] args : List.of(new String[] {"run", tiny, "--seed", "abc"}, new String[] {"run", tiny, "--runs", "many"},
                new String[] {"sweep", tiny, "--threads", "1.5", "--design", "x.yaml"}, new String[] {"compare", "a"},
                new String[] {"run", tiny, "--no-such-option"}, new String[] {"sensitivity", tiny, "--samples", "1e9"},
                new String[] {"run", tiny, "--months", "99999999999999"})) {
            Cli r = cli(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.EXIT_INVALID);
            assertThat(r.errLines()).as(r.err()).hasSize(2);
            assertThat(r.errLines().get(0)).startsWith("command line: ").doesNotContain("Exception");
            assertThat(r.errLines().get(1)).isEqualTo("see 'entente " + args[0] + " --help'");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aPathNoFileSystemCanHoldIsOneLineAndExit2() {
        Cli r = cli("run", "src/test/resources/golden/tiny.yaml", "--out", "a\u0000b");
        assertThat(r.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).contains("--out").contains("a path cannot contain a NUL character").doesNotContain("Exception").doesNotContain("java.");
    }

    /** Every whole-number option of every command is a count in the one cap table, and a value over its cap is refused in one line naming the cap. */
    @Test
    void everyCountOnTheCommandLineIsCappedByTheOneTable() {
        CommandLine root = new CommandLine(new Main());
        int checked = 0;
        for (var e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            CommandLine.Model.CommandSpec spec = e.getValue().getCommandSpec();
            for (CommandLine.Model.OptionSpec o : spec.options()) {
                Class<?> t = o.type();
                boolean whole = t == int.class || t == Integer.class || t == long.class || t == Long.class;
                if (!whole || Limits.NOT_COUNTS.contains(o.longestName())) continue;
                Limits cap = Limits.ofOption(e.getKey(), o.longestName());
                assertThat(cap).as("%s %s has no cap in io.Limits", e.getKey(), o.longestName()).isNotNull();
                List<String> args = new ArrayList<>(List.of(e.getKey()));
                for (int i = 0; i < spec.positionalParameters().size(); i++) args.add("no-such-file-" + i);
                for (CommandLine.Model.OptionSpec req : spec.requiredArgs().stream().filter(a -> a instanceof CommandLine.Model.OptionSpec)
                        .map(a -> (CommandLine.Model.OptionSpec) a).toList()) {
                    if (req != o) args.addAll(List.of(req.longestName(), "x"));
                }
                args.addAll(List.of(o.longestName(), "2000000000"));
                Cli r = cli(args.toArray(String[]::new));
                assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(Main.EXIT_INVALID);
                assertThat(r.errLines()).as(r.err()).hasSize(1);
                assertThat(r.err()).contains("command line: " + o.longestName() + ": must be in [" + cap.min() + ", " + cap.max() + "]")
                        .contains("but was 2000000000");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void sensitivityPlansAreCappedBeforeAnythingIsAllocated() {
        Cli r = cli("sensitivity", "src/test/resources/golden/tiny.yaml", "--trajectories", "10000", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(r.err()).contains("must be in [1, 100000] (points of a design)");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExit1AndTheStackOnlyWithVerbose() {
        StringWriter w = new StringWriter();
        int code = Main.failed(new IllegalStateException("disk said no\n  at line two"), new PrintWriter(w, true), false);
        assertThat(code).isEqualTo(Main.EXIT_ERROR);
        assertThat(w.toString()).isEqualTo("entente: error: disk said no; at line two\n");
        StringWriter v = new StringWriter();
        Main.failed(new NullPointerException(), new PrintWriter(v, true), true);
        assertThat(v.toString()).startsWith("entente: error: unexpected failure; --verbose shows where\n").contains("\tat ");
        StringWriter d = new StringWriter();
        assertThat(Main.failed(new java.nio.file.AccessDeniedException("/root/x"), new PrintWriter(d, true), false)).isEqualTo(Main.EXIT_INVALID);
        assertThat(d.toString()).isEqualTo("entente: error: /root/x: permission denied\n");
    }

    @Test
    void aBadOutIsOneLineExit2AndNoJavaNames() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "mine");
        for (Path out : List.of(file, file.resolve("sub"), dir.resolve("missing").resolve("x").resolve("..").resolve("..").resolve("a-file"))) {
            Cli r = cli("run", "src/test/resources/golden/tiny.yaml", "--months", "2", "--out", out.toString(), "--quiet");
            assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_INVALID);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("java.");
        }
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    // ------------------------------------------------------------------ class 5: parameter files

    @Test
    void problemsInAParameterFileNameItsLineAndColumn() throws IOException {
        String tiny = "src/test/resources/golden/tiny.yaml";
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "parametres:\n  diversion_share: 0.5\n");
        Cli a = cli("validate", tiny, "--params", typo.toString());
        assertThat(a.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(a.errLines().get(0)).isEqualTo(typo + ":2:3: parametres: unknown key: a parameter file is a 'parameters:' mapping"
                + " of names to numbers, but was a mapping");
        Path beside = Files.writeString(dir.resolve("beside.yaml"), "parameters:\n  diversion_share: 0.5\nparametres:\n  x: 1\n");
        assertThat(cli("validate", tiny, "--params", beside.toString()).errLines().get(0))
                .isEqualTo(beside + ":4:3: parametres: unknown key: a parameter file has only a 'parameters:' mapping");
        Path range = Files.writeString(dir.resolve("range.yaml"), "# fitted\nparameters:\n  diversion_share: 5\n  no_such: 1\n");
        Cli c = cli("validate", tiny, "--params", range.toString());
        assertThat(c.errLines()).containsExactly(range + ":3:20: parameters.diversion_share: must be in [0, 1], but was 5",
                range + ":4:12: parameters.no_such: unknown parameter (see docs/parameters.md for the names), but was \"no_such=1\"",
                "2 problems: the scenario was not run.");
        assertThat(c.err()).doesNotContain("command line");
        // --set wins, and is blamed on the command line
        Cli d = cli("validate", tiny, "--params", range.toString(), "--set", "diversion_share=7", "--set", "no_such=2");
        assertThat(d.err()).contains("command line: --set diversion_share: must be in [0, 1], but was 7");
        Path bom = Files.writeString(dir.resolve("bom.json"), "\uFEFF{\"parameters\": {\"diversion_share\": 0.4}}");
        assertThat(cli("validate", tiny, "--params", bom.toString()).code()).isZero();
    }
}
