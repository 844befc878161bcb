package org.entente.io;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.io.Node.ListNode;
import org.entente.io.Node.MapNode;
import org.entente.io.Node.Scalar;
import org.entente.model.Scenario;

/**
 * A scenario with what a classroom needs besides the run: what to watch, the decision points
 * and what really happened. Keys of a scenario file (docs/scenario-format.md, "Lessons"):
 *
 * <pre>
 * watch: "Iran's oil exports, and whether Iran draws closer to China or Russia."
 * decisions:
 *   - id: eu
 *     month: "2026-01"
 *     question: "The EU: what now with its sanctions on Iran?"
 *     options:
 *       - {id: tighten, label: "Tighten", events: [ ...ordinary events, month optional... ]}
 *       - {id: hold, label: "Hold", events: []}
 * history:
 *   - {text: "28 August 2025: the E3 triggered the snapback.", source: "E3 statement of 28 September 2025"}
 * </pre>
 *
 * A choice adds its option's events to the scenario, exactly as a child file that
 * {@code extends} the lesson and lists them would ({@link #exportYaml}); since every such event
 * is dated at or after its decision's month and a run draws the same random numbers whatever
 * happens, the world before that month is the same byte for byte. Immutable and thread-safe.
 */
public final class Lesson {
    /** Most decision points in one lesson, options in one decision, and events in one option. */
    public static final int MAX_DECISIONS = 12;
    public static final int MAX_OPTIONS = 6;
    public static final int MAX_OPTION_EVENTS = 50;
    public static final int MAX_HISTORY = 30;
    /** Longest text of a question, a label, a watch line or a history line. */
    public static final int MAX_TEXT = 600;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,15}");
    private static final List<String> DECISION_KEYS = List.of("id", "month", "question", "options", "note", "source");
    private static final List<String> OPTION_KEYS = List.of("id", "label", "events", "note", "source");
    private static final List<String> HISTORY_KEYS = List.of("text", "source", "note");

    /** One answer to a decision: its label and the ordinary events it adds. */
    public record Option(String id, String label) { }

    /** A question put to the class at a month, with its options. */
    public record Decision(String id, YearMonth month, String question, List<Option> options) {
        public Decision { options = List.copyOf(options); }

        public Option option(String optionId) {
            for (Option o : options) if (o.id().equals(optionId)) return o;
            return null;
        }
    }

    /** A sourced fact about what really happened, for the debrief. */
    public record Fact(String text, String source) { }

    /** What {@link #read} found; package-private glue for {@link ScenarioLoader}. */
    record Parts(String watch, List<Decision> decisions, List<Fact> history, Map<String, List<MapNode>> optionEvents) { }

    private final ScenarioLoader.Loaded loaded;
    private final Parts parts;
    private final MapNode runDoc;

    Lesson(ScenarioLoader.Loaded loaded, Parts parts, MapNode runDoc) {
        this.loaded = loaded;
        this.parts = parts;
        this.runDoc = runDoc;
    }

    public ScenarioLoader.Loaded loaded() { return loaded; }

    public Scenario scenario() { return loaded.scenario(); }

    /** What to watch, in words; empty when the file says nothing. */
    public String watch() { return parts.watch(); }

    public List<Decision> decisions() { return parts.decisions(); }

    public List<Fact> history() { return parts.history(); }

    /**
     * The scenario after the given choices: {@code choices.get(i)} is the option id taken at
     * decision i (a prefix: decisions not yet reached are left out).
     *
     * @throws ScenarioException if a choice names no option of its decision
     */
    public Scenario fork(List<String> choices) {
        if (choices.isEmpty()) return loaded.scenario();
        Problems problems = new Problems();
        MapNode child = childDoc(choices);
        MapNode merged = ScenarioLoader.merge(runDoc, child, problems);
        Scenario s = new ScenarioReader(problems, merged, loaded.file(), loaded.overrides()).read();
        problems.throwIfAny();
        return s;
    }

    /**
     * A scenario file that reproduces {@link #fork}{@code (choices)} with {@code ./entente run}
     * when saved in the lesson's folder: it {@code extends} the lesson and adds the chosen events.
     */
    public String exportYaml(List<String> choices, String title) {
        StringBuilder b = new StringBuilder();
        String file = loaded.file().getFileName().toString();
        b.append("# ").append(oneLine(title)).append('\n');
        b.append("# The choices made in the lesson \"").append(oneLine(scenario().name())).append("\".\n");
        b.append("# Save this file in the same folder as ").append(file).append(" (scenarios/lessons/ as shipped)\n");
        b.append("# and run it: ./entente run scenarios/lessons/<this file>. The run is the same, month by\n");
        b.append("# month, as the class's world in the browser (same seed, same events).\n");
        for (int i = 0; i < choices.size() && i < decisions().size(); i++) {
            Decision d = decisions().get(i);
            Option o = d.option(choices.get(i));
            b.append("#   ").append(d.month()).append(": ").append(oneLine(d.question())).append(" -> ")
                    .append(o == null ? choices.get(i) : oneLine(o.label())).append('\n');
        }
        b.append("extends: ").append(json(file)).append('\n');
        b.append("decisions: []\n");
        MapNode child = childDoc(choices);
        ListNode events = (ListNode) child.get("events");
        if (events.items().isEmpty()) {
            b.append("events:\n");
        } else {
            b.append("events:\n");
            for (Node e : events.items()) b.append("  - ").append(Canonical.toJson(e).replaceAll("\\s*\\n\\s*", " ")).append('\n');
        }
        return b.toString();
    }

    private MapNode childDoc(List<String> choices) {
        if (choices.size() > decisions().size()) throw new ScenarioException("more choices (" + choices.size() + ") than decisions ("
                + decisions().size() + ")");
        List<Node> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Decision d = decisions().get(i);
            if (d.option(choices.get(i)) == null) {
                throw new ScenarioException("decision " + d.id() + ": no option " + Problems.clip(String.valueOf(choices.get(i))));
            }
            for (MapNode e : parts.optionEvents().get(d.id() + "/" + choices.get(i))) {
                String id = ScenarioLoader.identity("events", e);
                if (id != null && !ids.add(id)) {
                    throw new ScenarioException("decision " + d.id() + ": an event of option " + choices.get(i)
                            + " is the same as one of an earlier choice (" + id + ")");
                }
                events.add(e);
            }
        }
        Path f = loaded.file();
        return new MapNode(f, 0, 0, Map.of("events", new ListNode(f, 0, 0, events)));
    }

    private static String oneLine(String s) { return Problems.sanitize(s).replace('\n', ' '); }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.append('"').toString();
    }

    // ------------------------------------------------------------------ reading and checking

    static Parts read(MapNode doc, MapNode runDoc, Path file, ScenarioLoader.Overrides overrides, Scenario scenario, Problems problems) {
        // option events are checked against the scenario only when the scenario itself is sound
        boolean deepCheck = problems.isEmpty();
        String watch = text(doc, "watch", "watch", false, problems);
        List<Fact> history = history(doc.get("history"), problems);
        List<Decision> decisions = new ArrayList<>();
        Map<String, List<MapNode>> optionEvents = new LinkedHashMap<>();
        Node dn = doc.get("decisions");
        if (dn != null && !(dn instanceof Scalar s0 && s0.kind() == Scalar.Kind.NULL)) {
            if (!(dn instanceof ListNode list)) {
                problems.add(dn, "decisions", "must be a list of decision points (id, month, question, options)", dn.describe());
            } else if (list.items().size() > MAX_DECISIONS) {
                problems.add(dn, "decisions", "too many decision points: at most " + MAX_DECISIONS, Integer.toString(list.items().size()));
            } else {
                Set<String> ids = new HashSet<>();
                Set<String> baseIds = new HashSet<>();
                if (runDoc.get("events") instanceof ListNode el) {
                    for (Node e : el.items()) {
                        String id = ScenarioLoader.identity("events", e);
                        if (id != null) baseIds.add(id);
                    }
                }
                YearMonth previous = null;
                for (int i = 0; i < list.items().size(); i++) {
                    Decision d = decision(list.items().get(i), "decisions[" + i + "]", runDoc, file, overrides, scenario, baseIds, deepCheck,
                            optionEvents, problems);
                    if (d == null) continue;
                    if (!ids.add(d.id())) problems.add(((MapNode) list.items().get(i)).get("id"), "decisions[" + i + "].id",
                            "duplicate decision id", "\"" + d.id() + "\"");
                    if (previous != null && !d.month().isAfter(previous)) {
                        problems.add(((MapNode) list.items().get(i)).get("month"), "decisions[" + i + "].month",
                                "must come after the month of the decision before it (" + previous + ")", d.month().toString());
                    }
                    previous = d.month();
                    decisions.add(d);
                }
            }
        }
        return new Parts(watch == null ? "" : watch, List.copyOf(decisions), history, optionEvents);
    }

    private static Decision decision(Node n, String p, MapNode runDoc, Path file, ScenarioLoader.Overrides overrides, Scenario scenario,
                                     Set<String> baseIds, boolean deepCheck, Map<String, List<MapNode>> optionEvents, Problems problems) {
        if (!(n instanceof MapNode m)) {
            problems.add(n, p, "must be a mapping (id, month, question, options)", n.describe());
            return null;
        }
        unknownKeys(m, p, DECISION_KEYS, problems);
        String id = id(m, p, problems);
        String question = text(m, "question", p + ".question", true, problems);
        YearMonth month = null;
        Node mn = m.get("month");
        if (mn == null) {
            problems.add(m, p + ".month", "is required (a month, YYYY-MM)", null);
        } else if (!(mn instanceof Scalar ms) || ms.kind() != Scalar.Kind.STRING || !ms.text().trim().matches("\\d{4}-\\d{2}")) {
            problems.add(mn, p + ".month", "must be a month written YYYY-MM", mn.describe());
        } else {
            try {
                month = YearMonth.parse(ms.text().trim());
            } catch (DateTimeException e) {
                problems.add(mn, p + ".month", "is not a real month", mn.describe());
            }
        }
        if (month != null) {
            YearMonth last = scenario.start().plusMonths(scenario.months() - 1L);
            if (!month.isAfter(scenario.start()) || month.isAfter(last)) {
                problems.add(mn, p + ".month", "must lie after the start month and within the horizon, " + scenario.start().plusMonths(1)
                        + " to " + last, month.toString());
                month = null;
            }
        }
        Node on = m.get("options");
        List<Option> options = new ArrayList<>();
        if (on == null) {
            problems.add(m, p + ".options", "is required (a list of 2 to " + MAX_OPTIONS + " options)", null);
        } else if (!(on instanceof ListNode ol) || ol.items().size() < 2 || ol.items().size() > MAX_OPTIONS) {
            problems.add(on, p + ".options", "must be a list of 2 to " + MAX_OPTIONS + " options", on instanceof ListNode l
                    ? l.items().size() + " options" : on.describe());
        } else {
            Set<String> optionIds = new HashSet<>();
            for (int k = 0; k < ol.items().size(); k++) {
                String op = p + ".options[" + k + "]";
                Option o = option(ol.items().get(k), op, month, runDoc, file, overrides, baseIds, deepCheck, id, optionEvents, problems);
                if (o == null) continue;
                if (!optionIds.add(o.id())) problems.add(((MapNode) ol.items().get(k)).get("id"), op + ".id", "duplicate option id",
                        "\"" + o.id() + "\"");
                options.add(o);
            }
        }
        if (id == null || question == null || month == null || options.size() < 2) return null;
        return new Decision(id, month, question, options);
    }

    private static Option option(Node n, String p, YearMonth month, MapNode runDoc, Path file, ScenarioLoader.Overrides overrides,
                                 Set<String> baseIds, boolean deepCheck, String decisionId, Map<String, List<MapNode>> optionEvents, Problems problems) {
        if (!(n instanceof MapNode m)) {
            problems.add(n, p, "must be a mapping (id, label, events)", n.describe());
            return null;
        }
        unknownKeys(m, p, OPTION_KEYS, problems);
        String id = id(m, p, problems);
        String label = text(m, "label", p + ".label", true, problems);
        Node en = m.get("events");
        List<MapNode> events = new ArrayList<>();
        if (en != null && !(en instanceof Scalar s && s.kind() == Scalar.Kind.NULL)) {
            if (!(en instanceof ListNode el)) {
                problems.add(en, p + ".events", "must be a list of events (it may be empty: [])", en.describe());
                return null;
            }
            if (el.items().size() > MAX_OPTION_EVENTS) {
                problems.add(en, p + ".events", "too many events: at most " + MAX_OPTION_EVENTS, Integer.toString(el.items().size()));
                return null;
            }
            for (int j = 0; j < el.items().size(); j++) {
                Node item = el.items().get(j);
                String ep = p + ".events[" + j + "]";
                if (!(item instanceof MapNode em)) {
                    problems.add(item, ep, "must be a mapping (an event)", item.describe());
                    continue;
                }
                if (em.get("month") == null && month != null) {
                    Map<String, Node> fields = new LinkedHashMap<>();
                    fields.put("month", new Scalar(em.file(), em.line(), em.column(), Scalar.Kind.STRING, month.toString(), Double.NaN, false));
                    fields.putAll(em.entries());
                    em = new MapNode(em.file(), em.line(), em.column(), fields, em.keyPositions());
                } else if (em.get("month") instanceof Scalar ms && month != null) {
                    try {
                        if (YearMonth.parse(ms.text().trim()).isBefore(month)) {
                            problems.add(ms, ep + ".month", "must not come before the decision's month " + month
                                    + " (a choice cannot change the past)", ms.describe());
                        }
                    } catch (DateTimeException e) {
                        // the event check below names it
                    }
                }
                String ident = ScenarioLoader.identity("events", em);
                if (ident != null && baseIds.contains(ident)) {
                    problems.add(em, ep, "is the same event as one the scenario already has (" + ident
                            + "); it would replace it instead of adding to it", null);
                }
                events.add(em);
            }
        }
        // Check the events exactly as ordinary events: the scenario with them added.
        if (!events.isEmpty() && month != null && deepCheck) {
            Problems own = new Problems();
            MapNode child = new MapNode(file, 0, 0, Map.of("events", new ListNode(file, 0, 0, new ArrayList<>(events))));
            new ScenarioReader(own, ScenarioLoader.merge(runDoc, child, own), file, overrides).read();
            for (String line : own.lines()) problems.addLine(line.replaceFirst(": events\\[\\d+\\]", ": " + p + ".events"));
        }
        if (id == null || label == null) return null;
        optionEvents.put(decisionId + "/" + id, List.copyOf(events));
        return new Option(id, label);
    }

    private static List<Fact> history(Node n, Problems problems) {
        List<Fact> out = new ArrayList<>();
        if (n == null || n instanceof Scalar s && s.kind() == Scalar.Kind.NULL) return out;
        if (!(n instanceof ListNode l)) {
            problems.add(n, "history", "must be a list of facts (text, source)", n.describe());
            return out;
        }
        if (l.items().size() > MAX_HISTORY) {
            problems.add(n, "history", "too many facts: at most " + MAX_HISTORY, Integer.toString(l.items().size()));
            return out;
        }
        for (int i = 0; i < l.items().size(); i++) {
            String p = "history[" + i + "]";
            if (!(l.items().get(i) instanceof MapNode m)) {
                problems.add(l.items().get(i), p, "must be a mapping (text, source)", l.items().get(i).describe());
                continue;
            }
            unknownKeys(m, p, HISTORY_KEYS, problems);
            String text = text(m, "text", p + ".text", true, problems);
            String source = text(m, "source", p + ".source", true, problems);
            if (text != null && source != null) out.add(new Fact(text, source));
        }
        return List.copyOf(out);
    }

    private static void unknownKeys(MapNode m, String p, List<String> allowed, Problems problems) {
        for (String k : m.entries().keySet()) {
            if (!allowed.contains(k)) {
                problems.add(m.keyNode(k), p + "." + k, "unknown key (allowed: " + String.join(", ", allowed) + ")",
                        "\"" + Problems.clip(k) + "\"");
            }
        }
    }

    private static String id(MapNode m, String p, Problems problems) {
        Node n = m.get("id");
        if (n == null) {
            problems.add(m, p + ".id", "is required (a short name: a letter, then letters, digits or _; at most 16)", null);
            return null;
        }
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.STRING || !ID.matcher(s.text()).matches()) {
            problems.add(n, p + ".id", "must be a short name: a letter, then letters, digits or _; at most 16", n.describe());
            return null;
        }
        return s.text();
    }

    private static String text(Node parent, String key, String p, boolean required, Problems problems) {
        Node n = parent instanceof MapNode pm ? pm.get(key) : null;
        if (n == null || n instanceof Scalar s0 && s0.kind() == Scalar.Kind.NULL) {
            if (required) problems.add(parent, p, "is required (a text)", null);
            return null;
        }
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.STRING) {
            problems.add(n, p, "must be a text", n.describe());
            return null;
        }
        String t = s.text().strip();
        if (t.isEmpty()) {
            problems.add(n, p, "must not be empty", "\"\"");
            return null;
        }
        if (t.length() > MAX_TEXT) {
            problems.add(n, p, "is too long: at most " + MAX_TEXT + " characters", t.length() + " characters");
            return null;
        }
        return t;
    }
}
