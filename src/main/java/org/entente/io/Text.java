package org.entente.io;

/**
 * The one terminal-safe form of text that came from a user (actor and treaty names, file names,
 * values): every character that a terminal would act on or that hides itself is shown escaped,
 * so that a name can neither move the cursor, set the window title (ESC, OSC), reorder what
 * follows it (bidi overrides and isolates) nor hide (zero-width and other format characters).
 * Escaped are: the C0 controls (LF, CR and TAB as {@code \n \r \t}, the others as
 * {@code \u001b}), DEL, the C1 controls, every format character (Unicode category Cf:
 * U+200B–U+200F, U+202A–U+202E, U+2060–U+206F, U+FEFF, ...) and the line and paragraph
 * separators U+2028 and U+2029. Everything else, including accented letters and other scripts, is
 * kept. Data files keep the real text; only what is printed goes through here. Stateless and
 * thread-safe.
 */
public final class Text {
    private Text() { }

    /** The text with every unsafe character escaped; null stays null. */
    public static String safe(String s) {
        if (s == null) return null;
        int i = 0;
        while (i < s.length() && !unsafe(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        appendSafe(b, s, i, s.length(), false);
        return b.toString();
    }

    /**
     * Appends {@code s[from, to)} escaped as {@link #safe}; with {@code keepNewlines} a LF is
     * kept as a line break (for text that is several lines on purpose, such as a usage message).
     */
    public static void appendSafe(StringBuilder b, CharSequence s, int from, int to, boolean keepNewlines) {
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            int n = Character.charCount(cp);
            if (i + n > to) n = 1;
            if (cp == '\n' && keepNewlines) b.append('\n');
            else if (unsafe(cp)) escape(b, cp);
            else b.append(s, i, i + n);
            i += n;
        }
    }

    /** True for a character a terminal would act on or that does not show itself. */
    public static boolean unsafe(int cp) {
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return true;
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static void escape(StringBuilder b, int cp) {
        switch (cp) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                if (cp > 0xFFFF) b.append(String.format(java.util.Locale.ROOT, "\\U%08x", cp));
                else b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
            }
        }
    }
}
