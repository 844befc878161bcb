package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * What an event does (MODEL.md section 8). One record per event type; all immutable.
 * Optional numbers are NaN when not given.
 */
public sealed interface EventAction {
    /** The event type as written in scenario files and {@code events.csv}. */
    String type();

    record ImposeSanctions(RegimeSpec regime, int announced) implements EventAction {
        public String type() { return "impose_sanctions"; }
    }

    /** New intensity (NaN keeps it), new secondary flag (null keeps it), crackdown on oil evasion (0 = none). */
    record AdjustSanctions(String sender, String target, RegimeType regimeType, double intensity,
                           Boolean secondary, double crackdown) implements EventAction {
        public String type() { return "adjust_sanctions"; }
    }

    /** Lift one regime, or all of the sender's on the target when {@code regimeType} is null. */
    record LiftSanctions(String sender, String target, RegimeType regimeType, int overMonths) implements EventAction {
        public String type() { return "lift_sanctions"; }
    }

    record SignTreaty(TreatySpec treaty) implements EventAction {
        public String type() { return "sign_treaty"; }
    }

    record TreatyInForce(String treaty) implements EventAction {
        public String type() { return "treaty_in_force"; }
    }

    record EndTreaty(String treaty) implements EventAction {
        public String type() { return "end_treaty"; }
    }

    /**
     * A named bundle. Shipped bundles ({@code maximum_pressure}, {@code rapprochement}) are
     * expanded by the engine from {@code actor} (the sender) and {@code target}; a scenario may
     * give its own bundle as a list of actions instead.
     */
    record SetPolicy(String policy, String actor, String target, double crackdown, int overMonths,
                     List<EventAction> bundle) implements EventAction {
        public SetPolicy { bundle = List.copyOf(bundle); }
        public String type() { return "set_policy"; }
    }

    /** Per-party yearly costs in growth points (absent parties take the parameters). */
    record WarStart(List<String> actors, Map<String, Double> cost, Map<String, Double> costLater) implements EventAction {
        public WarStart { actors = List.copyOf(actors); cost = Map.copyOf(cost); costLater = Map.copyOf(costLater); }
        public String type() { return "war_start"; }
    }

    record WarEnd(List<String> actors, double level) implements EventAction {
        public WarEnd { actors = List.copyOf(actors); }
        public String type() { return "war_end"; }
    }

    record SetHostility(String a, String b, double level) implements EventAction {
        public String type() { return "set_hostility"; }
    }

    record SetAlignment(String a, String b, double level) implements EventAction {
        public String type() { return "set_alignment"; }
    }

    /**
     * A new government: its ideal point, and the actors with which hostility is reset to zero and
     * alignment re-anchored. When {@code conditional}, it fires at or after its month only once
     * the actor's stability falls below {@code stability_threshold}.
     */
    record RegimeChange(String actor, double idealPoint, List<String> reset, double stability,
                        boolean conditional) implements EventAction {
        public RegimeChange { reset = List.copyOf(reset); }
        public String type() { return "regime_change"; }
    }

    record SetAttribute(String actor, String attribute, double value) implements EventAction {
        public String type() { return "set_attribute"; }
    }

    record SetParameter(Param parameter, double value) implements EventAction {
        public String type() { return "set_parameter"; }
    }

    /** One-off shocks as fractions of the current level (e.g. -0.05 = minus 5%). */
    record Shock(String actor, double gdp, double oil) implements EventAction {
        public String type() { return "shock"; }
    }

    record JoinBloc(String actor, String bloc) implements EventAction {
        public String type() { return "join_bloc"; }
    }

    record LeaveBloc(String actor, String bloc) implements EventAction {
        public String type() { return "leave_bloc"; }
    }
}
