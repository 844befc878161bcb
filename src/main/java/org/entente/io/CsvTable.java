package org.entente.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the numeric tables Entente writes (nations.csv, dyads.csv, summary.csv): a header,
 * then rows of unquoted fields. Columns are found by name, so a table with more columns (the
 * contract allows them) reads the same. Every problem names the file and line. Not thread-safe.
 */
public final class CsvTable implements AutoCloseable {
    private final Path file;
    private final BufferedReader in;
    private final List<String> header;
    private int line = 1;

    private CsvTable(Path file, BufferedReader in, List<String> header) {
        this.file = file;
        this.in = in;
        this.header = header;
    }

    /** Opens a table; a missing file, or one without a header, is an {@link IllegalArgumentException}. */
    public static CsvTable open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file.getParent() + ": has no " + file.getFileName());
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        String header = in.readLine();
        if (header == null) {
            in.close();
            throw new IllegalArgumentException(file + ": empty file");
        }
        return new CsvTable(file, in, List.of(header.split(",", -1)));
    }

    /** Index of a named column. */
    public int column(String name) {
        return Csv.column(header, name, file);
    }

    /** The next row's fields, or null at the end; a row shorter than the header is an error. */
    public String[] next() throws IOException {
        String text = in.readLine();
        if (text == null) return null;
        line++;
        String[] f = text.split(",", -1);
        if (f.length < header.size()) throw new IllegalArgumentException(file + ":" + line + ": too few columns");
        return f;
    }

    /** A field as a number (empty is NaN); anything else is an error naming the file, line and column. */
    public double number(String[] row, int column) {
        String text = row[column];
        if (text.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + header.get(column) + ": must be a number, but was \""
                    + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"");
        }
    }

    /** A field as a whole number. */
    public int integer(String[] row, int column) {
        try {
            return Integer.parseInt(row[column]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": " + header.get(column) + ": must be a whole number, but was \""
                    + row[column] + "\"");
        }
    }

    public int line() { return line; }

    @Override
    public void close() throws IOException { in.close(); }
}
