package org.entente.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.model.Metric;

/**
 * How the report words the metrics of nations.csv ({@link Metric} is the registry): chart
 * titles, units in words, phrases for sentences. A metric without words here is titled by its
 * column name; its short units come from its registry unit.
 */
final class Metrics {
    /** The metrics charted by default, in this order. */
    static final List<String> DEFAULT = List.of(Metric.GDP, Metric.EXPORTS, Metric.OIL_EXPORTS_MBD, Metric.SANCTIONED_TRADE_SHARE,
            Metric.ALIGNMENT_WEST, Metric.ALIGNMENT_EAST).stream().map(Metric::key).toList();

    /** The realised oil price column of nations.csv (model 2.0). */
    static final String OIL_PRICE = Metric.OIL_PRICE.key();
    /**
     * The sanction discount, USD a barrel: not a column but derived by the report, the world price
     * (the {@code oil_price} parameter and its events) less the realised price.
     */
    static final String OIL_DISCOUNT = "oil_discount";
    /** Oil revenue, USD bn a year (model 2.0). */
    static final String OIL_REVENUE = Metric.OIL_REVENUE.key();

    /**
     * Metrics charted by default after {@link #DEFAULT} only where the results have them and they are
     * not zero throughout for the charted actors: the quantities of model 2.0, absent from older
     * folders, and zero in many scenarios (financial stress needs a financial sanction event).
     */
    static final List<String> WHERE_PRESENT = List.of(Metric.FINANCIAL_STRESS.key(), OIL_PRICE, OIL_DISCOUNT, OIL_REVENUE);

    /** Metrics the report derives from the columns, which --metrics also accepts. */
    static final List<String> DERIVED = List.of(OIL_DISCOUNT);

    private static final Name DISCOUNT_NAME = new Name("Oil price discount", "USD a barrel below the world price",
            "discount of its oil to the world price");

    private record Name(String title, String unit, String phrase) { }

    private static final Map<Metric, Name> NAMES = new EnumMap<>(Metric.class);
    static {
        NAMES.put(Metric.GDP, new Name("GDP", "USD bn a year", "GDP"));
        NAMES.put(Metric.GDP_GROWTH, new Name("GDP growth", "% a year", "GDP growth rate"));
        NAMES.put(Metric.EXPORTS, new Name("Exports", "USD bn a year", "exports"));
        NAMES.put(Metric.IMPORTS, new Name("Imports", "USD bn a year", "imports"));
        NAMES.put(Metric.TRADE_BALANCE, new Name("Trade balance", "USD bn a year", "trade balance"));
        NAMES.put(Metric.SANCTIONED_TRADE_SHARE, new Name("Share of trade under sanctions", "share, 0\u20131",
                "share of trade under sanctions"));
        NAMES.put(Metric.OIL_EXPORTS_MBD, new Name("Oil exports", "million barrels a day", "oil exports"));
        NAMES.put(Metric.OIL_PRICE, new Name("Realised oil price", "USD a barrel", "realised oil price"));
        NAMES.put(Metric.OIL_REVENUE, new Name("Oil revenue", "USD bn a year", "oil revenue"));
        NAMES.put(Metric.MILEX, new Name("Military spending", "USD bn a year", "military spending"));
        NAMES.put(Metric.CAPABILITY, new Name("Capability", "index, 0\u20131", "capability"));
        NAMES.put(Metric.ALIGNMENT_WEST, new Name("Alignment with the West", "0 (none) to 1 (close)", "alignment with the West"));
        NAMES.put(Metric.ALIGNMENT_EAST, new Name("Alignment with the East", "0 (none) to 1 (close)", "alignment with the East"));
        NAMES.put(Metric.DEFENSE_PARTNERS, new Name("Defence partners", "number", "number of defence partners"));
        NAMES.put(Metric.STABILITY, new Name("Stability", "0 (collapse) to 1", "stability"));
        NAMES.put(Metric.FINANCIAL_STRESS, new Name("Financial stress", "share of GDP lost to financial sanctions, fading (0.02 = 2%)",
                "financial stress"));
    }

    private Metrics() { }

    private static Optional<Metric> metric(String key) { return Metric.byKey(Metric.Scope.NATION, key); }

    private static Name name(String key) {
        if (key.equals(OIL_DISCOUNT)) return DISCOUNT_NAME;
        return metric(key).map(NAMES::get).orElse(null);
    }

    static String title(String metric) { Name n = name(metric); return n == null ? metric : n.title(); }

    static String unit(String metric) { Name n = name(metric); return n == null ? "" : n.unit(); }

    static String phrase(String metric) { Name n = name(metric); return n == null ? metric : n.phrase(); }

    /** A short unit for table cells. */
    static String shortUnit(String metric) {
        if (metric.equals(OIL_DISCOUNT)) return "USD/bbl";
        return switch (metric(metric).map(Metric::unit).orElse(Metric.Unit.INDEX)) {
            case USD_BN -> "USD bn/yr";
            case MBD -> "mb/d";
            case USD_PER_BBL -> "USD/bbl";
            case PERCENT -> "%/yr";
            case COUNT -> "count";
            case SHARE, INDEX -> "0\u20131";
        };
    }

    /** A unit for use after a number ("-18.9 USD bn a year"), empty for shares and indices. */
    static String amountUnit(String metric) {
        if (metric.equals(OIL_DISCOUNT)) return " USD a barrel";
        return switch (metric(metric).map(Metric::unit).orElse(Metric.Unit.INDEX)) {
            case USD_BN -> " USD bn a year";
            case MBD -> " mb/d";
            case USD_PER_BBL -> " USD a barrel";
            case PERCENT -> " points";
            case COUNT, SHARE, INDEX -> "";
        };
    }
}
