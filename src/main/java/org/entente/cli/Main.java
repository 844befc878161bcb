package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;

import org.entente.io.Limits;
import org.entente.io.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command. Each verb is a thin class over library code. Exit codes: 0 done,
 * 2 bad input (scenario or command line), 1 anything else. Whatever goes wrong ends in one line
 * (a stack trace only with --verbose), and every line printed goes through {@link TerminalWriter}.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Sanctions-and-alliance simulation: run scenario files and write outcome CSVs.",
        subcommands = {RunCommand.class, ValidateCommand.class, BenchCommand.class, CompareCommand.class, DiffCommand.class, RerunCommand.class, GuiCommand.class, ReportCommand.class, HindcastCommand.class, CalibrateCommand.class, SensitivityCommand.class, SweepCommand.class, MergeCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
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
        // double-clicked, or run with no arguments: the classroom
        if (args.length == 0) args = new String[] {"serve"};
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = TerminalWriter.of(rawOut), err = TerminalWriter.of(rawErr);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        try {
            CommandLine cl = new CommandLine(new Main());
            cl.setOut(out);
            cl.setErr(err);
            cl.registerConverter(Path.class, PathArgument::parse);
            cl.setParameterExceptionHandler((ex, given) -> {
                CommandLine c = ex.getCommandLine();
                c.getErr().println("command line: " + oneLine(ex.getMessage()));
                c.getErr().println("see '" + c.getCommandSpec().qualifiedName() + " --help'");
                if (verbose) ex.printStackTrace(c.getErr());
                return EXIT_INVALID;
            });
            cl.setExecutionStrategy(parsed -> {
                CommandLine.ParseResult leaf = parsed;
                while (leaf.hasSubcommand()) leaf = leaf.subcommand();
                String over = overCap(leaf.commandSpec());
                if (over != null) {
                    leaf.commandSpec().commandLine().getErr().println(over);
                    return EXIT_INVALID;
                }
                return new CommandLine.RunLast().execute(parsed);
            });
            cl.setExecutionExceptionHandler((ex, line, parsed) -> failed(ex, line.getErr(), verbose));
            return cl.execute(args);
        } catch (Throwable t) {
            return failed(t, err, verbose);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The first count option of a command whose value is outside its cap in {@link Limits}, as
     * the one line to print, or null when all are inside.
     */
    static String overCap(CommandLine.Model.CommandSpec command) {
        for (CommandLine.Model.OptionSpec o : command.options()) {
            Limits cap = Limits.ofOption(command.name(), o.longestName());
            Object v = o.getValue();
            if (cap == null || !(v instanceof Number n)) continue;
            String complaint = cap.complaint("command line: " + o.longestName(), n.longValue());
            if (complaint != null) return complaint;
        }
        return null;
    }

    /** What a failure means for the user: the exit code and one line of plain words (no Java class names). */
    record Failure(int code, String text) { }

    /**
     * The plain-words form of any failure. A file-system refusal of a path the user gave (no such
     * folder, not a folder, already exists, permission denied, not a usable path) is bad input (2);
     * anything else is a failure (1).
     */
    static Failure failure(Throwable ex) {
        if (ex instanceof OutOfMemoryError) {
            return new Failure(EXIT_ERROR, "out of memory, nothing more written. Use fewer --runs or --threads, or give Java more memory"
                    + " (ENTENTE_JAVA_OPTS=-Xmx4g ./entente ...)");
        }
        if (ex instanceof FileSystemException fe) {
            boolean given = ex instanceof AccessDeniedException || ex instanceof NotDirectoryException || ex instanceof FileAlreadyExistsException
                    || ex instanceof NoSuchFileException || "Not a directory".equals(fe.getReason());
            String reason = ex instanceof AccessDeniedException ? "permission denied"
                    : ex instanceof NotDirectoryException || "Not a directory".equals(fe.getReason()) ? "not a folder (a file is in the way)"
                    : ex instanceof FileAlreadyExistsException ? "already exists and is in the way"
                    : ex instanceof NoSuchFileException ? "no such file or folder"
                    : fe.getReason() != null ? fe.getReason() : "cannot be written";
            return new Failure(given ? EXIT_INVALID : EXIT_ERROR,
                    fe.getFile() + ": " + reason + (fe.getOtherFile() != null ? " (" + fe.getOtherFile() + ")" : ""));
        }
        if (ex instanceof InvalidPathException ip) return new Failure(EXIT_INVALID, "not a usable path: " + ip.getReason());
        if (ex instanceof java.io.UncheckedIOException u && u.getCause() != null) return failure(u.getCause());
        return new Failure(EXIT_ERROR, oneLine(ex.getMessage() != null ? ex.getMessage() : "unexpected failure; --verbose shows where"));
    }

    /** One line for an exception that reached the top (a scenario's problems: each of its lines, exit 2). */
    static int failed(Throwable ex, PrintWriter err, boolean verbose) {
        if (ex instanceof ScenarioException se) {
            for (String p : se.problems()) err.println(p);
            if (verbose) ex.printStackTrace(err);
            return EXIT_INVALID;
        }
        Failure f = failure(ex);
        err.println("entente: error: " + oneLine(f.text()));
        if (verbose) ex.printStackTrace(err);
        return f.code();
    }

    /** A message on one line: line breaks and runs of blanks become one space (the terminal writer escapes the rest). */
    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"entente " + org.entente.io.Manifest.currentEngineVersion()
                    + " (model " + org.entente.engine.EngineInfo.MODEL_VERSION + ")"};
        }
    }
}
