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
    final double[] armsAlloc, scratchA, scratchB, scratchC;
    /**
     * The trade target exp(alpha (A - A0)) of a pair without new frictions, computed for i &lt; j
     * and kept for j &gt; i in the same month ({@link #targetStamp} says which month), since A is
     * symmetric and the argument is then the same number.
     */
    final double[] targetCache;
    final int[] targetStamp;
    int targetMonth;
    final int[] order;
    /**
     * The products behind the common-enemies and common-sanctioners terms (MODEL.md 5), pair
     * i &lt; j at i * n + j: 1 wherever no factor applies; the entries written are in the sets.
     */
    final double[] threatKeep, sanctionKeep;
    final Sparse threatSet, sanctionSet;
    /**
     * Ideological closeness 1 - |ideal_i - ideal_j| / range of each pair (i &lt; j), valid for the
     * ideal points in {@link #ideologyFor}: they change only through events, so it is recomputed
     * when they differ.
     */
    final double[] ideology;
    final double[] ideologyFor;
    boolean ideologyValid;
    /** Secondary-sanction risk K (i * n + j); only the columns of {@link #riskTarget} can be non-zero. */
    final double[] risk;
    final boolean[] riskTarget;
    /** Adjacency lists in compressed form: start offsets (one more than the lists) and entries. */
    final int[] enemyStart, enemyList, senderStart, senderList, cursor;
    final boolean[] flagA, flagB;
    /** Max compliance of each actor with any secondary regime against each target (target * n + actor). */
    final double[] complyAgainst;
    /** Whether actor m applies an active regime against target j (j * n + m). */
    final boolean[] senderAgainst;
    double oilPrice0;

    // Sparse bookkeeping, so that a step touches the few non-zero entries of the sanction and
    // hostility layers instead of every pair (the values are the same as with dense passes).
    /** Whether an actor takes part in trade ({@link #inTradeNetwork}); fixed once the flows are set. */
    final boolean[] tradeNet;
    /**
     * Pairs (i &lt; j, index i * n + j) whose hostility, base hostility or blame has ever been
     * set: every other pair has all of these at zero and stays there, so the hostility rule and
     * the common-enemies term need only these.
     */
    final Sparse hostilePairs;
    /** Entries of {@link #pressure} and {@link #blame} written by the last {@link #updatePressure}. */
    final Sparse pressureSet, blameSet;
    /** The logit of {@link #anchor}, kept with it (set through {@link #setAnchor}). */
    final double[] logitAnchor;
    /** Targets whose rows and columns of {@link #f} and {@link #sanctioned} the last {@link #updateFriction} wrote. */
    final boolean[] frictionTarget;
    /** Entries of {@link #diversion} written this month. */
    final Sparse diversionSet;
    /** Rows of {@link #oilAdj} written by the last oil revenue distribution. */
    final boolean[] oilAdjRow;
    /** Rows of {@link #armsAlloc} written by the last allocation, and rows ever allocated (the only ones with arms). */
    final boolean[] allocRow, armsRow;
    /** Targets whose rows of {@link #complyAgainst} the last {@link #updateCompliance} wrote. */
    final boolean[] complyTarget;
    /** Sender-target pairs (s * n + i) with a regime active at the month of {@link #activeTargetsAt}. */
    final boolean[] activeTarget;
    private int activeTargetsMonth = Integer.MIN_VALUE;
    private int activeTargetsRegimes = -1;
    /** Treaties in force at the last {@link #updateTreatyLayers}, to skip recomputing unchanged layers. */
    private boolean[] treatyInForce = new boolean[0];
    private int treatyLayersFor = -1;

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
        threatKeep = new double[nn];
        sanctionKeep = new double[nn];
        Arrays.fill(threatKeep, 1.0);
        Arrays.fill(sanctionKeep, 1.0);
        threatSet = new Sparse(nn);
        sanctionSet = new Sparse(nn);
        risk = new double[nn];
        ideology = new double[nn];
        ideologyFor = new double[n];
        riskTarget = new boolean[n];
        senderStart = new int[n + 2];
        senderList = new int[(n + 1) * n];
        cursor = new int[n + 1];
        armsAlloc = new double[nn];
        targetCache = new double[n * n];
        targetStamp = new int[n * n];
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
        tradeNet = new boolean[n];
        hostilePairs = new Sparse(nn);
        pressureSet = new Sparse((n + 1) * n);
        blameSet = new Sparse(nn);
        logitAnchor = new double[nn];
        frictionTarget = new boolean[n];
        diversionSet = new Sparse(nn);
        oilAdjRow = new boolean[n];
        allocRow = new boolean[n];
        armsRow = new boolean[n];
        complyTarget = new boolean[n];
        activeTarget = new boolean[nn];

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
            tradeNet[i] = kind[i] != ActorKind.NON_STATE && exports0[i] + imports0[i] > 0;
        }
    }

    private void initHostility(List<HostilitySpec> hs) {
        for (HostilitySpec s : hs) {
            int i = idx(s.a()), j = idx(s.b());
            double level = s.war() ? 1.0 : s.level();
            setSym(h, i, j, level);
            setSym(hbase, i, j, level);
            setSym(h0, i, j, level);
            markHostile(i, j);
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

    /** Sets the hostility of a pair and the level it rests at (events); the pair joins {@link #hostilePairs}. */
    void setHostility(int i, int j, double level) {
        setSym(h, i, j, level);
        setSym(hbase, i, j, level);
        markHostile(i, j);
    }

    void markHostile(int i, int j) {
        if (i != j) hostilePairs.add(Math.min(i, j) * n + Math.max(i, j));
    }

    /** Sets the alignment anchor of a pair (both directions) and its logit. */
    void setAnchor(int i, int j, double level) {
        setSym(anchor, i, j, level);
        double l = Rules.logit(level);
        logitAnchor[i * n + j] = l;
        logitAnchor[j * n + i] = l;
    }

    /** Sets the alignment anchor of one directed entry and its logit. */
    void setAnchor(int k, double level) {
        anchor[k] = level;
        logitAnchor[k] = Rules.logit(level);
    }

    /** Recomputes every logit of the anchors (after the anchors were copied in bulk). */
    void refreshLogitAnchors() {
        for (int k = 0; k < anchor.length; k++) logitAnchor[k] = Rules.logit(anchor[k]);
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
        return tradeNet[i];
    }

    /** Total trade (exports and imports, oil revenue changes included) of actor i this month. */
    double totalTrade(int i) { return exportsNow[i] + importsNow[i]; }

    /** Current flow i to j including the oil revenue change. */
    double flow(int i, int j) { return x[i * n + j] + oilAdj[i * n + j]; }

    // ---------------------------------------------------------------- derived layers

    /** Recompute floors and defence levels from the treaties in force at t. */
    /** Counts the rebuilds of the defense layer, so that what is derived from it can be kept between them. */
    int defenseVersion;

    void updateTreatyLayers(int t) {
        // the layers depend only on which treaties are in force: skip when that has not changed
        int count = treaties.size();
        boolean same = treatyLayersFor == count && treatyInForce.length >= count;
        if (treatyInForce.length < count) treatyInForce = Arrays.copyOf(treatyInForce, Math.max(count, 2 * treatyInForce.length));
        for (int k = 0; k < count; k++) {
            boolean in = treaties.get(k).inForceAt(t);
            if (treatyInForce[k] != in) same = false;
            treatyInForce[k] = in;
        }
        if (same) return;
        treatyLayersFor = count;
        defenseVersion++;
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
        // only entries a regime wrote can be non-zero: clear last month's, then S = 1 - exp(sum)
        // on this month's (an untouched entry stays 0 = 1 - exp(0))
        for (int q = 0; q < pressureSet.size; q++) pressure[pressureSet.list[q]] = 0;
        for (int q = 0; q < blameSet.size; q++) blame[blameSet.list[q]] = 0;
        pressureSet.clear();
        blameSet.clear();
        Arrays.fill(senderAgainst, false);
        for (Regime reg : regimes) {
            double e = reg.policyIntensity(t);
            if (e <= 0) continue;
            double be = p(reg.type.beta()) * e;
            int pk = senderRow(reg.sender) * n + reg.target;
            pressure[pk] += be;
            pressureSet.add(pk);
            if (reg.isUn()) {
                for (int k : reg.initiatedBy) {
                    blame[k * n + reg.target] += be;
                    blameSet.add(k * n + reg.target);
                    markHostile(k, reg.target);
                }
            } else {
                blame[reg.sender * n + reg.target] += be;
                blameSet.add(reg.sender * n + reg.target);
                markHostile(reg.sender, reg.target);
            }
            for (int m = 0; m < n; m++) if (applies(reg, m)) senderAgainst[reg.target * n + m] = true;
        }
        for (int q = 0; q < pressureSet.size; q++) pressure[pressureSet.list[q]] = Rules.pressure(pressure[pressureSet.list[q]]);
        for (int q = 0; q < blameSet.size; q++) blame[blameSet.list[q]] = Rules.pressure(blame[blameSet.list[q]]);
    }

    /** Compliance of every third party with the secondary regimes active at t (MODEL.md 3). */
    void updateCompliance(int t) {
        Arrays.fill(complyUsed, false);
        // only the rows of last month's secondary targets can be non-zero
        for (int j = 0; j < n; j++) {
            if (!complyTarget[j]) continue;
            Arrays.fill(complyAgainst, j * n, j * n + n, 0);
            complyTarget[j] = false;
        }
        activeTargetsAt(t);
        for (Regime reg : month0Regimes) {
            if (reg.secondary && !complyUsed[senderRow(reg.sender)]) complianceRow(reg, t);
        }
        for (Regime reg : regimes) {
            if (!reg.secondary || reg.policyIntensity(t) <= 0 && reg.tradeIntensity(t, (int) p(Param.DECAY_MONTHS)) <= 0) continue;
            int row = senderRow(reg.sender);
            if (!complyUsed[row]) complianceRow(reg, t);
            double[] c = comply[row];
            complyTarget[reg.target] = true;
            for (int i = 0; i < n; i++) {
                if (applies(reg, i) || i == reg.target) continue;
                int k = reg.target * n + i;
                complyAgainst[k] = Math.max(complyAgainst[k], c[i]);
            }
        }
        activeTargetsMonth = Integer.MIN_VALUE; // the look-up serves this pass only
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
        if (s >= 0 && t == activeTargetsMonth && regimes.size() == activeTargetsRegimes) return activeTarget[s * n + i];
        for (Regime reg : regimes) if (reg.sender == s && reg.target == i && reg.activeAt(t)) return true;
        return false;
    }

    /**
     * Fills {@link #activeTarget} for month t, so that {@link #targetOf} is a look-up while the
     * regimes do not change (events run before the policy phase, so within a phase they do not).
     */
    private void activeTargetsAt(int t) {
        Arrays.fill(activeTarget, false);
        for (Regime reg : regimes) {
            if (reg.sender >= 0 && reg.activeAt(t)) activeTarget[reg.sender * n + reg.target] = true;
        }
        activeTargetsMonth = t;
        activeTargetsRegimes = regimes.size();
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
        // regimes write only their targets' rows and columns: clear last month's
        for (int tg = 0; tg < n; tg++) {
            if (!frictionTarget[tg]) continue;
            frictionTarget[tg] = false;
            Arrays.fill(f, tg * n, tg * n + n, 0);
            Arrays.fill(sanctioned, tg * n, tg * n + n, (byte) 0);
            for (int m = 0; m < n; m++) {
                f[m * n + tg] = 0;
                sanctioned[m * n + tg] = 0;
            }
        }
        int decay = (int) p(Param.DECAY_MONTHS);
        double strength = p(Param.SECONDARY_STRENGTH);
        for (Regime reg : regimes) {
            double e = reg.tradeIntensity(t, decay);
            if (e <= 0 || reg.type == RegimeType.ARMS) continue;
            double be = p(reg.type.beta()) * e;
            int tg = reg.target;
            frictionTarget[tg] = true;
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
     * A set of indices into a dense array, in the order they were first added: which entries a
     * phase wrote, so that the next pass clears or visits only those. Owned by one run.
     */
    static final class Sparse {
        final boolean[] mark;
        int[] list = new int[16];
        int size;

        Sparse(int capacity) { mark = new boolean[capacity]; }

        void add(int k) {
            if (mark[k]) return;
            mark[k] = true;
            if (size == list.length) list = Arrays.copyOf(list, 2 * size);
            list[size++] = k;
        }

        void clear() {
            for (int q = 0; q < size; q++) mark[list[q]] = false;
            size = 0;
        }
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
