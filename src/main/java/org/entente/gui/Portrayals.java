package org.entente.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.engine.RecordSink;
import org.entente.view.EventText;
import org.entente.view.Palette;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.util.Double2D;

/**
 * How the map draws: the backdrop, the actors (coloured by their lean or by its change since the
 * start), their names (placed without overlaps, with leader lines), each tie layer (curved around
 * unrelated actors) and the month, events and legend. Every colour comes from {@link Palette}.
 */
final class Portrayals {
    static final Color SEA = colour(Palette.SEA);
    static final Color LAND = colour(Palette.LAND);
    static final Color COAST = colour(Palette.COAST);
    static final Color WEST = colour(Palette.WEST);
    static final Color EAST = colour(Palette.EAST);
    static final Color NEUTRAL = colour(Palette.NEUTRAL);
    static final Color INK = colour(Palette.SERIES_1);
    /** Behind text boxes and around discs: paper, not a colour with a meaning. */
    static final Color PAPER = Color.WHITE;

    /**
     * A change of lean (West minus East alignment) drawn in full colour in the change view. In the
     * 2025 baseline the largest change over ten years is about 0.1 (China, -0.10; seed 1), so a
     * change of 0.1 is full blue or red; smaller ones are paler.
     */
    static final double CHANGE_FULL_SCALE = 0.1;

    /** Name labels, pixels. */
    static final int LABEL_SIZE = 13;

    private Portrayals() { }

    static Color colour(Palette p) { return new Color(p.rgb()); }

    static Color colour(Palette p, int alpha) {
        return new Color(p.rgb() >> 16 & 0xFF, p.rgb() >> 8 & 0xFF, p.rgb() & 0xFF, alpha);
    }

    /** Colour of an actor from its West-minus-East lean: blue West, red East, grey between. */
    static Color lean(double lean) {
        return new Color(Palette.diverging(lean));
    }

    /** Colour of a change of lean since the start: blue toward the West, red toward the East. */
    static Color change(double change) {
        return new Color(Palette.diverging(Double.isNaN(change) ? 0 : change / CHANGE_FULL_SCALE));
    }

    /** Node diameter in field units: area proportional to GDP, between 2 and 14 degrees. */
    static double diameter(double gdp, double maxGdp) {
        if (!(gdp > 0) || !(maxGdp > 0)) return 2;
        return 2 + 12 * Math.sqrt(gdp / maxGdp);
    }

    /** The sea and the continents; drawn by the backdrop object at (0, 0). */
    static final class Backdrop extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double x0 = info.draw.x, y0 = info.draw.y, s = info.draw.width;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(SEA);
            g.fill(new Rectangle2D.Double(x0, y0, 360 * s, 180 * s));
            g.setStroke(new BasicStroke(1f));
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

    /** An actor: a disc sized by GDP, coloured by its lean or by the change of its lean. */
    static final class Actor extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final WorldLayers layers;

        Actor(WorldLayers layers) { this.layers = layers; }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            ActorNode n = (ActorNode) object;
            double d = diameter(n.getGdpUsdBn(), layers.maxGdp()) * info.draw.width;
            Ellipse2D.Double disc = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(layers.colourMode() == WorldLayers.ColourMode.CHANGE ? change(n.leanChange()) : lean(n.lean()));
            g.fill(disc);
            g.setColor(info.selected ? INK : PAPER);
            g.setStroke(new BasicStroke(info.selected ? 3f : 1.2f));
            g.draw(disc);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            ActorNode n = (ActorNode) object;
            double d = diameter(n.getGdpUsdBn(), layers.maxGdp()) * range.draw.width;
            return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
        }

        @Override
        public String getName(sim.portrayal.LocationWrapper w) { return ((ActorNode) w.getObject()).label(); }
    }

    /** Every actor's name, placed by {@link LabelLayout}; drawn by an object at field (0, 0). */
    static final class Labels extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final WorldLayers layers;

        Labels(WorldLayers layers) { this.layers = layers; }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double x0 = info.draw.x, y0 = info.draw.y, s = info.draw.width;
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, LABEL_SIZE);
            g.setFont(font);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            FontMetrics fm = g.getFontMetrics();
            List<ActorNode> nodes = new ArrayList<>(layers.nodes());
            nodes.sort(Comparator.comparingDouble(ActorNode::getGdpUsdBn).reversed().thenComparing(ActorNode::getId));
            List<LabelLayout.Item> items = new ArrayList<>();
            for (ActorNode n : nodes) {
                Double2D p = layers.map.getObjectLocation(n);
                double r = diameter(n.getGdpUsdBn(), layers.maxGdp()) * s / 2;
                items.add(new LabelLayout.Item(x0 + p.x * s, y0 + p.y * s, r, fm.stringWidth(n.label()) + 4, fm.getAscent() + 2));
            }
            Rectangle2D bounds = new Rectangle2D.Double(x0, y0, 360 * s, 180 * s).createIntersection(info.clip);
            List<LabelLayout.Placed> placed = LabelLayout.place(items, bounds);
            for (int k = 0; k < nodes.size(); k++) {
                LabelLayout.Item it = items.get(k);
                LabelLayout.Placed p = placed.get(k);
                if (p.leader()) {
                    double[] end = LabelLayout.leaderEnd(it, p.box());
                    double dx = end[0] - it.x(), dy = end[1] - it.y(), len = Math.hypot(dx, dy);
                    g.setColor(INK);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(new Line2D.Double(it.x() + dx / len * it.radius(), it.y() + dy / len * it.radius(), end[0], end[1]));
                }
                halo(g, nodes.get(k).label(), (float) p.box().x + 2, (float) (p.box().y + fm.getAscent()));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    /** Text with a white outline, readable over lines and land. */
    static void halo(Graphics2D g, String text, float x, float y) {
        FontRenderContext frc = g.getFontRenderContext();
        Shape outline = new TextLayout(text, g.getFont(), frc).getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
        g.setColor(PAPER);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(INK);
        g.fill(outline);
    }

    /** A tie layer: one colour, width from the edge's weight (its info) times a scale, curved by {@link TieRoute}. */
    static final class Tie extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;
        /** Widest edge, in pixels. */
        static final double MAX_WIDTH = 12;
        private final double scale;
        private final Color colour;
        private final WorldLayers layers;

        Tie(Color colour, double scale, WorldLayers layers) {
            super(colour, colour);
            this.scale = scale;
            this.colour = colour;
            this.layers = layers;
        }

        double width(Object edge) {
            Object w = ((Edge) edge).info;
            return w instanceof Double d ? Math.max(0.5, Math.min(MAX_WIDTH, scale * d)) : 1.0;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            if (!(info instanceof EdgeDrawInfo2D ei) || !(object instanceof Edge e)) return;
            Double2D fa = layers.map.getObjectLocation(e.getFrom()), fb = layers.map.getObjectLocation(e.getTo());
            double ax = ei.draw.x, ay = ei.draw.y, bx = ei.secondPoint.x, by = ei.secondPoint.y;
            double fieldDist = fa == null || fb == null ? 0 : Math.hypot(fb.x - fa.x, fb.y - fa.y);
            if (fieldDist <= 0) return;
            double s = Math.hypot(bx - ax, by - ay) / fieldDist;
            double mapLeft = ax - fa.x * s, mapTop = ay - fa.y * s;
            List<TieRoute.Disc> others = new ArrayList<>();
            for (ActorNode n : layers.nodes()) {
                if (n == e.getFrom() || n == e.getTo()) continue;
                Double2D p = layers.map.getObjectLocation(n);
                others.add(new TieRoute.Disc(mapLeft + p.x * s, mapTop + p.y * s,
                        diameter(n.getGdpUsdBn(), layers.maxGdp()) * s / 2));
            }
            Shape route = TieRoute.route(ax, ay, bx, by, others, mapLeft, 360 * s);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) width(object), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(route);
        }

        @Override
        public String getLabel(Edge edge, EdgeDrawInfo2D info) { return ""; }

        /** Ties are not picked by clicks: a click on an actor inspects the actor, not the lines through it. */
        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    /** The month and the latest events in plain words (bottom left), and the legend (bottom right). */
    static final class Overlay extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        /** Width of the event box, pixels. */
        static final int BOX_WIDTH = 470;
        private final GuiRecorder recorder;
        private final org.entente.engine.EntenteSim sim;
        private final WorldLayers layers;
        private final String[] names;
        private final Color[] colours;

        Overlay(GuiRecorder recorder, org.entente.engine.EntenteSim sim, WorldLayers layers, String[] names, Color[] colours) {
            this.recorder = recorder;
            this.sim = sim;
            this.layers = layers;
            this.names = names;
            this.colours = colours;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int step = recorder.step();
            String month = step < 0 ? sim.scenario().start() + " (press play to start)" : sim.scenario().monthLabel(step);
            Map<String, String> names = new HashMap<>();
            for (ActorNode n : layers.nodes()) names.put(n.getId(), n.label());
            List<String> lines = new ArrayList<>();
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            FontMetrics fm = g.getFontMetrics(small);
            List<RecordSink.EventRow> events = recorder.lastEvents();
            // newest month first; within a month, in the order the engine applied them
            List<List<RecordSink.EventRow>> months = new ArrayList<>();
            for (RecordSink.EventRow e : events) {
                if (months.isEmpty() || months.get(months.size() - 1).get(0).step() != e.step()) months.add(new ArrayList<>());
                months.get(months.size() - 1).add(e);
            }
            String indent = "        ";
            outer:
            for (int m = months.size() - 1; m >= 0; m--) {
                for (RecordSink.EventRow e : months.get(m)) {
                    var text = EventText.sentence(e.event(), e.actors(), e.detail(), id -> names.getOrDefault(id, id));
                    if (text.isEmpty()) continue;
                    List<String> wrapped = wrap(sim.scenario().monthLabel(e.step()) + "  " + text.get(), fm, BOX_WIDTH - 24 - fm.stringWidth(indent));
                    for (int k = 0; k < wrapped.size(); k++) {
                        if (lines.size() == GuiRecorder.EVENTS_SHOWN) break outer;
                        lines.add((k > 0 ? indent : "") + wrapped.get(k));
                    }
                }
            }
            if (events.isEmpty() || lines.isEmpty()) lines.add(step <= 0 ? "No events yet." : "No events since the start.");
            int boxHeight = 34 + 16 * lines.size();
            float x = (float) info.clip.x + 12, y = (float) (info.clip.y + info.clip.height - boxHeight + 14);
            g.setColor(new Color(255, 255, 255, 225));
            g.fillRoundRect((int) x - 8, (int) y - 20, BOX_WIDTH, boxHeight, 10, 10);
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(clip(sim.scenario().name(), 38) + "   " + month, x, y);
            g.setFont(small);
            for (int k = 0; k < lines.size(); k++) g.drawString(lines.get(k), x, y + 20 + 16 * k);
            legend(g, info, layers.colourMode(), this.names, colours);
        }

        /** Colour key in the bottom-right corner: what the actors' colour means now, and the tie layers. */
        static void legend(Graphics2D g, DrawInfo2D info, WorldLayers.ColourMode mode, String[] names, Color[] colours) {
            Font f = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(f);
            String[][] dots = mode == WorldLayers.ColourMode.CHANGE
                    ? new String[][] {{"W", "moved toward the West since the start"}, {"E", "moved toward the East since the start"},
                        {"N", "no change (full colour: a shift of " + CHANGE_FULL_SCALE + ")"}}
                    : new String[][] {{"W", "leans West (size: GDP)"}, {"E", "leans East"}, {"N", "neither side"}};
            int w = 0;
            for (String[] dot : dots) w = Math.max(w, g.getFontMetrics().stringWidth(dot[1]));
            for (String n : names) w = Math.max(w, g.getFontMetrics().stringWidth(n));
            w += 42;
            int h = 14 + 16 * (names.length + dots.length);
            float x = (float) (info.clip.x + info.clip.width - w - 8), y = (float) (info.clip.y + info.clip.height - h - 8);
            g.setColor(new Color(255, 255, 255, 225));
            g.fillRoundRect((int) x, (int) y, w, h, 10, 10);
            int row = 0;
            for (String[] dot : dots) {
                g.setColor(dot[0].equals("W") ? WEST : dot[0].equals("E") ? EAST : NEUTRAL);
                g.fillOval((int) x + 10, (int) y + 8 + 16 * row, 10, 10);
                g.setColor(INK);
                g.drawString(dot[1], x + 30, y + 17 + 16 * row++);
            }
            for (int i = 0; i < names.length; i++, row++) {
                g.setColor(colours[i]);
                g.setStroke(new BasicStroke(4f));
                g.drawLine((int) x + 8, (int) y + 13 + 16 * row, (int) x + 24, (int) y + 13 + 16 * row);
                g.setColor(INK);
                g.drawString(names[i], x + 30, y + 17 + 16 * row);
            }
        }

        static List<String> wrap(String text, FontMetrics fm, int width) {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String next = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(next) > width && line.length() > 0) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            if (line.length() > 0) out.add(line.toString());
            return out;
        }

        private static String clip(String s, int max) {
            return s.length() > max ? s.substring(0, max - 1) + "\u2026" : s;
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }
}
