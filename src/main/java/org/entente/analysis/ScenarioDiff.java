package org.entente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.entente.io.Numbers;
import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.HostilitySpec;
import org.entente.model.Param;
import org.entente.model.RegimeSpec;
import org.entente.model.Scenario;
import org.entente.model.ScheduledEvent;
import org.entente.model.TradeSpec;
import org.entente.model.TreatySpec;

/**
 * What differs between two resolved scenarios, one line a difference, in words a student can
 * read: "+" for what only B has, "-" for what only A has, "~" for what both have but differently.
 * Pure and thread-safe.
 */
public final class ScenarioDiff {
    private ScenarioDiff() { }

    public static List<String> diff(Scenario a, Scenario b) {
        List<String> out = new ArrayList<>();
        field(out, "name", a.name(), b.name());
        field(out, "start", a.start(), b.start());
        field(out, "months", a.months(), b.months());
        field(out, "seed", a.seed(), b.seed());
        field(out, "theory", a.parameters().theory().key(), b.parameters().theory().key());
        for (Param p : Param.values()) {
            double va = a.parameters().get(p), vb = b.parameters().get(p);
            if (Double.compare(va, vb) != 0) out.add("~ parameter " + p.key() + ": " + num(va) + " -> " + num(vb));
        }
        items(out, "actor", a.actors(), b.actors(), ActorSpec::id, ScenarioDiff::actor);
        items(out, "flow", a.trade(), b.trade(), t -> t.from() + "->" + t.to(), t -> Map.of("value", num(t.value()), "year", t.year()));
        items(out, "compliance", a.compliance(), b.compliance(), c -> c.buyer() + " with " + c.sender() + " against " + c.target(),
                c -> Map.of("complies", String.valueOf(c.complies())));
        items(out, "treaty", a.treaties(), b.treaties(), t -> "\"" + t.name() + "\"", ScenarioDiff::treaty);
        items(out, "regime", a.sanctions(), b.sanctions(), r -> r.sender() + "->" + r.target() + " " + r.type().key(), ScenarioDiff::regime);
        items(out, "hostility", a.hostility(), b.hostility(), ScenarioDiff::pair, h -> Map.of("level", num(h.level()), "war", String.valueOf(h.war())));
        events(out, a.events(), b.events());
        return out;
    }

    private static void field(List<String> out, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) out.add("~ " + name + ": " + a + " -> " + b);
    }

    private static <T> void items(List<String> out, String what, List<T> a, List<T> b, Function<T, String> key,
                                  Function<T, Map<String, String>> fields) {
        Map<String, T> ma = new LinkedHashMap<>(), mb = new LinkedHashMap<>();
        for (T x : a) ma.put(key.apply(x), x);
        for (T x : b) mb.put(key.apply(x), x);
        for (Map.Entry<String, T> e : ma.entrySet()) {
            T other = mb.get(e.getKey());
            if (other == null) {
                out.add("- " + what + " " + e.getKey() + " (" + describe(fields.apply(e.getValue())) + ")");
                continue;
            }
            Map<String, String> fa = fields.apply(e.getValue()), fb = fields.apply(other);
            List<String> changes = new ArrayList<>();
            for (String f : fa.keySet()) {
                if (!Objects.equals(fa.get(f), fb.get(f))) changes.add(f + " " + fa.get(f) + " -> " + fb.get(f));
            }
            if (!changes.isEmpty()) out.add("~ " + what + " " + e.getKey() + ": " + String.join(", ", changes));
        }
        for (Map.Entry<String, T> e : mb.entrySet()) {
            if (!ma.containsKey(e.getKey())) out.add("+ " + what + " " + e.getKey() + " (" + describe(fields.apply(e.getValue())) + ")");
        }
    }

    private static String describe(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getValue() != null && !e.getValue().isEmpty()) parts.add(e.getKey() + " " + e.getValue());
        }
        return String.join(", ", parts);
    }

    private static void events(List<String> out, List<ScheduledEvent> a, List<ScheduledEvent> b) {
        List<String> la = new ArrayList<>(), lb = new ArrayList<>();
        for (ScheduledEvent e : a) la.add(event(e));
        for (ScheduledEvent e : b) lb.add(event(e));
        List<String> onlyB = new ArrayList<>(lb);
        for (String e : la) {
            if (!onlyB.remove(e)) out.add("- event " + e);
        }
        for (String e : onlyB) out.add("+ event " + e);
    }

    private static String num(double v) { return Double.isNaN(v) ? "default" : Numbers.format(v); }

    private static String pair(HostilitySpec h) {
        return h.a().compareTo(h.b()) <= 0 ? h.a() + "-" + h.b() : h.b() + "-" + h.a();
    }

    private static Map<String, String> actor(ActorSpec x) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", x.name());
        m.put("kind", x.kind().key());
        m.put("gdp", num(x.gdp()));
        m.put("population", num(x.population()));
        m.put("milex", num(x.milex()));
        m.put("oil_exports", num(x.oilExports()));
        m.put("oil_imports", num(x.oilImports()));
        m.put("oil_free", num(x.oilFree()));
        m.put("ideal_point", num(x.idealPoint()));
        m.put("stability", num(x.stability()));
        m.put("trend_growth", num(x.trendGrowth()));
        m.put("arms_supplier", String.valueOf(x.armsSupplier()));
        m.put("financial_exposure", num(x.financialExposure()));
        m.put("reserves_months", num(x.reservesMonths()));
        m.put("lat", num(x.lat()));
        m.put("lon", num(x.lon()));
        return m;
    }

    private static Map<String, String> treaty(TreatySpec t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("parties", String.join(", ", t.parties()));
        m.put("in force", t.inForce() == null ? "not yet" : t.inForce().toString());
        m.put("years", Double.isNaN(t.years()) ? "open-ended" : num(t.years()));
        m.put("defence", num(t.defense()));
        m.put("floor", num(t.floor()));
        return m;
    }

    private static Map<String, String> regime(RegimeSpec r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("intensity", num(r.intensity()));
        m.put("secondary", String.valueOf(r.secondary()));
        m.put("from", r.start().toString());
        m.put("until", r.end() == null ? "open" : r.end().toString());
        if (!r.rejectedBy().isEmpty()) m.put("rejected by", String.join(", ", r.rejectedBy()));
        if (!r.initiatedBy().isEmpty()) m.put("initiated by", String.join(", ", r.initiatedBy()));
        return m;
    }

    /** An event in words, e.g. "2025-02 set_policy maximum_pressure USA->IRN (crackdown 0.5)". */
    static String event(ScheduledEvent e) {
        return e.month() + " " + e.action().type() + " " + action(e.action());
    }

    private static String action(EventAction a) {
        return a.accept(WORDS);
    }

    /** Each event type in words; the compiler checks that every type has them. */
    private static final EventAction.Visitor<String> WORDS = new EventAction.Visitor<>() {
        @Override public String imposeSanctions(EventAction.ImposeSanctions x) {
            RegimeSpec r = x.regime();
            return r.sender() + "->" + r.target() + " " + r.type().key() + " intensity " + num(r.intensity())
                    + (r.secondary() ? " secondary" : "") + (x.announced() > 0 ? " announced " + x.announced() + " months ahead" : "")
                    + (r.end() == null ? "" : " until " + r.end());
        }

        @Override public String adjustSanctions(EventAction.AdjustSanctions x) {
            return x.sender() + "->" + x.target() + " " + x.regimeType().key()
                    + (Double.isNaN(x.intensity()) ? "" : " intensity " + num(x.intensity()))
                    + (x.secondary() == null ? "" : " secondary " + x.secondary())
                    + (x.crackdown() > 0 ? " crackdown " + num(x.crackdown()) : "");
        }

        @Override public String liftSanctions(EventAction.LiftSanctions x) {
            return x.sender() + "->" + x.target() + " " + (x.regimeType() == null ? "all regimes" : x.regimeType().key())
                    + " over " + x.overMonths() + " months";
        }

        @Override public String signTreaty(EventAction.SignTreaty x) {
            return "\"" + x.treaty().name() + "\" " + String.join(", ", x.treaty().parties());
        }

        @Override public String treatyInForce(EventAction.TreatyInForce x) {
            return "\"" + x.treaty() + "\"";
        }

        @Override public String endTreaty(EventAction.EndTreaty x) {
            return "\"" + x.treaty() + "\"";
        }

        @Override public String setPolicy(EventAction.SetPolicy x) {
            return x.policy() + (x.actor() == null ? "" : " " + x.actor() + "->" + x.target())
                    + (Double.isNaN(x.crackdown()) ? "" : " (crackdown " + num(x.crackdown()) + ")")
                    + (x.overMonths() >= 0 ? " (over " + x.overMonths() + " months)" : "")
                    + (x.bundle().isEmpty() ? "" : " bundle of " + x.bundle().size());
        }

        @Override public String warStart(EventAction.WarStart x) {
            return String.join(" vs ", x.actors()) + (x.cost().isEmpty() ? "" : " costs " + new java.util.TreeMap<>(x.cost()));
        }

        @Override public String warEnd(EventAction.WarEnd x) {
            return String.join(" vs ", x.actors()) + (Double.isNaN(x.level()) ? "" : " hostility " + num(x.level()));
        }

        @Override public String setHostility(EventAction.SetHostility x) {
            return x.a() + "-" + x.b() + " " + num(x.level());
        }

        @Override public String setAlignment(EventAction.SetAlignment x) {
            return x.a() + "-" + x.b() + " " + num(x.level());
        }

        @Override public String regimeChange(EventAction.RegimeChange x) {
            return x.actor() + (Double.isNaN(x.idealPoint()) ? "" : " ideal point " + num(x.idealPoint()))
                    + (x.reset().isEmpty() ? "" : " resets " + String.join(", ", x.reset())) + (x.conditional() ? " (conditional)" : "");
        }

        @Override public String setAttribute(EventAction.SetAttribute x) {
            return x.actor() + " " + x.attribute().key() + " " + num(x.value());
        }

        @Override public String setParameter(EventAction.SetParameter x) {
            return x.parameter().key() + " " + num(x.value());
        }

        @Override public String shock(EventAction.Shock x) {
            return x.actor() + (x.gdp() != 0 ? " gdp " + num(x.gdp()) : "") + (x.oil() != 0 ? " oil " + num(x.oil()) : "");
        }

        @Override public String joinBloc(EventAction.JoinBloc x) {
            return x.actor() + " joins " + x.bloc();
        }

        @Override public String leaveBloc(EventAction.LeaveBloc x) {
            return x.actor() + " leaves " + x.bloc();
        }

        @Override public String imposeTariff(EventAction.ImposeTariff x) {
            return x.sender() + "->" + x.target() + " rate " + num(x.rate()) + " on " + x.goods().key() + " goods";
        }

        @Override public String liftTariff(EventAction.LiftTariff x) {
            return x.sender() + "->" + x.target() + (x.goods() == null ? " all tariffs" : " on " + x.goods().key() + " goods");
        }

        @Override public String imposeSecondaryTariff(EventAction.ImposeSecondaryTariff x) {
            return x.sender() + " on buyers of " + x.target() + " oil above " + num(x.threshold()) + " mb/d, rate " + num(x.rate());
        }

        @Override public String liftSecondaryTariff(EventAction.LiftSecondaryTariff x) {
            return x.sender() + " on buyers of " + x.target() + " oil";
        }

        @Override public String signTradeAgreement(EventAction.SignTradeAgreement x) {
            return "\"" + x.name() + "\" " + String.join(", ", x.parties());
        }

        @Override public String imposeFinancialSanction(EventAction.ImposeFinancialSanction x) {
            return x.sender() + "->" + x.target() + " " + x.measure().key() + (Double.isNaN(x.share()) ? "" : " share " + num(x.share()));
        }

        @Override public String liftFinancialSanction(EventAction.LiftFinancialSanction x) {
            return x.sender() + "->" + x.target() + (x.measure() == null ? " all financial measures" : " " + x.measure().key());
        }

        @Override public String imposePriceCap(EventAction.ImposePriceCap x) {
            return x.sender() + "->" + x.target() + " cap " + num(x.cap()) + " USD/bbl, services share " + num(x.servicesShare());
        }

        @Override public String liftPriceCap(EventAction.LiftPriceCap x) {
            return x.sender() + "->" + x.target() + " price cap";
        }
    };
}
