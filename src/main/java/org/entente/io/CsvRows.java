package org.entente.io;

import java.util.List;

import org.entente.engine.RecordSink;

/**
 * The CSV contract of MODEL.md section 9: headers and the formatting of one row, with a fixed
 * column order, written through the one CSV writer ({@link Csv}: Locale.ROOT numbers, RFC 4180
 * quoting and formula neutralising of text).
 * Stateless and thread-safe.
 */
public final class CsvRows {
    public static final String NATIONS_HEADER = "run,step,month,actor,gdp,gdp_growth,exports,imports,trade_balance,"
            + "sanctioned_trade_share,oil_exports_mbd,milex,capability,alignment_west,alignment_east,defense_partners,stability";
    public static final String DYADS_HEADER = "run,step,month,from,to,exports,alignment,defense,arms,sanction_friction,hostility";
    public static final String EVENTS_HEADER = "run,step,month,event,actors,detail";
    public static final String SUMMARY_HEADER = "metric,actor,month,n,mean,sd,ci_low,ci_high,p05,p50,p95";

    /** The numeric columns of nations.csv, in order: the metrics of summary.csv and compare. */
    public static final List<String> NATION_METRICS = List.of("gdp", "gdp_growth", "exports", "imports", "trade_balance",
            "sanctioned_trade_share", "oil_exports_mbd", "milex", "capability", "alignment_west", "alignment_east",
            "defense_partners", "stability");
    /** The numeric columns of dyads.csv, in order. */
    public static final List<String> DYAD_METRICS = List.of("exports", "alignment", "defense", "arms", "sanction_friction", "hostility");

    private CsvRows() { }

    /** The metric values of a nation row, in {@link #NATION_METRICS} order. */
    public static double[] values(RecordSink.NationRow r) {
        return new double[] {r.gdp(), r.gdpGrowth(), r.exports(), r.imports(), r.tradeBalance(), r.sanctionedTradeShare(),
                r.oilExportsMbd(), r.milex(), r.capability(), r.alignmentWest(), r.alignmentEast(), r.defensePartners(), r.stability()};
    }

    static void nation(StringBuilder b, int run, String month, RecordSink.NationRow r) {
        b.append(run).append(',').append(r.step()).append(',');
        Csv.text(b, month).append(',');
        Csv.text(b, r.actor());
        for (double v : values(r)) Csv.number(b.append(','), v);
        b.append('\n');
    }

    static void dyad(StringBuilder b, int run, String month, RecordSink.DyadRow r) {
        b.append(run).append(',').append(r.step()).append(',');
        Csv.text(b, month).append(',');
        Csv.text(b, r.from()).append(',');
        Csv.text(b, r.to());
        for (double v : new double[] {r.exports(), r.alignment(), r.defense(), r.arms(), r.sanctionFriction(), r.hostility()}) {
            Csv.number(b.append(','), v);
        }
        b.append('\n');
    }

    static void event(StringBuilder b, int run, String month, RecordSink.EventRow r) {
        b.append(run).append(',').append(r.step()).append(',');
        Csv.text(b, month).append(',');
        Csv.text(b, r.event()).append(',');
        Csv.text(b, r.actors()).append(',');
        Csv.text(b, r.detail()).append('\n');
    }
}
