package org.entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.entente.engine.EngineInfo;
import org.entente.model.Scenario;

/** Writes {@code manifest.json}: everything needed to know, and redo, what a run did. */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() { }

    /** The engine's version, from the build. */
    public static String engineVersion() {
        try (InputStream in = Manifest.class.getResourceAsStream("/org/entente/entente.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The engine's name and versions, the first entries of every manifest. */
    public static void putEngine(Map<String, Object> m) {
        m.put("engine", "entente");
        m.put("engine_version", engineVersion());
        m.put("model_version", EngineInfo.MODEL_VERSION);
        m.put("schema_version", EngineInfo.SCHEMA_VERSION);
    }

    /** What the command line changed on top of the scenario file: --set, --months, --seed. */
    public static Map<String, Object> overrides(ScenarioLoader.Loaded loaded) {
        Map<String, Object> ov = new LinkedHashMap<>();
        ov.put("set", loaded.overrides().set());
        ov.put("months", loaded.overrides().months());
        ov.put("seed", loaded.overrides().seed());
        return ov;
    }

    /** The manifest of an ensemble; {@code flows} are the flows its runs imputed ({@link org.entente.engine.PreparedScenario#imputed}). */
    public static Map<String, Object> build(ScenarioLoader.Loaded loaded, List<org.entente.engine.Gravity.Flow> flows, List<Long> seeds, int threads,
                                            Instant started, Instant finished, Path folder) throws IOException {
        Scenario s = loaded.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        putEngine(m);
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("name", s.name());
        sc.put("file", loaded.file().toString());
        sc.put("sha256", loaded.sha256());
        List<Map<String, String>> files = new ArrayList<>();
        for (Path f : loaded.files()) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("path", f.toString());
            e.put("sha256", Files.exists(f) ? Canonical.sha256(f) : "");
            files.add(e);
        }
        sc.put("files", files);
        sc.put("resolved", "scenario.resolved.json");
        m.put("scenario", sc);
        m.put("actors", s.actors().stream().map(a -> a.id()).toList());
        m.put("start_month", s.start().toString());
        m.put("end_month", s.start().plusMonths(s.months() - 1L).toString());
        m.put("months", s.months());
        m.put("master_seed", s.seed());
        m.put("seed_rule", "seed of run k = SplitMix64(master_seed + (k + 1) * 0x9E3779B97F4A7C15)");
        m.put("runs", seeds.size());
        m.put("seeds", seeds);
        m.put("threads", threads);
        m.put("overrides", overrides(loaded));
        m.put("notes", loaded.notes());
        m.put("parameters", s.parameters().resolved());
        // Imputed flows are listed in imputed-flows.csv (a world has tens of thousands); here their count and total.
        Map<String, Object> imputed = new LinkedHashMap<>();
        imputed.put("count", flows.size());
        imputed.put("total_usd_bn", flows.stream().mapToDouble(org.entente.engine.Gravity.Flow::value).sum());
        imputed.put("file", flows.isEmpty() ? null : IMPUTED_FILE);
        m.put("imputed_flows", imputed);
        m.put("started_at", started.toString());
        m.put("finished_at", finished.toString());
        m.put("java_version", System.getProperty("java.version"));
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String f : List.of("nations.csv", "dyads.csv", "events.csv", "summary.csv", IMPUTED_FILE)) {
            Path p = folder.resolve(f);
            if (Files.exists(p)) outputs.put(f, Canonical.sha256(p));
        }
        m.put("outputs_sha256", outputs);
        return m;
    }

    /** The flows the gravity model imputed at the start (MODEL.md 4): from, to, value in USD bn a year. */
    public static final String IMPUTED_FILE = "imputed-flows.csv";

    /** Writes imputed-flows.csv into the folder when the scenario imputes any flow. */
    public static void writeImputed(Path folder, List<org.entente.engine.Gravity.Flow> flows) throws IOException {
        if (flows.isEmpty()) return;
        StringBuilder b = new StringBuilder("from,to,value_usd_bn\n");
        for (org.entente.engine.Gravity.Flow f : flows) {
            Csv.text(b, f.from()).append(',');
            Csv.text(b, f.to()).append(',');
            Csv.number(b, f.value()).append('\n');
        }
        Files.writeString(folder.resolve(IMPUTED_FILE), b, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void write(Path file, Map<String, Object> manifest) throws IOException {
        JSON.writeValue(file.toFile(), manifest);
    }
}
