package org.entente.model;

import java.time.YearMonth;
import java.util.List;

/**
 * A fully resolved scenario (after {@code extends}, overrides and validation): the recorded
 * world at the start month and the events that change it. Immutable; the engine never
 * mutates it, so one instance may be shared by the runs of an ensemble.
 */
public record Scenario(String name, String description, YearMonth start, int months, long seed,
                       Parameters parameters, List<ActorSpec> actors, List<TradeSpec> trade,
                       List<TreatySpec> treaties, List<RegimeSpec> sanctions, List<HostilitySpec> hostility,
                       List<ScheduledEvent> events, Blocs blocs, List<OilFlowSpec> oilFlows,
                       List<ComplianceSpec> compliance) {
    public Scenario {
        oilFlows = List.copyOf(oilFlows);
        compliance = List.copyOf(compliance);
        actors = List.copyOf(actors);
        trade = List.copyOf(trade);
        treaties = List.copyOf(treaties);
        sanctions = List.copyOf(sanctions);
        hostility = List.copyOf(hostility);
        events = List.copyOf(events);
        java.util.Objects.requireNonNull(blocs, "blocs");
    }

    /** A scenario with no observed compliance (every third party's p is endogenous, MODEL.md 3). */
    public Scenario(String name, String description, YearMonth start, int months, long seed,
                    Parameters parameters, List<ActorSpec> actors, List<TradeSpec> trade,
                    List<TreatySpec> treaties, List<RegimeSpec> sanctions, List<HostilitySpec> hostility,
                    List<ScheduledEvent> events, Blocs blocs, List<OilFlowSpec> oilFlows) {
        this(name, description, start, months, seed, parameters, actors, trade, treaties, sanctions, hostility, events, blocs, oilFlows, List.of());
    }

    /** A scenario with no recorded oil flows (the oil market's default split, MODEL.md 6). */
    public Scenario(String name, String description, YearMonth start, int months, long seed,
                    Parameters parameters, List<ActorSpec> actors, List<TradeSpec> trade,
                    List<TreatySpec> treaties, List<RegimeSpec> sanctions, List<HostilitySpec> hostility,
                    List<ScheduledEvent> events, Blocs blocs) {
        this(name, description, start, months, seed, parameters, actors, trade, treaties, sanctions, hostility, events, blocs, List.of());
    }

    /** A scenario with the default blocs ({@link Blocs#DEFAULT}). */
    public Scenario(String name, String description, YearMonth start, int months, long seed,
                    Parameters parameters, List<ActorSpec> actors, List<TradeSpec> trade,
                    List<TreatySpec> treaties, List<RegimeSpec> sanctions, List<HostilitySpec> hostility,
                    List<ScheduledEvent> events) {
        this(name, description, start, months, seed, parameters, actors, trade, treaties, sanctions, hostility, events, Blocs.DEFAULT);
    }

    /** The month label of a step, {@code YYYY-MM}. */
    public String monthLabel(int step) {
        return start.plusMonths(step).toString();
    }

    /** Step index of a month (negative before the start). */
    public int stepOf(YearMonth m) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, m);
    }

    public Scenario withParameters(Parameters p) {
        return new Scenario(name, description, start, months, seed, p, actors, trade, treaties, sanctions, hostility, events, blocs, oilFlows, compliance);
    }

    public Scenario withMonths(int m) {
        return new Scenario(name, description, start, m, seed, parameters, actors, trade, treaties, sanctions, hostility, events, blocs, oilFlows, compliance);
    }

}
