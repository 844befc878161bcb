package org.entente.engine;

import java.util.Arrays;

import org.entente.model.Param;
import org.entente.model.RegimeType;

/**
 * The layers derived from a run's state each month, with the sparse bookkeeping that lets a
 * step touch only the entries they wrote: treaty floors and defence, sanction pressure and
 * blame, compliance with secondary regimes, trade friction, capability, the utility of closer
 * ties, and which pairs ever had hostility. Each is a pure function of the {@link World}'s state
 * (and, for the treaty layers, of which treaties are in force); nothing here needs saving in a
 * checkpoint. Dense n x n arrays at index {@code i * n + j} unless stated. Mutable; owned by one run.
 */
final class Layers {
    private final World w;
    private final int n;

    /** Whether an actor takes part in trade ({@link World#inTradeNetwork}); fixed once the flows are set. */
    final boolean[] tradeNet;
    /**
     * Pairs (i &lt; j, index i * n + j) whose hostility, base hostility or blame has ever been
     * set: every other pair has all of these at zero and stays there, so the hostility rule and
     * the common-enemies term need only these.
     */
    final Sparse hostilePairs;
    /** The logit of {@link Ties#anchor}, kept with it (set through {@link World#setAnchor}). */
    final double[] logitAnchor;

    // treaty layers
    final double[] floor, defense;
    /** Counts the rebuilds of the defense layer, so that what is derived from it can be kept between them. */
    int defenseVersion;
    /** Treaties in force at the last {@link #updateTreatyLayers}, to skip recomputing unchanged layers. */
    private boolean[] treatyInForce = new boolean[0];
    private int treatyLayersFor = -1;

    /** Pressure S by sender (row n is the UN) and target: (n + 1) x n. */
    final double[] pressure;
    /** Blame by the actor a target blames and the target. */
    final double[] blame;
    /** Entries of {@link #pressure} and {@link #blame} written by the last {@link #updatePressure}. */
    final Sparse pressureSet, blameSet;
    /** Whether actor m applies an active regime against target j (j * n + m). */
    final boolean[] senderAgainst;

    /**
     * Observed compliance of the scenario's {@code compliance:} list (MODEL.md 3), keyed by
     * (sender * n + target) * n + third party: 1 or 0 in place of the endogenous p. Fixed once
     * the world is built; usually empty or a handful of entries.
     */
    final java.util.Map<Long, Double> observedCompliance = new java.util.HashMap<>();

    /** Compliance with secondary regimes by sender (row n is the UN); a row counts only where {@code complyUsed}. */
    final double[][] comply;
    final boolean[] complyUsed;
    /** Max compliance of each actor with any secondary regime against each target (target * n + actor). */
    final double[] complyAgainst;
    /** Targets whose rows of {@link #complyAgainst} the last {@link #updateCompliance} wrote. */
    final boolean[] complyTarget;
    /** Sender-target pairs (s * n + i) with a regime active at the month of {@link #activeTargetsAt}. */
    final boolean[] activeTarget;
    private int activeTargetsMonth = Integer.MIN_VALUE;
    private int activeTargetsRegimes = -1;

    /** Trade friction F on every flow. */
    final double[] f;
    /** Whether a flow carries friction from regimes against its exporter (bit 1) or importer (bit 2). */
    final byte[] sanctioned;
    /** Targets whose rows and columns of {@link #f} and {@link #sanctioned} the last {@link #updateFriction} wrote. */
    final boolean[] frictionTarget;

    /**
     * Trade policy (MODEL.md 4), written by {@link TradePolicy#update}: the ad-valorem tariff in
     * force on each flow (averaged over its energy and other parts), the log factor that tariffs
     * and trade agreements put on the flow, the rates on its non-energy and its energy part, and
     * the entries written (every other entry is zero).
     */
    final double[] tariff, tradePolicy, tariffOther, tariffEnergy;
    final Sparse tradePolicySet;

    /** Capability of each actor: the mean of its shares of GDP, population and military spending. */
    final double[] capability;
    /** Mean utility of closer ties of both sides of every pair (MODEL.md 5), filled by the policy phase. */
    final double[] ubar;

    Layers(World w) {
        this.w = w;
        this.n = w.n;
        int nn = n * n;
        tradeNet = new boolean[n];
        hostilePairs = new Sparse(nn);
        logitAnchor = new double[nn];
        floor = new double[nn];
        defense = new double[nn];
        pressure = new double[(n + 1) * n];
        blame = new double[nn];
        pressureSet = new Sparse((n + 1) * n);
        blameSet = new Sparse(nn);
        senderAgainst = new boolean[nn];
        comply = new double[n + 1][n];
        complyUsed = new boolean[n + 1];
        complyAgainst = new double[nn];
        complyTarget = new boolean[n];
        activeTarget = new boolean[nn];
        f = new double[nn];
        sanctioned = new byte[nn];
        frictionTarget = new boolean[n];
        tariff = new double[nn];
        tradePolicy = new double[nn];
        tariffOther = new double[nn];
        tariffEnergy = new double[nn];
        tradePolicySet = new Sparse(nn);
        capability = new double[n];
        ubar = new double[nn];
    }

    void markHostile(int i, int j) {
        if (i != j) hostilePairs.add(Math.min(i, j) * n + Math.max(i, j));
    }

    /** Recomputes every logit of the anchors (after the anchors were copied in bulk). */
    void refreshLogitAnchors() {
        double[] anchor = w.ties.anchor;
        for (int k = 0; k < anchor.length; k++) logitAnchor[k] = Rules.logit(anchor[k]);
    }

    /** Recompute floors and defence levels from the treaties in force at t. */
    void updateTreatyLayers(int t) {
        // the layers depend only on which treaties are in force: skip when that has not changed
        var treaties = w.politics.treaties;
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
        for (Politics.Treaty tr : treaties) {
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
        for (Regime reg : w.politics.regimes) {
            double e = reg.policyIntensity(t);
            if (e <= 0) continue;
            double be = w.p(reg.type.beta()) * e;
            int pk = w.senderRow(reg.sender) * n + reg.target;
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
            for (int m = 0; m < n; m++) if (w.applies(reg, m)) senderAgainst[reg.target * n + m] = true;
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
        for (Regime reg : w.politics.month0Regimes) {
            if (reg.secondary && !complyUsed[w.senderRow(reg.sender)]) complianceRow(reg, t);
        }
        int decay = w.pInt(Param.DECAY_MONTHS);
        for (Regime reg : w.politics.regimes) {
            if (!reg.secondary || reg.policyIntensity(t) <= 0 && reg.tradeIntensity(t, decay) <= 0) continue;
            int row = w.senderRow(reg.sender);
            if (!complyUsed[row]) complianceRow(reg, t);
            double[] c = comply[row];
            complyTarget[reg.target] = true;
            for (int i = 0; i < n; i++) {
                if (w.applies(reg, i) || i == reg.target) continue;
                int k = reg.target * n + i;
                complyAgainst[k] = Math.max(complyAgainst[k], complianceWith(reg.sender, reg.target, i));
            }
        }
        activeTargetsMonth = Integer.MIN_VALUE; // the look-up serves this pass only
    }

    /** Fills the sender's row of {@link #comply} and marks it used. */
    private void complianceRow(Regime reg, int t) {
        double c0 = w.p(Param.COMPLY_BASE), c1 = w.p(Param.COMPLY_ALIGNMENT), c2 = w.p(Param.COMPLY_TRADE);
        int row = w.senderRow(reg.sender);
        double[] c = comply[row];
        Arrays.fill(c, 0);
        complyUsed[row] = true;
        if (reg.isUn()) return;
        int s = reg.sender;
        boolean[] member = w.politics.member;
        double[] a = w.ties.a;
        for (int i = 0; i < n; i++) {
            if (i == s || member[s * n + i] || targetOf(s, i, t)) continue;
            double tt = w.actors.totalTrade(i);
            double share = tt > 0 ? (w.flow(i, s) + w.flow(s, i)) / tt : 0;
            c[i] = Rules.compliance(c0, c1, c2, a[i * n + s], share);
        }
    }

    /** Whether sender s has an active regime against actor i at t. */
    boolean targetOf(int s, int i, int t) {
        if (s >= 0 && t == activeTargetsMonth && w.politics.regimes.size() == activeTargetsRegimes) return activeTarget[s * n + i];
        for (Regime reg : w.politics.regimes) if (reg.sender == s && reg.target == i && reg.activeAt(t)) return true;
        return false;
    }

    /**
     * Fills {@link #activeTarget} for month t, so that {@link #targetOf} is a look-up while the
     * regimes do not change (events run before the policy phase, so within a phase they do not).
     */
    private void activeTargetsAt(int t) {
        Arrays.fill(activeTarget, false);
        for (Regime reg : w.politics.regimes) {
            if (reg.sender >= 0 && reg.activeAt(t)) activeTarget[reg.sender * n + reg.target] = true;
        }
        activeTargetsMonth = t;
        activeTargetsRegimes = w.politics.regimes.size();
    }

    /**
     * Compliance of third party i with sender s's secondary regimes against target j this month:
     * the observed value where the scenario gives one (it wins over the rule, a target of s
     * included), else the rule's p (MODEL.md 3). Zero while s has no secondary regime in force.
     */
    double complianceWith(int s, int j, int i) {
        int row = w.senderRow(s);
        if (!complyUsed[row]) return 0;
        if (!observedCompliance.isEmpty() && s >= 0) {
            Double observed = observedCompliance.get(((long) s * n + j) * n + i);
            if (observed != null) return observed;
        }
        return comply[row][i];
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
        int decay = w.pInt(Param.DECAY_MONTHS);
        double strength = w.p(Param.SECONDARY_STRENGTH);
        for (Regime reg : w.politics.regimes) {
            double e = reg.tradeIntensity(t, decay);
            if (e <= 0 || reg.type == RegimeType.ARMS) continue;
            double be = w.p(reg.type.beta()) * e;
            int tg = reg.target;
            frictionTarget[tg] = true;
            for (int m = 0; m < n; m++) {
                double wt;
                if (w.applies(reg, m)) {
                    wt = 1.0;
                } else if (reg.secondary && reg.type != RegimeType.ENERGY && !reg.isUn() && m != tg) {
                    wt = complianceWith(reg.sender, tg, m) * strength;
                } else {
                    continue;
                }
                if (wt <= 0) continue;
                if (reg.type.actsOnSenderExports()) {
                    f[m * n + tg] += wt * be;
                    sanctioned[m * n + tg] |= 2;
                }
                if (reg.type.actsOnTargetExports()) {
                    f[tg * n + m] += wt * be;
                    sanctioned[tg * n + m] |= 1;
                }
            }
        }
    }

    /** Capability: the mean of the actor's shares of GDP, population and military spending. */
    void updateCapability() {
        double[] gdp = w.actors.gdp, population = w.actors.population, milex = w.actors.milex;
        double sg = 0, sp = 0, sm = 0;
        for (int i = 0; i < n; i++) { sg += gdp[i]; sp += population[i]; sm += milex[i]; }
        for (int i = 0; i < n; i++) {
            double c = (sg > 0 ? gdp[i] / sg : 0) + (sp > 0 ? population[i] / sp : 0) + (sm > 0 ? milex[i] / sm : 0);
            capability[i] = c / 3.0;
        }
    }
}
