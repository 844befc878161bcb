package org.entente.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.entente.model.EventType;
import org.entente.model.EventAction;
import org.entente.model.EventAction.AdjustSanctions;
import org.entente.model.EventAction.EndTreaty;
import org.entente.model.EventAction.ImposeSanctions;
import org.entente.model.EventAction.JoinBloc;
import org.entente.model.EventAction.LeaveBloc;
import org.entente.model.EventAction.LiftSanctions;
import org.entente.model.EventAction.RegimeChange;
import org.entente.model.EventAction.SetAlignment;
import org.entente.model.EventAction.SetAttribute;
import org.entente.model.EventAction.SetHostility;
import org.entente.model.EventAction.SetParameter;
import org.entente.model.EventAction.SetPolicy;
import org.entente.model.EventAction.Shock;
import org.entente.model.EventAction.SignTreaty;
import org.entente.model.EventAction.TreatyInForce;
import org.entente.model.EventAction.WarEnd;
import org.entente.model.EventAction.WarStart;
import org.entente.model.Param;
import org.entente.model.RegimeSpec;
import org.entente.model.RegimeType;
import org.entente.model.ScheduledEvent;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 0 of a step (MODEL.md 2 and 8): applies the scenario's events dated this month, in
 * file order, and conditional regime changes whose stability threshold has been crossed. Each
 * applied event, and each action a policy bundle expands to, is logged for {@code events.csv}.
 */
final class EventPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Shipped policy bundles (MODEL.md 8). */
    static final String MAXIMUM_PRESSURE = "maximum_pressure";
    static final String RAPPROCHEMENT = "rapprochement";

    private final Map<Integer, List<ScheduledEvent>> byStep;
    private final List<ScheduledEvent> conditional = new ArrayList<>();

    EventPhase(Map<Integer, List<ScheduledEvent>> byStep) {
        this.byStep = byStep;
    }

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        logTreatiesComingIntoForce(sim, w, t);
        for (ScheduledEvent e : byStep.getOrDefault(t, List.of())) {
            if (e.action() instanceof RegimeChange rc && rc.conditional()) {
                conditional.add(e);
                continue;
            }
            if (World.isInitialData(e, w.scenario)) continue;
            apply(sim, w, t, e.action(), "");
        }
        double threshold = w.p(Param.STABILITY_THRESHOLD);
        for (Iterator<ScheduledEvent> it = conditional.iterator(); it.hasNext(); ) {
            ScheduledEvent e = it.next();
            RegimeChange rc = (RegimeChange) e.action();
            if (w.actors.stability[w.idx(rc.actor())] < threshold) {
                apply(sim, w, t, rc, "stability below " + EntenteSim.fmt(threshold) + "; ");
                it.remove();
            }
        }
    }

    /**
     * A treaty whose in-force date (from the scenario's treaties, or given when an event signed it)
     * falls in this month comes into force now: it is logged as {@code treaty_in_force}, as the
     * event of that name is, so that events.csv shows a successor treaty coming into force beside
     * the end of the treaty it replaces. Not at month 0 (the start world already holds it), and
     * not when a treaty_in_force event of this month names the treaty (that event logs it).
     */
    private void logTreatiesComingIntoForce(EntenteSim sim, World w, int t) {
        if (t <= 0) return;
        for (Politics.Treaty tr : w.politics.treaties) {
            if (tr.inForce != t || tr.end <= t || namedByInForceEvent(tr.name, t)) continue;
            sim.logEvent(EventType.TREATY_IN_FORCE.key(), partyList(w, tr), tr.name + " in force");
        }
    }

    private boolean namedByInForceEvent(String treaty, int t) {
        for (ScheduledEvent e : byStep.getOrDefault(t, List.of())) {
            if (e.action() instanceof TreatyInForce f && f.treaty().equals(treaty)) return true;
        }
        return false;
    }

    static void apply(EntenteSim sim, World w, int t, EventAction action, String prefix) {
        action.accept(new Apply(sim, w, t, prefix));
    }

    /** One event's effect, by type; the compiler checks that every event type has one. */
    private record Apply(EntenteSim sim, World w, int t, String prefix) implements EventAction.Visitor<Void> {
        @Override public Void imposeSanctions(ImposeSanctions a) {
            impose(sim, w, t, a.regime(), a.announced(), prefix);
            return null;
        }

        @Override public Void adjustSanctions(AdjustSanctions a) {
            adjust(sim, w, t, a, prefix);
            return null;
        }

        @Override public Void liftSanctions(LiftSanctions a) {
            lift(sim, w, t, a.sender(), a.target(), a.regimeType(), a.overMonths(), prefix);
            return null;
        }

        @Override public Void signTreaty(SignTreaty a) {
            Politics.Treaty tr = w.newTreaty(a.treaty());
            w.politics.treaties.add(tr);
            sim.logEvent(a.type(), String.join(";", a.treaty().parties()),
                    prefix + a.treaty().name() + (tr.inForce == Regime.OPEN ? "; not yet in force"
                            : "; in force from " + w.scenario.monthLabel(tr.inForce)));
            return null;
        }

        @Override public Void treatyInForce(TreatyInForce a) {
            Politics.Treaty tr = findTreaty(w, a.treaty());
            if (tr == null) {
                sim.logEvent(a.type(), "", prefix + a.treaty() + ": no such treaty; nothing changed");
                return null;
            }
            tr.inForce = t;
            tr.end = tr.durationMonths < 0 ? Regime.OPEN : t + tr.durationMonths;
            sim.logEvent(a.type(), partyList(w, tr), prefix + tr.name + " in force");
            return null;
        }

        @Override public Void endTreaty(EndTreaty a) {
            Politics.Treaty tr = findTreaty(w, a.treaty());
            if (tr == null) {
                sim.logEvent(a.type(), "", prefix + a.treaty() + ": no such treaty; nothing changed");
                return null;
            }
            tr.end = Math.min(tr.end, t);
            sim.logEvent(a.type(), partyList(w, tr), prefix + tr.name + " ended");
            return null;
        }

        @Override public Void setPolicy(SetPolicy a) {
            policy(sim, w, t, a, prefix);
            return null;
        }

        @Override public Void warStart(WarStart a) {
            EventPhase.warStart(sim, w, t, a, prefix);
            return null;
        }

        @Override public Void warEnd(WarEnd a) {
            EventPhase.warEnd(sim, w, t, a, prefix);
            return null;
        }

        @Override public Void setHostility(SetHostility a) {
            int i = w.idx(a.a()), j = w.idx(a.b());
            double old = w.ties.h[i * w.n + j];
            w.setHostility(i, j, a.level());
            sim.logEvent(a.type(), a.a() + ";" + a.b(), prefix + "hostility " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(a.level()));
            if (a.level() < old) negotiation(sim, w, t, i, j);
            return null;
        }

        @Override public Void setAlignment(SetAlignment a) {
            int i = w.idx(a.a()), j = w.idx(a.b());
            int ij = i * w.n + j;
            double old = w.ties.a[ij];
            double level = Math.max(a.level(), w.layers.floor[ij]);
            w.setSym(w.ties.a, i, j, level);
            w.setAnchor(i, j, level);
            w.setSym(w.ties.ubar0, i, j, w.layers.ubar[ij]);
            sim.logEvent(a.type(), a.a() + ";" + a.b(), prefix + "alignment " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(level));
            return null;
        }

        @Override public Void regimeChange(RegimeChange a) {
            EventPhase.regimeChange(sim, w, a, prefix);
            return null;
        }

        @Override public Void setAttribute(SetAttribute a) {
            EventPhase.setAttribute(sim, w, a, prefix);
            return null;
        }

        @Override public Void setParameter(SetParameter a) {
            double old = w.par[a.parameter().ordinal()];
            w.par[a.parameter().ordinal()] = a.value();
            sim.logEvent(a.type(), "", prefix + a.parameter().key() + " " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(a.value()));
            return null;
        }

        @Override public Void shock(Shock a) {
            int i = w.idx(a.actor());
            StringBuilder d = new StringBuilder(prefix);
            if (a.gdp() != 0) {
                w.actors.gdp[i] *= 1 + a.gdp();
                d.append("gdp ").append(EntenteSim.fmt(100 * a.gdp())).append("% ");
            }
            if (a.oil() != 0) {
                w.oil.shock(w, i, 1 + a.oil());
                d.append("oil ").append(EntenteSim.fmt(100 * a.oil())).append("%");
            }
            sim.logEvent(a.type(), a.actor(), d.toString().trim());
            return null;
        }

        @Override public Void joinBloc(JoinBloc a) {
            w.politics.member[w.idx(a.bloc()) * w.n + w.idx(a.actor())] = true;
            sim.logEvent(a.type(), a.actor() + ";" + a.bloc(), prefix + a.actor() + " applies " + a.bloc() + "'s regimes");
            return null;
        }

        @Override public Void leaveBloc(LeaveBloc a) {
            w.politics.member[w.idx(a.bloc()) * w.n + w.idx(a.actor())] = false;
            sim.logEvent(a.type(), a.actor() + ";" + a.bloc(), prefix + a.actor() + " no longer applies " + a.bloc() + "'s regimes");
            return null;
        }

        // the trade-policy instruments (MODEL.md 4): TradePolicy keeps their state and derives their layer

        // the price cap (MODEL.md 6): the oil market keeps its state

        @Override public Void imposePriceCap(EventAction.ImposePriceCap a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + w.oil.impose(w, a, t));
            return null;
        }

        @Override public Void liftPriceCap(EventAction.LiftPriceCap a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + w.oil.lift(w, a, t));
            return null;
        }

        @Override public Void imposeTariff(EventAction.ImposeTariff a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + TradePolicy.impose(w, a, t));
            return null;
        }

        @Override public Void liftTariff(EventAction.LiftTariff a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + TradePolicy.lift(w, a, t));
            return null;
        }

        @Override public Void imposeSecondaryTariff(EventAction.ImposeSecondaryTariff a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + TradePolicy.imposeSecondary(w, a, t));
            return null;
        }

        @Override public Void liftSecondaryTariff(EventAction.LiftSecondaryTariff a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + TradePolicy.liftSecondary(w, a, t));
            return null;
        }

        @Override public Void signTradeAgreement(EventAction.SignTradeAgreement a) {
            sim.logEvent(a.type(), String.join(";", a.parties()), prefix + TradePolicy.sign(w, a, t));
            return null;
        }

        // the financial sanctions (MODEL.md 6a): Finance keeps their state and their shock

        @Override public Void imposeFinancialSanction(EventAction.ImposeFinancialSanction a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + w.finance.impose(a, t));
            return null;
        }

        @Override public Void liftFinancialSanction(EventAction.LiftFinancialSanction a) {
            sim.logEvent(a.type(), a.sender() + ";" + a.target(), prefix + w.finance.lift(a, t));
            return null;
        }
    }

    private static Politics.Treaty findTreaty(World w, String name) {
        Politics.Treaty found = null;
        for (Politics.Treaty tr : w.politics.treaties) if (tr.name.equals(name)) found = tr;
        return found;
    }

    private static String partyList(World w, Politics.Treaty tr) {
        StringBuilder b = new StringBuilder();
        for (int p : tr.parties) {
            if (b.length() > 0) b.append(';');
            b.append(w.ids[p]);
        }
        return b.toString();
    }

    /** Active (not lifted) regime of a sender on a target of a type, or null. */
    static Regime find(World w, int sender, int target, RegimeType type, int t) {
        Regime found = null;
        for (Regime r : w.politics.regimes) {
            if (r.sender == sender && r.target == target && r.type == type && r.liftStep == Regime.OPEN && t < r.end) found = r;
        }
        return found;
    }

    private static void impose(EntenteSim sim, World w, int t, RegimeSpec spec, int announced, String prefix) {
        int s = w.senderIdx(spec.sender()), tg = w.idx(spec.target());
        Regime existing = find(w, s, tg, spec.type(), t);
        String who = spec.sender() + ";" + spec.target();
        if (existing != null) {
            double old = existing.intensity;
            existing.intensity = spec.intensity();
            existing.secondary = spec.secondary();
            sim.logEvent(EventType.IMPOSE_SANCTIONS.key(), who, prefix + spec.type().key() + " already in force: intensity "
                    + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(spec.intensity())
                    + (spec.secondary() ? ", secondary" : ""));
            return;
        }
        int start = t + announced;
        int ramp = Math.min(announced, w.pInt(Param.ANTICIPATION_MONTHS));
        int end = spec.end() == null ? Regime.OPEN : w.scenario.stepOf(spec.end());
        w.politics.regimes.add(w.newRegime(spec, start, start - ramp, end));
        sim.logEvent(EventType.IMPOSE_SANCTIONS.key(), who, prefix + spec.type().key() + " intensity " + EntenteSim.fmt(spec.intensity())
                + (spec.secondary() ? ", secondary" : "")
                + (announced > 0 ? ", from " + w.scenario.monthLabel(start) + " (announced " + announced + " months ahead)" : ""));
    }

    private static void adjust(EntenteSim sim, World w, int t, AdjustSanctions a, String prefix) {
        int s = w.senderIdx(a.sender()), tg = w.idx(a.target());
        Regime r = find(w, s, tg, a.regimeType(), t);
        String who = a.sender() + ";" + a.target();
        StringBuilder d = new StringBuilder(prefix).append(a.regimeType().key());
        if (r == null) {
            d.append(": no regime in force");
        } else {
            if (!Double.isNaN(a.intensity())) {
                d.append(" intensity ").append(EntenteSim.fmt(r.intensity)).append(" -> ").append(EntenteSim.fmt(a.intensity()));
                r.intensity = a.intensity();
            }
            if (a.secondary() != null) {
                d.append(", secondary ").append(r.secondary).append(" -> ").append(a.secondary());
                r.secondary = a.secondary();
            }
        }
        if (a.crackdown() > 0) crackdown(w, tg, a.crackdown(), d);
        sim.logEvent(EventType.ADJUST_SANCTIONS.key(), who, d.toString());
    }

    private static void crackdown(World w, int target, double c, StringBuilder d) {
        d.append("; crackdown ").append(EntenteSim.fmt(c)).append(": ").append(w.oil.crackdown(target, c));
    }

    private static void lift(EntenteSim sim, World w, int t, String sender, String target, RegimeType type, int over, String prefix) {
        int s = w.senderIdx(sender), tg = w.idx(target);
        List<String> lifted = new ArrayList<>();
        for (Regime r : w.politics.regimes) {
            if (r.sender != s || r.target != tg || r.liftStep != Regime.OPEN || t >= r.end) continue;
            if (type != null && r.type != type) continue;
            r.lift(t, over);
            lifted.add(r.type.key());
        }
        sim.logEvent(EventType.LIFT_SANCTIONS.key(), sender + ";" + target, prefix + (lifted.isEmpty() ? "no regime in force"
                : String.join(", ", lifted) + " lifted over " + over + " months"));
    }

    private static void policy(EntenteSim sim, World w, int t, SetPolicy a, String prefix) {
        String tag = "(" + a.policy() + ") ";
        sim.logEvent(EventType.SET_POLICY.key(), a.actor() == null ? "" : a.actor() + (a.target() == null ? "" : ";" + a.target()),
                prefix + a.policy());
        if (!a.bundle().isEmpty()) {
            for (EventAction inner : a.bundle()) apply(sim, w, t, inner, prefix + tag);
            return;
        }
        switch (a.policy()) {
            case MAXIMUM_PRESSURE -> {
                for (RegimeType type : new RegimeType[] {RegimeType.ENERGY, RegimeType.FINANCIAL}) {
                    RegimeSpec spec = new RegimeSpec(a.actor(), a.target(), type, 1.0, true,
                            w.scenario.start().plusMonths(t), null, List.of(), List.of(), "policy " + a.policy());
                    impose(sim, w, t, spec, 0, prefix + tag);
                }
                double c = Double.isNaN(a.crackdown()) ? w.p(Param.POLICY_CRACKDOWN) : a.crackdown();
                StringBuilder d = new StringBuilder(prefix + tag + "oil");
                crackdown(w, w.idx(a.target()), c, d);
                sim.logEvent(EventType.ADJUST_SANCTIONS.key(), a.actor() + ";" + a.target(), d.toString());
            }
            case RAPPROCHEMENT -> {
                int over = a.overMonths() >= 0 ? a.overMonths() : w.pInt(Param.RAPPROCHEMENT_MONTHS);
                lift(sim, w, t, a.actor(), a.target(), null, over, prefix + tag);
                int i = w.idx(a.actor()), j = w.idx(a.target());
                double factor = w.p(Param.RAPPROCHEMENT_HOSTILITY_FACTOR);
                double old = w.ties.h[i * w.n + j];
                EventAction.SetHostility sh = new EventAction.SetHostility(a.actor(), a.target(), old * factor);
                apply(sim, w, t, sh, prefix + tag);
            }
            default -> throw new IllegalStateException("unknown policy " + a.policy() + " (the validator should have caught it)");
        }
    }

    /** A negotiation succeeded (hostility lowered by an event): the escalation rule steps back. */
    private static void negotiation(EntenteSim sim, World w, int t, int i, int j) {
        double step = w.p(Param.ESCALATION_STEP);
        if (step <= 0) return;
        for (Regime r : w.politics.regimes) {
            boolean pair = r.sender == i && r.target == j || r.sender == j && r.target == i;
            if (!pair || !r.activeAt(t)) continue;
            double old = r.intensity;
            r.intensity = Math.max(0, r.intensity - step);
            sim.logEvent("escalation", w.senderId(r.sender) + ";" + w.ids[r.target],
                    r.type.key() + " intensity " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(r.intensity) + " after negotiation");
        }
    }

    private static void warStart(EntenteSim sim, World w, int t, WarStart a, String prefix) {
        int i = w.idx(a.actors().get(0)), j = w.idx(a.actors().get(1));
        double pre = w.ties.h[i * w.n + j];
        double[] cost = {a.cost().getOrDefault(a.actors().get(0), Double.NaN), a.cost().getOrDefault(a.actors().get(1), Double.NaN)};
        double[] later = {a.costLater().getOrDefault(a.actors().get(0), Double.NaN), a.costLater().getOrDefault(a.actors().get(1), Double.NaN)};
        w.politics.wars.add(new Politics.War(i, j, t, cost, later, pre));
        w.ties.war[i * w.n + j] = w.ties.war[j * w.n + i] = true;
        w.setHostility(i, j, 1.0);
        sim.logEvent(EventType.WAR_START.key(), a.actors().get(0) + ";" + a.actors().get(1), prefix + "war; hostility " + EntenteSim.fmt(pre) + " -> 1");
    }

    private static void warEnd(EntenteSim sim, World w, int t, WarEnd a, String prefix) {
        int i = w.idx(a.actors().get(0)), j = w.idx(a.actors().get(1));
        if (!w.ties.war[i * w.n + j]) {
            sim.logEvent(EventType.WAR_END.key(), a.actors().get(0) + ";" + a.actors().get(1), prefix + "no war between them; nothing changed");
            return;
        }
        double pre = Double.NaN;
        for (Politics.War war : w.politics.wars) {
            if ((war.a == i && war.b == j || war.a == j && war.b == i) && war.end == Regime.OPEN) {
                war.end = t;
                pre = war.preWarHostility;
            }
        }
        double level = !Double.isNaN(a.level()) ? a.level() : !Double.isNaN(pre) ? pre : w.p(Param.POSTWAR_HOSTILITY);
        w.ties.war[i * w.n + j] = w.ties.war[j * w.n + i] = false;
        w.setHostility(i, j, level);
        sim.logEvent(EventType.WAR_END.key(), a.actors().get(0) + ";" + a.actors().get(1), prefix + "war over; hostility 1 -> " + EntenteSim.fmt(level));
    }

    private static void regimeChange(EntenteSim sim, World w, RegimeChange a, String prefix) {
        int i = w.idx(a.actor());
        StringBuilder d = new StringBuilder(prefix);
        if (!Double.isNaN(a.idealPoint())) {
            d.append("ideal point ").append(EntenteSim.fmt(w.actors.idealPoint[i])).append(" -> ").append(EntenteSim.fmt(a.idealPoint()));
            w.actors.idealPoint[i] = a.idealPoint();
        }
        if (!Double.isNaN(a.stability())) {
            d.append("; stability ").append(EntenteSim.fmt(w.actors.stability[i])).append(" -> ").append(EntenteSim.fmt(a.stability()));
            w.actors.stability[i] = a.stability();
        }
        for (String id : a.reset()) {
            int j = w.idx(id);
            if (j == i) continue;
            w.ties.war[i * w.n + j] = w.ties.war[j * w.n + i] = false;
            for (Politics.War war : w.politics.wars) if (war.involves(i) && war.involves(j) && war.end == Regime.OPEN) war.end = sim.currentStep();
            w.setHostility(i, j, 0);
            w.ties.reanchor[i * w.n + j] = w.ties.reanchor[j * w.n + i] = true;
        }
        if (!a.reset().isEmpty()) d.append("; ties reset with ").append(String.join(",", a.reset()));
        sim.logEvent(EventType.REGIME_CHANGE.key(), a.actor(), d.toString());
    }

    /** Sets {@code x[i]} to {@code v} and returns the old value. */
    private static double swap(double[] x, int i, double v) {
        double old = x[i];
        x[i] = v;
        return old;
    }

    private static void setAttribute(EntenteSim sim, World w, SetAttribute a, String prefix) {
        int i = w.idx(a.actor());
        double v = a.value();
        double old = switch (a.attribute()) {
            case GDP -> {
                double o = w.actors.gdp[i];
                w.actors.gdp[i] = v;
                w.actors.milex[i] = w.actors.milexShare[i] * v + w.actors.homeProduction[i];
                yield o;
            }
            case POPULATION -> swap(w.actors.population, i, v);
            case MILEX -> {
                double o = swap(w.actors.milex, i, v);
                w.actors.milexShare[i] = w.actors.gdp[i] > 0 ? Math.max(0, v - w.actors.homeProduction[i]) / w.actors.gdp[i] : 0;
                yield o;
            }
            case TREND_GROWTH -> swap(w.actors.trend, i, v);
            case IDEAL_POINT -> swap(w.actors.idealPoint, i, v);
            case STABILITY -> swap(w.actors.stability, i, v);
            case OIL_FREE -> {
                double o = swap(w.actors.oilFree, i, v);
                if (w.oil.buyersClosed0[i] > 0) w.oil.latent[i] = Math.max(0, v - w.actors.oil0[i]);
                yield o;
            }
            case OIL_IMPORTS -> swap(w.actors.oilImports, i, v);
            case OIL_EVASION_START -> swap(w.actors.oilEvasionStart, i, v);
            case FINANCIAL_EXPOSURE -> swap(w.finance.exposureSet, i, v);
            case RESERVES_MONTHS -> swap(w.finance.reservesMonths, i, v);
            case ARMS_SUPPLIER -> {
                double o = w.actors.armsSupplier[i] ? 1 : 0;
                w.actors.armsSupplier[i] = v != 0;
                yield o;
            }
            case OIL_EXPORTS -> throw new IllegalStateException("oil_exports is set only at the start (the validator should have caught it)");
        };
        sim.logEvent(EventType.SET_ATTRIBUTE.key(), a.actor(), prefix + a.attribute().key() + " " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(v));
    }
}
