package org.entente.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.io.Destination;
import org.entente.io.ResultFolder;
import org.entente.io.ScenarioException;
import org.entente.io.SummaryStore;
import org.entente.model.Scenario;

/**
 * Writes a sweep folder (or one shard of it) safely: into a temporary folder beside the
 * destination, moved into place only once every point is done. Per point, the runs' values
 * wait on disk, not in memory, until the point's summary.csv is written, so memory does not
 * grow with the number of runs.
 */
public final class SweepWriter {
    private SweepWriter() { }

    /** Told after each run (from the writing thread). */
    public interface Progress {
        void done(int pointsDone, int points, long runsDone, long runs);

        Progress NONE = (pd, p, rd, r) -> { };
    }

    /** A finished sweep or shard: where it went and what it holds. */
    public record Outcome(Path folder, int points, long runs) { }

    /**
     * Refuses a destination that holds anything other than an earlier sweep folder, so that a
     * mistyped --out can never replace a folder of other files ({@link Destination#check}).
     * {@code protect} (the scenario's and the design's folders) must not lie inside it.
     */
    public static void checkDestination(Path destination, List<Path> protect) {
        Destination.check("--out", destination, Destination.Kind.SWEEP, protect, List.of());
    }

    public static Outcome write(Sweep sweep, Path destination, Shard shard, SweepEngine engine, Progress progress) throws Exception {
        List<Path> protect = protect(sweep);
        int[] points = shard.points(sweep.size());
        Scenario base = sweep.loaded().scenario();
        String end = SweepFiles.endMonth(base);
        try (ResultFolder out = ResultFolder.create(destination, Destination.Kind.SWEEP, protect, List.of())) {
            Path dir = out.path();
            Files.writeString(dir.resolve(SweepFiles.DESIGN), SweepFiles.designCsv(sweep), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(SweepFiles.RESOLVED), sweep.loaded().resolvedJson(), StandardCharsets.UTF_8);
            SweepFiles.write(dir.resolve(SweepFiles.MANIFEST), SweepManifest.of(sweep));
            try (BufferedWriter summary = Files.newBufferedWriter(dir.resolve(SweepFiles.SUMMARY), StandardCharsets.UTF_8)) {
                summary.write(SweepFiles.summaryHeader(sweep.design().names()));
                summary.write('\n');
                Collector c = new Collector(sweep, base, dir, points, summary, end, progress);
                try {
                    engine.compute(sweep, points, c);
                } finally {
                    c.close();
                }
                if (c.pointsDone != points.length) {
                    throw new IllegalStateException("the engine returned " + c.pointsDone + " of " + points.length + " points");
                }
            }
            if (shard.n() > 1) {
                Map<String, Object> sh = new LinkedHashMap<>();
                sh.put("shard", shard.k());
                sh.put("of", shard.n());
                sh.put("rule", "point i is in shard (i mod N) + 1");
                sh.put("points", points.length);
                SweepFiles.write(dir.resolve(SweepFiles.SHARD), sh);
            }
            out.commit();
            return new Outcome(out.destination(), points.length, (long) points.length * sweep.runs());
        }
    }

    /** The folders a sweep must never write over: its scenario's. */
    static List<Path> protect(Sweep sweep) {
        Path dir = sweep.loaded().file().toAbsolutePath().getParent();
        return dir == null ? List.of() : List.of(dir);
    }

    /** Takes the runs in order, one point at a time, and writes each point once its runs are in. */
    private static final class Collector implements SweepEngine.Sink, AutoCloseable {
        private final Sweep sweep;
        private final Scenario base;
        private final Path dir;
        private final int[] points;
        private final Writer summary;
        private final String end;
        private final Progress progress;
        private final long totalRuns;
        private SummaryStore store;
        private int pointsDone;
        private int nextRun;
        private long runsDone;

        Collector(Sweep sweep, Scenario base, Path dir, int[] points, Writer summary, String end, Progress progress) {
            this.sweep = sweep;
            this.base = base;
            this.dir = dir;
            this.points = points;
            this.summary = summary;
            this.end = end;
            this.progress = progress;
            this.totalRuns = (long) points.length * sweep.runs();
        }

        @Override
        public void accept(int point, int run, double[] cells) throws IOException {
            if (pointsDone >= points.length || point != points[pointsDone] || run != nextRun) {
                throw new IllegalStateException("run " + run + " of point " + point + " arrived out of order");
            }
            if (run == 0) store = new SummaryStore(dir.resolve(".point.bin"), cells.length);
            store.add(cells);
            nextRun++;
            runsDone++;
            if (nextRun == sweep.runs()) {
                Path folder = dir.resolve(SweepFiles.pointFolder(point));
                Files.createDirectories(folder);
                Path file = folder.resolve(SweepFiles.POINT_SUMMARY);
                store.writeSummary(file, base);
                store.close();
                store = null;
                SweepFiles.appendRows(summary, SweepFiles.designRow(point, sweep.point(point)), file, end);
                pointsDone++;
                nextRun = 0;
            }
            progress.done(pointsDone, points.length, runsDone, totalRuns);
        }

        @Override
        public void close() throws IOException {
            if (store != null) store.close();
        }
    }
}
