package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.engine.RecordSink;
import org.entente.io.EnsembleWriter;
import org.entente.io.SafeName;
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

    @Option(names = "--out", paramLabel = "DIR",
            description = "folder for results (default: results); the run goes to DIR/<scenario file name>/. Without --out, a run"
                    + " with --set, --params, or a --months or --seed other than the scenario's, goes to"
                    + " results/<scenario file name>--<overrides>/ instead")
    Path out;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "number of runs in the ensemble (default: ${DEFAULT-VALUE}); with more than one, summary.csv is written too")
    int runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "runs computed at once (default: ${DEFAULT-VALUE}); the files are the same for any T")
    int threads;

    @Option(names = "--no-dyads", description = "do not write dyads.csv (it is large for big ensembles)")
    boolean noDyads;

    @Option(names = "--dyads", description = "write dyads.csv even for a scenario of more than " + DYADS_AUTO_MAX
            + " actors (197 countries give 4.7 million rows a run)")
    boolean dyads;

    /** Above this many actors, dyads.csv is written only on request (--dyads). */
    static final int DYADS_AUTO_MAX = 60;
    /** Above this many actors, the printed table shows the largest economies only. */
    static final int TABLE_MAX = 25;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        // --runs and --threads have passed io.Limits in cli.Main before this runs (one cap table, one message)
        if (noDyads && dyads) {
            err.println("command line: --dyads and --no-dyads: give one or the other");
            return Main.EXIT_INVALID;
        }
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        int n = loaded.scenario().actors().size();
        boolean writeDyads = dyads || (!noDyads && n <= DYADS_AUTO_MAX);
        String name = folderName(options.scenario, options, out == null, loaded);
        long t0 = System.nanoTime();
        EnsembleWriter.Outcome outcome;
        ProgressLine progress = new ProgressLine(err, quiet);
        try {
            outcome = EnsembleWriter.run(loaded, parent(out).resolve(name), new EnsembleWriter.Options(runs, threads, writeDyads), progress);
            progress.finish();
        } catch (org.entente.io.ScenarioException e) {
            progress.finish();
            for (String line : e.problems()) err.println(line);
            return Main.EXIT_INVALID;
        } catch (OutOfMemoryError e) {
            progress.finish();
            err.println("entente: out of memory, nothing written. Use fewer --threads, --no-dyads, or give Java more memory"
                    + " (ENTENTE_JAVA_OPTS=-Xmx2g ./entente ...).");
            return Main.EXIT_ERROR;
        } catch (Exception e) {
            progress.finish();
            Main.Failure f = Main.failure(e);
            err.println("entente: run failed, nothing written: " + f.text());
            if (options.verbose) e.printStackTrace(err);
            return f.code();
        }
        if (!quiet) {
            summary(stdout, loaded, outcome, (System.nanoTime() - t0) / 1e9);
            for (String note : loaded.notes()) stdout.println("Note: " + note + ".");
            String plain = baseName(options.scenario.getFileName().toString());
            if (out == null && !name.equals(plain)) {
                stdout.println("Note: the overrides give this run its own folder, " + CompareCommand.shown(outcome.folder())
                        + ", so it does not replace " + CompareCommand.shown(DEFAULT_OUT.resolve(plain)) + ".");
            }
            if (!writeDyads && !noDyads) {
                stdout.printf(Locale.ROOT, "Note: dyads.csv not written: %d actors make %,d pairs a month; add --dyads to write it.%n", n,
                        (long) n * (n - 1));
            }
            var sc = loaded.scenario();
            long beyond = sc.events().stream().filter(e -> sc.stepOf(e.month()) >= sc.months()).count();
            if (beyond > 0) stdout.println("Note: " + beyond + " event(s) dated after the last month were not reached.");
        }
        return Main.EXIT_OK;
    }

    /** Caps on the command line, so that a typo cannot ask for a year of computing. */
    static final int MAX_RUNS = (int) org.entente.io.Limits.RUNS.max();
    static final int MAX_THREADS = (int) org.entente.io.Limits.THREADS.max();

    /** The folder for results when none is given: {@code results}. */
    static final Path DEFAULT_OUT = Path.of("results");

    static Path parent(Path out) { return out != null ? out : DEFAULT_OUT; }

    /** The folder name for a scenario file ({@link SafeName#ofFile}: {@code ...yaml} gives {@code __}, never {@code ..}). */
    static String baseName(String file) {
        return SafeName.ofFile(file);
    }

    /**
     * The name of a run's folder: the scenario file's safe name, and, when {@code withOverrides}
     * (no --out given), the overrides that change the run after {@code --}, in a fixed order
     * (--params files, --set sorted by name, --months, --seed), so that a run with other
     * parameters never replaces the default run's results: {@code baseline-2025--theory-realist}.
     * A --months or --seed equal to the scenario file's own value changes nothing and is left
     * out ({@code fileMonths}, {@code fileSeed}: the file's values, null when unknown). Made safe
     * by {@link SafeName}.
     */
    static String folderName(Path scenario, OverrideOptions o, boolean withOverrides, Long fileMonths, Long fileSeed) {
        String base = baseName(scenario.getFileName() == null ? "" : scenario.getFileName().toString());
        if (!withOverrides) return base;
        List<String> parts = new java.util.ArrayList<>();
        if (o.params != null && o.params.getFileName() != null) parts.add("params-" + SafeName.ofFile(o.params.getFileName().toString()));
        for (var e : new java.util.TreeMap<>(o.set).entrySet()) parts.add(e.getKey() + "-" + e.getValue());
        if (o.months != null && !Long.valueOf(o.months).equals(fileMonths)) parts.add("months-" + o.months);
        if (o.seed != null && !o.seed.equals(fileSeed)) parts.add("seed-" + o.seed);
        return parts.isEmpty() ? base : SafeName.of(base + "--" + String.join("--", parts));
    }

    /** {@link #folderName(Path, OverrideOptions, boolean, Long, Long)} with the months and seed the loaded scenario's file gives. */
    static String folderName(Path scenario, OverrideOptions o, boolean withOverrides, ScenarioLoader.Loaded loaded) {
        Long months = null, seed = null;
        if (withOverrides && (o.months != null || o.seed != null)) {
            try {
                var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(loaded.resolvedJson());
                if (doc.path("months").canConvertToLong()) months = doc.path("months").asLong();
                if (doc.path("seed").canConvertToLong()) seed = doc.path("seed").asLong();
            } catch (java.io.IOException e) {
                // unknown: the overrides are named
            }
        }
        return folderName(scenario, o, withOverrides, months, seed);
    }

    private void summary(PrintWriter out, ScenarioLoader.Loaded loaded, EnsembleWriter.Outcome o, double seconds) {
        var s = loaded.scenario();
        out.printf(Locale.ROOT, "%s: %d months from %s, master seed %d, %d run%s, %.1f s.%n", s.name(), s.months(), s.start(),
                s.seed(), runs, runs == 1 ? "" : "s", seconds);
        if (runs > 1) out.println("Run 0 (summary.csv has the statistics over all runs):");
        out.printf(Locale.ROOT, "%-6s %12s %12s %10s %10s %9s %9s%n", "actor", "GDP start", "GDP end", "change", "oil mb/d",
                "west", "east");
        List<Integer> shown = new java.util.ArrayList<>();
        for (int i = 0; i < o.last().size(); i++) shown.add(i);
        if (shown.size() > TABLE_MAX) {
            shown.sort((x, y) -> Double.compare(o.first().get(y).gdp(), o.first().get(x).gdp()));
            shown = shown.subList(0, TABLE_MAX);
            java.util.Collections.sort(shown);
        }
        for (int i : shown) {
            RecordSink.NationRow a = o.first().get(i), b = o.last().get(i);
            out.printf(Locale.ROOT, "%-6s %12.1f %12.1f %9.1f%% %10.2f %9s %9s%n", b.actor(), a.gdp(), b.gdp(),
                    100 * (b.gdp() / a.gdp() - 1), b.oilExportsMbd(), fmt(b.alignmentWest()), fmt(b.alignmentEast()));
        }
        if (shown.size() < o.last().size()) {
            out.printf(Locale.ROOT, "(the %d largest economies of %d; nations.csv has them all)%n", shown.size(), o.last().size());
        }
        out.println("Results written to " + o.folder());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
