package org.entente.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws the same charts with Java2D into an image, {@code scale} pixels per chart unit (headless). */
final class PngCanvas implements Canvas {
    private final double width, height;
    private final BufferedImage image;
    private final Graphics2D g;

    PngCanvas(double width, double height, double scale) {
        this.width = width;
        this.height = height;
        image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(scale, scale);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
    }

    @Override public double width() { return width; }

    @Override public double height() { return height; }

    /** The finished image (the canvas must not be drawn on afterwards). */
    BufferedImage image() {
        g.dispose();
        return image;
    }

    private static Color colour(String hex, double opacity) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int a = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, a);
    }

    private void draw(Shape s, Paint p, boolean fill) {
        if (fill && p.fill() != null) {
            g.setColor(colour(p.fill(), p.fillOpacity()));
            g.fill(s);
        }
        if (p.stroke() != null && p.strokeWidth() > 0) {
            float[] dash = null;
            if (p.dash() != null) {
                dash = new float[p.dash().length];
                for (int i = 0; i < dash.length; i++) dash[i] = (float) p.dash()[i];
            }
            g.setStroke(dash == null
                    ? new BasicStroke((float) p.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke((float) p.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            g.setColor(colour(p.stroke(), p.strokeOpacity()));
            g.draw(s);
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, Paint p) { draw(new Rectangle2D.Double(x, y, w, h), p, true); }

    @Override
    public void line(double x1, double y1, double x2, double y2, Paint p) { draw(new Line2D.Double(x1, y1, x2, y2), p, false); }

    private static Path2D path(double[] xs, double[] ys, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) path.moveTo(xs[i], ys[i]); else path.lineTo(xs[i], ys[i]);
        }
        if (closed) path.closePath();
        return path;
    }

    @Override
    public void polyline(double[] xs, double[] ys, Paint p) { if (xs.length > 0) draw(path(xs, ys, false), p, false); }

    @Override
    public void polygon(double[] xs, double[] ys, Paint p) { if (xs.length > 0) draw(path(xs, ys, true), p, true); }

    @Override
    public void circle(double cx, double cy, double r, Paint p, String tooltip) {
        draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), p, true);
    }

    @Override
    public void curve(double x1, double y1, double cx, double cy, double x2, double y2, Paint p, String tooltip) {
        draw(new QuadCurve2D.Double(x1, y1, cx, cy, x2, y2), p, false);
    }

    @Override
    public void text(double x, double y, String text, Font f) {
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, f.bold() ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1)
                .deriveFont((float) f.size());
        g.setFont(font);
        g.setColor(colour(f.colour(), 1));
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double dx = switch (f.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        java.awt.geom.AffineTransform saved = g.getTransform();
        if (f.vertical()) g.rotate(-Math.PI / 2, x, y);
        g.drawString(text, (float) (x + dx), (float) y);
        g.setTransform(saved);
    }
}
