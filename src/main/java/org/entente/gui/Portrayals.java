package org.entente.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;

import org.entente.engine.RecordSink;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** How the map draws: the backdrop, the actors, each tie layer and the month overlay. */
final class Portrayals {
    static final Color SEA = new Color(0xBFD7ED);
    static final Color LAND = new Color(0xF3EDD8);
    static final Color COAST = new Color(0x9C8F6E);
    static final Color GRID = new Color(0xD6E4F2);
    static final Color WEST = new Color(0x1F5FBF);
    static final Color EAST = new Color(0xC62828);
    static final Color NEUTRAL = new Color(0x8A8A8A);

    private Portrayals() { }

    /** Colour of an actor from its West-minus-East lean: blue West, red East, grey between. */
    static Color lean(double lean) {
        if (Double.isNaN(lean)) return NEUTRAL;
        double t = Math.max(-1, Math.min(1, lean));
        Color end = t >= 0 ? WEST : EAST;
        double k = Math.abs(t);
        return new Color((int) (NEUTRAL.getRed() + k * (end.getRed() - NEUTRAL.getRed())),
                (int) (NEUTRAL.getGreen() + k * (end.getGreen() - NEUTRAL.getGreen())),
                (int) (NEUTRAL.getBlue() + k * (end.getBlue() - NEUTRAL.getBlue())));
    }

    /** Node diameter in field units: area proportional to GDP, between 2 and 14 degrees. */
    static double diameter(double gdp, double maxGdp) {
        if (!(gdp > 0) || !(maxGdp > 0)) return 2;
        return 2 + 12 * Math.sqrt(gdp / maxGdp);
    }

    /** The sea, a 30-degree graticule, and the continents; drawn by the backdrop object at (0, 0). */
    static final class Backdrop extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double x0 = info.draw.x, y0 = info.draw.y, s = info.draw.width;
            g.setColor(SEA);
            g.fill(new java.awt.geom.Rectangle2D.Double(x0, y0, 360 * s, 180 * s));
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            for (int lon = 0; lon <= 360; lon += 30) g.draw(new java.awt.geom.Line2D.Double(x0 + lon * s, y0, x0 + lon * s, y0 + 180 * s));
            for (int lat = 0; lat <= 180; lat += 30) g.draw(new java.awt.geom.Line2D.Double(x0, y0 + lat * s, x0 + 360 * s, y0 + lat * s));
            for (double[][] poly : Continents.outlines()) {
                Path2D.Double path = new Path2D.Double();
                for (int i = 0; i < poly.length; i++) {
                    var p = MapProjection.toField(poly[i][1], poly[i][0]);
                    if (i == 0) path.moveTo(x0 + p.x * s, y0 + p.y * s); else path.lineTo(x0 + p.x * s, y0 + p.y * s);
                }
                path.closePath();
                g.setColor(LAND);
                g.fill(path);
                g.setColor(COAST);
                g.draw(path);
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    /** An actor: a disc sized by GDP, coloured by its lean, with its id. */
    static final class Actor extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final WorldLayers layers;

        Actor(WorldLayers layers) { this.layers = layers; }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            ActorNode n = (ActorNode) object;
            double d = diameter(n.getGdpUsdBn(), layers.maxGdp()) * info.draw.width;
            Ellipse2D.Double disc = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
            g.setColor(lean(n.lean()));
            g.fill(disc);
            g.setColor(info.selected ? Color.YELLOW : Color.WHITE);
            g.setStroke(new BasicStroke(info.selected ? 3f : 1.2f));
            g.draw(disc);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(10, Math.min(16, 2.6 * info.draw.width))));
            g.setColor(Color.BLACK);
            g.drawString(n.getId(), (float) (info.draw.x + d / 2 + 2), (float) (info.draw.y + 4));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            ActorNode n = (ActorNode) object;
            double d = diameter(n.getGdpUsdBn(), layers.maxGdp()) * range.draw.width;
            return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
        }

        @Override
        public String getName(sim.portrayal.LocationWrapper w) { return ((ActorNode) w.getObject()).getName(); }
    }

    /** A tie layer: a colour, width from the edge's weight (its info) times a scale. */
    static final class Tie extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;
        /** Widest edge, in pixels. */
        static final double MAX_WIDTH = 12;
        private final double scale;

        Tie(Color colour, double scale) {
            super(colour, colour);
            this.scale = scale;
            setShape(SHAPE_LINE_ROUND_ENDS);
            setAdjustsThickness(true);
            setBaseWidth(1.0);
            setScaling(NEVER_SCALE);
        }

        @Override
        protected double getPositiveWeight(Object edge, EdgeDrawInfo2D info) {
            Object w = ((Edge) edge).info;
            return w instanceof Double d ? Math.max(0.5, Math.min(MAX_WIDTH, scale * d)) : 1.0;
        }

        @Override
        public String getLabel(Edge edge, EdgeDrawInfo2D info) { return ""; }

        /** Ties are not picked by clicks: a click on an actor inspects the actor, not the lines through it. */
        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    /** The month and the last events, drawn in the top-left corner of what is visible. */
    static final class Overlay extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final GuiRecorder recorder;
        private final org.entente.engine.EntenteSim sim;
        private final String[] names;
        private final Color[] colours;

        Overlay(GuiRecorder recorder, org.entente.engine.EntenteSim sim, String[] names, Color[] colours) {
            this.recorder = recorder;
            this.sim = sim;
            this.names = names;
            this.colours = colours;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            int step = recorder.step();
            String month = step < 0 ? sim.scenario().start() + " (not started)" : sim.scenario().monthLabel(step);
            List<RecordSink.EventRow> events = recorder.lastEvents();
            int boxHeight = 30 + 16 * events.size();
            // bottom left: the South Pacific is the emptiest part of the map
            float x = (float) info.clip.x + 12, y = (float) (info.clip.y + info.clip.height - boxHeight + 14);
            g.setColor(new Color(255, 255, 255, 220));
            g.fillRoundRect((int) x - 8, (int) y - 20, 520, boxHeight, 10, 10);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(clip(sim.scenario().name(), 40) + "  " + month, x, y);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (int i = events.size() - 1, k = 1; i >= 0; i--, k++) {
                RecordSink.EventRow e = events.get(i);
                String text = String.format(Locale.ROOT, "%s  %s %s: %s", sim.scenario().monthLabel(e.step()), e.event(), e.actors(), e.detail());
                g.drawString(clip(text, 92), x, y + 4 + 16 * k);
            }
            legend(g, info, names, colours);
        }

        /** Colour key in the bottom-right corner (over the southern Indian Ocean): actor colours and the tie layers. */
        static void legend(Graphics2D g, DrawInfo2D info, String[] names, Color[] colours) {
            int w = 250, h = 20 + 16 * (names.length + 2);
            float x = (float) (info.clip.x + info.clip.width - w - 8), y = (float) (info.clip.y + info.clip.height - h - 8);
            g.setColor(new Color(255, 255, 255, 220));
            g.fillRoundRect((int) x, (int) y, w, h, 10, 10);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            int row = 0;
            for (Object[] dot : new Object[][] {{WEST, "actor leaning West (size: GDP)"}, {EAST, "actor leaning East"}}) {
                g.setColor((Color) dot[0]);
                g.fillOval((int) x + 10, (int) y + 10 + 16 * row, 10, 10);
                g.setColor(Color.BLACK);
                g.drawString((String) dot[1], x + 30, y + 19 + 16 * row++);
            }
            for (int i = 0; i < names.length; i++, row++) {
                g.setColor(colours[i]);
                g.setStroke(new BasicStroke(4f));
                g.drawLine((int) x + 8, (int) y + 15 + 16 * row, (int) x + 24, (int) y + 15 + 16 * row);
                g.setColor(Color.BLACK);
                g.drawString(names[i], x + 30, y + 19 + 16 * row);
            }
        }

        private static String clip(String s, int max) {
            return s.length() > max ? s.substring(0, max - 3) + "..." : s;
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }
}
