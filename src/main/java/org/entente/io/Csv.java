package org.entente.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 records one at a time: quoted fields may hold commas, doubled quotes and newlines. */
public final class Csv implements AutoCloseable {
    private final BufferedReader in;
    private final String name;
    private int physical, recordLine;

    public Csv(BufferedReader in, String name) {
        this.in = in;
        this.name = name;
    }

    /** Index of a named column of a header; a missing column names the file. */
    public static int column(List<String> header, String name, Object file) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException(file + ": no column " + name);
        return i;
    }

    /** The line number where the last record returned began. */
    public int line() { return recordLine; }

    /** The next record, or null at the end of the file. */
    public List<String> next() throws IOException {
        String text = in.readLine();
        if (text == null) return null;
        physical++;
        recordLine = physical;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; ; i++) {
            if (i == text.length()) {
                if (!quoted) break;
                String more = in.readLine();
                if (more == null) throw new IllegalArgumentException(name + ":" + recordLine + ": unterminated quoted field");
                physical++;
                f.append('\n');
                text = more;
                i = -1;
                continue;
            }
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"' && f.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    @Override
    public void close() throws IOException { in.close(); }
}
