package org.entente.engine;

import org.entente.model.RegimeType;

/**
 * A sanction regime during a run: the scenario's regime plus what events did to it.
 * Effective intensity follows MODEL.md section 3: a linear ramp-in over the announcement
 * window, the intensity itself, and after a lift a linear fade of the intensity over
 * {@code over_months} and of the trade friction over max(over_months, decay_months).
 * Mutable; owned by one run.
 */
final class Regime {
    static final int OPEN = Integer.MAX_VALUE;

    /** Sender actor index, or {@link World#UN} for a United Nations regime. */
    final int sender;
    final int target;
    final RegimeType type;
    double intensity;
    boolean secondary;
    /** First month with the full intensity. */
    final int start;
    /** First month of the ramp-in (equal to start when not announced). */
    final int rampStart;
    /** Scheduled end (exclusive), or OPEN. */
    final int end;
    final boolean[] rejectedBy;
    final int[] initiatedBy;
    /** Month of the lift, OPEN when not lifted. */
    int liftStep = OPEN;
    /** The escalation rule's reference: summed hostility toward the sender's allies at the last step up (NaN before the first look). */
    double escalationBase = Double.NaN;
    int liftOver;
    double liftFrom;

    Regime(int sender, int target, RegimeType type, double intensity, boolean secondary,
           int start, int rampStart, int end, boolean[] rejectedBy, int[] initiatedBy) {
        this.sender = sender;
        this.target = target;
        this.type = type;
        this.intensity = intensity;
        this.secondary = secondary;
        this.start = start;
        this.rampStart = rampStart;
        this.end = end;
        this.rejectedBy = rejectedBy;
        this.initiatedBy = initiatedBy;
    }

    Regime copy() {
        Regime r = new Regime(sender, target, type, intensity, secondary, start, rampStart, end, rejectedBy, initiatedBy);
        r.liftStep = liftStep;
        r.liftOver = liftOver;
        r.liftFrom = liftFrom;
        return r;
    }

    boolean isUn() { return sender == World.UN; }

    /** Intensity before any lift: zero before the ramp, linear over the ramp, then full. */
    double unliftedIntensity(int t) {
        if (t < rampStart) return 0;
        if (t < start) return intensity * (t - rampStart + 1) / (double) (start - rampStart + 1);
        return intensity;
    }

    /** Month from which the regime is lifted (a scheduled end counts as a lift over 0 months). */
    int effectiveLift() { return Math.min(liftStep, end); }

    private int effectiveOver() { return liftStep <= end ? liftOver : 0; }

    private double effectiveFrom() { return liftStep <= end ? liftFrom : unliftedIntensity(end - 1); }

    /** The effective intensity e(t) used by pressure, penalties and the oil rule. */
    double policyIntensity(int t) {
        int l = effectiveLift();
        if (t < l) return unliftedIntensity(t);
        return fade(effectiveFrom(), t - l, effectiveOver());
    }

    /** The effective intensity behind trade friction: after a lift it fades over max(over, decay). */
    double tradeIntensity(int t, int decayMonths) {
        int l = effectiveLift();
        if (t < l) return unliftedIntensity(t);
        return fade(effectiveFrom(), t - l, Math.max(effectiveOver(), decayMonths));
    }

    /** Whether the regime is in force (not lifted, not ended) at t, ramp included. */
    boolean activeAt(int t) {
        return t >= rampStart && t < effectiveLift();
    }

    void lift(int t, int overMonths) {
        if (liftStep != OPEN || t >= end) return;
        liftFrom = unliftedIntensity(t);
        liftStep = t;
        liftOver = overMonths;
    }

    /** Linear fade from {@code from} to 0: one step of 1/over each month, reaching 0 after {@code over} months. */
    private static double fade(double from, int monthsSince, int over) {
        if (over <= 0) return 0;
        double left = 1.0 - (monthsSince + 1) / (double) over;
        return left <= 0 ? 0 : from * left;
    }
}
