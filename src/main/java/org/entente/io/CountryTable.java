package org.entente.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entente.io.Node.ListNode;
import org.entente.io.Node.MapNode;
import org.entente.io.Node.Scalar;

/**
 * The {@code countries:} key of a scenario: actors read from a table of countries (such as
 * {@code data/world/countries.csv}) instead of being written out one by one.
 *
 * <pre>
 * countries:
 *   file: ../data/world/countries.csv      # relative to the scenario file
 *   source: "World Bank WDI via datasets/*; data/world/SOURCES.md"
 *   defaults: {milex_share: 0.023, ideal_point: 0, stability: 0.6, trend_growth: 3.0}
 * </pre>
 *
 * Each row becomes an actor of kind {@code state}: id (iso3), name, lat, lon, population (the
 * {@code population_*} column, in people, read as millions) and GDP (the {@code gdp_usd_*}
 * column, in USD, read as USD bn). The other attributes come from {@code defaults}; military
 * spending is {@code milex_share} of GDP. An entry of {@code actors:} with the same id is merged
 * over the row, field by field (the entry wins); entries with new ids are added after the
 * table's rows. Gaps are filled by stated rules and reported as notes, never silently:
 * <ul>
 *   <li>no GDP: population × the median GDP per person of the row's region;</li>
 *   <li>no population: GDP ÷ that median;</li>
 *   <li>neither (and no {@code actors:} entry giving them): the row is left out;</li>
 *   <li>no coordinates: an error pointing at the row, since distances need them.</li>
 * </ul>
 * The actors built here carry the table's file and line, so a bad value is reported at its row.
 * The table must lie inside the project (the folder that holds {@code scenarios/}), end in
 * {@code .csv}, and stay under {@link #MAX_BYTES}.
 */
final class CountryTable {
    static final long MAX_BYTES = 4L << 20;
    static final List<String> KEYS = List.of("file", "source", "defaults", "note");
    static final List<String> DEFAULT_KEYS = List.of("milex_share", "ideal_point", "stability", "trend_growth");
    private static final List<String> REQUIRED_COLUMNS = List.of("iso3", "name", "region", "lat", "lon");

    private CountryTable() { }

    /** A row read as an actor; {@code imputedKey} (gdp or population) and {@code rule} say what a stated rule filled in. */
    private record Row(MapNode node, String imputedKey, String rule) {
        String id() { return ScenarioLoader.text(node.get("id")); }
    }

    /** The document with {@code countries:} turned into actors; unchanged when the key is absent. */
    static MapNode expand(MapNode doc, Path projectRoot, Problems problems, List<String> notes, List<Path> files) {
        Node spec = doc.get("countries");
        if (spec == null) return doc;
        Map<String, Node> out = new LinkedHashMap<>(doc.entries());
        out.remove("countries");
        if (!(spec instanceof MapNode m)) {
            problems.add(spec, "countries", "must be a mapping with file, source and defaults", spec.describe());
            return new MapNode(doc.file(), doc.line(), doc.column(), out);
        }
        for (String k : m.entries().keySet()) {
            if (!KEYS.contains(k)) problems.add(m.keyNode(k), "countries." + k, "unknown key (allowed: " + String.join(", ", KEYS) + ")", "\"" + Problems.clip(k) + "\"");
        }
        Node fileNode = m.get("file");
        if (!(fileNode instanceof Scalar fs) || fs.kind() != Scalar.Kind.STRING || fs.text().isBlank()) {
            problems.add(fileNode == null ? m : fileNode, "countries.file", "is required: the path of the table, relative to this scenario file",
                    fileNode == null ? null : fileNode.describe());
            return new MapNode(doc.file(), doc.line(), doc.column(), out);
        }
        Map<String, Double> defaults = defaults(m.get("defaults"), problems);
        String source = ScenarioLoader.text(m.get("source"));
        // Containment first, on the path with its existing links resolved, so that the answer for
        // a file outside the project is the same whether or not it exists (no oracle).
        Path table;
        try {
            table = Destination.real(fs.file().getParent().resolve(fs.text()));
        } catch (java.nio.file.InvalidPathException e) {
            table = null;
        }
        Path root = realOrNull(projectRoot);
        if (!fs.text().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            problems.add(fs, "countries.file", "must be a .csv file", fs.describe());
        } else if (table == null || root == null || !table.startsWith(root)) {
            problems.add(fs, "countries.file", "the table must lie inside the project folder " + projectRoot, fs.describe());
        } else if (!Files.isRegularFile(table)) {
            problems.add(fs, "countries.file", "the table does not exist", fs.describe());
        } else {
            try {
                if (Files.size(table) > MAX_BYTES) {
                    problems.add(fs, "countries.file", "the table is too big: at most " + MAX_BYTES + " bytes", Long.toString(Files.size(table)));
                } else {
                    List<Row> rows = read(table, source, problems);
                    files.add(table);
                    Node listed = doc.get("actors");
                    // a non-list actors: is left for the actor reader to report
                    if (listed == null || listed instanceof ListNode) out.put("actors", mergeActors(listed, rows, m, defaults, notes));
                }
            } catch (IOException e) {
                problems.add(fs, "countries.file", "cannot be read: " + e.getMessage(), fs.describe());
            }
        }
        return new MapNode(doc.file(), doc.line(), doc.column(), out);
    }

    private static Map<String, Double> defaults(Node n, Problems problems) {
        Map<String, Double> d = new LinkedHashMap<>();
        if (n == null) {
            problems.add((Node) null, "countries.defaults", "is required: " + String.join(", ", DEFAULT_KEYS)
                    + " for the countries the table does not describe", null);
            return d;
        }
        if (!(n instanceof MapNode m)) {
            problems.add(n, "countries.defaults", "must be a mapping of " + String.join(", ", DEFAULT_KEYS), n.describe());
            return d;
        }
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            String p = "countries.defaults." + e.getKey();
            if (!DEFAULT_KEYS.contains(e.getKey())) {
                problems.add(m.keyNode(e.getKey()), p, "unknown key (allowed: " + String.join(", ", DEFAULT_KEYS) + ")", "\"" + Problems.clip(e.getKey()) + "\"");
            } else if (!(e.getValue() instanceof Scalar s) || (s.kind() != Scalar.Kind.INTEGER && s.kind() != Scalar.Kind.FLOAT)
                    || !Double.isFinite(s.number())) {
                problems.add(e.getValue(), p, "must be a finite number", e.getValue().describe());
            } else if (e.getKey().equals("milex_share") && (s.number() < 0 || s.number() > 1)) {
                problems.add(s, p, "must be in [0, 1] (a share of GDP)", s.describe());
            } else {
                d.put(e.getKey(), s.number());
            }
        }
        for (String k : DEFAULT_KEYS) {
            if (!d.containsKey(k) && m.get(k) == null) problems.add(m, "countries.defaults", "needs " + k, null);
        }
        return d;
    }

    /** One map node per usable row, located at its line of the table. */
    private static List<Row> read(Path table, String source, Problems problems) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> header;
        if (Files.isRegularFile(table) && Files.size(table) == 0) {
            problems.add(table, 1, 1, "countries.file", "the table is empty", null);
            return List.of();
        }
        try (Csv csv = Csv.open(table)) {
            header = csv.header();
            for (String[] f = csv.nextRaw(); f != null; f = csv.nextRaw()) {
                List<String> r = List.of(f);
                if (r.size() == 1 && r.get(0).isBlank()) continue;
                if (r.size() != header.size()) {
                    problems.add(table, csv.line(), 1, "countries.file", "a row must have " + header.size() + " fields like the header",
                            Integer.toString(r.size()));
                    continue;
                }
                if (rows.size() >= ScenarioReader.MAX_ACTORS) {
                    problems.add(table, csv.line(), 1, "countries.file", "too many rows: at most " + ScenarioReader.MAX_ACTORS + " actors", null);
                    break;
                }
                rows.add(r.toArray(new String[0]));
                lines.add(csv.line());
            }
        } catch (IllegalArgumentException e) {
            problems.add(table, 1, 1, "countries.file", e.getMessage(), null);
            return List.of();
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip(), i);
        for (String c : REQUIRED_COLUMNS) {
            if (!col.containsKey(c)) problems.add(table, 1, 1, "countries.file", "the header needs a column " + c, String.join(",", header));
        }
        Integer popCol = null, gdpCol = null;
        for (int i = 0; i < header.size(); i++) {
            if (popCol == null && header.get(i).startsWith("population")) popCol = i;
            if (gdpCol == null && header.get(i).startsWith("gdp_usd")) gdpCol = i;
        }
        if (popCol == null) problems.add(table, 1, 1, "countries.file", "the header needs a population column (population_YYYY, in people)", String.join(",", header));
        if (gdpCol == null) problems.add(table, 1, 1, "countries.file", "the header needs a GDP column (gdp_usd_YYYY, in USD)", String.join(",", header));
        if (!problems.isEmpty()) return List.of();

        // median GDP per person of each region, over the rows that have both
        Map<String, List<Double>> perHead = new TreeMap<>();
        double[] gdp = new double[rows.size()], pop = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            gdp[r] = number(rows.get(r)[gdpCol], table, lines.get(r), gdpCol, header.get(gdpCol), problems);
            pop[r] = number(rows.get(r)[popCol], table, lines.get(r), popCol, header.get(popCol), problems);
            if (gdp[r] > 0 && pop[r] > 0) perHead.computeIfAbsent(rows.get(r)[col.get("region")], k -> new ArrayList<>()).add(gdp[r] / pop[r]);
        }
        Map<String, Double> median = new HashMap<>();
        for (Map.Entry<String, List<Double>> e : perHead.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            median.put(e.getKey(), v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
        }
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            int line = lines.get(r);
            Map<String, Node> e = new LinkedHashMap<>();
            e.put("id", str(table, line, col.get("iso3"), row[col.get("iso3")].strip()));
            e.put("name", str(table, line, col.get("name"), row[col.get("name")].strip()));
            e.put("kind", str(table, line, 1, "state"));
            putNumber(e, "lat", row[col.get("lat")], table, line, col.get("lat"));
            putNumber(e, "lon", row[col.get("lon")], table, line, col.get("lon"));
            String region = row[col.get("region")];
            String rule = null, imputedKey = null;
            double g = gdp[r], p = pop[r];
            if (!(g > 0) && p > 0 && median.containsKey(region)) {
                g = p * median.get(region);
                rule = "GDP imputed as population x the median GDP per person of " + region;
                imputedKey = "gdp";
            } else if (g > 0 && !(p > 0) && median.containsKey(region)) {
                p = g / median.get(region);
                rule = "population imputed as GDP / the median GDP per person of " + region;
                imputedKey = "population";
            }
            if (g > 0) e.put("gdp", num(table, line, gdpCol + 1, g / 1e9));
            if (p > 0) e.put("population", num(table, line, popCol + 1, p / 1e6));
            String why = source == null ? "" : source + "; ";
            e.put("source", str(table, line, 1, why + "row " + line + " of " + table.getFileName()
                    + "; assumption: the other attributes are the countries.defaults of the scenario"));
            out.add(new Row(new MapNode(table, line, 1, e), imputedKey, rule == null ? null : rule + " (no value in the table)"));
        }
        return out;
    }

    private static ListNode mergeActors(Node listed, List<Row> rows, MapNode spec, Map<String, Double> defaults, List<String> notes) {
        Map<String, MapNode> overrides = new LinkedHashMap<>();
        List<Node> extra = new ArrayList<>();
        if (listed instanceof ListNode l) {
            java.util.Set<String> rowIds = new java.util.HashSet<>();
            for (Row r : rows) rowIds.add(r.id());
            for (Node item : l.items()) {
                String id = item instanceof MapNode m ? ScenarioLoader.text(m.get("id")) : null;
                if (id != null && rowIds.contains(id)) overrides.put(id, (MapNode) item);
                else extra.add(item);
            }
        }
        List<Node> items = new ArrayList<>();
        List<String> imputed = new ArrayList<>(), left = new ArrayList<>();
        for (Row r : rows) {
            MapNode row = r.node();
            String id = r.id();
            Map<String, Node> e = new LinkedHashMap<>(row.entries());
            MapNode over = overrides.get(id);
            // the rule holds unless the scenario gives the value the table lacked
            boolean ruled = r.rule() != null && (over == null || over.get(r.imputedKey()) == null);
            if (over != null) {
                e.putAll(over.entries());
                if (over.get("source") != null && row.get("source") != null) {
                    e.put("source", str(row.file(), row.line(), 1, ScenarioLoader.text(over.get("source")) + " | table: "
                            + ScenarioLoader.text(row.get("source"))));
                }
            }
            if (e.get("gdp") == null || e.get("population") == null) {
                left.add(id);
                continue;
            }
            if (ruled) {
                imputed.add(id);
                e.put("source", str(row.file(), row.line(), 1, ScenarioLoader.text(e.get("source")) + "; " + r.rule()));
            }
            Node at = over == null ? row : over;
            if (e.get("milex") == null && e.get("gdp") instanceof Scalar g && defaults.containsKey("milex_share")) {
                e.put("milex", num(at.file(), at.line(), at.column(), g.number() * defaults.get("milex_share")));
            }
            for (String k : List.of("ideal_point", "stability", "trend_growth")) {
                if (e.get(k) == null && defaults.containsKey(k)) e.put(k, num(spec.file(), spec.line(), spec.column(), defaults.get(k)));
            }
            items.add(new MapNode(at.file(), at.line(), at.column(), e));
        }
        items.addAll(extra);
        if (!imputed.isEmpty()) {
            notes.add(imputed.size() + " countr" + (imputed.size() == 1 ? "y has" : "ies have") + " no GDP or population in the table,"
                    + " imputed from the median GDP per person of their region: " + String.join(", ", imputed));
        }
        if (!left.isEmpty()) {
            notes.add(left.size() + " countr" + (left.size() == 1 ? "y is" : "ies are") + " left out: the table has neither GDP nor"
                    + " population for " + (left.size() == 1 ? "it" : "them") + " and the scenario gives none: " + String.join(", ", left));
        }
        Node where = listed != null ? listed : spec;
        return new ListNode(where.file(), where.line(), where.column(), items);
    }

    private static double number(String text, Path table, int line, int col, String name, Problems problems) {
        String t = text.strip();
        if (t.isEmpty()) return Double.NaN;
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || v < 0) {
                problems.add(table, line, col + 1, "countries.file." + name, "must be a finite number, at least 0", "\"" + Problems.clip(t) + "\"");
                return Double.NaN;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(table, line, col + 1, "countries.file." + name, "must be a number or empty", "\"" + Problems.clip(t) + "\"");
            return Double.NaN;
        }
    }

    private static void putNumber(Map<String, Node> e, String key, String text, Path table, int line, int col) {
        String t = text.strip();
        if (t.isEmpty()) return; // reported by the actor reader as a missing field, at this row
        try {
            e.put(key, new Scalar(table, line, col + 1, Scalar.Kind.FLOAT, t, Double.parseDouble(t), false));
        } catch (NumberFormatException ex) {
            e.put(key, new Scalar(table, line, col + 1, Scalar.Kind.STRING, t, Double.NaN, false));
        }
    }

    private static Scalar str(Path file, int line, int col, String text) {
        return new Scalar(file, line, col, Scalar.Kind.STRING, text, Double.NaN, false);
    }

    private static Scalar num(Path file, int line, int col, double v) {
        return new Scalar(file, line, col, Scalar.Kind.FLOAT, Double.toString(v), v, false);
    }

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

}
