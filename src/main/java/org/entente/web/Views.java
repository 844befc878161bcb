package org.entente.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.engine.RecordSink.DyadRow;
import org.entente.engine.RecordSink.EventRow;
import org.entente.engine.RecordSink.NationRow;
import org.entente.io.Lesson;
import org.entente.model.ActorSpec;
import org.entente.model.Scenario;
import org.entente.view.Palette;

/**
 * The JSON the page draws from, as plain maps and lists. Every text in it came from a scenario
 * file and is shown by the page as text (never as HTML). Stateless.
 */
final class Views {
    /** Ties drawn on the map: trade above this many USD bn a year (assumption: a readable number of lines, about 15). */
    static final double TRADE_MIN_BN = 40;
    /** Sanction pressure at or above which a sanctions tie is drawn (assumption: the strong regimes only). */
    static final double SANCTION_MIN = 0.3;
    /** Defence level at or above which a treaty tie is drawn (a strategic partnership is 0.4). */
    static final double DEFENCE_MIN = 0.4;
    /** Hostility at or above which a hostility tie is drawn. */
    static final double HOSTILITY_MIN = 0.5;
    /** The actor the charts follow when the scenario has it. */
    static final String FOCUS = "IRN";

    private Views() { }

    static List<Object> catalogue(Catalogue c) {
        List<Object> out = new ArrayList<>();
        for (Catalogue.Entry e : c.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("lesson", e.lesson());
            m.put("title", e.title());
            m.put("description", e.description());
            m.put("watch", e.watch());
            m.put("decisions", e.data().decisions().size());
            m.put("start", e.data().scenario().start().toString());
            m.put("months", e.data().scenario().months());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> palette() {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> named = new LinkedHashMap<>();
        for (Palette p : Palette.values()) named.put(p.name().toLowerCase(Locale.ROOT), Map.of("css", p.css(), "meaning", p.meaning()));
        m.put("named", named);
        List<String> ramp = new ArrayList<>();
        for (int k = -20; k <= 20; k++) ramp.add(String.format(Locale.ROOT, "#%06x", Palette.diverging(k / 20.0)));
        m.put("diverging", ramp);
        return m;
    }

    /** The generated style sheet: the palette as CSS custom properties, so the page cannot drift from the GUI and the report. */
    static String paletteCss() {
        StringBuilder b = new StringBuilder(":root {\n");
        for (Palette p : Palette.values()) {
            b.append("  --").append(p.name().toLowerCase(Locale.ROOT).replace('_', '-')).append(": ").append(p.css()).append(";\n");
        }
        return b.append("}\n").toString();
    }

    static String focus(Scenario s) {
        for (ActorSpec a : s.actors()) if (a.id().equals(FOCUS)) return FOCUS;
        return s.actors().get(0).id();
    }

    static Map<String, Object> state(WorldSession w, WorldSession.Snapshot snap, Ensembles.Bands bands) {
        Scenario s = snap.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id);
        m.put("world", w.entry.id());
        m.put("title", w.entry.title());
        m.put("watch", w.entry.watch());
        m.put("start", s.start().toString());
        m.put("months", s.months());
        m.put("steps", snap.steps());
        m.put("month", snap.steps() == 0 ? s.start().toString() : s.monthLabel(snap.steps() - 1));
        m.put("done", snap.steps() >= s.months());
        m.put("focus", focus(s));
        m.put("pending", snap.pending() == null ? null : decision(snap.pending()));
        m.put("choices", choices(w.entry.data(), snap.choices()));
        m.put("decisions", w.entry.data().decisions().stream().map(Views::decision).toList());
        m.put("actors", actors(snap, bands));
        m.put("typical", bands != null);
        m.put("ties", ties(snap));
        m.put("series", series(snap, focus(s)));
        m.put("events", events(snap));
        m.put("bands", bands == null ? null : bands(bands, focus(s)));
        return m;
    }

    static Map<String, Object> decision(Lesson.Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("month", d.month().toString());
        m.put("question", d.question());
        m.put("options", d.options().stream().map(o -> Map.of("id", o.id(), "label", o.label())).toList());
        return m;
    }

    static List<Object> choices(Lesson l, List<String> choices) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Lesson.Decision d = l.decisions().get(i);
            Lesson.Option o = d.option(choices.get(i));
            out.add(Map.of("decision", d.id(), "month", d.month().toString(), "question", d.question(), "option", o.id(), "label", o.label()));
        }
        return out;
    }

    /**
     * The actors now. {@code change} is the change of lean since the start: of the middle of the
     * ensemble when its bands are ready (one run's change is mostly its own noise: the USA's lean
     * swings by 0.04 within a run of the baseline), of this run until then.
     */
    static List<Object> actors(WorldSession.Snapshot snap, Ensembles.Bands bands) {
        Scenario s = snap.scenario();
        List<Object> out = new ArrayList<>();
        NationRow[] first = snap.steps() > 0 ? snap.months().get(0) : null;
        NationRow[] last = snap.steps() > 0 ? snap.months().get(snap.steps() - 1) : null;
        for (int i = 0; i < s.actors().size(); i++) {
            ActorSpec a = s.actors().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.name());
            m.put("kind", a.kind().key());
            m.put("lat", a.lat());
            m.put("lon", a.lon());
            double gdp = last == null ? a.gdp() : last[i].gdp();
            m.put("gdp", round(gdp, 1));
            m.put("gdp0", round(first == null ? a.gdp() : first[i].gdp(), 1));
            double lean = last == null ? 0 : Ensembles.lean(last[i]);
            double lean0 = first == null ? 0 : Ensembles.lean(first[i]);
            m.put("lean", round(lean, 4));
            double change = lean - lean0;
            if (bands != null && snap.steps() > 0 && bands.byActor().get(a.id()) != null) {
                double[] mid = bands.byActor().get(a.id()).get("lean")[1];
                change = mid[snap.steps() - 1] - mid[0];
            }
            m.put("change", round(change, 4));
            m.put("oil", round(last == null ? a.oilExports() : last[i].oilExportsMbd(), 3));
            out.add(m);
        }
        return out;
    }

    static List<Object> ties(WorldSession.Snapshot snap) {
        List<Object> out = new ArrayList<>();
        Map<String, DyadRow> byPair = new HashMap<>();
        for (DyadRow d : snap.dyads()) byPair.put(d.from() + ">" + d.to(), d);
        for (DyadRow d : snap.dyads()) {
            boolean once = d.from().compareTo(d.to()) < 0;
            DyadRow back = byPair.get(d.to() + ">" + d.from());
            if (once && d.defense() >= DEFENCE_MIN) out.add(tie(d, "defence", d.defense()));
            if (once && Math.max(d.hostility(), back == null ? 0 : back.hostility()) >= HOSTILITY_MIN) {
                out.add(tie(d, "hostility", Math.max(d.hostility(), back == null ? 0 : back.hostility())));
            }
            if (once) {
                double trade = d.exports() + (back == null ? 0 : back.exports());
                if (trade >= TRADE_MIN_BN) out.add(tie(d, "trade", trade));
            }
        }
        for (WorldSession.Pressure p : snap.sanctions()) {
            if (p.value() >= SANCTION_MIN) out.add(Map.of("a", p.sender(), "b", p.target(), "kind", "sanction", "w", round(Math.min(1, p.value()), 3)));
        }
        return out;
    }

    private static Map<String, Object> tie(DyadRow d, String kind, double w) {
        return Map.of("a", d.from(), "b", d.to(), "kind", kind, "w", round(w, 3));
    }

    static Map<String, Object> series(WorldSession.Snapshot snap, String focus) {
        int fi = index(snap.scenario(), focus);
        Map<String, Object> m = new LinkedHashMap<>();
        for (String metric : Ensembles.METRICS) {
            double[] v = new double[snap.steps()];
            for (int t = 0; t < v.length; t++) v[t] = round(Ensembles.metric(metric, snap.months().get(t)[fi]), 4);
            m.put(metric, v);
        }
        return m;
    }

    static Map<String, Object> bands(Ensembles.Bands b, String focus) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, double[][]> per = b.byActor().get(focus);
        if (per == null) return m;
        for (var e : per.entrySet()) {
            double[][] q = e.getValue();
            m.put(e.getKey(), Map.of("p05", rounded(q[0]), "p50", rounded(q[1]), "p95", rounded(q[2])));
        }
        return m;
    }

    static List<Object> events(WorldSession.Snapshot snap) {
        Scenario s = snap.scenario();
        Map<String, String> names = new HashMap<>();
        for (ActorSpec a : s.actors()) names.put(a.id(), a.name());
        List<Object> out = new ArrayList<>();
        for (EventRow e : snap.events()) {
            var text = org.entente.view.EventText.sentence(e.event(), e.actors(), e.detail(), id -> names.getOrDefault(id, id));
            if (text.isEmpty()) continue;
            out.add(Map.of("step", e.step(), "month", s.monthLabel(e.step()), "text", text.get()));
        }
        return out;
    }

    static int index(Scenario s, String id) {
        for (int i = 0; i < s.actors().size(); i++) if (s.actors().get(i).id().equals(id)) return i;
        return -1;
    }

    private static double[] rounded(double[] v) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) o[i] = round(v[i], 4);
        return o;
    }

    static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return 0;
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
