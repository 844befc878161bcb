package org.entente.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command block of README.md, docs/*.md and docs/teaching/*.md works as written.
 *
 * <p>For each Markdown file, in its own scratch copy of the project's tracked files (the real
 * tree is never written), every line of every fenced shell block that runs {@code ./entente} is
 * run with bash, in the order of the file, with the packaged jar; later commands use the results
 * of earlier ones, as a reader's would. A line fails when it exits non-zero or prints an error
 * line (a Java exception, or a line that starts with "error"). Only lines marked in the Markdown
 * are skipped: a trailing {@code # illustrative} on a line, or a {@code <!-- illustrative -->}
 * comment on the line before a block's opening fence (placeholders, Maven itself, Slurm,
 * spark-submit to a cluster, a window that stays open). Lines starting with {@code #} are
 * comments.
 *
 * <p>An integration test (Maven's verify phase, failsafe), because some documented commands are
 * long: the 100-run world ensemble, a 512-sample Sobol analysis, the calibrations. It prints the
 * time of every block, so that the long ones are visible.
 */
class DocsCommandsIT {
    static final Pattern LINE_MARK = Pattern.compile("#\\s*illustrative\\b.*$");
    static final Pattern BLOCK_MARK = Pattern.compile("^<!--\\s*illustrative\\b.*-->$");
    static final Set<String> SHELL = Set.of("", "bash", "sh", "shell", "console");
    static final Pattern ERROR_LINE = Pattern.compile(
            "(?i)^(error|exception)\\b|^\\S*exception\\b|\\bException in thread\\b|^\\s+at [\\w.$]+\\(");
    static final long LINE_TIMEOUT_MINUTES = 30;

    /** One runnable line of a Markdown file: where it starts, and the shell text. */
    record Line(int number, String text) {}

    /** One fenced block that runs {@code ./entente}: its opening line and its lines to run. */
    record Block(int fence, List<Line> lines, int illustrative) {}

    static List<Block> commandBlocks(List<String> md) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < md.size()) {
            String t = md.get(i).strip();
            if (!t.startsWith("```")) {
                i++;
                continue;
            }
            String lang = t.substring(3).strip().toLowerCase(Locale.ROOT);
            int fence = i + 1;
            boolean marked = false;
            for (int k = i - 1; k >= 0; k--) {
                String p = md.get(k).strip();
                if (p.isEmpty()) continue;
                marked = BLOCK_MARK.matcher(p).matches();
                break;
            }
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < md.size() && !md.get(j).strip().startsWith("```")) body.add(md.get(j++));
            i = j + 1;
            if (!SHELL.contains(lang)) continue;
            List<Line> lines = new ArrayList<>();
            int skipped = 0;
            boolean runsEntente = false;
            for (int k = 0; k < body.size(); k++) {
                int number = fence + 1 + k;
                StringBuilder text = new StringBuilder(body.get(k).strip());
                while (text.toString().endsWith("\\") && k + 1 < body.size()) {
                    text.setLength(text.length() - 1);
                    text.append(' ').append(body.get(++k).strip());
                }
                String s = text.toString().strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (s.contains("./entente")) runsEntente = true;
                if (marked || LINE_MARK.matcher(s).find()) {
                    skipped++;
                    continue;
                }
                lines.add(new Line(number, s));
            }
            if (runsEntente) blocks.add(new Block(fence, lines, skipped));
        }
        return blocks;
    }

    static List<Path> markdownFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Paths.get("README.md"));
        for (String dir : new String[] {"docs", "docs/teaching"}) {
            try (Stream<Path> s = Files.list(root.resolve(dir))) {
                s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(p -> files.add(root.relativize(p)));
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandBlockWorksAsWritten() throws IOException {
        Path root = Paths.get("").toAbsolutePath();
        Path jar = Paths.get(System.getProperty("entente.jar", "target/entente.jar")).toAbsolutePath();
        // -Dentente.docs=README.md,docs/sweeps.md runs only those files (while editing them)
        List<String> only = List.of(System.getProperty("entente.docs", "").split(",")).stream().filter(x -> !x.isBlank()).toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path md : markdownFiles(root)) {
            if (!only.isEmpty() && !only.contains(md.toString())) continue;
            List<Block> blocks = commandBlocks(Files.readAllLines(root.resolve(md), StandardCharsets.UTF_8));
            if (blocks.isEmpty()) continue;
            tests.add(DynamicTest.dynamicTest(md.toString(), () -> runFile(root, jar, md, blocks)));
        }
        return tests.stream();
    }

    private static void runFile(Path root, Path jar, Path md, List<Block> blocks) throws Exception {
        assertThat(jar).as("the packaged jar (mvn package runs before this test)").isRegularFile();
        Path scratch = Files.createTempDirectory("entente-docs-");
        Path logs = Files.createTempDirectory("entente-docs-logs-");
        List<String> failures = new ArrayList<>();
        long fileStart = System.nanoTime();
        try {
            copyProject(root, scratch, jar);
            for (Block b : blocks) {
                long t0 = System.nanoTime();
                for (Line line : b.lines()) {
                    String failure = run(scratch, logs, line);
                    if (failure != null) failures.add(md + ":" + line.number() + ": " + failure + "\n    $ " + line.text());
                }
                System.out.printf(Locale.ROOT, "docs: %s:%d  %d lines run, %d illustrative, %.1f s%n", md, b.fence(), b.lines().size(),
                        b.illustrative(), (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "docs: %s  all blocks %.1f s%n", md, (System.nanoTime() - fileStart) / 1e9);
        } finally {
            if (failures.isEmpty()) {
                deleteTree(scratch);
                deleteTree(logs);
            } else {
                System.out.println("docs: scratch copy of " + md + " kept in " + scratch);
            }
        }
        assertThat(failures).as("commands of %s that do not work as written", md).isEmpty();
    }

    /** Runs one line with bash in the scratch copy; null when it worked, else what went wrong. */
    private static String run(Path scratch, Path logs, Line line) throws Exception {
        Path out = logs.resolve(line.number() + ".out");
        Path err = logs.resolve(line.number() + ".err");
        Process p = new ProcessBuilder("bash", "-c", line.text()).directory(scratch.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!p.waitFor(LINE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return "still running after " + LINE_TIMEOUT_MINUTES + " minutes";
        }
        List<String> output = new ArrayList<>(Files.readAllLines(err, StandardCharsets.UTF_8));
        output.addAll(Files.readAllLines(out, StandardCharsets.UTF_8));
        if (p.exitValue() != 0) return "exit code " + p.exitValue() + head(output);
        for (String o : output) {
            if (ERROR_LINE.matcher(o).find()) return "an error line" + head(List.of(o));
        }
        return null;
    }

    private static String head(List<String> output) {
        StringBuilder sb = new StringBuilder();
        output.stream().limit(4).forEach(o -> sb.append("\n    | ").append(o.length() > 300 ? o.substring(0, 300) + "..." : o));
        return sb.toString();
    }

    /** The project's tracked files (as a fresh clone has them) and the packaged jar, newer than the sources. */
    private static void copyProject(Path root, Path scratch, Path jar) throws Exception {
        List<Path> files = trackedFiles(root);
        for (Path f : files) {
            Path to = scratch.resolve(f.toString());
            Files.createDirectories(to.getParent());
            Files.copy(root.resolve(f), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path target = scratch.resolve("target/entente.jar");
        Files.createDirectories(target.getParent());
        Files.copy(jar, target);
        // the launcher rebuilds when a source is newer than the jar: this jar is the one just built
        Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    }

    private static List<Path> trackedFiles(Path root) throws Exception {
        Process p = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        List<Path> files = new ArrayList<>();
        if (p.waitFor() == 0) {
            for (String s : new String(bytes, StandardCharsets.UTF_8).split("\0")) {
                if (!s.isEmpty() && Files.isRegularFile(root.resolve(s))) files.add(Paths.get(s));
            }
            return files;
        }
        // not a git checkout (a source archive): everything but build output, results and VCS data
        Set<String> skip = Set.of("target", "results", ".git");
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && root.relativize(dir).getNameCount() == 1 && skip.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) files.add(root.relativize(file));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** Deletes a folder this test created (and only such a folder). */
    private static void deleteTree(Path dir) throws IOException {
        if (!dir.getFileName().toString().startsWith("entente-docs-")) throw new IllegalArgumentException("not a scratch folder: " + dir);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
