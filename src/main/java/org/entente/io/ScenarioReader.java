package org.entente.io;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.io.Node.ListNode;
import org.entente.io.Node.MapNode;
import org.entente.io.Node.Scalar;
import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.Attribute;
import org.entente.model.Blocs;
import org.entente.model.EventAction;
import org.entente.model.EventType;
import org.entente.model.HostilitySpec;
import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.RegimeSpec;
import org.entente.model.RegimeType;
import org.entente.model.Scenario;
import org.entente.model.ScheduledEvent;
import org.entente.model.TariffGoods;
import org.entente.model.FinancialMeasure;
import org.entente.model.Theory;
import org.entente.model.ComplianceSpec;
import org.entente.model.OilFlowSpec;
import org.entente.model.TradeSpec;
import org.entente.model.TreatySpec;

/**
 * Turns a merged scenario document into a {@link Scenario}, checking every value on the way:
 * types, ranges, references between items, dates within the horizon. Problems are collected,
 * never thrown one by one. One instance per load.
 */
final class ScenarioReader {
    /** Most actors in one scenario. */
    static final int MAX_ACTORS = (int) Limits.ACTORS.max();
    /** Longest horizon, in months (100 years). */
    static final int MAX_MONTHS = (int) Limits.MONTHS.max();
    /** Most events in one scenario. */
    static final int MAX_EVENTS = (int) Limits.EVENTS.max();
    static final int DEFAULT_MONTHS = 120;
    static final long DEFAULT_SEED = 1;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,15}");
    private static final Set<String> COMMON = Set.of("id", "note", "source");
    private static final List<String> ACTOR_KEYS = List.of("id", "name", "kind", "lat", "lon", "gdp", "population", "milex",
            "oil_exports", "oil_imports", "oil_free", "oil_evasion_start",
            "arms_supplier", "ideal_point", "stability", "trend_growth", "financial_exposure", "reserves_months", "source", "note");
    private static final List<String> TRADE_KEYS = List.of("id", "from", "to", "value", "year", "source", "note");
    private static final List<String> OIL_FLOW_KEYS = List.of("id", "seller", "buyer", "mbd", "source", "note");
    private static final List<String> COMPLIANCE_KEYS = List.of("id", "buyer", "sender", "target", "complies", "source", "note");
    /** The highest price cap an event may set, USD per barrel. */
    static final double MAX_PRICE_CAP = 1000;
    /** How far a seller's named oil flows may sum above its oil_exports (rounding in the sources), mb/d. */
    static final double OIL_FLOW_TOLERANCE = 0.005;
    private static final List<String> TREATY_KEYS = List.of("id", "name", "parties", "signed", "in_force", "years", "domains",
            "defense", "floor", "source", "note");
    private static final List<String> SANCTION_KEYS = List.of("id", "sender", "target", "type", "intensity", "secondary",
            "start", "end", "rejected_by", "initiated_by", "source", "note");
    private static final List<String> HOSTILITY_KEYS = List.of("id", "between", "level", "war", "source", "note");
    static final List<String> DOMAINS = List.of("trade", "military", "security", "energy", "transport", "science",
            "culture", "education");
    /** The named defence levels of a treaty: none is 0, the others are parameters (docs/parameters.md). */
    static final Map<String, Param> DEFENSE_LEVELS = Map.of("consultation", Param.DEFENSE_CONSULTATION,
            "strategic_partnership", Param.DEFENSE_CONSULTATION, "entente", Param.DEFENSE_CONSULTATION,
            "non_aggression", Param.DEFENSE_NON_AGGRESSION, "neutrality", Param.DEFENSE_NON_AGGRESSION,
            "mutual_defence", Param.DEFENSE_MUTUAL, "mutual_defense", Param.DEFENSE_MUTUAL, "defense_pact", Param.DEFENSE_MUTUAL);
    static final List<String> ATTRIBUTES = Attribute.settableKeys();
    static final List<String> POLICIES = List.of("maximum_pressure", "rapprochement");
    /** Parameters copied into each actor at the start; a set_parameter event could not reach them. */
    static final Set<Param> START_ONLY = Set.of(Param.OIL_EVASION_START);
    /** Parameters used only to set up the start world (or read with the scenario); a set_parameter event could not reach them. */
    static final Set<Param> SET_UP_ONLY = Set.of(Param.ALIGNMENT_START, Param.ALIGNMENT_SETTLING_PASSES,
            Param.DEFENSE_CONSULTATION, Param.DEFENSE_NON_AGGRESSION, Param.DEFENSE_MUTUAL);
    /** Each event type's own keys, from the registry (model/EventType), in its order. */
    static final Map<String, List<String>> EVENT_KEYS = eventKeys();

    private static Map<String, List<String>> eventKeys() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (EventType t : EventType.values()) m.put(t.key(), t.fields());
        return java.util.Collections.unmodifiableMap(m);
    }
    /** The highest ad-valorem tariff rate an event may set (10 = 1000%). */
    static final double MAX_TARIFF_RATE = 10;

    private final Problems problems;
    private final MapNode doc;
    private final Path file;
    private final ScenarioLoader.Overrides overrides;
    private final Map<String, ActorKind> actors = new LinkedHashMap<>();
    private final Set<String> treatyNames = new HashSet<>();
    /** Buyer-sender-target triples of compliance[] read so far. */
    private final Set<String> compliancePairs = new HashSet<>();
    /** Seller-buyer pairs of oil_flows[] read so far. */
    private final Set<String> oilPairs = new HashSet<>();
    /** The regimes of sanctions[], as read: a join_bloc is checked against them. */
    private final List<RegimeSpec> listedSanctions = new ArrayList<>();
    /** Set when the actors list is over its cap: nothing else is read, so no reference is falsely "unknown". */
    private boolean actorsOverCap;
    private YearMonth start;
    /** The parameters in force, read before the treaties (whose named defence levels are parameters). */
    private Parameters params = Parameters.defaults();
    private int months;
    /** The horizon the file itself states; events are checked against it (a shorter --months just stops earlier). */
    private int fileMonths;

    ScenarioReader(Problems problems, MapNode doc, Path file, ScenarioLoader.Overrides overrides) {
        this.problems = problems;
        this.doc = doc;
        this.file = file;
        this.overrides = overrides;
    }

    Scenario read() {
        String name = optText(doc, "name", "name");
        if (name == null) name = baseName(file);
        String description = optText(doc, "description", "description");
        start = month(doc.get("start"), "start", true, false);
        fileMonths = (int) integer(doc, "months", "months", DEFAULT_MONTHS, 1, MAX_MONTHS);
        months = overrides.months() != null ? overrides.months() : fileMonths;
        if (overrides.months() != null && (months < 1 || months > MAX_MONTHS)) {
            problems.add((Node) null, "--months", "must be in [1, " + MAX_MONTHS + "]", Integer.toString(months));
        }
        long seed = overrides.seed() != null ? overrides.seed() : integer(doc, "seed", "seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        params = parameters();

        List<ActorSpec> actorList = actorList();
        // every other part names actors: with the list refused, its checks would only repeat that
        if (actorsOverCap) return null;
        List<TradeSpec> trade = new ArrayList<>();
        forEach("trade", (m, p) -> trade.add(tradeItem(m, p)));
        List<OilFlowSpec> oilFlows = new ArrayList<>();
        forEach("oil_flows", (m, p) -> {
            OilFlowSpec f = oilFlow(m, p, actorList);
            if (f != null) oilFlows.add(f);
        });
        checkOilFlowTotals(oilFlows, actorList);
        List<ComplianceSpec> compliance = new ArrayList<>();
        forEach("compliance", (m, p) -> {
            ComplianceSpec c = complianceItem(m, p);
            if (c != null) compliance.add(c);
        });
        List<TreatySpec> treaties = new ArrayList<>();
        forEach("treaties", (m, p) -> {
            TreatySpec t = treaty(m, p);
            if (t != null) {
                treaties.add(t);
                treatyNames.add(t.name());
            }
        });
        List<RegimeSpec> sanctions = new ArrayList<>();
        forEach("sanctions", (m, p) -> {
            RegimeSpec r = regime(m, p, SANCTION_KEYS, true);
            if (r != null) sanctions.add(r);
            if (r != null) listedSanctions.add(r);
        });
        List<HostilitySpec> hostility = new ArrayList<>();
        forEach("hostility", (m, p) -> {
            HostilitySpec h = hostilityItem(m, p);
            if (h != null) hostility.add(h);
        });
        List<ScheduledEvent> events = events();
        Blocs blocs = blocs();
        if (start == null) return null;
        events.sort(Comparator.comparing(ScheduledEvent::month));
        return new Scenario(name, description == null ? "" : description, start, months, seed, params,
                actorList, trade, treaties, sanctions, hostility, events, blocs, oilFlows, compliance);
    }

    /**
     * Things worth telling the user that are not errors: actors outside the trade network, and
     * an oil_free the engine will not use because nothing enforces against the actor at the start.
     */
    static List<String> notes(Scenario s) {
        List<String> notes = new ArrayList<>();
        List<String> outside = org.entente.engine.Gravity.outsideTradeNetwork(s);
        if (!outside.isEmpty()) {
            notes.add(String.join(", ", outside) + (outside.size() == 1 ? " has" : " have")
                    + " no recorded trade: outside the trade network (no diverted trade or oil, no trade-dependence term)");
        }
        for (ActorSpec a : s.actors()) {
            if (Double.isNaN(a.oilFree()) || a.oilFree() == a.oilExports() || a.oilExports() <= 0) continue;
            boolean enforced = s.sanctions().stream().anyMatch(r -> r.target().equals(a.id()) && r.type() == RegimeType.ENERGY
                    && r.secondary() && !r.start().isAfter(s.start()) && (r.end() == null || r.end().isAfter(s.start())));
            if (!enforced) {
                notes.add(a.id() + ": oil_free " + Problems.number(a.oilFree()) + " is not used: with no secondary energy regime in"
                        + " force at the start, the recorded volume " + Problems.number(a.oilExports()) + " is its unsanctioned volume");
            }
        }
        return notes;
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    // ------------------------------------------------------------------ parameters

    private Parameters parameters() {
        Parameters params = Parameters.defaults();
        Node th = doc.get("theory");
        if (th != null) params = withTheory(params, th, "theory");
        Node pn = doc.get("parameters");
        if (pn != null && !(pn instanceof Scalar s && s.kind() == Scalar.Kind.NULL)) {
            if (!(pn instanceof MapNode pm)) {
                problems.add(pn, "parameters", "must be a mapping of parameter names to numbers", pn.describe());
            } else {
                for (Map.Entry<String, Node> e : pm.entries().entrySet()) {
                    String path = "parameters." + e.getKey();
                    if (e.getKey().equals("theory")) {
                        params = withTheory(params, e.getValue(), path);
                        continue;
                    }
                    var p = Param.byName(e.getKey());
                    if (p.isEmpty()) {
                        problems.add(e.getValue(), path, "unknown parameter (see docs/parameters.md for the names)", null);
                        continue;
                    }
                    Double v = number(e.getValue(), path, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                    String rule = v == null ? null : parameterRule(p.get(), v);
                    if (rule != null) problems.add(e.getValue(), path, rule, Problems.number(v));
                    else if (v != null) params = params.with(p.get(), v);
                }
            }
        }
        for (Map.Entry<String, String> e : overrides.set().entrySet()) {
            Node at = overrides.from().get(e.getKey());
            String path = at != null ? "parameters." + e.getKey() : "--set " + e.getKey();
            if (e.getKey().equals("theory")) {
                var t = Theory.byName(e.getValue());
                if (t.isEmpty()) problems.add(at, path, "unknown theory (realist, liberal, constructivist, mixed)", "\"" + Problems.clip(e.getValue()) + "\"");
                else params = params.withTheory(t.get());
                continue;
            }
            var p = Param.byName(e.getKey());
            if (p.isEmpty()) {
                problems.add(at, path, "unknown parameter (see docs/parameters.md for the names)",
                        "\"" + Problems.clip(e.getKey()) + "=" + Problems.clip(e.getValue()) + "\"");
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(e.getValue().trim());
            } catch (NumberFormatException ex) {
                problems.add(at, path, "must be a number", "\"" + Problems.clip(e.getValue()) + "\"");
                continue;
            }
            String rule = parameterRule(p.get(), v);
            if (rule != null) {
                problems.add(at, path, rule, Problems.number(v));
                continue;
            }
            params = params.with(p.get(), v);
        }
        return params;
    }

    /**
     * The rule a parameter value breaks, or null: a flag must be 0 or 1; any other value must lie
     * in the range and, for an integer parameter, be a whole number.
     */
    private static String parameterRule(Param p, double v) {
        if (p.kind() == Param.Kind.FLAG && !p.ofKind(v)) return p.kindRule();
        if (!inRange(v, p.min(), p.max())) return rangeRule(p.min(), p.max());
        return p.ofKind(v) ? null : p.kindRule();
    }

    /**
     * Reports a value that is in range but not of the parameter's kind (2.5 for an integer, 3
     * for a flag) and returns true; false when the value is fine.
     */
    private boolean kindProblem(Node n, String path, Param p, double v) {
        if (p.ofKind(v)) return false;
        problems.add(n, path, p.kindRule(), Problems.number(v));
        return true;
    }

    private Parameters withTheory(Parameters params, Node n, String path) {
        String t = text(n, path);
        if (t == null) return params;
        var theory = Theory.byName(t);
        if (theory.isEmpty()) {
            problems.add(n, path, "unknown theory (realist, liberal, constructivist, mixed)", n.describe());
            return params;
        }
        return params.withTheory(theory.get());
    }

    // ------------------------------------------------------------------ actors

    private List<ActorSpec> actorList() {
        List<ActorSpec> out = new ArrayList<>();
        Node an = doc.get("actors");
        if (an == null) {
            problems.add(doc, "actors", "is required: a list of the actors of the scenario", null);
            return out;
        }
        if (!(an instanceof ListNode list)) {
            problems.add(an, "actors", "must be a list", an.describe());
            return out;
        }
        if (list.items().size() > MAX_ACTORS) {
            problems.add(an, "actors", "too many actors: at most " + MAX_ACTORS, Integer.toString(list.items().size()));
            actorsOverCap = true;
            return out;
        }
        if (list.items().size() < 2) problems.add(an, "actors", "needs at least two actors", Integer.toString(list.items().size()));
        // first the ids, so that references anywhere can be checked
        for (int i = 0; i < list.items().size(); i++) {
            if (!(list.items().get(i) instanceof MapNode m)) continue;
            String id = ScenarioLoader.text(m.get("id"));
            if (id == null || !ID.matcher(id).matches() || id.equals(RegimeSpec.UN)) continue;
            ActorKind k = ScenarioLoader.text(m.get("kind")) == null ? null : ActorKind.byName(ScenarioLoader.text(m.get("kind"))).orElse(null);
            actors.putIfAbsent(id, k);
        }
        for (int i = 0; i < list.items().size(); i++) {
            String p = "actors[" + i + "]";
            Node item = list.items().get(i);
            if (!(item instanceof MapNode m)) {
                problems.add(item, p, "must be a mapping with id, name, kind, gdp, ...", item.describe());
                continue;
            }
            ActorSpec a = actor(m, p);
            if (a != null) out.add(a);
        }
        return out;
    }

    private ActorSpec actor(MapNode m, String p) {
        keys(m, p, ACTOR_KEYS);
        String id = text(m, "id", p, true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(m.get("id"), p + ".id", "must be a short code of letters, digits and _ (e.g. IRN, EUU), at most 16 characters", m.get("id").describe());
            id = null;
        } else if (RegimeSpec.UN.equals(id)) {
            problems.add(m.get("id"), p + ".id", "UN is reserved for United Nations regimes", "\"UN\"");
            id = null;
        }
        String name = optText(m, "name", p + ".name");
        ActorKind kind = null;
        String k = text(m, "kind", p, true);
        if (k != null) {
            kind = ActorKind.byName(k).orElse(null);
            if (kind == null) problems.add(m.get("kind"), p + ".kind", "must be one of state, bloc, non_state", m.get("kind").describe());
        }
        double lat = num(m, "lat", p, true, -90, 90, Double.NaN);
        double lon = num(m, "lon", p, true, -180, 180, Double.NaN);
        double gdp = attribute(m, p, Attribute.GDP, true, Double.NaN);
        double pop = attribute(m, p, Attribute.POPULATION, true, Double.NaN);
        double milex = attribute(m, p, Attribute.MILEX, false, 0);
        double oilEx = attribute(m, p, Attribute.OIL_EXPORTS, false, 0);
        double oilIm = attribute(m, p, Attribute.OIL_IMPORTS, false, 0);
        double oilFree = attribute(m, p, Attribute.OIL_FREE, false, Double.NaN);
        double evasionStart = attribute(m, p, Attribute.OIL_EVASION_START, false, Double.NaN);
        boolean arms = bool(m, Attribute.ARMS_SUPPLIER.key(), p, false);
        double ideal = attribute(m, p, Attribute.IDEAL_POINT, true, Double.NaN);
        double stability = attribute(m, p, Attribute.STABILITY, true, Double.NaN);
        double trend = attribute(m, p, Attribute.TREND_GROWTH, true, Double.NaN);
        double exposure = attribute(m, p, Attribute.FINANCIAL_EXPOSURE, false, Double.NaN);
        double reserves = attribute(m, p, Attribute.RESERVES_MONTHS, false, Double.NaN);
        if (!Double.isNaN(oilFree) && oilFree < oilEx) {
            problems.add(m.get("oil_free"), p + ".oil_free", "must be at least oil_exports (" + Problems.number(oilEx) + ")", Problems.number(oilFree));
        }
        String source = optText(m, "source", p + ".source");
        if (id == null || kind == null) return null;
        return new ActorSpec(id, name == null ? id : name, kind, lat, lon, gdp, pop, milex, oilEx, oilIm, oilFree,
                evasionStart, arms, ideal, stability, trend, source == null ? "" : source, exposure, reserves);
    }

    /** An actor's number under its own key, checked against the attribute registry. */
    private double attribute(MapNode m, String p, Attribute a, boolean required, double absent) {
        return a.positive() ? positive(m, a.key(), p) : num(m, a.key(), p, required, a.min(), a.max(), absent);
    }

    /**
     * {@code blocs: {west: [...], east: [...]}}: the actors of alignment_west and alignment_east,
     * each a list of distinct actor ids of the scenario; a side left out keeps its default.
     */
    private Blocs blocs() {
        Node n = doc.get("blocs");
        if (n == null || n instanceof Scalar s && s.kind() == Scalar.Kind.NULL) return Blocs.DEFAULT;
        if (!(n instanceof MapNode m)) {
            problems.add(n, "blocs", "must be a mapping with west and east, each a list of actor ids", n.describe());
            return Blocs.DEFAULT;
        }
        keys(m, "blocs", List.of("west", "east"));
        List<String> west = m.get("west") == null ? Blocs.DEFAULT.west() : blocSide(m, "west");
        List<String> east = m.get("east") == null ? Blocs.DEFAULT.east() : blocSide(m, "east");
        return new Blocs(west == null ? List.of() : west, east == null ? List.of() : east);
    }

    private List<String> blocSide(MapNode m, String key) {
        List<String> ids = actorList(m, key, "blocs", true);
        if (ids == null) return null;
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                problems.add(((ListNode) m.get(key)).items().get(i), "blocs." + key + "[" + i + "]", "names an actor already in the list",
                        "\"" + Problems.clip(ids.get(i)) + "\"");
                return null;
            }
        }
        return ids;
    }

    private double positive(MapNode m, String key, String p) {
        Node n = m.get(key);
        if (n == null) {
            problems.add(m, p + "." + key, "is required", null);
            return Double.NaN;
        }
        if (n instanceof Scalar s && (s.kind() == Scalar.Kind.INTEGER || s.kind() == Scalar.Kind.FLOAT)
                && !Double.isNaN(s.number()) && s.number() <= 0) {
            problems.add(n, p + "." + key, "must be > 0", n.describe());
            return Double.NaN;
        }
        Double v = number(n, p + "." + key, 0, 1e7);
        return v == null ? Double.NaN : v;
    }

    // ------------------------------------------------------------------ lists

    private interface ItemReader { void read(MapNode item, String path); }

    private void forEach(String key, ItemReader reader) {
        Node n = doc.get(key);
        if (n == null || n instanceof Scalar s && s.kind() == Scalar.Kind.NULL) return;
        if (!(n instanceof ListNode list)) {
            problems.add(n, key, "must be a list", n.describe());
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String p = key + "[" + i + "]";
            if (!(item instanceof MapNode m)) {
                problems.add(item, p, "must be a mapping", item.describe());
                continue;
            }
            if (m.get("remove") != null) {
                problems.add(m.get("remove"), p + ".remove", "remove: true only drops an item inherited through extends; nothing to remove here", null);
                continue;
            }
            reader.read(m, p);
        }
    }

    /**
     * One recorded oil flow (MODEL.md 6): a seller with oil_exports, a different buyer that is a
     * state or bloc, mb/d at least 0, each pair once.
     */
    private OilFlowSpec oilFlow(MapNode m, String p, List<ActorSpec> actorList) {
        keys(m, p, OIL_FLOW_KEYS);
        String seller = tradingActor(m, "seller", p);
        String buyer = tradingActor(m, "buyer", p);
        double mbd = num(m, "mbd", p, true, 0, 100, Double.NaN);
        if (seller != null && seller.equals(buyer)) {
            problems.add(m.get("buyer"), p + ".buyer", "an oil flow must go to another actor", "\"" + buyer + "\"");
            return null;
        }
        if (seller != null) {
            double exports = actorList.stream().filter(a -> a.id().equals(seller)).mapToDouble(ActorSpec::oilExports).findFirst().orElse(0);
            if (exports <= 0) {
                problems.add(m.get("seller"), p + ".seller", "the seller must have oil_exports above 0", "\"" + seller + "\"");
                return null;
            }
        }
        if (seller == null || buyer == null || Double.isNaN(mbd)) return null;
        if (!oilPairs.add(seller + "->" + buyer)) {
            problems.add(m.get("buyer"), p + ".buyer", "the flow " + seller + "->" + buyer + " is given twice", "\"" + buyer + "\"");
            return null;
        }
        String source = optText(m, "source", p + ".source");
        return new OilFlowSpec(seller, buyer, mbd, source == null ? "" : source);
    }

    /**
     * One observed compliance (MODEL.md 3): a buyer, a sender and a target, three different
     * actors of the scenario, complies true or false, a source (required: it is an observation),
     * each triple once.
     */
    private ComplianceSpec complianceItem(MapNode m, String p) {
        keys(m, p, COMPLIANCE_KEYS);
        String buyer = actorRef(m, "buyer", p, true);
        String sender = actorRef(m, "sender", p, true);
        String target = actorRef(m, "target", p, true);
        Boolean complies = null;
        Node c = m.get("complies");
        if (c == null) problems.add(m, p + ".complies", "is required (true or false)", null);
        else if (c instanceof Scalar sc && sc.kind() == Scalar.Kind.BOOLEAN) complies = sc.bool();
        else problems.add(c, p + ".complies", "must be true or false", c.describe());
        String source = optText(m, "source", p + ".source");
        if (source == null || source.isBlank()) {
            problems.add(m.get("source") == null ? m : m.get("source"), p + ".source", "is required: an observed compliance needs its source", null);
            source = null;
        }
        if (buyer != null && buyer.equals(sender)) {
            problems.add(m.get("sender"), p + ".sender", "a sender cannot comply with itself: buyer and sender must differ", "\"" + sender + "\"");
            return null;
        }
        if (target != null && (target.equals(sender) || target.equals(buyer))) {
            problems.add(m.get("target"), p + ".target", "the target must differ from the buyer and the sender", "\"" + target + "\"");
            return null;
        }
        if (buyer == null || sender == null || target == null || complies == null || source == null) return null;
        if (!compliancePairs.add(buyer + "/" + sender + "/" + target)) {
            problems.add(m.get("buyer"), p + ".buyer", "the compliance of " + buyer + " with " + sender + " against " + target + " is given twice", "\"" + buyer + "\"");
            return null;
        }
        return new ComplianceSpec(buyer, sender, target, complies, source);
    }

    /** A seller's named flows may not sum above its oil_exports (the rest goes to buyers outside the scenario). */
    private void checkOilFlowTotals(List<OilFlowSpec> flows, List<ActorSpec> actorList) {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (OilFlowSpec f : flows) sums.merge(f.seller(), f.mbd(), Double::sum);
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            double exports = actorList.stream().filter(a -> a.id().equals(e.getKey())).mapToDouble(ActorSpec::oilExports).findFirst().orElse(0);
            if (e.getValue() > exports + OIL_FLOW_TOLERANCE) {
                Node at = null;
                if (doc.get("oil_flows") instanceof ListNode list) {
                    for (Node item : list.items()) {
                        if (item instanceof MapNode mm && e.getKey().equals(ScenarioLoader.text(mm.get("seller")))) at = mm.get("mbd");
                    }
                }
                problems.add(at, "oil_flows", "the flows of " + e.getKey() + " sum to more than its oil_exports ("
                        + Problems.number(exports) + " mb/d)", Problems.number(e.getValue()));
            }
        }
    }

    private TradeSpec tradeItem(MapNode m, String p) {
        keys(m, p, TRADE_KEYS);
        String from = actorRef(m, "from", p, true);
        String to = actorRef(m, "to", p, true);
        double value = num(m, "value", p, true, 0, 1e6, Double.NaN);
        if (from != null && from.equals(to)) problems.add(m.get("to"), p + ".to", "a flow must go to another actor", "\"" + to + "\"");
        Node y = m.get("year");
        String year = y == null ? "" : y instanceof Scalar s && s.kind() != Scalar.Kind.NULL ? s.text() : null;
        if (year == null) problems.add(y, p + ".year", "must be a year such as 2024 or FY2024", y.describe());
        String source = optText(m, "source", p + ".source");
        return new TradeSpec(from, to, value, year, source == null ? "" : source);
    }

    private TreatySpec treaty(MapNode m, String p) {
        keys(m, p, TREATY_KEYS);
        String name = text(m, "name", p, true);
        List<String> parties = actorList(m, "parties", p, true);
        if (parties != null) {
            if (parties.size() < 2) problems.add(m.get("parties"), p + ".parties", "needs at least two parties", Integer.toString(parties.size()));
            if (new HashSet<>(parties).size() != parties.size()) problems.add(m.get("parties"), p + ".parties", "lists a party twice", String.join(", ", parties));
        }
        YearMonth signed = month(m.get("signed"), p + ".signed", false, true);
        YearMonth inForce = month(m.get("in_force"), p + ".in_force", false, true);
        if (signed != null && inForce != null && inForce.isBefore(signed)) {
            problems.add(m.get("in_force"), p + ".in_force", "must not be before signed (" + signed + ")", inForce.toString());
        }
        double years = num(m, "years", p, false, 0, 500, Double.NaN);
        if (!Double.isNaN(years) && years <= 0) problems.add(m.get("years"), p + ".years", "must be > 0 (omit it for open-ended)", Problems.number(years));
        List<String> domains = new ArrayList<>();
        Node dn = m.get("domains");
        if (dn != null) {
            List<String> ds = strings(dn, p + ".domains");
            if (ds != null) {
                for (String d : ds) {
                    if (!DOMAINS.contains(d)) problems.add(dn, p + ".domains", "unknown domain (allowed: " + String.join(", ", DOMAINS) + ")", "\"" + Problems.clip(d) + "\"");
                    else domains.add(d);
                }
            }
        }
        double defense = 0;
        Node def = m.get("defense");
        if (def instanceof Scalar s && s.kind() == Scalar.Kind.STRING) {
            Param named = DEFENSE_LEVELS.get(s.text());
            Double lv = s.text().equals("none") ? Double.valueOf(0) : named == null ? null : params.get(named);
            if (lv == null) problems.add(def, p + ".defense", "must be a number in [0, 1] or one of none, consultation, non_aggression, mutual_defence", def.describe());
            else defense = lv;
        } else if (def != null) {
            Double v = number(def, p + ".defense", 0, 1);
            if (v != null) defense = v;
        }
        double floor = num(m, "floor", p, false, 0, 1, Double.NaN);
        String source = optText(m, "source", p + ".source");
        if (name == null || parties == null) return null;
        return new TreatySpec(name, parties, signed, inForce, years, domains, defense, floor, source == null ? "" : source);
    }

    /** A regime, as a sanctions[] item (with start) or inside an impose_sanctions event (without). */
    private RegimeSpec regime(MapNode m, String p, List<String> allowed, boolean listed) {
        keys(m, p, allowed);
        String sender = senderRef(m, "sender", p);
        String target = actorRef(m, "target", p, true);
        if (sender != null && sender.equals(target)) {
            problems.add(m.get("target"), p + ".target", "a sender cannot sanction itself", "\"" + target + "\"");
        }
        RegimeType type = regimeType(m.get("type"), p + ".type", true);
        double intensity = num(m, "intensity", p, true, 0, 1, Double.NaN);
        boolean secondary = bool(m, "secondary", p, false);
        YearMonth from = listed ? month(m.get("start"), p + ".start", true, true) : null;
        YearMonth end = month(m.get("end"), p + ".end", false, true);
        if (from != null && end != null && !end.isAfter(from)) problems.add(m.get("end"), p + ".end", "must be after start (" + from + ")", end.toString());
        List<String> rejected = optActorList(m, "rejected_by", p);
        List<String> initiated = optActorList(m, "initiated_by", p);
        if (!RegimeSpec.UN.equals(sender)) {
            if (m.get("rejected_by") != null) problems.add(m.get("rejected_by"), p + ".rejected_by", "only UN regimes have rejected_by", null);
            if (m.get("initiated_by") != null) problems.add(m.get("initiated_by"), p + ".initiated_by", "only UN regimes have initiated_by", null);
        }
        if (target != null && rejected.contains(target)) problems.add(m.get("rejected_by"), p + ".rejected_by", "the target cannot be listed", "\"" + target + "\"");
        String source = optText(m, "source", p + ".source");
        if (sender == null || target == null || type == null || Double.isNaN(intensity) || sender.equals(target)) return null;
        return new RegimeSpec(sender, target, type, intensity, secondary, from == null ? start : from, end, rejected, initiated,
                source == null ? "" : source);
    }

    private HostilitySpec hostilityItem(MapNode m, String p) {
        keys(m, p, HOSTILITY_KEYS);
        List<String> pair = pairOf(m, "between", p);
        boolean war = bool(m, "war", p, false);
        double level = num(m, "level", p, !war, 0, 1, war ? 1.0 : Double.NaN);
        if (war && m.get("level") != null && level != 1.0) {
            problems.add(m.get("level"), p + ".level", "a war has hostility 1 (omit level or set it to 1)", Problems.number(level));
        }
        String source = optText(m, "source", p + ".source");
        if (pair == null || Double.isNaN(level)) return null;
        return new HostilitySpec(pair.get(0), pair.get(1), level, war, source == null ? "" : source);
    }

    // ------------------------------------------------------------------ events

    private List<ScheduledEvent> events() {
        List<ScheduledEvent> out = new ArrayList<>();
        Node n = doc.get("events");
        if (n instanceof ListNode l && l.items().size() > MAX_EVENTS) {
            problems.add(n, "events", "too many events: at most " + MAX_EVENTS, Integer.toString(l.items().size()));
            return out;
        }
        // treaty names signed by events count as known for later treaty events
        if (n instanceof ListNode l) {
            for (Node item : l.items()) {
                if (item instanceof MapNode m && "sign_treaty".equals(ScenarioLoader.text(m.get("type")))
                        && m.get("treaty") instanceof MapNode tm && ScenarioLoader.text(tm.get("name")) != null) {
                    treatyNames.add(ScenarioLoader.text(tm.get("name")));
                }
            }
        }
        forEach("events", (m, p) -> {
            YearMonth month = month(m.get("month"), p + ".month", true, false);
            if (month != null && start != null) {
                YearMonth last = start.plusMonths(Math.max(months, fileMonths) - 1L);
                if (month.isBefore(start) || month.isAfter(last)) {
                    problems.add(m.get("month"), p + ".month", "must lie within the scenario's horizon " + start + " to " + last, month.toString());
                }
            }
            EventAction action = action(m, p, true, month);
            String source = optText(m, "source", p + ".source");
            if (month != null && action != null) out.add(new ScheduledEvent(month, action, source == null ? "" : source));
        });
        return out;
    }

    /** One event's action; {@code when} is its month (for a bundle, the policy's), null if unknown. */
    private EventAction action(MapNode m, String p, boolean dated, YearMonth when) {
        String key = text(m, "type", p, true);
        if (key == null) return null;
        EventType type = EventType.byKey(key).orElse(null);
        if (type == null) {
            problems.add(m.get("type"), p + ".type", "unknown event type (allowed: " + String.join(", ", EVENT_KEYS.keySet()) + ")", m.get("type").describe());
            return null;
        }
        List<String> allowed = new ArrayList<>(type.fields());
        allowed.addAll(COMMON);
        allowed.add("type");
        if (dated) allowed.add("month");
        keys(m, p, allowed);
        return switch (type) {
            case IMPOSE_SANCTIONS -> {
                MapNode r = mapField(m, "regime", p);
                int announced = (int) integer(m, "announced", p + ".announced", 0, 0, MAX_MONTHS);
                RegimeSpec spec = r == null ? null : regime(r, p + ".regime", List.of("sender", "target", "type", "intensity",
                        "secondary", "end", "rejected_by", "initiated_by", "source", "note"), false);
                if (spec != null && spec.end() != null && when != null && !spec.end().isAfter(when.plusMonths(announced))) {
                    problems.add(r.get("end"), p + ".regime.end", "must be after the month the regime starts ("
                            + when.plusMonths(announced) + ")", spec.end().toString());
                    yield null;
                }
                yield spec == null ? null : new EventAction.ImposeSanctions(spec, announced);
            }
            case ADJUST_SANCTIONS -> {
                MapNode r = mapField(m, "regime", p);
                double intensity = num(m, "intensity", p, false, 0, 1, Double.NaN);
                Boolean secondary = m.get("secondary") == null ? null : bool(m, "secondary", p, false);
                double crackdown = num(m, "crackdown", p, false, 0, 1, 0);
                if (r == null) yield null;
                keys(r, p + ".regime", List.of("sender", "target", "type"));
                String s = senderRef(r, "sender", p + ".regime");
                String t = actorRef(r, "target", p + ".regime", true);
                RegimeType ty = regimeType(r.get("type"), p + ".regime.type", true);
                if (Double.isNaN(intensity) && secondary == null && crackdown == 0) {
                    problems.add(m, p, "adjust_sanctions needs intensity, secondary or crackdown", null);
                }
                yield s == null || t == null || ty == null ? null : new EventAction.AdjustSanctions(s, t, ty, intensity, secondary, crackdown);
            }
            case LIFT_SANCTIONS -> {
                MapNode r = mapField(m, "regime", p);
                int over = (int) integer(m, "over_months", p + ".over_months", 0, 0, MAX_MONTHS);
                if (r == null) yield null;
                keys(r, p + ".regime", List.of("sender", "target", "type"));
                String s = senderRef(r, "sender", p + ".regime");
                String t = actorRef(r, "target", p + ".regime", true);
                RegimeType ty = regimeType(r.get("type"), p + ".regime.type", false);
                yield s == null || t == null ? null : new EventAction.LiftSanctions(s, t, ty, over);
            }
            case SIGN_TREATY -> {
                MapNode tr = mapField(m, "treaty", p);
                TreatySpec spec = tr == null ? null : treaty(tr, p + ".treaty");
                yield spec == null ? null : new EventAction.SignTreaty(spec);
            }
            case TREATY_IN_FORCE, END_TREATY -> {
                String name = text(m, "treaty", p, true);
                if (name != null && !treatyNames.contains(name)) {
                    problems.add(m.get("treaty"), p + ".treaty", "names no treaty of the scenario", m.get("treaty").describe());
                    yield null;
                }
                if (name == null) yield null;
                yield type == EventType.END_TREATY ? new EventAction.EndTreaty(name) : new EventAction.TreatyInForce(name);
            }
            case SET_POLICY -> policy(m, p, when);
            case WAR_START -> {
                List<String> pair = pairOf(m, "actors", p);
                Map<String, Double> cost = costs(m, "cost", p, pair);
                Map<String, Double> later = costs(m, "cost_later", p, pair);
                yield pair == null ? null : new EventAction.WarStart(pair, cost, later);
            }
            case WAR_END -> {
                List<String> pair = pairOf(m, "actors", p);
                double level = num(m, "level", p, false, 0, 1, Double.NaN);
                yield pair == null ? null : new EventAction.WarEnd(pair, level);
            }
            case SET_HOSTILITY, SET_ALIGNMENT -> {
                List<String> pair = pairOf(m, "actors", p);
                double level = num(m, "level", p, true, 0, 1, Double.NaN);
                if (pair == null || Double.isNaN(level)) yield null;
                yield type == EventType.SET_HOSTILITY ? new EventAction.SetHostility(pair.get(0), pair.get(1), level)
                        : new EventAction.SetAlignment(pair.get(0), pair.get(1), level);
            }
            case REGIME_CHANGE -> {
                String actor = actorRef(m, "actor", p, true);
                double ideal = num(m, "ideal_point", p, false, -10, 10, Double.NaN);
                double stability = num(m, "stability", p, false, 0, 1, Double.NaN);
                List<String> reset = optActorList(m, "reset", p);
                boolean conditional = bool(m, "conditional", p, false);
                yield actor == null ? null : new EventAction.RegimeChange(actor, ideal, reset, stability, conditional);
            }
            case SET_ATTRIBUTE -> {
                String actor = actorRef(m, "actor", p, true);
                String name = text(m, "attribute", p, true);
                Attribute attr = name == null ? null : Attribute.byKey(name).filter(Attribute::settable).orElse(null);
                if (name != null && attr == null) {
                    problems.add(m.get("attribute"), p + ".attribute", "unknown attribute (allowed: " + String.join(", ", ATTRIBUTES) + ")", m.get("attribute").describe());
                }
                double v = attr == null ? Double.NaN : attributeValue(m, p, attr);
                yield actor == null || attr == null || Double.isNaN(v) ? null : new EventAction.SetAttribute(actor, attr, v);
            }
            case SET_PARAMETER -> {
                String name = text(m, "parameter", p, true);
                var param = name == null ? java.util.Optional.<Param>empty() : Param.byName(name);
                if (name != null && param.isEmpty()) {
                    problems.add(m.get("parameter"), p + ".parameter", "unknown parameter (see docs/parameters.md for the names)", m.get("parameter").describe());
                }
                if (param.isPresent() && SET_UP_ONLY.contains(param.get())) {
                    problems.add(m.get("parameter"), p + ".parameter", "is used only to set up the start world; set it under parameters",
                            m.get("parameter").describe());
                    yield null;
                }
                if (param.isPresent() && START_ONLY.contains(param.get())) {
                    problems.add(m.get("parameter"), p + ".parameter", "is read once at the start (a per-actor default); set it under parameters, "
                            + "or for one actor with set_attribute", m.get("parameter").describe());
                    yield null;
                }
                double v = param.isEmpty() ? Double.NaN : num(m, "value", p, true, param.get().min(), param.get().max(), Double.NaN);
                if (!Double.isNaN(v) && kindProblem(m.get("value"), p + ".value", param.get(), v)) v = Double.NaN;
                yield param.isEmpty() || Double.isNaN(v) ? null : new EventAction.SetParameter(param.get(), v);
            }
            case SHOCK -> {
                String actor = actorRef(m, "actor", p, true);
                double g = num(m, "gdp", p, false, -0.99, 10, 0);
                double o = num(m, "oil", p, false, -1, 10, 0);
                if (m.get("gdp") == null && m.get("oil") == null) problems.add(m, p, "a shock needs gdp or oil (a fraction, e.g. -0.05)", null);
                yield actor == null ? null : new EventAction.Shock(actor, g, o);
            }
            case JOIN_BLOC, LEAVE_BLOC -> {
                String actor = actorRef(m, "actor", p, true);
                String bloc = actorRef(m, "bloc", p, true);
                if (bloc != null && actors.get(bloc) != ActorKind.BLOC) {
                    problems.add(m.get("bloc"), p + ".bloc", "must be an actor of kind bloc", "\"" + bloc + "\"");
                    bloc = null;
                }
                if (actor != null && actor.equals(bloc)) {
                    problems.add(m.get("actor"), p + ".actor", "a bloc cannot join itself", "\"" + actor + "\"");
                    actor = null;
                }
                if (type == EventType.JOIN_BLOC && actor != null && bloc != null) {
                    // like a sender sanctioning itself: a member would be under its own bloc's sanctions
                    for (RegimeSpec r : listedSanctions) {
                        if (r.sender().equals(bloc) && r.target().equals(actor) && (when == null || r.end() == null || r.end().isAfter(when))) {
                            problems.add(m.get("bloc"), p + ".bloc", "a bloc cannot take in an actor it sanctions (its " + r.type().key()
                                    + " sanctions on " + actor + " are in force then): end them before the join", "\"" + bloc + "\"");
                            actor = null;
                            break;
                        }
                    }
                }
                if (actor == null || bloc == null) yield null;
                yield type == EventType.JOIN_BLOC ? new EventAction.JoinBloc(actor, bloc) : new EventAction.LeaveBloc(actor, bloc);
            }
            case IMPOSE_TARIFF, LIFT_TARIFF, IMPOSE_SECONDARY_TARIFF, LIFT_SECONDARY_TARIFF -> tariff(m, p, type.key());
            case SIGN_TRADE_AGREEMENT -> tradeAgreement(m, p);
            case IMPOSE_PRICE_CAP, LIFT_PRICE_CAP -> priceCap(m, p, type.key());
            case IMPOSE_FINANCIAL_SANCTION, LIFT_FINANCIAL_SANCTION -> financialSanction(m, p, type.key());
        };
    }

    /**
     * A tariff event (MODEL.md 4): sender and target are two different states or blocs; a rate is
     * above 0 and at most {@link #MAX_TARIFF_RATE}; goods is all (the default) or energy; a
     * secondary tariff's threshold is the buyer's purchases of the target's oil, in mb/d (default 0).
     */
    private EventAction tariff(MapNode m, String p, String type) {
        String sender = tradingActor(m, "sender", p);
        String target = tradingActor(m, "target", p);
        if (sender != null && sender.equals(target)) {
            problems.add(m.get("target"), p + ".target", "a tariff needs two different actors", "\"" + target + "\"");
            return null;
        }
        boolean imposes = type.startsWith("impose");
        double rate = imposes ? num(m, "rate", p, true, 0, MAX_TARIFF_RATE, Double.NaN) : 0;
        if (imposes && rate == 0) {
            problems.add(m.get("rate"), p + ".rate", "must be > 0 (lift a tariff with " + type.replace("impose", "lift") + ")", "0");
            rate = Double.NaN;
        }
        TariffGoods goods = type.endsWith("secondary_tariff") ? TariffGoods.ALL : goods(m, p, type.equals("impose_tariff"));
        double threshold = type.equals("impose_secondary_tariff") ? num(m, "threshold", p, false, 0, 1000, 0) : 0;
        if (sender == null || target == null || Double.isNaN(rate) || Double.isNaN(threshold) || goods == null && !type.equals("lift_tariff")) return null;
        return switch (type) {
            case "impose_tariff" -> new EventAction.ImposeTariff(sender, target, rate, goods);
            case "lift_tariff" -> new EventAction.LiftTariff(sender, target, m.get("goods") == null ? null : goods);
            case "impose_secondary_tariff" -> new EventAction.ImposeSecondaryTariff(sender, target, rate, threshold);
            default -> new EventAction.LiftSecondaryTariff(sender, target);
        };
    }

    /**
     * A price-cap event (MODEL.md 6): a sender (the coalition: a state or bloc) and a different
     * target; a cap above 0 and at most {@link #MAX_PRICE_CAP} USD per barrel; the services share
     * in [0, 1], required.
     */
    private EventAction priceCap(MapNode m, String p, String type) {
        String sender = tradingActor(m, "sender", p);
        String target = tradingActor(m, "target", p);
        if (sender != null && sender.equals(target)) {
            problems.add(m.get("target"), p + ".target", "a price cap needs two different actors", "\"" + target + "\"");
            return null;
        }
        if (type.equals("lift_price_cap")) return sender == null || target == null ? null : new EventAction.LiftPriceCap(sender, target);
        double cap = num(m, "cap", p, true, 0, MAX_PRICE_CAP, Double.NaN);
        if (cap == 0) {
            problems.add(m.get("cap"), p + ".cap", "must be > 0 USD/bbl (lift a cap with lift_price_cap)", "0");
            cap = Double.NaN;
        }
        double services = num(m, "services_share", p, true, 0, 1, Double.NaN);
        if (sender == null || target == null || Double.isNaN(cap) || Double.isNaN(services)) return null;
        return new EventAction.ImposePriceCap(sender, target, cap, services);
    }

    /** A tariff's goods: all or energy; when absent, all for impose_tariff and every tariff for lift_tariff. */
    private TariffGoods goods(MapNode m, String p, boolean imposes) {
        Node n = m.get("goods");
        if (n == null) return imposes ? TariffGoods.ALL : null;
        String key = text(n, p + ".goods");
        if (key == null) return null;
        TariffGoods g = TariffGoods.byKey(key).orElse(null);
        if (g == null) problems.add(n, p + ".goods", "must be all or energy", n.describe());
        return g;
    }

    /**
     * A financial sanction event (MODEL.md 6a): sender and target are two different states or
     * blocs (a non-state actor has no banking system of its own here); measure is swift,
     * reserve_freeze or correspondent_banking (required to impose, optional to lift: all); share is
     * in (0, 1], required for reserve_freeze (the share of the reserves frozen), optional for the
     * others (the share of the target's banking system cut off, default 1), and not taken by a lift.
     */
    private EventAction financialSanction(MapNode m, String p, String type) {
        String sender = tradingActor(m, "sender", p);
        String target = tradingActor(m, "target", p);
        if (sender != null && sender.equals(target)) {
            problems.add(m.get("target"), p + ".target", "a financial sanction needs two different actors", "\"" + target + "\"");
            return null;
        }
        boolean imposes = type.equals("impose_financial_sanction");
        FinancialMeasure measure = null;
        boolean measureOk = true;
        Node mn = m.get("measure");
        if (mn == null) {
            if (imposes) {
                problems.add(m, p + ".measure", "is required (swift, reserve_freeze or correspondent_banking)", null);
                measureOk = false;
            }
        } else {
            String key = text(mn, p + ".measure");
            measure = key == null ? null : FinancialMeasure.byKey(key).orElse(null);
            if (measure == null) {
                if (key != null) problems.add(mn, p + ".measure", "must be swift, reserve_freeze or correspondent_banking", mn.describe());
                measureOk = false;
            }
        }
        double share = Double.NaN;
        boolean shareOk = true;
        if (imposes) {
            boolean required = measure == FinancialMeasure.RESERVE_FREEZE;
            share = num(m, "share", p, required, 0, 1, Double.NaN);
            if (m.get("share") != null && Double.isNaN(share)) shareOk = false;
            else if (required && Double.isNaN(share)) shareOk = false;
            else if (share == 0) {
                problems.add(m.get("share"), p + ".share", "must be > 0 (a share of 0 cuts nothing)", "0");
                shareOk = false;
            }
        }
        if (sender == null || target == null || !measureOk || !shareOk) return null;
        return imposes ? new EventAction.ImposeFinancialSanction(sender, target, measure, share)
                : new EventAction.LiftFinancialSanction(sender, target, measure);
    }

    /** A trade agreement: two or more different states or blocs, and an optional name (default: the parties joined by a dash). */
    private EventAction tradeAgreement(MapNode m, String p) {
        List<String> parties = actorList(m, "actors", p, true);
        String name = optText(m, "name", p + ".name");
        if (parties == null) return null;
        if (parties.size() < 2) {
            problems.add(m.get("actors"), p + ".actors", "a trade agreement needs at least two parties", Integer.toString(parties.size()));
            return null;
        }
        if (new HashSet<>(parties).size() != parties.size()) {
            problems.add(m.get("actors"), p + ".actors", "lists a party twice", String.join(", ", parties));
            return null;
        }
        for (String id : parties) {
            if (actors.get(id) == ActorKind.NON_STATE) {
                problems.add(m.get("actors"), p + ".actors", "a non-state actor has no trade policy: only states and blocs sign trade agreements", "\"" + id + "\"");
                return null;
            }
        }
        return new EventAction.SignTradeAgreement(name == null || name.isBlank() ? String.join("-", parties) : name, parties);
    }

    /** An actor that has a trade policy: a state or a bloc, never a non-state actor (nor the UN). */
    private String tradingActor(MapNode m, String key, String p) {
        String id = actorRef(m, key, p, true);
        if (id != null && actors.get(id) == ActorKind.NON_STATE) {
            problems.add(m.get(key), p + "." + key, "a non-state actor has no trade policy: tariffs are set and borne by states and blocs", "\"" + id + "\"");
            return null;
        }
        return id;
    }

    /** A set_attribute event's value, in the attribute's own range (a flag may be written true/false). */
    private double attributeValue(MapNode m, String p, Attribute attr) {
        if (attr.flag() && m.get("value") instanceof Scalar s && s.kind() == Scalar.Kind.BOOLEAN) return s.bool() ? 1 : 0;
        return attr.positive() ? positive(m, "value", p) : num(m, "value", p, true, attr.min(), attr.max(), Double.NaN);
    }

    private EventAction policy(MapNode m, String p, YearMonth when) {
        String name = text(m, "policy", p, true);
        String actor = actorRef(m, "actor", p, false);
        String target = actorRef(m, "target", p, false);
        double crackdown = num(m, "crackdown", p, false, 0, 1, Double.NaN);
        int over = (int) integer(m, "over_months", p + ".over_months", -1, 0, MAX_MONTHS);
        List<EventAction> bundle = new ArrayList<>();
        Node bn = m.get("bundle");
        if (bn != null) {
            if (!(bn instanceof ListNode bl) || bl.items().isEmpty()) {
                problems.add(bn, p + ".bundle", "must be a non-empty list of events (without month)", bn.describe());
            } else {
                for (int i = 0; i < bl.items().size(); i++) {
                    Node item = bl.items().get(i);
                    String ip = p + ".bundle[" + i + "]";
                    if (!(item instanceof MapNode im)) {
                        problems.add(item, ip, "must be a mapping", item.describe());
                        continue;
                    }
                    if ("set_policy".equals(ScenarioLoader.text(im.get("type")))) {
                        problems.add(item, ip + ".type", "a bundle cannot contain set_policy", null);
                        continue;
                    }
                    EventAction a = action(im, ip, false, when);
                    if (a != null) bundle.add(a);
                }
            }
        }
        if (name == null) return null;
        if (bn == null) {
            if (!POLICIES.contains(name)) {
                problems.add(m.get("policy"), p + ".policy", "unknown policy (shipped: " + String.join(", ", POLICIES)
                        + "; or give your own as a bundle)", m.get("policy").describe());
                return null;
            }
            if (actor == null || target == null) {
                if (m.get("actor") == null) problems.add(m, p + ".actor", "is required for the policy " + name + " (the sender)", null);
                if (m.get("target") == null) problems.add(m, p + ".target", "is required for the policy " + name, null);
                return null;
            }
            if (actor.equals(target)) {
                problems.add(m.get("target"), p + ".target", "a policy cannot target its own actor", "\"" + target + "\"");
                return null;
            }
        }
        return new EventAction.SetPolicy(name, actor, target, crackdown, over, bundle);
    }

    private Map<String, Double> costs(MapNode m, String key, String p, List<String> pair) {
        Map<String, Double> out = new LinkedHashMap<>();
        Node n = m.get(key);
        if (n == null) return out;
        if (!(n instanceof MapNode cm)) {
            problems.add(n, p + "." + key, "must map each party to a yearly growth cost in points", n.describe());
            return out;
        }
        for (Map.Entry<String, Node> e : cm.entries().entrySet()) {
            String path = p + "." + key + "." + e.getKey();
            if (pair != null && !pair.contains(e.getKey())) {
                problems.add(e.getValue(), path, "is not a party of this war (" + String.join(", ", pair) + ")", null);
                continue;
            }
            Double v = number(e.getValue(), path, 0, 100);
            if (v != null) out.put(e.getKey(), v);
        }
        return out;
    }

    // ------------------------------------------------------------------ field helpers

    private void keys(MapNode m, String p, List<String> allowed) {
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            if (e.getKey().equals("remove")) continue;
            if (!allowed.contains(e.getKey())) {
                problems.add(m.keyNode(e.getKey()), p + "." + e.getKey(), "unknown key (allowed: " + String.join(", ", allowed) + ")", null);
            }
        }
        if (m.get("remove") != null) {
            problems.add(m.get("remove"), p + ".remove", "remove: true only drops an item inherited through extends; nothing to remove here", null);
        }
    }

    private MapNode mapField(MapNode m, String key, String p) {
        Node n = m.get(key);
        if (n == null) {
            problems.add(m, p + "." + key, "is required", null);
            return null;
        }
        if (!(n instanceof MapNode mm)) {
            problems.add(n, p + "." + key, "must be a mapping", n.describe());
            return null;
        }
        return mm;
    }

    private String text(Node n, String path) {
        if (n instanceof Scalar s && s.kind() == Scalar.Kind.STRING) return s.text();
        problems.add(n, path, "must be text", n.describe());
        return null;
    }

    private String text(MapNode m, String key, String p, boolean required) {
        Node n = m.get(key);
        if (n == null) {
            if (required) problems.add(m, p + "." + key, "is required", null);
            return null;
        }
        String t = text(n, p + "." + key);
        if (t != null && t.isBlank() && required) {
            problems.add(n, p + "." + key, "must not be empty", "\"\"");
            return null;
        }
        return t;
    }

    private String optText(MapNode m, String key, String path) {
        Node n = m.get(key);
        if (n == null || n instanceof Scalar s && s.kind() == Scalar.Kind.NULL) return null;
        return text(n, path);
    }

    private Double number(Node n, String path, double min, double max) {
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.INTEGER && s.kind() != Scalar.Kind.FLOAT) {
            problems.add(n, path, "must be a number", n.describe());
            return null;
        }
        double v = s.number();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            problems.add(n, path, "must be a finite number", n.describe());
            return null;
        }
        if (!inRange(v, min, max)) {
            problems.add(n, path, rangeRule(min, max), Problems.number(v));
            return null;
        }
        return v;
    }

    private double num(MapNode m, String key, String p, boolean required, double min, double max, double dflt) {
        Node n = m.get(key);
        if (n == null) {
            if (required) problems.add(m, p + "." + key, "is required", null);
            return dflt;
        }
        Double v = number(n, p + "." + key, min, max);
        return v == null ? Double.NaN : v;
    }

    private long integer(MapNode m, String key, String path, long dflt, long min, long max) {
        Node n = m.get(key);
        if (n == null) return dflt;
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.INTEGER) {
            problems.add(n, path, "must be a whole number", n.describe());
            return dflt;
        }
        long v;
        try {
            v = Long.parseLong(s.text().trim());
        } catch (NumberFormatException e) {
            problems.add(n, path, "must be a whole number in [" + min + ", " + max + "]", n.describe());
            return dflt;
        }
        if (v < min || v > max) {
            problems.add(n, path, "must be in [" + min + ", " + max + "]", Long.toString(v));
            return dflt;
        }
        return v;
    }

    private boolean bool(MapNode m, String key, String p, boolean dflt) {
        Node n = m.get(key);
        if (n == null) return dflt;
        if (n instanceof Scalar s && s.kind() == Scalar.Kind.BOOLEAN) return s.bool();
        problems.add(n, p + "." + key, "must be true or false", n.describe());
        return dflt;
    }

    private static boolean inRange(double v, double min, double max) { return v >= min && v <= max; }

    private static String rangeRule(double min, double max) {
        return "must be in [" + Problems.number(min) + ", " + Problems.number(max) + "]";
    }

    private YearMonth month(Node n, String path, boolean required, boolean allowDay) {
        if (n == null) {
            if (required) problems.add(doc, path, "is required (a month, YYYY-MM)", null);
            return null;
        }
        if (!(n instanceof Scalar s) || s.kind() != Scalar.Kind.STRING) {
            problems.add(n, path, "must be a month written YYYY-MM" + (allowDay ? " or a date YYYY-MM-DD" : ""), n.describe());
            return null;
        }
        String t = s.text().trim();
        try {
            if (t.matches("\\d{4}-\\d{2}")) return YearMonth.parse(t);
            if (allowDay && t.matches("\\d{4}-\\d{2}-\\d{2}")) return YearMonth.from(LocalDate.parse(t));
        } catch (DateTimeException e) {
            problems.add(n, path, "is not a real month or date", n.describe());
            return null;
        }
        problems.add(n, path, "must be a month written YYYY-MM" + (allowDay ? " or a date YYYY-MM-DD" : ""), n.describe());
        return null;
    }

    private RegimeType regimeType(Node n, String path, boolean required) {
        if (n == null) {
            if (required) problems.add(doc, path, "is required", null);
            return null;
        }
        String t = n instanceof Scalar s && s.kind() == Scalar.Kind.STRING ? s.text() : null;
        RegimeType type = t == null ? null : RegimeType.byName(t).orElse(null);
        if (type == null) {
            List<String> names = new ArrayList<>();
            for (RegimeType r : RegimeType.values()) names.add(r.key());
            problems.add(n, path, "unknown regime type (allowed: " + String.join(", ", names) + ")", n.describe());
        }
        return type;
    }

    private String actorRef(MapNode m, String key, String p, boolean required) {
        String id = text(m, key, p, required);
        if (id == null) return null;
        if (!actors.containsKey(id)) {
            problems.add(m.get(key), p + "." + key, "unknown actor id (not in actors)", "\"" + Problems.clip(id) + "\"");
            return null;
        }
        return id;
    }

    private String senderRef(MapNode m, String key, String p) {
        Node n = m.get(key);
        if (n instanceof Scalar s && s.kind() == Scalar.Kind.STRING && RegimeSpec.UN.equals(s.text())) return RegimeSpec.UN;
        return actorRef(m, key, p, true);
    }

    private List<String> strings(Node n, String path) {
        if (!(n instanceof ListNode l)) {
            problems.add(n, path, "must be a list", n.describe());
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            String t = text(l.items().get(i), path + "[" + i + "]");
            if (t == null) return null;
            out.add(t);
        }
        return out;
    }

    private List<String> actorList(MapNode m, String key, String p, boolean required) {
        Node n = m.get(key);
        if (n == null) {
            if (required) problems.add(m, p + "." + key, "is required", null);
            return null;
        }
        List<String> ids = strings(n, p + "." + key);
        if (ids == null) return null;
        boolean ok = true;
        for (int i = 0; i < ids.size(); i++) {
            if (!actors.containsKey(ids.get(i))) {
                problems.add(((ListNode) n).items().get(i), p + "." + key + "[" + i + "]", "unknown actor id (not in actors)", "\"" + Problems.clip(ids.get(i)) + "\"");
                ok = false;
            }
        }
        return ok ? ids : null;
    }

    private List<String> optActorList(MapNode m, String key, String p) {
        List<String> l = actorList(m, key, p, false);
        return l == null ? List.of() : l;
    }

    private List<String> pairOf(MapNode m, String key, String p) {
        List<String> pair = actorList(m, key, p, true);
        if (pair == null) return null;
        if (pair.size() != 2) {
            problems.add(m.get(key), p + "." + key, "must name exactly two actors", Integer.toString(pair.size()) + " actors");
            return null;
        }
        if (pair.get(0).equals(pair.get(1))) {
            problems.add(m.get(key), p + "." + key, "must name two different actors", pair.get(0) + " twice");
            return null;
        }
        return pair;
    }
}
