package org.entente.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The resolved scenario document as canonical JSON (key order as merged) and its SHA-256. */
final class Canonical {
    private static final JsonFactory JSON = new JsonFactory();

    private Canonical() { }

    static String toJson(Node root) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(g, root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON to memory", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Node n) throws IOException {
        if (n instanceof Node.MapNode m) {
            g.writeStartObject();
            for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (n instanceof Node.ListNode l) {
            g.writeStartArray();
            for (Node i : l.items()) write(g, i);
            g.writeEndArray();
        } else if (n instanceof Node.Scalar s) {
            switch (s.kind()) {
                case STRING -> g.writeString(s.text());
                case INTEGER -> {
                    try {
                        g.writeNumber(Long.parseLong(s.text()));
                    } catch (NumberFormatException e) {
                        g.writeNumber(s.number());
                    }
                }
                case FLOAT -> g.writeNumber(s.number());
                case BOOLEAN -> g.writeBoolean(s.bool());
                case NULL -> g.writeNull();
            }
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of a file, read in a stream (results files can be gigabytes). */
    static String sha256(java.nio.file.Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
