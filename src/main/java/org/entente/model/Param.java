package org.entente.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every tunable number of the model, with its default, unit, allowed range and source.
 * The names are those of MODEL.md section 9a (plus a few the specification leaves to the
 * engine, marked "engine"). Scenarios, {@code --set name=value}, sweeps and sensitivity
 * analyses all use these names. Immutable and thread-safe.
 */
public enum Param {
    BETA_TRADE_COMPLETE("beta_trade_complete", -1.6, -10, 0, "log-flow effect of a full trade_complete regime", "Miromanova 2018 (Russian food embargo)"),
    BETA_TRADE_PARTIAL("beta_trade_partial", -0.4, -10, 0, "log-flow effect of a full trade_partial regime", "PPML gravity, Iran 2012-14"),
    BETA_FINANCIAL("beta_financial", -0.4, -10, 0, "log-flow effect of a full financial regime", "GSDB"),
    BETA_ENERGY("beta_energy", -1.0, -10, 0, "log-flow effect of a full energy regime on the target's exports to the sender", "EU-Russia trade 2021-23"),
    BETA_TECHNOLOGY("beta_technology", -0.2, -10, 0, "log-flow effect of a full technology regime on the sender's exports", "MODEL.md 3"),
    BETA_ARMS("beta_arms", -0.2, -10, 0, "contribution of a full arms regime to sanction pressure S", "MODEL.md 3"),
    ANTICIPATION_MONTHS(Kind.INTEGER, "anticipation_months", 12, 0, 600, "months over which an announced regime ramps in", "MODEL.md 3"),
    DECAY_MONTHS(Kind.INTEGER, "decay_months", 96, 0, 1200, "months over which the trade friction of a lifted regime fades", "MODEL.md 3 (effects persist about 8 years)"),
    SECONDARY_STRENGTH("secondary_strength", 0.7, 0, 1, "strength of secondary friction on third parties", "MODEL.md 3"),
    COMPLY_BASE("comply_base", 0.0, -1, 1, "c0, base probability of complying with a secondary regime", "MODEL.md 3"),
    COMPLY_ALIGNMENT("comply_alignment", 0.6, 0, 5, "c1, weight of alignment with the sender", "MODEL.md 3"),
    COMPLY_TRADE("comply_trade", 1.0, 0, 5, "c2, weight of the share of trade with the sender", "MODEL.md 3"),
    SANCTION_RESENTMENT("sanction_resentment", 0.5, 0, 1, "rho, hostility bred by sanction pressure", "MODEL.md 3"),
    ESCALATION_STEP("escalation_step", 0.0, 0, 1, "intensity step of the escalation rule (0 = rule off)", "MODEL.md 3 (off by default)"),
    ESCALATION_TRIGGER("escalation_trigger", 0.1, 0.001, 10, "rise in the target's summed hostility toward the sender's allies that triggers one escalation step", "engine: assumption"),
    INCOME_ELASTICITY("income_elasticity", 1.0, 0, 3, "epsilon, income elasticity of trade", "structural gravity"),
    ALIGNMENT_PREMIUM("alignment_premium", 0.5, 0, 5, "alpha, trade premium per unit of alignment change", "MODEL.md 4"),
    TRADE_ADJUSTMENT("trade_adjustment", 1.0 / 6.0, 0, 1, "lambda, monthly partial adjustment of trade (per month)", "half-life about four months"),
    DIVERSION_SHARE("diversion_share", 0.67, 0, 1, "delta, share of lost exports redirected to non-senders", "Haidar 2017"),
    DIVERSION_CAP("diversion_cap", 5, 1, 100, "cap on a partner's diverted trade, as a multiple of its flow a year earlier", "MODEL.md 4"),
    DIVERSION_MARKET_WEIGHT("diversion_market_weight", 0.5, 0, 10, "mu, weight of a partner's market size", "MODEL.md 4"),
    ALIGNMENT_RATE("alignment_rate", 0.05, 0, 1, "kappa, monthly adjustment of alignment and resentment", "MODEL.md 5"),
    ALIGNMENT_NOISE("alignment_noise", 0.01, 0, 1, "s, monthly noise on alignment", "MODEL.md 5"),
    ALIGNMENT_GAIN("alignment_gain", 4, 0, 50, "gamma, gain of utility on alignment (logit scale)", "MODEL.md 5"),
    ALIGNMENT_THRESHOLD("alignment_threshold", 0.5, -10, 10, "u0, utility at which an unrecorded pair is half aligned", "MODEL.md 5"),
    TREATY_FLOOR("treaty_floor", 0.5, 0, 1, "default floor a treaty in force sets under alignment", "MODEL.md 1"),
    W_THREAT("w_threat", Double.NaN, 0, 10, "weight of common enemies (default: the theory's)", "MODEL.md 5"),
    W_SANCTION("w_sanction", Double.NaN, 0, 10, "weight of common sanctioners (default: the theory's)", "MODEL.md 5"),
    W_TRADE("w_trade", Double.NaN, 0, 10, "weight of trade dependence (default: the theory's)", "MODEL.md 5"),
    W_IDEOLOGY("w_ideology", Double.NaN, 0, 10, "weight of ideological closeness (default: the theory's)", "MODEL.md 5"),
    W_RISK("w_risk", Double.NaN, 0, 10, "weight of secondary-sanction risk (default: the theory's)", "MODEL.md 5"),
    W_HOSTILITY("w_hostility", Double.NaN, 0, 10, "weight of hostility (default: the theory's)", "MODEL.md 5"),
    TRADE_PASSTHROUGH("trade_passthrough", 0.3, 0, 5, "eta, GDP effect of trade lost or gained", "MODEL.md 6"),
    MILEX_MULTIPLIER("milex_multiplier", 0.8, 0.6, 1.2, "phi, fiscal multiplier of military spending above trend share",
            "literature 0.6-1.2 (fiscal multipliers of military spending; MODEL.md 6): the allowed range is the literature's, so no fit can leave it"),
    IMPORT_SUBSTITUTION_SHARE("import_substitution_share", 0.3, 0, 1,
            "share of an actor's lost imports (imports below their reference path) that domestic production eventually replaces",
            "assumption (MODEL.md 6: Russia's import substitution after 2014 and 2022; no estimate of the share at hand)"),
    IMPORT_SUBSTITUTION_MONTHS("import_substitution_months", 24, 1, 600,
            "months: time constant in which domestic production closes the gap to its share of the lost imports",
            "assumption (MODEL.md 6: new capacity takes about two years)"),
    GDP_NOISE("gdp_noise", 2.0, 0, 20, "sigma, monthly noise on the annual growth rate (points)", "MODEL.md 6"),
    OIL_OUTPUT_SHARE("oil_output_share", 0.8, 0, 1, "omega, domestic value-added share of oil revenue", "MODEL.md 6"),
    PENALTY_UNILATERAL("penalty_unilateral", 0.7, 0, 20, "growth penalty of unilateral sanctions (points a year)", "Neuenkirch & Neumeier 2015 (0.5-0.9)"),
    PENALTY_MULTILATERAL("penalty_multilateral", 2.9, 0, 20, "growth penalty of multilateral sanctions (points a year)", "Neuenkirch & Neumeier 2015 (2.3-3.5)"),
    PENALTY_COMPREHENSIVE("penalty_comprehensive", 5.0, 0, 30, "growth penalty of comprehensive UN sanctions (points a year)", "Neuenkirch & Neumeier 2015"),
    PENALTY_UNILATERAL_YEARS("penalty_unilateral_years", 7, 0, 100, "years the unilateral penalty lasts per episode", "Neuenkirch & Neumeier 2015"),
    PENALTY_MULTILATERAL_YEARS("penalty_multilateral_years", 10, 0, 100, "years the multilateral penalty lasts per episode", "Neuenkirch & Neumeier 2015"),
    PENALTY_COMPREHENSIVE_YEARS("penalty_comprehensive_years", 10, 0, 100, "years the comprehensive penalty lasts per episode", "Neuenkirch & Neumeier 2015"),
    WAR_COST_FIRST_YEAR("war_cost_first_year", 3.8, 0, 100, "growth cost of a war in its first year (points)",
            "calibrated to Russia 2022-24 (docs/validation.md); MODEL.md 6 default 3"),
    WAR_COST_LATER("war_cost_later", 0, 0, 100, "growth cost of a war after its first year (points a year)",
            "calibrated to Russia 2023-24, at the bound (docs/validation.md); MODEL.md 6 default 1"),
    OIL_EVASION_RATE("oil_evasion_rate", 0.05, 0, 5, "r, logistic growth of the maturity h of a seller's evasion network (per month)",
            "fitted to Iran 2012-14 (hindcast iran-2011, oil-export targets: mean absolute error 0.30, 0.32, 0.41, 0.56 mb/d at r = 0.02, 0.05, 0.1, 0.2; MODEL.md 6); range 0.02-0.2 an assumption"),
    OIL_DECLINE_MONTHS("oil_decline_months", 4, 1, 120, "months for a buyer's oil take to close the gap to its target", "MODEL.md 6"),
    OIL_EVASION_START("oil_evasion_start", 0.01, 0, 1, "maturity h of a seller's evasion network when an enforcement episode starts against it (per actor)", "MODEL.md 6 (assumption)"),
    OIL_BUYER_SHARE("oil_buyer_share", 0.4, 0, 1,
            "largest extra share of its crude imports that a non-complying buyer can take from a seller closed out of other markets",
            "India's crude imports from Russia rose from about 1% to about 35-40% of its 4.2-4.8 mb/d of imports in 2021-23 (Kpler, EIA; data/oil-flows.csv); range 0.2-0.6 an assumption"),
    OIL_DISCOUNT_ENFORCEMENT("oil_discount_enforcement", 0.03, 0, 0.5,
            "discount, as a share of the world price, per unit of enforcement I (secondary energy regimes against the seller)",
            "assumption: Iran's crude to China sold about USD 5-10 below Brent in 2023-24 under I about 0.7 (Reuters/Kpler reports), of which the closed-market term gives most"),
    OIL_DISCOUNT_EVASION("oil_discount_evasion", 0.8, 0, 2,
            "discount, as a share of the world price, per unit of the share C of the seller's market closed to it, with no evasion network",
            "KSE Institute: Urals-Brent discount about USD 30-40 (35-40% of Brent) in 2022-early 2023 with about half of Russia's crude market (the EU) closing; Babina et al. 2023"),
    OIL_DISCOUNT_MATURITY("oil_discount_maturity", 0.75, 0, 1,
            "share of the closed-market discount that a mature evasion network (h = 1) removes",
            "KSE Institute / IEA OMR: the Urals discount narrowed to about USD 10-15 in late 2023-24 (about a quarter of its peak) as the shadow fleet grew"),
    OIL_PRICE("oil_price", 75, 0, 1000, "oil price, USD per barrel", "MODEL.md 6: the world price, before the sanction discount (Brent averaged about 80 in 2024; 75 is the 1.5 default, kept)"),
    ARMS_BUDGET_SHARE("arms_budget_share", 0.02, 0, 1, "share of a supplier's military spending given as arms", "MODEL.md 7"),
    ARMS_ALIGNMENT_MIN("arms_alignment_min", 0.5, 0, 0.999, "minimum alignment for an arms transfer", "MODEL.md 7"),
    LOCALISATION_MONTHS("localisation_months", 30, 0, 600, "months after which a new arms flow is produced locally", "Shahed drones 2022-25"),
    STABILITY_RATE("stability_rate", 0.05, 0, 10, "effect of growth above trend on stability", "MODEL.md 7"),
    STABILITY_SANCTION("stability_sanction", 0.02, 0, 10, "effect of a rising sanctioned trade share on stability (per month)", "MODEL.md 7"),
    STABILITY_THRESHOLD("stability_threshold", 0.0, 0, 1, "stability below which a conditional regime_change fires (0 = never)", "MODEL.md 7"),
    GRAVITY_IMPUTATION(Kind.FLAG, "gravity_imputation", 0, 0, 1, "1 fills flows the scenario does not record, once at the start, from a gravity model fitted to the recorded ones; 0 leaves them at zero", "MODEL.md 4"),
    TARIFF_ELASTICITY("tariff_elasticity", 5.0, 0, 20,
            "sigma, trade elasticity of tariffs: a tariff at rate tau moves a flow by (1 + tau)^-sigma at steady state",
            "Head & Mayer 2014 (preferred 5 from 744 gravity estimates in 32 papers); literature 4-6 (Simonovska & Waugh 2014: about 4)"),
    AGREEMENT_EFFECT("agreement_effect", 0.69, 0, 3,
            "log-flow effect of a trade agreement on trade between its parties, once phased in (exp(0.69) = 2)",
            "Baier & Bergstrand 2007 (an FTA about doubles members' trade after 10 years: ln 2); Yotov et al. 2016: 0.56"),
    AGREEMENT_PHASE_IN_MONTHS(Kind.INTEGER, "agreement_phase_in_months", 120, 0, 600,
            "months over which a trade agreement's effect builds up linearly", "Baier & Bergstrand 2007 (the effect is reached after about 10 years)"),
    DERISKING_STRENGTH("derisking_strength", 1.0, 0, 5,
            "psi, log-flow effect of de-risking on a fully exposed third country's trade with the target of a full-intensity secondary regime (MODEL.md 3)",
            "assumption, sized on China: Chinese banks' restrictions after US EO 14114 (Dec 2023) cut China's exports to Russia about 16% y/y in March 2024 and about 1% in 2024 H1 (GACC via Bloomberg, 2024-04-12 and 2024-07-12)"),
    FINANCIAL_SHOCK_HALF_LIFE("financial_shock_half_life", 6, 1, 60,
            "months in which a financial shock's stress Z halves (MODEL.md 6a)",
            "assumption: Russia's GDP fell 4.1% y/y in 2022 Q2 (Rosstat) and grew again from 2023 Q2; the shock mostly passed within a year"),
    FINANCIAL_SHOCK_SWIFT("financial_shock_swift", 0.08, 0, 0.5,
            "kappa_S, stress (share of GDP) of cutting all of a fully exposed, unbuffered target's banks from SWIFT (MODEL.md 6a)",
            "assumption, sized on the estimates of 5% of Russia's GDP in a year for a full SWIFT cut (A. Kudrin 2014; Carnegie Moscow Center 2022) and on Iran's 2012 contraction (-6.6%)"),
    FINANCIAL_SHOCK_RESERVE_FREEZE("financial_shock_reserve_freeze", 0.06, 0, 0.5,
            "kappa_R, stress (share of GDP) of freezing all of a fully exposed target's reserves, per unit of the share frozen (MODEL.md 6a)",
            "assumption: the CBR's 300 bn (0.48 of its reserves, data/finance.csv) frozen in Feb 2022 took away its usual defence of the rouble"),
    FINANCIAL_SHOCK_CORRESPONDENT("financial_shock_correspondent", 0.04, 0, 0.5,
            "kappa_C, stress (share of GDP) of a ban on correspondent accounts for all of a fully exposed, unbuffered target's banks (MODEL.md 6a)",
            "assumption: half the SWIFT figure, since payments can still be routed through banks outside the sender's system"),
    FINANCIAL_BUFFER_MONTHS("financial_buffer_months", 12, 0.1, 120,
            "R0, months of imports in usable reserves that halve a financial shock: buffer factor R0 / (R0 + R) (MODEL.md 6a)",
            "assumption (the IMF's traditional adequacy rule is 3 months of imports; a year of imports is taken to halve the shock)"),
    RESERVES_MONTHS_DEFAULT("reserves_months_default", 3, 0, 600,
            "reserves, in months of imports, of an actor whose scenario gives no reserves_months (MODEL.md 6a)",
            "assumption: the IMF's traditional rule of thumb of 3 months of imports"),
    FINANCIAL_IMPORT_COMPRESSION("financial_import_compression", 3, 0, 20,
            "theta, log fall of the target's imports per unit of financial stress Z: imports x exp(-theta Z) (MODEL.md 6a)",
            "assumption: imports fall about three times as much as output in sudden stops and financial crises (Russia's goods imports fell far more than its GDP in 2022 Q2)"),
    // Numbers MODEL.md fixes in prose or leaves to the engine; named so that nothing is hidden in step().
    LOCALISATION_DECLINE_MONTHS("localisation_decline_months", 12, 1, 600, "months over which a localised arms flow declines to zero", "engine: MODEL.md 7 says 12"),
    THREAT_HOSTILITY("threat_hostility", 0.7, 0, 1, "hostility at which an actor counts as under threat", "engine: MODEL.md 7 says 0.7"),
    THREAT_CAPABILITY_RATIO("threat_capability_ratio", 0.5, 0, 100, "rival capability, relative to own, that makes a threat", "engine: MODEL.md 7 says half"),
    POSTWAR_HOSTILITY("postwar_hostility", 0.8, 0, 1, "hostility after war_end when neither the event nor the pre-war level gives one", "engine: assumption, an armistice leaves a deep rivalry"),
    POLICY_CRACKDOWN("policy_crackdown", 0.5, 0, 1, "crackdown on oil evasion of the shipped maximum_pressure policy", "engine: assumption"),
    RAPPROCHEMENT_MONTHS(Kind.INTEGER, "rapprochement_months", 12, 0, 600, "months over which the shipped rapprochement policy lifts regimes", "MODEL.md 8"),
    RAPPROCHEMENT_HOSTILITY_FACTOR("rapprochement_hostility_factor", 0.5, 0, 1, "factor on hostility under the shipped rapprochement policy", "MODEL.md 8 (halve)"),
    DIVERSION_MIN_BASE("diversion_min_base", 0.01, 0, 1,
            "smallest base of a partner's diversion cap, as a share of the target's month-0 exports (imports): a partner with no flow a year earlier can still take some diverted trade",
            "engine: assumption"),
    ALIGNMENT_START("alignment_start", 0.5, 0, 1, "alignment from which the alignment of unrecorded pairs is settled at the start (neutral)", "engine: assumption (docs/model-notes.md)"),
    ALIGNMENT_SETTLING_PASSES(Kind.INTEGER, "alignment_settling_passes", 2, 0, 20,
            "passes of compliance and utility that settle the alignment of unrecorded pairs at the start", "engine: assumption (docs/model-notes.md)"),
    DEFENSE_CONSULTATION("defense_consultation", 0.4, 0, 1,
            "defence level of a treaty whose defense is consultation, strategic_partnership or entente", "MODEL.md 1 (Correlates of War alliance types)"),
    DEFENSE_NON_AGGRESSION("defense_non_aggression", 0.6, 0, 1,
            "defence level of a treaty whose defense is non_aggression or neutrality", "MODEL.md 1 (Correlates of War alliance types)"),
    DEFENSE_MUTUAL("defense_mutual", 1.0, 0, 1,
            "defence level of a treaty whose defense is mutual_defence or defense_pact", "MODEL.md 1 (Correlates of War alliance types)");

    /** What values a parameter takes: any real number in its range, whole numbers, or 0 and 1. */
    public enum Kind {
        REAL("real"), INTEGER("integer"), FLAG("flag");

        private final String key;

        Kind(String key) { this.key = key; }

        /** The word used in messages and docs. */
        public String key() { return key; }
    }

    private static final Map<String, Param> BY_NAME = new HashMap<>();
    static {
        for (Param p : values()) BY_NAME.put(p.key, p);
    }

    private final Kind kind;
    private final String key;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final String meaning;
    private final String basis;

    Param(String key, double defaultValue, double min, double max, String meaning, String basis) {
        this(Kind.REAL, key, defaultValue, min, max, meaning, basis);
    }

    Param(Kind kind, String key, double defaultValue, double min, double max, String meaning, String basis) {
        this.kind = kind;
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
        this.basis = basis;
    }

    /** The scenario name of the parameter, e.g. {@code diversion_share}. */
    public String key() { return key; }
    /** Default value; NaN for the alignment weights, which default to the theory's preset. */
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public String meaning() { return meaning; }
    public String basis() { return basis; }
    public Kind kind() { return kind; }

    /** Whether a value is of this parameter's kind: any number for a real, a whole number for an integer, 0 or 1 for a flag. */
    public boolean ofKind(double value) {
        return switch (kind) {
            case REAL -> true;
            case INTEGER -> value == Math.rint(value);
            case FLAG -> value == 0 || value == 1;
        };
    }

    /** The rule a value of the wrong kind breaks, for one-line messages. */
    public String kindRule() {
        return switch (kind) {
            case REAL -> "must be a number";
            case INTEGER -> "must be a whole number (an integer parameter)";
            case FLAG -> "must be 0 or 1 (a flag)";
        };
    }

    public static Optional<Param> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
