package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * What an event does (MODEL.md section 8). One record per event type, the only permitted
 * subtypes; all immutable. Code that acts on every type implements {@link Visitor}.
 * Optional numbers are NaN when not given.
 */
public sealed interface EventAction {
    /** The event type (the registry of types, their keys and fields). */
    EventType kind();

    /** The event type as written in scenario files and {@code events.csv}. */
    default String type() { return kind().key(); }

    /**
     * What to do with each event type: one method per record. A new record must implement
     * {@link #accept}, which names a new method here, and then every visitor (the engine's
     * {@code EventPhase}, {@code ScenarioDiff}'s words) fails to compile until it handles it.
     */
    interface Visitor<R> {
        R imposeSanctions(ImposeSanctions a);
        R adjustSanctions(AdjustSanctions a);
        R liftSanctions(LiftSanctions a);
        R signTreaty(SignTreaty a);
        R treatyInForce(TreatyInForce a);
        R endTreaty(EndTreaty a);
        R setPolicy(SetPolicy a);
        R warStart(WarStart a);
        R warEnd(WarEnd a);
        R setHostility(SetHostility a);
        R setAlignment(SetAlignment a);
        R regimeChange(RegimeChange a);
        R setAttribute(SetAttribute a);
        R setParameter(SetParameter a);
        R shock(Shock a);
        R joinBloc(JoinBloc a);
        R leaveBloc(LeaveBloc a);
        R imposeTariff(ImposeTariff a);
        R liftTariff(LiftTariff a);
        R imposeSecondaryTariff(ImposeSecondaryTariff a);
        R liftSecondaryTariff(LiftSecondaryTariff a);
        R signTradeAgreement(SignTradeAgreement a);
        R imposeFinancialSanction(ImposeFinancialSanction a);
        R liftFinancialSanction(LiftFinancialSanction a);
        R imposePriceCap(ImposePriceCap a);
        R liftPriceCap(LiftPriceCap a);
    }

    /** Calls the visitor's method for this event type. */
    <R> R accept(Visitor<R> v);

    record ImposeSanctions(RegimeSpec regime, int announced) implements EventAction {
        public EventType kind() { return EventType.IMPOSE_SANCTIONS; }
        public <R> R accept(Visitor<R> v) { return v.imposeSanctions(this); }
    }

    /** New intensity (NaN keeps it), new secondary flag (null keeps it), crackdown on oil evasion (0 = none). */
    record AdjustSanctions(String sender, String target, RegimeType regimeType, double intensity,
                           Boolean secondary, double crackdown) implements EventAction {
        public EventType kind() { return EventType.ADJUST_SANCTIONS; }
        public <R> R accept(Visitor<R> v) { return v.adjustSanctions(this); }
    }

    /** Lift one regime, or all of the sender's on the target when {@code regimeType} is null. */
    record LiftSanctions(String sender, String target, RegimeType regimeType, int overMonths) implements EventAction {
        public EventType kind() { return EventType.LIFT_SANCTIONS; }
        public <R> R accept(Visitor<R> v) { return v.liftSanctions(this); }
    }

    record SignTreaty(TreatySpec treaty) implements EventAction {
        public EventType kind() { return EventType.SIGN_TREATY; }
        public <R> R accept(Visitor<R> v) { return v.signTreaty(this); }
    }

    record TreatyInForce(String treaty) implements EventAction {
        public EventType kind() { return EventType.TREATY_IN_FORCE; }
        public <R> R accept(Visitor<R> v) { return v.treatyInForce(this); }
    }

    record EndTreaty(String treaty) implements EventAction {
        public EventType kind() { return EventType.END_TREATY; }
        public <R> R accept(Visitor<R> v) { return v.endTreaty(this); }
    }

    /**
     * A named bundle. Shipped bundles ({@code maximum_pressure}, {@code rapprochement}) are
     * expanded by the engine from {@code actor} (the sender) and {@code target}; a scenario may
     * give its own bundle as a list of actions instead.
     */
    record SetPolicy(String policy, String actor, String target, double crackdown, int overMonths,
                     List<EventAction> bundle) implements EventAction {
        public SetPolicy { bundle = List.copyOf(bundle); }
        public EventType kind() { return EventType.SET_POLICY; }
        public <R> R accept(Visitor<R> v) { return v.setPolicy(this); }
    }

    /** Per-party yearly costs in growth points (absent parties take the parameters). */
    record WarStart(List<String> actors, Map<String, Double> cost, Map<String, Double> costLater) implements EventAction {
        public WarStart { actors = List.copyOf(actors); cost = Map.copyOf(cost); costLater = Map.copyOf(costLater); }
        public EventType kind() { return EventType.WAR_START; }
        public <R> R accept(Visitor<R> v) { return v.warStart(this); }
    }

    record WarEnd(List<String> actors, double level) implements EventAction {
        public WarEnd { actors = List.copyOf(actors); }
        public EventType kind() { return EventType.WAR_END; }
        public <R> R accept(Visitor<R> v) { return v.warEnd(this); }
    }

    record SetHostility(String a, String b, double level) implements EventAction {
        public EventType kind() { return EventType.SET_HOSTILITY; }
        public <R> R accept(Visitor<R> v) { return v.setHostility(this); }
    }

    record SetAlignment(String a, String b, double level) implements EventAction {
        public EventType kind() { return EventType.SET_ALIGNMENT; }
        public <R> R accept(Visitor<R> v) { return v.setAlignment(this); }
    }

    /**
     * A new government: its ideal point, and the actors with which hostility is reset to zero and
     * alignment re-anchored. When {@code conditional}, it fires at or after its month only once
     * the actor's stability falls below {@code stability_threshold}.
     */
    record RegimeChange(String actor, double idealPoint, List<String> reset, double stability,
                        boolean conditional) implements EventAction {
        public RegimeChange { reset = List.copyOf(reset); }
        public EventType kind() { return EventType.REGIME_CHANGE; }
        public <R> R accept(Visitor<R> v) { return v.regimeChange(this); }
    }

    record SetAttribute(String actor, Attribute attribute, double value) implements EventAction {
        public EventType kind() { return EventType.SET_ATTRIBUTE; }
        public <R> R accept(Visitor<R> v) { return v.setAttribute(this); }
    }

    record SetParameter(Param parameter, double value) implements EventAction {
        public EventType kind() { return EventType.SET_PARAMETER; }
        public <R> R accept(Visitor<R> v) { return v.setParameter(this); }
    }

    /** One-off shocks as fractions of the current level (e.g. -0.05 = minus 5%). */
    record Shock(String actor, double gdp, double oil) implements EventAction {
        public EventType kind() { return EventType.SHOCK; }
        public <R> R accept(Visitor<R> v) { return v.shock(this); }
    }

    record JoinBloc(String actor, String bloc) implements EventAction {
        public EventType kind() { return EventType.JOIN_BLOC; }
        public <R> R accept(Visitor<R> v) { return v.joinBloc(this); }
    }

    record LeaveBloc(String actor, String bloc) implements EventAction {
        public EventType kind() { return EventType.LEAVE_BLOC; }
        public <R> R accept(Visitor<R> v) { return v.leaveBloc(this); }
    }

    /**
     * An ad-valorem tariff (0.25 = 25%) by the sender (and the members of a sending bloc) on its
     * imports from the target: on all of them, or on their energy part only (MODEL.md 4).
     */
    record ImposeTariff(String sender, String target, double rate, TariffGoods goods) implements EventAction {
        public EventType kind() { return EventType.IMPOSE_TARIFF; }
        public <R> R accept(Visitor<R> v) { return v.imposeTariff(this); }
    }

    /** Lifts the sender's tariff on the target's goods, or all its tariffs on the target when {@code goods} is null. */
    record LiftTariff(String sender, String target, TariffGoods goods) implements EventAction {
        public EventType kind() { return EventType.LIFT_TARIFF; }
        public <R> R accept(Visitor<R> v) { return v.liftTariff(this); }
    }

    /**
     * A tariff by the sender on all exports of every buyer of the target's oil that buys more than
     * {@code threshold} million barrels a day of it, for as long as it does (MODEL.md 4).
     */
    record ImposeSecondaryTariff(String sender, String target, double rate, double threshold) implements EventAction {
        public EventType kind() { return EventType.IMPOSE_SECONDARY_TARIFF; }
        public <R> R accept(Visitor<R> v) { return v.imposeSecondaryTariff(this); }
    }

    record LiftSecondaryTariff(String sender, String target) implements EventAction {
        public EventType kind() { return EventType.LIFT_SECONDARY_TARIFF; }
        public <R> R accept(Visitor<R> v) { return v.liftSecondaryTariff(this); }
    }

    /** A trade agreement: lowers the friction on trade between every two of its parties from its month on (MODEL.md 4). */
    record SignTradeAgreement(String name, List<String> parties) implements EventAction {
        public SignTradeAgreement { parties = List.copyOf(parties); }
        public EventType kind() { return EventType.SIGN_TRADE_AGREEMENT; }
        public <R> R accept(Visitor<R> v) { return v.signTradeAgreement(this); }
    }

    /**
     * A financial sanction (MODEL.md 6a): the sender cuts the target's banks from SWIFT, freezes a
     * share of its reserves, or bans correspondent banking. {@code share} (0..1] is the share of
     * the reserves frozen, or of the target's banking system cut off (1 when not given).
     */
    record ImposeFinancialSanction(String sender, String target, FinancialMeasure measure, double share) implements EventAction {
        public EventType kind() { return EventType.IMPOSE_FINANCIAL_SANCTION; }
        public <R> R accept(Visitor<R> v) { return v.imposeFinancialSanction(this); }
    }

    /** Lifts the sender's financial measure on the target, or all of them when {@code measure} is null. */
    record LiftFinancialSanction(String sender, String target, FinancialMeasure measure) implements EventAction {
        public EventType kind() { return EventType.LIFT_FINANCIAL_SANCTION; }
        public <R> R accept(Visitor<R> v) { return v.liftFinancialSanction(this); }
    }

    /**
     * A price cap by a sender coalition (the sender and the members of a sending bloc) on the
     * target's crude: {@code cap} USD per barrel, and the share of the target's oil trade that
     * moves on services (shipping, insurance, finance) the coalition provides (MODEL.md 6).
     */
    record ImposePriceCap(String sender, String target, double cap, double servicesShare) implements EventAction {
        public EventType kind() { return EventType.IMPOSE_PRICE_CAP; }
        public <R> R accept(Visitor<R> v) { return v.imposePriceCap(this); }
    }

    record LiftPriceCap(String sender, String target) implements EventAction {
        public EventType kind() { return EventType.LIFT_PRICE_CAP; }
        public <R> R accept(Visitor<R> v) { return v.liftPriceCap(this); }
    }
}
