package org.entente.engine;

import java.util.List;

import org.entente.model.Param;
import org.entente.model.RegimeType;

/**
 * The sanction growth penalty classes of MODEL.md section 6. For a target at month t, each
 * sender's strongest effective intensity (non-arms regimes) and the month its current episode
 * began define three classes: unilateral (one sender), multilateral (the UN or two or more
 * senders; a secondary regime also counts, at its intensity times the compliance-weighted
 * share of the target's month-0 trade with third parties) and comprehensive (a UN
 * trade_complete regime). A class's clock runs from the latest start among its members, so a
 * new sender restarts it while a deeper regime of an existing sender does not.
 */
final class Penalty {
    private Penalty() { }

    /** The largest class penalty (growth points a year) the given regimes put on target j at t. */
    static double largestClass(World w, List<Regime> regimes, int j, int t) {
        int n = w.n;
        int rows = n + 1;
        double[] strongest = new double[rows];
        int[] since = new int[rows];
        double[] secondary = new double[rows];
        int[] secondarySince = new int[rows];
        java.util.Arrays.fill(since, Integer.MAX_VALUE);
        java.util.Arrays.fill(secondarySince, Integer.MAX_VALUE);
        double comprehensive = 0;
        int comprehensiveSince = Integer.MAX_VALUE;
        boolean un = false;
        for (Regime reg : regimes) {
            if (reg.target != j || reg.type == RegimeType.ARMS) continue;
            double e = reg.policyIntensity(t);
            if (e <= 0) continue;
            int row = w.senderRow(reg.sender);
            strongest[row] = Math.max(strongest[row], e);
            since[row] = Math.min(since[row], reg.rampStart);
            if (reg.isUn()) {
                un = true;
                if (reg.type == RegimeType.TRADE_COMPLETE && e > comprehensive) {
                    comprehensive = e;
                    comprehensiveSince = Math.min(comprehensiveSince, reg.rampStart);
                }
            } else if (reg.secondary) {
                double v = e * thirdPartyShare(w, reg.sender, j);
                secondary[row] = Math.max(secondary[row], v);
                secondarySince[row] = Math.min(secondarySince[row], reg.rampStart);
            }
        }
        int senders = 0;
        double sum = 0;
        int latest = Integer.MIN_VALUE;
        int only = -1;
        for (int s = 0; s < rows; s++) {
            if (strongest[s] <= 0) continue;
            senders++;
            sum += strongest[s];
            latest = Math.max(latest, since[s]);
            only = s;
        }
        double best = 0;
        if (senders == 1 && !un) {
            best = Math.max(best, classPenalty(w, Param.PENALTY_UNILATERAL, Param.PENALTY_UNILATERAL_YEARS,
                    strongest[only], since[only], t));
        }
        double multi = 0;
        int multiSince = Integer.MIN_VALUE;
        if (senders >= 2 || un) {
            multi = sum / senders;
            multiSince = latest;
        }
        for (int s = 0; s < rows; s++) {
            if (secondary[s] <= 0) continue;
            if (secondary[s] > multi) multi = secondary[s];
            multiSince = Math.max(multiSince, secondarySince[s]);
        }
        if (multi > 0) {
            best = Math.max(best, classPenalty(w, Param.PENALTY_MULTILATERAL, Param.PENALTY_MULTILATERAL_YEARS,
                    multi, multiSince, t));
        }
        if (comprehensive > 0) {
            best = Math.max(best, classPenalty(w, Param.PENALTY_COMPREHENSIVE, Param.PENALTY_COMPREHENSIVE_YEARS,
                    comprehensive, comprehensiveSince, t));
        }
        return best;
    }

    private static double classPenalty(World w, Param points, Param years, double intensity, int since, int t) {
        double months = w.p(years) * 12;
        return t - since < months ? w.p(points) * intensity : 0;
    }

    /** Compliance-weighted share of j's month-0 trade conducted by third parties of sender s. */
    static double thirdPartyShare(World w, int s, int j) {
        int n = w.n;
        double total = w.exports0[j] + w.imports0[j];
        if (total <= 0) return 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i == j) continue;
            double p = w.complianceWith(s, i);
            if (p > 0) sum += p * (w.x0[i * n + j] + w.x0[j * n + i]);
        }
        return sum / total;
    }
}
