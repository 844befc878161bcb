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

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.entente.engine.EngineInfo;
import org.entente.engine.Gravity;
import org.entente.model.Scenario;

/**
 * {@code manifest.json}: everything needed to know, and redo, what a run did. One record, which
 * Jackson writes (in the order of its components) and reads back; its schema is
 * {@link #schemaVersion}. Readers check the counts and months they size things by with
 * {@link ManifestFields} first, then read the rest through {@link #of}. Immutable.
 */
@JsonPropertyOrder({"engine", "engine_version", "model_version", "schema_version", "scenario", "actors", "start_month",
        "end_month", "months", "master_seed", "seed_rule", "runs", "seeds", "threads", "overrides", "notes", "parameters",
        "imputed_flows", "started_at", "finished_at", "java_version", "outputs_sha256"})
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        String engine,
        @JsonProperty("engine_version") String engineVersion,
        @JsonProperty("model_version") String modelVersion,
        @JsonProperty("schema_version") String schemaVersion,
        ScenarioFiles scenario,
        List<String> actors,
        @JsonProperty("start_month") String startMonth,
        @JsonProperty("end_month") String endMonth,
        Integer months,
        @JsonProperty("master_seed") Long masterSeed,
        @JsonProperty("seed_rule") String seedRule,
        Integer runs,
        List<Long> seeds,
        Integer threads,
        Overrides overrides,
        List<String> notes,
        /** Every parameter as resolved (numbers, and the theory by name), kept as written. */
        Map<String, JsonNode> parameters,
        @JsonProperty("imputed_flows") ImputedFlows imputedFlows,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("java_version") String javaVersion,
        @JsonProperty("outputs_sha256") Map<String, String> outputsSha256) {

    /** The scenario file, the files it was built from with their SHA-256, and the resolved copy beside the manifest. */
    @JsonPropertyOrder({"name", "file", "sha256", "files", "resolved"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScenarioFiles(String name, String file, String sha256, List<FileHash> files, String resolved) { }

    @JsonPropertyOrder({"path", "sha256"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileHash(String path, String sha256) { }

    /** What the command line changed on top of the scenario file: --set (and --params), --months, --seed. */
    @JsonPropertyOrder({"set", "months", "seed"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Overrides(Map<String, String> set, Integer months, Long seed) {
        public static Overrides of(ScenarioLoader.Loaded loaded) {
            return new Overrides(loaded.overrides().set(), loaded.overrides().months(), loaded.overrides().seed());
        }
    }

    /** The flows the gravity model imputed: their count and total here, each in {@link #IMPUTED_FILE} (null when none). */
    @JsonPropertyOrder({"count", "total_usd_bn", "file"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImputedFlows(Integer count, @JsonProperty("total_usd_bn") Double totalUsdBn, String file) { }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The engine's version, from the build (the running one; {@link #engineVersion()} is the recorded one). */
    public static String currentEngineVersion() {
        try (InputStream in = Manifest.class.getResourceAsStream("/org/entente/entente.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The parameters as resolved, each as the JSON value it is written as. */
    public static Map<String, JsonNode> parameters(Scenario s) {
        return JSON.convertValue(s.parameters().resolved(), new TypeReference<LinkedHashMap<String, JsonNode>>() { });
    }

    /** The manifest of an ensemble; {@code flows} are the flows its runs imputed ({@link org.entente.engine.PreparedScenario#imputed}). */
    public static Manifest build(ScenarioLoader.Loaded loaded, List<Gravity.Flow> flows, List<Long> seeds, int threads,
                                 Instant started, Instant finished, Path folder) throws IOException {
        Scenario s = loaded.scenario();
        List<FileHash> files = new ArrayList<>();
        for (Path f : loaded.files()) files.add(new FileHash(f.toString(), Files.exists(f) ? Canonical.sha256(f) : ""));
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String f : List.of("nations.csv", "dyads.csv", "events.csv", "summary.csv", IMPUTED_FILE)) {
            Path p = folder.resolve(f);
            if (Files.exists(p)) outputs.put(f, Canonical.sha256(p));
        }
        // Imputed flows are listed in imputed-flows.csv (a world has tens of thousands); here their count and total.
        ImputedFlows imputed = new ImputedFlows(flows.size(), flows.stream().mapToDouble(Gravity.Flow::value).sum(),
                flows.isEmpty() ? null : IMPUTED_FILE);
        return new Manifest("entente", currentEngineVersion(), EngineInfo.MODEL_VERSION, EngineInfo.SCHEMA_VERSION,
                new ScenarioFiles(s.name(), loaded.file().toString(), loaded.sha256(), files, "scenario.resolved.json"),
                s.actors().stream().map(a -> a.id()).toList(), s.start().toString(), s.start().plusMonths(s.months() - 1L).toString(),
                s.months(), s.seed(), "seed of run k = SplitMix64(master_seed + (k + 1) * 0x9E3779B97F4A7C15)", seeds.size(),
                seeds, threads, Overrides.of(loaded), loaded.notes(), parameters(s), imputed, started.toString(), finished.toString(),
                System.getProperty("java.version"), outputs);
    }

    /**
     * A manifest as read into a JSON tree (whose counts the caller has checked): a value of
     * another type than the one written is one line naming the file and the field.
     */
    public static Manifest of(Path file, JsonNode node) {
        try {
            return JSON.treeToValue(node, Manifest.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("(top)");
            throw ManifestFields.bad(file, field, "not of the type a manifest holds there");
        } catch (IOException e) {
            throw new ScenarioException(file + ": not a manifest");
        }
    }

    /** The flows the gravity model imputed at the start (MODEL.md 4): from, to, value in USD bn a year. */
    public static final String IMPUTED_FILE = "imputed-flows.csv";

    /** Writes imputed-flows.csv into the folder when the scenario imputes any flow. */
    public static void writeImputed(Path folder, List<Gravity.Flow> flows) throws IOException {
        if (flows.isEmpty()) return;
        StringBuilder b = new StringBuilder("from,to,value_usd_bn\n");
        for (Gravity.Flow f : flows) {
            Csv.text(b, f.from()).append(',');
            Csv.text(b, f.to()).append(',');
            Csv.number(b, f.value()).append('\n');
        }
        Files.writeString(folder.resolve(IMPUTED_FILE), b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes the manifest, indented, in the order of its components. */
    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }
}
