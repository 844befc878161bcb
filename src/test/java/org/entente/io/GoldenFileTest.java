package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSVs of a tiny fixed-seed scenario must equal the committed ones byte for byte. A change
 * of behaviour shows up here first; regenerating the expected files (-Dentente.regenerateGolden=true)
 * is a deliberate, reviewed change: in that mode the test writes the files and is reported as
 * skipped (aborted), never as a passed comparison.
 */
class GoldenFileTest {
    private static final Path SCENARIO = Paths.get("src/test/resources/golden/tiny.yaml");
    private static final Path EXPECTED = Paths.get("src/test/resources/golden/expected");
    private static final String[] FILES = {"nations.csv", "dyads.csv", "events.csv"};

    @Test
    void tinyScenarioMatchesTheGoldenFiles(@TempDir Path out) throws Exception {
        Path folder = EnsembleWriter.run(ScenarioLoader.load(SCENARIO), out.resolve("tiny"), new EnsembleWriter.Options(1, 1, true), EnsembleWriter.Progress.NONE).folder();
        if (Boolean.getBoolean("entente.regenerateGolden")) {
            Files.createDirectories(EXPECTED);
            for (String f : FILES) {
                Files.copy(folder.resolve(f), EXPECTED.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            // the files now equal this output by construction: comparing them would prove nothing
            Assumptions.abort("golden files regenerated in " + EXPECTED + "; nothing compared. Review the diff, commit it, "
                    + "and run again without -Dentente.regenerateGolden");
        }
        for (String f : FILES) {
            assertThat(Files.readString(folder.resolve(f))).as(f).isEqualTo(Files.readString(EXPECTED.resolve(f)));
        }
    }
}
