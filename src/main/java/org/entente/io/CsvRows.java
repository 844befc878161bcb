package org.entente.io;

import java.util.List;

import org.entente.engine.RecordSink;
import org.entente.model.Metric;

/**
 * The CSV contract of MODEL.md section 9: headers and the formatting of one row, with a fixed
 * column order, written through the one CSV writer ({@link Csv}: Locale.ROOT numbers, RFC 4180
 * quoting and formula neutralising of text).
 * Stateless and thread-safe.
 */
public final class CsvRows {
    public static final String NATIONS_HEADER = "run,step,month,actor," + String.join(",", Metric.nationKeys());
    public static final String DYADS_HEADER = "run,step,month,from,to," + String.join(",", Metric.dyadKeys());
    public static final String EVENTS_HEADER = "run,step,month,event,actors,detail";
    public static final String SUMMARY_HEADER = "metric,actor,month,n,mean,sd,ci_low,ci_high,p05,p50,p95";

    /** The numeric columns of nations.csv, in order: the metrics of summary.csv and compare ({@link Metric#nationKeys()}). */
    public static final List<String> NATION_METRICS = Metric.nationKeys();
    /** The numeric columns of dyads.csv, in order ({@link Metric#dyadKeys()}). */
    public static final List<String> DYAD_METRICS = Metric.dyadKeys();

    private CsvRows() { }

    /** The metric values of a nation row, in {@link Metric#nations()} order: {@code values(r)[m.index()]} is metric m. */
    public static double[] values(RecordSink.NationRow r) {
        return new double[] {r.gdp(), r.gdpGrowth(), r.exports(), r.imports(), r.tradeBalance(), r.sanctionedTradeShare(),
                r.oilExportsMbd(), r.milex(), r.capability(), r.alignmentWest(), r.alignmentEast(), r.defensePartners(), r.stability(),
                r.financialStress(), r.oilPrice(), r.oilRevenue()};
    }

    /** The metric values of a dyad row, in {@link Metric#dyads()} order: {@code values(r)[m.index()]} is metric m. */
    public static double[] values(RecordSink.DyadRow r) {
        return new double[] {r.exports(), r.alignment(), r.defense(), r.arms(), r.sanctionFriction(), r.hostility(), r.tariff()};
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
        for (double v : values(r)) {
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
