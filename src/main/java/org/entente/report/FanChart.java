package org.entente.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.report.Canvas.Anchor;
import org.entente.report.Canvas.Font;
import org.entente.report.Canvas.Paint;

/**
 * A fan chart of one metric of one actor over the months: the median across runs as a line and
 * the 5th-95th percentile band around it (a single run draws its line alone), one series per
 * ensemble, so a compared ensemble overlays its band in another colour. Sized 800 x 450 (16:9)
 * with type large enough for a projector; drawn on any {@link Canvas}.
 */
final class FanChart {
    static final double W = 800, H = 450;
    static final String INK = "#1a1a1a", MUTED = "#555555", GRID = "#dddddd";

    /** One ensemble's band; {@code runs} 1 draws the line only. */
    record Series(String label, String colour, YearMonth start, ResultData.Band band, int runs) { }

    /** A month with a scheduled event, drawn as a dotted vertical line. */
    record Marker(YearMonth month, String colour) { }

    final String title, unit, actor, metric;
    final List<Series> series;
    final List<Marker> markers;

    FanChart(String title, String unit, String actor, String metric, List<Series> series, List<Marker> markers) {
        this.title = title;
        this.unit = unit;
        this.actor = actor;
        this.metric = metric;
        this.series = List.copyOf(series);
        this.markers = List.copyOf(markers);
    }

    /** The file name for slides, without extension: "gdp-IRN". */
    String fileName() { return Report.safeFileName(metric + "-" + actor); }

    void draw(Canvas c) {
        YearMonth start = series.get(0).start(), end = start;
        for (Series s : series) {
            if (s.start().isBefore(start)) start = s.start();
            YearMonth e = s.start().plusMonths(s.band().mid().length - 1L);
            if (e.isAfter(end)) end = e;
        }
        int months = (int) (start.until(end, java.time.temporal.ChronoUnit.MONTHS) + 1);

        // Title and legend
        Font titleFont = Font.of(27, INK).strong();
        c.text(20, 35, Html.shorten(title, 52), titleFont);
        Font legendFont = Font.of(19, INK);
        double lx = 20, ly = 68;
        for (Series s : series) {
            String label = Html.shorten(s.label(), 40);
            double w = 36 + Canvas.textWidth(label, legendFont) + 24;
            if (lx > 20 && lx + w > W - 20) {
                lx = 20;
                ly += 27;
            }
            if (s.runs() > 1) c.rect(lx, ly - 15, 28, 18, Paint.fill(s.colour(), 0.25));
            c.line(lx, ly - 6, lx + 28, ly - 6, Paint.stroke(s.colour(), 3.5));
            c.text(lx + 36, ly, label, legendFont);
            lx += w;
        }

        // Value range and ticks
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double[] a : new double[][] {s.band().lo(), s.band().mid(), s.band().hi()}) {
                if (s.runs() <= 1 && a != s.band().mid()) continue;
                for (double v : a) {
                    if (Double.isNaN(v) || Double.isInfinite(v)) continue;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        if (max - min < 1e-12) {
            double pad = Math.abs(max) > 1e-12 ? Math.abs(max) * 0.05 : 0.5;
            min -= pad;
            max += pad;
        }
        double step = niceStep((max - min) / 5);
        double lo = Math.floor(min / step + 1e-9) * step, hi = Math.ceil(max / step - 1e-9) * step;
        if (hi <= lo) hi = lo + step;
        int decimals = decimals(step);
        List<String> yLabels = new ArrayList<>();
        List<Double> yValues = new ArrayList<>();
        for (double v = lo; v <= hi + step * 1e-6; v += step) {
            double snapped = Math.abs(v) < step * 1e-9 ? 0 : v;
            yValues.add(snapped);
            yLabels.add(Fmt.num(snapped, decimals));
        }
        Font tickFont = Font.of(19, MUTED);
        double labelW = 0;
        for (String l : yLabels) labelW = Math.max(labelW, Canvas.textWidth(l, tickFont));

        // End-of-line labels: the final median of each series
        Font endFont = Font.of(19, INK).strong();
        List<String> endText = new ArrayList<>();
        double endW = 0;
        for (Series s : series) {
            double v = last(s.band().mid());
            String t = Double.isNaN(v) ? "" : Fmt.num(v, Math.max(decimals, Fmt.decimalsFor(v, 0)));
            endText.add(t);
            endW = Math.max(endW, Canvas.textWidth(t, endFont));
        }

        double left = 50 + labelW + 12, right = W - Math.max(24, endW + 20);
        double top = ly + 24, bottom = H - 66;
        double plotW = right - left, plotH = bottom - top;
        final YearMonth axisStart = start;
        final double fLo = lo, fHi = hi;
        java.util.function.IntToDoubleFunction x = i -> months == 1 ? left + plotW / 2 : left + plotW * i / (months - 1);
        java.util.function.DoubleUnaryOperator y = v -> bottom - plotH * (v - fLo) / (fHi - fLo);

        // Grid and y ticks
        for (int i = 0; i < yValues.size(); i++) {
            double yy = y.applyAsDouble(yValues.get(i));
            c.line(left, yy, right, yy, Paint.stroke(GRID, 1));
            c.text(left - 10, yy + 6.5, yLabels.get(i), tickFont.anchor(Anchor.END));
        }
        c.text(27, (top + bottom) / 2, Html.shorten(unit, 34), Font.of(18, MUTED).anchor(Anchor.MIDDLE).turned());

        // x ticks
        Font xFont = Font.of(19, MUTED).anchor(Anchor.MIDDLE);
        int[] stepCandidates = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600};
        int monthStep = stepCandidates[stepCandidates.length - 1];
        for (int s : stepCandidates) {
            double labelWidth = Canvas.textWidth(s >= 12 ? "2025" : "2025-07", xFont) + 16;
            double perTick = months == 1 ? plotW : plotW * s / (months - 1);
            if (perTick >= labelWidth) {
                monthStep = s;
                break;
            }
        }
        for (int i = 0; i < months; i++) {
            YearMonth m = axisStart.plusMonths(i);
            boolean tick;
            String label;
            if (monthStep >= 12) {
                tick = m.getMonthValue() == 1 && (m.getYear() - axisStart.getYear()) % (monthStep / 12) == 0;
                label = Integer.toString(m.getYear());
            } else {
                tick = i % monthStep == 0;
                label = m.toString();
            }
            if (!tick) continue;
            double xx = x.applyAsDouble(i);
            c.line(xx, bottom, xx, bottom + 6, Paint.stroke(MUTED, 1.2));
            c.text(xx, bottom + 28, label, xFont);
        }

        // Scheduled events
        for (Marker mk : markers) {
            long i = axisStart.until(mk.month(), java.time.temporal.ChronoUnit.MONTHS);
            if (i <= 0 || i >= months) continue;
            double xx = x.applyAsDouble((int) i);
            c.line(xx, top, xx, bottom, Paint.stroke(mk.colour(), 1.4).dashed(2, 5).opacity(0.8));
        }

        // Bands, then lines
        for (Series s : series) {
            if (s.runs() <= 1) continue;
            int offset = (int) axisStart.until(s.start(), java.time.temporal.ChronoUnit.MONTHS);
            ResultData.Band b = s.band();
            for (int[] seg : segments(b.lo(), b.hi())) {
                int n = seg[1] - seg[0];
                double[] xs = new double[2 * n], ys = new double[2 * n];
                for (int k = 0; k < n; k++) {
                    int i = seg[0] + k;
                    xs[k] = x.applyAsDouble(i + offset);
                    ys[k] = y.applyAsDouble(b.hi()[i]);
                    xs[2 * n - 1 - k] = xs[k];
                    ys[2 * n - 1 - k] = y.applyAsDouble(b.lo()[i]);
                }
                c.polygon(xs, ys, Paint.fill(s.colour(), 0.22));
            }
        }
        for (Series s : series) {
            int offset = (int) axisStart.until(s.start(), java.time.temporal.ChronoUnit.MONTHS);
            double[] mid = s.band().mid();
            for (int[] seg : segments(mid, mid)) {
                int n = seg[1] - seg[0];
                double[] xs = new double[n], ys = new double[n];
                for (int k = 0; k < n; k++) {
                    xs[k] = x.applyAsDouble(seg[0] + k + offset);
                    ys[k] = y.applyAsDouble(mid[seg[0] + k]);
                }
                if (n == 1) c.circle(xs[0], ys[0], 3.5, Paint.fill(s.colour()), null);
                else c.polyline(xs, ys, Paint.stroke(s.colour(), 3));
            }
        }

        // Axes
        c.line(left, bottom, right, bottom, Paint.stroke(MUTED, 1.4));
        c.line(left, top, left, bottom, Paint.stroke(MUTED, 1.4));

        // End labels, pushed apart when they would overlap
        double[] ey = new double[series.size()];
        Integer[] order = new Integer[series.size()];
        for (int i = 0; i < series.size(); i++) {
            order[i] = i;
            double v = last(series.get(i).band().mid());
            ey[i] = Double.isNaN(v) ? Double.NaN : y.applyAsDouble(v) + 7;
        }
        Arrays.sort(order, (p, q) -> Double.compare(Double.isNaN(ey[p]) ? 0 : ey[p], Double.isNaN(ey[q]) ? 0 : ey[q]));
        double prev = Double.NEGATIVE_INFINITY;
        for (int k : order) {
            if (Double.isNaN(ey[k])) continue;
            ey[k] = Math.max(ey[k], prev + 22);
            prev = ey[k];
        }
        for (int i = 0; i < series.size(); i++) {
            if (Double.isNaN(ey[i])) continue;
            c.text(right + 8, ey[i], endText.get(i), endFont.colour(series.get(i).colour()));
        }

        // What the drawing means
        int runs = 0;
        for (Series s : series) runs = Math.max(runs, s.runs());
        String note = runs > 1 ? "Line: median across runs. Shaded: 5th\u201395th percentile." : "One run: the line is that run.";
        boolean anyMarker = markers.stream().anyMatch(m -> {
            long i = axisStart.until(m.month(), java.time.temporal.ChronoUnit.MONTHS);
            return i > 0 && i < months;
        });
        if (anyMarker) note += " Dotted: scheduled events.";
        c.text(20, H - 12, note, Font.of(16, MUTED));
    }

    private static double last(double[] a) {
        for (int i = a.length - 1; i >= 0; i--) if (!Double.isNaN(a[i])) return a[i];
        return Double.NaN;
    }

    /** Runs [from, to) of indices where both arrays hold numbers. */
    private static List<int[]> segments(double[] a, double[] b) {
        List<int[]> out = new ArrayList<>();
        int startIdx = -1;
        for (int i = 0; i <= a.length; i++) {
            boolean ok = i < a.length && !Double.isNaN(a[i]) && !Double.isNaN(b[i]) && !Double.isInfinite(a[i]) && !Double.isInfinite(b[i]);
            if (ok && startIdx < 0) startIdx = i;
            if (!ok && startIdx >= 0) {
                out.add(new int[] {startIdx, i});
                startIdx = -1;
            }
        }
        return out;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) return 1;
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * exp;
    }

    /** Decimals that show every multiple of {@code step} exactly. */
    static int decimals(double step) {
        for (int d = 0; d < 8; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) return d;
        }
        return 8;
    }
}
