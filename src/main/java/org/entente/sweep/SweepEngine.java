package org.entente.sweep;

import java.io.IOException;

/**
 * Computes the runs of a sweep's points: locally on threads ({@link LocalEngine}) or as a Spark
 * job ({@code org.entente.spark.SparkEngine}). Whatever the engine, run k of point i is
 * {@link RunCells#simulate}({@link Sweep#scenarioAt}(i), {@link Sweep#seed}(i, k)), and the
 * results reach the sink in the order of the points given and, within a point, of the runs, so
 * the files written from them are the same bytes.
 */
public interface SweepEngine extends AutoCloseable {
    /** Receives each run's cells, from one thread, in (point, run) order. */
    interface Sink {
        void accept(int point, int run, double[] cells) throws IOException;
    }

    void compute(Sweep sweep, int[] points, Sink sink) throws Exception;

    @Override
    default void close() throws Exception { }
}
