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
 * parameter's range. The objective is the sum over level targets of the squared relative error
 * plus the sum over rate targets of the squared error in units of {@link #RATE_SCALE} points,
 * each on the ensemble mean. Every evaluation runs the same seeds (common random numbers), so
 * the objective is a smooth function of the parameters rather than noise. Deterministic for a
 * given seed whatever the number of threads.
 */
public final class Calibration {
    /** Growth-rate error, in points, that weighs as much as a 100% error on a level. */
    public static final double RATE_SCALE = 2.0;
    /** CMA-ES initial step, as a share of each parameter's range. */
    static final double INITIAL_SIGMA = 0.3;

    private Calibration() { }

    public record Result(List<ParameterRanges.Range> free, double[] start, double[] best, double before, double after,
                         int evaluations, List<Hindcast.Scored> fitBefore, List<Hindcast.Scored> fitAfter) { }

    /** The objective of a set of scored targets (unscored targets do not count). */
    public static double objective(List<Hindcast.Scored> scored) {
        double j = 0;
        for (Hindcast.Scored s : scored) {
            if (!s.scored()) continue;
            double e = s.target().isRate() ? s.error() / RATE_SCALE : s.error() / s.target().value();
            j += e * e;
        }
        return j;
    }

    /** Runs {@code runs} runs of the scenario with the free parameters at x and scores them. */
    public static List<Hindcast.Scored> fit(Scenario s, List<Hindcast.Target> targets, List<ParameterRanges.Range> free,
                                            double[] x, int runs, Ensemble ensemble) {
        Parameters p = s.parameters();
        for (int i = 0; i < free.size(); i++) {
            Param q = free.get(i).param();
            p = p.with(q, Math.max(q.min(), Math.min(q.max(), x[i])));
        }
        Scenario point = s.withParameters(p);
        List<String> ids = new ArrayList<>();
        for (var a : s.actors()) ids.add(a.id());
        Hindcast.Series series = new Hindcast.Series(s.months(), ids);
        ensemble.runUnchecked(Ensemble.Plan.seeded(point, runs),
                Ensemble.Recorder.of((k, sc) -> series.sink((int) k)), (k, sink) -> { });
        return Hindcast.score(targets, series, s.start(), s.start().plusMonths(s.months() - 1L), runs);
    }

    public static Result calibrate(Scenario s, List<Hindcast.Target> targets, List<ParameterRanges.Range> free, int runs,
                                   int threads, int maxEvaluations, long seed, IntConsumer progress) {
        int k = free.size();
        double[] start = new double[k], lo = new double[k], hi = new double[k], sigma = new double[k];
        for (int i = 0; i < k; i++) {
            ParameterRanges.Range r = free.get(i);
            start[i] = Math.max(r.min(), Math.min(r.max(), s.parameters().get(r.param())));
            lo[i] = 0;
            hi[i] = 1;
            sigma[i] = INITIAL_SIGMA;
        }
        try (Ensemble ensemble = new Ensemble(threads, "entente-calibrate")) {
            AtomicInteger evaluations = new AtomicInteger();
            ObjectiveFunction f = new ObjectiveFunction(u -> {
                progress.accept(evaluations.incrementAndGet());
                return objective(fit(s, targets, free, scale(free, u), runs, ensemble));
            });
            double[] u0 = new double[k];
            for (int i = 0; i < k; i++) u0[i] = (start[i] - free.get(i).min()) / (free.get(i).max() - free.get(i).min());
            CMAESOptimizer cmaes = new CMAESOptimizer(maxEvaluations, 0, true, 0, 0, new MersenneTwister(seed), false, null);
            int population = 4 + (int) Math.floor(3 * Math.log(k));
            PointValuePair best = cmaes.optimize(new MaxEval(maxEvaluations), new MaxIter(maxEvaluations), f, GoalType.MINIMIZE,
                    new InitialGuess(u0), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(population));
            double[] x = scale(free, best.getPoint());
            List<Hindcast.Scored> before = fit(s, targets, free, start, runs, ensemble);
            List<Hindcast.Scored> after = fit(s, targets, free, x, runs, ensemble);
            return new Result(free, start, x, objective(before), objective(after), evaluations.get(), before, after);
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
