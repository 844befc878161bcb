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
import org.entente.model.TariffGoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tariff and trade-agreement events (MODEL.md 8) are read like the other events: valid ones
 * become their records, and a broken one is refused with one located line naming the field and
 * the rule, and exit code 2. Each case appends one event to {@link InvalidScenarioTest#BASE}, so
 * the appended event is {@code events[1]} and its first line is line 59.
 */
class TradePolicyEventsTest {
    @TempDir
    Path dir;

    private Path withEvent(String event) throws IOException {
        Path file = dir.resolve("tariff.yaml");
        return Files.writeString(file, InvalidScenarioTest.BASE + event, StandardCharsets.UTF_8);
    }

    private static List<String> problems(Path file) {
        Throwable t = catchThrowable(() -> ScenarioLoader.load(file));
        assertThat(t).isInstanceOf(ScenarioException.class);
        return ((ScenarioException) t).problems();
    }

    @Test
    void validTariffAndAgreementEventsBecomeTheirRecords() throws IOException {
        Path file = withEvent("""
                  - {month: "2025-03", type: impose_tariff, sender: USA, target: CHN, rate: 0.25, goods: energy}
                  - {month: "2025-04", type: impose_tariff, sender: USA, target: CHN, rate: 0.1}
                  - {month: "2025-05", type: lift_tariff, sender: USA, target: CHN, goods: energy}
                  - {month: "2025-05", type: lift_tariff, sender: USA, target: CHN}
                  - {month: "2025-06", type: impose_secondary_tariff, sender: USA, target: IRN, rate: 0.25, threshold: 0.2}
                  - {month: "2025-07", type: lift_secondary_tariff, sender: USA, target: IRN}
                  - {month: "2025-08", type: sign_trade_agreement, actors: [CHN, IRN]}
                """);
        List<EventAction> actions = ScenarioLoader.load(file).scenario().events().stream().map(e -> e.action())
                .filter(a -> !(a instanceof EventAction.SetHostility)).toList();
        assertThat(actions).containsExactly(
                new EventAction.ImposeTariff("USA", "CHN", 0.25, TariffGoods.ENERGY),
                new EventAction.ImposeTariff("USA", "CHN", 0.1, TariffGoods.ALL),
                new EventAction.LiftTariff("USA", "CHN", TariffGoods.ENERGY),
                new EventAction.LiftTariff("USA", "CHN", null),
                new EventAction.ImposeSecondaryTariff("USA", "IRN", 0.25, 0.2),
                new EventAction.LiftSecondaryTariff("USA", "IRN"),
                new EventAction.SignTradeAgreement("CHN-IRN", List.of("CHN", "IRN")));
    }

    @Test
    void aRateOfZeroIsRefusedWithItsLine() throws IOException {
        Path file = withEvent("""
                  - month: "2025-03"
                    type: impose_tariff
                    sender: USA
                    target: CHN
                    rate: 0
                """);
        assertThat(problems(file)).containsExactly(file + ":63:11: events[1].rate: must be > 0 (lift a tariff with lift_tariff), but was 0");
    }

    @Test
    void eachBrokenRuleIsOneLocatedLine() throws IOException {
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_tariff, sender: USA, target: CHN, rate: 0.2, goods: oil}
                """))).singleElement().asString().endsWith(":59:89: events[1].goods: must be all or energy, but was the text \"oil\"");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_tariff, sender: USA, target: USA, rate: 0.2}
                """))).singleElement().asString().contains(":59:").endsWith("events[1].target: a tariff needs two different actors, but was \"USA\"");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_tariff, sender: USA, target: CHN, rate: 11}
                """))).singleElement().asString().contains("events[1].rate: must be").contains("11");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_tariff, sender: USA, target: CHN, rate: 0.2, threshold: 1}
                """))).singleElement().asString().contains("events[1].threshold: unknown key");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_secondary_tariff, sender: USA, target: IRN, rate: 0.2, threshold: -1}
                """))).singleElement().asString().contains("events[1].threshold: must be");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: impose_tariff, sender: USA, rate: 0.2}
                """))).singleElement().asString().contains("events[1].target: is required");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: sign_trade_agreement, actors: [CHN]}
                """))).singleElement().asString().endsWith("events[1].actors: a trade agreement needs at least two parties, but was 1");
        assertThat(problems(withEvent("""
                  - {month: "2025-03", type: sign_trade_agreement, actors: [CHN, CHN]}
                """))).singleElement().asString().contains("events[1].actors: lists a party twice");
    }

    @Test
    void theCommandLineRefusesABrokenTariffWithExitCode2() throws IOException {
        Path file = withEvent("""
                  - {month: "2025-03", type: lift_tariff, sender: USA, target: ISR}
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
                  - {month: "2025-03", type: impose_tariff, sender: USA, target: CHN, rate: 0.25, goods: energy}
                  - {month: "2025-04", type: lift_tariff, sender: USA, target: CHN}
                  - {month: "2025-06", type: impose_secondary_tariff, sender: USA, target: IRN, rate: 0.25, threshold: 0.2}
                  - {month: "2025-07", type: lift_secondary_tariff, sender: USA, target: IRN}
                  - {month: "2025-08", type: sign_trade_agreement, name: Silk, actors: [CHN, IRN]}
                """);
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "+ event 2025-03 impose_tariff USA->CHN rate 0.25 on energy goods",
                "+ event 2025-04 lift_tariff USA->CHN all tariffs",
                "+ event 2025-06 impose_secondary_tariff USA on buyers of IRN oil above 0.2 mb/d, rate 0.25",
                "+ event 2025-07 lift_secondary_tariff USA on buyers of IRN oil",
                "+ event 2025-08 sign_trade_agreement \"Silk\" CHN, IRN");
    }
}
