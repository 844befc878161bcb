package org.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.analysis.ParameterRanges;
import org.entente.analysis.ScenarioModel;
import org.entente.analysis.sensitivity.Factor;
import org.entente.analysis.sensitivity.Morris;
import org.entente.analysis.sensitivity.Sobol;
import org.entente.io.Csv;
import org.entente.io.Numbers;
import org.entente.io.ResultFolder;
import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import org.entente.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente sensitivity SCENARIO --method morris|sobol}: which parameters matter for which outcome? */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Global sensitivity analysis of a scenario's outcomes to the model's parameters (Morris screening or Sobol indices).")
final class SensitivityCommand implements Callable<Integer> {
    static final int SHOWN = 10;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--method", paramLabel = "M", defaultValue = "morris", description = "morris (screening) or sobol (variance shares; default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--trajectories", paramLabel = "R", defaultValue = "20", description = "Morris trajectories (default: ${DEFAULT-VALUE})")
    int trajectories;

    @Option(names = "--levels", paramLabel = "P", defaultValue = "4", description = "Morris grid levels, even (default: ${DEFAULT-VALUE})")
    int levels;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "512", description = "Sobol base samples, a power of two (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "500", description = "Sobol bootstrap replicates for the intervals (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "runs averaged at each point, same seeds at every point (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "points computed at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--vary", paramLabel = "NAMES", split = ",", description = "parameters to vary (default: all of MODEL.md 9a)")
    List<String> params = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "METRIC:ACTOR:YYYY-MM", description = "an outcome, e.g. gdp:IRN:2030-01; repeatable (default: Iran's GDP, oil exports and East alignment in the last month)")
    List<String> metricSpecs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "folder for results (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!method.equals("morris") && !method.equals("sobol")) {
            err.println("command line: --method: must be morris or sobol, but was \"" + method + "\"");
            return Main.EXIT_INVALID;
        }
        if (runs < 1 || threads < 1 || trajectories < 2 || samples < 2 || bootstrap < 0 || levels < 2 || levels % 2 != 0) {
            err.println("command line: --runs and --threads must be at least 1, --trajectories and --samples at least 2, --levels even");
            return Main.EXIT_INVALID;
        }
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        String folderName = RunCommand.baseName(options.scenario.getFileName().toString()) + "-" + method;
        // refused before the runs, and checked again when written
        List<Path> protect = List.of(loaded.file().toAbsolutePath().getParent());
        org.entente.io.Destination.check("--out", out.resolve(folderName), org.entente.io.Destination.Kind.SENSITIVITY, protect, List.of());
        Scenario s = loaded.scenario();
        List<Param> chosen = new ArrayList<>();
        for (String name : params) {
            var p = Param.byName(name.trim());
            if (p.isEmpty()) {
                err.println("command line: --vary: unknown parameter, but was \"" + name + "\" (see docs/parameters.md)");
                return Main.EXIT_INVALID;
            }
            chosen.add(p.get());
        }
        List<ScenarioModel.Metric> metrics = new ArrayList<>();
        try {
            List<String> specs = metricSpecs.isEmpty() ? defaults(s) : metricSpecs;
            for (String m : specs) metrics.add(ScenarioModel.Metric.parse(m, s));
        } catch (IllegalArgumentException e) {
            err.println("command line: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
        List<ParameterRanges.Range> ranges = ParameterRanges.of(chosen, s.parameters());
        List<Factor> factors = new ArrayList<>();
        List<Param> varied = new ArrayList<>();
        for (ParameterRanges.Range r : ranges) {
            factors.add(r.factor());
            varied.add(r.param());
        }
        long planned = method.equals("morris") ? (long) trajectories * (factors.size() + 1) : (long) samples * (factors.size() + 2);
        String tooMany = org.entente.io.Limits.POINTS.complaint("command line: --" + (method.equals("morris") ? "trajectories" : "samples")
                + " x (parameters + " + (method.equals("morris") ? 1 : 2) + ")", planned);
        if (tooMany != null) {
            err.println(tooMany);
            return Main.EXIT_INVALID;
        }
        ScenarioModel model = new ScenarioModel(s, varied, metrics, runs);
        double[][] points = method.equals("morris") ? Morris.design(factors, trajectories, levels, s.seed()).points()
                : Sobol.design(factors, samples).points();
        o.printf(Locale.ROOT, "%s: %s over %d parameters, %d points x %d run%s = %d runs on %d threads.%n", s.name(), method,
                factors.size(), points.length, runs, runs == 1 ? "" : "s", points.length * runs, threads);
        ProgressLine progress = new ProgressLine(err, false, "points");
        double[][] outputs = model.evaluateAll(points, threads, done -> progress.runDone(done, points.length));
        progress.finish();
        try (ResultFolder folder = ResultFolder.create(out.resolve(folderName), org.entente.io.Destination.Kind.SENSITIVITY, protect, List.of())) {
            writeRanges(folder.path().resolve("ranges.csv"), ranges);
            writeMatrix(folder.path().resolve("design.csv"), factors.stream().map(Factor::name).toList(), points);
            writeMatrix(folder.path().resolve("outputs.csv"), metrics.stream().map(ScenarioModel.Metric::label).toList(), outputs);
            if (method.equals("morris")) {
                Morris.Result r = Morris.analyse(Morris.design(factors, trajectories, levels, s.seed()), outputs);
                writeMorris(o, folder.path().resolve("morris.csv"), r, metrics);
            } else {
                Sobol.Result r = Sobol.analyse(Sobol.design(factors, samples), outputs, bootstrap, s.seed());
                writeSobol(o, folder.path().resolve("sobol.csv"), r, metrics);
            }
            folder.commit();
            o.println("Written to " + CompareCommand.shown(folder.destination()));
        }
        return Main.EXIT_OK;
    }

    private static List<String> defaults(Scenario s) {
        String last = s.monthLabel(s.months() - 1);
        String actor = s.actors().stream().anyMatch(a -> a.id().equals("IRN")) ? "IRN" : s.actors().get(0).id();
        return List.of("gdp:" + actor + ":" + last, "oil_exports_mbd:" + actor + ":" + last, "alignment_east:" + actor + ":" + last);
    }

    private static void writeRanges(Path file, List<ParameterRanges.Range> ranges) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("parameter,min,max,basis\n");
            for (ParameterRanges.Range r : ranges) {
                w.write(Csv.text(r.param().key()) + "," + Numbers.format(r.min()) + "," + Numbers.format(r.max()) + "," + Csv.text(r.basis()) + "\n");
            }
        }
    }

    private static void writeMatrix(Path file, List<String> columns, double[][] rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("point," + Csv.textRow(columns) + "\n");
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < rows.length; i++) {
                b.setLength(0);
                b.append(i);
                for (double v : rows[i]) {
                    Csv.number(b.append(','), v);
                }
                w.append(b).append('\n');
            }
        }
    }

    private static void writeMorris(PrintWriter o, Path file, Morris.Result r, List<ScenarioModel.Metric> metrics) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("parameter,metric,mu,mu_star,sigma,rank\n");
            for (int m = 0; m < metrics.size(); m++) {
                List<Morris.Effect> effects = new ArrayList<>(r.outputs().get(m));
                effects.sort(Comparator.comparingDouble((Morris.Effect e) -> -e.muStar()));
                boolean none = effects.isEmpty() || !(effects.get(0).muStar() > 0);
                o.println("Ranking for " + metrics.get(m).label() + (none ? ": no parameter moves it over these ranges."
                        : " (mu*, the mean absolute elementary effect, in the metric's units per full range):"));
                for (int k = 0; k < effects.size(); k++) {
                    Morris.Effect e = effects.get(k);
                    w.write(Csv.text(e.factor()) + "," + Csv.text(metrics.get(m).label()) + "," + Numbers.format(e.mu()) + "," + Numbers.format(e.muStar())
                            + "," + Numbers.format(e.sigma()) + "," + (k + 1) + "\n");
                    if (k < SHOWN && e.muStar() > 0) o.printf(Locale.ROOT, "  %2d. %-28s mu* %12.4f  sigma %12.4f%n", k + 1, e.factor(), e.muStar(), e.sigma());
                }
            }
        }
    }

    private static void writeSobol(PrintWriter o, Path file, Sobol.Result r, List<ScenarioModel.Metric> metrics) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("parameter,metric,s1,s1_ci_low,s1_ci_high,st,st_ci_low,st_ci_high,rank\n");
            for (int m = 0; m < metrics.size(); m++) {
                List<Sobol.Indices> idx = new ArrayList<>(r.outputs().get(m));
                idx.sort(Comparator.comparingDouble((Sobol.Indices i) -> Double.isNaN(i.st()) ? 0 : -i.st()));
                o.println("Ranking for " + metrics.get(m).label() + " (total index ST, with 95% bootstrap interval; S1 first-order):");
                for (int k = 0; k < idx.size(); k++) {
                    Sobol.Indices i = idx.get(k);
                    w.write(Csv.text(i.factor()) + "," + Csv.text(metrics.get(m).label()));
                    for (double v : new double[] {i.s1(), i.s1Low(), i.s1High(), i.st(), i.stLow(), i.stHigh()}) w.write("," + Numbers.format(v));
                    w.write("," + (k + 1) + "\n");
                    if (k < SHOWN) {
                        o.printf(Locale.ROOT, "  %2d. %-28s ST %6.3f (%6.3f to %6.3f)  S1 %6.3f%n", k + 1, i.factor(), i.st(), i.stLow(), i.stHigh(), i.s1());
                    }
                }
            }
        }
    }
}
