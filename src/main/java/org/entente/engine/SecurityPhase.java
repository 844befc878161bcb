package org.entente.engine;

import org.entente.model.Param;
import org.entente.model.RegimeType;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 4 of a step (MODEL.md 7): arms transfers from suppliers to threatened or fighting
 * partners, localisation of flows begun after month 0, capability, and stability.
 */
final class SecurityPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    // Working memory, allocated once so that a step allocates nothing per pair.
    /** Yearly arms each supplier allocates each recipient this month (s * n + r). */
    private final double[] armsAlloc;
    /** Rows of {@link #armsAlloc} written by the last allocation. */
    private final boolean[] allocRow;
    private final boolean[] atWar, threatened;
    private final double[] weight;

    /** A security phase for a world of n actors. */
    SecurityPhase(int n) {
        armsAlloc = new double[n * n];
        allocRow = new boolean[n];
        atWar = new boolean[n];
        threatened = new boolean[n];
        weight = new double[n];
    }

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        armsFlows(w, t);
        w.layers.updateCapability();
        stability(w, t);
    }

    /** Yearly arms each supplier gives each recipient this month under the rule of MODEL.md 7. */
    double[] allocate(World w, int t) {
        int n = w.n;
        double[] alloc = armsAlloc;
        for (int s = 0; s < n; s++) {
            if (!allocRow[s]) continue;
            allocRow[s] = false;
            java.util.Arrays.fill(alloc, s * n, s * n + n, 0);
        }
        double share = w.p(Param.ARMS_BUDGET_SHARE), min = w.p(Param.ARMS_ALIGNMENT_MIN);
        java.util.Arrays.fill(threatened, false);
        double threatH = w.p(Param.THREAT_HOSTILITY), ratio = w.p(Param.THREAT_CAPABILITY_RATIO);
        for (int i = 0; i < n; i++) atWar[i] = w.atWar(i);
        if (threatH > 0) {
            // hostility at or above a positive threshold lies on the pairs with hostility ever set
            Sparse pairs = w.layers.hostilePairs;
            for (int q = 0; q < pairs.size; q++) {
                int p = pairs.list[q], a = p / n, b = p % n;
                if (w.ties.h[a * n + b] >= threatH && w.layers.capability[b] >= ratio * w.layers.capability[a]) threatened[a] = true;
                if (w.ties.h[b * n + a] >= threatH && w.layers.capability[a] >= ratio * w.layers.capability[b]) threatened[b] = true;
            }
        } else {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    if (k != i && w.ties.h[i * n + k] >= threatH && w.layers.capability[k] >= ratio * w.layers.capability[i]) {
                        threatened[i] = true;
                        break;
                    }
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (!w.actors.armsSupplier[s] || atWar[s]) continue;
            double budget = share * w.actors.milex[s];
            if (budget <= 0) continue;
            double sum = 0;
            double[] wt = weight;
            java.util.Arrays.fill(wt, 0);
            for (int r = 0; r < n; r++) {
                if (r == s || !(atWar[r] || threatened[r]) || armsBlocked(w, s, r, t)) continue;
                wt[r] = Rules.armsWeight(w.ties.a[s * n + r], min);
                sum += wt[r];
            }
            if (sum <= 0) continue;
            allocRow[s] = true;
            w.ties.armsRow[s] = true;
            for (int r = 0; r < n; r++) if (wt[r] > 0) alloc[s * n + r] = budget * wt[r] / sum;
        }
        return alloc;
    }

    /** Whether an arms regime of either party against the other (or a UN arms regime they apply) blocks the flow. */
    static boolean armsBlocked(World w, int s, int r, int t) {
        for (Regime reg : w.politics.regimes) {
            if (reg.type != RegimeType.ARMS || reg.policyIntensity(t) <= 0) continue;
            if (reg.target == r && w.applies(reg, s)) return true;
            if (reg.target == s && w.applies(reg, r)) return true;
        }
        return false;
    }

    /**
     * Flows present at month 0 follow the rule as part of the steady state. A flow that starts
     * later is made locally after {@code localisation_months}: it declines linearly to zero over
     * {@code localisation_decline_months}, and the recipient's military spending keeps the
     * localised part as home production.
     */
    void armsFlows(World w, int t) {
        int n = w.n;
        double[] alloc = allocate(w, t);
        double loc = w.p(Param.LOCALISATION_MONTHS), decline = w.p(Param.LOCALISATION_DECLINE_MONTHS);
        int[] armsStart = w.ties.armsStart;
        double[] arms = w.ties.arms, armsLocal = w.ties.armsLocal, homeProduction = w.actors.homeProduction;
        java.util.Arrays.fill(homeProduction, 0);
        // rows of actors that never allocated arms hold zeros only
        for (int s = 0; s < n; s++) {
            if (!w.ties.armsRow[s]) continue;
            for (int r = 0; r < n; r++) {
                int k = s * n + r;
                double v = alloc[k];
                if (armsStart[k] == Integer.MIN_VALUE && v > 0) armsStart[k] = t;
                double local = 0;
                if (armsStart[k] != Integer.MIN_VALUE && armsStart[k] >= 0 && v > 0) {
                    double age = t - armsStart[k];
                    double kept = age < loc ? 1 : Math.max(0, 1 - (age - loc + 1) / decline);
                    local = v * (1 - kept);
                    v *= kept;
                }
                arms[k] = v;
                armsLocal[k] = local;
                homeProduction[r] += local;
            }
        }
    }

    /** s += rate (g - trend) / 100 - sanction_effect x (year-on-year change of sanctioned share) / 12. */
    private static void stability(World w, int t) {
        double rate = w.p(Param.STABILITY_RATE), sanction = w.p(Param.STABILITY_SANCTION);
        double[] lag = w.actors.stsLag.at(t);
        for (int i = 0; i < w.n; i++) {
            double next = w.actors.stability[i] + rate * (w.actors.growth[i] - w.actors.trend[i]) / 100 - sanction * (w.actors.sts[i] - lag[i]) / 12;
            w.actors.stability[i] = Rules.clamp(next, 0, 1);
        }
        w.actors.stsLag.store(t, w.actors.sts);
    }
}
