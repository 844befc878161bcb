package org.entente.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV reader and the one CSV writer of Entente: every table it writes goes through
 * {@link #text} and {@link #number}, every table it reads (its own results, and the countries,
 * targets and design tables a user gives) through {@link #open}.
 *
 * <p>Writing: RFC 4180 quoting (a field holding a comma, a quote, CR or LF is quoted, inner
 * quotes doubled). Text cells are neutralised against spreadsheet formula injection as OWASP
 * recommends: a text cell beginning with {@code = + - @}, TAB or CR (after any leading
 * apostrophes) gets a leading {@code '} and is always quoted. Whether a cell is text or a number is
 * decided by the method that writes it, never by looking at the text, so a number such as -1.5
 * stays -1.5 and a treaty named "-1.5" is written {@code "'-1.5"}.
 *
 * <p>Reading: a UTF-8 byte order mark at the start is skipped; quoted fields may hold commas,
 * doubled quotes and newlines; a quoted field the writer neutralised reads back as the original
 * text; every problem names {@code file:line:column}. A reader is not thread-safe; the static
 * writing methods are stateless and thread-safe.
 */
public final class Csv implements AutoCloseable {
    private static final char BOM = '\uFEFF';

    private final Path file;
    private final BufferedReader in;
    private final List<String> header;
    private int physical, recordLine;
    private final List<int[]> starts = new ArrayList<>();
    /** The last record as written: its physical lines joined by LF, without the final line end. */
    private final StringBuilder record = new StringBuilder(256);

    private Csv(Path file, BufferedReader in) throws IOException {
        this.file = file;
        this.in = in;
        String[] h = nextRaw(true);
        this.header = h == null ? null : List.of(h);
    }

    // ------------------------------------------------------------------ writing

    /** Appends a text cell: neutralised if a spreadsheet would read it as a formula, quoted where RFC 4180 needs it. */
    public static StringBuilder text(StringBuilder b, String s) {
        if (s == null || s.isEmpty()) return b;
        boolean formula = formulaLike(s);
        boolean needs = formula;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs) return b.append(s);
        b.append('"');
        if (formula) b.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') b.append('"');
            b.append(c);
        }
        return b.append('"');
    }

    /** A text cell as {@link #text(StringBuilder, String)} writes it. */
    public static String text(String s) {
        return text(new StringBuilder(s == null ? 0 : s.length() + 4), s).toString();
    }

    /** Appends a number cell in the CSV contract's format ({@link Numbers}): never neutralised, never quoted. */
    public static StringBuilder number(StringBuilder b, double v) {
        Numbers.append(b, v);
        return b;
    }

    /** A number cell as {@link #number(StringBuilder, double)} writes it. */
    public static String number(double v) { return Numbers.format(v); }

    /** A line of text cells joined by commas (a header, say), without the newline. */
    public static String textRow(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            text(b, cells.get(i));
        }
        return b.toString();
    }

    /** True when a spreadsheet would take the text for a formula: it begins, after any apostrophes, with = + - @ TAB or CR. */
    static boolean formulaLike(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') i++;
        if (i == s.length()) return false;
        char c = s.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    // ------------------------------------------------------------------ reading

    /**
     * Opens a table and reads its header. A missing file, or one without a header, is an
     * {@link IllegalArgumentException} naming the file.
     */
    public static Csv open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file.getParent() + ": has no " + file.getFileName());
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            Csv c = new Csv(file, in);
            if (c.header == null) throw new IllegalArgumentException(file + ": empty file");
            return c;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public Path file() { return file; }

    /** The header's fields. */
    public List<String> header() { return header; }

    /** Index of a named column; a missing column names the file. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException(file + ":1: no column " + name + " in the header");
        return i;
    }

    /** The line number where the last record returned began. */
    public int line() { return recordLine; }

    /** {@code file:line:column} of a field of the last record read (column counted in characters, from 1). */
    public String where(int field) {
        if (field < 0 || field >= starts.size()) return file + ":" + recordLine;
        int[] s = starts.get(field);
        return file + ":" + s[0] + ":" + s[1];
    }

    /** The next row, or null at the end; a row with fewer fields than the header is an error. */
    public String[] next() throws IOException {
        String[] f = nextRaw(false);
        if (f != null && f.length < header.size()) {
            throw new IllegalArgumentException(where(f.length - 1) + ": too few columns: " + f.length + " of the header's " + header.size());
        }
        return f;
    }

    /**
     * The text of the last record read, as written in the file (quotes and all), without its line
     * end: what a tool that passes rows through unchanged writes out again.
     */
    public String record() { return record.toString(); }

    /** The next record as written, whatever its number of fields, or null at the end of the file. */
    public String[] nextRaw() throws IOException { return nextRaw(false); }

    /** A field as a number (empty is NaN, inf and -inf are infinities); anything else is an error naming file, line and column. */
    public double number(String[] row, int column) {
        String text = row[column];
        if (text.isEmpty()) return Double.NaN;
        if (text.equals("inf")) return Double.POSITIVE_INFINITY;
        if (text.equals("-inf")) return Double.NEGATIVE_INFINITY;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where(column) + ": " + header.get(column) + ": must be a number, but was \""
                    + Problems.clip(text) + "\"");
        }
    }

    /** A field as a whole number. */
    public int integer(String[] row, int column) {
        try {
            return Integer.parseInt(row[column]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where(column) + ": " + header.get(column) + ": must be a whole number, but was \""
                    + Problems.clip(row[column]) + "\"");
        }
    }

    private final char[] buf = new char[8192];
    private int pos, end;
    private final StringBuilder lineText = new StringBuilder(256);

    /** One physical line up to LF, keeping any CR (so that a CR inside a quoted field survives); null at the end. */
    private String readLine() throws IOException {
        lineText.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? lineText.toString() : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') pos++;
            lineText.append(buf, start, pos - start);
            if (pos < end) {
                pos++;
                return lineText.toString();
            }
        }
    }

    private String[] nextRaw(boolean first) throws IOException {
        String text = readLine();
        if (text == null) return null;
        if (first && !text.isEmpty() && text.charAt(0) == BOM) text = text.substring(1);
        physical++;
        recordLine = physical;
        starts.clear();
        record.setLength(0);
        record.append(text);
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false, wasQuoted = false;
        starts.add(new int[] {physical, 1});
        for (int i = 0; ; i++) {
            if (i == text.length()) {
                if (!quoted) {
                    if (text.endsWith("\r")) f.setLength(f.length() - 1);
                    break;
                }
                String more = readLine();
                if (more == null) {
                    int[] s = starts.get(starts.size() - 1);
                    throw new IllegalArgumentException(file + ":" + s[0] + ":" + s[1] + ": unterminated quoted field");
                }
                physical++;
                f.append('\n');
                record.append('\n').append(more);
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
            } else if (c == '"' && f.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field(f, wasQuoted));
                f.setLength(0);
                wasQuoted = false;
                starts.add(new int[] {physical, i + 2});
            } else {
                f.append(c);
            }
        }
        fields.add(field(f, wasQuoted));
        if (record.length() > 0 && record.charAt(record.length() - 1) == '\r') record.setLength(record.length() - 1);
        return fields.toArray(new String[0]);
    }

    /** A field's text; a quoted field that the writer neutralised loses the apostrophe it was given. */
    private static String field(StringBuilder f, boolean quoted) {
        if (quoted && f.length() > 1 && f.charAt(0) == '\'' && formulaLike(f.substring(1))) return f.substring(1);
        return f.toString();
    }

    @Override
    public void close() throws IOException { in.close(); }
}
