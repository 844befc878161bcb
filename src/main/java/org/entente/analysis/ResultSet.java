package org.entente.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.io.Csv;
import org.entente.io.Limits;
import org.entente.io.Manifest;
import org.entente.io.ManifestFields;
import org.entente.io.ScenarioException;

/**
 * A results folder read back: its manifest, and per-run values of chosen months of
 * nations.csv or dyads.csv. Values are kept as double[runs] per (metric, key, month), so only
 * the months asked for are held in memory. Immutable once read.
 */
public final class ResultSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Path folder;
    private final Manifest manifest;
    private final List<String> actors;
    public final int runs;
    public final List<String> months;
    public final List<Long> seeds;

    private ResultSet(Path folder, Path file, JsonNode manifest) {
        this.folder = folder;
        // every count is checked against its cap before anything is sized by it
        this.runs = ManifestFields.count(file, manifest, "runs", Limits.RUNS);
        int n = ManifestFields.count(file, manifest, "months", Limits.MONTHS);
        java.time.YearMonth start = ManifestFields.month(file, manifest, "start_month");
        List<Long> seedValues = new ArrayList<>();
        JsonNode seedList = manifest.path("seeds");
        if (!seedList.isMissingNode()) {
            if (!seedList.isArray() || seedList.size() != runs) {
                throw ManifestFields.bad(file, "seeds", "must be a list of " + runs + " whole numbers (one per run)");
            }
            for (JsonNode s : seedList) {
                if (!s.isIntegralNumber() || !s.canConvertToLong()) throw ManifestFields.bad(file, "seeds", "must hold whole numbers only");
                seedValues.add(s.asLong());
            }
        }
        this.seeds = List.copyOf(seedValues);
        JsonNode actorList = manifest.path("actors");
        if (!actorList.isMissingNode() && (!actorList.isArray() || actorList.size() > Limits.ACTORS.max())) {
            throw ManifestFields.bad(file, "actors", "must be a list of at most " + Limits.ACTORS.max() + " actor ids");
        }
        this.manifest = Manifest.of(file, manifest);
        this.actors = this.manifest.actors() == null ? List.of() : List.copyOf(this.manifest.actors());
        List<String> ms = new ArrayList<>();
        for (int t = 0; t < n; t++) ms.add(start.plusMonths(t).toString());
        this.months = List.copyOf(ms);
    }

    /** Reads the manifest of a results folder; a folder that is not one is an {@link IllegalArgumentException}. */
    public static ResultSet open(Path folder) throws IOException {
        Path m = folder.resolve("manifest.json");
        if (!Files.isRegularFile(m)) {
            throw new IllegalArgumentException(folder + ": not a results folder (no manifest.json); run a scenario into it first");
        }
        JsonNode node;
        try {
            if (Files.size(m) > ManifestFields.MAX_BYTES) {
                throw new IllegalArgumentException(m + ": too large for a manifest (at most " + ManifestFields.MAX_BYTES + " bytes)");
            }
            node = JSON.readTree(m.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException(m + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": not valid JSON");
        } catch (IOException e) {
            throw new IllegalArgumentException(m + ": not a readable manifest");
        }
        if (node == null || !node.isObject()) throw new IllegalArgumentException(m + ": not a manifest (not a JSON object)");
        for (String key : new String[] {"engine_version", "start_month", "months", "runs"}) {
            if (!node.has(key)) throw new IllegalArgumentException(m + ": manifest has no " + key);
        }
        try {
            return new ResultSet(folder, m, node);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The manifest as read (a record: nothing in it can be changed). */
    public Manifest manifest() { return manifest; }

    public String engineVersion() { return manifest.engineVersion() == null ? "" : manifest.engineVersion(); }

    /** The model version the folder was written by ("" when the manifest names none). */
    public String modelVersion() { return manifest.modelVersion() == null ? "" : manifest.modelVersion(); }

    public String name() { return folder.getFileName().toString(); }

    /** The actor ids of the manifest, in order (an unmodifiable list). */
    public List<String> actors() { return actors; }

    public String lastMonth() { return months.get(months.size() - 1); }

    /** Year-end months (December) and the final month, in order. */
    public List<String> reportMonths() {
        List<String> out = new ArrayList<>();
        for (String m : months) if (m.endsWith("-12")) out.add(m);
        if (!out.contains(lastMonth())) out.add(lastMonth());
        return out;
    }

    /**
     * Values of a CSV of the folder: the key columns name the subject (e.g. actor, or from and
     * to), then one value per metric column, per run. Missing rows (dyads with nothing to
     * record) read as 0 when {@code missingIsZero}, else NaN. A metric whose column the file lacks
     * (a folder written before the column was added) has no values: its keys are absent.
     */
    public Map<String, double[]> read(String file, List<String> keyColumns, List<String> metrics, Set<String> wantedMonths,
                                      boolean missingIsZero) throws IOException {
        Map<String, double[]> values = new HashMap<>();
        try (Csv t = Csv.open(folder.resolve(file))) {
            int cr = t.column("run"), cm = t.column("month");
            int[] keys = keyColumns.stream().mapToInt(t::column).toArray();
            List<String> present = metrics.stream().filter(t.header()::contains).toList();
            int[] cols = present.stream().mapToInt(t::column).toArray();
            for (String[] f; (f = t.next()) != null; ) {
                if (!wantedMonths.contains(f[cm])) continue;
                int run = t.integer(f, cr);
                if (run < 0 || run >= runs) throw new IllegalArgumentException(folder.resolve(file) + ":" + t.line() + ": run " + run
                        + " outside 0.." + (runs - 1));
                StringBuilder key = new StringBuilder();
                for (int k = 0; k < keys.length; k++) key.append(k > 0 ? "," : "").append(f[keys[k]]);
                for (int m = 0; m < cols.length; m++) {
                    double[] v = values.computeIfAbsent(present.get(m) + "|" + key + "|" + f[cm], x -> filled(missingIsZero));
                    v[run] = t.number(f, cols[m]);
                }
            }
        }
        return values;
    }

    private double[] filled(boolean zero) {
        double[] v = new double[runs];
        if (!zero) java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

}
