package org.entente.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.analysis.Calibration;
import org.entente.analysis.Hindcast;
import org.entente.analysis.ParameterRanges;
import org.entente.io.CsvRows;
import org.entente.io.Numbers;
import org.entente.io.ResultFolder;
import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente calibrate SCENARIO --targets FILE --free a,b}: fit parameters to what happened. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit free parameters to hindcast targets with CMA-ES (bounded, common random numbers) and write a parameter file.")
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Option(names = "--targets", paramLabel = "FILE", required = true, description = "observed figures (as for hindcast)")
    Path targets;

    @Option(names = "--free", paramLabel = "NAMES", split = ",", required = true, description = "parameters to fit, e.g. diversion_share,milex_multiplier")
    List<String> free;

    @Option(names = "--range", paramLabel = "NAME=MIN:MAX", description = "search range of a free parameter (default: the sensitivity range, docs/validation.md); repeatable")
    java.util.Map<String, String> range = new java.util.LinkedHashMap<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "runs per evaluation, same seeds each time (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "runs computed at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--max-evaluations", paramLabel = "N", defaultValue = "300", description = "budget of objective evaluations (default: ${DEFAULT-VALUE})")
    int maxEvaluations;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/calibration", description = "folder for the results (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (runs < 1 || threads < 1 || maxEvaluations < 10) {
            err.println("command line: --runs and --threads must be at least 1, --max-evaluations at least 10");
            return Main.EXIT_INVALID;
        }
        List<Hindcast.Target> list = HindcastCommand.readTargets(targets, err);
        if (list == null) return Main.EXIT_INVALID;
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        // refused before hours of fitting, and checked again when written
        List<Path> protect = List.of(loaded.file().toAbsolutePath().getParent());
        org.entente.io.Destination.check("--out", out, org.entente.io.Destination.Kind.CALIBRATION, protect, List.of());
        var s = loaded.scenario();
        List<ParameterRanges.Range> ranges = new ArrayList<>();
        for (String name : free) {
            var p = Param.byName(name.trim());
            if (p.isEmpty()) {
                err.println("command line: --free: unknown parameter, but was \"" + name + "\" (see docs/parameters.md)");
                return Main.EXIT_INVALID;
            }
            ParameterRanges.Range r = ParameterRanges.of(p.get(), s.parameters());
            String given = range.get(name.trim());
            if (given != null) {
                String[] mm = given.split(":");
                double lo, hi;
                try {
                    lo = Double.parseDouble(mm[0]);
                    hi = Double.parseDouble(mm.length > 1 ? mm[1] : "x");
                } catch (NumberFormatException e) {
                    err.println("command line: --range " + name + ": must be MIN:MAX, but was \"" + given + "\"");
                    return Main.EXIT_INVALID;
                }
                if (!(lo < hi) || lo < p.get().min() || hi > p.get().max()) {
                    err.println("command line: --range " + name + ": must be MIN < MAX inside [" + Numbers.format(p.get().min()) + ", "
                            + Numbers.format(p.get().max()) + "], but was " + given);
                    return Main.EXIT_INVALID;
                }
                r = new ParameterRanges.Range(p.get(), lo, hi, "given with --range");
            }
            ranges.add(r);
        }
        for (String name : range.keySet()) {
            if (!free.stream().map(String::trim).toList().contains(name)) {
                err.println("command line: --range " + name + ": not one of the --free parameters");
                return Main.EXIT_INVALID;
            }
        }
        o.printf(Locale.ROOT, "Fitting %s of %s to %s (%d runs an evaluation, at most %d evaluations).%n",
                String.join(", ", free), s.name(), targets, runs, maxEvaluations);
        ProgressLine progress = new ProgressLine(err, false, "evaluations");
        Calibration.Result r = Calibration.calibrate(s, list, ranges, runs, threads, maxEvaluations, s.seed(),
                n -> progress.runDone(n, maxEvaluations));
        progress.finish();
        o.printf(Locale.ROOT, "%-26s %10s %10s %10s %10s%n", "parameter", "min", "max", "before", "fitted");
        for (int i = 0; i < ranges.size(); i++) {
            o.printf(Locale.ROOT, "%-26s %10.4f %10.4f %10.4f %10.4f%n", ranges.get(i).param().key(), ranges.get(i).min(),
                    ranges.get(i).max(), r.start()[i], r.best()[i]);
        }
        Hindcast.Summary before = Hindcast.summarise(r.fitBefore()), after = Hindcast.summarise(r.fitAfter());
        o.printf(Locale.ROOT, "Objective %.4f before, %.4f after (%d evaluations). Level targets: MAPE %.1f%% -> %.1f%%;"
                        + " growth rates: MAE %.2f -> %.2f points; all targets in percent: MAE %.2f -> %.2f points.%n", r.before(), r.after(),
                r.evaluations(), before.mape(), after.mape(), before.maeGrowth(), after.maeGrowth(), before.maeRates(), after.maeRates());
        try (ResultFolder folder = ResultFolder.create(out, org.entente.io.Destination.Kind.CALIBRATION, protect, List.of())) {
            try (BufferedWriter w = Files.newBufferedWriter(folder.path().resolve("parameters.yaml"), StandardCharsets.UTF_8)) {
                w.write("# Fitted by: entente calibrate " + loaded.file().getFileName() + " --targets " + targets.getFileName()
                        + " --free " + String.join(",", free) + "\n");
                w.write("# Use it with: ./entente run SCENARIO --params " + out.resolve("parameters.yaml") + "\n");
                w.write("parameters:\n");
                for (int i = 0; i < ranges.size(); i++) w.write("  " + ranges.get(i).param().key() + ": " + Numbers.format(r.best()[i]) + "\n");
            }
            try (BufferedWriter w = Files.newBufferedWriter(folder.path().resolve("fit.csv"), StandardCharsets.UTF_8)) {
                w.write("target,subject,partner,period,unit,observed,before,after,error_pct_before,error_pct_after,status\n");
                for (int i = 0; i < r.fitBefore().size(); i++) {
                    Hindcast.Scored b = r.fitBefore().get(i), a = r.fitAfter().get(i);
                    var t = b.target();
                    w.write(t.target() + "," + t.subject() + "," + t.partner() + "," + t.period() + "," + t.unit() + ","
                            + Numbers.format(t.value()) + "," + Numbers.format(b.simulated()) + "," + Numbers.format(a.simulated()) + ","
                            + (b.scored() ? Numbers.format(b.errorPct()) : "") + "," + (a.scored() ? Numbers.format(a.errorPct()) : "")
                            + "," + CsvRows.quote(a.status()) + "\n");
                }
            }
            folder.commit();
        }
        o.println("Written to " + CompareCommand.shown(out) + " (parameters.yaml, fit.csv)");
        return Main.EXIT_OK;
    }
}
