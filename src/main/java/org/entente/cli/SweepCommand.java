package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.entente.io.ScenarioException;
import org.entente.io.ScenarioLoader;
import org.entente.sweep.DesignReader;
import org.entente.sweep.LocalEngine;
import org.entente.sweep.Shard;
import org.entente.sweep.Sweep;
import org.entente.sweep.SweepEngine;
import org.entente.sweep.SweepWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente sweep SCENARIO --design FILE}: a parameter sweep, on this machine, as one shard, or on Spark. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario at every point of a parameter design (grid, lhs or sobol) and write each point's summary.csv,"
                + " design.csv, sweep-summary.csv and sweep.json. See docs/sweeps.md.")
final class SweepCommand implements Callable<Integer> {
    /** The Spark engine, loaded by name only when asked for, so that the rest runs without Spark. */
    static final String SPARK_ENGINE = "org.entente.spark.SparkEngine";

    @Mixin
    ScenarioOptions options;

    @Option(names = "--design", paramLabel = "FILE", required = true, description = "the design file (YAML), e.g. sweeps/diversion.yaml")
    Path design;

    @Option(names = "--out", paramLabel = "DIR",
            description = "the sweep's folder (default: results/<scenario>-<design>); it is replaced, if it holds an earlier sweep, only once the new one is complete")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "runs computed at once on this machine (default: the number of cores); the files are the same for any T")
    Integer threads;

    @Option(names = "--shard", paramLabel = "K/N", description = "compute only shard K of N (1-based): the points i with i mod N = K - 1; join the shards with 'entente merge'")
    String shard;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "${sys:entente.engine:-local}",
            description = "local (default) or spark: run the (point, run) tasks as an Apache Spark job; the files are the same")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master URL for --engine spark, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[T])")
    String master;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr(), stdout = spec.commandLine().getOut();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > RunCommand.MAX_THREADS) {
            err.println("command line: --threads: must be in [1, " + RunCommand.MAX_THREADS + "], but was " + t);
            return Main.EXIT_INVALID;
        }
        if (!engine.equals("local") && !engine.equals("spark")) {
            err.println("command line: --engine: must be local or spark, but was \"" + engine + "\"");
            return Main.EXIT_INVALID;
        }
        if (master != null && !engine.equals("spark")) {
            err.println("command line: --master: only with --engine spark");
            return Main.EXIT_INVALID;
        }
        Shard part = Shard.ALL;
        if (shard != null) {
            try {
                part = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                err.println("command line: --shard: " + e.getMessage());
                return Main.EXIT_INVALID;
            }
        }
        ScenarioLoader.Loaded loaded = options.load(err);
        DesignReader.Read read;
        try {
            read = DesignReader.read(design);
        } catch (ScenarioException e) {
            for (String line : e.problems()) err.println(line);
            err.println(e.problems().size() == 1 ? "1 problem in the design: the sweep was not run."
                    : e.problems().size() + " problems in the design: the sweep was not run.");
            return Main.EXIT_INVALID;
        }
        if (loaded == null) return Main.EXIT_INVALID;
        for (String name : read.design().names()) {
            if (loaded.overrides().set().containsKey(name)) {
                err.println("command line: --set " + name + ": the design varies this parameter; leave it out of --set or --params");
                return Main.EXIT_INVALID;
            }
        }
        Sweep sweep = new Sweep(loaded, read, Sweep.masterSeed(loaded, read.design()));
        Path folder = out != null ? out : Path.of("results", RunCommand.baseName(options.scenario.getFileName().toString()) + "-"
                + RunCommand.baseName(design.getFileName().toString()));
        try {
            SweepWriter.checkDestination(folder, java.util.List.of(loaded.file().toAbsolutePath().getParent(),
                    design.toAbsolutePath().getParent()));
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return Main.EXIT_INVALID;
        }
        SweepEngine eng;
        if (engine.equals("spark")) {
            eng = spark(master, t, err);
            if (eng == null) return Main.EXIT_INVALID;
        } else {
            eng = new LocalEngine(t);
        }
        ProgressLine progress = new ProgressLine(err, quiet, "runs");
        long t0 = System.nanoTime();
        SweepWriter.Outcome outcome;
        try (SweepEngine e = eng) {
            outcome = SweepWriter.write(sweep, folder, part, e, progress::sweepDone);
            progress.finish();
        } catch (ScenarioException e) {
            progress.finish();
            for (String line : e.problems()) err.println(line);
            return Main.EXIT_INVALID;
        } catch (OutOfMemoryError e) {
            progress.finish();
            err.println("entente: out of memory, nothing written. Use fewer --threads or give Java more memory (ENTENTE_JAVA_OPTS=-Xmx4g ./entente ...).");
            return Main.EXIT_ERROR;
        } catch (Exception e) {
            progress.finish();
            Main.Failure f = Main.failure(e);
            err.println("entente: sweep failed, nothing written: " + f.text());
            if (options.verbose) e.printStackTrace(err);
            return f.code();
        }
        if (!quiet) {
            var s = loaded.scenario();
            stdout.printf(Locale.ROOT, "%s: %s design over %s, %d point%s x %d run%s%s, %d months, master seed %d, %s engine, %.1f s.%n",
                    s.name(), read.design().method().key(), String.join(", ", read.design().names()), sweep.size(),
                    sweep.size() == 1 ? "" : "s", sweep.runs(), sweep.runs() == 1 ? "" : "s",
                    part.n() > 1 ? " (shard " + part + ": " + outcome.points() + " points)" : "", s.months(), sweep.masterSeed(), engine,
                    (System.nanoTime() - t0) / 1e9);
            stdout.println("Results written to " + CompareCommand.shown(outcome.folder()));
        }
        return Main.EXIT_OK;
    }

    /** The Spark engine, or null after telling how to get Spark when it is not on the classpath. */
    static SweepEngine spark(String master, int threads, PrintWriter err) throws ReflectiveOperationException {
        try {
            Class.forName("org.apache.spark.SparkConf", false, SweepCommand.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            err.println("entente: --engine spark needs Apache Spark 4.0 (Scala 2.13) on the classpath, and it is not there.");
            err.println("  On this machine: use the ./entente launcher, which adds Spark (fetched once by Maven) when it sees --engine spark.");
            err.println("  On a cluster: spark-submit --class org.entente.spark.SparkMain target/entente.jar sweep SCENARIO --design FILE");
            err.println("  See docs/sweeps.md.");
            return null;
        }
        return (SweepEngine) Class.forName(SPARK_ENGINE).getConstructor(String.class, int.class).newInstance(master, threads);
    }
}
