package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.engine.RecordSink;
import org.entente.io.RunWriter;
import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente run SCENARIO}: runs a scenario and writes OUT/&lt;scenario name&gt;/. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario and write nations.csv, dyads.csv, events.csv and manifest.json.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "folder for results (default: ${DEFAULT-VALUE}); the run goes to DIR/<scenario file name>/")
    Path out;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        String name = baseName(options.scenario.getFileName().toString());
        long t0 = System.nanoTime();
        RunWriter.Outcome outcome;
        try {
            outcome = RunWriter.run(loaded, out.resolve(name));
        } catch (Exception e) {
            err.println("entente: run failed, nothing written: " + e);
            if (options.verbose) e.printStackTrace(err);
            return Main.EXIT_ERROR;
        }
        if (!quiet) {
            summary(stdout, loaded, outcome, (System.nanoTime() - t0) / 1e9);
            for (String note : loaded.notes()) stdout.println("Note: " + note + ".");
            var sc = loaded.scenario();
            long beyond = sc.events().stream().filter(e -> sc.stepOf(e.month()) >= sc.months()).count();
            if (beyond > 0) stdout.println("Note: " + beyond + " event(s) dated after the last month were not reached.");
        }
        return Main.EXIT_OK;
    }

    static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static void summary(PrintWriter out, ScenarioLoader.Loaded loaded, RunWriter.Outcome o, double seconds) {
        var s = loaded.scenario();
        out.printf(Locale.ROOT, "%s: %d months from %s, seed %d, %.1f s.%n", s.name(), s.months(), s.start(), s.seed(), seconds);
        out.printf(Locale.ROOT, "%-6s %12s %12s %10s %10s %9s %9s%n", "actor", "GDP start", "GDP end", "change", "oil mb/d",
                "west", "east");
        for (int i = 0; i < o.last().size(); i++) {
            RecordSink.NationRow a = o.first().get(i), b = o.last().get(i);
            out.printf(Locale.ROOT, "%-6s %12.1f %12.1f %9.1f%% %10.2f %9s %9s%n", b.actor(), a.gdp(), b.gdp(),
                    100 * (b.gdp() / a.gdp() - 1), b.oilExportsMbd(), fmt(b.alignmentWest()), fmt(b.alignmentEast()));
        }
        out.println("Results written to " + o.folder());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
