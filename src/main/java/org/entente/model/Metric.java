package org.entente.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The registry of what a run writes: one entry per numeric column of {@code nations.csv} and
 * {@code dyads.csv}, with its name in the files, its unit and its meaning (MODEL.md section 9).
 * The declaration order of each scope is the column order of its file, and {@link #index()} is
 * the position of the metric's value in the values of a record row of that scope (the output
 * layer's {@code CsvRows.values}), which is how readers find a metric without naming a getter.
 * Adding a metric means an entry here and the code that computes and records it.
 * Immutable and thread-safe.
 */
public enum Metric {
    GDP(Scope.NATION, "gdp", Unit.USD_BN, Change.RELATIVE, "gross domestic product, USD bn a year (current prices)"),
    GDP_GROWTH(Scope.NATION, "gdp_growth", Unit.PERCENT, Change.NONE, "growth of GDP, percent a year"),
    EXPORTS(Scope.NATION, "exports", Unit.USD_BN, Change.RELATIVE, "exports to the scenario's other actors, USD bn a year"),
    IMPORTS(Scope.NATION, "imports", Unit.USD_BN, Change.RELATIVE, "imports from the scenario's other actors, USD bn a year"),
    TRADE_BALANCE(Scope.NATION, "trade_balance", Unit.USD_BN, Change.NONE, "exports minus imports, USD bn a year"),
    SANCTIONED_TRADE_SHARE(Scope.NATION, "sanctioned_trade_share", Unit.SHARE, Change.UNIT_SCALE, "share of the actor's trade under sanctions, 0 to 1"),
    OIL_EXPORTS_MBD(Scope.NATION, "oil_exports_mbd", Unit.MBD, Change.RELATIVE, "crude and product exports, million barrels a day"),
    MILEX(Scope.NATION, "milex", Unit.USD_BN, Change.RELATIVE, "military spending, USD bn a year"),
    CAPABILITY(Scope.NATION, "capability", Unit.SHARE, Change.UNIT_SCALE, "CINC-like capability: the mean of the actor's shares of GDP, population and military spending, 0 to 1"),
    ALIGNMENT_WEST(Scope.NATION, "alignment_west", Unit.INDEX, Change.UNIT_SCALE, "mean alignment with the West (USA, EU, UK, Japan), 0 to 1"),
    ALIGNMENT_EAST(Scope.NATION, "alignment_east", Unit.INDEX, Change.UNIT_SCALE, "mean alignment with the East (China, Russia), 0 to 1"),
    DEFENSE_PARTNERS(Scope.NATION, "defense_partners", Unit.COUNT, Change.NONE, "number of actors with a defence tie"),
    STABILITY(Scope.NATION, "stability", Unit.INDEX, Change.UNIT_SCALE, "domestic stability, 0 to 1"),
    FINANCIAL_STRESS(Scope.NATION, "financial_stress", Unit.SHARE, Change.NONE,
            "financial stress Z: the transitory financial shock still in force, as a share of GDP (0.02 = 2%; MODEL.md section 6a)"),
    OIL_PRICE(Scope.NATION, "oil_price", Unit.USD_PER_BBL, Change.RELATIVE,
            "realised crude price of an oil exporter, USD per barrel: the world price less the sanction discount and price caps (MODEL.md section 6); empty for an actor that exports no oil"),
    OIL_REVENUE(Scope.NATION, "oil_revenue", Unit.USD_BN, Change.RELATIVE, "crude oil export revenue, volume times realised price, USD bn a year"),

    DYAD_EXPORTS(Scope.DYAD, "exports", Unit.USD_BN, Change.RELATIVE, "exports from one actor to the other, USD bn a year"),
    DYAD_ALIGNMENT(Scope.DYAD, "alignment", Unit.INDEX, Change.UNIT_SCALE, "alignment of the pair, 0 to 1"),
    DYAD_DEFENSE(Scope.DYAD, "defense", Unit.INDEX, Change.UNIT_SCALE, "treaty defence level: 0 none, 0.4 partnership, 0.6 non-aggression, 1 mutual defence"),
    DYAD_ARMS(Scope.DYAD, "arms", Unit.USD_BN, Change.RELATIVE, "arms transfers from one actor to the other, USD bn a year"),
    DYAD_SANCTION_FRICTION(Scope.DYAD, "sanction_friction", Unit.INDEX, Change.NONE, "sanction friction on the flow: the sum over regimes of beta times effective intensity (MODEL.md section 3)"),
    DYAD_HOSTILITY(Scope.DYAD, "hostility", Unit.INDEX, Change.UNIT_SCALE, "hostility of the pair, 0 to 1"),
    DYAD_TARIFF(Scope.DYAD, "tariff", Unit.SHARE, Change.NONE, "ad-valorem tariff in force on the flow (0.25 = 25%), averaged over its energy and other parts (MODEL.md section 4)");

    /** Which file a metric lives in: one row per actor and month, or per directed pair and month. */
    public enum Scope { NATION, DYAD }

    /** The unit a metric is written in. */
    public enum Unit {
        USD_BN("usd_bn"), USD_PER_BBL("usd_per_bbl"), PERCENT("percent"), SHARE("share"), MBD("mbd"), INDEX("index"), COUNT("count");

        private final String key;

        Unit(String key) { this.key = key; }

        public String key() { return key; }
    }

    /**
     * How compare and the report size a difference of this metric: as a fraction of its level
     * (amounts that are never negative), as it is (metrics already on a 0-to-1 scale), or not at
     * all (growth rates, balances, counts, frictions).
     */
    public enum Change { RELATIVE, UNIT_SCALE, NONE }

    private static final List<Metric> NATIONS = of(Scope.NATION), DYADS = of(Scope.DYAD);
    private static final List<String> NATION_KEYS = keys(NATIONS), DYAD_KEYS = keys(DYADS);

    private final Scope scope;
    private final String key;
    private final Unit unit;
    private final Change change;
    private final String meaning;

    Metric(Scope scope, String key, Unit unit, Change change, String meaning) {
        this.scope = scope;
        this.key = key;
        this.unit = unit;
        this.change = change;
        this.meaning = meaning;
    }

    /** The column name in the output CSV. */
    public String key() { return key; }

    public Scope scope() { return scope; }

    public Unit unit() { return unit; }

    public String meaning() { return meaning; }

    /** How a difference of this metric is sized (compare's effect size, the report's wording). */
    public Change change() { return change; }

    /** The column names, of either file, whose difference is sized as {@code change} (a name in both files has one). */
    public static java.util.Set<String> keysSized(Change change) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Metric m : values()) if (m.change == change) out.add(m.key);
        return Collections.unmodifiableSet(out);
    }

    /** Position among the metrics of its scope: its index in a record row's values and among the file's numeric columns. */
    public int index() { return (scope == Scope.NATION ? NATIONS : DYADS).indexOf(this); }

    /** The metrics of {@code nations.csv}, in column order. */
    public static List<Metric> nations() { return NATIONS; }

    /** The metrics of {@code dyads.csv}, in column order. */
    public static List<Metric> dyads() { return DYADS; }

    /** The column names of {@link #nations()}, in order. */
    public static List<String> nationKeys() { return NATION_KEYS; }

    /** The column names of {@link #dyads()}, in order. */
    public static List<String> dyadKeys() { return DYAD_KEYS; }

    /** The metric of a scope with this column name, if there is one. */
    public static Optional<Metric> byKey(Scope scope, String key) {
        for (Metric m : scope == Scope.NATION ? NATIONS : DYADS) if (m.key.equals(key)) return Optional.of(m);
        return Optional.empty();
    }

    private static List<Metric> of(Scope scope) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : values()) if (m.scope == scope) out.add(m);
        return Collections.unmodifiableList(out);
    }

    private static List<String> keys(List<Metric> metrics) {
        List<String> out = new ArrayList<>();
        for (Metric m : metrics) out.add(m.key);
        return Collections.unmodifiableList(out);
    }
}
