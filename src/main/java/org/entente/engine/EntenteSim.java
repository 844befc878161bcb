package org.entente.engine;

import java.util.Locale;

import org.entente.model.EventType;
import org.entente.model.Param;
import org.entente.model.Scenario;
import org.entente.model.ScheduledEvent;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The MASON model: composes the {@link World} of one run and schedules one {@code Steppable}
 * per phase of MODEL.md section 2, each with its own ordering (events 0, policy 1, trade 2,
 * economy 3, security 4, record 5). {@code random} is the run's only source of randomness, so
 * a run is a pure function of (scenario, parameters, seed). Not thread-safe; one instance per
 * run, and runs may go on in parallel on separate instances.
 */
public final class EntenteSim extends SimState {
    private static final long serialVersionUID = 1L;

    public static final int ORDER_EVENTS = 0;
    public static final int ORDER_POLICY = 1;
    public static final int ORDER_TRADE = 2;
    public static final int ORDER_ECONOMY = 3;
    public static final int ORDER_SECURITY = 4;
    public static final int ORDER_RECORD = 5;

    private PreparedScenario prepared;
    private final RecordSink sink;
    private World world;
    private TradePhase trade;

    /** A run of a prepared scenario: the runs of an ensemble share one, so its flows are imputed once. */
    public EntenteSim(PreparedScenario prepared, long seed, RecordSink sink) {
        super(seed);
        this.prepared = prepared;
        this.sink = sink;
    }

    /** A run of a scenario, prepared (its flows imputed) for this run alone. */
    public EntenteSim(Scenario scenario, long seed, RecordSink sink) {
        this(PreparedScenario.of(scenario), seed, sink);
    }

    @Override
    public void start() {
        super.start();
        world = new World(prepared);
        int n = world.n;
        PolicyPhase policy = new PolicyPhase(n);
        trade = new TradePhase(n);
        SecurityPhase security = new SecurityPhase(n);
        Initialiser.initialise(this, world, policy, security);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_EVENTS, new EventPhase(world.eventsByStep()), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_POLICY, policy, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_TRADE, trade, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_ECONOMY, new EconomyPhase(n), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_SECURITY, security, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_RECORD, new RecordPhase(sink), 1.0);
    }

    /** Runs the scenario's whole horizon headless. */
    public void runAll() {
        start();
        while (schedule.getSteps() < prepared.scenario().months()) {
            if (!schedule.step(this)) break;
        }
        finish();
    }

    /** The month being stepped, 0 for the start month. */
    public int currentStep() {
        return (int) Math.round(schedule.getTime());
    }

    public Scenario scenario() { return prepared.scenario(); }

    /**
     * Replaces the scenario for the next {@link #start()} (the GUI edits parameters between
     * runs); the seed is set anew from the scenario's seed too.
     */
    public void setScenario(Scenario s, long seed) {
        this.prepared = PreparedScenario.of(s);
        setSeed(seed);
    }

    World world() { return world; }

    /** The trade phase of the current run (tests read its diversion layer). */
    TradePhase tradePhase() { return trade; }

    /** A read-only view of the world for inspectors, tests and displays. */
    public WorldView view() { return new WorldView(world); }

    void logEvent(String event, String actors, String detail) {
        sink.event(new RecordSink.EventRow(Math.max(0, currentStep()), event, actors, detail));
    }

    /**
     * Fills {@code order} with a random permutation of 0..n-1 (n its length) drawn from the run's
     * generator: the order in which actors decide. The array is the calling phase's own.
     */
    void drawOrder(int[] order) {
        int n = order.length;
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    /** Numbers in event details: up to four decimals, Locale.ROOT. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Month-0 set-up that makes the recorded world a steady state. */
    static final class Initialiser {
        private Initialiser() { }

        static void initialise(EntenteSim sim, World w, PolicyPhase policy, SecurityPhase security) {
            int n = w.n;
            for (ScheduledEvent e : sim.scenario().events()) {
                if (World.isInitialData(e, sim.scenario()) && e.action() instanceof org.entente.model.EventAction.JoinBloc jb) {
                    w.politics.member[w.idx(jb.bloc()) * n + w.idx(jb.actor())] = true;
                    sim.logEvent(EventType.JOIN_BLOC.key(), jb.actor() + ";" + jb.bloc(), "member at the start: applies " + jb.bloc() + "'s regimes");
                }
            }
            w.layers.updateTreatyLayers(0);
            w.layers.updatePressure(0);
            System.arraycopy(w.layers.blame, 0, w.ties.blame0, 0, w.layers.blame.length);
            boolean[] given = new boolean[n * n];
            java.util.Arrays.fill(w.ties.a, w.p(Param.ALIGNMENT_START));
            for (ScheduledEvent e : sim.scenario().events()) {
                if (!World.isInitialData(e, sim.scenario()) || !(e.action() instanceof org.entente.model.EventAction.SetAlignment)) continue;
                var sa = (org.entente.model.EventAction.SetAlignment) e.action();
                int i = w.idx(sa.a()), j = w.idx(sa.b());
                w.setSym(w.ties.a, i, j, sa.level());
                given[i * n + j] = given[j * n + i] = true;
                sim.logEvent(EventType.SET_ALIGNMENT.key(), sa.a() + ";" + sa.b(), "recorded alignment " + fmt(sa.level()));
            }
            double gamma = w.p(Param.ALIGNMENT_GAIN), u0 = w.p(Param.ALIGNMENT_THRESHOLD);
            // Alignment of unrecorded pairs depends on compliance, which depends on alignment:
            // a fixed number of passes from a neutral start settles it deterministically.
            int passes = w.pInt(Param.ALIGNMENT_SETTLING_PASSES);
            for (int pass = 0; pass < passes; pass++) {
                w.layers.updateCompliance(0);
                policy.computeUtility(w, 0);
                for (int k = 0; k < n * n; k++) {
                    if (k / n != k % n && !given[k]) w.ties.a[k] = Rules.sigmoid(gamma * (w.layers.ubar[k] - u0));
                }
            }
            for (int k = 0; k < n * n; k++) {
                if (k / n == k % n) {
                    w.ties.a[k] = 0;
                    continue;
                }
                w.ties.a[k] = Math.max(w.ties.a[k], w.layers.floor[k]);
            }
            w.layers.updateCompliance(0);
            policy.computeUtility(w, 0);
            System.arraycopy(w.ties.a, 0, w.ties.a0, 0, w.ties.a.length);
            System.arraycopy(w.ties.a, 0, w.ties.anchor, 0, w.ties.a.length);
            w.layers.refreshLogitAnchors();
            System.arraycopy(w.layers.ubar, 0, w.ties.ubar0, 0, w.layers.ubar.length);
            w.layers.updateFriction(0);
            System.arraycopy(w.layers.f, 0, w.ties.f0, 0, w.layers.f.length);
            startPriceCaps(sim, w);
            w.oil.initialise(w, sim.scenario().oilFlows());
            startTradeTotals(w);
            startTradePolicy(sim, w);
            startFinance(sim, w);
            w.layers.updateCapability();
            double[] arms0 = security.allocate(w, 0);
            for (int k = 0; k < arms0.length; k++) {
                w.ties.arms[k] = arms0[k];
                if (arms0[k] > 0) w.ties.armsStart[k] = -1;
            }
            EconomyPhase.totals(w);
            TradePhase.sanctionedShare(w);
            w.actors.stsLag.rebase(w.actors.sts);
        }

        /**
         * Each actor's trade of month 0 as the trade channel counts it, without the oil part of
         * its flows (the oil market's, MODEL.md 6), and the lags that start from it.
         */
        private static void startTradeTotals(World w) {
            int n = w.n;
            java.util.Arrays.fill(w.actors.trade, 0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) continue;
                    int k = i * n + j;
                    double v = (1 - w.oil.oilShare0[k]) * w.ties.x0[k];
                    w.actors.trade[i] += v;
                    w.actors.trade[j] += v;
                }
            }
            System.arraycopy(w.actors.trade, 0, w.actors.tradeRef, 0, n);
            w.actors.tradeLag.rebase(w.actors.trade);
            w.actors.tradeRefLag.rebase(w.actors.tradeRef);
        }

        /** The price caps of the start world (dated the start month): in force at month 0, already in its prices (MODEL.md 6). */
        private static void startPriceCaps(EntenteSim sim, World w) {
            for (ScheduledEvent e : sim.scenario().events()) {
                if (!World.isInitialData(e, sim.scenario()) || !(e.action() instanceof org.entente.model.EventAction.ImposePriceCap a)) continue;
                sim.logEvent(a.type(), a.sender() + ";" + a.target(), "in force at the start: " + w.oil.impose(w, a, 0));
            }
        }

        /**
         * The financial measures of the start world (impose_financial_sanction dated the start
         * month): in force, without a shock; then de-risking and stress at month 0 give the
         * reference G(0) of the financial factor (MODEL.md 3, 6a).
         */
        private static void startFinance(EntenteSim sim, World w) {
            for (ScheduledEvent e : sim.scenario().events()) {
                if (!World.isInitialData(e, sim.scenario()) || !(e.action() instanceof org.entente.model.EventAction.ImposeFinancialSanction a)) continue;
                sim.logEvent(a.type(), a.sender() + ";" + a.target(), "in force at the start: " + w.finance.impose(a, Finance.START_WORLD));
            }
            w.finance.update(0);
            w.finance.startReference();
        }

        /**
         * The tariffs and trade agreements of the start world (those events dated the start month):
         * in force at month 0 and already in the recorded flows, so their factor is the reference
         * T(0) against which the trade phase measures new trade policy (MODEL.md 4).
         */
        private static void startTradePolicy(EntenteSim sim, World w) {
            for (ScheduledEvent e : sim.scenario().events()) {
                if (!World.isInitialData(e, sim.scenario()) || !World.isTradePolicyData(e.action())) continue;
                String detail;
                String actors;
                if (e.action() instanceof org.entente.model.EventAction.ImposeTariff a) {
                    detail = TradePolicy.impose(w, a, 0);
                    actors = a.sender() + ";" + a.target();
                } else if (e.action() instanceof org.entente.model.EventAction.ImposeSecondaryTariff a) {
                    detail = TradePolicy.imposeSecondary(w, a, 0);
                    actors = a.sender() + ";" + a.target();
                } else {
                    var a = (org.entente.model.EventAction.SignTradeAgreement) e.action();
                    detail = TradePolicy.sign(w, a, TradePolicy.START_WORLD);
                    actors = String.join(";", a.parties());
                }
                sim.logEvent(e.action().type(), actors, "in force at the start: " + detail);
            }
            TradePolicy.update(null, w, 0);
            System.arraycopy(w.layers.tradePolicy, 0, w.ties.tradePolicy0, 0, w.layers.tradePolicy.length);
        }
    }
}
