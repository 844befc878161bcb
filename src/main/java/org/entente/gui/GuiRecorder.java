package org.entente.gui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.engine.RecordSink;

/**
 * Keeps what the GUI shows from the record phase: each actor's latest and first rows, its
 * history (for the charts), and the last events. Written by the model thread, read by Swing:
 * every method is synchronized.
 */
public final class GuiRecorder implements RecordSink {
    /** How many recent events the map shows. */
    public static final int EVENTS_SHOWN = 6;

    private final Map<String, NationRow> latest = new HashMap<>();
    private final Map<String, NationRow> first = new HashMap<>();
    private final Map<String, List<NationRow>> history = new HashMap<>();
    private final Deque<EventRow> events = new ArrayDeque<>();
    private int step = -1;

    public synchronized void clear() {
        latest.clear();
        first.clear();
        history.clear();
        events.clear();
        step = -1;
    }

    @Override
    public synchronized void nation(NationRow r) {
        latest.put(r.actor(), r);
        first.putIfAbsent(r.actor(), r);
        history.computeIfAbsent(r.actor(), k -> new ArrayList<>()).add(r);
        step = Math.max(step, r.step());
    }

    @Override
    public boolean acceptsDyads() { return false; }

    @Override
    public void dyad(DyadRow r) {
        // the GUI reads ties from the live world; dyad rows are not kept
    }

    @Override
    public synchronized void event(EventRow r) {
        if (r.detail().startsWith("recorded ")) return; // the start world's data, not news
        events.addLast(r);
        while (events.size() > EVENTS_SHOWN) events.removeFirst();
    }

    public synchronized NationRow latest(String actor) { return latest.get(actor); }

    public synchronized NationRow first(String actor) { return first.get(actor); }

    public synchronized List<NationRow> history(String actor) {
        return List.copyOf(history.getOrDefault(actor, List.of()));
    }

    public synchronized List<EventRow> lastEvents() { return List.copyOf(events); }

    /** The last recorded step, -1 before the first. */
    public synchronized int step() { return step; }
}
