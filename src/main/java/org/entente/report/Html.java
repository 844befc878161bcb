package org.entente.report;

/**
 * HTML escaping. Every piece of text that comes from a scenario file, a CSV or a manifest goes
 * through {@link #esc} before it is written into the report, in element content and in
 * attribute values alike, including inside inline SVG: scenarios are shared between strangers.
 */
public final class Html {
    private Html() { }

    /**
     * Escapes {@code & < > " '} and replaces control characters (other than tab and newline)
     * with U+FFFD, so the result is safe in element content and in quoted attribute values.
     * {@code null} becomes the empty string.
     */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f ? "\uFFFD" : null;
            };
            if (r == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16);
                b.append(s, 0, i);
            }
            b.append(r);
        }
        return b == null ? s : b.toString();
    }

    /** Shortens text to at most {@code max} characters, ending with an ellipsis (before escaping). */
    public static String shorten(String s, int max) {
        if (s == null) return "";
        if (s.length() <= max) return s;
        int cut = Math.max(1, max - 1);
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return s.substring(0, cut) + "\u2026";
    }
}
