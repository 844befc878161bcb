package org.entente.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.HostilitySpec;
import org.entente.model.RegimeSpec;
import org.entente.model.Scenario;
import org.entente.model.ScheduledEvent;
import org.entente.model.TradeSpec;
import org.entente.model.TreatySpec;

/**
 * A smaller world cut from a scenario, for measuring how the engine's cost grows with the
 * number of actors: the N actors with the largest GDP (ties in file order), kept in their file
 * order, and only what refers to them. A flow, rivalry or event that names a removed actor is
 * dropped; a treaty keeps its remaining parties and is dropped when fewer than two remain; a
 * regime is dropped when its sender (other than the UN) or its target is removed, and a UN
 * regime forgets removed actors in {@code rejected_by} and {@code initiated_by}. Treaty events
 * that name a dropped treaty are dropped too. Works on the parsed model objects; pure.
 */
public final class ActorSubset {
    private ActorSubset() { }

    /** The scenario cut to its {@code keep} largest actors by GDP. */
    public static Scenario largest(Scenario s, int keep) {
        if (keep < 1 || keep > s.actors().size()) {
            throw new IllegalArgumentException("must be in [1, " + s.actors().size() + "], but was " + keep);
        }
        List<ActorSpec> byGdp = new ArrayList<>(s.actors());
        byGdp.sort(Comparator.comparingDouble(ActorSpec::gdp).reversed()); // stable: ties keep file order
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < keep; i++) kept.add(byGdp.get(i).id());

        List<ActorSpec> actors = new ArrayList<>();
        for (ActorSpec a : s.actors()) if (kept.contains(a.id())) actors.add(a);
        List<TradeSpec> trade = new ArrayList<>();
        for (TradeSpec t : s.trade()) if (kept.contains(t.from()) && kept.contains(t.to())) trade.add(t);
        Set<String> treatyNames = new HashSet<>();
        List<TreatySpec> treaties = new ArrayList<>();
        for (TreatySpec t : s.treaties()) {
            TreatySpec cut = treaty(t, kept);
            if (cut != null) {
                treaties.add(cut);
                treatyNames.add(t.name());
            }
        }
        List<RegimeSpec> sanctions = new ArrayList<>();
        for (RegimeSpec r : s.sanctions()) {
            RegimeSpec cut = regime(r, kept);
            if (cut != null) sanctions.add(cut);
        }
        List<HostilitySpec> hostility = new ArrayList<>();
        for (HostilitySpec h : s.hostility()) if (kept.contains(h.a()) && kept.contains(h.b())) hostility.add(h);
        // treaties signed by events may be named later: collect their names first
        for (ScheduledEvent e : s.events()) {
            if (e.action() instanceof EventAction.SignTreaty st && treaty(st.treaty(), kept) != null) treatyNames.add(st.treaty().name());
        }
        List<ScheduledEvent> events = new ArrayList<>();
        for (ScheduledEvent e : s.events()) {
            EventAction cut = action(e.action(), kept, treatyNames);
            if (cut != null) events.add(new ScheduledEvent(e.month(), cut, e.source()));
        }
        return new Scenario(s.name() + " (" + keep + " largest actors)", s.description(), s.start(), s.months(), s.seed(),
                s.parameters(), actors, trade, treaties, sanctions, hostility, events, s.blocs(),
                s.oilFlows().stream().filter(f -> kept.contains(f.seller()) && kept.contains(f.buyer())).toList(),
                s.compliance().stream().filter(c -> kept.contains(c.buyer()) && kept.contains(c.sender()) && kept.contains(c.target())).toList());
    }

    private static TreatySpec treaty(TreatySpec t, Set<String> kept) {
        List<String> parties = new ArrayList<>();
        for (String p : t.parties()) if (kept.contains(p)) parties.add(p);
        if (parties.size() < 2) return null;
        return new TreatySpec(t.name(), parties, t.signed(), t.inForce(), t.years(), t.domains(), t.defense(), t.floor(), t.source());
    }

    private static RegimeSpec regime(RegimeSpec r, Set<String> kept) {
        if (!kept.contains(r.target()) || !r.isUn() && !kept.contains(r.sender())) return null;
        return new RegimeSpec(r.sender(), r.target(), r.type(), r.intensity(), r.secondary(), r.start(), r.end(),
                only(r.rejectedBy(), kept), only(r.initiatedBy(), kept), r.source());
    }

    private static List<String> only(List<String> ids, Set<String> kept) {
        List<String> out = new ArrayList<>();
        for (String id : ids) if (kept.contains(id)) out.add(id);
        return out;
    }

    private static boolean all(Set<String> kept, String... ids) {
        for (String id : ids) if (id != null && !kept.contains(id)) return false;
        return true;
    }

    /** The action cut to the kept actors, or null when it names a removed actor or a dropped treaty. */
    static EventAction action(EventAction action, Set<String> kept, Set<String> treaties) {
        return action.accept(new Cut(kept, treaties));
    }

    /** One event type per method; the compiler refuses a new type until it is handled here. */
    private record Cut(Set<String> kept, Set<String> treaties) implements EventAction.Visitor<EventAction> {
        public EventAction imposeSanctions(EventAction.ImposeSanctions a) {
            RegimeSpec r = regime(a.regime(), kept);
            return r == null ? null : new EventAction.ImposeSanctions(r, a.announced());
        }

        public EventAction adjustSanctions(EventAction.AdjustSanctions a) {
            return all(kept, a.target()) && (RegimeSpec.UN.equals(a.sender()) || all(kept, a.sender())) ? a : null;
        }

        public EventAction liftSanctions(EventAction.LiftSanctions a) {
            return all(kept, a.target()) && (RegimeSpec.UN.equals(a.sender()) || all(kept, a.sender())) ? a : null;
        }

        public EventAction signTreaty(EventAction.SignTreaty a) {
            TreatySpec t = treaty(a.treaty(), kept);
            return t == null ? null : new EventAction.SignTreaty(t);
        }

        public EventAction treatyInForce(EventAction.TreatyInForce a) {
            return treaties.contains(a.treaty()) ? a : null;
        }

        public EventAction endTreaty(EventAction.EndTreaty a) {
            return treaties.contains(a.treaty()) ? a : null;
        }

        public EventAction setPolicy(EventAction.SetPolicy a) {
            if (!all(kept, a.actor(), a.target())) return null;
            List<EventAction> bundle = new ArrayList<>();
            for (EventAction inner : a.bundle()) {
                EventAction cut = inner.accept(this);
                if (cut == null) return null; // a bundle is one decision: all of it or nothing
                bundle.add(cut);
            }
            return new EventAction.SetPolicy(a.policy(), a.actor(), a.target(), a.crackdown(), a.overMonths(), bundle);
        }

        public EventAction warStart(EventAction.WarStart a) {
            return all(kept, a.actors().toArray(new String[0])) ? a : null;
        }

        public EventAction warEnd(EventAction.WarEnd a) {
            return all(kept, a.actors().toArray(new String[0])) ? a : null;
        }

        public EventAction setHostility(EventAction.SetHostility a) {
            return all(kept, a.a(), a.b()) ? a : null;
        }

        public EventAction setAlignment(EventAction.SetAlignment a) {
            return all(kept, a.a(), a.b()) ? a : null;
        }

        public EventAction regimeChange(EventAction.RegimeChange a) {
            if (!all(kept, a.actor())) return null;
            return new EventAction.RegimeChange(a.actor(), a.idealPoint(), only(a.reset(), kept), a.stability(), a.conditional());
        }

        public EventAction setAttribute(EventAction.SetAttribute a) {
            return all(kept, a.actor()) ? a : null;
        }

        public EventAction setParameter(EventAction.SetParameter a) {
            return a;
        }

        public EventAction shock(EventAction.Shock a) {
            return all(kept, a.actor()) ? a : null;
        }

        public EventAction joinBloc(EventAction.JoinBloc a) {
            return all(kept, a.actor(), a.bloc()) ? a : null;
        }

        public EventAction leaveBloc(EventAction.LeaveBloc a) {
            return all(kept, a.actor(), a.bloc()) ? a : null;
        }

        public EventAction imposeTariff(EventAction.ImposeTariff a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }

        public EventAction liftTariff(EventAction.LiftTariff a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }

        public EventAction imposeSecondaryTariff(EventAction.ImposeSecondaryTariff a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }

        public EventAction liftSecondaryTariff(EventAction.LiftSecondaryTariff a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }

        public EventAction imposePriceCap(EventAction.ImposePriceCap a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }

        public EventAction liftPriceCap(EventAction.LiftPriceCap a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }

        public EventAction signTradeAgreement(EventAction.SignTradeAgreement a) {
            List<String> parties = only(a.parties(), kept);
            return parties.size() < 2 ? null : new EventAction.SignTradeAgreement(a.name(), parties);
        }

        public EventAction imposeFinancialSanction(EventAction.ImposeFinancialSanction a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }

        public EventAction liftFinancialSanction(EventAction.LiftFinancialSanction a) {
            return all(kept, a.sender(), a.target()) ? a : null;
        }
    }

    /** Every actor id a scenario refers to outside its actor list (for checks). */
    public static Set<String> referencedIds(Scenario s) {
        Set<String> ids = new HashSet<>();
        for (TradeSpec t : s.trade()) { ids.add(t.from()); ids.add(t.to()); }
        for (TreatySpec t : s.treaties()) ids.addAll(t.parties());
        for (RegimeSpec r : s.sanctions()) {
            if (!r.isUn()) ids.add(r.sender());
            ids.add(r.target());
            ids.addAll(r.rejectedBy());
            ids.addAll(r.initiatedBy());
        }
        for (HostilitySpec h : s.hostility()) { ids.add(h.a()); ids.add(h.b()); }
        for (ScheduledEvent e : s.events()) collect(e.action(), ids);
        return ids;
    }

    private static void collect(EventAction action, Set<String> ids) {
        action.accept(new Collect(ids));
    }

    private record Collect(Set<String> ids) implements EventAction.Visitor<Void> {
        public Void imposeSanctions(EventAction.ImposeSanctions a) {
            if (!a.regime().isUn()) ids.add(a.regime().sender());
            ids.add(a.regime().target());
            return null;
        }

        public Void adjustSanctions(EventAction.AdjustSanctions a) {
            if (!RegimeSpec.UN.equals(a.sender())) ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void liftSanctions(EventAction.LiftSanctions a) {
            if (!RegimeSpec.UN.equals(a.sender())) ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void signTreaty(EventAction.SignTreaty a) {
            ids.addAll(a.treaty().parties());
            return null;
        }

        public Void treatyInForce(EventAction.TreatyInForce a) {
            return null;
        }

        public Void endTreaty(EventAction.EndTreaty a) {
            return null;
        }

        public Void setPolicy(EventAction.SetPolicy a) {
            if (a.actor() != null) ids.add(a.actor());
            if (a.target() != null) ids.add(a.target());
            for (EventAction inner : a.bundle()) inner.accept(this);
            return null;
        }

        public Void warStart(EventAction.WarStart a) {
            ids.addAll(a.actors());
            return null;
        }

        public Void warEnd(EventAction.WarEnd a) {
            ids.addAll(a.actors());
            return null;
        }

        public Void setHostility(EventAction.SetHostility a) {
            ids.add(a.a());
            ids.add(a.b());
            return null;
        }

        public Void setAlignment(EventAction.SetAlignment a) {
            ids.add(a.a());
            ids.add(a.b());
            return null;
        }

        public Void regimeChange(EventAction.RegimeChange a) {
            ids.add(a.actor());
            ids.addAll(a.reset());
            return null;
        }

        public Void setAttribute(EventAction.SetAttribute a) {
            ids.add(a.actor());
            return null;
        }

        public Void setParameter(EventAction.SetParameter a) {
            return null;
        }

        public Void shock(EventAction.Shock a) {
            ids.add(a.actor());
            return null;
        }

        public Void joinBloc(EventAction.JoinBloc a) {
            ids.add(a.actor());
            ids.add(a.bloc());
            return null;
        }

        public Void leaveBloc(EventAction.LeaveBloc a) {
            ids.add(a.actor());
            ids.add(a.bloc());
            return null;
        }

        public Void imposeTariff(EventAction.ImposeTariff a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void liftTariff(EventAction.LiftTariff a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void imposeSecondaryTariff(EventAction.ImposeSecondaryTariff a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void liftSecondaryTariff(EventAction.LiftSecondaryTariff a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void imposePriceCap(EventAction.ImposePriceCap a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void liftPriceCap(EventAction.LiftPriceCap a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void signTradeAgreement(EventAction.SignTradeAgreement a) {
            ids.addAll(a.parties());
            return null;
        }

        public Void imposeFinancialSanction(EventAction.ImposeFinancialSanction a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }

        public Void liftFinancialSanction(EventAction.LiftFinancialSanction a) {
            ids.add(a.sender());
            ids.add(a.target());
            return null;
        }
    }
}
