package org.entente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.analysis.Comparison;
import org.entente.analysis.ResultSet;
import org.entente.io.AtomicFile;
import org.entente.io.CsvRows;
import org.entente.io.Destination;
import org.entente.io.ScenarioException;
import org.entente.view.Palette;

/**
 * Makes the report of a results folder, optionally compared with a second one: one
 * self-contained HTML file, and on request the same charts as PNG files for slides.
 * Invalid input (no such folder, not a results folder, unknown actor or metric, malformed
 * files, folders that cannot be compared) is an {@link IllegalArgumentException} with a
 * one-line message.
 */
public final class Report {
    /** The actors charted when none are chosen, those of them that the results have. */
    public static final List<String> DEFAULT_ACTORS = List.of("IRN", "RUS", "CHN", "USA", "EUU");
    /** Scale of the PNG files: two pixels per chart unit (1600 x 900 for a fan chart). */
    static final double PNG_SCALE = 2;

    /**
     * What to make. {@code compare}, {@code png}, {@code actors} and {@code metrics} may be null;
     * {@code out} null writes RESULTS/report.html. {@code relative} and {@code unitScale} are the
     * compare command's sets of metrics ranked by relative and by absolute change.
     */
    public record Options(Path results, Path compare, Path out, Path png, List<String> actors, List<String> metrics, boolean force,
                          Set<String> relative, Set<String> unitScale) { }

    /** What was written, and any warning (such as folders compared with --force). */
    public record Outcome(Path html, List<Path> pngs, List<String> warnings, String title) { }

    private Report() { }

    public static Outcome make(Options o) throws IOException {
        if (o.out() != null && Files.isDirectory(o.out())) {
            throw new IllegalArgumentException("--out " + o.out() + ": is a folder; give the name of the HTML file to write");
        }
        if (o.png() != null && Files.exists(o.png()) && !Files.isDirectory(o.png())) {
            throw new IllegalArgumentException("--png " + o.png() + ": is a file; give a folder for the PNG files");
        }
        Path out = o.out() != null ? o.out() : o.results().resolve("report.html");
        try {
            // refused before any work: nothing but an earlier report (or PNG charts) is ever replaced
            Destination.check("--out", out, Destination.Kind.REPORT_HTML);
            if (o.png() != null) Destination.check("--png", o.png(), Destination.Kind.PNG_FOLDER);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        ResultSet probe = openFolder(o.results());
        ResultSet probeB = o.compare() == null ? null : openFolder(o.compare());
        List<String> metrics = metrics(o.metrics());
        boolean defaults = o.metrics() == null || o.metrics().isEmpty();
        List<String> actors = actors(o.actors(), probe, probeB);
        List<String> warnings = new ArrayList<>();

        ResultData a = ResultData.load(o.results(), metrics, new LinkedHashSet<>(actors),
                Set.of(probe.months.get(0), probe.lastMonth()));
        ResultData b = null;
        HtmlReport.Compared compared = null;
        if (probeB != null) {
            if (probe.runs < 2 || probeB.runs < 2) {
                throw new IllegalArgumentException((probe.runs < 2 ? o.results() : o.compare())
                        + ": holds a single run; a comparison needs ensembles (run both with --runs 20 or more)");
            }
            List<String> problems = new ArrayList<>(Comparison.incompatibilities(probe, probeB));
            Comparison.Differences diff = Comparison.differences(probe, probeB);
            for (String d : diff.refusing()) problems.add("run with different overrides: " + d);
            for (String d : diff.shown()) if (!diff.refusing().contains(d)) warnings.add("A and B differ in " + d);
            if (!problems.isEmpty() && !o.force()) {
                throw new IllegalArgumentException(o.results() + " vs " + o.compare() + ": " + String.join("; ", problems)
                        + ". Not compared (--force makes the report anyway).");
            }
            b = ResultData.load(o.compare(), metrics, new LinkedHashSet<>(actors), Set.of(probeB.months.get(0), probeB.lastMonth()));
            boolean paired = Comparison.commonRandomNumbers(a.rs, b.rs);
            List<Comparison.Row> rows = Comparison.compare(a.rs, b.rs, false, paired);
            compared = new HtmlReport.Compared(rows, paired, problems);
            for (String p : problems) warnings.add("compared with --force: " + p);
        }

        Effects effects = new Effects(o.relative(), o.unitScale());
        List<HtmlReport.MetricCharts> charts = fanCharts(a, b, metrics, actors,
                defaults ? Set.copyOf(Metrics.WHERE_PRESENT) : Set.of());
        List<NetworkChart> networks = networkCharts(a, b);
        HtmlReport html = new HtmlReport(a, b, actors, charts, networks, compared, effects);
        String page = html.render();

        writeAtomically(out, Destination.Kind.REPORT_HTML, s -> s.write(page.getBytes(StandardCharsets.UTF_8)));

        List<Path> pngs = new ArrayList<>();
        if (o.png() != null) {
            if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
            Files.createDirectories(o.png());
            for (HtmlReport.MetricCharts mc : charts) {
                for (FanChart c : mc.charts()) {
                    PngCanvas canvas = new PngCanvas(FanChart.W, FanChart.H, PNG_SCALE);
                    c.draw(canvas);
                    pngs.add(writePng(o.png().resolve(c.fileName() + ".png"), canvas));
                }
            }
            for (NetworkChart n : networks) {
                PngCanvas canvas = new PngCanvas(NetworkChart.W, NetworkChart.H, PNG_SCALE);
                n.draw(canvas);
                pngs.add(writePng(o.png().resolve(n.fileName + ".png"), canvas));
            }
        }
        return new Outcome(out, pngs, warnings, html.title());
    }

    private static ResultSet openFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) throw new IllegalArgumentException(folder + ": no such folder");
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException(folder + ": not a folder (give a results folder)");
        ResultSet rs;
        try {
            rs = ResultSet.open(folder);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(folder.resolve("manifest.json") + ": start_month is not a month (YYYY-MM)");
        }
        if (rs.months.isEmpty()) throw new IllegalArgumentException(folder + ": manifest has no months");
        return rs;
    }

    /** The metrics charted without --metrics: the defaults, then those shown only where they are present and not zero. */
    private static final List<String> DEFAULT_METRICS = java.util.stream.Stream.concat(Metrics.DEFAULT.stream(),
            Metrics.WHERE_PRESENT.stream()).toList();

    private static List<String> metrics(List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) return DEFAULT_METRICS;
        List<String> out = new ArrayList<>();
        for (String m : chosen) {
            String k = m.strip();
            if (k.isEmpty()) continue;
            if (!CsvRows.NATION_METRICS.contains(k) && !Metrics.DERIVED.contains(k)) {
                throw new IllegalArgumentException("unknown metric '" + Html.shorten(k, 40) + "'; the metrics are "
                        + String.join(", ", CsvRows.NATION_METRICS) + " and " + String.join(", ", Metrics.DERIVED));
            }
            if (!out.contains(k)) out.add(k);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("--metrics lists no metric");
        return out;
    }

    private static List<String> actors(List<String> chosen, ResultSet a, ResultSet b) {
        List<String> present = new ArrayList<>(a.actors());
        if (b != null) for (String id : b.actors()) if (!present.contains(id)) present.add(id);
        if (chosen == null || chosen.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (String id : DEFAULT_ACTORS) if (present.contains(id)) out.add(id);
            if (out.isEmpty()) out.addAll(present.subList(0, Math.min(5, present.size())));
            return out;
        }
        if (chosen.size() == 1 && chosen.get(0).strip().equalsIgnoreCase("all")) return present;
        List<String> out = new ArrayList<>();
        for (String id : chosen) {
            String k = id.strip();
            if (k.isEmpty()) continue;
            if (!present.contains(k)) {
                throw new IllegalArgumentException("unknown actor '" + Html.shorten(k, 40) + "'; the results have "
                        + String.join(", ", present));
            }
            if (!out.contains(k)) out.add(k);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("--actors lists no actor");
        return out;
    }

    private static List<FanChart.Marker> markers(ResultData d, String colour, Set<String> skip) {
        Set<String> months = new LinkedHashSet<>();
        for (ResultData.Event e : d.events) if (!skip.contains(e.month())) months.add(e.month());
        List<FanChart.Marker> out = new ArrayList<>();
        if (months.size() > 40) return out; // too many to mark
        for (String m : months) {
            try {
                out.add(new FanChart.Marker(YearMonth.parse(m), colour));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(d.rs.folder.resolve("events.csv") + ": not a month: " + Html.shorten(m, 20));
            }
        }
        return out;
    }

    /** The fan charts; a metric of {@code whereDrawn} with no chart to draw (absent, or zero throughout) is left out without a word. */
    private static List<HtmlReport.MetricCharts> fanCharts(ResultData a, ResultData b, List<String> metrics, List<String> actors,
                                                           Set<String> whereDrawn) {
        YearMonth startA = YearMonth.parse(a.rs.months.get(0));
        List<FanChart.Marker> markers = new ArrayList<>(markers(a, Palette.NEUTRAL.css(), Set.of()));
        if (b != null) {
            Set<String> inA = new LinkedHashSet<>();
            for (ResultData.Event e : a.events) inA.add(e.month());
            markers.addAll(markers(b, HtmlReport.COLOUR_B, inA));
        }
        List<HtmlReport.MetricCharts> out = new ArrayList<>();
        for (String metric : metrics) {
            List<FanChart> charts = new ArrayList<>();
            List<String> zero = new ArrayList<>();
            for (String actor : actors) {
                ResultData.Band ba = a.band(metric, actor), bb = b == null ? null : b.band(metric, actor);
                boolean hasA = ba != null && !ba.empty(), hasB = bb != null && !bb.empty();
                if (!hasA && !hasB) continue;
                if ((!hasA || ba.allZero()) && (!hasB || bb.allZero())) {
                    zero.add(actor);
                    continue;
                }
                List<FanChart.Series> series = new ArrayList<>();
                String suffix = b == null ? "" : "A: ";
                if (hasA) series.add(new FanChart.Series(suffix + a.label() + " (" + runs(a.rs.runs) + ")", HtmlReport.COLOUR_A, startA,
                        ba, a.rs.runs));
                if (hasB) series.add(new FanChart.Series("B: " + b.label() + " (" + runs(b.rs.runs) + ")", HtmlReport.COLOUR_B,
                        YearMonth.parse(b.rs.months.get(0)), bb, b.rs.runs));
                String name = a.actors.containsKey(actor) ? a.actorName(actor) : b.actorName(actor);
                String title = (name.equals(actor) ? actor : name + " (" + actor + ")") + ": " + Metrics.title(metric);
                charts.add(new FanChart(title, Metrics.unit(metric), actor, metric, series, markers));
            }
            if (charts.isEmpty() && whereDrawn.contains(metric)) continue;
            out.add(new HtmlReport.MetricCharts(metric, charts, zero));
        }
        return out;
    }

    private static String runs(int n) { return n == 1 ? "1 run" : n + " runs"; }

    private static List<NetworkChart> networkCharts(ResultData a, ResultData b) {
        String first = a.rs.months.get(0), last = a.rs.lastMonth();
        Map<String, ResultData.Actor> actors = new java.util.LinkedHashMap<>(a.actors);
        List<Map<String, ResultData.NodeState>> snaps = new ArrayList<>();
        List<List<ResultData.Dyad>> dyads = new ArrayList<>();
        snaps.add(a.nodes.getOrDefault(first, Map.of()));
        snaps.add(a.nodes.getOrDefault(last, Map.of()));
        dyads.add(a.hasDyads ? a.dyads.getOrDefault(first, List.of()) : null);
        dyads.add(a.hasDyads ? a.dyads.getOrDefault(last, List.of()) : null);
        String lastB = null;
        if (b != null) {
            for (Map.Entry<String, ResultData.Actor> e : b.actors.entrySet()) actors.putIfAbsent(e.getKey(), e.getValue());
            lastB = b.rs.lastMonth();
            snaps.add(b.nodes.getOrDefault(lastB, Map.of()));
            dyads.add(b.hasDyads ? b.dyads.getOrDefault(lastB, List.of()) : null);
        }
        NetworkChart.Layout layout = NetworkChart.layout(actors.values(), snaps, dyads);
        List<NetworkChart> out = new ArrayList<>();
        String pa = b == null ? "" : "A: ";
        out.add(new NetworkChart("Start, " + first + " \u2014 " + pa + a.label() + ", run 0", "network-start", layout, actors, snaps.get(0),
                dyads.get(0)));
        out.add(new NetworkChart("End, " + last + " \u2014 " + pa + a.label() + ", run 0", "network-end", layout, actors, snaps.get(1),
                dyads.get(1)));
        if (b != null) {
            out.add(new NetworkChart("End, " + lastB + " \u2014 B: " + b.label() + ", run 0", safeFileName("network-end-" + b.label()),
                    layout, actors, snaps.get(2), dyads.get(2)));
        }
        return out;
    }

    /** Letters, digits, '-', '_' and '.' kept, anything else '_' (actor ids and folder names become file names). */
    static String safeFileName(String s) {
        String out = s.replaceAll("[^A-Za-z0-9._-]", "_");
        if (out.startsWith(".")) out = "_" + out.substring(1);
        return out.length() > 120 ? out.substring(0, 120) : out;
    }

    /** Writes {@code file} through {@link AtomicFile}: checked, then a temporary file moved into place, so a reader never sees half a file. */
    static void writeAtomically(Path file, Destination.Kind kind, AtomicFile.Content writer) throws IOException {
        try {
            AtomicFile.write(kind == Destination.Kind.PNG ? "--png" : "--out", file, kind, List.of(), writer);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Path writePng(Path file, PngCanvas canvas) throws IOException {
        java.awt.image.BufferedImage image = canvas.image();
        writeAtomically(file, Destination.Kind.PNG, out -> {
            if (!javax.imageio.ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        });
        return file;
    }
}
