package org.entente.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.entente.io.ScenarioException;
import org.entente.model.Param;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design files: what is read, and every rule with the exact line each breach gives. */
class DesignReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private List<String> problems(Path f) {
        try {
            DesignReader.read(f);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in " + f);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        String shipped = Files.readString(Paths.get("sweeps/diversion.yaml"));
        DesignReader.Read d = DesignReader.read(file("bom.yaml", "\uFEFF" + shipped));
        assertThat(d.design().size()).isEqualTo(16);
        assertThat(d.design().names()).containsExactly("diversion_share", "diversion_market_weight");
    }

    @Test
    void theShippedDesignsAreValid() {
        DesignReader.Read d = DesignReader.read(Paths.get("sweeps/diversion.yaml"));
        assertThat(d.design().method()).isEqualTo(Design.Method.GRID);
        assertThat(d.design().names()).containsExactly("diversion_share", "diversion_market_weight");
        assertThat(d.design().size()).isEqualTo(16);
        assertThat(d.design().runs()).isEqualTo(4);
        assertThat(d.design().seed()).isEqualTo(1L);
        assertThat(d.sha256()).hasSize(64);
        DesignReader.Read l = DesignReader.read(Paths.get("sweeps/sanctions-lhs.yaml"));
        assertThat(l.design().method()).isEqualTo(Design.Method.LHS);
        assertThat(l.design().size()).isEqualTo(20);
    }

    @Test
    void defaultsAreOneRunCommonSeedsAndNoSeed() throws Exception {
        Design d = DesignReader.read(file("d.yaml", "method: sobol\nsamples: 8\nparameters:\n  gdp_noise: {min: 1, max: 3}\n")).design();
        assertThat(d.runs()).isEqualTo(1);
        assertThat(d.seed()).isNull();
        assertThat(d.seeds()).isEqualTo(Design.SeedRule.COMMON);
        assertThat(d.parameters()).containsExactly(Design.Dimension.range(Param.GDP_NOISE, 1, 3));
    }

    @Test
    void everyGridRuleIsReportedAtOnceWithLineAndColumn() throws Exception {
        Path f = file("bad.yaml", """
                method: grid
                samples: 10
                runs: 0
                seed: abc
                colour: red
                parameters:
                  diversion_share: {min: 0.9, max: 0.5, steps: 3}
                  diversion_cap: {min: 0, max: 200, steps: 1}
                  no_such_param: {min: 0, max: 1, steps: 2}
                  oil_price: {min: .nan, max: .inf, steps: 2}
                  alignment_rate: {values: [0.1, 0.1, "x"], steps: 2}
                  gdp_noise: {min: 1, max: 2, step: 3}
                """);
        assertThat(problems(f)).containsExactly(
                f + ":5:1: colour: unknown key (allowed: method, samples, runs, seed, seeds, parameters, description, note), but was \"colour\"",
                f + ":2:10: samples: only for lhs and sobol: a grid has one point per combination of its parameters' values, but was 10",
                f + ":3:7: runs: must be in [1, 100000], but was 0",
                f + ":4:7: seed: must be a whole number, but was the text \"abc\"",
                f + ":7:36: parameters.diversion_share.max: must be greater than min (0.9), but was 0.5",
                f + ":8:24: parameters.diversion_cap.min: must be in [1, 100], the allowed range of diversion_cap, but was 0",
                f + ":8:32: parameters.diversion_cap.max: must be in [1, 100], the allowed range of diversion_cap, but was 200",
                f + ":8:44: parameters.diversion_cap.steps: must be in [2, 10000], but was 1",
                f + ":9:3: parameters.no_such_param: unknown parameter (see docs/parameters.md for the names), but was \"no_such_param\"",
                f + ":10:20: parameters.oil_price.min: must be a finite number, but was .nan",
                f + ":10:31: parameters.oil_price.max: must be a finite number, but was .inf",
                f + ":11:52: parameters.alignment_rate.steps: give either values or min, max and steps, not both, but was 2",
                f + ":11:34: parameters.alignment_rate.values[1]: each value may appear once, but was 0.1",
                f + ":11:39: parameters.alignment_rate.values[2]: must be a number, but was the text \"x\"",
                f + ":12:31: parameters.gdp_noise.step: unknown key (allowed: min, max, steps, values, note), but was \"step\"",
                f + ":12:14: parameters.gdp_noise.steps: required for a grid: the number of values from min to max, ends included (at least 2)");
    }

    @Test
    void unknownMethodFractionalRunsAndEmptyParameters() throws Exception {
        Path f = file("bad2.yaml", "method: montecarlo\nruns: 2.5\nparameters: {}\n");
        assertThat(problems(f)).containsExactly(
                f + ":1:9: method: unknown method (grid, lhs or sobol), but was the text \"montecarlo\"",
                f + ":2:7: runs: must be a whole number, but was 2.5",
                f + ":3:13: parameters: must name at least one parameter, but was an empty mapping");
    }

    @Test
    void samplingRulesForLhsAndSobol() throws Exception {
        Path f = file("bad4.yaml", """
                method: sobol
                samples: 0
                seeds: random
                parameters:
                  diversion_share: {values: [0.5, 0.6]}
                  gdp_noise: {min: 1, max: 2, steps: 4}
                  oil_price: 75
                """);
        assertThat(problems(f)).containsExactly(
                f + ":2:10: samples: must be in [1, 100000], but was 0",
                f + ":3:8: seeds: must be common or independent, but was the text \"random\"",
                f + ":5:29: parameters.diversion_share.values: a list of values is for grid designs; sobol needs {min, max}, but was a list",
                f + ":6:38: parameters.gdp_noise.steps: steps is for grid designs; sobol takes the number of points from samples, but was 4",
                f + ":7:14: parameters.oil_price: must be a mapping such as {min: 0.5, max: 0.85}, but was 75");
    }

    @Test
    void missingKeysAreNamed() throws Exception {
        Path f = file("missing.yaml", "runs: 2\n");
        assertThat(problems(f)).containsExactly(
                f + ":1:1: method: required: grid, lhs or sobol",
                f + ":1:1: parameters: required: a mapping of parameter names to {min, max} ranges");
        Path g = file("nosamples.yaml", "method: lhs\nparameters:\n  gdp_noise: {max: 2}\n");
        assertThat(problems(g)).containsExactly(
                g + ":1:1: samples: required for lhs: the number of points",
                g + ":3:14: parameters.gdp_noise.min: required");
    }

    @Test
    void aliasesSyntaxErrorsAndOversizedFilesAreRefused() throws Exception {
        Path a = file("alias.yaml", "method: lhs\nsamples: 4\nparameters:\n  diversion_share: &a {min: 0.5, max: 0.8}\n  diversion_cap: *a\n");
        assertThat(problems(a)).containsExactly(a + ":5:18: YAML aliases (*name) are not allowed in design files: write the value out");
        Path big = file("big.yaml", "method: grid\n" + "#".repeat((int) DesignReader.MAX_FILE_BYTES) + "\n");
        assertThat(problems(big)).singleElement().asString()
                .isEqualTo(big + ": file too large: a design file is at most 262144 bytes, but was 262158");
        Path list = file("list.yaml", "- method: grid\n");
        assertThat(problems(list)).containsExactly(list + ":1:1: a design must be a mapping of keys (method, samples, runs, seed, parameters), but was a list");
        assertThatThrownBy(() -> DesignReader.read(dir.resolve("none.yaml"))).isInstanceOf(ScenarioException.class)
                .hasMessage(dir.resolve("none.yaml") + ": no such file");
    }

    @Test
    void aGridWithTooManyPointsIsRefused() throws Exception {
        Path f = file("huge.yaml", """
                method: grid
                parameters:
                  gdp_noise: {min: 1, max: 2, steps: 1000}
                  oil_price: {min: 50, max: 100, steps: 1000}
                """);
        assertThat(problems(f)).containsExactly(f + ":3:3: parameters: the grid has too many points: at most 100000, but was 1000000");
    }
}
