package org.entente.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.entente.analysis.sensitivity.Factor;
import org.entente.model.Param;
import org.entente.model.Parameters;

/**
 * The ranges over which sensitivity analyses vary each parameter of MODEL.md 9a, with their
 * basis. Where the literature gives a spread (MODEL.md 10, section 6) it is used; elsewhere
 * the range is the default plus or minus half, kept inside the parameter's allowed range, and
 * labelled as an assumption. The engine's own bookkeeping numbers (thresholds, policy bundles)
 * are not varied. Immutable.
 */
public final class ParameterRanges {
    /** A range and where it comes from. */
    public record Range(Param param, double min, double max, String basis) {
        public Factor factor() { return new Factor(param.key(), min, max); }
    }

    private static final Map<Param, Range> LITERATURE = new EnumMap<>(Param.class);
    static {
        lit(Param.PENALTY_UNILATERAL, 0.5, 0.9, "Neuenkirch & Neumeier 2015 (MODEL.md 6: 0.5-0.9 points)");
        lit(Param.PENALTY_MULTILATERAL, 2.3, 3.5, "Neuenkirch & Neumeier 2015 (MODEL.md 6: 2.3-3.5 points)");
        lit(Param.MILEX_MULTIPLIER, 0.6, 1.2, "fiscal multipliers of military spending (MODEL.md 6: 0.6-1.2)");
        lit(Param.IMPORT_SUBSTITUTION_SHARE, 0.0, 0.6, "assumption: from none to twice the default share of lost imports replaced at home (MODEL.md 6)");
        lit(Param.IMPORT_SUBSTITUTION_MONTHS, 12, 48, "assumption: one to four years for new domestic capacity (MODEL.md 6)");
        lit(Param.TARIFF_ELASTICITY, 4.0, 6.0, "structural-gravity trade elasticity: Head & Mayer 2014 (preferred 5), Simonovska & Waugh 2014 (about 4)");
        lit(Param.AGREEMENT_EFFECT, 0.4, 0.8, "trade agreements in gravity: Yotov et al. 2016 (0.56), Baier & Bergstrand 2007 (doubling, 0.69); assumption: widened to 0.4-0.8");
        lit(Param.WAR_COST_FIRST_YEAR, 1.0, 6.0, "assumption: around MODEL.md's 3 points and the hindcast's 3.8");
        lit(Param.WAR_COST_LATER, 0.0, 2.0, "assumption: from the hindcast's 0 to twice MODEL.md's 1 point");
        lit(Param.DIVERSION_SHARE, 0.5, 0.85, "Haidar 2017: about two-thirds of deflected Iranian exports; assumption: +/- a sixth");
        lit(Param.BETA_TRADE_COMPLETE, -2.4, -1.2, "Miromanova 2018: embargoed imports fell by more than 80% (-1.6 in logs); assumption: +/- a half of that");
        lit(Param.BETA_TRADE_PARTIAL, -0.6, -0.2, "PPML gravity for Iran 2012-14 (about -0.4); assumption: +/- a half");
        lit(Param.OIL_EVASION_RATE, 0.02, 0.2, "assumption: around the rate fitted to Iran 2012-14, whose fit is flat from 0.02 to 0.05 (MODEL.md 6)");
        lit(Param.OIL_BUYER_SHARE, 0.2, 0.6, "India took about 35-40% of its crude imports from Russia in 2023 (MODEL.md 6); assumption: half to one and a half times 0.4");
        lit(Param.OIL_DISCOUNT_EVASION, 0.5, 1.0, "KSE Institute: Urals-Brent discount of USD 30-40 (35-40% of Brent) in 2022-23 with about half of Russia's market closing (MODEL.md 6)");
        lit(Param.OIL_DISCOUNT_MATURITY, 0.5, 0.9, "KSE Institute / IEA OMR: the Urals discount narrowed to a quarter to a half of its peak in 2023-24 (MODEL.md 6)");
        lit(Param.INCOME_ELASTICITY, 0.7, 1.3, "gravity estimates of income elasticity near 1; assumption: +/- 0.3");
        lit(Param.GDP_NOISE, 1.0, 3.0, "assumption: half to one and a half times the default 2 points");
    }

    private static void lit(Param p, double min, double max, String basis) {
        LITERATURE.put(p, new Range(p, min, max, basis));
    }

    /** The parameters of MODEL.md 9a (the engine's own bookkeeping numbers are left out). */
    static final List<Param> NINE_A = List.of(Param.BETA_TRADE_COMPLETE, Param.BETA_TRADE_PARTIAL, Param.BETA_FINANCIAL,
            Param.BETA_ENERGY, Param.BETA_TECHNOLOGY, Param.BETA_ARMS, Param.ANTICIPATION_MONTHS, Param.DECAY_MONTHS,
            Param.SECONDARY_STRENGTH, Param.COMPLY_BASE, Param.COMPLY_ALIGNMENT, Param.COMPLY_TRADE, Param.SANCTION_RESENTMENT,
            Param.ESCALATION_STEP, Param.INCOME_ELASTICITY, Param.ALIGNMENT_PREMIUM, Param.TRADE_ADJUSTMENT, Param.DIVERSION_SHARE,
            Param.DIVERSION_CAP, Param.DIVERSION_MARKET_WEIGHT, Param.ALIGNMENT_RATE,
            Param.ALIGNMENT_NOISE, Param.ALIGNMENT_GAIN, Param.ALIGNMENT_THRESHOLD, Param.TREATY_FLOOR, Param.W_THREAT,
            Param.W_SANCTION, Param.W_TRADE, Param.W_IDEOLOGY, Param.W_RISK, Param.W_HOSTILITY, Param.TRADE_PASSTHROUGH,
            Param.MILEX_MULTIPLIER, Param.IMPORT_SUBSTITUTION_SHARE, Param.IMPORT_SUBSTITUTION_MONTHS, Param.GDP_NOISE, Param.OIL_OUTPUT_SHARE, Param.PENALTY_UNILATERAL, Param.PENALTY_MULTILATERAL,
            Param.PENALTY_COMPREHENSIVE, Param.PENALTY_UNILATERAL_YEARS, Param.PENALTY_MULTILATERAL_YEARS,
            Param.PENALTY_COMPREHENSIVE_YEARS, Param.WAR_COST_FIRST_YEAR, Param.WAR_COST_LATER,
            Param.OIL_EVASION_RATE, Param.OIL_EVASION_START, Param.OIL_BUYER_SHARE, Param.OIL_DISCOUNT_ENFORCEMENT,
            Param.OIL_DISCOUNT_EVASION, Param.OIL_DISCOUNT_MATURITY, Param.OIL_DECLINE_MONTHS, Param.OIL_PRICE, Param.ARMS_BUDGET_SHARE,
            Param.ARMS_ALIGNMENT_MIN, Param.LOCALISATION_MONTHS, Param.STABILITY_RATE, Param.STABILITY_SANCTION);

    /** Half-width, relative to the default, of the ranges that have no literature spread. */
    static final double ASSUMED_HALF_WIDTH = 0.5;
    /** Range of parameters whose default is 0 (rules switched off): up to this much of their allowed maximum. */
    static final double ZERO_DEFAULT_SHARE = 0.2;

    private ParameterRanges() { }

    /** The range of one parameter, around its value in {@code base} (theory weights come from the preset). */
    public static Range of(Param p, Parameters base) {
        Range lit = LITERATURE.get(p);
        if (lit != null) return lit;
        double v = base.get(p);
        double lo, hi;
        if (v == 0) {
            lo = Math.max(p.min(), 0);
            hi = Math.min(p.max(), lo + ZERO_DEFAULT_SHARE * (p.max() - lo));
        } else {
            lo = v - ASSUMED_HALF_WIDTH * Math.abs(v);
            hi = v + ASSUMED_HALF_WIDTH * Math.abs(v);
            lo = Math.max(p.min(), lo);
            hi = Math.min(p.max(), hi);
        }
        return new Range(p, lo, hi, "assumption: default " + (v == 0 ? "0 (rule off); 0 to a fifth of the allowed maximum"
                : "+/- " + (int) (100 * ASSUMED_HALF_WIDTH) + "%") + ", inside the allowed range");
    }

    /** Ranges of the named parameters, or of all of MODEL.md 9a when the list is empty. */
    public static List<Range> of(List<Param> params, Parameters base) {
        List<Range> out = new ArrayList<>();
        for (Param p : params.isEmpty() ? NINE_A : params) out.add(of(p, base));
        return out;
    }
}
