package org.entente.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.io.Manifest;
import org.entente.analysis.Comparison;
import org.entente.io.Numbers;
import org.entente.view.Palette;

/**
 * Writes the report as one self-contained HTML page: inline CSS, inline SVG charts and a small
 * inline script (actor filter), nothing loaded from anywhere. Every text that comes from a
 * results folder is escaped with {@link Html#esc}. A Content-Security-Policy allows only the
 * page's own style and script (by hash), so even a missed escape could not run a script or
 * load anything.
 */
final class HtmlReport {
    /** World A and world B, from the Palette: not blue or red, which mean the West and the East. */
    static final String COLOUR_A = Palette.SERIES_1.css(), COLOUR_B = Palette.SERIES_2.css();

    /** The comparison of B with A, when there is one. */
    record Compared(List<Comparison.Row> rows, boolean paired, List<String> problems) { }

    /** A metric's charts, and the actors whose chart was left out because the metric is zero throughout. */
    record MetricCharts(String metric, List<FanChart> charts, List<String> allZero) { }

    private final ResultData a, b;
    private final List<String> actors;
    private final List<MetricCharts> charts;
    private final List<NetworkChart> networks;
    private final Compared compared;
    private final Effects effects;
    private final StringBuilder h = new StringBuilder(1 << 20);

    HtmlReport(ResultData a, ResultData b, List<String> actors, List<MetricCharts> charts, List<NetworkChart> networks,
               Compared compared, Effects effects) {
        this.a = a;
        this.b = b;
        this.actors = actors;
        this.charts = charts;
        this.networks = networks;
        this.compared = compared;
        this.effects = effects;
    }

    static final String CSS = """
            :root{--ink:#1a1a1a;--muted:#555;--a:A_COLOUR;--b:B_COLOUR;--line:#d9dee3;--sig:#fff5cc}
            *{box-sizing:border-box}
            html{font-size:18px}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:var(--ink);background:#fff;line-height:1.45}
            header,main,footer{max-width:1500px;margin:0 auto;padding:0 28px}
            header{padding-top:22px;padding-bottom:10px;border-bottom:3px solid var(--ink)}
            h1{font-size:2rem;line-height:1.2;margin:0 0 .3rem;overflow-wrap:anywhere}
            h2{font-size:1.55rem;margin:2.2rem 0 .7rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
            h3{font-size:1.25rem;margin:1.7rem 0 .5rem}
            .unit{font-weight:normal;color:var(--muted);font-size:1rem}
            .lead{color:var(--muted);margin:.2rem 0 .6rem;font-size:1.05rem}
            nav a{margin-right:1.2rem;color:var(--a);font-weight:bold}
            a{color:var(--a)}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:18px}
            .nets{display:grid;grid-template-columns:1fr;gap:22px;max-width:1150px}
            figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:6px;background:#fff}
            svg.chart{display:block;width:100%;height:auto}
            table{border-collapse:collapse;width:100%;font-size:.95rem;margin:.4rem 0 1rem}
            th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
            th{background:#eef1f4}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .scroll{overflow-x:auto}
            table.cmp{font-size:.92rem}
            .ci{display:block;font-size:.82rem;color:var(--muted);font-weight:normal}
            td.nw{white-space:nowrap}
            .unit{white-space:nowrap}
            tr.sig td{background:var(--sig)}
            tr.sig td:first-child{box-shadow:inset 6px 0 0 #e0a800}
            tr.ns td{color:var(--muted)}
            .summary{background:#f3f7fb;border-left:6px solid var(--a);padding:.7rem 1.3rem;font-size:1.08rem;margin:.6rem 0 1rem}
            .summary li{margin:.3rem 0}
            .warn{background:#fff4e5;border-left:6px solid var(--b);padding:.6rem 1rem}
            .desc p{max-width:64rem;overflow-wrap:anywhere}
            .cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:8px 36px}
            p.meta{color:var(--muted);font-size:.92rem;overflow-wrap:anywhere}
            .sources li{margin:.35rem 0;overflow-wrap:anywhere}
            .cited{color:var(--muted);font-size:.88rem}
            .note{color:var(--muted);font-size:.95rem}
            #actor-toggles{border:1px solid var(--line);border-radius:6px;padding:.4rem .9rem;margin:.6rem 0 1rem;font-size:1.05rem}
            #actor-toggles label{margin-right:1.2rem;white-space:nowrap}
            .key{display:inline-block;width:1.6em;height:.85em;vertical-align:middle;border-radius:2px;margin:0 .3em 0 .1em}
            .key.a{background:var(--a)}
            .key.b{background:var(--b)}
            .tag{font-size:.8rem;font-weight:bold;padding:.05rem .4rem;border-radius:3px;color:#fff;white-space:nowrap}
            .tag.a{background:var(--a)}
            .tag.b{background:var(--b)}
            .tag.both{background:#777}
            details summary{cursor:pointer;color:var(--a);margin:.4rem 0}
            footer{color:var(--muted);font-size:.9rem;margin-top:2.5rem;padding-top:.8rem;padding-bottom:2rem;border-top:1px solid var(--line)}
            [hidden]{display:none !important}
            @media print{html{font-size:12px}.grid{grid-template-columns:1fr 1fr}figure{break-inside:avoid}nav,#actor-toggles{display:none}}
            """.replace("A_COLOUR", Palette.SERIES_1.css()).replace("B_COLOUR", Palette.SERIES_2.css());

    /** Shows the actor filter and hides the charts of unticked actors; reads data attributes only. */
    static final String SCRIPT = """
            (function () {
              var box = document.getElementById('actor-toggles');
              if (!box) return;
              box.hidden = false;
              var inputs = box.querySelectorAll('input[type=checkbox]');
              function update() {
                var shown = Object.create(null);
                for (var i = 0; i < inputs.length; i++) shown[inputs[i].value] = inputs[i].checked;
                var figures = document.querySelectorAll('figure[data-actor]');
                for (var j = 0; j < figures.length; j++) {
                  figures[j].hidden = shown[figures[j].getAttribute('data-actor')] === false;
                }
              }
              for (var k = 0; k < inputs.length; k++) inputs[k].addEventListener('change', update);
              update();
              document.documentElement.setAttribute('data-filter', 'ready');
            })();
            """;

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HtmlReport t(String text) {
        h.append(Html.esc(text));
        return this;
    }

    private HtmlReport raw(String markup) {
        h.append(markup);
        return this;
    }

    String title() {
        return b == null ? "Entente report: " + a.scenarioName()
                : "Entente report: " + b.scenarioName() + " compared with " + a.scenarioName();
    }

    String render() {
        raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-").raw(sha256(CSS))
                .raw("'; script-src 'sha256-").raw(sha256(SCRIPT)).raw("'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n");
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
        raw("<title>").t(title()).raw("</title>\n<style>").raw(CSS).raw("</style>\n</head>\n<body>\n");
        header();
        raw("<main>\n");
        // A comparison leads with its findings; the scenarios' descriptions follow the results.
        if (compared != null) summarySection();
        else scenarioSection();
        chartSection();
        if (compared != null) tableSection();
        if (showsTariffs()) tariffSection();
        networkSection();
        eventSection();
        if (compared != null) scenarioSection();
        sourceSection();
        raw("</main>\n<footer>\n<p>Made by <code>entente report</code> from ").t(a.rs.folder.getFileName().toString());
        if (b != null) raw(" and ").t(b.rs.folder.getFileName().toString());
        raw(" (engine ").t(a.rs.engineVersion()).raw(", model ").t(a.rs.modelVersion()).raw(
                "). These are the model\u2019s answers under its parameters, not forecasts. The page loads nothing from the network;"
                + " it can be opened offline, mailed or archived as it is.</p>\n</footer>\n");
        raw("<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private void header() {
        raw("<header>\n<h1>").t(title()).raw("</h1>\n<p class=\"lead\">");
        int months = a.rs.months.size();
        t(a.rs.months.get(0) + " to " + a.rs.lastMonth() + " (" + months + " month" + (months == 1 ? "" : "s") + "). ");
        if (b == null) {
            raw("Results folder <b>").t(a.label()).raw("</b>, ").t(runs(a.rs.runs)).raw(".");
        } else {
            raw("<span class=\"key a\"></span>A: <b>").t(a.label()).raw("</b> (").t(runs(a.rs.runs)).raw("), ")
                    .raw("<span class=\"key b\"></span>B: <b>").t(b.label()).raw("</b> (").t(runs(b.rs.runs)).raw(").");
        }
        raw("</p>\n<nav>");
        if (compared != null) {
            raw("<a href=\"#comparison\">Summary</a><a href=\"#charts\">Charts</a><a href=\"#numbers\">Comparison table</a>")
                    .raw(showsTariffs() ? "<a href=\"#tariffs\">Tariffs</a>" : "")
                    .raw("<a href=\"#network\">Network</a><a href=\"#events\">Events</a><a href=\"#scenario\">Scenarios</a>");
        } else {
            raw("<a href=\"#scenario\">Scenario</a><a href=\"#charts\">Charts</a>")
                    .raw(showsTariffs() ? "<a href=\"#tariffs\">Tariffs</a>" : "")
                    .raw("<a href=\"#network\">Network</a><a href=\"#events\">Events</a>");
        }
        raw("<a href=\"#sources\">Sources</a></nav>\n</header>\n");
    }

    private static String runs(int n) { return n == 1 ? "1 run" : n + " runs"; }

    private void paragraphs(String text) {
        if (text == null || text.isBlank()) {
            raw("<p class=\"note\">The scenario has no description.</p>\n");
            return;
        }
        for (String p : text.strip().split("\\n\\s*\\n")) raw("<p>").t(p.strip()).raw("</p>\n");
    }

    private void scenarioSection() {
        raw("<section id=\"scenario\">\n<h2>").raw(b == null ? "Scenario" : "The scenarios").raw("</h2>\n<div class=\"cols\">\n");
        for (ResultData d : b == null ? List.of(a) : List.of(a, b)) {
            raw("<div>\n");
            if (b != null) raw("<h3><span class=\"tag ").raw(d == a ? "a\">A" : "b\">B").raw("</span> ").t(d.scenarioName()).raw("</h3>\n");
            else raw("<h3>").t(d.scenarioName()).raw("</h3>\n");
            raw("<div class=\"desc\">\n");
            paragraphs(d.description());
            raw("</div>\n");
            Manifest m = d.rs.manifest();
            List<String> facts = new ArrayList<>();
            String file = m.scenario() == null || m.scenario().file() == null ? "" : m.scenario().file();
            facts.add("Folder " + d.label() + (file.isEmpty() ? "" : ", scenario file " + fileName(file)));
            facts.add(d.rs.months.get(0) + " to " + d.rs.lastMonth());
            facts.add(runs(d.rs.runs) + (m.masterSeed() != null ? ", master seed " + m.masterSeed() : ""));
            JsonNode recorded = m.parameters() == null ? null : m.parameters().get("theory");
            String theory = recorded == null ? d.scenario.path("theory").asText("") : recorded.asText(d.scenario.path("theory").asText(""));
            if (!theory.isEmpty()) facts.add("theory " + theory);
            List<String> sets = new ArrayList<>();
            if (m.overrides() != null && m.overrides().set() != null) m.overrides().set().forEach((k, v) -> sets.add(k + "=" + v));
            if (!sets.isEmpty()) facts.add("--set " + String.join(", ", sets));
            facts.add(d.actors.size() + " actors: " + String.join(", ", d.actors.keySet()));
            facts.add("engine " + d.rs.engineVersion() + ", model " + d.rs.modelVersion());
            raw("<p class=\"meta\">").t(String.join(" \u00b7 ", facts)).raw("</p>\n</div>\n");
        }
        raw("</div>\n</section>\n");
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** The findings in words: what differs most for the charted actors, and what does not differ. */
    private void summarySection() {
        raw("<section id=\"comparison\">\n<h2>Summary: B against A</h2>\n");
        if (!compared.problems().isEmpty()) {
            raw("<div class=\"warn\"><p><b>Compared although the folders differ (--force):</b></p><ul>\n");
            for (String p : compared.problems()) raw("<li>").t(p).raw("</li>\n");
            raw("</ul></div>\n");
        }
        List<Comparison.Row> rows = compared.rows();
        String last = a.rs.lastMonth();
        long significant = rows.stream().filter(Comparison.Row::significant).count();
        raw("<div class=\"summary\">\n");
        List<Comparison.Row> lastSig = effects.significantIn(rows, last);
        List<Comparison.Row> key = new ArrayList<>();
        for (Comparison.Row r : keyRows()) if (r.significant()) key.add(r);
        key.sort(effects.bySize());
        if (key.isEmpty() && lastSig.isEmpty()) {
            raw("<p>In the final month (").t(last).raw(") no metric differs significantly between ").t(b.label()).raw(" and ")
                    .t(a.label()).raw(".</p>\n");
        } else {
            raw("<ul>\n");
            boolean first = true;
            int shown = 0;
            for (Comparison.Row r : key) {
                if (shown == 6) break;
                raw("<li>").t(effects.sentence(r, a.actorName(r.subject()), a.label(), b.label(), first)).raw("</li>\n");
                first = false;
                shown++;
            }
            if (!lastSig.isEmpty() && !key.contains(lastSig.get(0))) {
                Comparison.Row top = lastSig.get(0);
                raw("<li>The largest effect in the final month among all actors: ")
                        .t(effects.sentence(top, a.actorName(top.subject()), a.label(), b.label(), first)).raw("</li>\n");
            }
            raw("</ul>\n");
        }
        List<String> unchanged = new ArrayList<>();
        for (Comparison.Row r : keyRows()) {
            if (!r.significant()) unchanged.add(Effects.possessive(a.actorName(r.subject())) + " " + Metrics.phrase(r.metric()));
        }
        if (!unchanged.isEmpty()) {
            int max = 8;
            String list = String.join("; ", unchanged.subList(0, Math.min(max, unchanged.size())))
                    + (unchanged.size() > max ? "; and " + (unchanged.size() - max) + " more" : "");
            raw("<p>No significant difference in ").t(last).raw(" for ").t(list).raw(".</p>\n");
        }
        raw("<p class=\"note\">");
        t(String.format(Locale.ROOT, "%,d of %,d comparisons (every metric of every actor at each year-end and in the final month) "
                + "differ significantly (Holm-adjusted p < %s). ", significant, rows.size(), Numbers.format(Comparison.ALPHA)));
        if (compared.paired()) {
            t("Both ensembles used the same seeds, so run k of one is paired with run k of the other (paired t-tests): "
                    + "the noise they share cancels out, and even small differences can be significant.");
        } else {
            t("The ensembles used different seeds, so they are compared as independent samples (Welch's t-test).");
        }
        raw("</p>\n</div>\n</section>\n");
    }

    /** The final-month rows of the charted actors and metrics, leaving out metrics that are zero in both. */
    private List<Comparison.Row> keyRows() {
        Set<String> chosen = new LinkedHashSet<>(actors);
        Set<String> metrics = new LinkedHashSet<>();
        for (MetricCharts mc : charts) metrics.add(mc.metric());
        List<Comparison.Row> out = new ArrayList<>();
        for (Comparison.Row r : compared.rows()) {
            if (!r.month().equals(a.rs.lastMonth()) || !chosen.contains(r.subject()) || !metrics.contains(r.metric())) continue;
            if (Double.isNaN(r.meanA()) && Double.isNaN(r.meanB())) continue;
            if (r.meanA() == 0 && r.meanB() == 0) continue;
            out.add(r);
        }
        return out;
    }

    private void tableSection() {
        String last = a.rs.lastMonth();
        raw("<section id=\"numbers\">\n<h2>Comparison table</h2>\n");
        raw("<h3>The charted metrics in the final month (").t(last).raw(")</h3>\n");
        raw("<p class=\"note\">Highlighted: significant (Holm-adjusted p &lt; 0.05); grey: not significant. B \u2212 A is also given "
                + "as a percentage of A\u2019s mean for amounts (GDP, trade, oil). Effect size: the mean difference over its standard "
                + "deviation (d<sub>z</sub>) for paired runs, Hedges\u2019 g otherwise.</p>\n");
        List<Comparison.Row> keyAll = keyRows();
        keyAll.sort(Comparator.comparing((Comparison.Row r) -> !r.significant()).thenComparing(effects.bySize()));
        table(keyAll);

        List<Comparison.Row> lastSig = effects.significantIn(compared.rows(), last);
        raw("<h3>Largest significant effects in the final month, all actors</h3>\n");
        if (lastSig.isEmpty()) {
            raw("<p class=\"note\">None.</p>\n");
        } else {
            int max = 15;
            table(lastSig.subList(0, Math.min(max, lastSig.size())));
            if (lastSig.size() > max) raw("<p class=\"note\">\u2026 and ").t(Integer.toString(lastSig.size() - max))
                    .raw(" more. Every metric, actor and year-end: <code>./entente compare ").t(shellWord(a.rs.folder)).raw(" ").t(shellWord(b.rs.folder))
                    .raw("</code>.</p>\n");
        }
        raw("</section>\n");
    }

    private void table(List<Comparison.Row> rows) {
        raw("<div class=\"scroll\">\n<table class=\"cmp\">\n<thead><tr><th>Actor</th><th>Metric</th><th class=\"n\">A: ").t(Html.shorten(a.label(), 24))
                .raw("</th><th class=\"n\">B: ").t(Html.shorten(b.label(), 24))
                .raw("</th><th class=\"n\">B \u2212 A <span class=\"ci\">95% CI</span></th><th class=\"n\">p (adj.)</th>"
                        + "<th class=\"n\">Effect size</th></tr></thead>\n<tbody>\n");
        for (Comparison.Row r : rows) {
            raw("<tr class=\"").raw(r.significant() ? "sig" : "ns").raw("\"><td>").t(Html.shorten(a.actorName(r.subject()), 28))
                    .raw(" <span class=\"unit\">").t(r.subject()).raw("</span></td><td>").t(Metrics.title(r.metric())).raw(" <span class=\"unit\">")
                    .t(Metrics.shortUnit(r.metric())).raw("</span></td><td class=\"n\">").t(effects.mean(r, r.meanA()))
                    .raw("</td><td class=\"n\">").t(effects.mean(r, r.meanB())).raw("</td><td class=\"n\">").t(effects.difference(r))
                    .raw("<span class=\"ci\">").t(effects.interval(r)).raw("</span></td><td class=\"n\">").t(Fmt.p(r.pAdjusted()))
                    .raw("</td><td class=\"n\">").t(Fmt.sig(r.test().effectSize())).raw("</td></tr>\n");
        }
        raw("</tbody>\n</table>\n</div>\n");
    }

    private void chartSection() {
        raw("<section id=\"charts\">\n<h2>Key metrics over time</h2>\n<p>");
        int runsA = a.rs.runs;
        if (runsA > 1 || (b != null && b.rs.runs > 1)) {
            t("Each chart shows, month by month, the median across runs (line) and the range that holds 90% of the runs "
                    + "(shaded, from the 5th to the 95th percentile). ");
        } else {
            t("Each chart shows the single run, month by month. ");
        }
        if (b != null) {
            raw("<span class=\"key a\"></span>").t(a.label()).raw(" and <span class=\"key b\"></span>").t(b.label()).raw(". ");
        }
        t("Dotted vertical lines mark months with scheduled events. The number at the right end of a line is its final value.");
        raw("</p>\n");
        raw("<fieldset id=\"actor-toggles\" hidden><legend>Show actors</legend>");
        for (String id : actors) {
            raw("<label><input type=\"checkbox\" checked value=\"").t(id).raw("\"> ").t(a.actorName(id)).raw(" (").t(id).raw(")</label>");
        }
        raw("</fieldset>\n");
        for (MetricCharts mc : charts) {
            raw("<h3 id=\"m-").t(mc.metric()).raw("\">").t(Metrics.title(mc.metric())).raw(" <span class=\"unit\">")
                    .t(Metrics.unit(mc.metric())).raw("</span></h3>\n");
            if (!mc.charts().isEmpty()) {
                raw("<div class=\"grid\">\n");
                for (FanChart c : mc.charts()) {
                    raw("<figure data-actor=\"").t(c.actor).raw("\">\n");
                    SvgCanvas svg = new SvgCanvas(FanChart.W, FanChart.H, c.title + " (" + c.unit + ")");
                    c.draw(svg);
                    raw(svg.svg());
                    raw("</figure>\n");
                }
                raw("</div>\n");
            }
            if (!mc.allZero().isEmpty()) {
                raw("<p class=\"note\">Not drawn, zero throughout: ").t(String.join(", ", mc.allZero())).raw(".</p>\n");
            }
        }
        raw("</section>\n");
    }

    /** Whether the results record tariffs at all (dyads.csv's {@code tariff}, model 2.0): older folders get no tariff section. */
    private boolean showsTariffs() { return a.hasTariffs || (b != null && b.hasTariffs); }

    /** The tariffs in force in the final month, from dyads.csv: who taxes whose exports, at what rate (mean over runs). */
    private void tariffSection() {
        raw("<section id=\"tariffs\">\n<h2>Tariffs in force</h2>\n<p>");
        t("The ad-valorem tariffs in force in the final month (" + a.rs.lastMonth() + "): the first actor taxes what it imports from "
                + "the second. The rate is the mean over runs of the tariff column of dyads.csv; on a flow that is part oil, it is the "
                + "average of the rates on its energy and other parts, weighted by their shares of the flow (a tariff on energy only "
                + "counts for the oil part).");
        raw("</p>\n");
        Set<String> pairs = new LinkedHashSet<>(a.tariffs.keySet());
        if (b != null) pairs.addAll(b.tariffs.keySet());
        if (pairs.isEmpty()) {
            raw("<p class=\"note\">No tariff is in force in the final month.</p>\n</section>\n");
            return;
        }
        raw("<table class=\"tariffs\">\n<thead><tr><th>Imposed by</th><th>On the exports of</th>");
        if (b == null) raw("<th class=\"n\">Tariff</th>");
        else raw("<th class=\"n\">A: ").t(Html.shorten(a.label(), 24)).raw("</th><th class=\"n\">B: ").t(Html.shorten(b.label(), 24)).raw("</th>");
        raw("</tr></thead>\n<tbody>\n");
        for (String pair : pairs) {
            String[] ft = pair.split(",", 2);
            String from = ft[0], to = ft.length > 1 ? ft[1] : "";
            raw("<tr><td>").t(Html.shorten(name(to), 28)).raw(" <span class=\"unit\">").t(to).raw("</span></td><td>")
                    .t(Html.shorten(name(from), 28)).raw(" <span class=\"unit\">").t(from).raw("</span></td>");
            for (ResultData d : b == null ? List.of(a) : List.of(a, b)) {
                raw("<td class=\"n\">").t(!d.hasTariffs ? "not recorded" : percent(d.tariffs.getOrDefault(pair, 0.0))).raw("</td>");
            }
            raw("</tr>\n");
        }
        raw("</tbody>\n</table>\n</section>\n");
    }

    private String name(String id) { return a.actors.containsKey(id) || b == null ? a.actorName(id) : b.actorName(id); }

    private static String percent(double share) { return String.format(Locale.ROOT, "%.1f%%", 100 * share); }

    private void networkSection() {
        raw("<section id=\"network\">\n<h2>Network: start and end</h2>\n<p>");
        t("Run 0 (the first run of the ensemble) in its first and last month. Each actor sits at its capital (longitude across, "
                + "latitude up, stretched to fill the frame); where capitals are too close, circles are moved apart and a thin line "
                + "leads back to the capital. Hover over a circle or a line for its values.");
        raw("</p>\n<div class=\"nets\">\n");
        for (NetworkChart n : networks) {
            raw("<figure>\n");
            SvgCanvas svg = new SvgCanvas(NetworkChart.W, NetworkChart.H, n.title);
            n.draw(svg);
            raw(svg.svg());
            raw("</figure>\n");
        }
        raw("</div>\n</section>\n");
    }

    private record Ev(String month, String event, String actors, String detail) { }

    private void eventSection() {
        raw("<section id=\"events\">\n<h2>Event timeline</h2>\n");
        if (!a.hasEvents && (b == null || !b.hasEvents)) {
            raw("<p class=\"note\">No events.csv in the results folder.</p>\n</section>\n");
            return;
        }
        // Events of run 0; with a comparison, one list marking what is in A, in B or in both.
        Map<Ev, String> where = new LinkedHashMap<>();
        for (ResultData.Event e : a.events) where.put(new Ev(e.month(), e.event(), e.actors(), e.detail()), "a");
        if (b != null) {
            for (ResultData.Event e : b.events) where.merge(new Ev(e.month(), e.event(), e.actors(), e.detail()), "b",
                    (x, y) -> x.equals("a") ? "both" : x);
        }
        List<Map.Entry<Ev, String>> all = new ArrayList<>(where.entrySet());
        all.sort(Comparator.comparing((Map.Entry<Ev, String> e) -> e.getKey().month()));
        String start = a.rs.months.get(0);
        List<Map.Entry<Ev, String>> initial = new ArrayList<>(), later = new ArrayList<>();
        for (Map.Entry<Ev, String> e : all) (e.getKey().month().equals(start) ? initial : later).add(e);
        raw("<p>");
        t("What the scheduled events of run 0 changed, from events.csv. ");
        if (b != null) t("The tag says whether an event happened in A, in B or in both. ");
        raw("</p>\n");
        if (later.isEmpty()) raw("<p class=\"note\">No events after the start month.</p>\n");
        else eventTable(later);
        if (!initial.isEmpty()) {
            raw("<details><summary>").t(initial.size() + " event" + (initial.size() == 1 ? "" : "s") + " in the start month (" + start
                    + "), most of them recording the world as it was").raw("</summary>\n");
            eventTable(initial);
            raw("</details>\n");
        }
        raw("</section>\n");
    }

    private void eventTable(List<Map.Entry<Ev, String>> rows) {
        int max = 1000;
        raw("<table>\n<thead><tr><th>Month</th>").raw(b != null ? "<th>In</th>" : "")
                .raw("<th>Event</th><th>Actors</th><th>What changed</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < Math.min(max, rows.size()); i++) {
            Ev e = rows.get(i).getKey();
            raw("<tr><td class=\"n\">").t(e.month()).raw("</td>");
            if (b != null) {
                String w = rows.get(i).getValue();
                raw("<td><span class=\"tag ").raw(w).raw("\">").raw(w.equals("both") ? "A and B" : w.toUpperCase(Locale.ROOT)).raw("</span></td>");
            }
            raw("<td class=\"nw\">").t(e.event().replace('_', ' ')).raw("</td><td class=\"nw\">").t(e.actors().replace(";", ", ")).raw("</td><td>")
                    .t(e.detail()).raw("</td></tr>\n");
        }
        raw("</tbody>\n</table>\n");
        if (rows.size() > max) raw("<p class=\"note\">\u2026 and ").t(Integer.toString(rows.size() - max)).raw(" more in events.csv.</p>\n");
    }

    private void sourceSection() {
        raw("<section id=\"sources\">\n<h2>Sources</h2>\n");
        List<ResultData.Source> sa = a.sources();
        sourceList(sa, b == null ? "The distinct sources the scenario cites, by part of the scenario."
                : "The distinct sources that A (" + a.label() + ") cites, by part of the scenario.");
        if (b != null) {
            Set<String> known = new java.util.HashSet<>();
            for (ResultData.Source s : sa) known.add(s.text());
            List<ResultData.Source> extra = new ArrayList<>();
            for (ResultData.Source s : b.sources()) if (!known.contains(s.text())) extra.add(s);
            raw("<h3>Sources that only B cites</h3>\n");
            sourceList(extra, "Sources in B (" + b.label() + ") that A does not cite.");
        }
        raw("</section>\n");
    }

    private void sourceList(List<ResultData.Source> sources, String intro) {
        if (sources.isEmpty()) {
            raw("<p class=\"note\">No sources given.</p>\n");
            return;
        }
        raw("<p>").t(intro + " Addresses are printed as text, not as links.").raw("</p>\n");
        String category = null;
        for (ResultData.Source s : sources) {
            if (!s.category().equals(category)) {
                if (category != null) raw("</ul>\n");
                category = s.category();
                raw("<h4>").t(category).raw("</h4>\n<ul class=\"sources\">\n");
            }
            List<String> by = s.citedBy();
            String cited = String.join("; ", by.subList(0, Math.min(4, by.size()))) + (by.size() > 4 ? "; " + (by.size() - 4) + " more" : "");
            raw("<li>").t(s.text()).raw(" <span class=\"cited\">(").t(cited).raw(")</span></li>\n");
        }
        raw("</ul>\n");
    }

    /** A folder as the user gave it, quoted for a POSIX shell when it needs to be, so that the printed command runs as printed. */
    private static String shellWord(java.nio.file.Path folder) {
        String s = folder.toString();
        return s.matches("[A-Za-z0-9_./:=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
