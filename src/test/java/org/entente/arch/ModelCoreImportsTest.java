package org.entente.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The model core (model and engine packages) does no file, network or GUI work. */
class ModelCoreImportsTest {
    private static final List<String> FORBIDDEN = List.of("java.io", "java.nio", "java.net", "javax.swing", "java.awt",
            "com.fasterxml", "sim.display", "sim.portrayal", "org.jfree", "picocli", "org.entente.io", "org.entente.cli",
            "org.entente.gui", "org.entente.report", "org.apache.spark", "org.entente.spark", "org.entente.sweep");
    private static final Pattern REFERENCE = Pattern.compile("\\b(java\\.io|java\\.nio|java\\.net|javax\\.swing|java\\.awt|"
            + "com\\.fasterxml|sim\\.display|sim\\.portrayal|org\\.jfree|picocli|org\\.apache\\.spark|org\\.entente\\.(io|cli|gui|report|spark|sweep))\\.");

    @Test
    void modelAndEngineImportNoIoJacksonOrGui() throws IOException {
        List<String> offences = new ArrayList<>();
        int files = 0;
        for (String pkg : List.of("model", "engine")) {
            try (Stream<Path> s = Files.walk(Paths.get("src/main/java/org/entente", pkg))) {
                for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    files++;
                    int n = 0;
                    for (String line : Files.readAllLines(p)) {
                        n++;
                        String code = line.replaceAll("//.*", "");
                        if (code.trim().startsWith("*") || code.trim().startsWith("/*")) continue;
                        Matcher m = REFERENCE.matcher(code);
                        if (m.find()) offences.add(p + ":" + n + ": " + line.trim());
                    }
                }
            }
        }
        assertThat(files).as("source files scanned").isGreaterThan(10);
        assertThat(offences).as("references to " + FORBIDDEN).isEmpty();
    }

    /** Spark is a provided dependency: only org.entente.spark may use it, so the rest runs without it. */
    @Test
    void onlyTheSparkPackageUsesSpark() throws IOException {
        List<String> offences = new ArrayList<>();
        Path root = Paths.get("src/main/java/org/entente");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".java"))::iterator) {
                if (p.startsWith(root.resolve("spark"))) continue;
                int n = 0;
                for (String line : Files.readAllLines(p)) {
                    n++;
                    if (line.contains("org.apache.spark.") && !line.contains("Class.forName")) offences.add(p + ":" + n + ": " + line.trim());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theScanCatchesAForbiddenImport() {
        assertThat(REFERENCE.matcher("import java.io.File;").find()).isTrue();
        assertThat(REFERENCE.matcher("import com.fasterxml.jackson.core.JsonParser;").find()).isTrue();
        assertThat(REFERENCE.matcher("import java.util.List;").find()).isFalse();
    }
}
