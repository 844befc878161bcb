package org.entente.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
     * Values of a CSV of the folder: key columns (after run, step, month) identify the subject,
     * then one column per metric. Missing rows (dyads with nothing to record) read as 0 when
     * {@code missingIsZero}, else NaN.
     */
    public Map<String, double[]> read(String file, int keyColumns, List<String> metrics, Set<String> wantedMonths,
                                      boolean missingIsZero) throws IOException {
        Map<String, double[]> values = new HashMap<>();
        Path p = folder.resolve(file);
        if (!Files.isRegularFile(p)) throw new IllegalArgumentException(folder + ": has no " + file);
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) throw new IllegalArgumentException(p + ": empty file");
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = line.split(",", -1);
                if (f.length < 3 + keyColumns + metrics.size()) throw new IllegalArgumentException(p + ":" + lineNo + ": too few columns");
                if (!wantedMonths.contains(f[2])) continue;
                int run;
                try {
                    run = Integer.parseInt(f[0]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(p + ":" + lineNo + ": run: must be a whole number, but was \"" + f[0] + "\"");
                }
                if (run < 0 || run >= runs) throw new IllegalArgumentException(p + ":" + lineNo + ": run " + run + " outside 0.." + (runs - 1));
                StringBuilder key = new StringBuilder();
                for (int k = 0; k < keyColumns; k++) key.append(f[3 + k]).append(k + 1 < keyColumns ? "," : "");
                for (int m = 0; m < metrics.size(); m++) {
                    String id = metrics.get(m) + "|" + key + "|" + f[2];
                    double[] v = values.computeIfAbsent(id, x -> filled(missingIsZero));
                    String text = f[3 + keyColumns + m];
                    try {
                        v[run] = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(p + ":" + lineNo + ": " + metrics.get(m) + ": must be a number, but was \""
                                + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"");
                    }
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
