package org.entente.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.report.Canvas.Anchor;
import org.entente.report.Canvas.Font;
import org.entente.report.Canvas.Paint;
import org.entente.view.Palette;

/**
 * A snapshot of the network in one month of run 0: actors at their capitals (equirectangular:
 * x from longitude, y from latitude), circle area by GDP, colour by alignment with the West
 * minus alignment with the East; trade (width by volume), defence commitments, sanction
 * friction on their trade (dashed red, from a friction of 0.25) and hostility of 0.7 or more. Where capitals are
 * too close for the circles, circles are moved apart and a thin line leads back to the
 * capital. Sized 1000 x 640; drawn on any {@link Canvas}.
 */
final class NetworkChart {
    static final double W = 1000, H = 640;
    static final double PX0 = 16, PY0 = 58, PX1 = 752, PY1 = 624;
    /** Tie colours from the Palette, the same as the GUI's and the web map's. */
    static final String TRADE = Palette.TRADE.css(), DEFENCE = Palette.DEFENCE.css(), SANCTION = Palette.SANCTION.css(),
            HOSTILITY = Palette.HOSTILITY.css();
    static final double HOSTILE = 0.7;
    /** Sanction friction weaker than this (mostly the spill-over of secondary sanctions) is not drawn. */
    static final double FRICTION_SHOWN = 0.25;

    /** Where each actor is drawn (shared by all snapshots of a report so they can be compared). */
    record Layout(Map<String, double[]> pos, Map<String, double[]> capital, double lonMin, double lonMax, double latMin,
                  double latMax, double kx, double ky, double ox, double oy, double maxGdp, double maxTrade) {
        double x(double lon) { return ox + (lon - lonMin) * kx; }
        double y(double lat) { return oy + (latMax - lat) * ky; }
        double radius(double gdp) {
            if (Double.isNaN(gdp) || gdp <= 0 || maxGdp <= 0) return 5;
            return 5 + 29 * Math.sqrt(Math.min(1, gdp / maxGdp));
        }
    }

    /**
     * Places the actors: the capitals projected to fill the drawing area (latitude stretched up
     * to 4.5 times the longitude scale, as the graticule shows), then circles pushed apart
     * where they would overlap, each pulled back towards its capital.
     */
    static Layout layout(Collection<ResultData.Actor> actors, List<Map<String, ResultData.NodeState>> snapshots,
                         List<List<ResultData.Dyad>> dyads) {
        double maxGdp = 0, maxTrade = 0;
        for (Map<String, ResultData.NodeState> s : snapshots) {
            for (ResultData.NodeState n : s.values()) if (!Double.isNaN(n.gdp())) maxGdp = Math.max(maxGdp, n.gdp());
        }
        for (List<ResultData.Dyad> list : dyads) {
            if (list == null) continue;
            for (double v : tradeByPair(list).values()) maxTrade = Math.max(maxTrade, v);
        }
        double lonMin = 180, lonMax = -180, latMin = 90, latMax = -90;
        for (ResultData.Actor a : actors) {
            if (!a.located()) continue;
            lonMin = Math.min(lonMin, a.lon());
            lonMax = Math.max(lonMax, a.lon());
            latMin = Math.min(latMin, a.lat());
            latMax = Math.max(latMax, a.lat());
        }
        if (lonMin > lonMax) {
            lonMin = -10;
            lonMax = 10;
            latMin = -10;
            latMax = 10;
        }
        if (lonMax - lonMin < 20) {
            double c = (lonMax + lonMin) / 2;
            lonMin = c - 10;
            lonMax = c + 10;
        }
        if (latMax - latMin < 10) {
            double c = (latMax + latMin) / 2;
            latMin = c - 5;
            latMax = c + 5;
        }
        double margin = 44;
        double w = PX1 - PX0 - 2 * margin, h = PY1 - PY0 - 2 * margin - 30;
        double kx = w / (lonMax - lonMin), ky = h / (latMax - latMin);
        if (ky > 4.5 * kx) ky = 4.5 * kx;
        if (kx > 4.5 * ky) kx = 4.5 * ky;
        double ox = PX0 + (PX1 - PX0 - (lonMax - lonMin) * kx) / 2;
        double oy = PY0 + (PY1 - PY0 - 30 - (latMax - latMin) * ky) / 2;
        Layout proj = new Layout(Map.of(), Map.of(), lonMin, lonMax, latMin, latMax, kx, ky, ox, oy, maxGdp, maxTrade);

        List<String> ids = new ArrayList<>();
        Map<String, double[]> capital = new LinkedHashMap<>();
        int unlocated = 0;
        for (ResultData.Actor a : actors) if (!a.located()) unlocated++;
        int u = 0;
        for (ResultData.Actor a : actors) {
            ids.add(a.id());
            if (a.located()) {
                capital.put(a.id(), new double[] {proj.x(a.lon()), proj.y(a.lat())});
            } else {
                capital.put(a.id(), new double[] {PX0 + (PX1 - PX0) * (u++ + 0.5) / unlocated, PY1 - 40});
            }
        }
        int n = ids.size();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double g = Double.NaN;
            for (Map<String, ResultData.NodeState> s : snapshots) {
                ResultData.NodeState st = s.get(ids.get(i));
                if (st != null && !Double.isNaN(st.gdp())) g = Double.isNaN(g) ? st.gdp() : Math.max(g, st.gdp());
            }
            r[i] = proj.radius(g);
        }
        // Collision shape: a circle covering the node and its label below it.
        double[] ext = new double[n];
        for (int i = 0; i < n; i++) ext[i] = Math.max(r[i] + 4, 22) + 5;
        double[][] p = new double[n][];
        double[][] home = new double[n][];
        for (int i = 0; i < n; i++) {
            home[i] = capital.get(ids.get(i)).clone();
            p[i] = home[i].clone();
        }
        for (int iter = 0; iter < 800; iter++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[j][0] - p[i][0], dy = (p[j][1] + 7) - (p[i][1] + 7);
                    double d = Math.hypot(dx, dy), need = ext[i] + ext[j];
                    if (d >= need) continue;
                    if (d < 1e-6) {
                        double angle = 2.399963 * (i * 31 + j);
                        dx = Math.cos(angle);
                        dy = Math.sin(angle);
                        d = 1;
                    }
                    double push = (need - d) / 2 * 0.6;
                    p[i][0] -= dx / d * push;
                    p[i][1] -= dy / d * push;
                    p[j][0] += dx / d * push;
                    p[j][1] += dy / d * push;
                    moved = true;
                }
            }
            for (int i = 0; i < n; i++) {
                p[i][0] += (home[i][0] - p[i][0]) * 0.015;
                p[i][1] += (home[i][1] - p[i][1]) * 0.015;
                p[i][0] = Math.max(PX0 + ext[i], Math.min(PX1 - ext[i], p[i][0]));
                p[i][1] = Math.max(PY0 + ext[i], Math.min(PY1 - ext[i] - 14, p[i][1]));
            }
            if (!moved && iter > 50) break;
        }
        Map<String, double[]> pos = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) pos.put(ids.get(i), p[i]);
        return new Layout(pos, capital, lonMin, lonMax, latMin, latMax, kx, ky, ox, oy, maxGdp, maxTrade);
    }

    private static String pairKey(String a, String b) { return a.compareTo(b) <= 0 ? a + "," + b : b + "," + a; }

    /** Exports in both directions of each unordered pair. */
    static Map<String, Double> tradeByPair(List<ResultData.Dyad> dyads) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ResultData.Dyad d : dyads) {
            if (!(d.exports() > 0)) continue;
            out.merge(pairKey(d.from(), d.to()), d.exports(), Double::sum);
        }
        return out;
    }

    final String title, fileName;
    private final Layout layout;
    private final Map<String, ResultData.Actor> actors;
    private final Map<String, ResultData.NodeState> nodes;
    private final List<ResultData.Dyad> dyads;

    /** {@code dyads} null: the folder has no dyads.csv, only the actors are drawn. */
    NetworkChart(String title, String fileName, Layout layout, Map<String, ResultData.Actor> actors,
                 Map<String, ResultData.NodeState> nodes, List<ResultData.Dyad> dyads) {
        this.title = title;
        this.fileName = fileName;
        this.layout = layout;
        this.actors = actors;
        this.nodes = nodes;
        this.dyads = dyads;
    }

    /** West minus East alignment drawn in full colour. */
    static final double LEAN_FULL_SCALE = 0.8;

    /** Colour for West minus East alignment: the Palette's East red through grey to West blue, saturated at 0.8. */
    static String leanColour(double lean) {
        if (Double.isNaN(lean)) return Palette.NEUTRAL.css();
        return String.format(java.util.Locale.ROOT, "#%06x", Palette.diverging(lean / LEAN_FULL_SCALE));
    }

    private double[] at(String id) { return layout.pos().get(id); }

    private double radius(String id) {
        ResultData.NodeState s = nodes.get(id);
        return layout.radius(s == null ? Double.NaN : s.gdp());
    }

    private static double lean(ResultData.NodeState s) {
        if (s == null) return Double.NaN;
        double w = Double.isNaN(s.west()) ? 0 : s.west(), e = Double.isNaN(s.east()) ? 0 : s.east();
        return Double.isNaN(s.west()) && Double.isNaN(s.east()) ? Double.NaN : w - e;
    }

    void draw(Canvas c) {
        c.text(20, 34, Html.shorten(title, 70), Font.of(23, FanChart.INK).strong());
        c.rect(PX0, PY0, PX1 - PX0, PY1 - PY0, new Paint("#f7f9fb", 1, "#d5dbe1", 1, 1, null));
        graticule(c);

        // Leader lines from moved circles to their capitals
        for (String id : layout.pos().keySet()) {
            double[] p = at(id), home = layout.capital().get(id);
            ResultData.Actor a = actors.get(id);
            if (a == null || !a.located()) continue;
            if (Math.hypot(p[0] - home[0], p[1] - home[1]) > radius(id) + 2) {
                c.line(p[0], p[1], home[0], home[1], Paint.stroke("#9aa3ad", 1));
                c.circle(home[0], home[1], 2.2, Paint.fill("#6b7580"), null);
            }
        }

        if (dyads != null) {
            Map<String, Double> trade = tradeByPair(dyads);
            for (Map.Entry<String, Double> e : trade.entrySet()) {
                String[] ab = e.getKey().split(",");
                double[] a = at(ab[0]), b = at(ab[1]);
                if (a == null || b == null) continue;
                double width = 1 + 13 * Math.sqrt(e.getValue() / Math.max(layout.maxTrade(), 1e-9));
                c.curve(a[0], a[1], (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, b[0], b[1], Paint.stroke(TRADE, width).opacity(0.35),
                        ab[0] + "\u2013" + ab[1] + " trade: " + Fmt.sig(e.getValue()) + " USD bn a year (both ways)");
            }
            Map<String, Double> defence = new LinkedHashMap<>(), hostility = new LinkedHashMap<>();
            for (ResultData.Dyad d : dyads) {
                if (d.defense() > 0) defence.merge(pairKey(d.from(), d.to()), d.defense(), Math::max);
                if (d.hostility() >= HOSTILE) hostility.merge(pairKey(d.from(), d.to()), d.hostility(), Math::max);
            }
            for (Map.Entry<String, Double> e : defence.entrySet()) {
                String[] ab = e.getKey().split(",");
                bent(c, ab[0], ab[1], 0.12, Paint.stroke(DEFENCE, 1.5 + 3 * Math.min(1, e.getValue())).opacity(0.85),
                        ab[0] + "\u2013" + ab[1] + " defence commitment " + Fmt.sig(e.getValue()));
            }
            for (Map.Entry<String, double[]> e : sanctions(dyads).entrySet()) {
                String[] ab = e.getKey().split(",");
                double f = Math.max(e.getValue()[0], e.getValue()[1]);
                if (f < FRICTION_SHOWN) continue;
                double s = Math.min(1, f / 2.5);
                bent(c, ab[0], ab[1], -0.12, Paint.stroke(SANCTION, 1.3 + 2.7 * s).dashed(8, 5).opacity(0.45 + 0.5 * s),
                        "sanction friction on exports " + ab[0] + "\u2192" + ab[1] + " " + Fmt.sig(-e.getValue()[0]) + ", " + ab[1]
                                + "\u2192" + ab[0] + " " + Fmt.sig(-e.getValue()[1]));
            }
            for (Map.Entry<String, Double> e : hostility.entrySet()) {
                String[] ab = e.getKey().split(",");
                boolean war = e.getValue() >= 1;
                bent(c, ab[0], ab[1], 0.24, Paint.stroke(HOSTILITY, war ? 5 : 3).dashed(2, 5).opacity(0.9),
                        ab[0] + "\u2013" + ab[1] + " hostility " + Fmt.sig(e.getValue()) + (war ? " (war)" : ""));
            }
        }

        Font label = Font.of(15, FanChart.INK).strong().anchor(Anchor.MIDDLE);
        for (String id : layout.pos().keySet()) {
            double[] p = at(id);
            ResultData.NodeState s = nodes.get(id);
            double r = radius(id);
            String name = actors.containsKey(id) ? actors.get(id).name() : id;
            String tip = name + " (" + id + ")" + (s == null ? ": no data" : ": GDP " + Fmt.sig(s.gdp()) + " USD bn a year; alignment with the West "
                    + Fmt.num(s.west(), 2) + ", with the East " + Fmt.num(s.east(), 2));
            c.circle(p[0], p[1], r, new Paint(leanColour(lean(s)), s == null ? 0.4 : 0.95, "#ffffff", 1.5, 1, null), tip);
            double lw = Canvas.textWidth(id, label);
            c.rect(p[0] - lw / 2 - 2, p[1] + r + 2, lw + 4, 17, Paint.fill("#ffffff", 0.75));
            c.text(p[0], p[1] + r + 15, id, label);
        }
        legend(c);
    }

    /** A quadratic curve from one actor to another, bent sideways by {@code bend} of its length. */
    private void bent(Canvas c, String from, String to, double bend, Paint paint, String tip) {
        double[] a = at(from), b = at(to);
        if (a == null || b == null || from.equals(to)) return;
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double cx = (a[0] + b[0]) / 2 - dy * bend, cy = (a[1] + b[1]) / 2 + dx * bend;
        c.curve(a[0], a[1], cx, cy, b[0], b[1], paint, tip);
    }

    /** Per unordered pair "A,B" (A before B): the friction on A's exports to B and on B's to A, as positive numbers. */
    static Map<String, double[]> sanctions(List<ResultData.Dyad> dyads) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (ResultData.Dyad d : dyads) {
            if (!(d.friction() < 0) || d.from().equals(d.to())) continue;
            String key = pairKey(d.from(), d.to());
            double[] v = out.computeIfAbsent(key, k -> new double[2]);
            v[key.startsWith(d.from() + ",") ? 0 : 1] = -d.friction();
        }
        return out;
    }

    /** Pairs with sanction friction too weak to be drawn. */
    private int weakSanctions() {
        int n = 0;
        for (double[] v : sanctions(dyads).values()) if (Math.max(v[0], v[1]) < FRICTION_SHOWN) n++;
        return n;
    }

    private void graticule(Canvas c) {
        double[] steps = {5, 10, 15, 20, 30, 45, 60, 90};
        double lonStep = 90, latStep = 90;
        for (double s : steps) if (s * layout.kx() >= 70) { lonStep = s; break; }
        for (double s : steps) if (s * layout.ky() >= 55) { latStep = s; break; }
        Font f = Font.of(12, "#8a949e");
        Paint line = Paint.stroke("#e1e6eb", 1);
        for (double lon = Math.ceil(-180 / lonStep) * lonStep; lon <= 180; lon += lonStep) {
            double x = layout.x(lon);
            if (x < PX0 + 2 || x > PX1 - 2) continue;
            c.line(x, PY0, x, PY1, line);
            String t = lon == 0 ? "0\u00b0" : Fmt.num(Math.abs(lon), 0) + "\u00b0" + (lon < 0 ? "W" : "E");
            if (x + 3 + Canvas.textWidth(t, f) < PX1 - 2) c.text(x + 3, PY1 - 5, t, f);
        }
        for (double lat = Math.ceil(-90 / latStep) * latStep; lat <= 90; lat += latStep) {
            double y = layout.y(lat);
            if (y < PY0 + 2 || y > PY1 - 2) continue;
            c.line(PX0, y, PX1, y, line);
            String t = lat == 0 ? "0\u00b0" : Fmt.num(Math.abs(lat), 0) + "\u00b0" + (lat < 0 ? "S" : "N");
            c.text(PX0 + 4, y - 4, t, f);
        }
    }

    private void legend(Canvas c) {
        double x = 770, y = 76;
        Font head = Font.of(16, FanChart.INK).strong(), text = Font.of(15, FanChart.INK), small = Font.of(13, FanChart.MUTED);
        c.text(x, y, "Circle area: GDP", head);
        double big = FanChart.niceStep(layout.maxGdp() / 2), smallGdp = FanChart.niceStep(layout.maxGdp() / 20);
        if (!(layout.maxGdp() > 0)) {
            big = 1000;
            smallGdp = 100;
        }
        double rb = layout.radius(big), rs = layout.radius(smallGdp);
        double cy = y + 14 + rb;
        c.circle(x + rb, cy, rb, new Paint(null, 1, FanChart.MUTED, 1.2, 1, null), null);
        c.circle(x + 2 * rb + 12 + rs, cy + rb - rs, rs, new Paint(null, 1, FanChart.MUTED, 1.2, 1, null), null);
        c.text(x + 2 * rb + 12 + 2 * rs + 10, cy - 4, Fmt.num(big, 0), text);
        c.text(x + 2 * rb + 12 + 2 * rs + 10, cy + 16, "and " + Fmt.num(smallGdp, 0), text);
        c.text(x + 2 * rb + 12 + 2 * rs + 10, cy + 34, "USD bn a year", small);
        y = cy + rb + 40;

        c.text(x, y, "Colour: leaning", head);
        c.text(x, y + 19, "alignment with the West", text);
        c.text(x, y + 37, "minus with the East", text);
        y += 50;
        int steps = 11;
        double bw = 200.0 / steps;
        for (int i = 0; i < steps; i++) {
            double lean = -0.8 + 1.6 * i / (steps - 1);
            c.rect(x + i * bw, y, bw + 0.5, 18, Paint.fill(leanColour(lean)));
        }
        c.text(x, y + 36, "East", text);
        c.text(x + 100, y + 36, "neutral", text.anchor(Anchor.MIDDLE));
        c.text(x + 200, y + 36, "West", text.anchor(Anchor.END));
        y += 72;

        c.text(x, y, "Ties", head);
        y += 26;
        c.line(x, y - 5, x + 44, y - 5, Paint.stroke(TRADE, 8).opacity(0.35));
        c.text(x + 54, y, "trade (width:", text);
        c.text(x + 54, y + 18, "volume, both ways)", text);
        y += 46;
        c.line(x, y - 5, x + 44, y - 5, Paint.stroke(DEFENCE, 3.5).opacity(0.85));
        c.text(x + 54, y, "defence treaty", text);
        y += 30;
        c.line(x, y - 5, x + 44, y - 5, Paint.stroke(SANCTION, 2.8).dashed(8, 5));
        c.text(x + 54, y, "sanctions: friction", text);
        c.text(x + 54, y + 18, "on their trade (width:", text);
        c.text(x + 54, y + 36, "strength; from " + Fmt.num(FRICTION_SHOWN, 2) + ")", text);
        y += 64;
        c.line(x, y - 5, x + 44, y - 5, Paint.stroke(HOSTILITY, 3).dashed(2, 5));
        c.text(x + 54, y, "hostility \u2265 0.7", text);
        c.text(x + 54, y + 18, "(thick: war)", text);
        y += 44;
        c.line(x, y - 5, x + 30, y - 5, Paint.stroke("#9aa3ad", 1));
        c.circle(x + 30, y - 5, 2.2, Paint.fill("#6b7580"), null);
        c.text(x + 54, y, "capital, where the", text);
        c.text(x + 54, y + 18, "circle was moved", text);
        if (dyads == null) {
            c.text(x, y + 48, "No dyads.csv: ties not shown", small);
        } else {
            int weak = weakSanctions();
            if (weak > 0) {
                c.text(x, y + 48, weak + " weaker sanction ties", small);
                c.text(x, y + 64, "not drawn", small);
            }
        }
    }
}
