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
}
