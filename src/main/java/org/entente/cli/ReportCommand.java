package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente report RESULTS [--compare RESULTS_B]}: one self-contained HTML page of a results folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML report of a results folder (works offline): fan charts of the key metrics,"
                + " start and end network, event timeline, the scenario's description and sources; with --compare, the"
                + " comparison table and a summary in words.",
                "--png DIR also writes the charts as PNG files for slides."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS", description = "results folder (made by run)")
    Path results;

    @Option(names = "--compare", paramLabel = "RESULTS_B", description = "a second results folder, compared with RESULTS (A) as B")
    Path compare;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the HTML (default: RESULTS/report.html)")
    Path out;

    @Option(names = "--png", paramLabel = "DIR", description = "also write the charts as PNG files into DIR (gdp-IRN.png, network-start.png ...)")
    Path png;

    @Option(names = "--actors", paramLabel = "IDS", split = ",",
            description = "actors to chart, e.g. IRN,RUS, or 'all' (default: IRN, RUS, CHN, USA, EUU, those present)")
    List<String> actors;

    @Option(names = "--metrics", paramLabel = "NAMES", split = ",",
            description = "metrics of nations.csv to chart (default: gdp, exports, oil_exports_mbd, sanctioned_trade_share,"
                    + " alignment_west, alignment_east)")
    List<String> metrics;

    @Option(names = "--force", description = "with --compare: compare even folders from different engine versions, months or actors")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Report.Outcome done;
        try {
            done = Report.make(new Report.Options(results, compare, out, png, actors, metrics, force,
                    CompareCommand.RELATIVE, CompareCommand.UNIT_SCALE));
        } catch (IllegalArgumentException e) {
            err.println(oneLine(e.getMessage()));
            return Main.EXIT_INVALID;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            Main.Failure f = Main.failure(e);
            err.println("entente: error: " + f.text());
            return f.code();
        }
        for (String w : done.warnings()) o.println("Warning: " + w);
        o.println("Report written to " + CompareCommand.shown(done.html()));
        if (png != null) o.println(done.pngs().size() + " PNG files written to " + CompareCommand.shown(png));
        return Main.EXIT_OK;
    }

    private static String oneLine(String s) { return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " "); }

    /**
     * Runs {@code report} on its own with the given arguments and streams, the way
     * {@link Main#execute} runs the whole command line (same exit codes): for tests, and until
     * the command is registered in Main.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("entente: error: " + ex.getMessage());
            return Main.EXIT_ERROR;
        });
        return cl.execute(args);
    }
}
