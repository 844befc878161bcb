package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.bench.ActorSubset;
import org.entente.bench.EngineBench;
import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente bench SCENARIO}: how fast the engine runs a scenario (docs/scaling.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine's speed on a scenario after warm-up: nanoseconds per pair and month for the engine"
                + " and for a plain flat-array reference kernel, the time of a whole run, runs per second on 1 and T threads,"
                + " and memory per run. Writes no files. Figures depend on the machine and on what else runs on it."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Option(names = "--json", description = "print one JSON object with the figures instead of a table")
    boolean json;

    @Option(names = "--actors", paramLabel = "N",
            description = "keep only the N actors with the largest GDP (and what refers to them), to see how cost grows with N")
    Integer actors;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2",
            description = "threads for the parallel ensemble measurement (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "8",
            description = "timed runs per measurement, and runs per ensemble (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "2",
            description = "warm-up time before each measurement, at least 3 runs (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--csv", description = "also time ensembles that write the CSVs (dyads included) to a temporary folder")
    boolean csv;

    @Spec
    CommandSpec spec;

    static final int MAX_RUNS = (int) org.entente.io.Limits.BENCH_RUNS.max();
    static final double MAX_WARMUP_SECONDS = 600;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        // --runs and --threads have passed io.Limits in cli.Main before this runs (one cap table, one message)
        if (!(warmup >= 0 && warmup <= MAX_WARMUP_SECONDS)) {
            err.println("command line: --warmup: must be in [0, " + MAX_WARMUP_SECONDS + "] seconds, but was " + warmup);
            return Main.EXIT_INVALID;
        }
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        Scenario s = loaded.scenario();
        if (actors != null) {
            if (actors < 2 || actors > s.actors().size()) {
                err.println("command line: --actors: must be in [2, " + s.actors().size() + "] (the scenario's actors), but was " + actors);
                return Main.EXIT_INVALID;
            }
            s = ActorSubset.largest(s, actors);
        }
        PrintWriter log = json ? new PrintWriter(PrintWriter.nullWriter()) : out;
        EngineBench.Result r = EngineBench.measure(loaded, s, new EngineBench.Options(runs, threads, csv, warmup), log);
        if (json) {
            out.println(EngineBench.json(r));
        } else {
            table(out, s, r);
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private static void table(PrintWriter out, Scenario s, EngineBench.Result r) {
        out.printf(Locale.ROOT, "%s: %d actors, %d directed pairs, %d months; %d timed runs, medians after warm-up.%n",
                s.name(), r.actors(), r.dyads(), r.months(), r.runs());
        out.printf(Locale.ROOT, "  engine            %8.1f ns per pair and month (thread CPU time %.1f; %.1f when dyad rows are not built)%n",
                r.engineNs(), r.engineCpuNs(), r.engineNsNoDyadRows());
        out.printf(Locale.ROOT, "  reference kernel  %8.1f ns per pair and month%n", r.referenceNs());
        out.printf(Locale.ROOT, "  ratio             %8.2f (engine / kernel)%n", r.ratio());
        out.printf(Locale.ROOT, "  one run           %8.3f s (%d months, set-up included)%n", r.runSeconds(), r.months());
        out.printf(Locale.ROOT, "  runs per second   %8.2f on 1 thread, %.2f on %d threads: scaling %.2f (engine only)%n",
                r.runsPerSecond1(), r.runsPerSecondT(), r.threads(), r.scaling());
        if (!Double.isNaN(r.csvRunsPerSecond1())) {
            out.printf(Locale.ROOT, "  with CSVs         %8.2f on 1 thread, %.2f on %d threads: scaling %.2f (dyads.csv included)%n",
                    r.csvRunsPerSecond1(), r.csvRunsPerSecondT(), r.threads(), r.csvScaling());
        }
        out.printf(Locale.ROOT, "  memory            %8.1f MB retained per simulation (GC-settled heap), %.1f MB allocated per run%n",
                r.bytesPerRun() / 1e6, r.allocatedBytesPerRun() / 1e6);
        out.printf(Locale.ROOT, "  (%d processors; wall-clock times depend on what else runs on the machine)%n",
                Runtime.getRuntime().availableProcessors());
    }
}
