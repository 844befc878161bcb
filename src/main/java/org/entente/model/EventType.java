package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The registry of event types (docs/scenario-format.md section 12): each type's key as written in
 * scenario files and in the {@code event} column of {@code events.csv}, the keys an event of the
 * type may carry besides {@code type}, {@code month}, {@code source} and {@code note}, and what it
 * does in a line. The scenario reader reads events by an exhaustive switch over this enum; each
 * {@link EventAction} record names its type by {@link EventAction#kind()}.
 *
 * <p>A new event type is a constant here (in the order the reader lists them), a record of
 * {@code EventAction} and the code that computes it (engine/EventPhase); the compiler then points
 * at every switch and visitor that must handle it.
 */
public enum EventType {
    IMPOSE_SANCTIONS("impose_sanctions", "a sanctions regime starts, possibly announced months ahead", "regime", "announced"),
    ADJUST_SANCTIONS("adjust_sanctions", "a regime in force changes its intensity, secondary flag or oil crackdown",
            "regime", "intensity", "secondary", "crackdown"),
    LIFT_SANCTIONS("lift_sanctions", "one regime, or all of a sender's on a target, ends, possibly over months", "regime", "over_months"),
    SIGN_TREATY("sign_treaty", "a new treaty is signed", "treaty"),
    TREATY_IN_FORCE("treaty_in_force", "a treaty of the scenario comes into force", "treaty"),
    END_TREATY("end_treaty", "a treaty of the scenario ends", "treaty"),
    SET_POLICY("set_policy", "a named bundle of actions (a shipped policy or the scenario's own)",
            "policy", "actor", "target", "crackdown", "over_months", "bundle"),
    WAR_START("war_start", "a war starts between two actors, with its yearly growth costs", "actors", "cost", "cost_later"),
    WAR_END("war_end", "a war ends, hostility falling to a level", "actors", "level"),
    SET_HOSTILITY("set_hostility", "the hostility between two actors is set", "actors", "level"),
    SET_ALIGNMENT("set_alignment", "the alignment between two actors is set", "actors", "level"),
    REGIME_CHANGE("regime_change", "a new government: a new ideal point, hostility reset, possibly conditional on stability",
            "actor", "ideal_point", "reset", "stability", "conditional"),
    SET_ATTRIBUTE("set_attribute", "one attribute of an actor is set (model/Attribute)", "actor", "attribute", "value"),
    SET_PARAMETER("set_parameter", "a parameter is set from this month on (model/Param)", "parameter", "value"),
    SHOCK("shock", "a one-off shock to an actor's GDP or oil exports, as a fraction", "actor", "gdp", "oil"),
    JOIN_BLOC("join_bloc", "an actor starts applying a bloc's sanctions", "actor", "bloc"),
    LEAVE_BLOC("leave_bloc", "an actor stops applying a bloc's sanctions", "actor", "bloc"),
    IMPOSE_TARIFF("impose_tariff", "an ad-valorem tariff on a target's goods (all or energy)", "sender", "target", "rate", "goods"),
    LIFT_TARIFF("lift_tariff", "a tariff is lifted", "sender", "target", "goods"),
    IMPOSE_SECONDARY_TARIFF("impose_secondary_tariff", "a tariff on the buyers of a target's oil above a threshold",
            "sender", "target", "rate", "threshold"),
    LIFT_SECONDARY_TARIFF("lift_secondary_tariff", "a secondary tariff is lifted", "sender", "target"),
    SIGN_TRADE_AGREEMENT("sign_trade_agreement", "two or more actors sign a trade agreement", "name", "actors"),
    IMPOSE_FINANCIAL_SANCTION("impose_financial_sanction", "a SWIFT cut, a reserve freeze or a correspondent-banking ban: a transitory financial shock to the target",
            "sender", "target", "measure", "share"),
    LIFT_FINANCIAL_SANCTION("lift_financial_sanction", "a financial measure (or all of a sender's on a target) is lifted", "sender", "target", "measure"),
    IMPOSE_PRICE_CAP("impose_price_cap", "a coalition caps the price of a target's oil on the services it provides (MODEL.md 6)",
            "sender", "target", "cap", "services_share"),
    LIFT_PRICE_CAP("lift_price_cap", "a price cap is lifted", "sender", "target");

    private final String key;
    private final String description;
    private final List<String> fields;

    EventType(String key, String description, String... fields) {
        this.key = key;
        this.description = description;
        this.fields = List.of(fields);
    }

    /** The type as written in scenario files and in {@code events.csv}. */
    public String key() { return key; }

    /** What an event of this type does, in a line. */
    public String description() { return description; }

    /** The keys of an event of this type besides type, month, source and note, in the order the docs list them. */
    public List<String> fields() { return fields; }

    /** The type with this key, if any. */
    public static Optional<EventType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** Every key, in registry order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(EventType::key).toList();
    }
}
