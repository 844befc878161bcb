package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.entente.engine.RecordSink;
import org.entente.io.CsvRows;
import org.junit.jupiter.api.Test;

/** The metric registry is the one list of column names: the record rows and the CSV headers follow it. */
class MetricTest {
    /** The record's components after its key fields, as snake_case column names. */
    static List<String> columns(Class<?> record, int keys) {
        List<String> out = new ArrayList<>();
        RecordComponent[] c = record.getRecordComponents();
        for (int i = keys; i < c.length; i++) out.add(c[i].getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    @Test
    void theRecordRowsHaveTheRegistrysMetricsInItsOrder() {
        assertThat(columns(RecordSink.NationRow.class, 2)).isEqualTo(Metric.nationKeys());
        assertThat(columns(RecordSink.DyadRow.class, 3)).isEqualTo(Metric.dyadKeys());
    }

    @Test
    void theHeadersAreTheRegistrysKeys() {
        assertThat(CsvRows.NATIONS_HEADER).isEqualTo("run,step,month,actor,gdp,gdp_growth,exports,imports,trade_balance,"
                + "sanctioned_trade_share,oil_exports_mbd,milex,capability,alignment_west,alignment_east,defense_partners,stability,"
                + "financial_stress,oil_price,oil_revenue");
        assertThat(CsvRows.DYADS_HEADER).isEqualTo("run,step,month,from,to,exports,alignment,defense,arms,sanction_friction,hostility,tariff");
    }

    @Test
    void aMetricsIndexPicksItsValueOutOfARow() {
        var n = new RecordSink.NationRow(0, "AAA", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        for (Metric m : Metric.nations()) assertThat(CsvRows.values(n)[m.index()]).as(m.key()).isEqualTo(m.index() + 1);
        var d = new RecordSink.DyadRow(0, "AAA", "BBB", 1, 2, 3, 4, 5, 6, 7);
        for (Metric m : Metric.dyads()) assertThat(CsvRows.values(d)[m.index()]).as(m.key()).isEqualTo(m.index() + 1);
        assertThat(Metric.byKey(Metric.Scope.DYAD, "exports")).contains(Metric.DYAD_EXPORTS);
        assertThat(Metric.byKey(Metric.Scope.NATION, "exports")).contains(Metric.EXPORTS);
        assertThat(Metric.byKey(Metric.Scope.NATION, "hostility")).isEmpty();
        for (Metric m : Metric.values()) assertThat(m.meaning()).as(m.key()).isNotBlank();
    }
}
