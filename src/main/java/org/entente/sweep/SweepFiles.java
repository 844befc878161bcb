package org.entente.sweep;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.io.Csv;
import org.entente.io.CsvRows;
import org.entente.io.Manifest;
import org.entente.io.ScenarioException;
import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;

/**
 * The files of a sweep folder, written the same way by a sweep, a shard and a merge, so that
 * they are the same bytes. Nothing in them depends on the machine, the time, the thread count,
 * the shard or the engine.
 */
public final class SweepFiles {
    public static final String MANIFEST = "sweep.json";
    public static final String DESIGN = "design.csv";
    public static final String SUMMARY = "sweep-summary.csv";
    public static final String RESOLVED = "scenario.resolved.json";
    /** Written by a shard only; merge leaves it out. */
    public static final String SHARD = "shard.json";
    public static final String POINT_SUMMARY = "summary.csv";

    /** Indented JSON with "\n" line ends on every system. */
    static final com.fasterxml.jackson.databind.ObjectWriter JSON = new ObjectMapper().writer(
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));

    private SweepFiles() { }

    /** The folder of point i: point-0000, point-0001, ... (more digits beyond 9999). */
    public static String pointFolder(int i) {
        return String.format(Locale.ROOT, "point-%04d", i);
    }

    /** A parameter value at full precision: the shortest decimal that reads back as the same double, never an exponent. */
    public static String value(double v) {
        if (v == 0) return "0";
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** design.csv: point, then one column per varied parameter. */
    static String designCsv(Sweep sweep) {
        StringBuilder b = new StringBuilder();
        b.append("point");
        for (String n : sweep.design().names()) Csv.text(b.append(','), n);
        b.append('\n');
        for (int i = 0; i < sweep.size(); i++) b.append(designRow(i, sweep.point(i))).append('\n');
        return b.toString();
    }

    static String designRow(int i, double[] values) {
        StringBuilder b = new StringBuilder().append(i);
        for (double v : values) b.append(',').append(value(v));
        return b.toString();
    }

    /** The header of sweep-summary.csv. */
    static String summaryHeader(List<String> names) {
        return "point," + Csv.textRow(names) + "," + CsvRows.SUMMARY_HEADER;
    }

    /** Months kept in sweep-summary.csv: every December and the final month (as compare tests them). */
    static boolean kept(String month, String endMonth) {
        return month.endsWith("-12") || month.equals(endMonth);
    }

    /**
     * Appends to sweep-summary.csv the rows of a point's summary.csv for the kept months, each
     * prefixed by the point's row of design.csv.
     */
    static void appendRows(Writer out, String designRow, Path pointSummary, String endMonth) throws IOException {
        // a file cut off mid-row (a full disk, a copy stopped half-way) ends without its newline
        long size = Files.size(pointSummary);
        if (size > 0) {
            try (var ch = Files.newByteChannel(pointSummary)) {
                ch.position(size - 1);
                java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
                ch.read(last);
                if (last.get(0) != '\n') {
                    throw new ScenarioException(pointSummary + ": cut off: its last row has no end of line (the file is incomplete)");
                }
            }
        }
        int fields = CsvRows.SUMMARY_HEADER.split(",", -1).length;
        try (Csv csv = Csv.open(pointSummary)) {
            if (!CsvRows.SUMMARY_HEADER.equals(String.join(",", csv.header()))) {
                throw new ScenarioException(pointSummary + ":1: not a summary.csv (its header is not " + CsvRows.SUMMARY_HEADER + ")");
            }
            for (String[] row; (row = csv.nextRaw()) != null; ) {
                if (row.length != fields) {
                    throw new ScenarioException(pointSummary + ":" + csv.line() + ": malformed row: must have " + fields + " fields, like the header");
                }
                if (!kept(row[2], endMonth)) continue;
                out.write(designRow);
                out.write(',');
                out.write(csv.record());
                out.write('\n');
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(pointSummary + ": not UTF-8 text");
        } catch (IllegalArgumentException e) {
            // an empty file, an unterminated quoted field: named with file and line by Csv
            throw new ScenarioException(e.getMessage().endsWith("empty file")
                    ? pointSummary + ":1: not a summary.csv (its header is not " + CsvRows.SUMMARY_HEADER + ")" : e.getMessage());
        }
    }

    static String endMonth(Scenario s) {
        return s.monthLabel(s.months() - 1);
    }

    /** Writes a JSON file (sweep.json, shard.json) indented, with "\n" line ends. */
    static void write(Path file, Object json) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(json));
    }
}
