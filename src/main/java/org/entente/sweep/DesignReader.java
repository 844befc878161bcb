package org.entente.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.io.DocumentParser;
import org.entente.io.Node;
import org.entente.io.Node.ListNode;
import org.entente.io.Node.MapNode;
import org.entente.io.Node.Scalar;
import org.entente.io.Problems;
import org.entente.io.ScenarioException;
import org.entente.model.Param;

/**
 * Reads and checks a sweep design file (YAML or JSON), the way scenario files are checked:
 * every problem is collected, each as one line naming the file, line and column, the field, the
 * rule and the value found, and thrown together in a {@link ScenarioException}. Stateless.
 */
public final class DesignReader {
    /** Largest design file read, in bytes. */
    public static final long MAX_FILE_BYTES = 256 * 1024;

    static final List<String> TOP_KEYS = List.of("method", "samples", "runs", "seed", "seeds", "parameters", "description", "note");
    static final List<String> RANGE_KEYS = List.of("min", "max", "steps", "values", "note");

    /** A checked design and the file it came from, with the SHA-256 of the file's bytes. */
    public record Read(Design design, Path file, String sha256) { }

    private final Path file;
    private final Problems problems = new Problems();

    private DesignReader(Path file) {
        this.file = file;
    }

    /** Reads and checks the design; any problem is a {@link ScenarioException} listing all of them. */
    public static Read read(Path file) {
        return new DesignReader(file).run();
    }

    private Read run() {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) throw new ScenarioException(file + ": no such file");
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioException(file + ": file too large: a design file is at most " + MAX_FILE_BYTES + " bytes, but was " + size);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
        Node doc;
        try {
            doc = DocumentParser.parse(file);
        } catch (ScenarioException e) {
            throw new ScenarioException(e.problems().stream().map(DesignReader::reword).toList());
        }
        if (!(doc instanceof MapNode map)) {
            problems.add(doc, "", "a design must be a mapping of keys (method, samples, runs, seed, parameters)", doc.describe());
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
        Design design = design(map);
        problems.throwIfAny();
        return new Read(design, file, sha256(bytes));
    }

    private Design design(MapNode doc) {
        for (String key : doc.entries().keySet()) {
            if (!TOP_KEYS.contains(key)) {
                problems.add(doc.keyNode(key), key, "unknown key (allowed: " + String.join(", ", TOP_KEYS) + ")", "\"" + Problems.clip(key) + "\"");
            }
        }
        text(doc, "description");
        text(doc, "note");
        Design.Method method = null;
        Node mn = doc.get("method");
        if (mn == null) {
            problems.add(doc, "method", "required: grid, lhs or sobol", null);
        } else {
            String m = text(doc, "method");
            if (m != null) {
                switch (m) {
                    case "grid" -> method = Design.Method.GRID;
                    case "lhs" -> method = Design.Method.LHS;
                    case "sobol" -> method = Design.Method.SOBOL;
                    default -> problems.add(mn, "method", "unknown method (grid, lhs or sobol)", mn.describe());
                }
            }
        }
        int samples = 0;
        Node sn = doc.get("samples");
        if (method == Design.Method.GRID && sn != null) {
            problems.add(sn, "samples", "only for lhs and sobol: a grid has one point per combination of its parameters' values", sn.describe());
        } else if (method != null && method != Design.Method.GRID) {
            if (sn == null) problems.add(doc, "samples", "required for " + method.key() + ": the number of points", null);
            else samples = (int) integer(sn, "samples", 1, Design.MAX_POINTS, 0);
        }
        int runs = doc.get("runs") == null ? 1 : (int) integer(doc.get("runs"), "runs", 1, Design.MAX_RUNS, 1);
        Long seed = doc.get("seed") == null ? null : integer(doc.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE, 1);
        Design.SeedRule seeds = Design.SeedRule.COMMON;
        Node sr = doc.get("seeds");
        if (sr != null) {
            String t = text(doc, "seeds");
            if ("independent".equals(t)) seeds = Design.SeedRule.INDEPENDENT;
            else if (t != null && !t.equals("common")) problems.add(sr, "seeds", "must be common or independent", sr.describe());
        }
        List<Design.Dimension> dims = parameters(doc, method);
        Design design = new Design(method == null ? Design.Method.GRID : method, samples, runs, seed, seeds, dims);
        if (method != null && problems.isEmpty()) {
            long points = design.size();
            if (points > Design.MAX_POINTS) {
                problems.add(doc.get("parameters"), "parameters", "the grid has too many points: at most " + Design.MAX_POINTS,
                        Long.toString(points));
            } else if (points * runs > Design.MAX_TOTAL_RUNS) {
                problems.add(doc.get("runs"), "runs", "points x runs must be at most " + Design.MAX_TOTAL_RUNS,
                        points + " x " + runs);
            }
        }
        return design;
    }

    private List<Design.Dimension> parameters(MapNode doc, Design.Method method) {
        List<Design.Dimension> out = new ArrayList<>();
        Node pn = doc.get("parameters");
        if (pn == null) {
            problems.add(doc, "parameters", "required: a mapping of parameter names to {min, max} ranges", null);
            return out;
        }
        if (!(pn instanceof MapNode pm)) {
            problems.add(pn, "parameters", "must be a mapping of parameter names to {min, max} ranges", pn.describe());
            return out;
        }
        if (pm.entries().isEmpty()) {
            problems.add(pn, "parameters", "must name at least one parameter", "an empty mapping");
            return out;
        }
        for (Map.Entry<String, Node> e : pm.entries().entrySet()) {
            String path = "parameters." + e.getKey();
            Optional<Param> p = Param.byName(e.getKey());
            if (p.isEmpty()) {
                problems.add(pm.keyNode(e.getKey()), path, "unknown parameter (see docs/parameters.md for the names)",
                        "\"" + Problems.clip(e.getKey()) + "\"");
                continue;
            }
            Design.Dimension d = dimension(e.getValue(), path, p.get(), method);
            if (d != null) out.add(d);
        }
        return out;
    }

    private Design.Dimension dimension(Node n, String path, Param p, Design.Method method) {
        if (!(n instanceof MapNode m)) {
            problems.add(n, path, "must be a mapping such as {min: 0.5, max: 0.85" + (method == Design.Method.GRID ? ", steps: 4}" : "}"), n.describe());
            return null;
        }
        for (String key : m.entries().keySet()) {
            if (!RANGE_KEYS.contains(key)) {
                problems.add(m.keyNode(key), path + "." + key, "unknown key (allowed: " + String.join(", ", RANGE_KEYS) + ")",
                        "\"" + Problems.clip(key) + "\"");
            }
        }
        text(m, "note", path + ".note");
        boolean grid = method == Design.Method.GRID;
        Node values = m.get("values");
        if (values != null) {
            if (!grid) {
                if (method != null) problems.add(values, path + ".values", "a list of values is for grid designs; " + method.key() + " needs {min, max}", values.describe());
                return null;
            }
            for (String k : List.of("min", "max", "steps")) {
                if (m.get(k) != null) problems.add(m.get(k), path + "." + k, "give either values or min, max and steps, not both", m.get(k).describe());
            }
            if (!(values instanceof ListNode list) || list.items().isEmpty()) {
                problems.add(values, path + ".values", "must be a non-empty list of numbers", values.describe());
                return null;
            }
            List<Double> vs = new ArrayList<>();
            Set<Double> seen = new HashSet<>();
            boolean ok = true;
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                Double v = number(item, path + ".values[" + i + "]", p);
                if (v == null) {
                    ok = false;
                } else if (!seen.add(v)) {
                    problems.add(item, path + ".values[" + i + "]", "each value may appear once", item.describe());
                    ok = false;
                } else {
                    vs.add(v);
                }
            }
            return ok ? Design.Dimension.values(p, vs) : null;
        }
        Node minN = m.get("min"), maxN = m.get("max"), stepsN = m.get("steps");
        if (minN == null) problems.add(m, path + ".min", "required" + (grid ? " (or a list of values)" : ""), null);
        if (maxN == null) problems.add(m, path + ".max", "required" + (grid ? " (or a list of values)" : ""), null);
        Double min = minN == null ? null : number(minN, path + ".min", p);
        Double max = maxN == null ? null : number(maxN, path + ".max", p);
        if (min != null && max != null && !(min < max)) {
            problems.add(maxN, path + ".max", "must be greater than min (" + Problems.number(min) + ")", maxN.describe());
            min = null;
        }
        int steps = 0;
        if (grid) {
            if (stepsN == null) problems.add(m, path + ".steps", "required for a grid: the number of values from min to max, ends included (at least 2)", null);
            else steps = (int) integer(stepsN, path + ".steps", 2, Design.MAX_STEPS, 0);
        } else if (stepsN != null && method != null) {
            problems.add(stepsN, path + ".steps", "steps is for grid designs; " + method.key() + " takes the number of points from samples", stepsN.describe());
        }
        if (min == null || max == null) return null;
        if (grid) return steps >= 2 ? Design.Dimension.steps(p, min, max, steps) : null;
        return Design.Dimension.range(p, min, max);
    }

    /** A finite number within the parameter's allowed range, or null (problem recorded). */
    private Double number(Node n, String path, Param p) {
        if (!(n instanceof Scalar s) || (s.kind() != Scalar.Kind.INTEGER && s.kind() != Scalar.Kind.FLOAT)) {
            problems.add(n, path, "must be a number", n.describe());
            return null;
        }
        double v = s.number();
        if (!Double.isFinite(v)) {
            problems.add(n, path, "must be a finite number", n.describe());
            return null;
        }
        if (v < p.min() || v > p.max()) {
            problems.add(n, path, "must be in [" + Problems.number(p.min()) + ", " + Problems.number(p.max()) + "], the allowed range of "
                    + p.key(), n.describe());
            return null;
        }
        return v;
    }

    /** A whole number in [min, max], or {@code fallback} (problem recorded). */
    private long integer(Node n, String path, long min, long max, long fallback) {
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.INTEGER) {
            problems.add(n, path, "must be a whole number", n.describe());
            return fallback;
        }
        long v;
        try {
            v = Long.parseLong(s.text().replace("_", "").trim());
        } catch (NumberFormatException e) {
            problems.add(n, path, "must be a whole number", n.describe());
            return fallback;
        }
        if (v < min || v > max) {
            problems.add(n, path, (max == Long.MAX_VALUE ? "must be at least " + min : "must be in [" + min + ", " + max + "]"), n.describe());
            return fallback;
        }
        return v;
    }

    private String text(MapNode m, String key) {
        return text(m, key, key);
    }

    private String text(MapNode m, String key, String path) {
        Node n = m.get(key);
        if (n == null) return null;
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.STRING) {
            problems.add(n, path, "must be text", n.describe());
            return null;
        }
        return s.text();
    }

    /** The parser's messages speak of scenarios; a design file's speak of designs. */
    private static String reword(String line) {
        return line.replace("are not allowed in scenarios", "are not allowed in design files")
                .replace("a scenario is a mapping of keys such as name, start, actors", "a design is a mapping of keys such as method, runs, parameters")
                .replace("a scenario is exactly one mapping", "a design is exactly one mapping")
                .replace("a scenario file must be UTF-8", "a design file must be UTF-8");
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
