package org.entente.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.entente.engine.RecordSink;
import org.entente.model.Scenario;

/**
 * One run's nation values laid out as the ensemble summary reads them: every metric of
 * {@link CsvRows#NATION_METRICS} of every actor in every month, cell = (metric x actors + actor)
 * x months + step, NaN where a value is missing. The one place that formula lives: the run
 * buffer, the sweep's run cells and the summary store all use it. Rows past the scenario's last
 * month are ignored. Filled by one thread; not thread-safe while filling.
 */
public final class NationCells implements RecordSink {
    private final double[] cells;
    private final Map<String, Integer> actorIndex = new HashMap<>();
    private final int actors;
    private final int months;

    public NationCells(Scenario s) {
        this.actors = s.actors().size();
        this.months = s.months();
        for (int i = 0; i < actors; i++) actorIndex.put(s.actors().get(i).id(), i);
        this.cells = new double[size(s)];
        Arrays.fill(cells, Double.NaN);
    }

    /** Number of values one run of the scenario gives. */
    public static int size(Scenario s) {
        return CsvRows.NATION_METRICS.size() * s.actors().size() * s.months();
    }

    /** The cell of (metric, actor, step). */
    public static int index(int metric, int actor, int step, int actors, int months) {
        return (metric * actors + actor) * months + step;
    }

    /** The metric of a cell (its position in {@link CsvRows#NATION_METRICS}). */
    public static int metricOf(int cell, int actors, int months) { return cell / months / actors; }

    /** The actor of a cell (its position in the scenario's actors). */
    public static int actorOf(int cell, int actors, int months) { return (cell / months) % actors; }

    /** The step (month index) of a cell. */
    public static int stepOf(int cell, int months) { return cell % months; }

    @Override
    public void nation(NationRow r) {
        if (r.step() >= months) return;
        int a = actorIndex.get(r.actor());
        double[] v = CsvRows.values(r);
        for (int m = 0; m < v.length; m++) cells[index(m, a, r.step(), actors, months)] = v[m];
    }

    @Override
    public void dyad(DyadRow r) { }

    @Override
    public void event(EventRow r) { }

    @Override
    public boolean acceptsDyads() { return false; }

    /** The cells, not copied: the caller owns them once the run is over. */
    public double[] values() { return cells; }
}
