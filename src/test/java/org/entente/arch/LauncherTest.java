package org.entente.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./entente} launcher's decision for {@code --engine spark}: when it builds the jar with
 * Maven's spark profile, and that it never runs (or stamps as built) a jar without the Spark engine.
 *
 * <p>The launcher runs on a copy of itself beside a small project tree, with stand-ins for
 * {@code mvn} and {@code java} first on the PATH: they write down their arguments, and the
 * stand-in Maven writes the jar or leaves it as it was. A Maven that leaves a jar without the engine
 * is what happened in the doc-command test: its scratch copy's jar is dated a minute ahead, and
 * before the pom set the jar plugin's forceCreation, a -Pspark build finished inside that minute kept
 * the old jar and re-shaded it, so the sweep ended in a missing org.entente.spark.SparkEngine.
 */
class LauncherTest {
    static final String ENGINE = "org/entente/spark/SparkEngine.class";
    static final String SPARK_LINE = "sweep scenarios/baseline-2025.yaml --design sweeps/diversion.yaml --engine spark --master local[2]";

    @TempDir
    Path dir;
    Path project;
    Path jar;
    Path stamp;
    Path classpath;
    Path calls;
    long now = System.currentTimeMillis();

    /** The launcher beside a pom and a source an hour old, and the stand-ins for mvn and java. */
    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        calls = Files.createDirectories(dir.resolve("calls"));
        Path launcher = project.resolve("entente");
        Files.copy(Paths.get("entente"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path source = project.resolve("src/main/java/org/entente/X.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class X {}\n");
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        age(source, -3_600_000);
        age(project.resolve("pom.xml"), -3_600_000);
        Files.createDirectories(project.resolve("target"));
        jar = project.resolve("target/entente.jar");
        stamp = project.resolve("target/spark.built");
        classpath = project.resolve("target/spark.classpath");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // mvn: notes its arguments; writes the class path file it is asked for; with STUB_ENGINE=1 a jar with the engine
        stub(bin.resolve("mvn"), """
                printf '%s\\n' "$*" >> "$STUB_CALLS/mvn"
                for a in "$@"; do case "$a" in -Dmdep.outputFile=*) printf '/spark/spark-core.jar' > "${a#-Dmdep.outputFile=}" ;; esac; done
                if [ "${STUB_ENGINE:-0}" = 1 ]; then cp "$STUB_CALLS/../engine.jar" target/entente.jar; fi
                """);
        stub(bin.resolve("java"), "printf '%s\\n' \"$*\" >> \"$STUB_CALLS/java\"\n");
        writeJar(dir.resolve("engine.jar"), "org/entente/cli/Main.class", ENGINE);
    }

    @Test
    void aSparkBuildThatLeavesTheJarWithoutTheEngineIsAnErrorAndStampsNothing() throws Exception {
        writeJar(jar, "org/entente/cli/Main.class");
        age(jar, 60_000); // as the doc-command test's scratch copy dates it

        Result r = launch(false);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("the Spark build ended without the Spark engine in " + jar);
        assertThat(mvnCalls()).singleElement().asString().contains("-Pspark");
        assertThat(stamp).doesNotExist();
        assertThat(calls.resolve("java")).as("java is not started with a jar that lacks the engine").doesNotExist();
    }

    @Test
    void aStampedJarWithoutTheEngineIsBuiltAgainWithSpark() throws Exception {
        // what the old launcher left behind after the build above: a stamp and a class path, and no engine
        stampedJar("org/entente/cli/Main.class");

        Result r = launch(true);

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(mvnCalls()).singleElement().asString().contains("-Pspark");
        assertThat(stamp).exists();
        assertThat(Files.readString(calls.resolve("java"))).contains("-cp " + jar + ":/spark/spark-core.jar org.entente.cli.Main sweep");
    }

    @Test
    void aJarWithTheEngineAndItsStampIsRunWithoutBuilding() throws Exception {
        stampedJar("org/entente/cli/Main.class", ENGINE);

        Result r = launch(false);

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(calls.resolve("mvn")).as("no build").doesNotExist();
        assertThat(Files.readString(calls.resolve("java"))).contains("-cp " + jar + ":/spark/spark-core.jar org.entente.cli.Main sweep");
    }

    record Result(int exit, String stderr) {}

    private Result launch(boolean mavenWritesTheEngine) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", project.resolve("entente").toString());
        pb.command().addAll(List.of(SPARK_LINE.split(" ")));
        pb.directory(project.toFile()).redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("STUB_CALLS", calls.toString());
        pb.environment().put("STUB_ENGINE", mavenWritesTheEngine ? "1" : "0");
        pb.environment().remove("ENTENTE_JAVA_OPTS");
        Process p = pb.start();
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish within a minute");
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("stderr")));
    }

    /** A jar with these entries, and a Spark class path and a build stamp dated after it. */
    private void stampedJar(String... entries) throws IOException {
        writeJar(jar, entries);
        Files.writeString(classpath, "/spark/spark-core.jar");
        Files.writeString(stamp, "");
        age(classpath, 10_000);
        age(stamp, 10_000);
    }

    private List<String> mvnCalls() throws IOException {
        Path f = calls.resolve("mvn");
        return Files.exists(f) ? Files.readAllLines(f) : List.of();
    }

    private void age(Path f, long millisFromNow) throws IOException {
        Files.setLastModifiedTime(f, FileTime.fromMillis(now + millisFromNow));
    }

    private static void stub(Path f, String body) throws IOException {
        Files.writeString(f, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A jar with these (empty) entries, compressed as Maven's are. */
    private static void writeJar(Path f, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(("bytes of " + e).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
