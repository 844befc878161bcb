package org.entente.engine;

import java.util.Arrays;

/**
 * The state of every ordered pair of actors of one run, as dense n x n arrays at index
 * {@code i * n + j} (part of what a checkpoint would save): trade flows and their adjustment
 * ratios, alignment and its anchors, hostility, arms, wars, and the month-0 references the
 * rules measure change against. Mutable; owned by one run.
 */
final class Ties {
    // trade: X(0), the ratio r, flows without an X(0) (xd), X, the reference path Xref and the oil revenue change
    final double[] x0, r, xd, x, xref, oilAdj;
    /** Rows of {@link #oilAdj} written by the last oil revenue distribution (every other row is zero). */
    final boolean[] oilAdjRow;
    final Lag xLag;
    /** Frictions of month 0, against which new frictions are measured. */
    final double[] f0;
    /** The trade-policy factor (tariffs, agreements: {@link Layers#tradePolicy}) of month 0, likewise. */
    final double[] tradePolicy0;
    // alignment, its anchor and the utility of month 0 (or of the last reset)
    final double[] a, a0, anchor, ubar0;
    /** Pairs whose ties an event reset: the next policy phase takes their utility as the new anchor. */
    final boolean[] reanchor;
    // hostility: current, base it rests at, month 0, and the blame of month 0
    final double[] h, hbase, h0, blame0;
    final boolean[] war;
    // arms: the yearly transfer, its locally made part, and the month each flow began
    final double[] arms, armsLocal;
    final int[] armsStart;
    /** Suppliers that ever allocated arms (only their rows of {@link #arms} can be non-zero). */
    final boolean[] armsRow;

    /** Arrays of n x n pairs at zero (flows at rest: r = 1); {@link World} fills them from the scenario. */
    Ties(int n, double[] x0) {
        int nn = n * n;
        this.x0 = x0;
        r = new double[nn]; xd = new double[nn]; x = x0.clone(); xref = x0.clone(); oilAdj = new double[nn];
        Arrays.fill(r, 1.0);
        oilAdjRow = new boolean[n];
        xLag = new Lag(x0);
        f0 = new double[nn];
        tradePolicy0 = new double[nn];
        a = new double[nn]; a0 = new double[nn]; anchor = new double[nn]; ubar0 = new double[nn];
        reanchor = new boolean[nn];
        h = new double[nn]; hbase = new double[nn]; h0 = new double[nn]; blame0 = new double[nn];
        war = new boolean[nn];
        arms = new double[nn]; armsLocal = new double[nn];
        armsStart = new int[nn];
        Arrays.fill(armsStart, Integer.MIN_VALUE);
        armsRow = new boolean[n];
    }
}
