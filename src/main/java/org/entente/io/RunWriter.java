package org.entente.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.engine.EntenteSim;
import org.entente.engine.RecordSink;
import org.entente.engine.Seeds;
import org.entente.model.Scenario;

/**
 * Runs a loaded scenario and writes its results folder safely: CSVs streamed into a temporary
 * folder, the manifest and the resolved scenario beside them, and the folder moved into
 * place only when complete.
 */
public final class RunWriter {
    private RunWriter() { }

    /** Result of a finished run: where it went and the master seed's run seeds. */
    public record Outcome(Path folder, List<Long> seeds, List<RecordSink.NationRow> first, List<RecordSink.NationRow> last) { }

    public static Outcome run(ScenarioLoader.Loaded loaded, Path destination) throws IOException {
        Scenario s = loaded.scenario();
        Instant started = Instant.now();
        try (ResultFolder out = ResultFolder.create(destination)) {
            List<Long> seeds = new ArrayList<>();
            Map<String, RecordSink.NationRow> first = new LinkedHashMap<>();
            Map<String, RecordSink.NationRow> last = new LinkedHashMap<>();
            try (CsvSink csv = new CsvSink(out.path())) {
                long seed = Seeds.runSeed(s.seed(), 0);
                seeds.add(seed);
                RecordSink sink = csv.forRun(0, s::monthLabel);
                RecordSink watching = new RecordSink() {
                    public void nation(NationRow r) {
                        first.putIfAbsent(r.actor(), r);
                        last.put(r.actor(), r);
                        sink.nation(r);
                    }
                    public void dyad(DyadRow r) { sink.dyad(r); }
                    public void event(EventRow r) { sink.event(r); }
                };
                new EntenteSim(s, seed, watching).runAll();
            }
            Files.writeString(out.path().resolve("scenario.resolved.json"), loaded.resolvedJson(), StandardCharsets.UTF_8);
            Manifest.write(out.path().resolve("manifest.json"),
                    Manifest.build(loaded, seeds, 1, started, Instant.now(), out.path()));
            out.commit();
            return new Outcome(out.destination(), seeds, List.copyOf(first.values()), List.copyOf(last.values()));
        }
    }
}
