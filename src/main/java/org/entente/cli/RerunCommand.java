package org.entente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.io.EnsembleWriter;
import org.entente.io.Limits;
import org.entente.io.Manifest;
import org.entente.io.ManifestFields;
import org.entente.io.ScenarioException;
import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente rerun MANIFEST}: runs again exactly what a manifest records (the resolved
 * scenario saved beside it, its overrides, master seed, runs and threads) and checks that the
 * CSVs come out byte for byte the same, or says what differs.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = "Reproduce a results folder from its manifest.json and check the CSVs are byte-identical (exit 0), or say what differs (exit 1).")
final class RerunCommand implements Callable<Integer> {
    static final List<String> CHECKED = List.of("nations.csv", "dyads.csv", "events.csv", "summary.csv");

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "a manifest.json written by run")
    Path manifest;

    @Option(names = "--keep", paramLabel = "DIR", description = "keep the new run in DIR/<name>/ (default: a temporary folder, removed);"
            + " DIR/<name> may not be, contain or lie inside the folder being checked")
    Path keep;

    @Option(names = "--threads", paramLabel = "T", description = "threads for the rerun (default: as recorded; the files do not depend on it)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        JsonNode m;
        try {
            if (Files.isRegularFile(manifest) && Files.size(manifest) > ManifestFields.MAX_BYTES) {
                err.println(manifest + ": too large for a manifest (at most " + ManifestFields.MAX_BYTES + " bytes)");
                return Main.EXIT_INVALID;
            }
            m = new ObjectMapper().readTree(manifest.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            // the parser's own message quotes the file's content: not repeated
            err.println(manifest + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": not valid JSON");
            return Main.EXIT_INVALID;
        } catch (IOException e) {
            err.println(manifest + ": cannot read the manifest");
            return Main.EXIT_INVALID;
        }
        if (m == null || !m.isObject()) {
            err.println(manifest + ": not a manifest written by run (not a JSON object)");
            return Main.EXIT_INVALID;
        }
        for (String key : new String[] {"engine_version", "runs", "seeds", "scenario", "threads"}) {
            if (!m.has(key)) {
                err.println(manifest + ": not a manifest written by run (it has no " + key + ")");
                return Main.EXIT_INVALID;
            }
        }
        Path folder = manifest.toAbsolutePath().normalize().getParent();
        // Only the resolved scenario beside the manifest is read: a plain file name, no path, no link.
        JsonNode named = m.path("scenario").path("resolved");
        String resolvedName = named.isMissingNode() || named.isNull() ? "scenario.resolved.json" : named.asText("");
        if (!named.isMissingNode() && !named.isNull() && !named.isTextual() || !plainFileName(resolvedName)) {
            err.println(manifest + ": scenario.resolved: must be the name of a file beside the manifest (no folder, no ..);"
                    + " rerun reads nothing outside the results folder");
            return Main.EXIT_INVALID;
        }
        Path resolved = folder.resolve(resolvedName);
        if (Files.isSymbolicLink(resolved) || !Files.isRegularFile(resolved, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            err.println(folder + ": the resolved scenario " + resolvedName + " is missing (or not a plain file); cannot rerun");
            return Main.EXIT_INVALID;
        }
        int runs, t;
        Integer months;
        Long seed;
        Map<String, String> set = new LinkedHashMap<>();
        Manifest recordedManifest;
        try {
            runs = ManifestFields.count(manifest, m, "runs", Limits.RUNS);
            t = threads != null ? threads : ManifestFields.count(manifest, m, "threads", Limits.THREADS);
            if (Limits.THREADS.complaint("command line: --threads", t) != null) {
                err.println(Limits.THREADS.complaint("command line: --threads", t));
                return Main.EXIT_INVALID;
            }
            JsonNode ov = m.path("overrides");
            months = ManifestFields.optionalCount(manifest, ov, "months", "overrides.months", Limits.MONTHS);
            seed = ManifestFields.optionalLong(manifest, ov, "seed", "overrides.seed");
            JsonNode given = ov.path("set");
            if (!given.isMissingNode() && !given.isNull() && !given.isObject()) {
                throw ManifestFields.bad(manifest, "overrides.set", "must be a mapping of parameter names to values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode()) throw ManifestFields.bad(manifest, "overrides.set", "values must be numbers or names");
                set.put(e.getKey(), e.getValue().asText());
            }
            recordedManifest = Manifest.of(manifest, m);     // its counts and overrides checked above
        } catch (ScenarioException e) {
            for (String p : e.problems()) err.println(p);
            return Main.EXIT_INVALID;
        }
        ScenarioLoader.Loaded loaded;
        try {
            loaded = ScenarioLoader.load(resolved, new ScenarioLoader.Overrides(set, months, seed));
        } catch (ScenarioException e) {
            for (String p : e.problems()) err.println(p);
            return Main.EXIT_INVALID;
        }
        List<String> differences = new ArrayList<>();
        String recorded = recordedManifest.engineVersion() == null ? "" : recordedManifest.engineVersion();
        String now = Manifest.currentEngineVersion();
        if (!recorded.equals(now)) differences.add("engine version: recorded " + recorded + ", this engine is " + now);
        if (recordedManifest.scenario() == null || !loaded.sha256().equals(recordedManifest.scenario().sha256())) {
            differences.add("scenario: its SHA-256 differs from the recorded one (the resolved scenario was edited?)");
        }
        boolean dyads = Files.exists(folder.resolve("dyads.csv"));
        // The new run goes to a folder of its own, never over the recorded one (which it is compared with).
        Path target = keep != null ? keep : Files.createTempDirectory("entente-rerun");
        Path result;
        try {
            result = EnsembleWriter.run(loaded, target.resolve(folder.getFileName().toString()),
                    new EnsembleWriter.Options(runs, t, dyads), EnsembleWriter.Progress.NONE, List.of(folder)).folder();
            for (String f : CHECKED) {
                String d = firstDifference(folder.resolve(f), result.resolve(f));
                if (d != null) differences.add(f + ": " + d);
            }
        } finally {
            if (keep == null) org.entente.io.ResultFolder.deleteTree(target);
        }
        if (differences.isEmpty()) {
            out.println("Reproduced " + folder + ": " + runs + " run" + (runs == 1 ? "" : "s")
                    + ", every CSV byte-identical to the recorded one.");
            return Main.EXIT_OK;
        }
        out.println("Not reproduced exactly (" + folder + "):");
        for (String d : differences) out.println("  " + d);
        return Main.EXIT_ERROR;
    }

    /** Null when both files are equal (or both absent), else where they first differ. */
    static String firstDifference(Path a, Path b) throws IOException {
        boolean ea = Files.exists(a), eb = Files.exists(b);
        if (!ea && !eb) return null;
        if (ea != eb) return ea ? "missing from the rerun" : "not in the recorded folder";
        if (Files.isSymbolicLink(a)) return "is a symbolic link in the recorded folder; not read";
        if (Files.mismatch(a, b) == -1) return null;
        try (BufferedReader ra = Files.newBufferedReader(a, StandardCharsets.UTF_8);
             BufferedReader rb = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
            int line = 0;
            while (true) {
                String la = ra.readLine(), lb = rb.readLine();
                line++;
                if (la == null && lb == null) return "differs in its line endings or bytes";
                if (la == null || lb == null || !la.equals(lb)) {
                    return "first differs at line " + line + ": recorded \"" + clip(la) + "\", rerun \"" + clip(lb) + "\"";
                }
            }
        }
    }

    /** A file name with no folder part, not "." or "..", and no character a path could use to leave the folder. */
    static boolean plainFileName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.indexOf('\0') < 0 && name.indexOf(':') < 0;
    }

    private static String clip(String s) {
        if (s == null) return "(end of file)";
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
