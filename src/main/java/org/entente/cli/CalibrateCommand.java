package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.analysis.Calibration;
import org.entente.analysis.Episode;
import org.entente.analysis.Hindcast;
import org.entente.analysis.ParameterRanges;
import org.entente.io.Destination;
import org.entente.io.Numbers;
import org.entente.model.Param;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente calibrate SCENARIO --targets FILE --free a,b}: fit parameters to what happened. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit free parameters to hindcast targets with CMA-ES (bounded, common random numbers) and write a parameter file;",
                "with --all one parameter set to every episode at once, reporting each episode's share of the objective."})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    EpisodeOptions episodes;

    @Mixin
    OverrideOptions options;

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
        String conflict = episodes.conflict();
        if (conflict != null) {
            err.println(conflict);
            return Main.EXIT_INVALID;
        }
        for (String name : free) {
            if (Param.byName(name.trim()).isEmpty()) {
                err.println("command line: --free: unknown parameter, but was \"" + name + "\" (see docs/parameters.md)");
                return Main.EXIT_INVALID;
            }
        }
        EpisodeOptions.Loaded loaded = episodes.load(options, err);
        if (loaded == null) return Main.EXIT_INVALID;
        List<Episode> list = loaded.episodes();
        // refused before hours of fitting, and checked again when written
        Destination.check("--out", out, Destination.Kind.CALIBRATION);
        var s = list.get(0).scenario();
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
        o.printf(Locale.ROOT, "Fitting %s to %s (%d runs an evaluation, at most %d evaluations).%n",
                String.join(", ", free), episodes.what(loaded), runs, maxEvaluations);
        ProgressLine progress = new ProgressLine(err, false, "evaluations");
        Calibration.Result r = Calibration.calibrate(list, ranges, runs, threads, maxEvaluations, s.seed(),
                n -> progress.runDone(n, maxEvaluations));
        progress.finish();
        o.printf(Locale.ROOT, "%-26s %10s %10s %10s %10s%n", "parameter", "min", "max", "before", "fitted");
        for (int i = 0; i < ranges.size(); i++) {
            o.printf(Locale.ROOT, "%-26s %10.4f %10.4f %10.4f %10.4f%n", ranges.get(i).param().key(), ranges.get(i).min(),
                    ranges.get(i).max(), r.start()[i], r.best()[i]);
        }
        o.printf(Locale.ROOT, "Objective %.4f before, %.4f after (%d evaluations).%n", r.before(), r.after(), r.evaluations());
        o.printf(Locale.ROOT, "%-22s %16s %16s  %s%n", "episode", "before (share)", "after (share)", "after: " + "level MAPE, growth MAE, change MAE");
        for (int i = 0; i < list.size(); i++) {
            Hindcast.Summary a = Hindcast.summarise(r.fitAfter().get(i));
            o.printf(Locale.ROOT, "%-22s %16s %16s  %s%n", list.get(i).name(),
                    String.format(Locale.ROOT, "%.4f (%.0f%%)", Calibration.objective(r.fitBefore().get(i)), 100 * r.share(i, false)),
                    String.format(Locale.ROOT, "%.4f (%.0f%%)", Calibration.objective(r.fitAfter().get(i)), 100 * r.share(i, true)),
                    (a.levels() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", a.levelMape())) + ", "
                            + (a.growth() == 0 ? "-" : String.format(Locale.ROOT, "%.2f pt", a.growthMae())) + ", "
                            + (a.changes() == 0 ? "-" : String.format(Locale.ROOT, "%.2f pt", a.changeMae())));
        }
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Fitted by: entente calibrate ").append(episodes.all ? "--all --episodes " + episodes.episodes
                        : episodes.scenario.getFileName() + " --targets " + episodes.targets.getFileName())
                .append(" --free ").append(String.join(",", free)).append('\n');
        yaml.append("# Use it with: ./entente run SCENARIO --params ").append(out.resolve("parameters.yaml")).append('\n');
        yaml.append("parameters:\n");
        for (int i = 0; i < ranges.size(); i++) yaml.append("  ").append(ranges.get(i).param().key()).append(": ").append(Numbers.format(r.best()[i])).append('\n');
        StringBuilder fit = new StringBuilder("episode,metric,kind,subject,partner,period,base_period,unit,weight,observed,before,after,"
                + "error_before,error_after,line\n");
        for (int e = 0; e < list.size(); e++) {
            for (int i = 0; i < r.fitBefore().get(e).size(); i++) {
                Hindcast.Scored b = r.fitBefore().get(e).get(i), a = r.fitAfter().get(e).get(i);
                var t = b.target();
                fit.append(list.get(e).name()).append(',').append(t.metric()).append(',').append(t.kind().key()).append(',').append(t.subject())
                        .append(',').append(t.partner()).append(',').append(t.period().text()).append(',').append(t.base() == null ? "" : t.base().text())
                        .append(',').append(t.unit()).append(',');
                for (double v : new double[] {t.weight(), t.value(), b.simulated(), a.simulated(), t.inPoints() ? b.error() : b.errorPct(),
                        t.inPoints() ? a.error() : a.errorPct()}) {
                    Numbers.append(fit, v);
                    fit.append(',');
                }
                fit.append(t.line()).append('\n');
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("parameters.yaml", yaml.toString());
        files.put("fit.csv", fit.toString());
        Episodes.writeFolder(out, Destination.Kind.CALIBRATION, files);
        o.println("Written to " + CompareCommand.shown(out) + " (parameters.yaml, fit.csv)");
        return Main.EXIT_OK;
    }
}
