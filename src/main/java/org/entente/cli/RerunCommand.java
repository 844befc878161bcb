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
import org.entente.io.Manifest;
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

    @Option(names = "--keep", paramLabel = "DIR", description = "keep the new run in DIR/<name>/ (default: a temporary folder, removed)")
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
            m = new ObjectMapper().readTree(manifest.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            err.println(manifest + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": not valid JSON: "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
            return Main.EXIT_INVALID;
        } catch (IOException e) {
            err.println(manifest + ": cannot read the manifest: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        for (String key : new String[] {"engine_version", "runs", "seeds", "scenario", "threads"}) {
            if (!m.has(key)) {
                err.println(manifest + ": not a manifest written by run (it has no " + key + ")");
                return Main.EXIT_INVALID;
            }
        }
        Path folder = manifest.toAbsolutePath().getParent();
        Path resolved = folder.resolve(m.path("scenario").path("resolved").asText("scenario.resolved.json"));
        if (!Files.isRegularFile(resolved)) {
            err.println(folder + ": the resolved scenario " + resolved.getFileName() + " is missing; cannot rerun");
            return Main.EXIT_INVALID;
        }
        Map<String, String> set = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = m.path("overrides").path("set").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            set.put(e.getKey(), e.getValue().asText());
        }
        JsonNode ov = m.path("overrides");
        Integer months = ov.path("months").isNumber() ? ov.path("months").asInt() : null;
        Long seed = ov.path("seed").isNumber() ? ov.path("seed").asLong() : null;
        ScenarioLoader.Loaded loaded;
        try {
            loaded = ScenarioLoader.load(resolved, new ScenarioLoader.Overrides(set, months, seed));
        } catch (ScenarioException e) {
            for (String p : e.problems()) err.println(p);
            return Main.EXIT_INVALID;
        }
        List<String> differences = new ArrayList<>();
        String recorded = m.path("engine_version").asText(), now = Manifest.engineVersion();
        if (!recorded.equals(now)) differences.add("engine version: recorded " + recorded + ", this engine is " + now);
        if (!m.path("scenario").path("sha256").asText().equals(loaded.sha256())) {
            differences.add("scenario: its SHA-256 differs from the recorded one (the resolved scenario was edited?)");
        }
        int runs = m.path("runs").asInt(1);
        int t = threads != null ? threads : Math.max(1, m.path("threads").asInt(1));
        boolean dyads = Files.exists(folder.resolve("dyads.csv"));
        Path target = keep != null ? keep : Files.createTempDirectory("entente-rerun");
        Path result;
        try {
            result = EnsembleWriter.run(loaded, target.resolve(folder.getFileName().toString()),
                    new EnsembleWriter.Options(runs, t, dyads), EnsembleWriter.Progress.NONE).folder();
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

    private static String clip(String s) {
        if (s == null) return "(end of file)";
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
