package org.entente.io;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of a manifest that rerun, compare and report act on, checked: a count must be
 * a whole number inside its {@link Limits} cap, a month must be YYYY-MM, a seed a whole number.
 * Anything else is a {@link ScenarioException} with one line naming the file, the field and the
 * rule (exit code 2), before anything is allocated or run: a crafted manifest ({@code runs: 2e9},
 * {@code months: "x"}) can never exhaust memory or end in a stack trace. Stateless.
 */
public final class ManifestFields {
    /** Manifests larger than this are not read (a run's manifest is a few kilobytes). */
    public static final long MAX_BYTES = 16L << 20;

    private ManifestFields() { }

    /** A required count inside its cap. */
    public static int count(Path file, JsonNode m, String field, Limits limit) {
        JsonNode n = m.path(field);
        if (n.isMissingNode() || n.isNull()) throw bad(file, field, "is missing");
        return check(file, n, field, limit);
    }

    /** An optional count (null when absent or null) inside its cap. */
    public static Integer optionalCount(Path file, JsonNode parent, String field, String name, Limits limit) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull()) return null;
        return check(file, n, name, limit);
    }

    private static int check(Path file, JsonNode n, String field, Limits limit) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw bad(file, field, "must be a whole number in [" + limit.min() + ", " + limit.max() + "] (" + limit.what() + "), but was "
                    + shown(n));
        }
        String complaint = limit.complaint(file + ": " + field, n.asLong());
        if (complaint != null) throw new ScenarioException(complaint);
        return (int) n.asLong();
    }

    /** An optional whole number (a seed), null when absent or null. */
    public static Long optionalLong(Path file, JsonNode parent, String field, String name) {
        JsonNode n = parent.path(field);
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isIntegralNumber() || !n.canConvertToLong()) throw bad(file, name, "must be a whole number, but was " + shown(n));
        return n.asLong();
    }

    /** A required month, YYYY-MM. */
    public static YearMonth month(Path file, JsonNode m, String field) {
        JsonNode n = m.path(field);
        if (!n.isTextual()) throw bad(file, field, "must be a month (YYYY-MM), but was " + shown(n));
        try {
            YearMonth ym = YearMonth.parse(n.asText());
            if (ym.getYear() < 1 || ym.getYear() > 9999) throw new DateTimeException("year");
            return ym;
        } catch (DateTimeException e) {
            throw bad(file, field, "must be a month (YYYY-MM), but was " + shown(n));
        }
    }

    /** One line: file: field: rule. */
    public static ScenarioException bad(Path file, String field, String rule) {
        return new ScenarioException(file + ": " + field + ": " + rule);
    }

    /** A value as shown in a message: its JSON type, or a short clipped text. */
    static String shown(JsonNode n) {
        if (n == null || n.isMissingNode()) return "missing";
        if (n.isNull()) return "null";
        if (n.isContainerNode()) return n.isArray() ? "a list" : "a mapping";
        String t = n.isTextual() ? "\"" + n.asText() + "\"" : n.asText();
        t = t.replaceAll("[^\\x20-\\x7e]", "?");
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }
}
