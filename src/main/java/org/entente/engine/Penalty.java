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
 * new sender restarts it while a deeper regime of an existing sender does not. A sender's
 * membership begins when its pressure on the target turns positive (for regimes in force at
 * month 0, when the earliest of them began) and ends when its pressure falls to zero, so
 * lifting one of several regimes never restarts a clock. One instance follows one list of
 * regimes through a run; mutable, owned by one run.
 */
final class Penalty {
    private static final int NONE = Integer.MAX_VALUE;

    private final int n;
    /** Episode start of each sender (row) against each target: target * (n + 1) + row. */
    private final int[] memberSince;
    private final int[] secondarySince;
    private final int[] comprehensiveSince;
    private final double[] scratchStrongest, scratchSecondary;
    private final int[] scratchSince, scratchSecondaryStart;
    /** Targets of the regimes of the list last seen (regimes are only ever appended), and its size then. */
    private final boolean[] targeted;
    private List<Regime> seenList;
    private int seenSize = -1;

    Penalty(int n) {
        this.n = n;
        memberSince = new int[n * (n + 1)];
        secondarySince = new int[n * (n + 1)];
        comprehensiveSince = new int[n];
        scratchStrongest = new double[n + 1];
        scratchSince = new int[n + 1];
        scratchSecondary = new double[n + 1];
        scratchSecondaryStart = new int[n + 1];
        targeted = new boolean[n];
        java.util.Arrays.fill(memberSince, NONE);
        java.util.Arrays.fill(secondarySince, NONE);
        java.util.Arrays.fill(comprehensiveSince, NONE);
    }

    /** The largest class penalty (growth points a year) the given regimes put on target j at t. */
    double largestClass(World w, List<Regime> regimes, int j, int t) {
        if (regimes != seenList || regimes.size() != seenSize) {
            java.util.Arrays.fill(targeted, false);
            for (Regime reg : regimes) targeted[reg.target] = true;
            seenList = regimes;
            seenSize = regimes.size();
        }
        // no regime has ever named j: no class, and no episode to keep or forget
        if (!targeted[j]) return 0;
        int rows = n + 1;
        double[] strongest = scratchStrongest;
        int[] since = scratchSince;
        double[] secondary = scratchSecondary;
        int[] secondaryStart = scratchSecondaryStart;
        java.util.Arrays.fill(strongest, 0);
        java.util.Arrays.fill(secondary, 0);
        java.util.Arrays.fill(since, NONE);
        java.util.Arrays.fill(secondaryStart, NONE);
        double comprehensive = 0;
        int comprehensiveStart = NONE;
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
                    comprehensiveStart = Math.min(comprehensiveStart, reg.rampStart);
                }
            } else if (reg.secondary) {
                double v = e * thirdPartyShare(w, reg.sender, j);
                secondary[row] = Math.max(secondary[row], v);
                secondaryStart[row] = Math.min(secondaryStart[row], reg.rampStart);
            }
        }
        // episodes: a start is kept while pressure stays above zero, forgotten when it ends
        int base = j * rows;
        for (int s = 0; s < rows; s++) {
            since[s] = keep(memberSince, base + s, strongest[s] > 0, since[s]);
            secondaryStart[s] = keep(secondarySince, base + s, secondary[s] > 0, secondaryStart[s]);
        }
        comprehensiveStart = keep(comprehensiveSince, j, comprehensive > 0, comprehensiveStart);
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
            multiSince = Math.max(multiSince, secondaryStart[s]);
        }
        if (multi > 0) {
            best = Math.max(best, classPenalty(w, Param.PENALTY_MULTILATERAL, Param.PENALTY_MULTILATERAL_YEARS,
                    multi, multiSince, t));
        }
        if (comprehensive > 0) {
            best = Math.max(best, classPenalty(w, Param.PENALTY_COMPREHENSIVE, Param.PENALTY_COMPREHENSIVE_YEARS,
                    comprehensive, comprehensiveStart, t));
        }
        return best;
    }

    private static int keep(int[] store, int k, boolean active, int startNow) {
        if (!active) {
            store[k] = NONE;
            return NONE;
        }
        if (store[k] == NONE) store[k] = startNow;
        return store[k];
    }

    private static double classPenalty(World w, Param points, Param years, double intensity, int since, int t) {
        double months = w.p(years) * 12;
        return t - since < months ? w.p(points) * intensity : 0;
    }

    /** Compliance-weighted share of j's month-0 trade conducted by third parties of sender s. */
    static double thirdPartyShare(World w, int s, int j) {
        int n = w.n;
        double total = w.actors.exports0[j] + w.actors.imports0[j];
        if (total <= 0) return 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i == j) continue;
            double p = w.layers.complianceWith(s, j, i);
            if (p > 0) sum += p * (w.ties.x0[i * n + j] + w.ties.x0[j * n + i]);
        }
        return sum / total;
    }
}
