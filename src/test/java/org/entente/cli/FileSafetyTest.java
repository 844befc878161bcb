package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.entente.io.SafeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, classes 1, 2, 4 and 6 through the command line: no command, with any name or any
 * --out, deletes or changes a file it did not make, or reads one outside the tree it was given;
 * bad input ends in one line and exit 2.
 */
class FileSafetyTest {
    static final Path TINY = Path.of("src/test/resources/golden/tiny.yaml");

    static CliEndToEndTest.Result cli(String... args) {
        return CliEndToEndTest.cli(args);
    }

    /** Every file under root (links not followed), with its bytes; directories as empty entries. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                String k = root.relativize(f).toString();
                m.put(k, Files.isSymbolicLink(f) ? ("link:" + Files.readSymbolicLink(f)).getBytes() : Files.readAllBytes(f));
                return FileVisitResult.CONTINUE;
            }
        });
        return m;
    }

    /** Asserts every file of {@code before} is unchanged, and that new files lie only under {@code allowed}. */
    static void untouchedExcept(Path root, Map<String, byte[]> before, Path allowed, String what) throws IOException {
        Map<String, byte[]> after = snapshot(root);
        // where the result really is (a folder reached through a link is written where the link leads)
        String own = allowed == null ? null : root.toRealPath().relativize(org.entente.io.Destination.real(allowed)).toString();
        for (var e : before.entrySet()) {
            if (own != null && !own.isEmpty() && (e.getKey().equals(own) || e.getKey().startsWith(own + "/"))) continue;
            assertThat(after).as(what + ": " + e.getKey() + " must still exist").containsKey(e.getKey());
            assertThat(after.get(e.getKey())).as(what + ": " + e.getKey() + " must be unchanged").isEqualTo(e.getValue());
        }
        for (String k : after.keySet()) {
            if (before.containsKey(k)) continue;
            assertThat(own != null && (k.equals(own) || k.startsWith(own + "/"))).as(what + ": new file " + k + " outside " + own).isTrue();
        }
    }

    static void noStackTrace(CliEndToEndTest.Result r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("root:x:");
        assertThat(r.out()).doesNotContain("\tat ").doesNotContain("root:x:");
    }

    /** A tree of files the test owns: plain files, a foreign folder with a manifest, links. */
    static Path ownedTree(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "mine");
        Files.createDirectories(dir.resolve("docs/inner"));
        Files.writeString(dir.resolve("docs/b.txt"), "notes");
        Files.write(dir.resolve("docs/inner/c.bin"), new byte[] {0, 1, 2, (byte) 0xff});
        Files.createDirectories(dir.resolve("results/old"));
        Files.writeString(dir.resolve("results/old/manifest.json"), "{\"engine\":\"another tool\"}");
        Files.createDirectories(dir.resolve("scen"));
        Files.copy(TINY, dir.resolve("scen/tiny.yaml"));
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("docs"));
        Files.createSymbolicLink(dir.resolve("filelink"), dir.resolve("a.txt"));
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/.keep"), "");
        return dir;
    }

    // ---- class 1: names --------------------------------------------------------------------------

    @Test
    void scenarioFileNamesThatWouldEscapeGiveOneSafeFolder(@TempDir Path dir) throws Exception {
        ownedTree(dir);
        List<String> names = List.of("...yaml", "..yaml", ".yaml", "draft[1.yaml", "a*b{c}?.yaml", "CON.yaml", "x\u202Eevil.yaml",
                "t\u001B]0;hi\u0007.yaml", "-dash.yaml", "y".repeat(200) + ".yaml", " .yaml", "..tmp-1.yaml");
        for (String n : names) {
            Path scen = dir.resolve("scen").resolve(n);
            Files.copy(TINY, scen);
            Path out = dir.resolve("out-" + Math.abs(n.hashCode()));
            Map<String, byte[]> before = snapshot(dir);
            var r = cli("run", scen.toString(), "--months", "2", "--out", out.toString(), "--quiet");
            assertThat(r.code()).as(n + ": " + r.err()).isZero();
            Path folder = out.resolve(SafeName.ofFile(n));
            assertThat(folder.resolve("manifest.json")).as(n).isRegularFile();
            try (var s = Files.list(out)) {
                assertThat(s.toList()).as(n).containsExactly(folder);
            }
            untouchedExcept(dir, before, out, n);
            Files.delete(scen);
        }
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withChars(".*[]{}?\\ -_aZ09\u202E\u001B\u00e9CONUL").ofMinLength(1).ofMaxLength(10))
                .map(s -> s + ".yaml");
    }

    @Property(tries = 40)
    void anyScenarioFileNameRunsIntoOneSafeFolderAndTouchesNothingElse(@ForAll("fileNames") String name) throws Exception {
        Path dir = Files.createTempDirectory("entente-names");
        try {
            ownedTree(dir);
            Path scen;
            try {
                scen = dir.resolve("scen").resolve(name);
                if (!scen.getParent().equals(dir.resolve("scen"))) return; // a '/' in the name: not one file name
                Files.copy(TINY, scen);
            } catch (InvalidPathException | IOException e) {
                return; // the file system cannot hold this name at all
            }
            Path out = dir.resolve("out");
            Map<String, byte[]> before = snapshot(dir);
            var r = cli("run", scen.toString(), "--months", "2", "--out", out.toString(), "--quiet");
            noStackTrace(r);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(out.resolve(SafeName.ofFile(scen.getFileName().toString())).resolve("nations.csv")).isRegularFile();
            untouchedExcept(dir, before, out, name);
        } finally {
            org.entente.io.ResultFolder.deleteTree(dir);
        }
    }

    // ---- class 1: destinations -------------------------------------------------------------------

    static final List<String> TARGETS = List.of("", ".", "..", "a.txt", "docs", "docs/b.txt", "docs/inner", "link", "link/x", "filelink",
            "results", "results/old", "results/old/manifest.json", "scen", "scen/tiny.yaml", "scen/..", "empty", "new", "new/deeper",
            "a.txt/x", "docs/../results", "draft[1", "*", "{a,b}", "results/.old.tmp-1", "x\u202E", ".hidden");

    record Target(int command, String fragment, String suffix) { }

    @Provide
    Arbitrary<Target> targets() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(TARGETS),
                Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().withChars("ab.*[-_/").ofMaxLength(4))).as(Target::new);
    }

    /**
     * Property: run, compare --out, report --out and report --png, aimed at any place of a tree
     * of files the test owns, either write their own result or refuse in one line; every other
     * file keeps every byte.
     */
    @Property(tries = 80)
    void anyOutTargetLeavesEveryFileTheTestOwnsUntouched(@ForAll("targets") Target t) throws Exception {
        Path dir = Files.createTempDirectory("entente-out");
        try {
            ownedTree(dir);
            Path ens = Ensembles.get();
            Path target = dir.resolve(t.fragment() + t.suffix());
            Map<String, byte[]> before = snapshot(dir);
            String[] args;
            Path result;
            switch (t.command()) {
                case 0 -> {
                    args = new String[] {"run", dir.resolve("scen/tiny.yaml").toString(), "--months", "2", "--out", target.toString(), "--quiet"};
                    result = target.resolve("tiny");
                }
                case 1 -> {
                    args = new String[] {"compare", ens.resolve("a/tiny").toString(), ens.resolve("b/tiny").toString(), "--out", target.toString()};
                    result = target;
                }
                case 2 -> {
                    args = new String[] {"report", ens.resolve("a/tiny").toString(), "--out", target.toString(), "--actors", "AAA",
                            "--metrics", "gdp"};
                    result = target;
                }
                case 3 -> {
                    args = new String[] {"report", ens.resolve("a/tiny").toString(), "--out", ens.resolve("r-" + System.nanoTime() + ".html").toString(),
                            "--png", target.toString(), "--actors", "AAA", "--metrics", "gdp"};
                    result = target;
                }
                default -> {
                    args = new String[] {"rerun", ens.resolve("a/tiny/manifest.json").toString(), "--keep", target.toString()};
                    result = target.resolve("tiny");
                }
            }
            var r = cli(args);
            noStackTrace(r);
            assertThat(r.code()).as(t + ": " + r.err()).isIn(0, 1, 2);
            if (r.code() == 2) assertThat(r.err().strip().lines().count()).as(r.err()).isLessThanOrEqualTo(2);
            untouchedExcept(dir, before, r.code() == 0 ? result : null, t.toString());
        } finally {
            org.entente.io.ResultFolder.deleteTree(dir);
        }
    }

    @Test
    void runCompareAndReportRefuseToReplaceWhatIsNotTheirs(@TempDir Path dir) throws Exception {
        ownedTree(dir);
        Path ens = Ensembles.get();
        Map<String, byte[]> before = snapshot(dir);
        Files.createDirectories(dir.resolve("x/tiny"));
        Files.writeString(dir.resolve("x/tiny/thesis.tex"), "years of work");
        before = snapshot(dir);
        String[][] cases = {
                {"run", dir.resolve("scen/tiny.yaml").toString(), "--months", "2", "--out", dir.resolve("x").toString()},
                {"run", dir.resolve("scen/tiny.yaml").toString(), "--months", "2", "--out", dir.resolve("a.txt").toString()},
                {"compare", ens.resolve("a/tiny").toString(), ens.resolve("b/tiny").toString(), "--out", dir.resolve("a.txt").toString()},
                {"compare", ens.resolve("a/tiny").toString(), ens.resolve("b/tiny").toString(), "--out", dir.resolve("filelink").toString()},
                {"report", ens.resolve("a/tiny").toString(), "--out", dir.resolve("docs/b.txt").toString()},
                {"report", ens.resolve("a/tiny").toString(), "--out", dir.resolve("x.html").toString(), "--png", dir.resolve("docs").toString()},
                {"sweep", dir.resolve("scen/tiny.yaml").toString(), "--design", "sweeps/diversion.yaml", "--out", dir.resolve("scen").toString()},
                {"sweep", dir.resolve("scen/tiny.yaml").toString(), "--design", "sweeps/diversion.yaml", "--out", dir.toString()},
                {"rerun", ens.resolve("a/tiny/manifest.json").toString(), "--keep", ens.resolve("a").toString()},
                {"rerun", ens.resolve("a/tiny/manifest.json").toString(), "--keep", ens.resolve("a/tiny").toString()}};
        Map<String, byte[]> ensBefore = snapshot(ens);
        for (String[] c : cases) {
            var r = cli(c);
            assertThat(r.code()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            noStackTrace(r);
        }
        untouchedExcept(dir, before, null, "refusals");
        assertThat(dir.resolve("x.html")).doesNotExist();
        Map<String, byte[]> ensAfter = snapshot(ens);
        for (var e : ensBefore.entrySet()) assertThat(ensAfter.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }

    @Test
    void aNulInAnyPathArgumentIsOneLineAndExit2(@TempDir Path dir) {
        String bad = dir + "/a\u0000b";
        for (String[] c : new String[][] {{"run", bad}, {"run", TINY.toString(), "--out", bad}, {"validate", bad},
                {"compare", bad, bad}, {"rerun", bad}, {"report", bad}, {"run", TINY.toString(), "--params", bad}}) {
            var r = cli(c);
            assertThat(r.code()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err()).contains("NUL");
            noStackTrace(r);
        }
    }

    // ---- class 1 and 2: rerun ----------------------------------------------------------------------

    @Test
    void rerunNeverReadsOutsideTheResultsFolder(@TempDir Path dir) throws Exception {
        Path ens = Ensembles.get();
        Files.writeString(dir.resolve("secret.json"), "{\"name\": \"root:x:0:0 secret\"}");
        for (String resolved : List.of("../secret.json", dir.resolve("secret.json").toString(), "/etc/passwd", "..", "sub/x.json",
                "..\\\\secret.json")) {
            Path copy = copyOf(ens.resolve("a/tiny"), dir.resolve("r" + Math.abs(resolved.hashCode())));
            String m = Files.readString(copy.resolve("manifest.json"));
            Files.writeString(copy.resolve("manifest.json"), m.replace("\"resolved\" : \"scenario.resolved.json\"",
                    "\"resolved\" : \"" + resolved.replace("\\", "\\\\") + "\""));
            var r = cli("rerun", copy.resolve("manifest.json").toString());
            assertThat(r.code()).as(resolved + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("scenario.resolved").doesNotContain("secret");
            noStackTrace(r);
        }
        Path linked = copyOf(ens.resolve("a/tiny"), dir.resolve("linked"));
        Files.delete(linked.resolve("scenario.resolved.json"));
        Files.createSymbolicLink(linked.resolve("scenario.resolved.json"), dir.resolve("secret.json"));
        var r = cli("rerun", linked.resolve("manifest.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("secret");
    }

    @Test
    void rerunKeepWritesANewFolderAndComparesWithTheRecordedOne(@TempDir Path dir) throws Exception {
        Path rec = copyOf(Ensembles.get().resolve("a/tiny"), dir.resolve("rec/tiny"));
        Files.writeString(rec.resolve("events.csv"), Files.readString(rec.resolve("events.csv")) + "tampered\n");
        Map<String, byte[]> before = snapshot(dir.resolve("rec"));
        var same = cli("rerun", rec.resolve("manifest.json").toString(), "--keep", dir.resolve("rec").toString());
        assertThat(same.code()).as("the kept run would replace the recorded one").isEqualTo(2);
        var r = cli("rerun", rec.resolve("manifest.json").toString(), "--keep", dir.resolve("kept").toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("events.csv: first differs");
        assertThat(dir.resolve("kept/tiny/events.csv")).isRegularFile();
        untouchedExcept(dir.resolve("rec"), before, null, "the recorded folder");
    }

    // ---- class 4: manifests ------------------------------------------------------------------------

    static final List<String> FIELDS = List.of("runs", "months", "start_month", "seeds", "threads", "actors", "engine_version",
            "overrides", "scenario", "parameters");
    static final List<String> VALUES = List.of("2e9", "2000000000", "-3", "0", "1.5", "\"x\"", "null", "[]", "{}", "\"2025-13\"",
            "\"0000-00\"", "1e308", "\"../../etc/passwd\"", "[1,2,3]", "{\"set\": {\"theory\": [1]}, \"months\": 2e9}",
            "{\"resolved\": \"/etc/passwd\"}", "{\"months\": -1, \"seed\": \"x\"}", "true", "\"\\u001B[2J\"", "999999999999999999999");

    record Mutation(int command, String field, String value, boolean remove) { }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(FIELDS), Arbitraries.of(VALUES),
                Arbitraries.of(false, false, false, true)).as(Mutation::new);
    }

    /** Property: a manifest mutated anyhow makes rerun, compare and report end in 0, 1 or 2, with a short message, never a trace. */
    @Property(tries = 80)
    void anyManifestMutationEndsInOneLine(@ForAll("mutations") Mutation mu) throws Exception {
        Path dir = Files.createTempDirectory("entente-manifest");
        try {
            Path folder = copyOf(Ensembles.get().resolve("a/tiny"), dir.resolve("tiny"));
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(folder.resolve("manifest.json").toFile());
            if (mu.remove()) node.remove(mu.field());
            else node.set(mu.field(), json.readTree(mu.value()));
            Files.writeString(folder.resolve("manifest.json"), json.writeValueAsString(node));
            Path other = Ensembles.get().resolve("b/tiny");
            var r = switch (mu.command()) {
                case 0 -> cli("rerun", folder.resolve("manifest.json").toString());
                case 1 -> cli("compare", folder.toString(), other.toString(), "--out", dir.resolve("c.csv").toString(), "--force");
                default -> cli("report", folder.toString(), "--out", dir.resolve("r.html").toString(), "--actors", "AAA", "--metrics", "gdp");
            };
            noStackTrace(r);
            assertThat(r.code()).as(mu + ": " + r.err()).isIn(0, 1, 2);
            if (r.code() == 2) assertThat(r.err().strip().lines().count()).as(mu + ": " + r.err()).isBetween(1L, 3L);
        } finally {
            org.entente.io.ResultFolder.deleteTree(dir);
        }
    }

    @Test
    void craftedCountsAreRefusedByTheCapTable(@TempDir Path dir) throws Exception {
        for (String[] c : new String[][] {{"runs", "2e9", "runs: must be a whole number"}, {"runs", "2000000000", "runs: must be in [1, 1000000]"},
                {"runs", "-3", "runs: must be in [1, 1000000]"}, {"months", "\"x\"", "months: must be a whole number"},
                {"months", "2000000000", "months: must be in [1, 1200]"}, {"start_month", "\"2025-13\"", "start_month: must be a month"}}) {
            Path folder = copyOf(Ensembles.get().resolve("a/tiny"), dir.resolve(c[0] + Math.abs(c[1].hashCode())));
            String m = Files.readString(folder.resolve("manifest.json"));
            Files.writeString(folder.resolve("manifest.json"), m.replaceFirst("\"" + c[0] + "\" : [^,\\n]+", "\"" + c[0] + "\" : " + c[1]));
            var r = c[0].equals("runs") ? cli("rerun", folder.resolve("manifest.json").toString())
                    : cli("compare", folder.toString(), Ensembles.get().resolve("b/tiny").toString(), "--out", dir.resolve("c.csv").toString());
            assertThat(r.code()).as(c[0] + "=" + c[1] + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains(c[2]);
            noStackTrace(r);
        }
    }

    // ---- class 6: overrides --------------------------------------------------------------------------

    @Test
    void overridesGiveTheirOwnDefaultFolderName() {
        ScenarioOptions o = new ScenarioOptions();
        o.scenario = Path.of("scenarios/baseline-2025.yaml");
        assertThat(RunCommand.folderName(o.scenario, o, true, 120L, 1L)).isEqualTo("baseline-2025");
        o.seed = 1L;
        o.months = 120;
        assertThat(RunCommand.folderName(o.scenario, o, true, 120L, 1L)).as("the scenario's own seed and months change nothing").isEqualTo("baseline-2025");
        o.seed = null;
        o.months = null;
        o.set.put("theory", "realist");
        assertThat(RunCommand.folderName(o.scenario, o, true, 120L, 1L)).isEqualTo("baseline-2025--theory-realist");
        assertThat(RunCommand.folderName(o.scenario, o, false, 120L, 1L)).as("an explicit --out keeps the plain name").isEqualTo("baseline-2025");
        o.set.put("diversion_share", "0.6");
        o.seed = 7L;
        o.months = 24;
        o.params = Path.of("results/calibration/parameters.yaml");
        assertThat(RunCommand.folderName(o.scenario, o, true, 120L, 1L))
                .isEqualTo("baseline-2025--params-parameters--diversion_share-0.6--theory-realist--months-24--seed-7");
        o.set.put("x", "../../../etc");
        assertThat(RunCommand.folderName(o.scenario, o, true, 120L, 1L)).doesNotContain("/").doesNotStartWith(".");
        assertThat(SafeName.utf8(RunCommand.folderName(o.scenario, o, true, 120L, 1L))).isLessThanOrEqualTo(SafeName.MAX);
    }

    @Test
    void compareAndReportShowAndRefuseOverrideDifferences(@TempDir Path dir) throws Exception {
        Path ens = Ensembles.get();
        var r = cli("compare", ens.resolve("a/tiny").toString(), ens.resolve("realist/tiny").toString(), "--out", dir.resolve("c.csv").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--set theory: A (not set), B realist").contains("--force");
        assertThat(dir.resolve("c.csv")).doesNotExist();
        var forced = cli("compare", ens.resolve("a/tiny").toString(), ens.resolve("realist/tiny").toString(), "--out",
                dir.resolve("c.csv").toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("What differs between A and B").contains("--set theory: A (not set), B realist");
        var same = cli("compare", ens.resolve("a/tiny").toString(), ens.resolve("b/tiny").toString(), "--out", dir.resolve("d.csv").toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("same parameters and overrides");
        var rep = cli("report", ens.resolve("a/tiny").toString(), "--compare", ens.resolve("realist/tiny").toString(), "--out",
                dir.resolve("r.html").toString(), "--actors", "AAA", "--metrics", "gdp");
        assertThat(rep.code()).isEqualTo(2);
        assertThat(rep.err()).contains("theory");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    // ---- class 1 and 2: merge ----------------------------------------------------------------------

    @Test
    void mergeRefusesACutOffSummaryAndLinksOutOfTheFolder(@TempDir Path dir) throws Exception {
        Path d = Files.writeString(dir.resolve("design.yaml"), org.entente.sweep.SweepFixture.GRID);
        for (int k = 1; k <= 2; k++) {
            var r = cli("sweep", org.entente.sweep.SweepFixture.TINY.toString(), "--months", "6", "--threads", "1", "--design", d.toString(),
                    "--shard", k + "/2", "--quiet", "--out", dir.resolve("shard-" + k).toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        Path summary = dir.resolve("shard-1/point-0000/summary.csv");
        byte[] whole = Files.readAllBytes(summary);
        Files.write(summary, java.util.Arrays.copyOf(whole, whole.length - 7));
        var cut = cli("merge", dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(), "--out", dir.resolve("m").toString());
        assertThat(cut.code()).as(cut.err()).isEqualTo(2);
        assertThat(cut.err()).contains("cut off");
        assertThat(dir.resolve("m")).doesNotExist();
        Files.writeString(dir.resolve("secret.csv"), "metric,actor,month,n,mean,sd,ci_low,ci_high,p05,p50,p95\nsecret-content\n");
        Files.delete(summary);
        Files.createSymbolicLink(summary, dir.resolve("secret.csv"));
        var link = cli("merge", dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(), "--out", dir.resolve("m").toString());
        assertThat(link.code()).isEqualTo(2);
        assertThat(link.err()).contains("symbolic link").doesNotContain("secret-content");
        assertThat(dir.resolve("m")).doesNotExist();
        noStackTrace(link);
    }

    // ---- class 2: countries -----------------------------------------------------------------------

    @Test
    void aCountriesTableOutsideTheProjectGetsOneAnswerWhetherOrNotItExists(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project/scenarios"));
        Files.writeString(dir.resolve("outside.csv"), "iso3,name\nAAA,x\n");
        List<String> answers = new ArrayList<>();
        for (String f : List.of("../../outside.csv", "../../missing.csv")) {
            Path s = project.resolve("w" + answers.size() + ".yaml");
            Files.writeString(s, "name: w\nstart: \"2025-01\"\nmonths: 2\nseed: 1\ncountries: {file: \"" + f + "\", source: test}\n");
            var r = cli("validate", s.toString());
            assertThat(r.code()).isEqualTo(2);
            String line = r.err().lines().filter(l -> l.contains("countries.file")).findFirst().orElse("");
            answers.add(line.replaceAll("^.*countries.file: ", "").replaceAll(", but was.*$", ""));
        }
        assertThat(answers.get(0)).contains("must lie inside").isEqualTo(answers.get(1));
    }

    static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var s = Files.list(from)) {
            for (Path p : s.toList()) if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.copy(p, to.resolve(p.getFileName()));
        }
        return to;
    }

    /** Three small ensembles of the tiny world, made once: a, b (same overrides) and realist (--set theory=realist). */
    static final class Ensembles {
        private static Path root;

        static synchronized Path get() throws IOException {
            if (root != null) return root;
            Path r = Files.createTempDirectory("entente-ensembles");
            for (String[] c : new String[][] {{"a"}, {"b"}, {"realist", "--set", "theory=realist"}}) {
                List<String> args = new ArrayList<>(List.of("run", TINY.toString(), "--runs", "3", "--months", "4", "--out", r.resolve(c[0]).toString(),
                        "--quiet"));
                args.addAll(List.of(c).subList(1, c.length));
                var res = cli(args.toArray(String[]::new));
                if (res.code() != 0) throw new IllegalStateException(res.err());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    org.entente.io.ResultFolder.deleteTree(r);
                } catch (IOException e) {
                    // a temporary folder: the system cleans it eventually
                }
            }));
            root = r;
            return r;
        }
    }
}
