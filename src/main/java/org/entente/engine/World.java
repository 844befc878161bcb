package org.entente.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.EventAction;
import org.entente.model.HostilitySpec;
import org.entente.model.Param;
import org.entente.model.RegimeSpec;
import org.entente.model.RegimeType;
import org.entente.model.Scenario;
import org.entente.model.ScheduledEvent;
import org.entente.model.TradeSpec;
import org.entente.model.TreatySpec;

/**
 * One run's world: who the actors are and the parameters in force, composed of its state
 * ({@link Actors}, {@link Ties}, {@link Politics}: what a checkpoint would save) and of the
 * {@link Layers} derived from that state. Each phase keeps its own working memory. Built from a
 * {@link Scenario} and its imputed flows so that the recorded world of month 0 is a steady state
 * (MODEL.md section 3). Nothing outside the engine package sees it; {@link WorldView} is the
 * read-only window. Mutable; owned by one run.
 */
final class World {
    /** Sender index that stands for the United Nations. */
    static final int UN = -1;

    final Scenario scenario;
    /** Parameter values by {@link Param#ordinal()}; {@code set_parameter} events change them during a run. */
    final double[] par;
    final int n;
    final String[] ids;
    final ActorKind[] kind;
    final Map<String, Integer> index = new HashMap<>();

    final Actors actors;
    final Ties ties;
    final Politics politics;
    final Layers layers;
    /** The oil market (MODEL.md 6): takes by seller and buyer, discount, price caps. */
    final OilMarket oil;
    /** The financial channel: de-risking and financial shocks (MODEL.md 3, 6a). */
    final Finance finance;

    World(PreparedScenario prepared) {
        Scenario s = prepared.scenario();
        this.scenario = s;
        this.par = s.parameters().toArray();
        List<ActorSpec> as = s.actors();
        n = as.size();
        ids = new String[n];
        kind = new ActorKind[n];
        for (int i = 0; i < n; i++) {
            ids[i] = as.get(i).id();
            kind[i] = as.get(i).kind();
            index.put(ids[i], i);
        }
        actors = new Actors(n);
        initActors(as);
        ties = new Ties(n, tradeAtStart(s.trade(), prepared.imputed()));
        politics = new Politics(n);
        layers = new Layers(this);
        oil = new OilMarket(n);
        initTrade();
        for (org.entente.model.ComplianceSpec c : s.compliance()) {
            layers.observedCompliance.put(((long) idx(c.sender()) * n + idx(c.target())) * n + idx(c.buyer()), c.complies() ? 1.0 : 0.0);
        }
        finance = new Finance(this, as);
        finance.startExposures();
        initHostility(s.hostility());
        initRegimes(s.sanctions());
        for (TreatySpec t : s.treaties()) politics.treaties.add(newTreaty(t));
        actors.startLags();
    }

    double p(Param p) { return par[p.ordinal()]; }

    /** An integer parameter (its kind guarantees a whole number). */
    int pInt(Param p) { return (int) par[p.ordinal()]; }

    int idx(String id) {
        Integer i = index.get(id);
        if (i == null) throw new IllegalStateException("unknown actor " + id + " (the validator should have caught it)");
        return i;
    }

    /** Sender index of a regime's sender id (the UN is {@link #UN}). */
    int senderIdx(String id) { return RegimeSpec.UN.equals(id) ? UN : idx(id); }

    String senderId(int s) { return s == UN ? RegimeSpec.UN : ids[s]; }

    /** Row of a sender in (n + 1)-row matrices. */
    int senderRow(int s) { return s == UN ? n : s; }

    private void initActors(List<ActorSpec> as) {
        Actors v = actors;
        for (int i = 0; i < n; i++) {
            ActorSpec a = as.get(i);
            v.gdp[i] = v.gdp0[i] = a.gdp();
            v.trend[i] = a.trendGrowth();
            v.population[i] = a.population();
            v.milex[i] = a.milex();
            v.milexShare0[i] = v.milexShare[i] = a.gdp() > 0 ? a.milex() / a.gdp() : 0;
            v.idealPoint[i] = a.idealPoint();
            v.stability[i] = a.stability();
            v.armsSupplier[i] = a.armsSupplier();
            v.oil[i] = v.oil0[i] = a.oilExports();
            v.oilFree[i] = Double.isNaN(a.oilFree()) ? a.oilExports() : a.oilFree();
            v.oilEvasionStart[i] = Double.isNaN(a.oilEvasionStart()) ? p(Param.OIL_EVASION_START) : a.oilEvasionStart();
            v.oilImports[i] = a.oilImports();
        }
    }

    /** X(0): the recorded flows, then the imputed ones in their place. */
    private double[] tradeAtStart(List<TradeSpec> ts, List<Gravity.Flow> imputed) {
        double[] x0 = new double[n * n];
        for (TradeSpec t : ts) x0[idx(t.from()) * n + idx(t.to())] += t.value();
        for (Gravity.Flow f : imputed) x0[idx(f.from()) * n + idx(f.to())] = f.value();
        return x0;
    }

    private void initTrade() {
        Actors v = actors;
        double[] x0 = ties.x0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v.exports0[i] += x0[i * n + j];
                v.imports0[j] += x0[i * n + j];
            }
        }
        for (int i = 0; i < n; i++) {
            v.trade[i] = v.tradeRef[i] = v.exports0[i] + v.imports0[i];
            v.exportsNow[i] = v.exports0[i];
            v.importsNow[i] = v.imports0[i];
            layers.tradeNet[i] = kind[i] != ActorKind.NON_STATE && v.exports0[i] + v.imports0[i] > 0;
        }
    }

    private void initHostility(List<HostilitySpec> hs) {
        for (HostilitySpec s : hs) {
            int i = idx(s.a()), j = idx(s.b());
            double level = s.war() ? 1.0 : s.level();
            setSym(ties.h, i, j, level);
            setSym(ties.hbase, i, j, level);
            setSym(ties.h0, i, j, level);
            layers.markHostile(i, j);
            if (s.war()) {
                ties.war[i * n + j] = ties.war[j * n + i] = true;
                politics.wars.add(new Politics.War(i, j, Integer.MIN_VALUE, new double[] {0, 0}, new double[] {0, 0}, Double.NaN));
            }
        }
    }

    private void initRegimes(List<RegimeSpec> specs) {
        for (RegimeSpec rs : specs) {
            int start = scenario.stepOf(rs.start());
            int end = rs.end() == null ? Regime.OPEN : scenario.stepOf(rs.end());
            // a regime that ended before the start is history: the recorded world already
            // reflects it, and letting its friction fade on would make an unchanged world drift
            if (end <= 0) continue;
            Regime reg = newRegime(rs, start, start, end);
            politics.regimes.add(reg);
            if (reg.activeAt(0)) politics.month0Regimes.add(reg.copy());
        }
    }

    Regime newRegime(RegimeSpec rs, int start, int rampStart, int end) {
        boolean[] rejected = new boolean[n];
        for (String id : rs.rejectedBy()) rejected[idx(id)] = true;
        int[] initiated = rs.initiatedBy().stream().mapToInt(this::idx).toArray();
        return new Regime(senderIdx(rs.sender()), idx(rs.target()), rs.type(), rs.intensity(), rs.secondary(),
                start, rampStart, end, rejected, initiated);
    }

    Politics.Treaty newTreaty(TreatySpec t) {
        int[] parties = t.parties().stream().mapToInt(this::idx).toArray();
        int inForce = t.inForce() == null ? Regime.OPEN : scenario.stepOf(t.inForce());
        int end = Double.isNaN(t.years()) || inForce == Regime.OPEN ? Regime.OPEN
                : inForce + (int) Math.round(t.years() * 12);
        double fl = Double.isNaN(t.floor()) ? p(Param.TREATY_FLOOR) : t.floor();
        int duration = Double.isNaN(t.years()) ? -1 : (int) Math.round(t.years() * 12);
        return new Politics.Treaty(t.name(), parties, inForce, end, duration, t.defense(), fl);
    }

    void setSym(double[] m, int i, int j, double v) {
        m[i * n + j] = v;
        m[j * n + i] = v;
    }

    /** Sets the hostility of a pair and the level it rests at (events); the pair joins {@link Layers#hostilePairs}. */
    void setHostility(int i, int j, double level) {
        setSym(ties.h, i, j, level);
        setSym(ties.hbase, i, j, level);
        layers.markHostile(i, j);
    }

    /** Sets the alignment anchor of a pair (both directions) and its logit. */
    void setAnchor(int i, int j, double level) {
        setSym(ties.anchor, i, j, level);
        double l = Rules.logit(level);
        layers.logitAnchor[i * n + j] = l;
        layers.logitAnchor[j * n + i] = l;
    }

    /** Sets the alignment anchor of one directed entry and its logit. */
    void setAnchor(int k, double level) {
        ties.anchor[k] = level;
        layers.logitAnchor[k] = Rules.logit(level);
    }

    /** Whether actor i applies regime reg (the sender, a member of the sending bloc, or a UN member). */
    boolean applies(Regime reg, int i) {
        if (i == reg.target) return false;
        if (reg.isUn()) return kind[i] != ActorKind.NON_STATE && !reg.rejectedBy[i];
        return i == reg.sender || politics.member[reg.sender * n + i];
    }

    /**
     * Whether actor i takes part in trade: a state or bloc with some recorded trade at month 0.
     * Actors outside it never receive diverted trade or oil, and their trade dependence is zero.
     */
    boolean inTradeNetwork(int i) {
        return layers.tradeNet[i];
    }

    /** Current flow i to j including the oil revenue change. */
    double flow(int i, int j) { return ties.x[i * n + j] + ties.oilAdj[i * n + j]; }

    /** Oil enforcement I = 1 - prod(1 - e) over secondary energy regimes against actor i (MODEL.md 6). */
    double oilEnforcement(int i, int t) {
        double keep = 1.0;
        for (Regime reg : politics.regimes) {
            if (reg.target != i || reg.type != RegimeType.ENERGY || !reg.secondary) continue;
            keep *= 1 - Rules.clamp(reg.policyIntensity(t), 0, 1);
        }
        return 1 - keep;
    }

    boolean atWar(int i) {
        for (int j = 0; j < n; j++) if (ties.war[i * n + j]) return true;
        return false;
    }

    /** Events of the scenario grouped by step. */
    Map<Integer, List<ScheduledEvent>> eventsByStep() {
        Map<Integer, List<ScheduledEvent>> m = new HashMap<>();
        for (ScheduledEvent e : scenario.events()) {
            m.computeIfAbsent(scenario.stepOf(e.month()), k -> new ArrayList<>()).add(e);
        }
        return m;
    }

    /**
     * Whether an event only records the start world: set_alignment, join_bloc, the trade-policy
     * instruments (impose_tariff, impose_secondary_tariff, sign_trade_agreement) and
     * impose_financial_sanction dated the start month (a financial measure of the start world
     * gives no shock: the recorded world prices it; it still shrinks the usable reserves). A bloc's members at month 0 apply its regimes already in the recorded flows, so the
     * membership is set before the month-0 frictions are taken (a steady state), not as news; a
     * tariff or agreement of the start month is likewise already in the recorded flows.
     */
    static boolean isInitialData(ScheduledEvent e, Scenario s) {
        EventAction a = e.action();
        boolean data = a instanceof EventAction.SetAlignment || a instanceof EventAction.JoinBloc || isTradePolicyData(a)
                || a instanceof EventAction.ImposePriceCap || a instanceof EventAction.ImposeFinancialSanction;
        return data && s.stepOf(e.month()) == 0;
    }

    /** The trade-policy instruments that, dated the start month, are part of the start world. */
    static boolean isTradePolicyData(EventAction a) {
        return a instanceof EventAction.ImposeTariff || a instanceof EventAction.ImposeSecondaryTariff
                || a instanceof EventAction.SignTradeAgreement;
    }
}
