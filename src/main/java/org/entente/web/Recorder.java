package org.entente.web;

import java.util.ArrayList;
import java.util.List;

import org.entente.engine.RecordSink;

/**
 * Keeps what a live world recorded: every nation row (for the charts and the map's change
 * since the start), the dyads of the latest month only (for the map's ties) and every event.
 * Called from one thread at a time (the world's lock).
 */
final class Recorder implements RecordSink {
    final List<NationRow[]> months = new ArrayList<>();
    final List<EventRow> events = new ArrayList<>();
    List<DyadRow> dyads = new ArrayList<>();
    private final int n;
    private int dyadStep = -1;
    private NationRow[] current;

    Recorder(int n) { this.n = n; }

    @Override
    public void nation(NationRow row) {
        if (current == null || row.step() != months.size() - 1) {
            current = new NationRow[n];
            months.add(current);
        }
        for (int i = 0; i < n; i++) {
            if (current[i] == null) {
                current[i] = row;
                return;
            }
        }
    }

    @Override
    public void dyad(DyadRow row) {
        if (row.step() != dyadStep) {
            dyads = new ArrayList<>();
            dyadStep = row.step();
        }
        dyads.add(row);
    }

    @Override
    public void event(EventRow row) { events.add(row); }
}
