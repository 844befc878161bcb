package org.entente.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The political state of one run (part of what a checkpoint would save): the sanction regimes,
 * treaties and wars, and bloc memberships. Events add to and change it; the layers are derived
 * from it. Mutable; owned by one run.
 */
final class Politics {
    /** Every regime of the run, in the order they were added (sums over regimes take this order). */
    final List<Regime> regimes = new ArrayList<>();
    /** Copies of the regimes active at month 0, as they were then: the reference of the growth penalty. */
    final List<Regime> month0Regimes = new ArrayList<>();
    final List<Treaty> treaties = new ArrayList<>();
    final List<War> wars = new ArrayList<>();
    /** Tariffs and secondary tariffs, in the order they were imposed (MODEL.md 4). */
    final List<Tariff> tariffs = new ArrayList<>();
    /** Trade agreements, in the order they were signed (MODEL.md 4). */
    final List<Agreement> agreements = new ArrayList<>();
    /** Bloc memberships: member[b * n + i] when actor i applies bloc b's regimes. */
    final boolean[] member;

    Politics(int n) { member = new boolean[n * n]; }

    /** A treaty during a run. */
    static final class Treaty {
        final String name;
        final int[] parties;
        int inForce;
        int end;
        /** Duration in months, -1 for open-ended. */
        final int durationMonths;
        final double defense;
        final double floor;

        Treaty(String name, int[] parties, int inForce, int end, int durationMonths, double defense, double floor) {
            this.name = name;
            this.parties = parties;
            this.inForce = inForce;
            this.end = end;
            this.durationMonths = durationMonths;
            this.defense = defense;
            this.floor = floor;
        }

        boolean inForceAt(int t) { return t >= inForce && t < end; }
    }

    /** A war during a run; costs are per party (growth points a year), NaN where the parameter applies. */
    static final class War {
        final int a, b;
        final int start;
        final double[] cost;
        final double[] costLater;
        final double preWarHostility;
        int end = Regime.OPEN;

        War(int a, int b, int start, double[] cost, double[] costLater, double preWarHostility) {
            this.a = a;
            this.b = b;
            this.start = start;
            this.cost = cost;
            this.costLater = costLater;
            this.preWarHostility = preWarHostility;
        }

        boolean involves(int i) { return i == a || i == b; }
    }

    /**
     * A tariff during a run: by the sender (and its bloc's members) on its imports from the target,
     * or, when secondary, on the exports of every buyer of the target's oil above the threshold.
     * In force from {@code from} until {@code end} (exclusive; OPEN while not lifted).
     */
    static final class Tariff {
        final int sender, target;
        final org.entente.model.TariffGoods goods;
        final boolean secondary;
        double rate;
        /** Secondary only: the buyer's purchases of the target's oil, mb/d, above which it bears the tariff. */
        double threshold;
        final int from;
        int end = Regime.OPEN;
        /** Secondary only: the buyers that bore the tariff at the last update (for the switches logged in events.csv). */
        final boolean[] bearing;

        Tariff(int n, int sender, int target, org.entente.model.TariffGoods goods, boolean secondary, double rate, double threshold, int from) {
            this.sender = sender;
            this.target = target;
            this.goods = goods;
            this.secondary = secondary;
            this.rate = rate;
            this.threshold = threshold;
            this.from = from;
            this.bearing = new boolean[secondary ? n : 0];
        }

        boolean inForceAt(int t) { return t >= from && t < end; }
    }

    /**
     * A trade agreement during a run: its effect on trade between its parties builds up linearly
     * from {@code start} over the phase-in months (an agreement of the start world is phased in).
     */
    static final class Agreement {
        final String name;
        final int[] parties;
        final int start;

        Agreement(String name, int[] parties, int start) {
            this.name = name;
            this.parties = parties;
            this.start = start;
        }
    }
}
