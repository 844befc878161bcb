package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.cli.Main;
import org.entente.model.ComplianceSpec;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Observed compliance (MODEL.md 3, the top-level {@code compliance:} list): valid rows become
 * their records and are carried through {@code extends}; each broken rule is one located line
 * with exit code 2; diff shows the rows.
 */
class ComplianceInputTest {
    @TempDir
    Path dir;

    private Path with(String name, String tail) throws IOException {
        return Files.writeString(dir.resolve(name), InvalidScenarioTest.BASE + tail, StandardCharsets.UTF_8);
    }

    private static List<String> problems(Path file) {
        Throwable t = catchThrowable(() -> ScenarioLoader.load(file));
        assertThat(t).isInstanceOf(ScenarioException.class);
        return ((ScenarioException) t).problems();
    }

    @Test
    void validRowsBecomeTheirRecords() throws IOException {
        Scenario s = ScenarioLoader.load(with("ok.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: false, source: "CRS IN12267", note: "teapots"}
                  - {buyer: IRN, sender: CHN, target: USA, complies: true, source: "assumption: a test"}
                """)).scenario();
        assertThat(s.compliance()).containsExactly(new ComplianceSpec("CHN", "USA", "IRN", false, "CRS IN12267"),
                new ComplianceSpec("IRN", "CHN", "USA", true, "assumption: a test"));
    }

    @Test
    void eachBrokenRuleIsOneLocatedLine() throws IOException {
        assertThat(problems(with("a.yaml", """
                compliance:
                  - {buyer: ISR, sender: USA, target: IRN, complies: false, source: "x"}
                """))).singleElement().asString().contains("a.yaml:").contains("compliance[0].buyer: unknown actor id (not in actors), but was \"ISR\"");
        assertThat(problems(with("b.yaml", """
                compliance:
                  - {buyer: CHN, sender: UN, target: IRN, complies: false, source: "x"}
                """))).singleElement().asString().contains("compliance[0].sender: unknown actor id");
        assertThat(problems(with("c.yaml", """
                compliance:
                  - {buyer: USA, sender: USA, target: IRN, complies: true, source: "x"}
                """))).singleElement().asString().contains("compliance[0].sender: a sender cannot comply with itself");
        assertThat(problems(with("d.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: false, source: "x"}
                  - {buyer: CHN, sender: USA, target: IRN, complies: true, source: "y", id: again}
                """))).singleElement().asString().contains("compliance[1].buyer: the compliance of CHN with USA against IRN is given twice");
        assertThat(problems(with("e.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: false}
                """))).singleElement().asString().contains("compliance[0].source: is required");
        assertThat(problems(with("f.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: 0.5, source: "x"}
                """))).singleElement().asString().contains("compliance[0].complies: must be true or false");
        assertThat(problems(with("g.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: "yes", source: "x"}
                """))).singleElement().asString().contains("compliance[0].complies: must be true or false");
        assertThat(problems(with("h.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, source: "x"}
                """))).singleElement().asString().contains("compliance[0].complies: is required");
        assertThat(problems(with("j.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: CHN, complies: false, source: "x"}
                """))).singleElement().asString().contains("compliance[0].target: the target must differ from the buyer and the sender");
        assertThat(problems(with("k.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, complies: false, source: "x"}
                """))).singleElement().asString().contains("compliance[0].target: is required");
        assertThat(problems(with("l.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: false, source: "x"}
                  - {buyer: CHN, sender: USA, target: USA, complies: false, source: "x"}
                """))).singleElement().asString().contains("compliance[1].target: the target must differ");
        assertThat(problems(with("i.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: false, source: "x", share: 0.9}
                """))).singleElement().asString().contains("compliance[0]").contains("share");
    }

    @Test
    void theCommandLineRefusesABrokenRowWithExitCode2() throws IOException {
        Path file = with("x.yaml", """
                compliance:
                  - {buyer: CHN, sender: CHN, target: IRN, complies: false, source: "x"}
                """);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(run.err()).contains(file + ":").contains("compliance[0].sender:");
    }

    @Test
    void extendsMergesRowsByBuyerAndSender() throws IOException {
        with("parent.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: false, source: "parent"}
                  - {buyer: IRN, sender: CHN, target: USA, complies: true, source: "parent"}
                """);
        Path child = Files.writeString(dir.resolve("child.yaml"), """
                extends: parent.yaml
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: true, source: "child"}
                  - {buyer: IRN, sender: CHN, target: USA, remove: true}
                  - {buyer: USA, sender: CHN, target: IRN, complies: false, source: "child"}
                """, StandardCharsets.UTF_8);
        Scenario s = ScenarioLoader.load(child).scenario();
        assertThat(s.compliance()).containsExactlyInAnyOrder(new ComplianceSpec("CHN", "USA", "IRN", true, "child"),
                new ComplianceSpec("USA", "CHN", "IRN", false, "child"));
    }

    @Test
    void diffShowsTheRows() throws IOException {
        Path a = with("a.yaml", "");
        Path b = with("b.yaml", """
                compliance:
                  - {buyer: CHN, sender: USA, target: IRN, complies: false, source: "x"}
                """);
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("+ compliance CHN with USA against IRN (complies false)");
    }
}
