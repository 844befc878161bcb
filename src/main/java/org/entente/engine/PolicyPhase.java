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

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        w.updateTreatyLayers(t);
        w.updatePressure(t);
        w.updateCompliance(t);
        computeUtility(w, t);
        reanchorPending(w);
        moveAlignment(sim, w);
        moveHostility(w);
        escalate(sim, w, t);
    }

    /**
     * Fills {@code w.ubar} with the mean utility of closer ties of both sides of every pair
     * (MODEL.md 5). Common enemies and common sanctioners come from the sparse hostility and
     * pressure layers, so the work grows with the number of pairs times the few non-zero
     * entries, not with n cubed.
     */
    static void computeUtility(World w, int t) {
        int n = w.n;
        double wThreat = w.p(Param.W_THREAT), wSanction = w.p(Param.W_SANCTION), wTrade = w.p(Param.W_TRADE);
        double wIdeology = w.p(Param.W_IDEOLOGY), wRisk = w.p(Param.W_RISK), wHostility = w.p(Param.W_HOSTILITY);
        double strength = w.p(Param.SECONDARY_STRENGTH);

        // each actor's rivals (hostility above 0), as one compressed list: w.enemyList[w.enemyStart[i] .. w.enemyStart[i + 1])
        int[] start = w.enemyStart, enemies = w.enemyList;
        int fill = 0;
        for (int i = 0; i < n; i++) {
            start[i] = fill;
            for (int k = 0; k < n; k++) if (k != i && w.h[i * n + k] > 0) enemies[fill++] = k;
        }
        start[n] = fill;

        double[] commonSanction = w.scratchPairsA;
        java.util.Arrays.fill(commonSanction, 1.0);
        for (int s = 0; s <= n; s++) {
            int base = s * n;
            for (int i = 0; i < n; i++) {
                double si = w.pressure[base + i];
                if (si <= 0) continue;
                for (int j = i + 1; j < n; j++) {
                    double sj = w.pressure[base + j];
                    if (sj > 0) commonSanction[i * n + j] *= 1 - si * sj;
                }
            }
        }

        double[] risk = w.scratchPairsB;
        java.util.Arrays.fill(risk, 0);
        for (Regime reg : w.regimes) {
            if (!reg.secondary || reg.isUn() || reg.policyIntensity(t) <= 0) continue;
            int j = reg.target;
            double s = w.pressure[w.senderRow(reg.sender) * n + j];
            for (int i = 0; i < n; i++) {
                if (i == j || w.applies(reg, i)) continue;
                double k = w.complianceWith(reg.sender, i) * s * strength;
                if (k > risk[i * n + j]) risk[i * n + j] = k;
            }
        }

        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, w.idealPoint[i]);
            hi = Math.max(hi, w.idealPoint[i]);
        }
        double range = hi - lo;

        for (int i = 0; i < n; i++) {
            double tti = w.totalTrade(i);
            for (int j = i + 1; j < n; j++) {
                int ij = i * n + j, ji = j * n + i;
                double keep = 1.0;
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int k = enemies[e];
                    if (k == j) continue;
                    double hj = w.h[j * n + k];
                    if (hj > 0) keep *= 1 - w.h[i * n + k] * hj;
                }
                double threat = 1 - keep;
                double sanction = 1 - commonSanction[ij];
                double minTrade = Math.min(tti, w.totalTrade(j));
                boolean traders = w.inTradeNetwork(i) && w.inTradeNetwork(j);
                double tradeDep = traders && minTrade > 0 ? (w.flow(i, j) + w.flow(j, i)) / minTrade : 0;
                double ideology = range > 0 ? 1 - Math.abs(w.idealPoint[i] - w.idealPoint[j]) / range : 1;
                double symmetric = wThreat * threat + wSanction * sanction + wTrade * tradeDep
                        + wIdeology * ideology - wHostility * w.h[ij];
                double u = symmetric - wRisk * (risk[ij] + risk[ji]) / 2;
                w.ubar[ij] = u;
                w.ubar[ji] = u;
            }
        }
    }

    /** Pairs whose ties an event reset: the utility now becomes their new anchor. */
    private static void reanchorPending(World w) {
        double gamma = w.p(Param.ALIGNMENT_GAIN), u0 = w.p(Param.ALIGNMENT_THRESHOLD);
        for (int k = 0; k < w.reanchor.length; k++) {
            if (!w.reanchor[k]) continue;
            w.reanchor[k] = false;
            double level = Math.max(w.floor[k], Rules.sigmoid(gamma * (w.ubar[k] - u0)));
            w.anchor[k] = level;
            w.ubar0[k] = w.ubar[k];
            w.a[k] = level;
        }
    }

    /** A(t+1) = clamp(A + kappa (A* - A) + s N(0,1), floor, 1), pairs visited in a drawn order. */
    private static void moveAlignment(EntenteSim sim, World w) {
        int n = w.n;
        double gamma = w.p(Param.ALIGNMENT_GAIN), kappa = w.p(Param.ALIGNMENT_RATE), noise = w.p(Param.ALIGNMENT_NOISE);
        int[] order = sim.drawOrder(n);
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                int i = order[x], j = order[y];
                int ij = i * n + j;
                double target = Rules.alignmentTarget(w.anchor[ij], gamma, w.ubar[ij], w.ubar0[ij]);
                double next = w.a[ij] + kappa * (target - w.a[ij]) + noise * sim.random.nextGaussian();
                next = Rules.clamp(next, Math.max(0, w.floor[ij]), 1);
                w.a[ij] = next;
                w.a[j * n + i] = next;
            }
        }
    }

    /** Hostility moves at the alignment rate toward max(base, resentment of either side). */
    private static void moveHostility(World w) {
        int n = w.n;
        double kappa = w.p(Param.ALIGNMENT_RATE), rho = w.p(Param.SANCTION_RESENTMENT);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int ij = i * n + j, ji = j * n + i;
                if (w.war[ij]) continue;
                double target = Math.max(
                        Rules.resentmentTarget(w.hbase[ij], rho, w.blame[ji], w.blame0[ji], w.h0[ij]),
                        Rules.resentmentTarget(w.hbase[ij], rho, w.blame[ij], w.blame0[ij], w.h0[ij]));
                double next = w.h[ij] + kappa * (target - w.h[ij]);
                w.h[ij] = next;
                w.h[ji] = next;
            }
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
        for (Regime reg : w.regimes) {
            if (reg.isUn() || !reg.activeAt(t)) continue;
            double now = 0;
            for (int k = 0; k < n; k++) {
                if (k == reg.sender || k == reg.target || w.defense[reg.sender * n + k] <= 0) continue;
                now += w.h[reg.target * n + k];
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
