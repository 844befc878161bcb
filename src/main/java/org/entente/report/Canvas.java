package org.entente.report;

/**
 * The few drawing operations the charts need, so that one piece of chart code draws both the
 * inline SVG of the HTML report ({@link SvgCanvas}) and the PNG files for slides
 * ({@link PngCanvas}). Coordinates are in the chart's own units (pixels of the chart's
 * nominal size); y grows downwards. Colours are "#rrggbb".
 */
interface Canvas {
    /** How a shape is filled and stroked; null colour means none. */
    record Paint(String fill, double fillOpacity, String stroke, double strokeWidth, double strokeOpacity, double[] dash) {
        static Paint fill(String colour) { return new Paint(colour, 1, null, 0, 1, null); }
        static Paint fill(String colour, double opacity) { return new Paint(colour, opacity, null, 0, 1, null); }
        static Paint stroke(String colour, double width) { return new Paint(null, 1, colour, width, 1, null); }
        Paint opacity(double o) { return new Paint(fill, fill == null ? fillOpacity : o, stroke, strokeWidth, stroke == null ? strokeOpacity : o, dash); }
        Paint dashed(double... pattern) { return new Paint(fill, fillOpacity, stroke, strokeWidth, strokeOpacity, pattern); }
    }

    enum Anchor { START, MIDDLE, END }

    /** Text style: size in chart units, weight, colour, anchor, rotated -90 degrees (reading upwards) or not. */
    record Font(double size, boolean bold, String colour, Anchor anchor, boolean vertical) {
        static Font of(double size, String colour) { return new Font(size, false, colour, Anchor.START, false); }
        Font strong() { return new Font(size, true, colour, anchor, vertical); }
        Font anchor(Anchor a) { return new Font(size, bold, colour, a, vertical); }
        Font turned() { return new Font(size, bold, colour, anchor, true); }
        Font colour(String c) { return new Font(size, bold, c, anchor, vertical); }
    }

    double width();

    double height();

    void rect(double x, double y, double w, double h, Paint p);

    void line(double x1, double y1, double x2, double y2, Paint p);

    /** An open path through the points (stroke only). */
    void polyline(double[] xs, double[] ys, Paint p);

    /** A closed shape. */
    void polygon(double[] xs, double[] ys, Paint p);

    /** A circle; {@code tooltip} (plain text, may be null) is shown on hover in the HTML report. */
    void circle(double cx, double cy, double r, Paint p, String tooltip);

    /** A quadratic Bezier curve from (x1, y1) to (x2, y2) with control point (cx, cy). */
    void curve(double x1, double y1, double cx, double cy, double x2, double y2, Paint p, String tooltip);

    /** Plain text (escaped by the SVG canvas), baseline at y. */
    void text(double x, double y, String text, Font f);

    /**
     * Approximate width of text, the same for SVG and PNG so both lay out alike: generous
     * enough for DejaVu Sans (the PNG font on Linux), the widest of the fonts used.
     */
    static double textWidth(String text, Font f) {
        return text.length() * f.size() * (f.bold() ? 0.68 : 0.6);
    }
}
