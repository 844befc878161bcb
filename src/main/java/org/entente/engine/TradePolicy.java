package org.entente.engine;

import org.entente.model.EventAction;
import org.entente.model.Param;
import org.entente.model.TariffGoods;

/**
 * Tariffs, secondary tariffs and trade agreements (MODEL.md 4): the layer of trade policy that
 * the trade phase lays over the sanction frictions. Each month {@link #update} derives, from the
 * instruments in force, the ad-valorem rate on every flow and the log factor
 *
 * <pre>  T_ij = ln( (1 - e_ij) (1 + tau_other)^-sigma + e_ij (1 + tau_energy)^-sigma ) + agreement_effect . phase(t)</pre>
 *
 * so that at steady state a tariff at rate tau on all goods moves a flow by (1 + tau)^-sigma and
 * an agreement multiplies it by exp(agreement_effect). The trade phase adds T - T(0) to the
 * exponent of every flow's target ratio, beside F - F(0). Pure functions of the world's state,
 * plus the bookkeeping of which buyers bear a secondary tariff (logged when it changes).
 */
final class TradePolicy {
    private TradePolicy() { }

    /**
     * The energy part of the flow exporter to importer, as a share of its value: the month-0 oil
     * value on that flow over the flow (the oil market's, MODEL.md 6). The one place that says
     * what the energy part of a flow is.
     */
    static double energyPart(World w, int exporter, int importer) {
        return w.oil.oilShare0[exporter * w.n + importer];
    }

    /** Crude oil, million barrels a day, that the buyer takes from the seller this month (the oil market's take). */
    static double oilBought(World w, int seller, int buyer) {
        return w.oil.bought(seller, buyer);
    }

    /**
     * The log factor of tariffs on a flow with energy share e: ln((1 - e)(1 + tauOther)^-sigma
     * + e (1 + tauEnergy)^-sigma); with one rate on the whole flow, -sigma ln(1 + tau).
     */
    static double tariffFactor(double tauOther, double tauEnergy, double e, double sigma) {
        if (e <= 0 || tauOther == tauEnergy) return -sigma * Math.log1p(tauOther);
        if (e >= 1) return -sigma * Math.log1p(tauEnergy);
        return Math.log((1 - e) * Math.pow(1 + tauOther, -sigma) + e * Math.pow(1 + tauEnergy, -sigma));
    }

    /** Share of an agreement's effect in force at t: linear over the phase-in from its start; all of it for the start world's. */
    static double agreementPhase(int t, int start, int months) {
        if (start == START_WORLD) return 1;
        if (t < start) return 0;
        if (months <= 0) return 1;
        return Math.min(1.0, (t - start + 1) / (double) months);
    }

    /** The start of an agreement that the start world already holds (in force and phased in at month 0). */
    static final int START_WORLD = Integer.MIN_VALUE;

    /**
     * Writes {@link Layers#tariff} and {@link Layers#tradePolicy} for month t. When {@code sim} is
     * not null, a buyer that starts or stops bearing a secondary tariff is logged (the start
     * world's set-up passes null: its buyers are data).
     */
    static void update(EntenteSim sim, World w, int t) {
        Layers l = w.layers;
        int n = w.n;
        double[] tariff = l.tariff, factor = l.tradePolicy, other = l.tariffOther, energy = l.tariffEnergy;
        Sparse set = l.tradePolicySet;
        for (int q = 0; q < set.size; q++) {
            int k = set.list[q];
            tariff[k] = factor[k] = other[k] = energy[k] = 0;
        }
        set.clear();
        Politics p = w.politics;
        for (Politics.Tariff tf : p.tariffs) {
            boolean inForce = tf.inForceAt(t);
            if (!tf.secondary) {
                if (!inForce) continue;
                for (int m = 0; m < n; m++) {
                    if (!imposes(w, tf.sender, m) || m == tf.target) continue;
                    add(l, tf.target * n + m, tf.rate, tf.goods);
                }
                continue;
            }
            for (int b = 0; b < n; b++) {
                boolean bears = inForce && b != tf.target && !imposes(w, tf.sender, b) && oilBought(w, tf.target, b) > tf.threshold;
                if (bears != tf.bearing[b] && sim != null && inForce) logSwitch(sim, w, tf, b, bears);
                tf.bearing[b] = bears;
                if (!bears) continue;
                for (int m = 0; m < n; m++) {
                    if (imposes(w, tf.sender, m) && m != b) add(l, b * n + m, tf.rate, TariffGoods.ALL);
                }
            }
        }
        double sigma = w.p(Param.TARIFF_ELASTICITY);
        for (int q = 0; q < set.size; q++) {
            int k = set.list[q];
            double e = energyPart(w, k / n, k % n);
            tariff[k] = (1 - e) * other[k] + e * energy[k];
            factor[k] = tariffFactor(other[k], energy[k], e, sigma);
        }
        double effect = w.p(Param.AGREEMENT_EFFECT);
        int months = w.pInt(Param.AGREEMENT_PHASE_IN_MONTHS);
        for (Politics.Agreement a : p.agreements) {
            double phase = agreementPhase(t, a.start, months);
            if (phase <= 0) continue;
            for (int i : a.parties) {
                for (int j : a.parties) {
                    if (i == j) continue;
                    factor[i * n + j] += effect * phase;
                    set.add(i * n + j);
                }
            }
        }
    }

    /** Whether actor m imposes the sender's tariffs: the sender itself, or a member of the sending bloc. */
    static boolean imposes(World w, int sender, int m) {
        return m == sender || w.politics.member[sender * w.n + m];
    }

    private static void add(Layers l, int k, double rate, TariffGoods goods) {
        if (goods == TariffGoods.ALL) l.tariffOther[k] += rate;
        l.tariffEnergy[k] += rate;
        l.tradePolicySet.add(k);
    }

    private static void logSwitch(EntenteSim sim, World w, Politics.Tariff tf, int buyer, boolean bears) {
        String who = w.ids[tf.sender] + ";" + w.ids[buyer];
        String oil = EntenteSim.fmt(oilBought(w, tf.target, buyer)) + " mb/d of " + w.ids[tf.target] + " oil";
        sim.logEvent("secondary_tariff", who, bears
                ? "buys " + oil + ", above " + EntenteSim.fmt(tf.threshold) + ": its exports bear " + EntenteSim.fmt(tf.rate)
                : "buys " + oil + ", not above " + EntenteSim.fmt(tf.threshold) + ": its exports no longer bear " + EntenteSim.fmt(tf.rate));
    }

    // ------------------------------------------------------------------ the events (MODEL.md 8)

    /** Imposes a tariff from month t, or sets the rate of the same tariff in force; returns the words for events.csv. */
    static String impose(World w, EventAction.ImposeTariff a, int t) {
        int s = w.idx(a.sender()), g = w.idx(a.target());
        String what = goodsWords(a.goods());
        for (Politics.Tariff tf : w.politics.tariffs) {
            if (!tf.secondary && tf.sender == s && tf.target == g && tf.goods == a.goods() && tf.end == Regime.OPEN) {
                double old = tf.rate;
                tf.rate = a.rate();
                return what + " already in force: rate " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(a.rate());
            }
        }
        w.politics.tariffs.add(new Politics.Tariff(w.n, s, g, a.goods(), false, a.rate(), Double.NaN, t));
        return what + " " + EntenteSim.fmt(a.rate());
    }

    /** Lifts the sender's tariffs on the target (of the goods named, or all) from month t. */
    static String lift(World w, EventAction.LiftTariff a, int t) {
        int s = w.idx(a.sender()), g = w.idx(a.target());
        StringBuilder lifted = new StringBuilder();
        for (Politics.Tariff tf : w.politics.tariffs) {
            if (tf.secondary || tf.sender != s || tf.target != g || tf.end != Regime.OPEN) continue;
            if (a.goods() != null && tf.goods != a.goods()) continue;
            tf.end = t;
            if (lifted.length() > 0) lifted.append(", ");
            lifted.append(goodsWords(tf.goods)).append(' ').append(EntenteSim.fmt(tf.rate));
        }
        return lifted.length() == 0 ? "no tariff in force" : lifted + " lifted";
    }

    /** Imposes a secondary tariff from month t, or sets the rate and threshold of the one in force. */
    static String imposeSecondary(World w, EventAction.ImposeSecondaryTariff a, int t) {
        int s = w.idx(a.sender()), g = w.idx(a.target());
        for (Politics.Tariff tf : w.politics.tariffs) {
            if (tf.secondary && tf.sender == s && tf.target == g && tf.end == Regime.OPEN) {
                double old = tf.rate, oldThreshold = tf.threshold;
                tf.rate = a.rate();
                tf.threshold = a.threshold();
                return "already in force: rate " + EntenteSim.fmt(old) + " -> " + EntenteSim.fmt(a.rate()) + ", threshold "
                        + EntenteSim.fmt(oldThreshold) + " -> " + EntenteSim.fmt(a.threshold()) + " mb/d";
            }
        }
        w.politics.tariffs.add(new Politics.Tariff(w.n, s, g, TariffGoods.ALL, true, a.rate(), a.threshold(), t));
        return EntenteSim.fmt(a.rate()) + " on buyers of " + a.target() + " oil above " + EntenteSim.fmt(a.threshold()) + " mb/d";
    }

    static String liftSecondary(World w, EventAction.LiftSecondaryTariff a, int t) {
        int s = w.idx(a.sender()), g = w.idx(a.target());
        for (Politics.Tariff tf : w.politics.tariffs) {
            if (!tf.secondary || tf.sender != s || tf.target != g || tf.end != Regime.OPEN) continue;
            tf.end = t;
            java.util.Arrays.fill(tf.bearing, false);
            return EntenteSim.fmt(tf.rate) + " lifted";
        }
        return "no secondary tariff in force";
    }

    /** Signs a trade agreement whose effect builds up from month t ({@link #START_WORLD}: already in force). */
    static String sign(World w, EventAction.SignTradeAgreement a, int t) {
        int[] parties = a.parties().stream().mapToInt(w::idx).toArray();
        w.politics.agreements.add(new Politics.Agreement(a.name(), parties, t));
        return t == START_WORLD ? a.name() : a.name() + ": phased in over " + w.pInt(Param.AGREEMENT_PHASE_IN_MONTHS) + " months";
    }

    private static String goodsWords(TariffGoods goods) {
        return goods == TariffGoods.ALL ? "all goods" : "energy";
    }
}
