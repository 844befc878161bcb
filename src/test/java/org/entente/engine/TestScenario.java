package org.entente.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.HostilitySpec;
import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.RegimeSpec;
import org.entente.model.RegimeType;
import org.entente.model.Scenario;
import org.entente.model.ScheduledEvent;
import org.entente.model.TradeSpec;
import org.entente.model.TreatySpec;

/** Builds small scenarios in code for mechanism tests (noise off unless asked for). */
final class TestScenario {
    static final YearMonth START = YearMonth.of(2025, 1);

    final List<ActorSpec> actors = new ArrayList<>();
    final List<TradeSpec> trade = new ArrayList<>();
    final List<TreatySpec> treaties = new ArrayList<>();
    final List<RegimeSpec> sanctions = new ArrayList<>();
    final List<HostilitySpec> hostility = new ArrayList<>();
    final List<ScheduledEvent> events = new ArrayList<>();
    final List<org.entente.model.OilFlowSpec> oilFlows = new ArrayList<>();
    final List<org.entente.model.ComplianceSpec> compliance = new ArrayList<>();
    Parameters params = Parameters.defaults().with(Param.GDP_NOISE, 0).with(Param.ALIGNMENT_NOISE, 0);
    int months = 60;

    TestScenario actor(String id, double gdp) {
        return actor(id, gdp, 0, 0);
    }

    TestScenario actor(String id, double gdp, double ideal, double oil) {
        actors.add(new ActorSpec(id, id, ActorKind.STATE, 0, 0, gdp, 10, 0.02 * gdp, oil, 0, Double.NaN, Double.NaN, false, ideal, 0.5, 2.0, "test"));
        return this;
    }

    TestScenario actor(ActorSpec a) {
        actors.add(a);
        return this;
    }

    TestScenario flow(String from, String to, double value) {
        trade.add(new TradeSpec(from, to, value, "2024", "test"));
        return this;
    }

    TestScenario regime(String sender, String target, RegimeType type, double intensity, boolean secondary, YearMonth start) {
        sanctions.add(new RegimeSpec(sender, target, type, intensity, secondary, start, null, List.of(), List.of(), "test"));
        return this;
    }

    TestScenario hostile(String a, String b, double level) {
        hostility.add(new HostilitySpec(a, b, level, false, "test"));
        return this;
    }

    TestScenario treaty(String name, List<String> parties, YearMonth inForce, double years, double defense, double floor) {
        treaties.add(new TreatySpec(name, parties, inForce, inForce, years, List.of("trade"), defense, floor, "test"));
        return this;
    }

    TestScenario event(int step, EventAction action) {
        events.add(new ScheduledEvent(START.plusMonths(step), action, "test"));
        return this;
    }

    TestScenario set(Param p, double v) {
        params = params.with(p, v);
        return this;
    }

    static RegimeSpec spec(String sender, String target, RegimeType type, double intensity, boolean secondary) {
        return new RegimeSpec(sender, target, type, intensity, secondary, START, null, List.of(), List.of(), "test");
    }

    Scenario build() {
        List<ScheduledEvent> sorted = new ArrayList<>(events);
        sorted.sort(java.util.Comparator.comparing(ScheduledEvent::month));
        return new Scenario("test", "", START, months, 1, params, actors, trade, treaties, sanctions, hostility, sorted,
                org.entente.model.Blocs.DEFAULT, oilFlows, compliance);
    }

    /** An observed compliance of the start world: buyer's p with the sender's secondary regimes against the target is fixed (MODEL.md 3). */
    TestScenario complies(String buyer, String sender, String target, boolean complies) {
        compliance.add(new org.entente.model.ComplianceSpec(buyer, sender, target, complies, "test"));
        return this;
    }

    /** A recorded crude flow of the start world, mb/d (MODEL.md 6). */
    TestScenario oilFlow(String seller, String buyer, double mbd) {
        oilFlows.add(new org.entente.model.OilFlowSpec(seller, buyer, mbd, "test"));
        return this;
    }

    /** Sets an actor's crude imports (mb/d) and, when not NaN, its unsanctioned oil volume. */
    TestScenario oil(String id, double imports, double free) {
        for (int i = 0; i < actors.size(); i++) {
            ActorSpec a = actors.get(i);
            if (!a.id().equals(id)) continue;
            actors.set(i, new ActorSpec(a.id(), a.name(), a.kind(), a.lat(), a.lon(), a.gdp(), a.population(), a.milex(), a.oilExports(),
                    imports, free, a.oilEvasionStart(), a.armsSupplier(), a.idealPoint(), a.stability(), a.trendGrowth(), a.source()));
        }
        return this;
    }

    /** A started simulation that records into memory. */
    static Run start(Scenario s, long seed) {
        MemorySink sink = new MemorySink();
        EntenteSim sim = new EntenteSim(s, seed, sink);
        sim.start();
        return new Run(sim, sink);
    }

    record Run(EntenteSim sim, MemorySink sink) {
        /** Steps until {@code months} months are done. */
        Run stepTo(int months) {
            while (sim.schedule.getSteps() < months) sim.schedule.step(sim);
            return this;
        }

        World world() { return sim.world(); }

        WorldView view() { return sim.view(); }
    }

    /** Keeps every row in memory. */
    static final class MemorySink implements RecordSink {
        final List<NationRow> nations = new ArrayList<>();
        final List<DyadRow> dyads = new ArrayList<>();
        final List<EventRow> events = new ArrayList<>();

        public void nation(NationRow r) { nations.add(r); }
        public void dyad(DyadRow r) { dyads.add(r); }
        public void event(EventRow r) { events.add(r); }

        NationRow nation(String actor, int step) {
            return nations.stream().filter(r -> r.actor().equals(actor) && r.step() == step).findFirst().orElseThrow();
        }
    }
}
