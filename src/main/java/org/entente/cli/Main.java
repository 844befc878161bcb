package org.entente.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command. Each verb is a thin class over library code. Exit codes: 0 done,
 * 2 bad input (scenario or command line), 1 anything else.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Sanctions-and-alliance simulation: run scenario files and write outcome CSVs.",
        subcommands = {RunCommand.class, ValidateCommand.class, BenchCommand.class, CompareCommand.class, DiffCommand.class, RerunCommand.class, GuiCommand.class, ReportCommand.class, HindcastCommand.class, CalibrateCommand.class, SensitivityCommand.class, SweepCommand.class, MergeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_INVALID = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(java.nio.file.Path.class, PathArgument::parse);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // bad input found late (a refused destination, a bad manifest) is still bad input: one line per problem, exit 2
            if (ex instanceof org.entente.io.ScenarioException se) {
                for (String p : se.problems()) line.getErr().println(p);
                return EXIT_INVALID;
            }
            if (ex instanceof java.nio.file.InvalidPathException ip) {
                line.getErr().println("entente: not a usable path: " + ip.getReason());
                return EXIT_INVALID;
            }
            line.getErr().println("entente: error: " + ex.getMessage());
            return EXIT_ERROR;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"entente " + org.entente.io.Manifest.engineVersion()
                    + " (model " + org.entente.engine.EngineInfo.MODEL_VERSION + ")"};
        }
    }
}
