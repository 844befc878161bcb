package org.entente.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.engine.RecordSink;

/**
 * Streams the rows of runs to {@code nations.csv}, {@code dyads.csv} and {@code events.csv}
 * (MODEL.md section 9, fixed column order, UTF-8, Locale.ROOT numbers). Rows go to disk as
 * they come, so memory does not grow with the horizon or the number of runs. Not
 * thread-safe: one writer per output folder, fed run by run.
 */
public final class CsvSink implements AutoCloseable {
    public static final String NATIONS_HEADER = "run,step,month,actor,gdp,gdp_growth,exports,imports,trade_balance,"
            + "sanctioned_trade_share,oil_exports_mbd,milex,capability,alignment_west,alignment_east,defense_partners,stability";
    public static final String DYADS_HEADER = "run,step,month,from,to,exports,alignment,defense,arms,sanction_friction,hostility";
    public static final String EVENTS_HEADER = "run,step,month,event,actors,detail";

    private final Writer nations;
    private final Writer dyads;
    private final Writer events;
    private final StringBuilder line = new StringBuilder(256);

    public CsvSink(Path folder) throws IOException {
        nations = open(folder.resolve("nations.csv"), NATIONS_HEADER);
        dyads = open(folder.resolve("dyads.csv"), DYADS_HEADER);
        events = open(folder.resolve("events.csv"), EVENTS_HEADER);
    }

    private static Writer open(Path p, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }

    /** A sink for one run of the scenario with the given month labels. */
    public RecordSink forRun(int run, java.util.function.IntFunction<String> monthLabel) {
        return new RecordSink() {
            @Override
            public void nation(NationRow r) {
                start(run, r.step(), monthLabel);
                line.append(r.actor()).append(',');
                num(r.gdp()); num(r.gdpGrowth()); num(r.exports()); num(r.imports()); num(r.tradeBalance());
                num(r.sanctionedTradeShare()); num(r.oilExportsMbd()); num(r.milex()); num(r.capability());
                num(r.alignmentWest()); num(r.alignmentEast());
                line.append(r.defensePartners()).append(',');
                Numbers.append(line, r.stability());
                write(nations);
            }

            @Override
            public void dyad(DyadRow r) {
                start(run, r.step(), monthLabel);
                line.append(r.from()).append(',').append(r.to()).append(',');
                num(r.exports()); num(r.alignment()); num(r.defense()); num(r.arms()); num(r.sanctionFriction());
                Numbers.append(line, r.hostility());
                write(dyads);
            }

            @Override
            public void event(EventRow r) {
                start(run, r.step(), monthLabel);
                line.append(quote(r.event())).append(',').append(quote(r.actors())).append(',').append(quote(r.detail()));
                write(events);
            }
        };
    }

    private void start(int run, int step, java.util.function.IntFunction<String> monthLabel) {
        line.setLength(0);
        line.append(run).append(',').append(step).append(',').append(monthLabel.apply(step)).append(',');
    }

    private void num(double v) {
        Numbers.append(line, v);
        line.append(',');
    }

    private void write(Writer w) {
        line.append('\n');
        try {
            w.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting where needed; text from scenarios may hold commas, quotes or newlines. */
    static String quote(String s) {
        if (s == null) return "";
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer w : new Writer[] {nations, dyads, events}) {
            try {
                w.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
