package org.entente.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects every problem found in a scenario, each as one line naming the file, line and
 * column, the path of the value ({@code actors[3].gdp}), the rule it broke and the value
 * found. Not thread-safe.
 */
public final class Problems {
    /** At most this many problems are listed; the rest are counted. */
    public static final int MAX_LISTED = 200;

    private final List<String> lines = new ArrayList<>();
    private int count;

    public void add(Node at, String path, String rule, String actual) {
        add(at == null ? null : at.file(), at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, rule, actual);
    }

    public void add(Path file, int line, int column, String path, String rule, String actual) {
        count++;
        if (lines.size() >= MAX_LISTED) return;
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "command line" : file.toString());
        if (line > 0) b.append(':').append(line).append(':').append(column);
        b.append(": ");
        if (path != null && !path.isEmpty()) b.append(path).append(": ");
        b.append(rule);
        if (actual != null) b.append(", but was ").append(actual);
        lines.add(sanitize(b.toString()));
    }

    /** A problem already formatted as one line (e.g. a syntax error from the parser). */
    public void addLine(String line) {
        count++;
        if (lines.size() < MAX_LISTED) lines.add(sanitize(line));
    }

    public boolean isEmpty() { return count == 0; }

    public int count() { return count; }

    public List<String> lines() {
        List<String> out = new ArrayList<>(lines);
        if (count > lines.size()) out.add("... and " + (count - lines.size()) + " more problems");
        return out;
    }

    /** Throws a {@link ScenarioException} carrying every problem, if there is any. */
    public void throwIfAny() {
        if (!isEmpty()) throw new ScenarioException(lines());
    }

    /** A value shortened to one line of at most 60 characters, for messages. */
    public static String clip(String s) {
        String one = Text.safe(s);
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    /** A number as messages show it: whole numbers without a decimal point, NaN and infinity by name. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "infinity" : "-infinity";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%s", v);
    }

    /** Keep messages on one line and free of control, bidi and invisible characters, whatever the scenario held ({@link Text#safe}). */
    static String sanitize(String s) {
        return Text.safe(s);
    }
}
