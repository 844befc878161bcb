package org.entente.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.io.Node.ListNode;
import org.entente.io.Node.MapNode;
import org.entente.io.Node.Scalar;
import org.entente.model.Scenario;

/**
 * Loads a scenario file: parses it, follows {@code extends} (merging lists by identity, with
 * {@code remove: true}), applies command-line overrides, and checks everything before a run
 * can start (MODEL.md 8a). Every problem found is reported, one line each, in a
 * {@link ScenarioException}. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    /** The top-level keys of a scenario; any other is an error. */
    public static final List<String> TOP_LEVEL_KEYS = List.of("name", "description", "extends", "start", "months",
            "seed", "theory", "parameters", "countries", "actors", "trade", "oil_flows", "compliance", "treaties", "sanctions", "hostility", "events",
            "blocs", "watch", "decisions", "history");
    /** Keys for a classroom (what to watch, decision points, what really happened): read by {@link Lesson}, never by the run. */
    static final List<String> LESSON_KEYS = List.of("watch", "decisions", "history");
    static final Set<String> LIST_KEYS = Set.of("actors", "trade", "oil_flows", "compliance", "treaties", "sanctions", "hostility", "events");
    /** Longest chain of {@code extends}. */
    public static final int MAX_EXTENDS_DEPTH = 16;

    private ScenarioLoader() { }

    /** A loaded scenario with the files it came from and the resolved document (for the manifest). */
    public record Loaded(Scenario scenario, Path file, List<Path> files, String resolvedJson, String sha256, List<String> notes,
                         Overrides overrides) { }

    /**
     * Command-line changes applied on top of the file: {@code --set name=value}, {@code --months},
     * {@code --seed}. {@code from} locates the values that came from a parameter file
     * ({@code --params}), so that a problem with one names that file, line and column instead of
     * the command line; it does not change what is run.
     */
    public record Overrides(Map<String, String> set, Integer months, Long seed, Map<String, Node> from) {
        public static final Overrides NONE = new Overrides(Map.of(), null, null);

        public Overrides {
            set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
            from = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(from));
        }

        public Overrides(Map<String, String> set, Integer months, Long seed) { this(set, months, seed, Map.of()); }
    }

    public static Loaded load(Path file) { return load(file, Overrides.NONE); }

    public static Loaded load(Path file, Overrides overrides) {
        return lesson(file, overrides).loaded();
    }

    /**
     * Loads a scenario together with its classroom keys ({@code watch}, {@code decisions},
     * {@code history}), checking them as strictly as the rest. Those keys never reach the run:
     * the resolved document and its SHA-256 are the same as without them.
     */
    public static Lesson lesson(Path file, Overrides overrides) {
        Path abs = file.toAbsolutePath().normalize();
        Problems problems = new Problems();
        List<Path> files = new ArrayList<>();
        MapNode merged = resolve(abs, treeRoot(abs), new ArrayDeque<>(), files, problems, null);
        if (merged == null) problems.throwIfAny();
        List<String> notes = new ArrayList<>();
        int before = problems.count();
        boolean table = merged.get("countries") != null;
        merged = CountryTable.expand(merged, projectRoot(abs), problems, notes, files);
        // a table that cannot be read leaves the actors incomplete: say so alone, not with every
        // follow-on complaint about the actors it should have given
        if (table && problems.count() > before) problems.throwIfAny();
        MapNode lessonKeys = merged;
        for (String k : LESSON_KEYS) merged = without(merged, k);
        Scenario scenario = new ScenarioReader(problems, merged, abs, overrides).read();
        Lesson.Parts parts = scenario == null ? null : Lesson.read(lessonKeys, merged, abs, overrides, scenario, problems);
        problems.throwIfAny();
        String json = Canonical.toJson(merged);
        String sha = Canonical.sha256(json + "\n" + overrides.set() + "\n" + overrides.months() + "\n" + overrides.seed());
        notes.addAll(ScenarioReader.notes(scenario));
        Loaded loaded = new Loaded(scenario, abs, List.copyOf(files), json, sha, List.copyOf(notes), overrides);
        return new Lesson(loaded, parts, merged);
    }

    /**
     * Rebuilds a scenario from its resolved document ({@link Loaded#resolvedJson()}, which has
     * no {@code extends} left) and the same overrides, without reading any file: how a sweep
     * ships its scenario to the machines of a cluster. {@code file} is the original file
     * (only its name is used: it names a scenario that has no {@code name}).
     */
    public static Scenario fromResolved(Path file, String resolvedJson, Overrides overrides) {
        Path name = Path.of(file.getFileName().toString() + ".resolved.json");
        Problems problems = new Problems();
        Node doc = DocumentParser.parse(name, resolvedJson);
        if (!(doc instanceof MapNode map)) throw new ScenarioException(name + ": a resolved scenario must be a mapping");
        Scenario scenario = new ScenarioReader(problems, map, file.getFileName(), overrides).read();
        problems.throwIfAny();
        return scenario;
    }

    /**
     * The folder tree a scenario's parents must stay in: the nearest enclosing folder named
     * {@code scenarios}, or else the scenario's own folder.
     */
    static Path treeRoot(Path file) {
        Path real = realOrSelf(file.getParent());
        for (Path p = real; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("scenarios")) return p;
        }
        return real;
    }

    /** The project folder a scenario's data tables must stay in: the parent of its {@code scenarios} tree. */
    static Path projectRoot(Path file) {
        Path tree = treeRoot(file);
        return tree.getFileName() != null && tree.getFileName().toString().equals("scenarios") && tree.getParent() != null
                ? tree.getParent() : tree;
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static MapNode resolve(Path file, Path root, Deque<Path> chain, List<Path> files, Problems problems, Node from) {
        Path real = realOrSelf(file);
        if (chain.contains(real)) {
            StringBuilder cycle = new StringBuilder();
            for (java.util.Iterator<Path> it = chain.descendingIterator(); it.hasNext(); ) {
                cycle.append(it.next().getFileName()).append(" -> ");
            }
            cycle.append(real.getFileName());
            problems.add(from, "extends", "extends makes a cycle: " + cycle, null);
            return null;
        }
        if (chain.size() >= MAX_EXTENDS_DEPTH) {
            problems.add(from, "extends", "extends chain too long: at most " + MAX_EXTENDS_DEPTH + " files", null);
            return null;
        }
        Node doc;
        try {
            doc = DocumentParser.parse(file);
        } catch (ScenarioException e) {
            String via = from == null ? "" : " (the parent named by extends at " + from.file() + ":" + from.line() + ":" + from.column() + ")";
            for (String line : e.problems()) problems.addLine(line + via);
            return null;
        }
        files.add(real);
        if (!(doc instanceof MapNode map)) {
            problems.add(doc, "", "a scenario must be a mapping of keys (name, start, actors, ...)", doc.describe());
            return null;
        }
        for (String key : map.entries().keySet()) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                problems.add(map.keyNode(key), key, "unknown top-level key (allowed: " + String.join(", ", TOP_LEVEL_KEYS) + ")",
                        "\"" + Problems.clip(key) + "\"");
            }
        }
        checkDuplicateIdentities(map, problems);
        Node ext = map.get("extends");
        if (ext == null) return without(map, "extends");
        if (!(ext instanceof Scalar s) || s.kind() != Scalar.Kind.STRING || s.text().isBlank()) {
            problems.add(ext, "extends", "must be a path to the parent scenario, relative to this file", ext.describe());
            return null;
        }
        Path parent = realOrSelf(file.getParent()).resolve(s.text()).normalize();
        Path parentReal = realOrSelf(parent);
        if (!parentReal.startsWith(root)) {
            problems.add(ext, "extends", "the parent must lie inside the scenario folder tree " + root, "\"" + Problems.clip(s.text()) + "\"");
            return null;
        }
        if (!Files.isRegularFile(parentReal)) {
            problems.add(ext, "extends", "the parent scenario does not exist", "\"" + Problems.clip(s.text()) + "\"");
            return null;
        }
        chain.push(real);
        MapNode base = resolve(parentReal, root, chain, files, problems, ext);
        chain.pop();
        if (base == null) return null;
        return merge(base, without(map, "extends"), problems);
    }

    private static MapNode without(MapNode m, String key) {
        Map<String, Node> e = new LinkedHashMap<>(m.entries());
        e.remove(key);
        return new MapNode(m.file(), m.line(), m.column(), e);
    }

    /** Child keys override the parent's; lists merge by identity; parameters merge key by key. */
    static MapNode merge(MapNode parent, MapNode child, Problems problems) {
        Map<String, Node> out = new LinkedHashMap<>(parent.entries());
        for (Map.Entry<String, Node> e : child.entries().entrySet()) {
            String key = e.getKey();
            Node c = e.getValue();
            Node p = out.get(key);
            if (LIST_KEYS.contains(key) && p instanceof ListNode && c instanceof Scalar cs && cs.kind() == Scalar.Kind.NULL) {
                continue; // an empty list key in a child ("events:") keeps the parent's list, like "events: []"
            } else if (LIST_KEYS.contains(key) && p instanceof ListNode pl && c instanceof ListNode cl) {
                out.put(key, mergeLists(key, pl, cl, problems));
            } else if (key.equals("parameters") && p instanceof MapNode pm && c instanceof MapNode cm) {
                Map<String, Node> params = new LinkedHashMap<>(pm.entries());
                params.putAll(cm.entries());
                out.put(key, new MapNode(cm.file(), cm.line(), cm.column(), params));
            } else {
                out.put(key, c);
            }
        }
        return new MapNode(child.file(), child.line(), child.column(), out);
    }

    private static ListNode mergeLists(String key, ListNode parent, ListNode child, Problems problems) {
        LinkedHashMap<String, Node> items = new LinkedHashMap<>();
        int anon = 0;
        for (Node item : parent.items()) {
            String id = identity(key, item);
            items.put(id == null ? "#anon" + (anon++) : id, item);
        }
        for (int i = 0; i < child.items().size(); i++) {
            Node item = child.items().get(i);
            String id = identity(key, item);
            boolean remove = item instanceof MapNode m && m.get("remove") instanceof Scalar s
                    && s.kind() == Scalar.Kind.BOOLEAN && s.bool();
            if (id == null) {
                items.put("#anon" + (anon++), item);
            } else if (remove) {
                if (items.remove(id) == null) {
                    problems.add(item, key + "[" + i + "]", "remove: true names no inherited item with this identity", id);
                }
            } else if (items.get(id) instanceof MapNode inherited && item instanceof MapNode m) {
                Map<String, Node> fields = new LinkedHashMap<>(inherited.entries());
                fields.putAll(m.entries());
                items.put(id, new MapNode(m.file(), m.line(), m.column(), fields));
            } else {
                items.put(id, item);
            }
        }
        return new ListNode(child.file(), child.line(), child.column(), new ArrayList<>(items.values()));
    }

    private static void checkDuplicateIdentities(MapNode doc, Problems problems) {
        for (String key : LIST_KEYS) {
            if (!(doc.get(key) instanceof ListNode list)) continue;
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String id = identity(key, item);
                if (id == null) continue;
                Integer first = seen.putIfAbsent(id, i);
                if (first == null) continue;
                if (key.equals("actors")) {
                    Node idNode = ((MapNode) item).get("id");
                    problems.add(idNode, key + "[" + i + "].id", "duplicate actor id (actors[" + first + "] has it too)", idNode.describe());
                } else {
                    boolean explicit = ((MapNode) item).get("id") != null;
                    problems.add(item, key + "[" + i + "]", "duplicate item: " + key + "[" + first + "] has the same identity ("
                            + id + ")" + (explicit ? "" : "; give one of them an id of its own to keep both"), null);
                }
            }
        }
    }

    /** Identity of a list item for merging (MODEL.md 8a); null when it cannot be told. */
    static String identity(String key, Node item) {
        if (!(item instanceof MapNode m)) return null;
        String id = text(m.get("id"));
        if (id != null) return "id " + id;
        return switch (key) {
            case "actors" -> null;
            case "trade" -> pair("flow", text(m.get("from")), text(m.get("to")));
            case "oil_flows" -> pair("oil flow", text(m.get("seller")), text(m.get("buyer")));
            case "compliance" -> text(m.get("target")) == null ? null : pair("compliance", text(m.get("buyer")), text(m.get("sender")) + " against " + text(m.get("target")));
            case "treaties" -> text(m.get("name")) == null ? null : "treaty " + text(m.get("name"));
            case "sanctions" -> {
                String s = text(m.get("sender")), t = text(m.get("target")), ty = text(m.get("type"));
                yield s == null || t == null || ty == null ? null : "regime " + s + "/" + t + "/" + ty;
            }
            case "hostility" -> {
                List<String> b = texts(m.get("between"));
                if (b == null || b.size() != 2) yield null;
                List<String> sorted = new ArrayList<>(b);
                java.util.Collections.sort(sorted);
                yield "pair " + sorted.get(0) + "/" + sorted.get(1);
            }
            case "events" -> eventIdentity(m);
            default -> null;
        };
    }

    private static String eventIdentity(MapNode m) {
        String month = text(m.get("month")), type = text(m.get("type"));
        if (month == null || type == null) return null;
        StringBuilder b = new StringBuilder("event ").append(month).append(' ').append(type);
        String actor = text(m.get("actor"));
        if (actor != null) b.append(" actor=").append(actor);
        List<String> actors = texts(m.get("actors"));
        if (actors != null) b.append(" actors=").append(String.join(",", actors));
        if (m.get("regime") instanceof MapNode r) {
            b.append(" regime=").append(text(r.get("sender"))).append('/').append(text(r.get("target")))
                    .append('/').append(text(r.get("type")));
        }
        for (String k : List.of("parameter", "attribute", "policy", "sender", "target", "goods", "measure", "bloc", "name")) {
            String v = text(m.get(k));
            if (v != null) b.append(' ').append(k).append('=').append(v);
        }
        if (m.get("treaty") instanceof MapNode tr) b.append(" treaty=").append(text(tr.get("name")));
        else if (text(m.get("treaty")) != null) b.append(" treaty=").append(text(m.get("treaty")));
        return b.toString();
    }

    private static String pair(String what, String a, String b) {
        return a == null || b == null ? null : what + " " + a + "->" + b;
    }

    static String text(Node n) {
        if (n instanceof Scalar s && s.kind() != Scalar.Kind.NULL) return s.text();
        return null;
    }

    static List<String> texts(Node n) {
        if (!(n instanceof ListNode l)) return null;
        List<String> out = new ArrayList<>();
        for (Node i : l.items()) {
            String t = text(i);
            if (t == null) return null;
            out.add(t);
        }
        return out;
    }

}
