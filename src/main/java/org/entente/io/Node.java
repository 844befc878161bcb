package org.entente.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario document that remembers where each value stood (file, line, column), so
 * that a validation error can point at it. Immutable once built.
 */
public sealed interface Node {
    Path file();
    int line();
    int column();

    /** A short description of the value for error messages ("the string \"x\"", "a list"). */
    String describe();

    /** A mapping; {@code keyPositions} holds the line and column of each key as written (may be empty). */
    record MapNode(Path file, int line, int column, Map<String, Node> entries, Map<String, int[]> keyPositions) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyPositions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
        }

        public MapNode(Path file, int line, int column, Map<String, Node> entries) {
            this(file, line, column, entries, Map.of());
        }

        public String describe() { return "a mapping"; }
        public Node get(String key) { return entries.get(key); }

        /** A node standing at the key itself (for messages about the key, such as an unknown key). */
        public Node keyNode(String key) {
            int[] at = keyPositions.get(key);
            if (at == null) return entries.get(key);
            return new Scalar(file, at[0], at[1], Scalar.Kind.STRING, key, Double.NaN, false);
        }
    }

    record ListNode(Path file, int line, int column, List<Node> items) implements Node {
        public ListNode { items = List.copyOf(items); }
        public String describe() { return "a list"; }
    }

    /** A scalar; {@code kind} tells how the parser typed it. */
    record Scalar(Path file, int line, int column, Kind kind, String text, double number, boolean bool) implements Node {
        public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        public String describe() {
            return switch (kind) {
                case STRING -> "the text \"" + Problems.clip(text) + "\"";
                case INTEGER, FLOAT -> Problems.clip(text);
                case BOOLEAN -> Boolean.toString(bool);
                case NULL -> "empty (null)";
            };
        }
    }
}
