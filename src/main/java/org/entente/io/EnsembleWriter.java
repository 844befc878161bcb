package org.entente.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.entente.engine.PreparedScenario;
import org.entente.engine.RecordSink;
import org.entente.engine.Seeds;
import org.entente.model.Scenario;
import org.entente.run.Ensemble;

/**
 * Runs an ensemble of a loaded scenario and writes its results folder safely. Run k uses
 * {@link Seeds#runSeed}(master, k), so it is the same run whatever the number of runs or
 * threads. Runs go on in parallel on {@code threads} workers, but their rows are written in
 * run order, so the files are byte-identical for any thread count. At most {@code 2 x threads}
 * finished runs wait in memory; everything else is on disk (rows streamed to the CSVs, nation
 * values to a summary store), so memory does not grow with the number of runs. The folder is
 * moved into place only when complete.
 */
public final class EnsembleWriter {
    private EnsembleWriter() { }

    /** What to run. */
    public record Options(int runs, int threads, boolean dyads) {
        public Options {
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, but was " + runs);
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
        }
    }

    /** Told after each run is written (from the writing thread). */
    public interface Progress {
        void runDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** A finished ensemble: where it went, the run seeds, and run 0's first and last months. */
    public record Outcome(Path folder, List<Long> seeds, List<RecordSink.NationRow> first, List<RecordSink.NationRow> last) { }

    public static Outcome run(ScenarioLoader.Loaded loaded, Path destination, Options options, Progress progress) throws IOException {
        return run(loaded, destination, options, progress, List.of());
    }

    /**
     * Runs the ensemble into {@code destination}, which {@link Destination#check} must accept as
     * a results folder: it may not be or contain the scenario's folder, nor overlap any of
     * {@code sources} (folders being read, such as the one a rerun checks).
     */
    public static Outcome run(ScenarioLoader.Loaded loaded, Path destination, Options options, Progress progress, List<Path> sources)
            throws IOException {
        Scenario s = loaded.scenario();
        // the flows are imputed once: every run, the manifest and imputed-flows.csv take these
        PreparedScenario prepared = PreparedScenario.of(s);
        Instant started = Instant.now();
        List<Long> seeds = new ArrayList<>();
        for (int k = 0; k < options.runs(); k++) seeds.add(Seeds.runSeed(s.seed(), k));
        List<Path> containers = loaded.file().toAbsolutePath().getParent() == null ? List.of()
                : List.of(loaded.file().toAbsolutePath().getParent());
        Destination.check("--out", destination, Destination.Kind.RUN, containers, sources);
        try (ResultFolder out = ResultFolder.create(destination, Destination.Kind.RUN, containers, sources);
             Ensemble ensemble = new Ensemble(options.threads(), "entente-run")) {
            RunBuffer[] run0 = new RunBuffer[1];
            try (Writer nations = open(out.path().resolve("nations.csv"), CsvRows.NATIONS_HEADER);
                 java.io.OutputStream dyads = options.dyads() ? openBytes(out.path().resolve("dyads.csv"), CsvRows.DYADS_HEADER) : null;
                 Writer events = open(out.path().resolve("events.csv"), CsvRows.EVENTS_HEADER);
                 SummaryStore store = options.runs() > 1 ? new SummaryStore(out.path().resolve(".summary.bin"), NationCells.size(s)) : null) {
                Ensemble.Recorder<RunBuffer, RunBuffer> recorder = new Ensemble.Recorder<>() {
                    public RunBuffer open(long k, Scenario sc) {
                        // a run's dyad rows wait on disk, in the temporary folder, until their turn
                        return new RunBuffer(sc, (int) k, options.dyads(), out.path().resolve(".dyads-" + k + ".part"));
                    }

                    public RunBuffer finish(RunBuffer buffer) throws IOException {
                        buffer.finishDyads();
                        return buffer;
                    }
                };
                run(ensemble, Ensemble.Plan.seeded(prepared, options.runs()), recorder, (k, done) -> {
                    nations.append(done.nations);
                    if (dyads != null) {
                        Files.copy(done.dyadSpill, dyads);
                        Files.delete(done.dyadSpill);
                    }
                    events.append(done.events);
                    if (store != null) store.add(done.cells.values());
                    if (k == 0) run0[0] = done;
                    progress.runDone((int) k + 1, options.runs());
                });
                if (store != null) {
                    nations.flush();
                    store.writeSummary(out.path().resolve("summary.csv"), s);
                }
            }
            Files.writeString(out.path().resolve("scenario.resolved.json"), loaded.resolvedJson(), StandardCharsets.UTF_8);
            Manifest.writeImputed(out.path(), prepared.imputed());
            Manifest.build(loaded, prepared.imputed(), seeds, options.threads(), started, Instant.now(), out.path())
                    .write(out.path().resolve("manifest.json"));
            out.commit();
            return new Outcome(out.destination(), seeds, List.copyOf(run0[0].first), List.copyOf(run0[0].last));
        }
    }

    /** Runs the ensemble; what fails is thrown as an IOException or as the unchecked exception it was. */
    private static void run(Ensemble e, Ensemble.Plan plan, Ensemble.Recorder<RunBuffer, RunBuffer> recorder,
                            Ensemble.Consumer<RunBuffer> consumer) throws IOException {
        try {
            e.run(plan, recorder, consumer);
        } catch (IOException | RuntimeException x) {
            throw x;
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", x);
        } catch (Exception x) {
            throw new IOException(x);
        }
    }

    private static java.io.OutputStream openBytes(Path p, String header) throws IOException {
        java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        o.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        return o;
    }

    private static Writer open(Path p, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }
}
