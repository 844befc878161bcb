package org.entente.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a YAML or JSON scenario file into a located {@link Node} tree with Jackson's streaming
 * parser. Defensive against hostile input: a size cap, a depth cap, a node cap, no YAML aliases
 * (which also rules out alias bombs), no duplicate keys, one document per file.
 */
public final class DocumentParser {
    /** Largest scenario file read, in bytes. */
    public static final long MAX_FILE_BYTES = 1L << 20;
    /** Deepest nesting of lists and mappings. */
    public static final int MAX_DEPTH = 32;
    /** Most values in one file. */
    public static final int MAX_NODES = 200_000;

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path file;
    private int nodes;

    private DocumentParser(Path file) { this.file = file; }

    /** Parses the file; any problem (missing, too large, bad syntax) is a {@link ScenarioException}. */
    public static Node parse(Path file) {
        DocumentParser p = new DocumentParser(file);
        return p.run(p.read());
    }

    /**
     * Parses a document held in memory (a resolved scenario shipped to another machine, say);
     * {@code file} names it in messages and tells YAML from JSON by its extension.
     */
    public static Node parse(Path file, String text) {
        if (text.length() > MAX_FILE_BYTES) {
            throw new ScenarioException(file + ": document too large: at most " + MAX_FILE_BYTES + " characters, but was " + text.length());
        }
        return new DocumentParser(file).run(text);
    }

    private Node run(String text) {
        // a UTF-8 byte order mark (as Windows editors and Excel save) is not part of the document, in YAML or JSON
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try (JsonParser p = json ? JSON.createParser(text) : YAML.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) throw fail(1, 1, "the file is empty: a scenario is a mapping of keys such as name, start, actors");
            Node root = value(p, 0);
            JsonToken next = p.nextToken();
            if (next != null) {
                JsonLocation l = p.currentTokenLocation();
                throw fail(l.getLineNr(), l.getColumnNr(), "more than one document in the file: a scenario is exactly one mapping");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
                // the YAML scanner knows where the problem is (a TAB, say); Jackson's location is the last good token
                String what = (y.getContext() != null ? y.getContext().trim() + "; " : "") + (y.getProblem() == null ? "" : y.getProblem().trim());
                throw fail(y.getProblemMark().getLine() + 1, y.getProblemMark().getColumn() + 1,
                        "YAML syntax error: " + what.replaceAll("\\s*\\n\\s*", "; "));
            }
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage().trim().replaceAll("\\s*\\n\\s*", "; ");
            throw fail(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    (json ? "JSON" : "YAML") + " syntax error: " + msg.trim());
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
    }

    private String read() {
        try {
            if (!Files.isRegularFile(file)) throw new ScenarioException(file + ": no such file");
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioException(file + ": file too large: at most " + MAX_FILE_BYTES + " bytes, but was " + size);
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file + ": not UTF-8 text: a scenario file must be UTF-8");
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
    }

    private ScenarioException fail(int line, int column, String message) {
        StringBuilder b = new StringBuilder(file.toString());
        if (line > 0) b.append(':').append(line).append(':').append(column);
        return new ScenarioException(Problems.sanitize(b.append(": ").append(message).toString()));
    }

    /** A float as YAML writes it, including .nan and .inf, which the validator then rejects by name. */
    private static double floatValue(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case ".nan": return Double.NaN;
            case ".inf": case "+.inf": return Double.POSITIVE_INFINITY;
            case "-.inf": return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(t.replace("_", ""));
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    private Node value(JsonParser p, int depth) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr(), col = l.getColumnNr();
        if (++nodes > MAX_NODES) throw fail(line, col, "too many values: at most " + MAX_NODES + " in one file");
        if (depth > MAX_DEPTH) throw fail(line, col, "nested too deeply: at most " + MAX_DEPTH + " levels");
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw fail(line, col, "YAML aliases (*name) are not allowed in scenarios: write the value out");
        }
        JsonToken tok = p.currentToken();
        switch (tok) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    if (entries.containsKey(key)) {
                        throw fail(kl.getLineNr(), kl.getColumnNr(), "duplicate key \"" + Problems.clip(key) + "\"");
                    }
                    keys.put(key, new int[] {kl.getLineNr(), kl.getColumnNr()});
                    p.nextToken();
                    entries.put(key, value(p, depth + 1));
                }
                return new Node.MapNode(file, line, col, entries, keys);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(value(p, depth + 1));
                return new Node.ListNode(file, line, col, items);
            }
            case VALUE_STRING:
                return new Node.Scalar(file, line, col, Node.Scalar.Kind.STRING, p.getText(), Double.NaN, false);
            case VALUE_NUMBER_INT:
                return new Node.Scalar(file, line, col, Node.Scalar.Kind.INTEGER, p.getText(), p.getValueAsDouble(), false);
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(file, line, col, Node.Scalar.Kind.FLOAT, p.getText(), floatValue(p.getText()), false);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(file, line, col, Node.Scalar.Kind.BOOLEAN, p.getText(), Double.NaN, tok == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new Node.Scalar(file, line, col, Node.Scalar.Kind.NULL, "", Double.NaN, false);
            default:
                throw fail(line, col, "unexpected " + tok + " in the document");
        }
    }
}
