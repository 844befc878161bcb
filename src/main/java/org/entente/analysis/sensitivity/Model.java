package org.entente.analysis.sensitivity;

import java.util.function.ToDoubleFunction;

/**
 * A deterministic map from one input point (column i the value of factor i, in its own units)
 * to a vector of outputs, so that several metrics can be analysed from the same runs. Every
 * call must return the same number of outputs. A stochastic simulation is wrapped by the
 * caller (a fixed seed, or the mean over replicates); the analyses only see the numbers.
 */
@FunctionalInterface
public interface Model {
    double[] evaluate(double[] x);

    /** A single-output model. */
    static Model scalar(ToDoubleFunction<double[]> f) {
        return x -> new double[] {f.applyAsDouble(x)};
    }

    /**
     * The outputs at every point, row r for points[r], sequentially and in order.
     *
     * @throws IllegalArgumentException if a run returns no outputs or the runs return different
     *         numbers of outputs
     */
    default double[][] evaluateAll(double[][] points) {
        double[][] out = new double[points.length][];
        for (int r = 0; r < points.length; r++) {
            out[r] = evaluate(points[r].clone());
            if (out[r] == null || out[r].length == 0)
                throw new IllegalArgumentException("run " + r + " returned no outputs");
            if (out[r].length != out[0].length)
                throw new IllegalArgumentException("run " + r + " returned " + out[r].length + " outputs, run 0 returned " + out[0].length);
        }
        return out;
    }
}
