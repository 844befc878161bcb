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

/**
 * A results folder read back: its manifest, and per-run values of chosen months of
 * nations.csv or dyads.csv. Values are kept as double[runs] per (metric, key, month), so only
 * the months asked for are held in memory. Immutable once read.
 */
public final class ResultSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final Path folder;
    public final JsonNode manifest;
    public final int runs;
    public final List<String> months;
    public final List<Long> seeds;

    private ResultSet(Path folder, JsonNode manifest) {
        this.folder = folder;
        this.manifest = manifest;
        this.runs = manifest.path("runs").asInt(1);
        this.seeds = new ArrayList<>();
        for (JsonNode s : manifest.path("seeds")) seeds.add(s.asLong());
        List<String> ms = new ArrayList<>();
        java.time.YearMonth start = java.time.YearMonth.parse(manifest.path("start_month").asText());
        for (int t = 0; t < manifest.path("months").asInt(); t++) ms.add(start.plusMonths(t).toString());
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
            node = JSON.readTree(m.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(m + ": not a readable manifest: " + e.getMessage());
        }
        for (String key : new String[] {"engine_version", "start_month", "months", "runs"}) {
            if (!node.has(key)) throw new IllegalArgumentException(m + ": manifest has no " + key);
        }
        return new ResultSet(folder, node);
    }

    public String engineVersion() { return manifest.path("engine_version").asText(); }

    public String name() { return folder.getFileName().toString(); }

    public List<String> actors() {
        List<String> a = new ArrayList<>();
        for (JsonNode n : manifest.path("actors")) a.add(n.asText());
        return a;
    }

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
     * record) read as 0 when {@code missingIsZero}, else NaN.
     */
    public Map<String, double[]> read(String file, List<String> keyColumns, List<String> metrics, Set<String> wantedMonths,
                                      boolean missingIsZero) throws IOException {
        Map<String, double[]> values = new HashMap<>();
        try (Csv t = Csv.open(folder.resolve(file))) {
            int cr = t.column("run"), cm = t.column("month");
            int[] keys = keyColumns.stream().mapToInt(t::column).toArray();
            int[] cols = metrics.stream().mapToInt(t::column).toArray();
            for (String[] f; (f = t.next()) != null; ) {
                if (!wantedMonths.contains(f[cm])) continue;
                int run = t.integer(f, cr);
                if (run < 0 || run >= runs) throw new IllegalArgumentException(folder.resolve(file) + ":" + t.line() + ": run " + run
                        + " outside 0.." + (runs - 1));
                StringBuilder key = new StringBuilder();
                for (int k = 0; k < keys.length; k++) key.append(k > 0 ? "," : "").append(f[keys[k]]);
                for (int m = 0; m < cols.length; m++) {
                    double[] v = values.computeIfAbsent(metrics.get(m) + "|" + key + "|" + f[cm], x -> filled(missingIsZero));
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
