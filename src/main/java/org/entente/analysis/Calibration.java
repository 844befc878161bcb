package org.entente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.Scenario;
import org.entente.run.Ensemble;

/**
 * Fits free parameters to hindcast targets with Commons Math's CMA-ES, bounded by each
 * parameter's range. The objective, over every target of every episode, is the sum of the
 * target's weight (from its confidence) times its squared error: relative to the observed value
 * for a target not in percent, in units of {@link #RATE_SCALE} points for a target in percent;
 * each on the ensemble mean. With several episodes one parameter set is fitted to all of them
 * at once, and each episode's share of the objective is reported. Every evaluation runs the
 * same seeds (common random numbers), so the objective is a smooth function of the parameters
 * rather than noise. Deterministic for a given seed whatever the number of threads.
 */
public final class Calibration {
    /** Growth-rate error, in points, that weighs as much as a 100% error on a level. */
    public static final double RATE_SCALE = 2.0;
    /** CMA-ES initial step, as a share of each parameter's range. */
    static final double INITIAL_SIGMA = 0.3;

    private Calibration() { }

    /** The fit: per episode (in the order given) its scored targets before and after. */
    public record Result(List<ParameterRanges.Range> free, double[] start, double[] best, double before, double after,
                         int evaluations, List<List<Hindcast.Scored>> fitBefore, List<List<Hindcast.Scored>> fitAfter) {
        /** The share of episode i in the objective after the fit (before, with {@code after} false). */
        public double share(int i, boolean after) {
            double total = after ? this.after : before;
            return objective((after ? fitAfter : fitBefore).get(i)) / total;
        }
    }

    /** The objective of a set of scored targets. */
    public static double objective(List<Hindcast.Scored> scored) {
        double j = 0;
        for (Hindcast.Scored s : scored) j += Hindcast.weightedSquaredError(s);
        return j;
    }

    /** The scenario with the free parameters at x (clamped to each parameter's allowed range). */
    static Scenario at(Scenario s, List<ParameterRanges.Range> free, double[] x) {
        Parameters p = s.parameters();
        for (int i = 0; i < free.size(); i++) {
            Param q = free.get(i).param();
            p = p.with(q, Math.max(q.min(), Math.min(q.max(), x[i])));
        }
        return s.withParameters(p);
    }

    /** Runs {@code runs} runs of every episode with the free parameters at x and scores them, per episode. */
    public static List<List<Hindcast.Scored>> fit(List<Episode> episodes, List<ParameterRanges.Range> free, double[] x, int runs,
                                                  Ensemble ensemble) {
        List<Episode.Pending> pending = new ArrayList<>();
        for (Episode e : episodes) pending.add(e.plan(runs, s -> at(s, free, x)));
        Episode.run(pending, ensemble);
        List<List<Hindcast.Scored>> out = new ArrayList<>();
        for (Episode.Pending p : pending) out.add(p.scored());
        return out;
    }

    private static double total(List<List<Hindcast.Scored>> scored) {
        double j = 0;
        for (List<Hindcast.Scored> s : scored) j += objective(s);
        return j;
    }

    /** Fits the free parameters, starting from their values in the first episode's scenario. */
    public static Result calibrate(List<Episode> episodes, List<ParameterRanges.Range> free, int runs,
                                   int threads, int maxEvaluations, long seed, IntConsumer progress) {
        int k = free.size();
        Scenario first = episodes.get(0).scenario();
        double[] start = new double[k], lo = new double[k], hi = new double[k], sigma = new double[k];
        for (int i = 0; i < k; i++) {
            ParameterRanges.Range r = free.get(i);
            start[i] = Math.max(r.min(), Math.min(r.max(), first.parameters().get(r.param())));
            lo[i] = 0;
            hi[i] = 1;
            sigma[i] = INITIAL_SIGMA;
        }
        try (Ensemble pool = new Ensemble(threads, "entente-calibrate")) {
            AtomicInteger evaluations = new AtomicInteger();
            ObjectiveFunction f = new ObjectiveFunction(u -> {
                progress.accept(evaluations.incrementAndGet());
                return total(fit(episodes, free, scale(free, u), runs, pool));
            });
            double[] u0 = new double[k];
            for (int i = 0; i < k; i++) u0[i] = (start[i] - free.get(i).min()) / (free.get(i).max() - free.get(i).min());
            CMAESOptimizer cmaes = new CMAESOptimizer(maxEvaluations, 0, true, 0, 0, new MersenneTwister(seed), false, null);
            int population = 4 + (int) Math.floor(3 * Math.log(k));
            PointValuePair best = cmaes.optimize(new MaxEval(maxEvaluations), new MaxIter(maxEvaluations), f, GoalType.MINIMIZE,
                    new InitialGuess(u0), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(population));
            double[] x = scale(free, best.getPoint());
            List<List<Hindcast.Scored>> before = fit(episodes, free, start, runs, pool);
            List<List<Hindcast.Scored>> after = fit(episodes, free, x, runs, pool);
            return new Result(free, start, x, total(before), total(after), evaluations.get(), before, after);
        }
    }

    private static double[] scale(List<ParameterRanges.Range> free, double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            double v = Math.max(0, Math.min(1, u[i]));
            x[i] = free.get(i).min() + v * (free.get(i).max() - free.get(i).min());
        }
        return x;
    }

}
