package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.cli.Main;
import org.entente.model.EventAction;
import org.entente.model.FinancialMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The financial-sanction events and attributes (MODEL.md 6a, 8) are read like the others: valid
 * ones become their records, and a broken one is refused with one located line naming the field
 * and the rule, and exit code 2. Each case appends one event to {@link InvalidScenarioTest#BASE},
 * so the appended event is {@code events[1]} and its first line is line 59.
 */
class FinancialEventsTest {
    @TempDir
    Path dir;

    private Path withEvent(String event) throws IOException {
        Path file = dir.resolve("finance.yaml");
        return Files.writeString(file, InvalidScenarioTest.BASE + event, StandardCharsets.UTF_8);
    }

    private static List<String> problems(Path file) {
        Throwable t = catchThrowable(() -> ScenarioLoader.load(file));
        assertThat(t).isInstanceOf(ScenarioException.class);
        return ((ScenarioException) t).problems();
    }

    @Test
    void validFinancialEventsBecomeTheirRecords() throws IOException {
        Path file = withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: IRN, measure: reserve_freeze, share: 0.48}
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: IRN, measure: swift}
                  - {month: "2025-04", type: impose_financial_sanction, sender: USA, target: IRN, measure: correspondent_banking, share: 0.5}
                  - {month: "2025-05", type: lift_financial_sanction, sender: USA, target: IRN, measure: swift}
                  - {month: "2025-06", type: lift_financial_sanction, sender: USA, target: IRN}
                  - {month: "2025-06", type: set_attribute, actor: CHN, attribute: financial_exposure, value: 0.4}
                  - {month: "2025-06", type: set_attribute, actor: IRN, attribute: reserves_months, value: 6}
                """);
        List<EventAction> actions = ScenarioLoader.load(file).scenario().events().stream().map(e -> e.action())
                .filter(a -> !(a instanceof EventAction.SetHostility)).toList();
        assertThat(actions).containsExactly(
                new EventAction.ImposeFinancialSanction("USA", "IRN", FinancialMeasure.RESERVE_FREEZE, 0.48),
                new EventAction.ImposeFinancialSanction("USA", "IRN", FinancialMeasure.SWIFT, Double.NaN),
                new EventAction.ImposeFinancialSanction("USA", "IRN", FinancialMeasure.CORRESPONDENT_BANKING, 0.5),
                new EventAction.LiftFinancialSanction("USA", "IRN", FinancialMeasure.SWIFT),
                new EventAction.LiftFinancialSanction("USA", "IRN", null),
                new EventAction.SetAttribute("CHN", org.entente.model.Attribute.FINANCIAL_EXPOSURE, 0.4),
                new EventAction.SetAttribute("IRN", org.entente.model.Attribute.RESERVES_MONTHS, 6));
    }

    @Test
    void aMissingShareOfAReserveFreezeIsRefusedWithItsLine() throws IOException {
        Path file = withEvent("""
                  - month: "2025-03"
                    type: impose_financial_sanction
                    sender: USA
                    target: IRN
                    measure: reserve_freeze
                """);
        assertThat(problems(file)).singleElement().asString().startsWith(file + ":").endsWith("events[1].share: is required");
    }

    @Test
    void eachBrokenRuleIsOneLocatedLine() throws IOException {
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: IRN, measure: sanctions}
                """))).singleElement().asString().contains(":59:")
                .endsWith("events[1].measure: must be swift, reserve_freeze or correspondent_banking, but was the text \"sanctions\"");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: IRN}
                """))).singleElement().asString().contains(":59:").contains("events[1].measure: is required");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: USA, measure: swift}
                """))).singleElement().asString().contains(":59:").endsWith("events[1].target: a financial sanction needs two different actors, but was \"USA\"");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: IRN, measure: reserve_freeze, share: 1.5}
                """))).singleElement().asString().contains(":59:").contains("events[1].share: must be").contains("1.5");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: IRN, measure: swift, share: 0}
                """))).singleElement().asString().contains(":59:").endsWith("events[1].share: must be > 0 (a share of 0 cuts nothing), but was 0");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: lift_financial_sanction, sender: USA, target: IRN, share: 0.5}
                """))).singleElement().asString().contains(":59:").contains("events[1].share: unknown key");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: lift_financial_sanction, sender: USA}
                """))).singleElement().asString().contains("events[1].target: is required");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: set_attribute, actor: CHN, attribute: financial_exposure, value: 1.2}
                """))).singleElement().asString().contains(":59:").contains("events[1].value: must be").contains("1.2");
    }

    @Test
    void theCommandLineRefusesABrokenFinancialSanctionWithExitCode2() throws IOException {
        Path file = withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: ISR, measure: swift}
                """);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(run.err()).contains(file + ":59:").contains("events[1].target: unknown actor id (not in actors), but was \"ISR\"");
    }

    @Test
    void diffShowsTheNewEventTypesInWords() throws IOException {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, InvalidScenarioTest.BASE, StandardCharsets.UTF_8);
        Path b = withEvent("""
                  - {month: "2025-03", type: impose_financial_sanction, sender: USA, target: IRN, measure: reserve_freeze, share: 0.48}
                  - {month: "2025-04", type: impose_financial_sanction, sender: USA, target: IRN, measure: swift}
                  - {month: "2025-05", type: lift_financial_sanction, sender: USA, target: IRN}
                """);
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "+ event 2025-03 impose_financial_sanction USA->IRN reserve_freeze share 0.48",
                "+ event 2025-04 impose_financial_sanction USA->IRN swift",
                "+ event 2025-05 lift_financial_sanction USA->IRN all financial measures");
    }

    @Test
    void anActorsFinancialAttributesAreReadAndRangeChecked() throws IOException {
        String base = InvalidScenarioTest.BASE.replaceFirst("(?m)^(\\s+)trend_growth: ", "$1financial_exposure: 0.87\n$1reserves_months: 20.6\n$1trend_growth: ");
        Path file = Files.writeString(dir.resolve("attr.yaml"), base, StandardCharsets.UTF_8);
        var actor = ScenarioLoader.load(file).scenario().actors().get(0);
        assertThat(actor.financialExposure()).isEqualTo(0.87);
        assertThat(actor.reservesMonths()).isEqualTo(20.6);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), base.replace("financial_exposure: 0.87", "financial_exposure: -0.1"), StandardCharsets.UTF_8);
        assertThat(problems(bad)).singleElement().asString().contains("actors[0].financial_exposure: must be").contains("-0.1");
    }
}
