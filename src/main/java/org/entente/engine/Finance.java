package org.entente.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.FinancialMeasure;
import org.entente.model.Param;
import org.entente.model.RegimeType;

/**
 * The financial channel (MODEL.md 3 "De-risking" and 6a): secondary-sanction de-risking by
 * third countries' banks, and the transitory financial shock of SWIFT exclusions, reserve
 * freezes and correspondent-banking bans. Each month {@link #update} derives from the regimes
 * and the financial measures in force
 *
 * <pre>  Z_j(t)   = sum over measures m against j of I_m 2^(-(t - t_m) / h)          (financial stress)
 *  F^D_ij(t) = -psi x_i(s) E_sj(t)   on i to j and j to i                       (de-risking)
 *  G_ij(t)   = F^D_ij(t) - theta Z_j(t)                                        (the log factor on flow i to j)</pre>
 *
 * and the trade phase adds G - G(0) to the exponent of each flow's target ratio, beside F - F(0)
 * and T - T(0); the economy phase keeps output lower by the share Z than it would be. Holds the
 * run's financial state: the exposures, the reserves, the measures imposed. No random numbers.
 * Mutable; owned by one run.
 */
final class Finance {
    /** The start of a measure the start world already holds: no shock (the recorded world prices it). */
    static final int START_WORLD = Integer.MIN_VALUE;

    private final World w;
    private final int n;
    /** financial_exposure as set by the scenario or an event, NaN for the default rule. */
    final double[] exposureSet;
    /** The default exposure of actor i to sender s (i * n + s): its month-0 trade share with s. */
    private final double[] exposureDefault;
    /** reserves_months of each actor (the default applied). */
    final double[] reservesMonths;
    /** Financial stress Z of each actor this month (share of GDP). */
    final double[] stress;
    /** Z of last month (zero before month 0), which the economy phase measures the change of the output gap against. */
    final double[] stressPrev;
    /** The log factor G on every flow this month, its month-0 value, and the entries written. */
    final double[] factor, factor0;
    private final Sparse set;
    /** The sender-by-target de-risking intensity E (s * n + j) of this month. */
    private final double[] threat;
    /** Whether sender s applies an active financial regime against actor i (s * n + i): i's banks have nothing left to lose. */
    private final boolean[] isTarget;
    final List<Measure> measures = new ArrayList<>();

    /** One financial measure of a run: sender, target, measure, share, its month, its shock, and its lift. */
    static final class Measure {
        final int sender, target;
        final FinancialMeasure measure;
        final double share;
        final int start;
        /** The stress I it put on the target when imposed (0 for the start world's). */
        final double impulse;
        int end = Regime.OPEN;

        Measure(int sender, int target, FinancialMeasure measure, double share, int start, double impulse) {
            this.sender = sender;
            this.target = target;
            this.measure = measure;
            this.share = share;
            this.start = start;
            this.impulse = impulse;
        }

        boolean inForceAt(int t) { return (start == START_WORLD || t >= start) && t < end; }
    }

    Finance(World w, List<ActorSpec> specs) {
        this.w = w;
        this.n = w.n;
        exposureSet = new double[n];
        reservesMonths = new double[n];
        for (int i = 0; i < n; i++) {
            ActorSpec a = specs.get(i);
            exposureSet[i] = a.financialExposure();
            reservesMonths[i] = Double.isNaN(a.reservesMonths()) ? w.p(Param.RESERVES_MONTHS_DEFAULT) : a.reservesMonths();
        }
        exposureDefault = new double[n * n];
        stress = new double[n];
        stressPrev = new double[n];
        factor = new double[n * n];
        factor0 = new double[n * n];
        set = new Sparse(n * n);
        threat = new double[n * n];
        isTarget = new boolean[n * n];
    }

    /** Fills the default exposures from the month-0 flows: x_i(s) = (X_is(0) + X_si(0)) / total trade of i at month 0. */
    void startExposures() {
        double[] x0 = w.ties.x0;
        for (int i = 0; i < n; i++) {
            double total = w.actors.exports0[i] + w.actors.imports0[i];
            for (int s = 0; s < n; s++) {
                exposureDefault[i * n + s] = total > 0 && s != i ? (x0[i * n + s] + x0[s * n + i]) / total : 0;
            }
        }
    }

    /** Exposure of actor i to the financial system of sender s: the attribute when set, else the trade share (MODEL.md 3). */
    double exposure(int i, int s) {
        return Double.isNaN(exposureSet[i]) ? exposureDefault[i * n + s] : exposureSet[i];
    }

    /** The financial stress Z_j(t): the impulses of the measures imposed on j, each halving every h months. */
    double stressAt(int j, int t) {
        double h = w.p(Param.FINANCIAL_SHOCK_HALF_LIFE), z = 0;
        for (Measure m : measures) {
            if (m.target != j || m.impulse == 0 || m.start == START_WORLD || t < m.start) continue;
            z += m.impulse * Math.pow(2, -(t - m.start) / h);
        }
        return z;
    }

    /** Writes {@link #stress} and {@link #factor} for month t (the trade phase, and the set-up at month 0). */
    void update(int t) {
        for (int q = 0; q < set.size; q++) factor[set.list[q]] = 0;
        set.clear();
        for (int j = 0; j < n; j++) stress[j] = measures.isEmpty() ? 0 : stressAt(j, t);
        double theta = w.p(Param.FINANCIAL_IMPORT_COMPRESSION);
        for (int j = 0; j < n; j++) {
            if (stress[j] == 0 || theta == 0) continue;
            double c = -theta * stress[j];
            for (int i = 0; i < n; i++) {
                if (i == j) continue;
                factor[i * n + j] += c;
                set.add(i * n + j);
            }
        }
        derisking(t);
    }

    /**
     * De-risking (MODEL.md 3): E_sj = the largest effective intensity of sender s's non-energy,
     * non-arms regimes with the secondary flag against j; each third country i that neither
     * applies a regime against j nor is itself the target of a financial regime of s (its banks
     * are already cut off from s's system), and takes part in trade, has its
     * trade with j both ways cut by psi x_i(s) E_sj in logs, whatever its government does.
     */
    private void derisking(int t) {
        double psi = w.p(Param.DERISKING_STRENGTH);
        if (psi <= 0) return;
        boolean any = false;
        Arrays.fill(threat, 0);
        Arrays.fill(isTarget, false);
        for (Regime reg : w.politics.regimes) {
            if (reg.isUn() || !reg.activeAt(t)) continue;
            if (reg.type == RegimeType.FINANCIAL) isTarget[reg.sender * n + reg.target] = true;
            if (!reg.secondary || reg.type == RegimeType.ENERGY || reg.type == RegimeType.ARMS) continue;
            double e = reg.policyIntensity(t);
            if (e <= 0) continue;
            int k = reg.sender * n + reg.target;
            threat[k] = Math.max(threat[k], e);
            any = true;
        }
        if (!any) return;
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < n; j++) {
                double e = threat[s * n + j];
                if (e <= 0) continue;
                for (int i = 0; i < n; i++) {
                    if (i == j || i == s || w.layers.senderAgainst[j * n + i] || isTarget[s * n + i] || !w.inTradeNetwork(i)) continue;
                    double fd = -psi * exposure(i, s) * e;
                    if (fd == 0) continue;
                    factor[i * n + j] += fd;
                    factor[j * n + i] += fd;
                    set.add(i * n + j);
                    set.add(j * n + i);
                }
            }
        }
    }

    /** Takes this month's factor as the month-0 reference G(0) (after {@link #update} at the start). */
    void startReference() {
        System.arraycopy(factor, 0, factor0, 0, factor.length);
    }

    /** exp(G - G(0)) on flow k: what de-risking and import compression leave of it. */
    double keep(int k) {
        double d = factor[k] - factor0[k];
        return d == 0 ? 1.0 : Math.exp(d);
    }

    /**
     * Usable reserves of actor j in months of imports: reserves_months times what the reserve
     * freezes in force at t (and {@code extraFrozen}, a freeze being imposed) leave unfrozen.
     */
    double usableReserves(int j, int t, double extraFrozen) {
        double keep = 1 - extraFrozen;
        for (Measure m : measures) {
            if (m.target == j && m.measure == FinancialMeasure.RESERVE_FREEZE && m.inForceAt(t)) keep *= 1 - m.share;
        }
        return reservesMonths[j] * Math.max(0, keep);
    }

    /** The impulse of a measure imposed at t: I = kappa_m s x_j(sender) R0 / (R0 + usable reserves). */
    double impulse(int s, int j, FinancialMeasure measure, double share, int t) {
        double r0 = w.p(Param.FINANCIAL_BUFFER_MONTHS);
        double usable = usableReserves(j, t, measure == FinancialMeasure.RESERVE_FREEZE ? share : 0);
        return w.p(measure.size()) * share * exposure(j, s) * r0 / (r0 + usable);
    }

    // ------------------------------------------------------------------ the events (MODEL.md 8)

    /** Imposes a financial measure from month t ({@link #START_WORLD}: in force at the start, no shock); returns the words for events.csv. */
    String impose(EventAction.ImposeFinancialSanction a, int t) {
        int s = w.idx(a.sender()), j = w.idx(a.target());
        double share = Double.isNaN(a.share()) ? 1 : a.share();
        double impulse = t == START_WORLD ? 0 : impulse(s, j, a.measure(), share, t);
        measures.add(new Measure(s, j, a.measure(), share, t, impulse));
        String what = a.measure().key() + " share " + EntenteSim.fmt(share);
        return t == START_WORLD ? what : what + ": financial stress +" + EntenteSim.fmt(impulse) + " of GDP, half-life "
                + EntenteSim.fmt(w.p(Param.FINANCIAL_SHOCK_HALF_LIFE)) + " months";
    }

    /** Lifts the sender's measure on the target (of the kind named, or all) from month t. */
    String lift(EventAction.LiftFinancialSanction a, int t) {
        int s = w.idx(a.sender()), j = w.idx(a.target());
        StringBuilder lifted = new StringBuilder();
        for (Measure m : measures) {
            if (m.sender != s || m.target != j || m.end != Regime.OPEN || a.measure() != null && m.measure != a.measure()) continue;
            m.end = t;
            if (lifted.length() > 0) lifted.append(", ");
            lifted.append(m.measure.key());
        }
        return lifted.length() == 0 ? "no financial sanction in force" : lifted + " lifted";
    }
}
