package org.entente.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.model.EventAction;
import org.entente.model.OilFlowSpec;
import org.entente.model.Param;
import org.entente.model.RegimeType;

/**
 * The oil market of MODEL.md 6: crude flows by seller and buyer (million barrels a day), the
 * buyers that stop buying because they apply an energy regime against the seller or comply with
 * a sender's secondary one, the non-complying buyers that take the displaced barrels up to a
 * capacity that grows with the maturity h of the seller's evasion network, the sanction discount
 * and the price cap, and the oil value on each flow. Month 0 is a steady state: every take is
 * measured against the open share its buyer had at month 0, so an unchanged world does not move.
 * No random numbers. Mutable; owned by one run.
 */
final class OilMarket {
    final int n;
    /** Take of buyer m from seller i (i * n + m), mb/d: at month 0 and now. */
    final double[] q0, q;
    /** Open share 1 - c of buyer m toward seller i at month 0. */
    final double[] open0;
    /** Month-0 share of the oil value in the recorded flow i to m (0 to 1): the energy part of the flow. */
    final double[] oilShare0;
    /** Month-0 oil value on the flow i to m, USD bn a year. */
    final double[] value0;
    /** Volume each seller sells to buyers outside the scenario (fixed), mb/d. */
    final double[] other;
    /** Volume a seller's buyers had given up at month 0 and take back as the month-0 closure eases (oil_free - O(0)). */
    final double[] latent;
    /** The seller's closure at month 0, Z(0) = 1 - (1 - C_b(0))(1 - I(0)). */
    final double[] buyersClosed0;
    /** Maturity h of each seller's evasion network, 0 to 1. */
    final double[] maturity;
    /** Share C of the seller's market closed to it, enforcement I, discount and realised price of this month. */
    final double[] closed, enforcement, discount, price;
    /** Realised price of month 0, USD per barrel. */
    final double[] price0;
    /** Oil revenue, USD bn a year, this month and at month 0. */
    final double[] revenue, revenue0;
    /** Price caps, in the order imposed. */
    final List<PriceCap> caps = new ArrayList<>();

    // working memory
    private final double[] target, open, room, back;

    OilMarket(int n) {
        this.n = n;
        int nn = n * n;
        q0 = new double[nn]; q = new double[nn]; open0 = new double[nn]; oilShare0 = new double[nn]; value0 = new double[nn];
        other = new double[n]; latent = new double[n]; buyersClosed0 = new double[n]; maturity = new double[n];
        closed = new double[n]; enforcement = new double[n]; discount = new double[n]; price = new double[n]; price0 = new double[n];
        revenue = new double[n]; revenue0 = new double[n];
        target = new double[n]; open = new double[n]; room = new double[n]; back = new double[n];
    }

    /** A price cap during a run. */
    static final class PriceCap {
        final int sender, target;
        double cap, services;
        final int start;
        int end = Regime.OPEN;

        PriceCap(int sender, int target, double cap, double services, int start) {
            this.sender = sender;
            this.target = target;
            this.cap = cap;
            this.services = services;
            this.start = start;
        }

        boolean inForceAt(int t) { return t >= start && t < end; }
    }

    // ------------------------------------------------------------------ month 0

    /**
     * The takes of month 0: the scenario's oil flows where it gives any for a seller, the rest of
     * its volume to buyers outside the scenario; otherwise its volume split over its buyers by
     * their shares of its recorded exports (the stated default). Then the open shares, maturity,
     * discount and price of month 0, and each flow's oil share, so that the start is at rest.
     */
    void initialise(World w, List<OilFlowSpec> flows) {
        boolean[] given = new boolean[n];
        for (OilFlowSpec f : flows) {
            int i = w.idx(f.seller()), m = w.idx(f.buyer());
            q0[i * n + m] += f.mbd();
            given[i] = true;
        }
        for (int i = 0; i < n; i++) {
            double volume = w.actors.oil0[i];
            if (volume <= 0) {
                Arrays.fill(q0, i * n, i * n + n, 0);
                continue;
            }
            if (given[i]) {
                double named = 0;
                for (int m = 0; m < n; m++) named += q0[i * n + m];
                other[i] = Math.max(0, volume - named);
                continue;
            }
            double total = 0;
            for (int m = 0; m < n; m++) if (m != i && w.inTradeNetwork(m)) total += w.ties.x0[i * n + m];
            if (total <= 0) {
                other[i] = volume;
                continue;
            }
            for (int m = 0; m < n; m++) {
                if (m != i && w.inTradeNetwork(m)) q0[i * n + m] = volume * w.ties.x0[i * n + m] / total;
            }
        }
        System.arraycopy(q0, 0, q, 0, q0.length);
        double p = w.p(Param.OIL_PRICE);
        for (int i = 0; i < n; i++) {
            if (w.actors.oil0[i] <= 0) continue;
            openShares(w, i, 0, open);
            double free = 0, closedPart = 0;
            for (int m = 0; m < n; m++) {
                int k = i * n + m;
                open0[k] = open[m];
                double b = freeTake(k);
                free += b;
                closedPart += b * (1 - open[m]);
            }
            enforcement[i] = w.oilEnforcement(i, 0);
            // the month-0 closure Z = 1 - (1 - C_b)(1 - I): buyers closed, or enforcement against the seller
            buyersClosed0[i] = closure(free > 0 ? closedPart / free : 0, enforcement[i]);
            // oil_free counts only where the seller was closed at month 0 (otherwise the recorded volume is the free one)
            latent[i] = buyersClosed0[i] > 0 ? Math.max(0, w.actors.oilFree[i] - w.actors.oil0[i]) : 0;
            if (latent[i] == 0) w.actors.oilFree[i] = Math.max(w.actors.oilFree[i], w.actors.oil0[i]);
            closed[i] = closedShare(i, open, latent[i]);
            // a seller already closed out of part of its market has a network in place: it is at rest
            maturity[i] = closed[i] > 0 || enforcement[i] > 0 ? 1 : 0;
            price0[i] = price[i] = realisedPrice(w, i, p, 0);
            discount[i] = p - price[i];
            revenue0[i] = revenue[i] = Rules.OIL_REVENUE_FACTOR * w.actors.oil0[i] * price[i];
            for (int m = 0; m < n; m++) {
                int k = i * n + m;
                value0[k] = Rules.OIL_REVENUE_FACTOR * q0[k] * price0[i];
                double x0 = w.ties.x0[k];
                oilShare0[k] = x0 > 0 ? Math.min(1.0, value0[k] / x0) : 0;
            }
        }
    }

    /** The closure Z = 1 - (1 - C_b)(1 - I) of a seller, against which the latent volume returns. */
    private static double closure(double buyersClosed, double enforcement) {
        return 1 - (1 - buyersClosed) * (1 - enforcement);
    }

    /** The take buyer k would have with no closure: q(0) / open(0), or q(0) where it was fully closed. */
    private double freeTake(int k) {
        return open0[k] > 0 ? q0[k] / open0[k] : q0[k];
    }

    // ------------------------------------------------------------------ each month

    /**
     * One month of the market, for every seller: closures, direct takes, the latent volume that
     * returns, absorption of the displaced barrels by open buyers, partial adjustment of each
     * take, the evasion network's logistic maturity, the discount, realised price and revenue.
     */
    void step(World w, int t) {
        double p = w.p(Param.OIL_PRICE), months = w.p(Param.OIL_DECLINE_MONTHS), rate = w.p(Param.OIL_EVASION_RATE);
        double buyerShare = w.p(Param.OIL_BUYER_SHARE);
        for (int i = 0; i < n; i++) {
            if (w.actors.oil0[i] <= 0) continue;
            int row = i * n;
            openShares(w, i, t, open);
            double displaced = 0, free = 0, closedPart = 0;
            for (int m = 0; m < n; m++) {
                int k = row + m;
                double direct = open0[k] > 0 ? q0[k] * open[m] / open0[k] : q0[k];
                target[m] = direct;
                displaced += q0[k] - direct;
                double b = freeTake(k);
                free += b;
                closedPart += b * (1 - open[m]);
            }
            enforcement[i] = w.oilEnforcement(i, t);
            double buyersClosed = closure(free > 0 ? closedPart / free : 0, enforcement[i]);
            // the latent volume comes back as the buyers' month-0 closure eases
            double relief = buyersClosed0[i] > 0 ? Rules.clamp((buyersClosed0[i] - buyersClosed) / buyersClosed0[i], 0, 1) : 0;
            double returning = latent[i] * relief;
            double roomSum = 0, backSum = 0;
            for (int m = 0; m < n; m++) {
                boolean takes = m != i && w.inTradeNetwork(m) && open[m] > 0;
                room[m] = takes ? buyerShare * w.actors.oilImports[m] * open[m] : 0;
                back[m] = takes ? w.actors.oilImports[m] * open[m] : 0;
                roomSum += room[m];
                backSum += back[m];
            }
            double absorbed = displaced > 0 && roomSum > 0 ? Math.min(displaced, maturity[i] * roomSum) : 0;
            double sum = other[i];
            for (int m = 0; m < n; m++) {
                if (absorbed > 0) target[m] += absorbed * room[m] / roomSum;
                if (returning > 0 && backSum > 0) target[m] += returning * back[m] / backSum;
                sum += target[m];
            }
            double cap = Math.max(w.actors.oilFree[i], w.actors.oil0[i]);
            double scale = sum > cap && sum > other[i] ? (cap - other[i]) / (sum - other[i]) : 1;
            double volume = other[i];
            for (int m = 0; m < n; m++) {
                int k = row + m;
                q[k] += (scale * target[m] - q[k]) / months;
                if (q[k] < 0) q[k] = 0;
                volume += q[k];
            }
            w.actors.oil[i] = volume;
            closed[i] = closedShare(i, open, returning > 0 ? latent[i] - returning : latent[i]);
            if (closed[i] > 0 || enforcement[i] > 0) {
                double start = w.actors.oilEvasionStart[i];
                if (maturity[i] < start) maturity[i] = start;
                maturity[i] = Rules.maturityStep(maturity[i], rate);
            }
            price[i] = realisedPrice(w, i, p, t);
            discount[i] = p - price[i];
            revenue[i] = Rules.OIL_REVENUE_FACTOR * volume * price[i];
        }
    }

    /**
     * Open share 1 - c_m of every buyer m toward seller i at t: c_m = 1 - prod over energy regimes
     * against i of (1 - e) where m applies the regime, and (1 - p_m e) where the regime is
     * secondary and m is a third party complying with probability p_m.
     */
    private void openShares(World w, int i, int t, double[] out) {
        Arrays.fill(out, 1.0);
        out[i] = 0;
        for (Regime reg : w.politics.regimes) {
            if (reg.target != i || reg.type != RegimeType.ENERGY) continue;
            double e = Rules.clamp(reg.policyIntensity(t), 0, 1);
            if (e <= 0) continue;
            for (int m = 0; m < n; m++) {
                if (m == i) continue;
                if (w.applies(reg, m)) out[m] *= 1 - e;
                else if (reg.secondary && !reg.isUn()) out[m] *= 1 - w.layers.complianceWith(reg.sender, i, m) * e;
            }
        }
    }

    /**
     * Share C of the seller's market closed to it: the closed part of its buyers' free takes plus
     * the latent volume still shut out, over the free takes, the latent volume and its sales to
     * buyers outside the scenario.
     */
    private double closedShare(int i, double[] openNow, double latentShut) {
        double free = other[i] + latent[i], shut = latentShut;
        for (int m = 0; m < n; m++) {
            double b = freeTake(i * n + m);
            free += b;
            shut += b * (1 - openNow[m]);
        }
        return free > 0 ? Rules.clamp(shut / free, 0, 1) : 0;
    }

    /** Realised price: the world price less the market discount, then the price caps in force (MODEL.md 6). */
    private double realisedPrice(World w, int i, double p, int t) {
        double share = Rules.discountShare(w.p(Param.OIL_DISCOUNT_ENFORCEMENT), w.p(Param.OIL_DISCOUNT_EVASION),
                w.p(Param.OIL_DISCOUNT_MATURITY), enforcement[i], closed[i], maturity[i]);
        double market = p * (1 - share);
        double keep = 1, cap = Double.POSITIVE_INFINITY;
        for (PriceCap pc : caps) {
            if (pc.target != i || !pc.inForceAt(t)) continue;
            keep *= 1 - pc.services;
            cap = Math.min(cap, pc.cap);
        }
        return Rules.cappedPrice(market, 1 - keep, cap);
    }

    /**
     * The oil value on each flow, as the change it makes to the trade phase's flow: the oil part
     * e x that the trade phase carries is replaced by e Xref (q p_r) / (q(0) p_r(0)), the oil part
     * on the income reference path scaled by the change in the buyer's take and in the realised
     * price (MODEL.md 6), never taking a flow below zero. At month 0 and in an unchanged world
     * the change is zero.
     */
    void distribute(World w) {
        double[] adj = w.ties.oilAdj, x = w.ties.x, xref = w.ties.xref;
        for (int i = 0; i < n; i++) {
            if (w.actors.oil0[i] <= 0) continue;
            w.ties.oilAdjRow[i] = true;
            for (int m = 0; m < n; m++) {
                int k = i * n + m;
                double e = oilShare0[k];
                if (e <= 0) {
                    adj[k] = 0;
                    continue;
                }
                double ratio = (q[k] * price[i]) / (q0[k] * price0[i]);
                double a = e * xref[k] * ratio - e * x[k];
                adj[k] = Math.max(a, -x[k]);
            }
            w.actors.oilRevenue[i] = revenue[i] - revenue0[i];
        }
    }

    /** Crude, mb/d, that the buyer takes from the seller this month. */
    double bought(int seller, int buyer) { return q[seller * n + buyer]; }

    /** A one-off shock to a seller's volume: every take and its sales outside the scenario scale by the factor; the takes then return to target. */
    void shock(World w, int i, double factor) {
        for (int m = 0; m < n; m++) q[i * n + m] *= factor;
        double volume = other[i];
        for (int m = 0; m < n; m++) volume += q[i * n + m];
        w.actors.oil[i] = volume;
    }

    /** A crackdown cuts the maturity of the seller's evasion network by the fraction c; returns the words for events.csv. */
    String crackdown(int i, double c) {
        double old = maturity[i];
        maturity[i] *= 1 - c;
        return "oil evasion network maturity " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(maturity[i]);
    }

    // ------------------------------------------------------------------ the events (MODEL.md 8)

    /** Imposes a price cap from month t, or sets the cap and services share of the one in force. */
    String impose(World w, EventAction.ImposePriceCap a, int t) {
        int s = w.idx(a.sender()), g = w.idx(a.target());
        for (PriceCap pc : caps) {
            if (pc.sender == s && pc.target == g && pc.end == Regime.OPEN) {
                String was = "already in force: cap " + EntenteSim.fmt(pc.cap) + " -> " + EntenteSim.fmt(a.cap()) + " USD/bbl, services share "
                        + EntenteSim.fmt(pc.services) + " -> " + EntenteSim.fmt(a.servicesShare());
                pc.cap = a.cap();
                pc.services = a.servicesShare();
                return was;
            }
        }
        caps.add(new PriceCap(s, g, a.cap(), a.servicesShare(), t));
        return "cap " + EntenteSim.fmt(a.cap()) + " USD/bbl, services share " + EntenteSim.fmt(a.servicesShare());
    }

    String lift(World w, EventAction.LiftPriceCap a, int t) {
        int s = w.idx(a.sender()), g = w.idx(a.target());
        for (PriceCap pc : caps) {
            if (pc.sender != s || pc.target != g || pc.end != Regime.OPEN) continue;
            pc.end = t;
            return "cap " + EntenteSim.fmt(pc.cap) + " USD/bbl lifted";
        }
        return "no price cap in force";
    }
}
