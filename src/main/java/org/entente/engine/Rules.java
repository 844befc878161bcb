package org.entente.engine;

/**
 * Pure decision functions of the model: numbers in, numbers out, no state. Each is tested on
 * its own against MODEL.md.
 */
public final class Rules {
    /** USD bn a year per (million barrels a day x USD per barrel): 1e6 x 365 / 1e9. */
    public static final double OIL_REVENUE_FACTOR = 0.365;
    /**
     * Alignment anchors are kept this far from 0 and 1 before taking their logit, so that a
     * recorded alignment of exactly 0 or 1 does not make the target infinite (numerical guard).
     */
    public static final double LOGIT_GUARD = 1e-6;
    /** A year-on-year growth rate below this (percent) would make GDP negative; numerical guard. */
    public static final double MIN_GROWTH_POINTS = -99.0;

    private Rules() { }

    public static double sigmoid(double x) { return 1.0 / (1.0 + Math.exp(-x)); }

    public static double logit(double p) {
        double q = Math.min(1 - LOGIT_GUARD, Math.max(LOGIT_GUARD, p));
        return Math.log(q / (1 - q));
    }

    public static double clamp(double v, double lo, double hi) { return v < lo ? lo : (v > hi ? hi : v); }

    /** Sanction pressure S = 1 - exp(sum of beta x e) for a sum of beta x e (which is at most 0). */
    public static double pressure(double betaESum) { return 1.0 - Math.exp(betaESum); }

    /** Probability that a third party complies with a secondary regime (MODEL.md 3). */
    public static double compliance(double c0, double c1, double c2, double alignmentWithSender, double tradeShareWithSender) {
        return clamp(c0 + c1 * alignmentWithSender + c2 * tradeShareWithSender, 0, 1);
    }

    /** Resentment target H* (MODEL.md 3). */
    public static double resentmentTarget(double hBase, double rho, double s, double s0, double h0) {
        return Math.max(hBase, rho * s - Math.max(0, rho * s0 - h0));
    }

    /** Alignment target A* = sigma(logit(A0) + gamma (U - U0)) (MODEL.md 5). */
    public static double alignmentTarget(double anchor, double gamma, double ubar, double ubar0) {
        return sigmoid(logit(anchor) + gamma * (ubar - ubar0));
    }

    /** The largest sanction discount, as a share of the world price (a numerical guard: a price never reaches zero). */
    public static final double MAX_DISCOUNT_SHARE = 0.95;

    /** One month of the evasion network's logistic maturity, h + r h (1 - h) (MODEL.md 6). */
    public static double maturityStep(double h, double rate) {
        return clamp(h + rate * h * (1 - h), 0, 1);
    }

    /**
     * The market discount as a share of the world price (MODEL.md 6):
     * d = k_e I + k_c C (1 - k_m h), at most {@link #MAX_DISCOUNT_SHARE}.
     */
    public static double discountShare(double kEnforcement, double kClosed, double kMaturity, double enforcement, double closed, double maturity) {
        return clamp(kEnforcement * enforcement + kClosed * closed * (1 - kMaturity * maturity), 0, MAX_DISCOUNT_SHARE);
    }

    /**
     * The realised price under price caps (MODEL.md 6): the share s of the oil moved on the cap
     * coalition's services sells at no more than the cap, the rest at the market price:
     * (1 - s) p_m + s min(p_m, cap).
     */
    public static double cappedPrice(double market, double services, double cap) {
        return (1 - services) * market + services * Math.min(market, cap);
    }

    /** Clip the net sanction penalty P - L to lie between 0 and P (MODEL.md 6). */
    public static double netPenalty(double p, double tradeLoss) {
        return clamp(p - tradeLoss, Math.min(0, p), Math.max(0, p));
    }

    /**
     * Annual growth rate g' of a month whose output gap from financial stress moves from zPrev to
     * z (MODEL.md 6a): monthlyFactor(g') = monthlyFactor(g) (1 - z) / (1 - zPrev), so that output
     * stays lower by the share z than it would be without the stress.
     */
    static double financialGrowth(double g, double z, double zPrev) {
        double ratio = (1 - z) / (1 - zPrev);
        return 100 * ((1 + g / 100) * Math.pow(ratio, 12) - 1);
    }

    /** Monthly GDP factor from an annual growth rate in percent, compounded monthly. */
    public static double monthlyFactor(double growthPoints) {
        return Math.pow(1 + Math.max(MIN_GROWTH_POINTS, growthPoints) / 100.0, 1.0 / 12.0);
    }

    /** Share of alignment a supplier gives a recipient: (A - A_min) / (1 - A_min), zero below A_min. */
    public static double armsWeight(double alignment, double min) {
        return alignment > min ? (alignment - min) / (1 - min) : 0;
    }
}
