package org.entente.gui;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import org.entente.engine.RecordSink;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Time-series charts for the chosen actors: GDP index (month 0 = 100), oil exports, alignment
 * with the West and with the East, and the share of trade under sanctions. Fed from the
 * recorder after each step; the charts are updated on the Swing thread.
 */
final class ChartsFrame {
    private record Metric(String title, String axis, ToDoubleFunction<RecordSink.NationRow[]> value) { }

    /** Distinguishable on a projector (no yellow). */
    static final java.awt.Color[] SERIES_COLOURS = {new java.awt.Color(0xC62828), new java.awt.Color(0x1565C0),
            new java.awt.Color(0x2E7D32), new java.awt.Color(0x6A1B9A), new java.awt.Color(0xEF6C00),
            new java.awt.Color(0x00838F), new java.awt.Color(0x4E342E)};

    private final JFrame frame = new JFrame("Entente: charts");
    private final List<String> actors;
    private final GuiRecorder recorder;
    private final List<Metric> metrics = List.of(
            new Metric("GDP index (start = 100)", "index", r -> 100 * r[1].gdp() / r[0].gdp()),
            new Metric("Oil exports", "million barrels a day", r -> r[1].oilExportsMbd()),
            new Metric("Alignment with the West", "0 to 1", r -> r[1].alignmentWest()),
            new Metric("Alignment with the East", "0 to 1", r -> r[1].alignmentEast()),
            new Metric("Share of trade under sanctions", "0 to 1", r -> r[1].sanctionedTradeShare()));
    private final Map<String, XYSeries> series = new LinkedHashMap<>();

    ChartsFrame(List<String> actors, GuiRecorder recorder) {
        this.actors = actors;
        this.recorder = recorder;
        JPanel grid = new JPanel(new GridLayout(0, 3));
        for (Metric m : metrics) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (String a : actors) {
                XYSeries s = new XYSeries(a, true, false);
                series.put(m.title() + "|" + a, s);
                data.addSeries(s);
            }
            JFreeChart chart = ChartFactory.createXYLineChart(m.title(), "months since start", m.axis(), data,
                    PlotOrientation.VERTICAL, true, true, false);
            chart.getXYPlot().setBackgroundPaint(java.awt.Color.WHITE);
            chart.getXYPlot().setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
            chart.getXYPlot().setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
            var renderer = chart.getXYPlot().getRenderer();
            for (int i = 0; i < actors.size(); i++) {
                renderer.setSeriesStroke(i, new java.awt.BasicStroke(2.2f));
                renderer.setSeriesPaint(i, SERIES_COLOURS[i % SERIES_COLOURS.length]);
            }
            grid.add(new ChartPanel(chart));
        }
        frame.setContentPane(grid);
        frame.setSize(1100, 470);
    }

    JFrame frame() { return frame; }

    void clear() { SwingUtilities.invokeLater(() -> series.values().forEach(XYSeries::clear)); }

    /** Adds the latest month; called from the model thread. */
    void update() {
        List<Object[]> points = new ArrayList<>();
        for (String a : actors) {
            RecordSink.NationRow first = recorder.first(a), last = recorder.latest(a);
            if (first == null || last == null) continue;
            RecordSink.NationRow[] rows = {first, last};
            for (Metric m : metrics) {
                double v = m.value().applyAsDouble(rows);
                if (!Double.isNaN(v)) points.add(new Object[] {m.title() + "|" + a, last.step(), v});
            }
        }
        SwingUtilities.invokeLater(() -> {
            for (Object[] p : points) series.get((String) p[0]).addOrUpdate((Integer) p[1], (Double) p[2]);
        });
    }
}
