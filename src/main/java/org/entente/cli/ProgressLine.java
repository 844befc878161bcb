package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.entente.io.EnsembleWriter;

/**
 * The progress line of long ensembles on stderr: runs done, rate, time left. It appears only
 * once a run of the ensemble has taken more than a second, is redrawn at most twice a second,
 * and says nothing with --quiet.
 */
final class ProgressLine implements EnsembleWriter.Progress {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final String unit;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean quiet) {
        this(err, quiet, "runs");
    }

    /** A progress line counting {@code unit} (runs, points, evaluations). */
    ProgressLine(PrintWriter err, boolean quiet, String unit) {
        this.err = err;
        this.quiet = quiet;
        this.unit = unit;
    }

    @Override
    public void runDone(int done, int total) {
        if (quiet || total < 2) return;
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || (now - lastDraw < REDRAW_NANOS && done < total)) return;
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = done / seconds;
        double left = (total - done) / rate;
        TerminalWriter.carriageReturn(err);
        err.printf(Locale.ROOT, "%d/%d %s, %.1f %s/s, about %s left   ", done, total, unit, rate, unit, duration(left));
        err.flush();
        drawn = true;
    }

    /** A sweep's progress: points and runs done. */
    void sweepDone(int pointsDone, int points, long runsDone, long runs) {
        if (quiet || runs < 2) return;
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || (now - lastDraw < REDRAW_NANOS && runsDone < runs)) return;
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = runsDone / seconds;
        double left = (runs - runsDone) / rate;
        TerminalWriter.carriageReturn(err);
        err.printf(Locale.ROOT, "%d/%d points, %d/%d runs, %.1f runs/s, about %s left   ", pointsDone, points, runsDone, runs, rate,
                duration(left));
        err.flush();
        drawn = true;
    }

    void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
