package org.entente.engine;

import org.entente.model.Param;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 1 of a step (MODEL.md 2 and 5): treaty layers, sanction pressure and compliance, then
 * alignment moves toward its utility-implied target, hostility toward its resentment target,
 * and the optional escalation rule raises regimes.
 */
final class PolicyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    // Working memory of the utility pass, allocated once so that a step allocates nothing per pair.
    /**
     * The products behind the common-enemies and common-sanctioners terms (MODEL.md 5), pair
     * i &lt; j at i * n + j: 1 wherever no factor applies; the entries written are in the sets.
     */
    private final double[] threatKeep, sanctionKeep;
    private final Sparse threatSet, sanctionSet;
    /** Adjacency lists in compressed form: start offsets (one more than the lists) and entries. */
    private final int[] enemyStart, enemyList, senderStart, senderList, cursor;
    /**
     * Ideological closeness 1 - |ideal_i - ideal_j| / range of each pair (i &lt; j), valid for the
     * ideal points in {@link #ideologyFor}: they change only through events, so it is recomputed
     * when they differ.
     */
    private final double[] ideology, ideologyFor;
    private boolean ideologyValid;
    /** Secondary-sanction risk K (i * n + j); only the columns of {@link #riskTarget} can be non-zero. */
    private final double[] risk;
    private final boolean[] riskTarget;
    /** Each actor's total trade, read once per pass. */
    private final double[] total;
    /** The order in which pairs move, drawn each month. */
    private final int[] order;

    /** A policy phase for a world of n actors. */
    PolicyPhase(int n) {
        int nn = n * n;
        threatKeep = new double[nn];
        sanctionKeep = new double[nn];
        java.util.Arrays.fill(threatKeep, 1.0);
        java.util.Arrays.fill(sanctionKeep, 1.0);
        threatSet = new Sparse(nn);
        sanctionSet = new Sparse(nn);
        enemyStart = new int[n + 1];
        enemyList = new int[nn];
        senderStart = new int[n + 2];
        senderList = new int[(n + 1) * n];
        cursor = new int[n + 1];
        ideology = new double[nn];
        ideologyFor = new double[n];
        risk = new double[nn];
        riskTarget = new boolean[n];
        total = new double[n];
        order = new int[n];
    }

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        w.layers.updateTreatyLayers(t);
        w.layers.updatePressure(t);
        w.layers.updateCompliance(t);
        computeUtility(w, t);
        reanchorPending(w);
        moveAlignment(sim, w);
        moveHostility(w);
        escalate(sim, w, t);
    }

    /**
     * Fills {@code w.layers.ubar} with the mean utility of closer ties of both sides of every pair
     * (MODEL.md 5). Common enemies and common sanctioners come from the sparse hostility and
     * pressure layers: for each third actor k, the actors hostile to k (for each sender, the
     * actors it presses) form a short list, and only the pairs within a list get a factor. The
     * products take their factors in ascending k (sender), as a loop over k for each pair would,
     * so the work grows with the number of pairs plus the squares of these short lists, not
     * with n cubed.
     */
    void computeUtility(World w, int t) {
        int n = w.n;
        double wThreat = w.p(Param.W_THREAT), wSanction = w.p(Param.W_SANCTION), wTrade = w.p(Param.W_TRADE);
        double wIdeology = w.p(Param.W_IDEOLOGY), wRisk = w.p(Param.W_RISK), wHostility = w.p(Param.W_HOSTILITY);
        double strength = w.p(Param.SECONDARY_STRENGTH);
        double[] h = w.ties.h;

        // common enemies: keep_ij = prod over k (ascending) hostile to both of (1 - H_ik H_jk)
        for (int q = 0; q < threatSet.size; q++) threatKeep[threatSet.list[q]] = 1.0;
        threatSet.clear();
        // the actors i with H_ik > 0, for each k: enemyList[enemyStart[k] .. enemyStart[k + 1])
        int[] start = enemyStart, enemies = enemyList;
        java.util.Arrays.fill(start, 0);
        Sparse pairs = w.layers.hostilePairs;
        for (int q = 0; q < pairs.size; q++) {
            int p = pairs.list[q], a = p / n, b = p % n;
            if (h[a * n + b] > 0) start[b + 1]++;
            if (h[b * n + a] > 0) start[a + 1]++;
        }
        for (int k = 0; k < n; k++) start[k + 1] += start[k];
        int[] fill = cursor;
        System.arraycopy(start, 0, fill, 0, n);
        for (int q = 0; q < pairs.size; q++) {
            int p = pairs.list[q], a = p / n, b = p % n;
            if (h[a * n + b] > 0) enemies[fill[b]++] = a;
            if (h[b * n + a] > 0) enemies[fill[a]++] = b;
        }
        for (int k = 0; k < n; k++) {
            int from = start[k], to = start[k + 1];
            sortRange(enemies, from, to);
            for (int x = from; x < to; x++) {
                int i = enemies[x];
                double hik = h[i * n + k];
                for (int y = x + 1; y < to; y++) {
                    int j = enemies[y];
                    int ij = i * n + j;
                    threatKeep[ij] *= 1 - hik * h[j * n + k];
                    threatSet.add(ij);
                }
            }
        }

        // common sanctioners: keep_ij = prod over senders s (ascending) pressing both of (1 - S_si S_sj)
        for (int q = 0; q < sanctionSet.size; q++) sanctionKeep[sanctionSet.list[q]] = 1.0;
        sanctionSet.clear();
        int[] sStart = senderStart, targets = senderList;
        java.util.Arrays.fill(sStart, 0);
        Sparse pressed = w.layers.pressureSet;
        double[] pressure = w.layers.pressure;
        for (int q = 0; q < pressed.size; q++) {
            int p = pressed.list[q];
            if (pressure[p] > 0) sStart[p / n + 1]++;
        }
        for (int s = 0; s <= n; s++) sStart[s + 1] += sStart[s];
        int cursor = 0;
        for (int q = 0; q < pressed.size; q++) {
            int p = pressed.list[q];
            if (pressure[p] > 0) targets[cursor++] = p;
        }
        // group the entries by sender row (their index is row * n + target, so sorting them does both)
        java.util.Arrays.sort(targets, 0, cursor);
        for (int s = 0; s <= n; s++) {
            int base = s * n;
            for (int x = sStart[s]; x < sStart[s + 1]; x++) {
                int i = targets[x] - base;
                double si = pressure[base + i];
                for (int y = x + 1; y < sStart[s + 1]; y++) {
                    int j = targets[y] - base;
                    int ij = i * n + j;
                    sanctionKeep[ij] *= 1 - si * pressure[base + j];
                    sanctionSet.add(ij);
                }
            }
        }

        // secondary-sanction risk, by column (target)
        for (int j = 0; j < n; j++) {
            if (!riskTarget[j]) continue;
            riskTarget[j] = false;
            for (int i = 0; i < n; i++) risk[i * n + j] = 0;
        }
        for (Regime reg : w.politics.regimes) {
            if (!reg.secondary || reg.isUn() || reg.policyIntensity(t) <= 0) continue;
            int j = reg.target;
            riskTarget[j] = true;
            double s = pressure[w.senderRow(reg.sender) * n + j];
            for (int i = 0; i < n; i++) {
                if (i == j || w.applies(reg, i)) continue;
                double k = w.layers.complianceWith(reg.sender, j, i) * s * strength;
                if (k > risk[i * n + j]) risk[i * n + j] = k;
            }
        }

        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, w.actors.idealPoint[i]);
            hi = Math.max(hi, w.actors.idealPoint[i]);
        }
        double range = hi - lo;
        double[] closeness = ideology(w, range);

        for (int i = 0; i < n; i++) total[i] = w.actors.totalTrade(i);
        double[] x = w.ties.x, oilAdj = w.ties.oilAdj, ubar = w.layers.ubar;
        boolean[] net = w.layers.tradeNet;
        for (int i = 0; i < n; i++) {
            double tti = total[i];
            boolean tradesI = net[i];
            for (int j = i + 1; j < n; j++) {
                int ij = i * n + j, ji = j * n + i;
                double threat = 1 - threatKeep[ij];
                double sanction = 1 - sanctionKeep[ij];
                double minTrade = Math.min(tti, total[j]);
                boolean traders = tradesI && net[j];
                double tradeDep = traders && minTrade > 0 ? ((x[ij] + oilAdj[ij]) + (x[ji] + oilAdj[ji])) / minTrade : 0;
                double symmetric = wThreat * threat + wSanction * sanction + wTrade * tradeDep
                        + wIdeology * closeness[ij] - wHostility * h[ij];
                // risk lies only in the columns of secondary targets; elsewhere both entries are 0 and so is the term
                double u = riskTarget[i] || riskTarget[j] ? symmetric - wRisk * (risk[ij] + risk[ji]) / 2 : symmetric - 0.0;
                ubar[ij] = u;
                ubar[ji] = u;
            }
        }
    }

    /**
     * Ideological closeness of every pair i &lt; j, 1 - |ideal_i - ideal_j| / range (1 when all
     * ideal points are equal), kept while the ideal points stay those it was computed for.
     */
    private double[] ideology(World w, double range) {
        int n = w.n;
        double[] ideal = w.actors.idealPoint, cached = ideology;
        boolean same = ideologyValid;
        for (int i = 0; same && i < n; i++) same = Double.compare(ideal[i], ideologyFor[i]) == 0;
        if (same) return cached;
        for (int i = 0; i < n; i++) {
            double ideali = ideal[i];
            for (int j = i + 1; j < n; j++) cached[i * n + j] = range > 0 ? 1 - Math.abs(ideali - ideal[j]) / range : 1;
        }
        System.arraycopy(ideal, 0, ideologyFor, 0, n);
        ideologyValid = true;
        return cached;
    }

    /** Insertion sort of a short range of indices. */
    private static void sortRange(int[] a, int from, int to) {
        for (int x = from + 1; x < to; x++) {
            int v = a[x];
            int y = x - 1;
            while (y >= from && a[y] > v) {
                a[y + 1] = a[y];
                y--;
            }
            a[y + 1] = v;
        }
    }

    /** Pairs whose ties an event reset: the utility now becomes their new anchor. */
    private static void reanchorPending(World w) {
        double gamma = w.p(Param.ALIGNMENT_GAIN), u0 = w.p(Param.ALIGNMENT_THRESHOLD);
        for (int k = 0; k < w.ties.reanchor.length; k++) {
            if (!w.ties.reanchor[k]) continue;
            w.ties.reanchor[k] = false;
            double level = Math.max(w.layers.floor[k], Rules.sigmoid(gamma * (w.layers.ubar[k] - u0)));
            w.setAnchor(k, level);
            w.ties.ubar0[k] = w.layers.ubar[k];
            w.ties.a[k] = level;
        }
    }

    /** A(t+1) = clamp(A + kappa (A* - A) + s N(0,1), floor, 1), pairs visited in a drawn order. */
    private void moveAlignment(EntenteSim sim, World w) {
        int n = w.n;
        double gamma = w.p(Param.ALIGNMENT_GAIN), kappa = w.p(Param.ALIGNMENT_RATE), noise = w.p(Param.ALIGNMENT_NOISE);
        sim.drawOrder(order);
        double[] a = w.ties.a, logitAnchor = w.layers.logitAnchor, ubar = w.layers.ubar, ubar0 = w.ties.ubar0, floor = w.layers.floor;
        ec.util.MersenneTwisterFast random = sim.random;
        for (int x = 0; x < n; x++) {
            int i = order[x];
            for (int y = x + 1; y < n; y++) {
                int j = order[y];
                int ij = i * n + j;
                // A* = sigma(logit(A0) + gamma (U - U0)) (Rules.alignmentTarget), the logit of the anchor kept with it
                double target = Rules.sigmoid(logitAnchor[ij] + gamma * (ubar[ij] - ubar0[ij]));
                double next = a[ij] + kappa * (target - a[ij]) + noise * random.nextGaussian();
                next = Rules.clamp(next, Math.max(0, floor[ij]), 1);
                a[ij] = next;
                a[j * n + i] = next;
            }
        }
    }

    /**
     * Hostility moves at the alignment rate toward max(base, resentment of either side). Only
     * pairs with some hostility, base or blame ever set can move (for any other pair every input
     * is zero and so is the result), so only those are visited; each pair's update is on its own.
     */
    private static void moveHostility(World w) {
        int n = w.n;
        double kappa = w.p(Param.ALIGNMENT_RATE), rho = w.p(Param.SANCTION_RESENTMENT);
        Sparse pairs = w.layers.hostilePairs;
        for (int q = 0; q < pairs.size; q++) {
            int ij = pairs.list[q], i = ij / n, j = ij % n, ji = j * n + i;
            if (w.ties.war[ij]) continue;
            double target = Math.max(
                    Rules.resentmentTarget(w.ties.hbase[ij], rho, w.layers.blame[ji], w.ties.blame0[ji], w.ties.h0[ij]),
                    Rules.resentmentTarget(w.ties.hbase[ij], rho, w.layers.blame[ij], w.ties.blame0[ij], w.ties.h0[ij]));
            double next = w.ties.h[ij] + kappa * (target - w.ties.h[ij]);
            w.ties.h[ij] = next;
            w.ties.h[ji] = next;
        }
    }

    /**
     * Escalation rule (MODEL.md 3, off while {@code escalation_step} is 0): a sender raises a
     * regime by one step each time the target's summed hostility toward the sender's treaty
     * allies has risen by {@code escalation_trigger} since the regime's last step up (or since
     * the rule first looked at it).
     */
    private static void escalate(EntenteSim sim, World w, int t) {
        double step = w.p(Param.ESCALATION_STEP), trigger = w.p(Param.ESCALATION_TRIGGER);
        if (step <= 0) return;
        int n = w.n;
        for (Regime reg : w.politics.regimes) {
            if (reg.isUn() || !reg.activeAt(t)) continue;
            double now = 0;
            for (int k = 0; k < n; k++) {
                if (k == reg.sender || k == reg.target || w.layers.defense[reg.sender * n + k] <= 0) continue;
                now += w.ties.h[reg.target * n + k];
            }
            if (Double.isNaN(reg.escalationBase)) reg.escalationBase = now;
            if (now - reg.escalationBase >= trigger && reg.intensity < 1) {
                reg.escalationBase = now;
                double old = reg.intensity;
                reg.intensity = Math.min(1, reg.intensity + step);
                sim.logEvent("escalation", w.ids[reg.sender] + ";" + w.ids[reg.target],
                        reg.type.key() + " intensity " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(reg.intensity));
            }
        }
    }
}
