package org.entente.io;

import java.util.ArrayList;
import java.util.List;

import org.entente.engine.RecordSink;
import org.entente.model.Scenario;

/**
 * The rows of one run, formatted and kept until the writer takes them in run order, plus the
 * run's nation values laid out for the ensemble summary ({@link NationCells}). Filled by one
 * worker thread, then handed to the writer; not shared while filling.
 */
final class RunBuffer implements RecordSink {
    final int run;
    final StringBuilder nations = new StringBuilder(1 << 16);
    final StringBuilder dyads;
    /**
     * Where this run's dyad rows go once more than {@link #SPILL_CHARS} are waiting, so that a
     * run waiting its turn to be written holds its dyads on disk, not in memory (a world run has
     * 4.7 million of them); null keeps them all in {@link #dyads}.
     */
    final java.nio.file.Path dyadSpill;
    private java.io.Writer spillWriter;
    static final int SPILL_CHARS = 1 << 20;
    final StringBuilder events = new StringBuilder(1 << 10);
    final NationCells cells;
    final List<NationRow> first = new ArrayList<>();
    final List<NationRow> last = new ArrayList<>();
    private final Scenario scenario;
    private final String[] monthLabels;

    RunBuffer(Scenario s, int run, boolean withDyads) {
        this(s, run, withDyads, null);
    }

    RunBuffer(Scenario s, int run, boolean withDyads, java.nio.file.Path dyadSpill) {
        this.scenario = s;
        this.run = run;
        this.dyadSpill = withDyads ? dyadSpill : null;
        this.dyads = withDyads ? new StringBuilder(1 << 20) : null;
        this.cells = new NationCells(s);
        this.monthLabels = new String[s.months()];
        for (int t = 0; t < s.months(); t++) monthLabels[t] = s.monthLabel(t);
    }

    private String month(int step) {
        return step < monthLabels.length ? monthLabels[step] : scenario.monthLabel(step);
    }

    @Override
    public void nation(NationRow r) {
        CsvRows.nation(nations, run, month(r.step()), r);
        if (r.step() == 0) first.add(r);
        if (r.step() == scenario.months() - 1) last.add(r);
        cells.nation(r);
    }

    @Override
    public void dyad(DyadRow r) {
        if (dyads == null) return;
        CsvRows.dyad(dyads, run, month(r.step()), r);
        if (dyadSpill != null && dyads.length() >= SPILL_CHARS) spill();
    }

    private void spill() {
        try {
            if (spillWriter == null) spillWriter = java.nio.file.Files.newBufferedWriter(dyadSpill, java.nio.charset.StandardCharsets.UTF_8);
            spillWriter.append(dyads);
            dyads.setLength(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + dyadSpill, e);
        }
    }

    /** After the run: the dyad rows still in memory join the spill file, which is closed. */
    void finishDyads() throws java.io.IOException {
        if (dyadSpill == null) return;
        spill();
        spillWriter.close();
        spillWriter = null;
    }

    @Override
    public boolean acceptsDyads() { return dyads != null; }

    @Override
    public void event(EventRow r) {
        CsvRows.event(events, run, month(r.step()), r);
    }
}
