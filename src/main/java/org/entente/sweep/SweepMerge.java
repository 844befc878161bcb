package org.entente.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.io.Csv;
import org.entente.io.Destination;
import org.entente.io.ResultFolder;
import org.entente.io.ScenarioException;

/**
 * Merges the shards of one sweep into the folder the unsharded sweep would have written, byte
 * for byte. Checks first that every input is a folder of the same sweep (the same sweep.json,
 * design.csv and resolved scenario: same model, scenario, overrides, design and seeds) and that
 * every point is present exactly once; any problem stops the merge before anything is written.
 */
public final class SweepMerge {
    private static final Pattern POINT = Pattern.compile("point-(\\d{4,})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepMerge() { }

    public record Outcome(Path folder, int points, int inputs) { }

    public static Outcome merge(List<Path> inputs, Path destination) throws IOException {
        List<String> problems = new ArrayList<>();
        Path dest = destination.toAbsolutePath().normalize();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path in : inputs) {
            Path abs = in.toAbsolutePath().normalize();
            if (!seen.add(abs)) problems.add(in + ": given twice");
            if (abs.equals(dest) || dest.startsWith(abs) || abs.startsWith(dest)) {
                problems.add("--out " + destination + ": must not be one of the inputs or inside one (" + in + ")");
            }
            if (!Files.isDirectory(in)) problems.add(in + ": no such folder");
            else if (!Files.isRegularFile(in.resolve(SweepFiles.MANIFEST))) problems.add(in + ": not a sweep folder (no " + SweepFiles.MANIFEST + ")");
            else for (String f : List.of(SweepFiles.MANIFEST, SweepFiles.DESIGN, SweepFiles.RESOLVED)) ownFile(in, in.resolve(f), problems);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        Path first = inputs.get(0);
        byte[] manifest = Files.readAllBytes(first.resolve(SweepFiles.MANIFEST));
        JsonNode ref;
        SweepManifest sweep;
        try {
            ref = JSON.readTree(manifest);
        } catch (IOException e) {
            throw new ScenarioException(first.resolve(SweepFiles.MANIFEST) + ": not JSON");
        }
        try {
            sweep = ref != null && ref.isObject() ? SweepManifest.JSON.treeToValue(ref, SweepManifest.class) : null;
        } catch (IOException e) {
            sweep = null;
        }
        if (sweep == null || !SweepManifest.KIND.equals(sweep.kind()) || sweep.points() < 0) {
            throw new ScenarioException(first.resolve(SweepFiles.MANIFEST) + ": not the manifest of a sweep");
        }
        for (Path in : inputs.subList(1, inputs.size())) {
            byte[] other = Files.readAllBytes(in.resolve(SweepFiles.MANIFEST));
            if (!Arrays.equals(manifest, other)) problems.add(in + ": from a different sweep than " + first + ": " + differences(sweep, other));
            for (String f : List.of(SweepFiles.DESIGN, SweepFiles.RESOLVED)) {
                if (!sameBytes(first.resolve(f), in.resolve(f))) problems.add(in + ": " + f + " differs from " + first.resolve(f));
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        int total = sweep.points();
        String end = sweep.endMonth() == null ? "" : sweep.endMonth();
        List<String> designNames;
        List<String> designRows = new ArrayList<>();
        try (Csv design = Csv.open(first.resolve(SweepFiles.DESIGN))) {
            designNames = new ArrayList<>(design.header());
            designNames.remove(0);                                  // the point column
            while (design.nextRaw() != null) designRows.add(design.record());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(e.getMessage());
        }
        if (designRows.size() != total) {
            throw new ScenarioException(first.resolve(SweepFiles.DESIGN) + ": has " + designRows.size() + " points, but "
                    + SweepFiles.MANIFEST + " says " + total);
        }
        Map<Integer, Path> found = new TreeMap<>();
        for (Path in : inputs) {
            try (Stream<Path> s = Files.list(in)) {
                for (Iterator<Path> it = s.sorted().iterator(); it.hasNext(); ) {
                    Path p = it.next();
                    Matcher m = POINT.matcher(p.getFileName().toString());
                    if (!Files.isDirectory(p) || !m.matches()) continue;
                    int i;
                    try {
                        i = Integer.parseInt(m.group(1));
                    } catch (NumberFormatException e) {
                        i = Integer.MAX_VALUE;
                    }
                    if (i >= total || !p.getFileName().toString().equals(SweepFiles.pointFolder(i))) {
                        problems.add(p + ": no such point in the design (points 0 to " + (total - 1) + ")");
                    } else if (found.containsKey(i)) {
                        problems.add(p + ": point " + i + " is also in " + found.get(i).getParent() + " (each point must come from exactly one shard)");
                    } else if (!Files.isRegularFile(p.resolve(SweepFiles.POINT_SUMMARY))) {
                        problems.add(p + ": incomplete: no " + SweepFiles.POINT_SUMMARY);
                    } else if (ownFile(in, p.resolve(SweepFiles.POINT_SUMMARY), problems)) {
                        found.put(i, p);
                    }
                }
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < total; i++) if (!found.containsKey(i)) missing.add(i);
        if (!missing.isEmpty()) {
            List<String> shown = missing.stream().limit(20).map(String::valueOf).toList();
            problems.add("points missing from the inputs: " + String.join(", ", shown) + (missing.size() > 20 ? ", ..." : "")
                    + " (" + missing.size() + " of " + total + "); is a shard missing or unfinished?");
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        List<Path> sources = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Destination.check("--out", destination, Destination.Kind.SWEEP, List.of(), sources);
        try (ResultFolder out = ResultFolder.create(destination, Destination.Kind.SWEEP, List.of(), sources)) {
            Path dir = out.path();
            for (String f : List.of(SweepFiles.DESIGN, SweepFiles.RESOLVED, SweepFiles.MANIFEST)) {
                Files.copy(first.resolve(f), dir.resolve(f));
            }
            String header = SweepFiles.summaryHeader(designNames);
            try (BufferedWriter summary = Files.newBufferedWriter(dir.resolve(SweepFiles.SUMMARY), StandardCharsets.UTF_8)) {
                summary.write(header);
                summary.write('\n');
                for (Map.Entry<Integer, Path> e : found.entrySet()) {
                    Path target = dir.resolve(SweepFiles.pointFolder(e.getKey()));
                    Files.createDirectories(target);
                    Files.copy(e.getValue().resolve(SweepFiles.POINT_SUMMARY), target.resolve(SweepFiles.POINT_SUMMARY));
                    SweepFiles.appendRows(summary, designRows.get(e.getKey()), target.resolve(SweepFiles.POINT_SUMMARY), end);
                }
            }
            out.commit();
            return new Outcome(out.destination(), total, inputs.size());
        }
    }

    /**
     * Whether {@code file} is a plain file of the shard folder itself: a symbolic link (in the
     * file or its folder) could make a merge read, and echo, a file from anywhere. Adds the
     * problem, without the file's content, when it is not.
     */
    private static boolean ownFile(Path folder, Path file, List<String> problems) {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return true; // reported where it is needed
        if (Files.isSymbolicLink(file) || Files.isSymbolicLink(file.getParent()) || !Destination.inside(file, folder)
                || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            problems.add(file + ": is a symbolic link or not a plain file; merge reads only the shard folders' own files");
            return false;
        }
        return true;
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) return false;
        return Files.mismatch(a, b) == -1L;
    }

    /** Which parts of two sweep manifests differ, in words (their fields in the order sweep.json lists them). */
    private static String differences(SweepManifest ref, byte[] other) {
        SweepManifest o;
        try {
            o = SweepManifest.JSON.readValue(other, SweepManifest.class);
        } catch (IOException e) {
            return SweepFiles.MANIFEST + " is not JSON";
        }
        List<String> diffs = new ArrayList<>();
        String sa = ref.scenario() == null ? null : ref.scenario().sha256(), sb = o.scenario() == null ? null : o.scenario().sha256();
        if (!java.util.Objects.equals(sa, sb)) diffs.add("scenario (sha256 " + shortHash(sa) + " vs " + shortHash(sb) + ")");
        Map<String, JsonNode> da = ref.design() == null ? Map.of() : ref.design(), db = o.design() == null ? Map.of() : o.design();
        if (!java.util.Objects.equals(da.get("sha256"), db.get("sha256"))) {
            diffs.add("design file (sha256 " + shortHash(text(da.get("sha256"))) + " vs " + shortHash(text(db.get("sha256"))) + ")");
        }
        Map<String, JsonNode> restA = new java.util.LinkedHashMap<>(da), restB = new java.util.LinkedHashMap<>(db);
        restA.remove("sha256");
        restB.remove("sha256");
        List<Map.Entry<String, java.util.function.Function<SweepManifest, Object>>> fields = List.of(
                Map.entry("kind", SweepManifest::kind), Map.entry("engine", SweepManifest::engine),
                Map.entry("engine_version", SweepManifest::engineVersion), Map.entry("model_version", SweepManifest::modelVersion),
                Map.entry("schema_version", SweepManifest::schemaVersion), Map.entry("overrides", SweepManifest::overrides),
                Map.entry("actors", SweepManifest::actors), Map.entry("start_month", SweepManifest::startMonth),
                Map.entry("end_month", SweepManifest::endMonth), Map.entry("months", SweepManifest::months),
                Map.entry("parameters", SweepManifest::parameters), Map.entry("design", m -> null),
                Map.entry("master_seed", SweepManifest::masterSeed), Map.entry("seed_rule", SweepManifest::seedRule),
                Map.entry("shard_rule", SweepManifest::shardRule), Map.entry("files", SweepManifest::files));
        for (Map.Entry<String, java.util.function.Function<SweepManifest, Object>> f : fields) {
            if (f.getKey().equals("design")) {
                if (!restA.equals(restB)) diffs.add("design");
            } else if (!java.util.Objects.equals(f.getValue().apply(ref), f.getValue().apply(o))) {
                diffs.add(f.getKey());
            }
        }
        return diffs.isEmpty() ? "the manifests differ in layout" : "differs in " + String.join(", ", diffs);
    }

    private static String text(JsonNode n) { return n == null ? null : n.asText(); }

    private static String shortHash(String t) {
        if (t == null) return "";
        return t.length() > 12 ? t.substring(0, 12) + "..." : t;
    }
}
