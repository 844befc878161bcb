package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.model.Param;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Integer and flag parameters refuse values of the wrong kind, in the file and on the command line, with one line each. */
class ParameterKindTest {
    @TempDir Path dir;

    @Test
    @DisplayName("an integer parameter refuses 2.5 under parameters: and after --set, and takes 3")
    void integerParameterRefusesAFraction() throws IOException {
        Path file = write("int.yaml", InvalidScenarioTest.BASE + "parameters:\n  decay_months: 2.5\n");
        assertThat(single(file, ScenarioLoader.Overrides.NONE))
                .isEqualTo(file + ":60:17: parameters.decay_months: must be a whole number (an integer parameter), but was 2.5");
        Path base = write("base.yaml", InvalidScenarioTest.BASE);
        assertThat(single(base, set("anticipation_months", "2.5")))
                .isEqualTo("command line: --set anticipation_months: must be a whole number (an integer parameter), but was 2.5");
        assertThat(ScenarioLoader.load(base, set("decay_months", "3")).scenario().parameters().get(Param.DECAY_MONTHS)).isEqualTo(3.0);
    }

    @Test
    @DisplayName("a flag refuses 3 (and 0.5) and takes 0 and 1")
    void flagRefusesAnythingButZeroAndOne() throws IOException {
        Path base = write("base.yaml", InvalidScenarioTest.BASE);
        assertThat(single(base, set("gravity_imputation", "3")))
                .isEqualTo("command line: --set gravity_imputation: must be 0 or 1 (a flag), but was 3");
        Path file = write("flag.yaml", InvalidScenarioTest.BASE + "parameters:\n  gravity_imputation: 0.5\n");
        assertThat(single(file, ScenarioLoader.Overrides.NONE))
                .isEqualTo(file + ":60:23: parameters.gravity_imputation: must be 0 or 1 (a flag), but was 0.5");
        assertThat(ScenarioLoader.load(base, set("gravity_imputation", "1")).scenario().parameters().flag(Param.GRAVITY_IMPUTATION)).isTrue();
        assertThat(ScenarioLoader.load(base, set("gravity_imputation", "0")).scenario().parameters().flag(Param.GRAVITY_IMPUTATION)).isFalse();
    }

    @Test
    @DisplayName("every integer or flag default is of its kind, and the kinds are the ones the docs name")
    void defaultsAreOfTheirKind() {
        for (Param p : Param.values()) {
            if (!Double.isNaN(p.defaultValue())) assertThat(p.ofKind(p.defaultValue())).as(p.key()).isTrue();
        }
        assertThat(Param.DECAY_MONTHS.ofKind(2.5)).isFalse();
        assertThat(Param.GRAVITY_IMPUTATION.ofKind(3)).isFalse();
        assertThat(Param.DIVERSION_SHARE.ofKind(0.25)).isTrue();
    }

    @Test
    @DisplayName("a named treaty defence level takes the parameter's value")
    void namedDefenceLevelIsAParameter() throws IOException {
        Path file = Path.of("docs/examples/small-world.yaml"); // one treaty of defense: consultation, one of mutual_defence
        var defaults = ScenarioLoader.load(file, ScenarioLoader.Overrides.NONE).scenario();
        var changed = ScenarioLoader.load(file, set("defense_consultation", "0.3")).scenario();
        List<Double> before = defaults.treaties().stream().map(t -> t.defense()).toList();
        List<Double> after = changed.treaties().stream().map(t -> t.defense()).toList();
        assertThat(before).contains(0.4, 1.0);
        assertThat(after).hasSameSizeAs(before).contains(0.3, 1.0).doesNotContain(0.4);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ScenarioLoader.Overrides set(String name, String value) {
        return new ScenarioLoader.Overrides(Map.of(name, value), null, null);
    }

    private static String single(Path file, ScenarioLoader.Overrides overrides) {
        Throwable t = catchThrowable(() -> ScenarioLoader.load(file, overrides));
        assertThat(t).isInstanceOf(ScenarioException.class);
        List<String> problems = ((ScenarioException) t).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
