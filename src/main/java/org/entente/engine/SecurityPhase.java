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

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        armsFlows(w, t);
        w.updateCapability();
        stability(w, t);
    }

    /** Yearly arms each supplier gives each recipient this month under the rule of MODEL.md 7. */
    static double[] allocate(World w, int t) {
        int n = w.n;
        double[] alloc = w.armsAlloc;
        for (int s = 0; s < n; s++) {
            if (!w.allocRow[s]) continue;
            w.allocRow[s] = false;
            java.util.Arrays.fill(alloc, s * n, s * n + n, 0);
        }
        double share = w.p(Param.ARMS_BUDGET_SHARE), min = w.p(Param.ARMS_ALIGNMENT_MIN);
        boolean[] atWar = w.flagA;
        boolean[] threatened = w.flagB;
        java.util.Arrays.fill(threatened, false);
        double threatH = w.p(Param.THREAT_HOSTILITY), ratio = w.p(Param.THREAT_CAPABILITY_RATIO);
        for (int i = 0; i < n; i++) atWar[i] = w.atWar(i);
        if (threatH > 0) {
            // hostility at or above a positive threshold lies on the pairs with hostility ever set
            World.Sparse pairs = w.hostilePairs;
            for (int q = 0; q < pairs.size; q++) {
                int p = pairs.list[q], a = p / n, b = p % n;
                if (w.h[a * n + b] >= threatH && w.capability[b] >= ratio * w.capability[a]) threatened[a] = true;
                if (w.h[b * n + a] >= threatH && w.capability[a] >= ratio * w.capability[b]) threatened[b] = true;
            }
        } else {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    if (k != i && w.h[i * n + k] >= threatH && w.capability[k] >= ratio * w.capability[i]) {
                        threatened[i] = true;
                        break;
                    }
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (!w.armsSupplier[s] || atWar[s]) continue;
            double budget = share * w.milex[s];
            if (budget <= 0) continue;
            double sum = 0;
            double[] wt = w.scratchA;
            java.util.Arrays.fill(wt, 0);
            for (int r = 0; r < n; r++) {
                if (r == s || !(atWar[r] || threatened[r]) || armsBlocked(w, s, r, t)) continue;
                wt[r] = Rules.armsWeight(w.a[s * n + r], min);
                sum += wt[r];
            }
            if (sum <= 0) continue;
            w.allocRow[s] = true;
            w.armsRow[s] = true;
            for (int r = 0; r < n; r++) if (wt[r] > 0) alloc[s * n + r] = budget * wt[r] / sum;
        }
        return alloc;
    }

    /** Whether an arms regime of either party against the other (or a UN arms regime they apply) blocks the flow. */
    static boolean armsBlocked(World w, int s, int r, int t) {
        for (Regime reg : w.regimes) {
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
    static void armsFlows(World w, int t) {
        int n = w.n;
        double[] alloc = allocate(w, t);
        double loc = w.p(Param.LOCALISATION_MONTHS), decline = w.p(Param.LOCALISATION_DECLINE_MONTHS);
        java.util.Arrays.fill(w.homeProduction, 0);
        // rows of actors that never allocated arms hold zeros only
        for (int s = 0; s < n; s++) {
            if (!w.armsRow[s]) continue;
            for (int r = 0; r < n; r++) {
                int k = s * n + r;
                double v = alloc[k];
                if (w.armsStart[k] == Integer.MIN_VALUE && v > 0) w.armsStart[k] = t;
                double local = 0;
                if (w.armsStart[k] != Integer.MIN_VALUE && w.armsStart[k] >= 0 && v > 0) {
                    double age = t - w.armsStart[k];
                    double kept = age < loc ? 1 : Math.max(0, 1 - (age - loc + 1) / decline);
                    local = v * (1 - kept);
                    v *= kept;
                }
                w.arms[k] = v;
                w.armsLocal[k] = local;
                w.homeProduction[r] += local;
            }
        }
    }

    /** s += rate (g - trend) / 100 - sanction_effect x (year-on-year change of sanctioned share) / 12. */
    private static void stability(World w, int t) {
        double rate = w.p(Param.STABILITY_RATE), sanction = w.p(Param.STABILITY_SANCTION);
        double[] lag = w.stsLag.at(t);
        for (int i = 0; i < w.n; i++) {
            double next = w.stability[i] + rate * (w.growth[i] - w.trend[i]) / 100 - sanction * (w.sts[i] - lag[i]) / 12;
            w.stability[i] = Rules.clamp(next, 0, 1);
        }
        w.stsLag.store(t, w.sts);
    }
}
