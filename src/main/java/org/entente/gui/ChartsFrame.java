package org.entente.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import org.entente.engine.RecordSink;
import org.entente.model.Scenario;
import org.entente.view.Palette;
import org.entente.view.SeriesStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Time-series charts for the chosen actors, in one row under the map: GDP index (month 0 = 100),
 * oil exports, alignment with the West and with the East, and the share of trade under
 * sanctions (and financial stress, in a scenario with financial sanction events), with one legend above them. Line colours come from {@link SeriesStyle} (blue for
 * the West's members, red for the East's, ink, brown and grey for the others, told apart by dashes).
 * Fed from the recorder after each step; the charts are updated on the Swing thread.
 */
final class ChartsFrame {
    private record Metric(String title, String axis, ToDoubleFunction<RecordSink.NationRow[]> value) { }

    private final JFrame frame = new JFrame("Entente: charts");
    private final List<String> actors;
    private final GuiRecorder recorder;
    private static final List<Metric> ALWAYS = List.of(
            new Metric("GDP index (start = 100)", "index", r -> 100 * r[1].gdp() / r[0].gdp()),
            new Metric("Oil exports", "million barrels a day", r -> r[1].oilExportsMbd()),
            new Metric("Alignment with the West", "0 to 1", r -> r[1].alignmentWest()),
            new Metric("Alignment with the East", "0 to 1", r -> r[1].alignmentEast()),
            new Metric("Trade under sanctions", "share, 0 to 1", r -> r[1].sanctionedTradeShare()));
    /** Charted only in a scenario with financial sanction events: elsewhere it is zero throughout and the row stays five wide. */
    private static final Metric FINANCIAL_STRESS = new Metric("Financial stress", "% of GDP", r -> 100 * r[1].financialStress());
    private final List<Metric> metrics;
    private final Map<String, XYSeries> series = new LinkedHashMap<>();

    ChartsFrame(List<String> actors, GuiRecorder recorder, Scenario scenario) {
        this.actors = actors;
        this.recorder = recorder;
        this.metrics = metrics(scenario);
        JPanel grid = new JPanel(new GridLayout(1, 0));
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 12), tick = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        for (Metric m : metrics) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (String a : actors) {
                XYSeries s = new XYSeries(a, true, false);
                series.put(m.title() + "|" + a, s);
                data.addSeries(s);
            }
            JFreeChart chart = ChartFactory.createXYLineChart(m.title(), "months", m.axis(), data,
                    PlotOrientation.VERTICAL, false, true, false);
            chart.getTitle().setFont(title);
            var plot = chart.getXYPlot();
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(Portrayals.colour(Palette.BAND));
            plot.setDomainGridlinePaint(Portrayals.colour(Palette.BAND));
            for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                axis.setLabelFont(tick);
                axis.setTickLabelFont(tick);
            }
            // the whole horizon from the start, so that the lines grow across a fixed frame
            plot.getDomainAxis().setRange(0, Math.max(1, scenario.months() - 1));
            org.jfree.chart.axis.NumberAxis range = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
            // an index that moves a few points must not be squashed against a zero it never nears,
            // and a single month (before play) must not make an axis of nothing
            if (m.axis().equals("index")) {
                range.setAutoRangeIncludesZero(false);
                range.setAutoRangeMinimumSize(4);
            } else {
                range.setAutoRangeMinimumSize(0.1);
            }
            var renderer = plot.getRenderer();
            for (int i = 0; i < actors.size(); i++) {
                SeriesStyle st = SeriesStyle.of(actors.get(i), actors);
                renderer.setSeriesStroke(i, stroke(st));
                renderer.setSeriesPaint(i, new Color(st.rgb()));
            }
            ChartPanel panel = new ChartPanel(chart);
            panel.setMinimumDrawWidth(120);
            panel.setMinimumDrawHeight(120);
            grid.add(panel);
        }
        JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEFT, 14, 2));
        for (String a : actors) {
            SeriesStyle st = SeriesStyle.of(a, actors);
            JLabel l = new JLabel(name(scenario, a), new LineIcon(st), JLabel.LEFT);
            l.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            legend.add(l);
        }
        JPanel root = new JPanel(new BorderLayout());
        root.add(legend, BorderLayout.NORTH);
        root.add(grid, BorderLayout.CENTER);
        frame.setContentPane(root);
        frame.setSize(EntenteWithUI.WIDTH, EntenteWithUI.MIN_CHARTS_HEIGHT + 60);
    }

    /**
     * The charts of a scenario: the five of every scenario, and financial stress where an event imposes a
     * financial sanction after the start month (one dated the start month records a measure already in
     * force and gives no shock, MODEL.md 6a, so its stress stays zero).
     */
    static List<Metric> metrics(Scenario scenario) {
        boolean financial = scenario.events().stream()
                .anyMatch(e -> e.action() instanceof org.entente.model.EventAction.ImposeFinancialSanction
                        && e.month().isAfter(scenario.start()));
        if (!financial) return ALWAYS;
        List<Metric> out = new ArrayList<>(ALWAYS);
        out.add(FINANCIAL_STRESS);
        return List.copyOf(out);
    }

    /** The titles of the charts shown for a scenario, in order (for tests). */
    static List<String> titles(Scenario scenario) { return metrics(scenario).stream().map(Metric::title).toList(); }

    static BasicStroke stroke(SeriesStyle st) {
        float[] dash = st.dash();
        return dash.length == 0 ? new BasicStroke(2.2f)
                : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }

    private static String name(Scenario s, String id) {
        for (var a : s.actors()) if (a.id().equals(id)) return a.name() == null || a.name().isBlank() ? id : a.name();
        return id;
    }

    /** A short sample of a series' line, for the legend. */
    private record LineIcon(SeriesStyle style) implements javax.swing.Icon {
        @Override
        public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            g2.setColor(new Color(style.rgb()));
            g2.setStroke(stroke(style));
            g2.drawLine(x, y + getIconHeight() / 2, x + getIconWidth(), y + getIconHeight() / 2);
            g2.dispose();
        }

        @Override
        public int getIconWidth() { return 30; }

        @Override
        public int getIconHeight() { return 12; }
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
