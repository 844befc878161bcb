package org.entente.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.engine.EngineInfo;
import org.entente.io.Manifest;
import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;

/**
 * {@code sweep.json}: what was swept, from which scenario and design, and how the seeds follow.
 * One record, written by Jackson in the order of its components and read back by merge; its
 * schema is {@link #schemaVersion}. The design's own description ({@code Design.describe}) is
 * kept as the JSON values it is written as. Immutable.
 */
@JsonPropertyOrder({"kind", "engine", "engine_version", "model_version", "schema_version", "scenario", "overrides", "actors",
        "start_month", "end_month", "months", "parameters", "design", "master_seed", "seed_rule", "shard_rule", "files"})
@JsonIgnoreProperties(ignoreUnknown = true)
public record SweepManifest(
        String kind,
        String engine,
        @JsonProperty("engine_version") String engineVersion,
        @JsonProperty("model_version") String modelVersion,
        @JsonProperty("schema_version") String schemaVersion,
        ScenarioRef scenario,
        Manifest.Overrides overrides,
        java.util.List<String> actors,
        @JsonProperty("start_month") String startMonth,
        @JsonProperty("end_month") String endMonth,
        Integer months,
        Map<String, JsonNode> parameters,
        /** The design file and its SHA-256, then the design's description (method, points, runs, seeds, parameters). */
        Map<String, JsonNode> design,
        @JsonProperty("master_seed") Long masterSeed,
        @JsonProperty("seed_rule") String seedRule,
        @JsonProperty("shard_rule") String shardRule,
        Map<String, String> files) {

    public static final String KIND = "sweep";

    /** The scenario swept: its name, file name, SHA-256 and the resolved copy beside sweep.json. */
    @JsonPropertyOrder({"name", "file", "sha256", "resolved"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScenarioRef(String name, String file, String sha256, String resolved) { }

    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The manifest of a sweep. */
    static SweepManifest of(Sweep sweep) {
        ScenarioLoader.Loaded loaded = sweep.loaded();
        Scenario s = loaded.scenario();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("file", sweep.designFile().file().getFileName().toString());
        d.put("sha256", sweep.designFile().sha256());
        d.putAll(sweep.design().describe());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SweepFiles.DESIGN, "point index and the value of each varied parameter (full precision)");
        files.put("point-NNNN/" + SweepFiles.POINT_SUMMARY,
                "statistics over the point's runs of every metric, actor and month (the summary.csv of 'entente run')");
        files.put(SweepFiles.SUMMARY,
                "the rows of every point's summary.csv for each December and the final month, prefixed by the point's row of design.csv");
        return new SweepManifest(KIND, "entente", Manifest.currentEngineVersion(), EngineInfo.MODEL_VERSION, EngineInfo.SCHEMA_VERSION,
                new ScenarioRef(s.name(), loaded.file().getFileName().toString(), loaded.sha256(), SweepFiles.RESOLVED),
                Manifest.Overrides.of(loaded), s.actors().stream().map(a -> a.id()).toList(), s.start().toString(),
                SweepFiles.endMonth(s), s.months(), Manifest.parameters(s),
                JSON.convertValue(d, new TypeReference<LinkedHashMap<String, JsonNode>>() { }), sweep.masterSeed(), sweep.seedRule(),
                "shard K of N holds the points i with i mod N = K - 1", files);
    }

    /** The number of points of the design, or -1 when the manifest gives no whole number. */
    int points() {
        JsonNode n = design == null ? null : design.get("points");
        return n != null && n.canConvertToInt() && n.isIntegralNumber() ? n.asInt() : -1;
    }
}
