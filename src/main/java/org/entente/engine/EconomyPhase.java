package org.entente.engine;

import java.util.Arrays;

import org.entente.model.Param;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3 of a step (MODEL.md 6): the oil market and the oil value on each flow, then GDP growth from
 * trend, the trade channel, oil output, military spending above its month-0 share, import
 * substitution, the net sanction penalty, the financial shock (MODEL.md 6a), war costs and noise; military spending follows GDP.
 */
final class EconomyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    // Working memory, allocated once so that a step allocates nothing per actor.
    private final Penalty current, month0;
    private final double[] classesNow, classesThen, noise, lostImports;
    /** The order in which actors draw their growth noise. */
    private final int[] order;

    /** An economy phase for a world of n actors. */
    EconomyPhase(int n) {
        current = new Penalty(n);
        month0 = new Penalty(n);
        classesNow = new double[n];
        classesThen = new double[n];
        noise = new double[n];
        lostImports = new double[n];
        order = new int[n];
    }

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        oil(w, t);
        totals(w);
        importSubstitution(w, lostImports);
        growth(sim, w, t);
    }

    /**
     * The oil market's month (MODEL.md 6) and the oil value it puts on each flow: only the rows of
     * sellers carry one, every other row of {@link Ties#oilAdj} stays zero.
     */
    static void oil(World w, int t) {
        w.oil.step(w, t);
        w.oil.distribute(w);
    }

    /** Exports and imports including the oil revenue change. */
    static void totals(World w) {
        int n = w.n;
        double[] x = w.ties.x, oilAdj = w.ties.oilAdj, exportsNow = w.actors.exportsNow, importsNow = w.actors.importsNow;
        Arrays.fill(exportsNow, 0);
        Arrays.fill(importsNow, 0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = x[i * n + j] + oilAdj[i * n + j];
                exportsNow[i] += v;
                importsNow[j] += v;
            }
        }
    }

    /**
     * Import substitution (MODEL.md 6): each actor's lost imports L = max(0, imports on the
     * reference path - imports), net of diverted supply, and the domestic production S that
     * replaces a share of them, closing the gap to share x L by 1/months each month. The
     * scratch array receives L.
     */
    static void importSubstitution(World w, double[] lost) {
        int n = w.n;
        double share = w.p(Param.IMPORT_SUBSTITUTION_SHARE), months = w.p(Param.IMPORT_SUBSTITUTION_MONTHS);
        double[] x = w.ties.x, xref = w.ties.xref, s = w.actors.substitution, share0 = w.oil.oilShare0;
        Arrays.fill(lost, 0);
        for (int i = 0; i < n; i++) {
            int row = i * n;
            // the oil part of a flow is the oil market's, not lost imports a buyer could make at home
            for (int j = 0; j < n; j++) if (i != j) lost[j] += (1 - share0[row + j]) * (xref[row + j] - x[row + j]);
        }
        for (int j = 0; j < n; j++) s[j] += (share * Math.max(0, lost[j]) - s[j]) / months;
    }

    private void growth(EntenteSim sim, World w, int t) {
        int n = w.n;
        double eta = w.p(Param.TRADE_PASSTHROUGH), omega = w.p(Param.OIL_OUTPUT_SHARE), phi = w.p(Param.MILEX_MULTIPLIER);
        double sigma = w.p(Param.GDP_NOISE);
        double[] yLag = w.actors.gdpLag.at(t), tLag = w.actors.tradeLag.at(t), trefLag = w.actors.tradeRefLag.at(t);
        double[] rLag = w.actors.oilRevLag.at(t), gLag = w.actors.milexGapLag.at(t), sLag = w.actors.substitutionLag.at(t);
        double[] z = w.finance.stress, zPrev = w.finance.stressPrev;
        for (int i = 0; i < n; i++) w.actors.milexGap[i] = w.actors.milex[i] - w.actors.milexShare0[i] * w.actors.gdp[i];
        for (int i = 0; i < n; i++) {
            classesNow[i] = current.largestClass(w, w.politics.regimes, i, t);
            classesThen[i] = month0.largestClass(w, w.politics.month0Regimes, i, t);
        }
        sim.drawOrder(order);
        for (int k = 0; k < n; k++) noise[order[k]] = sigma * sim.random.nextGaussian();
        for (int i = 0; i < n; i++) {
            double y12 = yLag[i];
            double tradeTerm = 0, oilTerm = 0, milTerm = 0, substitutionTerm = 0;
            if (y12 > 0) {
                tradeTerm = 100 * eta * ((w.actors.trade[i] - tLag[i]) - (w.actors.tradeRef[i] - trefLag[i])) / y12;
                oilTerm = 100 * omega * (w.actors.oilRevenue[i] - rLag[i]) / y12;
                milTerm = 100 * phi * (w.actors.milexGap[i] - gLag[i]) / y12;
                substitutionTerm = 100 * (w.actors.substitution[i] - sLag[i]) / y12;
            }
            double penalty = classesNow[i] - classesThen[i];
            double net = Rules.netPenalty(penalty, -tradeTerm);
            double g = w.actors.trend[i] + tradeTerm + oilTerm + milTerm + substitutionTerm - net - warCost(w, i, t) + noise[i];
            // the financial shock (MODEL.md 6a): output is lower by the share Z(t) than it would be, so this month's
            // growth carries the change of the gap, (1 - Z(t)) / (1 - Z(t-1)), at its annual rate
            if (z[i] != zPrev[i]) g = Rules.financialGrowth(g, z[i], zPrev[i]);
            w.actors.growth[i] = g;
        }
        w.actors.gdpLag.store(t, w.actors.gdp);
        w.actors.tradeLag.store(t, w.actors.trade);
        w.actors.tradeRefLag.store(t, w.actors.tradeRef);
        w.actors.oilRevLag.store(t, w.actors.oilRevenue);
        w.actors.milexGapLag.store(t, w.actors.milexGap);
        w.actors.substitutionLag.store(t, w.actors.substitution);
        System.arraycopy(z, 0, zPrev, 0, n);
        for (int i = 0; i < n; i++) {
            w.actors.gdp[i] *= Rules.monthlyFactor(w.actors.growth[i]);
            w.actors.milex[i] = w.actors.milexShare[i] * w.actors.gdp[i] + w.actors.homeProduction[i];
        }
    }

    /** War cost W_i in growth points a year: first-year cost, then the later cost, for wars begun after month 0. */
    static double warCost(World w, int i, int t) {
        double total = 0;
        for (Politics.War war : w.politics.wars) {
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
