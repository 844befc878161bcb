package org.entente.engine;

import java.util.Arrays;

import org.entente.model.Param;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3 of a step (MODEL.md 6): the oil rule and the oil revenue change, then GDP growth from
 * trend, the trade channel, oil output, military spending above its month-0 share, the net
 * sanction penalty, war costs and noise; military spending follows GDP.
 */
final class EconomyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private Penalty current;
    private Penalty month0;

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        oil(w, t);
        distributeOilRevenue(w);
        totals(w);
        if (current == null) {
            current = new Penalty(w.n);
            month0 = new Penalty(w.n);
        }
        growth(sim, w, t);
    }

    /** The oil rule: target volume from enforcement and evasion, logistic evasion, partial adjustment. */
    static void oil(World w, int t) {
        double rate = w.p(Param.OIL_EVASION_RATE), months = w.p(Param.OIL_DECLINE_MONTHS);
        for (int i = 0; i < w.n; i++) {
            if (w.oil0[i] <= 0 && w.oilFree[i] <= 0) continue;
            double enforcement = w.oilEnforcement(i, t);
            double free = w.oilFree[i], fl = w.oilFloor[i], ceiling = w.oilCeiling[i];
            double minimum = w.oilEvasionStart[i] * enforcement * Math.max(0, ceiling - fl);
            if (enforcement > 0 && w.evasion[i] < minimum) w.evasion[i] = minimum;
            double target = Rules.oilTarget(free, fl, enforcement, w.evasion[i]);
            w.evasion[i] = Rules.evasionStep(w.evasion[i], rate, enforcement, ceiling, fl, minimum);
            w.oil[i] += (target - w.oil[i]) / months;
            if (w.oil[i] < 0) w.oil[i] = 0;
        }
    }

    /**
     * The oil revenue change 0.365 (O p - O(0) p(0)) is added to the exporter's flows: a gain
     * over non-sanctioning buyers in proportion to their oil demand times (1 - compliance), a
     * loss over its current flows to those buyers in proportion to the flows (never below zero).
     */
    static void distributeOilRevenue(World w) {
        int n = w.n;
        // only the rows of exporters whose revenue changed were written
        for (int i = 0; i < n; i++) {
            if (!w.oilAdjRow[i]) continue;
            w.oilAdjRow[i] = false;
            Arrays.fill(w.oilAdj, i * n, i * n + n, 0);
        }
        double price = w.p(Param.OIL_PRICE);
        for (int i = 0; i < n; i++) {
            double change = Rules.OIL_REVENUE_FACTOR * (w.oil[i] * price - w.oil0[i] * w.oilPrice0);
            w.oilRevenue[i] = change;
            if (change == 0) continue;
            double sum = 0;
            for (int m = 0; m < n; m++) {
                if (!TradePhase.eligible(w, i, m)) continue;
                sum += change > 0 ? w.oilImports[m] * (1 - w.complyAgainst[i * n + m]) : w.x[i * n + m];
            }
            if (sum <= 0) continue;
            double amount = change < 0 ? Math.max(change, -sum) : change;
            w.oilAdjRow[i] = true;
            for (int m = 0; m < n; m++) {
                if (!TradePhase.eligible(w, i, m)) continue;
                double wt = change > 0 ? w.oilImports[m] * (1 - w.complyAgainst[i * n + m]) : w.x[i * n + m];
                w.oilAdj[i * n + m] = amount * wt / sum;
            }
        }
    }

    /** Exports and imports including the oil revenue change. */
    static void totals(World w) {
        int n = w.n;
        Arrays.fill(w.exportsNow, 0);
        Arrays.fill(w.importsNow, 0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = w.x[i * n + j] + w.oilAdj[i * n + j];
                w.exportsNow[i] += v;
                w.importsNow[j] += v;
            }
        }
    }

    private void growth(EntenteSim sim, World w, int t) {
        int n = w.n;
        double eta = w.p(Param.TRADE_PASSTHROUGH), omega = w.p(Param.OIL_OUTPUT_SHARE), phi = w.p(Param.MILEX_MULTIPLIER);
        double sigma = w.p(Param.GDP_NOISE);
        double[] yLag = w.gdpLag.at(t), tLag = w.tradeLag.at(t), trefLag = w.tradeRefLag.at(t);
        double[] rLag = w.oilRevLag.at(t), gLag = w.milexGapLag.at(t);
        for (int i = 0; i < n; i++) w.milexGap[i] = w.milex[i] - w.milexShare0[i] * w.gdp[i];
        double[] classesNow = w.scratchA;
        double[] classesThen = w.scratchB;
        for (int i = 0; i < n; i++) {
            classesNow[i] = current.largestClass(w, w.regimes, i, t);
            classesThen[i] = month0.largestClass(w, w.month0Regimes, i, t);
        }
        int[] order = sim.drawOrder(n);
        double[] noise = w.scratchC;
        for (int k = 0; k < n; k++) noise[order[k]] = sigma * sim.random.nextGaussian();
        for (int i = 0; i < n; i++) {
            double y12 = yLag[i];
            double tradeTerm = 0, oilTerm = 0, milTerm = 0;
            if (y12 > 0) {
                tradeTerm = 100 * eta * ((w.trade[i] - tLag[i]) - (w.tradeRef[i] - trefLag[i])) / y12;
                oilTerm = 100 * omega * (w.oilRevenue[i] - rLag[i]) / y12;
                milTerm = 100 * phi * (w.milexGap[i] - gLag[i]) / y12;
            }
            double penalty = classesNow[i] - classesThen[i];
            double net = Rules.netPenalty(penalty, -tradeTerm);
            double g = w.trend[i] + tradeTerm + oilTerm + milTerm - net - warCost(w, i, t) + noise[i];
            w.growth[i] = g;
        }
        w.gdpLag.store(t, w.gdp);
        w.tradeLag.store(t, w.trade);
        w.tradeRefLag.store(t, w.tradeRef);
        w.oilRevLag.store(t, w.oilRevenue);
        w.milexGapLag.store(t, w.milexGap);
        for (int i = 0; i < n; i++) {
            w.gdp[i] *= Rules.monthlyFactor(w.growth[i]);
            w.milex[i] = w.milexShare[i] * w.gdp[i] + w.homeProduction[i];
        }
    }

    /** War cost W_i in growth points a year: first-year cost, then the later cost, for wars begun after month 0. */
    static double warCost(World w, int i, int t) {
        double total = 0;
        for (World.War war : w.wars) {
            if (!war.involves(i) || war.start == Integer.MIN_VALUE || t < war.start || t >= war.end) continue;
            int side = i == war.a ? 0 : 1;
            boolean firstYear = t - war.start < 12;
            double c = firstYear ? war.cost[side] : war.costLater[side];
            if (Double.isNaN(c)) c = w.p(firstYear ? Param.WAR_COST_FIRST_YEAR : Param.WAR_COST_LATER);
            total += c;
        }
        return total;
    }
}
