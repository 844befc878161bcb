package org.entente.report;

/**
 * Draws into an inline SVG element for the HTML report. Text and tooltips are HTML-escaped;
 * there is no xmlns attribute (inline SVG in HTML does not need one) and no reference to
 * anything outside the element.
 */
final class SvgCanvas implements Canvas {
    static final String FONTS = "Arial, Helvetica, &quot;DejaVu Sans&quot;, &quot;Liberation Sans&quot;, sans-serif";
    private final double width, height;
    private final StringBuilder b = new StringBuilder(16_384);

    /** {@code label} is the chart's accessible name (plain text, escaped here). */
    SvgCanvas(double width, double height, String label) {
        this.width = width;
        this.height = height;
        b.append("<svg class=\"chart\" viewBox=\"0 0 ").append(Fmt.coord(width)).append(' ').append(Fmt.coord(height))
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(label)).append("\" font-family=\"").append(FONTS)
                .append("\" preserveAspectRatio=\"xMidYMid meet\">\n<title>").append(Html.esc(label)).append("</title>\n");
        rect(0, 0, width, height, Paint.fill("#ffffff"));
    }

    @Override public double width() { return width; }

    @Override public double height() { return height; }

    /** The finished element. */
    String svg() { return b + "</svg>\n"; }

    private void paint(Paint p) {
        b.append(" fill=\"").append(p.fill() == null ? "none" : p.fill()).append('"');
        if (p.fill() != null && p.fillOpacity() < 1) b.append(" fill-opacity=\"").append(Fmt.coord(p.fillOpacity())).append('"');
        if (p.stroke() != null && p.strokeWidth() > 0) {
            b.append(" stroke=\"").append(p.stroke()).append("\" stroke-width=\"").append(Fmt.coord(p.strokeWidth())).append('"');
            if (p.strokeOpacity() < 1) b.append(" stroke-opacity=\"").append(Fmt.coord(p.strokeOpacity())).append('"');
            if (p.dash() != null) {
                b.append(" stroke-dasharray=\"");
                for (int i = 0; i < p.dash().length; i++) b.append(i > 0 ? " " : "").append(Fmt.coord(p.dash()[i]));
                b.append('"');
            } else {
                b.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
            }
        }
    }

    private void close(String tag, String tooltip) {
        if (tooltip == null) {
            b.append("/>\n");
        } else {
            b.append("><title>").append(Html.esc(tooltip)).append("</title></").append(tag).append(">\n");
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, Paint p) {
        b.append("<rect x=\"").append(Fmt.coord(x)).append("\" y=\"").append(Fmt.coord(y)).append("\" width=\"")
                .append(Fmt.coord(w)).append("\" height=\"").append(Fmt.coord(h)).append('"');
        paint(p);
        b.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Paint p) {
        b.append("<line x1=\"").append(Fmt.coord(x1)).append("\" y1=\"").append(Fmt.coord(y1)).append("\" x2=\"")
                .append(Fmt.coord(x2)).append("\" y2=\"").append(Fmt.coord(y2)).append('"');
        paint(p);
        b.append("/>\n");
    }

    private void points(double[] xs, double[] ys) {
        b.append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) b.append(' ');
            b.append(Fmt.coord(xs[i])).append(',').append(Fmt.coord(ys[i]));
        }
        b.append('"');
    }

    @Override
    public void polyline(double[] xs, double[] ys, Paint p) {
        b.append("<polyline");
        points(xs, ys);
        paint(new Paint(null, 1, p.stroke(), p.strokeWidth(), p.strokeOpacity(), p.dash()));
        b.append("/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, Paint p) {
        b.append("<polygon");
        points(xs, ys);
        paint(p);
        b.append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Paint p, String tooltip) {
        b.append("<circle cx=\"").append(Fmt.coord(cx)).append("\" cy=\"").append(Fmt.coord(cy)).append("\" r=\"")
                .append(Fmt.coord(r)).append('"');
        paint(p);
        close("circle", tooltip);
    }

    @Override
    public void curve(double x1, double y1, double cx, double cy, double x2, double y2, Paint p, String tooltip) {
        b.append("<path d=\"M").append(Fmt.coord(x1)).append(' ').append(Fmt.coord(y1)).append(" Q").append(Fmt.coord(cx))
                .append(' ').append(Fmt.coord(cy)).append(' ').append(Fmt.coord(x2)).append(' ').append(Fmt.coord(y2)).append('"');
        paint(new Paint(null, 1, p.stroke(), p.strokeWidth(), p.strokeOpacity(), p.dash()));
        close("path", tooltip);
    }

    @Override
    public void text(double x, double y, String text, Font f) {
        b.append("<text x=\"").append(Fmt.coord(x)).append("\" y=\"").append(Fmt.coord(y)).append("\" font-size=\"")
                .append(Fmt.coord(f.size())).append("\" fill=\"").append(f.colour()).append('"');
        if (f.bold()) b.append(" font-weight=\"bold\"");
        if (f.anchor() != Anchor.START) b.append(" text-anchor=\"").append(f.anchor() == Anchor.MIDDLE ? "middle" : "end").append('"');
        if (f.vertical()) b.append(" transform=\"rotate(-90 ").append(Fmt.coord(x)).append(' ').append(Fmt.coord(y)).append(")\"");
        b.append('>').append(Html.esc(text)).append("</text>\n");
    }
}
