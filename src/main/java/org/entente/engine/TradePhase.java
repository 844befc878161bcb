package org.entente.engine;

import java.util.Arrays;

import org.entente.model.Param;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2 of a step (MODEL.md 4): frictions, the income reference path, trade diversion by
 * targets, and the partial adjustment of every flow toward its target ratio.
 */
final class TradePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    // Working memory, allocated once so that a step allocates nothing per pair.
    private final double[] incomeFactor, weightScratch, amountScratch, capScratch;
    /** Diverted trade D of this month (i * n + j), and the entries written. */
    final double[] diversion;
    private final Sparse diversionSet;
    /**
     * The trade target exp(alpha (A - A0)) of a pair without new frictions, computed for i &lt; j
     * and kept for j &gt; i in the same month ({@link #targetStamp} says which month), since A is
     * symmetric and the argument is then the same number.
     */
    private final double[] targetCache;
    private final int[] targetStamp;
    private int targetMonth;

    /** A trade phase for a world of n actors. */
    TradePhase(int n) {
        incomeFactor = new double[n];
        weightScratch = new double[n];
        amountScratch = new double[n];
        capScratch = new double[n];
        diversion = new double[n * n];
        diversionSet = new Sparse(n * n);
        targetCache = new double[n * n];
        targetStamp = new int[n * n];
    }

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        w.layers.updateFriction(t);
        TradePolicy.update(sim, w, t);
        w.finance.update(t);
        referencePath(w);
        divert(w, t);
        adjustFlows(w);
        w.ties.xLag.store(t, w.ties.x);
        sanctionedShare(w);
    }

    /** Income factor a_i = (Y_i / Y_i(0))^eps, so that Xref_ij = X_ij(0) a_i a_j / a_W. */
    private void referencePath(World w) {
        int n = w.n;
        double eps = w.p(Param.INCOME_ELASTICITY);
        double yw = 0, yw0 = 0;
        for (int i = 0; i < n; i++) {
            yw += w.actors.gdp[i];
            yw0 += w.actors.gdp0[i];
            incomeFactor[i] = w.actors.gdp0[i] > 0 ? Math.pow(w.actors.gdp[i] / w.actors.gdp0[i], eps) : 1.0;
        }
        double world = yw0 > 0 ? Math.pow(yw / yw0, eps) : 1.0;
        double[] xref = w.ties.xref, x0 = w.ties.x0;
        for (int i = 0; i < n; i++) {
            double ai = incomeFactor[i] / world;
            int row = i * n;
            for (int j = 0; j < n; j++) xref[row + j] = x0[row + j] * ai * incomeFactor[j];
        }
    }

    /**
     * Trade deflection (MODEL.md 4): each target's exports and imports lost to frictions added
     * since month 0 (their non-oil part) go, in share delta, to partners that do not sanction it, weighted by existing
     * ties, market size and alignment, and discounted by
     * their compliance with secondary regimes; capped per partner, the excess redistributed once.
     */
    private void divert(World w, int t) {
        int n = w.n;
        Sparse written = diversionSet;
        for (int q = 0; q < written.size; q++) diversion[written.list[q]] = 0;
        written.clear();
        double delta = w.p(Param.DIVERSION_SHARE);
        if (delta <= 0) return;
        double mu = w.p(Param.DIVERSION_MARKET_WEIGHT);
        double[] x0 = w.ties.x0, f0 = w.ties.f0, xref = w.ties.xref, a = w.ties.a, f = w.layers.f, complyAgainst = w.layers.complyAgainst;
        double[] gdp = w.actors.gdp, oilShare0 = w.oil.oilShare0;
        byte[] sanctioned = w.layers.sanctioned;
        boolean[] frictionTarget = w.layers.frictionTarget;
        double totalGdp = 0;
        for (int i = 0; i < n; i++) totalGdp += gdp[i];
        double[] lag = w.ties.xLag.at(t);
        double minShare = w.p(Param.DIVERSION_MIN_BASE);
        for (int j = 0; j < n; j++) {
            // only flows of this month's regime targets carry friction against their exporter or importer
            if (!frictionTarget[j]) continue;
            double lostExports = 0, lostImports = 0;
            for (int i = 0; i < n; i++) {
                if (i == j) continue;
                int ji = j * n + i, ij = i * n + j;
                // only targets divert: flows that carry friction from regimes against j
                // the oil part of a flow is not diverted here: the oil market places the barrels (MODEL.md 6)
                if (x0[ji] > 0 && f[ji] < f0[ji] && (sanctioned[ji] & 1) != 0) {
                    lostExports += (1 - oilShare0[ji]) * xref[ji] * (1 - Math.exp(f[ji] - f0[ji]));
                }
                if (x0[ij] > 0 && f[ij] < f0[ij] && (sanctioned[ij] & 2) != 0) {
                    lostImports += (1 - oilShare0[ij]) * xref[ij] * (1 - Math.exp(f[ij] - f0[ij]));
                }
            }
            if (lostExports <= 0 && lostImports <= 0) continue;
            double exp0 = w.actors.exports0[j], imp0 = w.actors.imports0[j];
            if (lostExports > 0) {
                double amount = delta * lostExports;
                double sum = 0;
                for (int m = 0; m < n; m++) {
                    double wt = 0;
                    if (eligible(w, j, m)) {
                        wt = (exp0 > 0 ? x0[j * n + m] / exp0 : 0) + (totalGdp > 0 ? mu * gdp[m] / totalGdp : 0);
                        wt *= (1 + a[j * n + m]) * (1 - complyAgainst[j * n + m]);
                    }
                    weightScratch[m] = wt;
                    sum += wt;
                }
                if (sum > 0) {
                    for (int m = 0; m < n; m++) amountScratch[m] = amount * weightScratch[m] / sum;
                    double minBase = minShare * exp0;
                    for (int m = 0; m < n; m++) capScratch[m] = Math.max(lag[j * n + m], minBase);
                    capAndAdd(w, amountScratch, capScratch, j, true);
                }
            }
            if (lostImports > 0) {
                double amount = delta * lostImports;
                double sum = 0;
                for (int m = 0; m < n; m++) {
                    double wt = 0;
                    if (eligible(w, j, m)) {
                        wt = (imp0 > 0 ? x0[m * n + j] / imp0 : 0) + (totalGdp > 0 ? mu * gdp[m] / totalGdp : 0);
                        wt *= (1 + a[j * n + m]) * (1 - complyAgainst[j * n + m]);
                    }
                    weightScratch[m] = wt;
                    sum += wt;
                }
                if (sum > 0) {
                    for (int m = 0; m < n; m++) amountScratch[m] = amount * weightScratch[m] / sum;
                    double minBase = minShare * imp0;
                    for (int m = 0; m < n; m++) capScratch[m] = Math.max(lag[m * n + j], minBase);
                    capAndAdd(w, amountScratch, capScratch, j, false);
                }
            }
        }
    }

    /**
     * Partners that can take diverted trade: not the target, not applying a regime against it,
     * not a non-state actor, and inside the trade network (some recorded trade at month 0; an
     * actor whose trade the scenario does not record at all is a data gap, not a free market).
     */
    static boolean eligible(World w, int target, int m) {
        return m != target && !w.layers.senderAgainst[target * w.n + m] && w.inTradeNetwork(m);
    }

    /**
     * Caps each partner's diverted amount at (cap - 1) x its base, redistributes the excess once
     * over the partners still below their cap in proportion to their amounts, caps again, and adds
     * the result to the diversion layer (exports j to m, or imports m to j).
     */
    private void capAndAdd(World w, double[] amount, double[] base, int j, boolean exportsOfJ) {
        int n = w.n;
        double factor = w.p(Param.DIVERSION_CAP) - 1;
        double excess = 0, room = 0;
        for (int m = 0; m < n; m++) {
            double cap = factor * base[m];
            if (amount[m] > cap) {
                excess += amount[m] - cap;
                amount[m] = cap;
                base[m] = -1; // capped
            } else if (amount[m] > 0) {
                room += amount[m];
            }
        }
        if (excess > 0 && room > 0) {
            for (int m = 0; m < n; m++) {
                if (base[m] < 0 || amount[m] <= 0) continue;
                double cap = factor * base[m];
                amount[m] = Math.min(cap, amount[m] + excess * amount[m] / room);
            }
        }
        for (int m = 0; m < n; m++) {
            if (amount[m] <= 0) continue;
            int k = exportsOfJ ? j * n + m : m * n + j;
            // de-risking by m's banks and j's import compression limit what reaches m (MODEL.md 3, 6a)
            diversion[k] += amount[m] * w.finance.keep(k);
            diversionSet.add(k);
        }
    }

    /**
     * r += lambda (r* - r) toward exp(F - F0 + T - T0 + G - G0) exp(alpha (A - A0)) + D / Xref, with T the
     * trade-policy factor of tariffs and agreements ({@link TradePolicy}) and G the financial factor of
     * de-risking and import compression ({@link Finance}); D itself where X(0) = 0.
     * Each actor's total trade and reference trade are summed in the same pass, flow by flow in
     * the same order as a separate pass would.
     */
    private void adjustFlows(World w) {
        int n = w.n;
        double alpha = w.p(Param.ALIGNMENT_PREMIUM), lambda = w.p(Param.TRADE_ADJUSTMENT);
        double[] x = w.ties.x, x0 = w.ties.x0, xref = w.ties.xref, r = w.ties.r, xd = w.ties.xd, f = w.layers.f, f0 = w.ties.f0, a = w.ties.a, a0 = w.ties.a0;
        double[] tp = w.layers.tradePolicy, tp0 = w.ties.tradePolicy0, g = w.finance.factor, g0 = w.finance.factor0;
        double[] trade = w.actors.trade, tradeRef = w.actors.tradeRef, oilShare0 = w.oil.oilShare0;
        for (int i = 0; i < n; i++) { trade[i] = 0; tradeRef[i] = 0; }
        double[] cache = targetCache;
        int[] stamp = targetStamp;
        int month = ++targetMonth;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                int k = row + j;
                double xr = xref[k];
                if (i != j) {
                    double d = diversion[k];
                    if (x0[k] > 0) {
                        double target;
                        int kt = j * n + i;
                        if (stamp[k] == month && a[k] == a[kt] && a0[k] == a0[kt]) {
                            // j < i, no new friction or trade policy either way: f - f0 is +0 in both directions and A is
                            // symmetric, so exp's argument is the number computed for (j, i): reuse it
                            target = cache[k];
                        } else {
                            target = Math.exp(f[k] - f0[k] + (tp[k] - tp0[k]) + (g[k] - g0[k]) + alpha * (a[k] - a0[k]));
                            if (i < j && f[k] == f0[k] && f[kt] == f0[kt] && tp[k] == tp0[k] && tp[kt] == tp0[kt]
                                    && g[k] == g0[k] && g[kt] == g0[kt]) {
                                cache[kt] = target;
                                stamp[kt] = month;
                            }
                        }
                        // + D / Xref; with D = 0 and Xref > 0 that adds +0, which changes nothing
                        if (d != 0 || !(xr > 0)) target += d / xr;
                        r[k] += lambda * (target - r[k]);
                        x[k] = r[k] * xr;
                    } else {
                        xd[k] += lambda * (d - xd[k]);
                        x[k] = xd[k];
                    }
                }
                // the trade channel's trade leaves out the oil part of a flow: the oil market carries it (MODEL.md 6)
                double keep = 1 - oilShare0[k];
                double xk = keep * x[k], xrk = keep * xr;
                trade[i] += xk;
                trade[j] += xk;
                tradeRef[i] += xrk;
                tradeRef[j] += xrk;
            }
        }
    }

    /** Share of each actor's trade on flows that carry friction from regimes against it. */
    static void sanctionedShare(World w) {
        int n = w.n;
        double[] x = w.ties.x, sts = w.actors.sts;
        byte[] sanctioned = w.layers.sanctioned;
        boolean[] frictionTarget = w.layers.frictionTarget;
        for (int j = 0; j < n; j++) {
            // no flow of an actor that is no regime's target carries friction against it: its share is 0
            if (!frictionTarget[j]) {
                sts[j] = 0;
                continue;
            }
            double hit = 0, total = 0;
            for (int i = 0; i < n; i++) {
                if (i == j) continue;
                double out = x[j * n + i], in = x[i * n + j];
                total += out + in;
                if ((sanctioned[j * n + i] & 1) != 0) hit += out;
                if ((sanctioned[i * n + j] & 2) != 0) hit += in;
            }
            sts[j] = total > 0 ? hit / total : 0;
        }
    }
}
