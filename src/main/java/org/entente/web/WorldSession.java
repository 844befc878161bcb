package org.entente.web;

import java.util.ArrayList;
import java.util.List;

import org.entente.engine.EntenteSim;
import org.entente.engine.Seeds;
import org.entente.io.Lesson;
import org.entente.model.Scenario;

/**
 * One class's (or one student's) world: a lesson, the choices taken so far, and the MASON model
 * stepped month by month on the server. The seed is that of run 0 of {@code ./entente run}, so
 * the world in the browser is the run the command line writes. A choice forks the world: the
 * scenario with the chosen events is replayed from the start with the same seed up to the
 * month reached, which gives the same months before the decision byte for byte (events are
 * dated at or after it, and a run draws the same random numbers whatever happens).
 * Thread-safe: every method locks the session.
 */
final class WorldSession {
    final String id;
    final Catalogue.Entry entry;
    private final List<String> choices = new ArrayList<>();
    private Scenario scenario;
    private EntenteSim sim;
    private Recorder rec;
    private long lastUsed = System.nanoTime();

    WorldSession(String id, Catalogue.Entry entry) {
        this.id = id;
        this.entry = entry;
        rebuild(0);
    }

    synchronized long lastUsed() { return lastUsed; }

    private void touch() { lastUsed = System.nanoTime(); }

    /** The seed of every live world: run 0 of the scenario's master seed. */
    static long seedOf(Scenario s) { return Seeds.runSeed(s.seed(), 0); }

    private void rebuild(int steps) {
        scenario = entry.data().fork(choices);
        rec = new Recorder(scenario.actors().size());
        sim = new EntenteSim(scenario, seedOf(scenario), rec);
        sim.start();
        for (int k = 0; k < steps; k++) sim.schedule.step(sim);
    }

    /** Months recorded so far (0 before the first step). */
    synchronized int steps() { return rec.months.size(); }

    synchronized Scenario scenario() { return scenario; }

    synchronized List<String> choices() { return List.copyOf(choices); }

    /** The decision waiting for the class, or null: the next one whose month is the next to be stepped. */
    synchronized Lesson.Decision pending() {
        List<Lesson.Decision> ds = entry.data().decisions();
        if (choices.size() >= ds.size()) return null;
        Lesson.Decision d = ds.get(choices.size());
        return rec.months.size() >= scenario.stepOf(d.month()) ? d : null;
    }

    /** Steps up to n months; stops at a decision waiting for an answer and at the horizon. Returns months stepped. */
    synchronized int step(int n) {
        touch();
        int done = 0;
        while (done < n && rec.months.size() < scenario.months() && pending() == null) {
            sim.schedule.step(sim);
            done++;
        }
        return done;
    }

    /** Takes an option of the pending decision and forks the world. False if nothing is pending or the option is unknown. */
    synchronized boolean choose(String optionId) {
        touch();
        Lesson.Decision d = pending();
        if (d == null || d.option(optionId) == null) return false;
        int steps = rec.months.size();
        choices.add(optionId);
        rebuild(steps);
        return true;
    }

    /** A copy of what has been recorded, for a response (taken under the lock). */
    synchronized Snapshot snapshot() {
        touch();
        return new Snapshot(scenario, List.copyOf(rec.months), List.copyOf(rec.events), List.copyOf(rec.dyads), List.copyOf(choices),
                pending(), sanctions(sim, scenario));
    }

    record Snapshot(Scenario scenario, List<org.entente.engine.RecordSink.NationRow[]> months,
                    List<org.entente.engine.RecordSink.EventRow> events, List<org.entente.engine.RecordSink.DyadRow> dyads,
                    List<String> choices, Lesson.Decision pending, List<Pressure> sanctions) {
        int steps() { return months.size(); }
    }

    /** Sanction pressure of one actor on another now (MODEL.md 3: the sum over the sender's regimes in force). */
    record Pressure(String sender, String target, double value) { }

    static List<Pressure> sanctions(EntenteSim sim, Scenario s) {
        List<Pressure> out = new ArrayList<>();
        if (sim.schedule.getSteps() == 0) return out;
        var v = sim.view();
        for (var a : s.actors()) {
            for (var b : s.actors()) {
                if (a == b) continue;
                double p;
                try {
                    p = v.pressure(a.id(), b.id());
                } catch (RuntimeException notASender) {
                    break;
                }
                if (p > 0) out.add(new Pressure(a.id(), b.id(), p));
            }
        }
        return out;
    }

    /** Another world run to the same month with the same seed: the same lesson with other choices, or another scenario. */
    static Snapshot runTo(Scenario s, int steps) {
        Recorder r = new Recorder(s.actors().size());
        EntenteSim other = new EntenteSim(s, seedOf(s), r);
        other.start();
        for (int k = 0; k < Math.min(steps, s.months()); k++) other.schedule.step(other);
        return new Snapshot(s, r.months, r.events, r.dyads, List.of(), null, sanctions(other, s));
    }
}
