package org.entente.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.entente.stats.Stats;
import org.entente.model.Scenario;

/**
 * Keeps every run's nation values on disk (one block of doubles a run, in run order) so that
 * memory does not grow with the number of runs, and computes {@code summary.csv} from them
 * in blocks of cells. Exact statistics: mean, sample standard deviation, 95% Student-t
 * interval on the mean, and the 5th, 50th and 95th percentiles (linear interpolation, R type 7).
 * Not thread-safe: fed by the writer thread.
 */
public final class SummaryStore implements AutoCloseable {
    /** Values held in memory at once while summarising (32 MB of doubles). */
    private static final int BLOCK_VALUES = 4 << 20;

    private final Path file;
    private final FileChannel channel;
    private final int cellsPerRun;
    private int runs;

    public SummaryStore(Path file, int cellsPerRun) throws IOException {
        this.file = file;
        this.cellsPerRun = cellsPerRun;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    public void add(double[] cells) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(cells.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buf.asDoubleBuffer().put(cells);
        long pos = (long) runs * cellsPerRun * 8;
        while (buf.hasRemaining()) pos += channel.write(buf, pos);
        runs++;
    }

    /** Writes summary.csv: metric, actor, month, n, mean, sd, ci_low, ci_high, p05, p50, p95. */
    public void writeSummary(Path out, Scenario s) throws IOException {
        int actors = s.actors().size(), months = s.months();
        List<String> metrics = CsvRows.NATION_METRICS;
        int block = Math.max(1, Math.min(cellsPerRun, BLOCK_VALUES / Math.max(1, runs)));
        double[][] values = new double[block][runs];
        double[] scratch = new double[runs];
        StringBuilder b = new StringBuilder(256);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(CsvRows.SUMMARY_HEADER);
            w.write('\n');
            for (int c0 = 0; c0 < cellsPerRun; c0 += block) {
                int size = Math.min(block, cellsPerRun - c0);
                ByteBuffer buf = ByteBuffer.allocate(size * 8).order(ByteOrder.LITTLE_ENDIAN);
                for (int r = 0; r < runs; r++) {
                    buf.clear();
                    long pos = ((long) r * cellsPerRun + c0) * 8;
                    while (buf.hasRemaining()) {
                        int got = channel.read(buf, pos);
                        if (got < 0) throw new IOException("summary store truncated");
                        pos += got;
                    }
                    buf.flip();
                    for (int c = 0; c < size; c++) values[c][r] = buf.getDouble();
                }
                for (int c = 0; c < size; c++) {
                    int cell = c0 + c;
                    int step = NationCells.stepOf(cell, months), actor = NationCells.actorOf(cell, actors, months),
                            metric = NationCells.metricOf(cell, actors, months);
                    int n = 0;
                    for (double v : values[c]) if (!Double.isNaN(v)) scratch[n++] = v;
                    b.setLength(0);
                    Csv.text(b, metrics.get(metric)).append(',');
                    Csv.text(b, s.actors().get(actor).id()).append(',');
                    Csv.text(b, s.monthLabel(step)).append(',').append(n);
                    Stats.Summary sum = Stats.summarise(Arrays.copyOf(scratch, n));
                    for (double v : new double[] {sum.mean(), sum.sd(), sum.ciLow(), sum.ciHigh(), sum.p05(), sum.p50(), sum.p95()}) {
                        Csv.number(b.append(','), v);
                    }
                    b.append('\n');
                    w.append(b);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
