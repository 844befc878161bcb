package org.entente.report;

import org.entente.io.Csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.entente.analysis.ResultSet;
import org.entente.model.Metric;
import org.entente.stats.Stats;
import org.entente.io.CsvRows;

/**
 * What a report shows of one results folder: the manifest (through {@link ResultSet}), the
 * resolved scenario, the across-run bands of the charted metrics (summary.csv, or nations.csv
 * for a single run), and run 0's nations, dyads and events for the network snapshots and the
 * timeline. Rows of run 0 are read until the first row of another run (runs are written in
 * run order), so a large ensemble is not read to the end.
 */
final class ResultData {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Actor(String id, String name, double lat, double lon, boolean located) { }

    /** Per month index: 5th, 50th and 95th percentiles across runs (NaN where missing). */
    record Band(double[] lo, double[] mid, double[] hi) {
        boolean allZero() {
            for (double[] a : new double[][] {lo, mid, hi}) {
                for (double v : a) if (!Double.isNaN(v) && v != 0) return false;
            }
            return true;
        }

        boolean empty() {
            for (double v : mid) if (!Double.isNaN(v)) return false;
            return true;
        }
    }

    /** An actor in one month of run 0. */
    record NodeState(double gdp, double west, double east) { }

    /** A directed pair in one month of run 0. */
    record Dyad(String from, String to, double exports, double defense, double friction, double hostility) { }

    record Event(String month, String event, String actors, String detail) { }

    /** One distinct source text and what cites it. */
    record Source(String category, String text, List<String> citedBy) { }

    final ResultSet rs;
    final JsonNode scenario;
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Map<String, Band> bands = new HashMap<>();
    final Map<String, Map<String, NodeState>> nodes = new HashMap<>();
    final Map<String, List<Dyad>> dyads = new HashMap<>();
    final boolean hasDyads;
    final List<Event> events = new ArrayList<>();
    final boolean hasEvents;
    /** Tariffs in force in the last month, mean over runs, by directed pair "from,to" (the importer {@code to} taxes {@code from}); only pairs above zero. */
    final Map<String, Double> tariffs = new LinkedHashMap<>();
    /** Whether dyads.csv has the {@code tariff} column (model 2.0; older folders do not). */
    boolean hasTariffs;

    private ResultData(ResultSet rs, JsonNode scenario, boolean hasDyads, boolean hasEvents) {
        this.rs = rs;
        this.scenario = scenario;
        this.hasDyads = hasDyads;
        this.hasEvents = hasEvents;
    }

    /**
     * Reads a results folder. {@code metrics} and {@code chartActors} choose the bands,
     * {@code networkMonths} the months of run 0 read for network snapshots. A folder that is not
     * a results folder, or a malformed file, is an {@link IllegalArgumentException}.
     */
    static ResultData load(Path folder, List<String> metrics, Set<String> chartActors, Set<String> networkMonths) throws IOException {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException(folder + ": no such folder");
        ResultSet rs = ResultSet.open(folder);
        if (rs.months.isEmpty()) throw new IllegalArgumentException(folder + ": manifest has no months");
        JsonNode scenario = MissingNode.getInstance();
        Path resolved = folder.resolve("scenario.resolved.json");
        if (Files.isRegularFile(resolved)) {
            try {
                scenario = JSON.readTree(resolved.toFile());
            } catch (IOException e) {
                throw new IllegalArgumentException(resolved + ": not readable JSON: " + e.getMessage());
            }
        }
        ResultData d = new ResultData(rs, scenario, Files.isRegularFile(folder.resolve("dyads.csv")),
                Files.isRegularFile(folder.resolve("events.csv")));
        d.readActors();
        List<String> read = new ArrayList<>(metrics);
        if (metrics.contains(Metrics.OIL_DISCOUNT) && !read.contains(Metrics.OIL_PRICE)) read.add(Metrics.OIL_PRICE);
        d.readBands(read, chartActors);
        if (metrics.contains(Metrics.OIL_DISCOUNT)) d.deriveDiscount(chartActors);
        d.readRunZero(networkMonths);
        if (d.hasDyads) {
            d.readDyads(networkMonths);
            d.readTariffs();
        }
        if (d.hasEvents) d.readEvents();
        return d;
    }

    /** The scenario's name: from the resolved scenario, else the manifest, else the folder name. */
    String scenarioName() {
        String n = scenario.path("name").asText("");
        if (n.isBlank() && rs.manifest().scenario() != null && rs.manifest().scenario().name() != null) n = rs.manifest().scenario().name();
        return n.isBlank() ? rs.name() : n;
    }

    String description() { return scenario.path("description").asText(""); }

    /** A short label for sentences and legends: the folder name ("tighter-sanctions"). */
    String label() { return rs.name(); }

    String actorName(String id) {
        Actor a = actors.get(id);
        return a == null ? id : a.name();
    }

    Band band(String metric, String actor) { return bands.get(metric + "|" + actor); }

    private void readActors() {
        Map<String, JsonNode> specs = new HashMap<>();
        for (JsonNode a : scenario.path("actors")) specs.put(a.path("id").asText(), a);
        for (String id : rs.actors()) {
            JsonNode a = specs.get(id);
            if (a == null) {
                actors.put(id, new Actor(id, id, 0, 0, false));
                continue;
            }
            String name = a.path("name").asText("");
            boolean located = a.path("lat").isNumber() && a.path("lon").isNumber();
            actors.put(id, new Actor(id, name.isBlank() ? id : name, a.path("lat").asDouble(), a.path("lon").asDouble(), located));
        }
    }

    private void readBands(List<String> metrics, Set<String> chartActors) throws IOException {
        Map<String, Integer> monthIndex = new HashMap<>();
        for (int i = 0; i < rs.months.size(); i++) monthIndex.put(rs.months.get(i), i);
        Path summary = rs.folder.resolve("summary.csv");
        if (rs.runs > 1 && Files.isRegularFile(summary)) {
            readSummary(summary, metrics, chartActors, monthIndex);
            return;
        }
        // A single run (no summary.csv): the run itself; an ensemble without summary.csv: summarised here.
        Map<String, double[]> values = rs.read("nations.csv", List.of("actor"), CsvRows.NATION_METRICS, new LinkedHashSet<>(rs.months), false);
        for (String metric : metrics) {
            for (String actor : chartActors) {
                Band b = emptyBand();
                boolean any = false;
                for (int t = 0; t < rs.months.size(); t++) {
                    double[] v = values.get(metric + "|" + actor + "|" + rs.months.get(t));
                    if (v == null) continue;
                    double[] finite = Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
                    if (finite.length == 0) continue;
                    Stats.Summary s = Stats.summarise(finite);
                    b.lo()[t] = s.p05();
                    b.mid()[t] = s.p50();
                    b.hi()[t] = s.p95();
                    any = true;
                }
                if (any) bands.put(metric + "|" + actor, b);
            }
        }
    }

    /**
     * The world oil price of each month, USD a barrel: the {@code oil_price} parameter at the start
     * (as the manifest records it, with any --set), then the scenario's {@code set_parameter}
     * events of {@code oil_price} from their month on. The same in every run of a folder.
     */
    double[] worldOilPrice() {
        String key = org.entente.model.Param.OIL_PRICE.key();
        double start = org.entente.model.Param.OIL_PRICE.defaultValue();
        JsonNode recorded = rs.manifest().parameters() == null ? null : rs.manifest().parameters().get(key);
        if (recorded != null && recorded.isNumber()) start = recorded.asDouble();
        else if (scenario.path("parameters").path(key).isNumber()) start = scenario.path("parameters").path(key).asDouble();
        Map<String, Integer> monthIndex = new HashMap<>();
        for (int i = 0; i < rs.months.size(); i++) monthIndex.put(rs.months.get(i), i);
        double[] out = new double[rs.months.size()];
        Arrays.fill(out, start);
        List<JsonNode> sets = new ArrayList<>();
        for (JsonNode e : scenario.path("events")) {
            if (e.path("type").asText().equals("set_parameter") && e.path("parameter").asText().equals(key) && e.path("value").isNumber()) sets.add(e);
        }
        sets.sort(java.util.Comparator.comparing(e -> e.path("month").asText()));
        for (JsonNode e : sets) {
            String month = e.path("month").asText();
            int from = monthIndex.getOrDefault(month, month.compareTo(rs.months.get(0)) < 0 ? 0 : rs.months.size());
            for (int t = from; t < out.length; t++) out[t] = e.path("value").asDouble();
        }
        return out;
    }

    /**
     * The discount band of each charted actor with a realised price: the world price less the
     * realised price. The world price is the same in every run, so the discount's percentiles are
     * the world price less the price's percentiles, the 5th and the 95th swapped.
     */
    private void deriveDiscount(Set<String> chartActors) {
        double[] world = worldOilPrice();
        for (String actor : chartActors) {
            Band price = band(Metrics.OIL_PRICE, actor);
            if (price == null || price.empty()) continue;
            Band b = emptyBand();
            for (int t = 0; t < world.length; t++) {
                b.lo()[t] = world[t] - price.hi()[t];
                b.mid()[t] = world[t] - price.mid()[t];
                b.hi()[t] = world[t] - price.lo()[t];
            }
            bands.put(Metrics.OIL_DISCOUNT + "|" + actor, b);
        }
    }

    private Band emptyBand() {
        int n = rs.months.size();
        double[] lo = new double[n], mid = new double[n], hi = new double[n];
        Arrays.fill(lo, Double.NaN);
        Arrays.fill(mid, Double.NaN);
        Arrays.fill(hi, Double.NaN);
        return new Band(lo, mid, hi);
    }

    private void readSummary(Path file, List<String> metrics, Set<String> chartActors, Map<String, Integer> monthIndex) throws IOException {
        Set<String> wanted = new java.util.HashSet<>(metrics);
        try (Csv t = Csv.open(file)) {
            int cm = t.column("metric"), ca = t.column("actor"), ct = t.column("month"),
                    c05 = t.column("p05"), c50 = t.column("p50"), c95 = t.column("p95");
            for (String[] f; (f = t.next()) != null; ) {
                if (!wanted.contains(f[cm]) || !chartActors.contains(f[ca])) continue;
                Integer m = monthIndex.get(f[ct]);
                if (m == null) continue;
                Band b = bands.computeIfAbsent(f[cm] + "|" + f[ca], k -> emptyBand());
                b.lo()[m] = t.number(f, c05);
                b.mid()[m] = t.number(f, c50);
                b.hi()[m] = t.number(f, c95);
            }
        }
    }

    private void readRunZero(Set<String> months) throws IOException {
        try (Csv t = Csv.open(rs.folder.resolve("nations.csv"))) {
            int cr = t.column("run"), ct = t.column("month"), ca = t.column("actor"),
                    cg = t.column(Metric.GDP.key()), cw = t.column(Metric.ALIGNMENT_WEST.key()), ce = t.column(Metric.ALIGNMENT_EAST.key());
            for (String[] f; (f = t.next()) != null; ) {
                if (!f[cr].equals("0")) break;
                if (!months.contains(f[ct])) continue;
                nodes.computeIfAbsent(f[ct], k -> new LinkedHashMap<>()).put(f[ca],
                        new NodeState(t.number(f, cg), t.number(f, cw), t.number(f, ce)));
            }
        }
    }

    private void readDyads(Set<String> months) throws IOException {
        try (Csv t = Csv.open(rs.folder.resolve("dyads.csv"))) {
            int cr = t.column("run"), ct = t.column("month"), cf = t.column("from"), cto = t.column("to"),
                    cx = t.column(Metric.DYAD_EXPORTS.key()), cd = t.column(Metric.DYAD_DEFENSE.key()), cs = t.column(Metric.DYAD_SANCTION_FRICTION.key()), ch = t.column(Metric.DYAD_HOSTILITY.key());
            for (String[] f; (f = t.next()) != null; ) {
                if (!f[cr].equals("0")) break;
                if (!months.contains(f[ct])) continue;
                dyads.computeIfAbsent(f[ct], k -> new ArrayList<>()).add(new Dyad(f[cf], f[cto], t.number(f, cx),
                        t.number(f, cd), t.number(f, cs), t.number(f, ch)));
            }
        }
    }

    /** The last month's tariffs of every run, from dyads.csv; a missing row is no tariff. */
    private void readTariffs() throws IOException {
        String key = Metric.DYAD_TARIFF.key();
        try (Csv t = Csv.open(rs.folder.resolve("dyads.csv"))) {
            hasTariffs = t.header().contains(key);
        }
        if (!hasTariffs) return;
        Map<String, double[]> values = rs.read("dyads.csv", List.of("from", "to"), List.of(key), Set.of(rs.lastMonth()), true);
        List<Map.Entry<String, Double>> found = new ArrayList<>();
        String suffix = "|" + rs.lastMonth();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            double sum = 0;
            for (double v : e.getValue()) sum += Double.isNaN(v) ? 0 : v;
            double mean = sum / rs.runs;
            String pair = e.getKey().substring(key.length() + 1, e.getKey().length() - suffix.length());
            if (mean > 0) found.add(Map.entry(pair, mean));
        }
        found.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Double> e : found) tariffs.put(e.getKey(), e.getValue());
    }

    private void readEvents() throws IOException {
        Path file = rs.folder.resolve("events.csv");
        if (Files.isRegularFile(file) && Files.size(file) == 0) return;
        try (Csv csv = Csv.open(file)) {
            int cr = csv.column("run"), ct = csv.column("month"), ce = csv.column("event"), ca = csv.column("actors"), cd = csv.column("detail");
            for (String[] f; (f = csv.next()) != null; ) {
                if (!f[cr].equals("0")) break;
                events.add(new Event(f[ct], f[ce], f[ca], f[cd]));
            }
        }
    }

    /** The distinct sources the scenario cites, by part of the scenario, in order of first appearance. */
    List<Source> sources() {
        Map<String, Source> out = new LinkedHashMap<>();
        cite(out, "Actors", scenario.path("actors"), a -> a.path("id").asText() + " " + a.path("name").asText(""));
        cite(out, "Trade", scenario.path("trade"), t -> t.path("from").asText() + "\u2192" + t.path("to").asText());
        cite(out, "Treaties", scenario.path("treaties"), t -> t.path("name").asText());
        cite(out, "Sanctions", scenario.path("sanctions"), s -> s.path("sender").asText() + "\u2192" + s.path("target").asText()
                + " " + s.path("type").asText());
        cite(out, "Hostility", scenario.path("hostility"), h -> String.join("\u2013", texts(h.path("between"))));
        cite(out, "Events", scenario.path("events"), e -> e.path("month").asText() + " " + e.path("type").asText());
        return new ArrayList<>(out.values());
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) out.add(n.asText());
        return out;
    }

    private static void cite(Map<String, Source> out, String category, JsonNode items, java.util.function.Function<JsonNode, String> label) {
        for (JsonNode item : items) {
            JsonNode s = item.path("source");
            if (!s.isTextual() || s.asText().isBlank()) continue;
            String text = s.asText().strip();
            out.computeIfAbsent(category + "\u0000" + text, k -> new Source(category, text, new ArrayList<>()))
                    .citedBy().add(label.apply(item).strip());
        }
    }
}
