package org.entente.report;

import java.util.List;
import java.util.Map;

/** How the report names the metrics of nations.csv: chart titles, units, words for sentences. */
final class Metrics {
    /** The metrics charted by default, in this order. */
    static final List<String> DEFAULT = List.of("gdp", "exports", "oil_exports_mbd", "sanctioned_trade_share", "alignment_west",
            "alignment_east");

    private record Name(String title, String unit, String phrase) { }

    private static final Map<String, Name> NAMES = Map.ofEntries(
            Map.entry("gdp", new Name("GDP", "USD bn a year", "GDP")),
            Map.entry("gdp_growth", new Name("GDP growth", "% a year", "GDP growth rate")),
            Map.entry("exports", new Name("Exports", "USD bn a year", "exports")),
            Map.entry("imports", new Name("Imports", "USD bn a year", "imports")),
            Map.entry("trade_balance", new Name("Trade balance", "USD bn a year", "trade balance")),
            Map.entry("sanctioned_trade_share", new Name("Share of trade under sanctions", "share, 0\u20131",
                    "share of trade under sanctions")),
            Map.entry("oil_exports_mbd", new Name("Oil exports", "million barrels a day", "oil exports")),
            Map.entry("milex", new Name("Military spending", "USD bn a year", "military spending")),
            Map.entry("capability", new Name("Capability", "index, 0\u20131", "capability")),
            Map.entry("alignment_west", new Name("Alignment with the West", "0 (none) to 1 (close)", "alignment with the West")),
            Map.entry("alignment_east", new Name("Alignment with the East", "0 (none) to 1 (close)", "alignment with the East")),
            Map.entry("defense_partners", new Name("Defence partners", "number", "number of defence partners")),
            Map.entry("stability", new Name("Stability", "0 (collapse) to 1", "stability")));

    private Metrics() { }

    static String title(String metric) { Name n = NAMES.get(metric); return n == null ? metric : n.title(); }

    static String unit(String metric) { Name n = NAMES.get(metric); return n == null ? "" : n.unit(); }

    static String phrase(String metric) { Name n = NAMES.get(metric); return n == null ? metric : n.phrase(); }

    /** A short unit for table cells. */
    static String shortUnit(String metric) {
        return switch (metric) {
            case "gdp", "exports", "imports", "trade_balance", "milex" -> "USD bn/yr";
            case "oil_exports_mbd" -> "mb/d";
            case "gdp_growth" -> "%/yr";
            case "defense_partners" -> "count";
            default -> "0\u20131";
        };
    }

    /** A unit for use after a number ("-18.9 USD bn a year"), empty for shares and indices. */
    static String amountUnit(String metric) {
        return switch (metric) {
            case "gdp", "exports", "imports", "trade_balance", "milex" -> " USD bn a year";
            case "oil_exports_mbd" -> " mb/d";
            case "gdp_growth" -> " points";
            default -> "";
        };
    }
}
