package org.entente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.analysis.Hindcast;
import org.entente.analysis.ResultSet;
import org.entente.io.AtomicFile;
import org.entente.io.Destination;
import org.entente.io.EnsembleWriter;
import org.entente.io.Numbers;
import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente hindcast SCENARIO --targets FILE}: how well does the model reproduce what happened? */
@Command(name = "hindcast", mixinStandardHelpOptions = true,
        description = "Run an ensemble of a historical scenario and score it against observed figures (hindcast.csv).")
final class HindcastCommand implements Callable<Integer> {
    static final String HEADER = "target,subject,partner,period,unit,observed,simulated,sim_p05,sim_p95,error,error_pct,inside_band,status";

    @Mixin
    ScenarioOptions options;

    @Option(names = "--targets", paramLabel = "FILE", required = true, description = "observed figures (CSV: target, subject, partner, period, value, unit, source, ...)")
    Path targets;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "runs in the ensemble (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "runs computed at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "folder for results (default: results, where --set, --params, --months or --seed give the run its own folder name)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (runs < 2 || runs > RunCommand.MAX_RUNS || threads < 1 || threads > RunCommand.MAX_THREADS) {
            err.println("command line: --runs must be in [2, " + RunCommand.MAX_RUNS + "] and --threads in [1, " + RunCommand.MAX_THREADS + "]");
            return Main.EXIT_INVALID;
        }
        List<Hindcast.Target> list = readTargets(targets, err);
        if (list == null) return Main.EXIT_INVALID;
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        Path folder = EnsembleWriter.run(loaded, RunCommand.parent(out).resolve(RunCommand.folderName(options, out == null, loaded)),
                new EnsembleWriter.Options(runs, threads, true), EnsembleWriter.Progress.NONE).folder();
        List<Hindcast.Scored> scored = Hindcast.score(list, ResultSet.open(folder));
        Path csv = folder.resolve("hindcast.csv");
        write(csv, scored);
        o.printf(Locale.ROOT, "%s against %s, %d runs:%n", loaded.scenario().name(), targets, runs);
        o.printf(Locale.ROOT, "%-26s %-4s %-4s %-10s %-8s %10s %10s %21s %8s  %s%n", "target", "sub", "part", "period", "unit",
                "observed", "simulated", "p05 to p95", "error", "band");
        for (Hindcast.Scored s : scored) {
            Hindcast.Target t = s.target();
            if (!s.scored()) {
                o.printf(Locale.ROOT, "%-26s %-4s %-4s %-10s %-8s %10s  %s%n", t.target(), t.subject(), t.partner(), t.period(), t.unit(),
                        Numbers.format(t.value()), s.status());
                continue;
            }
            String error = t.isRate() ? String.format(Locale.ROOT, "%+.1f pt", s.error()) : String.format(Locale.ROOT, "%+.1f%%", s.errorPct());
            o.printf(Locale.ROOT, "%-26s %-4s %-4s %-10s %-8s %10.2f %10.2f %10.2f to %-8.2f %8s  %s%n", t.target(), t.subject(), t.partner(),
                    t.period(), t.unit(), t.value(), s.simulated(), s.p05(), s.p95(), error, s.inside() ? "inside" : "outside");
        }
        Hindcast.Summary sum = Hindcast.summarise(scored);
        o.printf(Locale.ROOT, "Mean absolute percentage error over %d level targets: %.1f%%. Mean absolute error over %d growth rates: %.2f points"
                + " (over all %d targets in percent: %.2f). %d of %d observed values lie inside the simulated 5-95%% band.%n", sum.levels(), sum.mape(),
                sum.growth(), sum.maeGrowth(), sum.rates(), sum.maeRates(), sum.inside(), sum.scored());
        o.println("Written to " + CompareCommand.shown(csv));
        return Main.EXIT_OK;
    }

    /** The targets file, or null after printing why it cannot be read (the caller exits with 2). */
    static List<Hindcast.Target> readTargets(Path file, PrintWriter err) throws java.io.IOException {
        try {
            return Hindcast.readTargets(file);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(file + ": no such file");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
        }
        return null;
    }

    private static void write(Path file, List<Hindcast.Scored> scored) throws Exception {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Hindcast.Scored s : scored) {
            Hindcast.Target t = s.target();
            b.append(t.target()).append(',').append(t.subject()).append(',').append(t.partner()).append(',').append(t.period())
                    .append(',').append(t.unit()).append(',');
            Numbers.append(b, t.value());
            for (double v : s.scored() ? new double[] {s.simulated(), s.p05(), s.p95(), s.error(), s.errorPct()}
                    : new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}) {
                b.append(',');
                Numbers.append(b, v);
            }
            b.append(',').append(s.scored() ? String.valueOf(s.inside()) : "").append(',').append(org.entente.io.CsvRows.quote(s.status())).append('\n');
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write("--out", file, Destination.Kind.HINDCAST_CSV, List.of(), w -> w.write(bytes));
    }
}
