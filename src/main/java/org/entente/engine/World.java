package org.entente.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.HostilitySpec;
import org.entente.model.Param;
import org.entente.model.RegimeSpec;
import org.entente.model.RegimeType;
import org.entente.model.Scenario;
import org.entente.model.ScheduledEvent;
import org.entente.model.TradeSpec;
import org.entente.model.TreatySpec;

/**
 * The state of one run: actors as parallel primitive arrays, tie layers as dense n x n arrays
 * (index {@code i * n + j}), sanction regimes, treaties and wars. The phases read and write it;
 * nothing outside the engine package sees it. Built from a {@link Scenario} so that the recorded
 * world of month 0 is a steady state (MODEL.md section 3). Mutable; owned by one run.
 */
final class World {
    /** Sender index that stands for the United Nations. */
    static final int UN = -1;

    final Scenario scenario;
    final double[] par;
    final int n;
    final String[] ids;
    final ActorKind[] kind;
    final Map<String, Integer> index = new HashMap<>();

    // actors
    final double[] gdp, gdp0, trend, population, milex, milexShare0, milexShare, homeProduction;
    final double[] idealPoint, stability, capability, growth;
    final boolean[] armsSupplier;
    final double[] oil, oil0, oilFree, oilFloorShare, oilEvasionShare, oilEvasionStart, oilFloor, oilCeiling, evasion, oilImports;
    final double[] energyShare;
    final double[] exports0, imports0;
    /** Bloc memberships: member[b * n + i] when actor i applies bloc b's regimes. */
    final boolean[] member;

    // dyads
    final double[] x0, r, xd, x, xref, oilAdj, f, f0, diversion;
    final double[] a, a0, anchor, ubar, ubar0, h, hbase, h0, blame, blame0, defense, floor, arms, armsLocal;
    final boolean[] war, reanchor;
    final int[] armsStart;
    final byte[] sanctioned;
    final Lag xLag;

    // per-actor series with year-on-year lags
    final double[] trade, tradeRef, oilRevenue, milexGap, sts, exportsNow, importsNow;
    final Lag gdpLag, tradeLag, tradeRefLag, oilRevLag, milexGapLag, stsLag;

    // sanctions
    final List<Regime> regimes = new ArrayList<>();
    final List<Regime> month0Regimes = new ArrayList<>();
    /** Pressure S by sender (row n is the UN) and target: (n + 1) x n. */
    final double[] pressure;
    /** Compliance with secondary regimes by sender (row n is the UN); a row counts only where {@code complyUsed}. */
    final double[][] comply;
    final boolean[] complyUsed;
    /** Per-step working space, allocated once so that a step allocates nothing per dyad. */
    final double[] scratchPairsA, scratchPairsB, armsAlloc, scratchA, scratchB, scratchC;
    final int[] enemyStart, enemyList, order;
    final boolean[] flagA, flagB;
    /** Max compliance of each actor with any secondary regime against each target (target * n + actor). */
    final double[] complyAgainst;
    /** Whether actor m applies an active regime against target j (j * n + m). */
    final boolean[] senderAgainst;
    double oilPrice0;

    final List<Treaty> treaties = new ArrayList<>();
    final List<War> wars = new ArrayList<>();
    final List<ScheduledEvent> pendingConditional = new ArrayList<>();

    World(Scenario s) {
        this.scenario = s;
        this.par = s.parameters().toArray();
        List<ActorSpec> as = s.actors();
        n = as.size();
        ids = new String[n];
        kind = new ActorKind[n];
        for (int i = 0; i < n; i++) {
            ids[i] = as.get(i).id();
            kind[i] = as.get(i).kind();
            index.put(ids[i], i);
        }
        gdp = new double[n]; gdp0 = new double[n]; trend = new double[n]; population = new double[n];
        milex = new double[n]; milexShare0 = new double[n]; milexShare = new double[n]; homeProduction = new double[n];
        idealPoint = new double[n]; stability = new double[n]; capability = new double[n]; growth = new double[n];
        armsSupplier = new boolean[n];
        oil = new double[n]; oil0 = new double[n]; oilFree = new double[n]; oilFloorShare = new double[n];
        oilEvasionShare = new double[n]; oilEvasionStart = new double[n]; oilFloor = new double[n]; oilCeiling = new double[n];
        evasion = new double[n]; oilImports = new double[n]; energyShare = new double[n];
        exports0 = new double[n]; imports0 = new double[n];
        member = new boolean[n * n];
        int nn = n * n;
        x0 = new double[nn]; r = new double[nn]; xd = new double[nn]; x = new double[nn]; xref = new double[nn];
        oilAdj = new double[nn]; f = new double[nn]; f0 = new double[nn]; diversion = new double[nn];
        a = new double[nn]; a0 = new double[nn]; anchor = new double[nn]; ubar = new double[nn]; ubar0 = new double[nn];
        h = new double[nn]; hbase = new double[nn]; h0 = new double[nn]; blame = new double[nn]; blame0 = new double[nn];
        defense = new double[nn]; floor = new double[nn]; arms = new double[nn]; armsLocal = new double[nn];
        war = new boolean[nn]; reanchor = new boolean[nn]; armsStart = new int[nn]; sanctioned = new byte[nn];
        trade = new double[n]; tradeRef = new double[n]; oilRevenue = new double[n]; milexGap = new double[n];
        sts = new double[n]; exportsNow = new double[n]; importsNow = new double[n];
        pressure = new double[(n + 1) * n];
        comply = new double[n + 1][n];
        complyUsed = new boolean[n + 1];
        scratchPairsA = new double[nn];
        scratchPairsB = new double[nn];
        armsAlloc = new double[nn];
        scratchA = new double[n];
        scratchB = new double[n];
        scratchC = new double[n];
        enemyStart = new int[n + 1];
        enemyList = new int[nn];
        order = new int[n];
        flagA = new boolean[n];
        flagB = new boolean[n];
        complyAgainst = new double[nn];
        senderAgainst = new boolean[nn];

        initActors(as);
        initTrade(s.trade());
        initHostility(s.hostility());
        initRegimes(s.sanctions());
        initTreaties(s.treaties());
        Arrays.fill(armsStart, Integer.MIN_VALUE);
        xLag = new Lag(x0);
        gdpLag = new Lag(gdp0);
        tradeLag = new Lag(trade);
        tradeRefLag = new Lag(tradeRef);
        oilRevLag = new Lag(new double[n]);
        milexGapLag = new Lag(new double[n]);
        stsLag = new Lag(sts);
    }

    double p(Param p) { return par[p.ordinal()]; }

    int idx(String id) {
        Integer i = index.get(id);
        if (i == null) throw new IllegalStateException("unknown actor " + id + " (the validator should have caught it)");
        return i;
    }

    /** Sender index of a regime's sender id (the UN is {@link #UN}). */
    int senderIdx(String id) { return RegimeSpec.UN.equals(id) ? UN : idx(id); }

    String senderId(int s) { return s == UN ? RegimeSpec.UN : ids[s]; }

    /** Row of a sender in (n + 1)-row matrices. */
    int senderRow(int s) { return s == UN ? n : s; }

    private void initActors(List<ActorSpec> as) {
        for (int i = 0; i < n; i++) {
            ActorSpec a = as.get(i);
            gdp[i] = gdp0[i] = a.gdp();
            trend[i] = a.trendGrowth();
            population[i] = a.population();
            milex[i] = a.milex();
            milexShare0[i] = milexShare[i] = a.gdp() > 0 ? a.milex() / a.gdp() : 0;
            idealPoint[i] = a.idealPoint();
            stability[i] = a.stability();
            armsSupplier[i] = a.armsSupplier();
            oil[i] = oil0[i] = a.oilExports();
            oilFree[i] = Double.isNaN(a.oilFree()) ? a.oilExports() : a.oilFree();
            oilFloorShare[i] = Double.isNaN(a.oilFloorShare()) ? p(Param.OIL_FLOOR_SHARE) : a.oilFloorShare();
            oilEvasionShare[i] = Double.isNaN(a.oilEvasionShare()) ? p(Param.OIL_EVASION_SHARE) : a.oilEvasionShare();
            oilEvasionStart[i] = Double.isNaN(a.oilEvasionStart()) ? p(Param.OIL_EVASION_START) : a.oilEvasionStart();
            oilImports[i] = a.oilImports();
        }
    }

    private void initTrade(List<TradeSpec> ts) {
        for (TradeSpec t : ts) {
            int i = idx(t.from()), j = idx(t.to());
            x0[i * n + j] += t.value();
        }
        for (Gravity.Flow f : Gravity.impute(scenario)) x0[idx(f.from()) * n + idx(f.to())] = f.value();
        for (int k = 0; k < n * n; k++) {
            x[k] = x0[k];
            xref[k] = x0[k];
            r[k] = 1.0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                exports0[i] += x0[i * n + j];
                imports0[j] += x0[i * n + j];
            }
        }
        for (int i = 0; i < n; i++) {
            trade[i] = tradeRef[i] = exports0[i] + imports0[i];
            exportsNow[i] = exports0[i];
            importsNow[i] = imports0[i];
            double oilValue = oil0[i] * p(Param.OIL_PRICE) * Rules.OIL_REVENUE_FACTOR;
            energyShare[i] = exports0[i] > 0 ? Math.min(1.0, oilValue / exports0[i]) : 0;
        }
    }

    private void initHostility(List<HostilitySpec> hs) {
        for (HostilitySpec s : hs) {
            int i = idx(s.a()), j = idx(s.b());
            double level = s.war() ? 1.0 : s.level();
            setSym(h, i, j, level);
            setSym(hbase, i, j, level);
            setSym(h0, i, j, level);
            if (s.war()) {
                war[i * n + j] = war[j * n + i] = true;
                wars.add(new War(i, j, Integer.MIN_VALUE, new double[] {0, 0}, new double[] {0, 0}, Double.NaN));
            }
        }
    }

    private void initRegimes(List<RegimeSpec> specs) {
        for (RegimeSpec rs : specs) {
            int start = scenario.stepOf(rs.start());
            int end = rs.end() == null ? Regime.OPEN : scenario.stepOf(rs.end());
            // a regime that ended before the start is history: the recorded world already
            // reflects it, and letting its friction fade on would make an unchanged world drift
            if (end <= 0) continue;
            Regime reg = newRegime(rs, start, start, end);
            regimes.add(reg);
            if (reg.activeAt(0)) month0Regimes.add(reg.copy());
        }
    }

    Regime newRegime(RegimeSpec rs, int start, int rampStart, int end) {
        boolean[] rejected = new boolean[n];
        for (String id : rs.rejectedBy()) rejected[idx(id)] = true;
        int[] initiated = rs.initiatedBy().stream().mapToInt(this::idx).toArray();
        return new Regime(senderIdx(rs.sender()), idx(rs.target()), rs.type(), rs.intensity(), rs.secondary(),
                start, rampStart, end, rejected, initiated);
    }

    private void initTreaties(List<TreatySpec> ts) {
        for (TreatySpec t : ts) treaties.add(newTreaty(t));
    }

    Treaty newTreaty(TreatySpec t) {
        int[] parties = t.parties().stream().mapToInt(this::idx).toArray();
        int inForce = t.inForce() == null ? Regime.OPEN : scenario.stepOf(t.inForce());
        int end = Double.isNaN(t.years()) || inForce == Regime.OPEN ? Regime.OPEN
                : inForce + (int) Math.round(t.years() * 12);
        double fl = Double.isNaN(t.floor()) ? p(Param.TREATY_FLOOR) : t.floor();
        int duration = Double.isNaN(t.years()) ? -1 : (int) Math.round(t.years() * 12);
        return new Treaty(t.name(), parties, inForce, end, duration, t.defense(), fl);
    }

    void setSym(double[] m, int i, int j, double v) {
        m[i * n + j] = v;
        m[j * n + i] = v;
    }

    /** Whether actor i applies regime reg (the sender, a member of the sending bloc, or a UN member). */
    boolean applies(Regime reg, int i) {
        if (i == reg.target) return false;
        if (reg.isUn()) return kind[i] != ActorKind.NON_STATE && !reg.rejectedBy[i];
        return i == reg.sender || member[reg.sender * n + i];
    }

    /**
     * Whether actor i takes part in trade: a state or bloc with some recorded trade at month 0.
     * Actors outside it never receive diverted trade or oil, and their trade dependence is zero.
     */
    boolean inTradeNetwork(int i) {
        return kind[i] != ActorKind.NON_STATE && exports0[i] + imports0[i] > 0;
    }

    /** Total trade (exports and imports, oil revenue changes included) of actor i this month. */
    double totalTrade(int i) { return exportsNow[i] + importsNow[i]; }

    /** Current flow i to j including the oil revenue change. */
    double flow(int i, int j) { return x[i * n + j] + oilAdj[i * n + j]; }

    // ---------------------------------------------------------------- derived layers

    /** Recompute floors and defence levels from the treaties in force at t. */
    void updateTreatyLayers(int t) {
        Arrays.fill(floor, 0);
        Arrays.fill(defense, 0);
        for (Treaty tr : treaties) {
            if (!tr.inForceAt(t)) continue;
            for (int p : tr.parties) {
                for (int q : tr.parties) {
                    if (p == q) continue;
                    int k = p * n + q;
                    floor[k] = Math.max(floor[k], tr.floor);
                    defense[k] = Math.max(defense[k], tr.defense);
                }
            }
        }
    }

    /**
     * Pressure S (by sender) and blame (by the actor the target blames) from the regimes'
     * effective intensities at t, and which actors apply regimes against which targets.
     */
    void updatePressure(int t) {
        Arrays.fill(pressure, 0);
        Arrays.fill(blame, 0);
        Arrays.fill(senderAgainst, false);
        for (Regime reg : regimes) {
            double e = reg.policyIntensity(t);
            if (e <= 0) continue;
            double be = p(reg.type.beta()) * e;
            pressure[senderRow(reg.sender) * n + reg.target] += be;
            if (reg.isUn()) {
                for (int k : reg.initiatedBy) blame[k * n + reg.target] += be;
            } else {
                blame[reg.sender * n + reg.target] += be;
            }
            for (int m = 0; m < n; m++) if (applies(reg, m)) senderAgainst[reg.target * n + m] = true;
        }
        for (int k = 0; k < pressure.length; k++) pressure[k] = Rules.pressure(pressure[k]);
        for (int k = 0; k < blame.length; k++) blame[k] = Rules.pressure(blame[k]);
    }

    /** Compliance of every third party with the secondary regimes active at t (MODEL.md 3). */
    void updateCompliance(int t) {
        Arrays.fill(complyUsed, false);
        Arrays.fill(complyAgainst, 0);
        for (Regime reg : month0Regimes) {
            if (reg.secondary && !complyUsed[senderRow(reg.sender)]) complianceRow(reg, t);
        }
        for (Regime reg : regimes) {
            if (!reg.secondary || reg.policyIntensity(t) <= 0 && reg.tradeIntensity(t, (int) p(Param.DECAY_MONTHS)) <= 0) continue;
            int row = senderRow(reg.sender);
            if (!complyUsed[row]) complianceRow(reg, t);
            double[] c = comply[row];
            for (int i = 0; i < n; i++) {
                if (applies(reg, i) || i == reg.target) continue;
                int k = reg.target * n + i;
                complyAgainst[k] = Math.max(complyAgainst[k], c[i]);
            }
        }
    }

    /** Fills the sender's row of {@link #comply} and marks it used. */
    private void complianceRow(Regime reg, int t) {
        double c0 = p(Param.COMPLY_BASE), c1 = p(Param.COMPLY_ALIGNMENT), c2 = p(Param.COMPLY_TRADE);
        int row = senderRow(reg.sender);
        double[] c = comply[row];
        Arrays.fill(c, 0);
        complyUsed[row] = true;
        if (reg.isUn()) return;
        int s = reg.sender;
        for (int i = 0; i < n; i++) {
            if (i == s || member[s * n + i] || targetOf(s, i, t)) continue;
            double tt = totalTrade(i);
            double share = tt > 0 ? (flow(i, s) + flow(s, i)) / tt : 0;
            c[i] = Rules.compliance(c0, c1, c2, a[i * n + s], share);
        }
    }

    /** Whether sender s has an active regime against actor i at t. */
    boolean targetOf(int s, int i, int t) {
        for (Regime reg : regimes) if (reg.sender == s && reg.target == i && reg.activeAt(t)) return true;
        return false;
    }

    /** Compliance of third party i with sender s's secondary regimes this month. */
    double complianceWith(int s, int i) {
        int row = senderRow(s);
        return complyUsed[row] ? comply[row][i] : 0;
    }

    /**
     * Trade friction F on every flow at t, and which flows carry friction from regimes against
     * their exporter (bit 1) or importer (bit 2).
     */
    void updateFriction(int t) {
        Arrays.fill(f, 0);
        Arrays.fill(sanctioned, (byte) 0);
        int decay = (int) p(Param.DECAY_MONTHS);
        double strength = p(Param.SECONDARY_STRENGTH);
        for (Regime reg : regimes) {
            double e = reg.tradeIntensity(t, decay);
            if (e <= 0 || reg.type == RegimeType.ARMS) continue;
            double be = p(reg.type.beta()) * e;
            int tg = reg.target;
            for (int m = 0; m < n; m++) {
                double w;
                if (applies(reg, m)) {
                    w = 1.0;
                } else if (reg.secondary && reg.type != RegimeType.ENERGY && !reg.isUn() && m != tg) {
                    w = complianceWith(reg.sender, m) * strength;
                } else {
                    continue;
                }
                if (w <= 0) continue;
                if (reg.type.actsOnSenderExports()) {
                    f[m * n + tg] += w * be;
                    sanctioned[m * n + tg] |= 2;
                }
                if (reg.type.actsOnTargetExports()) {
                    f[tg * n + m] += w * be;
                    sanctioned[tg * n + m] |= 1;
                }
            }
        }
    }

    /** Oil enforcement I = 1 - prod(1 - e) over secondary energy regimes against actor i. */
    double oilEnforcement(int i, int t) {
        double keep = 1.0;
        for (Regime reg : regimes) {
            if (reg.target != i || reg.type != RegimeType.ENERGY || !reg.secondary) continue;
            keep *= 1 - Rules.clamp(reg.policyIntensity(t), 0, 1);
        }
        return 1 - keep;
    }

    /** Capability: the mean of the actor's shares of GDP, population and military spending. */
    void updateCapability() {
        double sg = 0, sp = 0, sm = 0;
        for (int i = 0; i < n; i++) { sg += gdp[i]; sp += population[i]; sm += milex[i]; }
        for (int i = 0; i < n; i++) {
            double c = (sg > 0 ? gdp[i] / sg : 0) + (sp > 0 ? population[i] / sp : 0) + (sm > 0 ? milex[i] / sm : 0);
            capability[i] = c / 3.0;
        }
    }

    boolean atWar(int i) {
        for (int j = 0; j < n; j++) if (war[i * n + j]) return true;
        return false;
    }

    /** A treaty during a run. */
    static final class Treaty {
        final String name;
        final int[] parties;
        int inForce;
        int end;
        /** Duration in months, -1 for open-ended. */
        final int durationMonths;
        final double defense;
        final double floor;

        Treaty(String name, int[] parties, int inForce, int end, int durationMonths, double defense, double floor) {
            this.name = name;
            this.parties = parties;
            this.inForce = inForce;
            this.end = end;
            this.durationMonths = durationMonths;
            this.defense = defense;
            this.floor = floor;
        }

        boolean inForceAt(int t) { return t >= inForce && t < end; }
    }

    /** A war during a run; costs are per party (growth points a year), NaN where the parameter applies. */
    static final class War {
        final int a, b;
        final int start;
        final double[] cost;
        final double[] costLater;
        final double preWarHostility;
        int end = Regime.OPEN;

        War(int a, int b, int start, double[] cost, double[] costLater, double preWarHostility) {
            this.a = a;
            this.b = b;
            this.start = start;
            this.cost = cost;
            this.costLater = costLater;
            this.preWarHostility = preWarHostility;
        }

        boolean involves(int i) { return i == a || i == b; }
    }

    /**
     * Year-on-year lag of a per-actor (or per-dyad) series: the value twelve steps ago, or the
     * recorded month-0 value during the first year.
     */
    static final class Lag {
        private double[] base;
        private final double[][] ring = new double[12][];

        Lag(double[] base) { this.base = base.clone(); }

        /** Replaces the month-0 values (for series only known once the world is set up). */
        void rebase(double[] values) { this.base = values.clone(); }

        /** The lagged array for step t; read it before {@link #store}. */
        double[] at(int t) { return t < 12 ? base : ring[t % 12]; }

        void store(int t, double[] values) {
            double[] slot = ring[t % 12];
            if (slot == null) {
                ring[t % 12] = values.clone();
            } else {
                System.arraycopy(values, 0, slot, 0, values.length);
            }
        }
    }

    /** Events of the scenario grouped by step; conditional regime changes go to a waiting list. */
    Map<Integer, List<ScheduledEvent>> eventsByStep() {
        Map<Integer, List<ScheduledEvent>> m = new HashMap<>();
        for (ScheduledEvent e : scenario.events()) {
            m.computeIfAbsent(scenario.stepOf(e.month()), k -> new ArrayList<>()).add(e);
        }
        return m;
    }

    /**
     * Whether an event only records the start world: set_alignment and join_bloc dated the start
     * month. A bloc's members at month 0 apply its regimes already in the recorded flows, so the
     * membership is set before the month-0 frictions are taken (a steady state), not as news.
     */
    static boolean isInitialData(ScheduledEvent e, Scenario s) {
        return (e.action() instanceof EventAction.SetAlignment || e.action() instanceof EventAction.JoinBloc) && s.stepOf(e.month()) == 0;
    }
}
