package org.entente.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ec.util.MersenneTwisterFast;
import org.entente.engine.Gravity;
import org.entente.engine.PreparedScenario;
import org.entente.engine.Rules;
import org.entente.model.ActorSpec;
import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.Scenario;
import org.entente.model.TradeSpec;

/**
 * A plain flat-array kernel: the dense arithmetic of one month of MODEL.md sections 4 and 5
 * with no engine around it (no MASON schedule, no phases, no events, no records), as the
 * yardstick for the engine's cost per pair and month. Per month it computes:
 * <ul>
 *   <li>the reference path (section 4): income factors (Y_i/Y_i(0))^eps and the world's,
 *       Xref_ij = X_ij(0) a_i a_j / a_W, for every directed pair;</li>
 *   <li>the trade target ratio r* = exp(F - F(0) + alpha (A - A(0))) with frictions and the
 *       alignment premium, the partial adjustment r += lambda (r* - r), X = r Xref, and each
 *       actor's total trade;</li>
 *   <li>the dense part of the utility of closer ties (section 5) for every pair: trade
 *       dependence, ideological closeness and hostility;</li>
 *   <li>the alignment update A* = sigma(logit A(0) + gamma (U - U(0))),
 *       A = clamp(A + kappa (A* - A) + s N(0,1), floor, 1), pairs visited in an order drawn
 *       from a {@link MersenneTwisterFast}, as the engine does;</li>
 *   <li>GDP growth at trend plus noise (so that the reference path moves).</li>
 * </ul>
 * It leaves out everything that is not dense per-pair arithmetic: events, sanction pressure,
 * frictions and compliance (F is held at its month-0 value), common enemies and common
 * sanctioners (sparse in the engine), secondary-sanction risk, diversion, oil, the economy
 * beyond trend growth, penalties, security, stability and recording. Its flows start from the
 * scenario's recorded flows plus the gravity imputation when the scenario turns it on, so it
 * has as many live pairs as the engine. Not thread-safe: one instance per thread.
 */
public final class ReferenceKernel {
    private final int n;
    private final double eps, alpha, lambda, gamma, kappa, noise, sigma;
    private final double wTrade, wIdeology, wHostility;
    private final double[] gdp, gdp0, trend, ideal, income, trade, monthly;
    private final double[] x0, r, x, f, f0, a, a0, logitA0, floor, h, ubar, ubar0;
    private final int[] order;
    private final MersenneTwisterFast random;
    private final double range;

    public ReferenceKernel(Scenario s, long seed) {
        this(PreparedScenario.of(s), seed);
    }

    /** The kernel of a prepared scenario (its imputed flows computed once, as for the engine's runs). */
    public ReferenceKernel(PreparedScenario prepared, long seed) {
        Scenario s = prepared.scenario();
        List<ActorSpec> actors = s.actors();
        n = actors.size();
        Parameters p = s.parameters();
        eps = p.get(Param.INCOME_ELASTICITY);
        alpha = p.get(Param.ALIGNMENT_PREMIUM);
        lambda = p.get(Param.TRADE_ADJUSTMENT);
        gamma = p.get(Param.ALIGNMENT_GAIN);
        kappa = p.get(Param.ALIGNMENT_RATE);
        noise = p.get(Param.ALIGNMENT_NOISE);
        sigma = p.get(Param.GDP_NOISE);
        wTrade = p.get(Param.W_TRADE);
        wIdeology = p.get(Param.W_IDEOLOGY);
        wHostility = p.get(Param.W_HOSTILITY);
        random = new MersenneTwisterFast(seed);
        gdp = new double[n];
        gdp0 = new double[n];
        trend = new double[n];
        ideal = new double[n];
        income = new double[n];
        trade = new double[n];
        monthly = new double[n];
        order = new int[n];
        int nn = n * n;
        x0 = new double[nn];
        r = new double[nn];
        x = new double[nn];
        f = new double[nn];
        f0 = new double[nn];
        a = new double[nn];
        a0 = new double[nn];
        logitA0 = new double[nn];
        floor = new double[nn];
        h = new double[nn];
        ubar = new double[nn];
        ubar0 = new double[nn];
        Map<String, Integer> index = new HashMap<>();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ActorSpec as = actors.get(i);
            index.put(as.id(), i);
            gdp[i] = gdp0[i] = as.gdp();
            trend[i] = as.trendGrowth();
            ideal[i] = as.idealPoint();
            lo = Math.min(lo, ideal[i]);
            hi = Math.max(hi, ideal[i]);
        }
        range = hi - lo;
        for (TradeSpec t : s.trade()) x0[index.get(t.from()) * n + index.get(t.to())] += t.value();
        for (Gravity.Flow g : prepared.imputed()) x0[index.get(g.from()) * n + index.get(g.to())] = g.value();
        for (var hs : s.hostility()) {
            int i = index.get(hs.a()), j = index.get(hs.b());
            h[i * n + j] = h[j * n + i] = hs.war() ? 1.0 : hs.level();
        }
        Arrays.fill(r, 1.0);
        System.arraycopy(x0, 0, x, 0, nn);
        for (int k = 0; k < nn; k++) {
            a[k] = a0[k] = k / n == k % n ? 0 : 0.5;
            logitA0[k] = Rules.logit(a0[k]);
        }
        totals();
        utility();
        System.arraycopy(ubar, 0, ubar0, 0, nn);
    }

    public int actors() { return n; }

    /** Runs the given number of months. */
    public void run(int months) {
        for (int t = 0; t < months; t++) step();
    }

    /** One month: reference path and trade, utility, alignment, GDP. */
    public void step() {
        referenceAndTrade();
        utility();
        alignment();
        growth();
    }

    /** A number that depends on the whole state, so that no work can be optimised away. */
    public double checksum() {
        double sum = 0;
        for (int k = 0; k < x.length; k += 7) sum += x[k] + a[k];
        return sum;
    }

    private void totals() {
        Arrays.fill(trade, 0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                trade[i] += x[i * n + j];
                trade[j] += x[i * n + j];
            }
        }
    }

    private void referenceAndTrade() {
        double yw = 0, yw0 = 0;
        for (int i = 0; i < n; i++) {
            yw += gdp[i];
            yw0 += gdp0[i];
            income[i] = Math.pow(gdp[i] / gdp0[i], eps);
        }
        double world = Math.pow(yw / yw0, eps);
        Arrays.fill(trade, 0);
        for (int i = 0; i < n; i++) {
            double ai = income[i] / world;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                int k = row + j;
                if (i == j || !(x0[k] > 0)) continue;
                double xref = x0[k] * ai * income[j];
                double target = Math.exp(f[k] - f0[k] + alpha * (a[k] - a0[k]));
                r[k] += lambda * (target - r[k]);
                double xk = r[k] * xref;
                x[k] = xk;
                trade[i] += xk;
                trade[j] += xk;
            }
        }
    }

    private void utility() {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int ij = i * n + j, ji = j * n + i;
                double minTrade = Math.min(trade[i], trade[j]);
                double dep = minTrade > 0 ? (x[ij] + x[ji]) / minTrade : 0;
                double ideology = range > 0 ? 1 - Math.abs(ideal[i] - ideal[j]) / range : 1;
                double u = wTrade * dep + wIdeology * ideology - wHostility * h[ij];
                ubar[ij] = u;
                ubar[ji] = u;
            }
        }
    }

    private void alignment() {
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        for (int p = 0; p < n; p++) {
            int i = order[p];
            for (int q = p + 1; q < n; q++) {
                int j = order[q];
                int ij = i * n + j;
                double target = Rules.sigmoid(logitA0[ij] + gamma * (ubar[ij] - ubar0[ij]));
                double next = a[ij] + kappa * (target - a[ij]) + noise * random.nextGaussian();
                next = Rules.clamp(next, Math.max(0, floor[ij]), 1);
                a[ij] = next;
                a[j * n + i] = next;
            }
        }
    }

    private void growth() {
        for (int i = 0; i < n; i++) monthly[i] = Rules.monthlyFactor(trend[i] + sigma * random.nextGaussian());
        for (int i = 0; i < n; i++) gdp[i] *= monthly[i];
    }
}
