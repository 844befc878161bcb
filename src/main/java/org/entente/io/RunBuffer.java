package org.entente.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.engine.RecordSink;
import org.entente.model.Scenario;

/**
 * The rows of one run, formatted and kept until the writer takes them in run order, plus the
 * run's nation values laid out for the ensemble summary: cell = (metric x actors + actor) x
 * months + step. Filled by one worker thread, then handed to the writer; not shared while filling.
 */
final class RunBuffer implements RecordSink {
    final int run;
    final StringBuilder nations = new StringBuilder(1 << 16);
    final StringBuilder dyads;
    final StringBuilder events = new StringBuilder(1 << 10);
    final double[] cells;
    final List<NationRow> first = new ArrayList<>();
    final List<NationRow> last = new ArrayList<>();
    private final Scenario scenario;
    private final Map<String, Integer> actorIndex = new HashMap<>();
    private final String[] monthLabels;
    private final int actors;

    RunBuffer(Scenario s, int run, boolean withDyads) {
        this.scenario = s;
        this.run = run;
        this.dyads = withDyads ? new StringBuilder(1 << 20) : null;
        this.actors = s.actors().size();
        for (int i = 0; i < actors; i++) actorIndex.put(s.actors().get(i).id(), i);
        this.cells = new double[CsvRows.NATION_METRICS.size() * actors * s.months()];
        java.util.Arrays.fill(cells, Double.NaN);
        this.monthLabels = new String[s.months()];
        for (int t = 0; t < s.months(); t++) monthLabels[t] = s.monthLabel(t);
    }

    private String month(int step) {
        return step < monthLabels.length ? monthLabels[step] : scenario.monthLabel(step);
    }

    @Override
    public void nation(NationRow r) {
        CsvRows.nation(nations, run, month(r.step()), r);
        int a = actorIndex.get(r.actor());
        if (r.step() == 0) first.add(r);
        if (r.step() == scenario.months() - 1) last.add(r);
        if (r.step() >= scenario.months()) return;
        double[] v = CsvRows.values(r);
        for (int m = 0; m < v.length; m++) cells[(m * actors + a) * scenario.months() + r.step()] = v[m];
    }

    @Override
    public void dyad(DyadRow r) {
        if (dyads != null) CsvRows.dyad(dyads, run, month(r.step()), r);
    }

    @Override
    public boolean acceptsDyads() { return dyads != null; }

    @Override
    public void event(EventRow r) {
        CsvRows.event(events, run, month(r.step()), r);
    }
}
