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
import org.entente.model.OilFlowSpec;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oil market's inputs (MODEL.md 6 and 8): {@code oil_flows:} and the price-cap events are read
 * like the rest: valid ones become their records, a broken one is one located line naming the
 * field and the rule, with exit code 2, and diff shows the events in words.
 */
class OilMarketInputTest {
    @TempDir
    Path dir;

    /** {@link InvalidScenarioTest#BASE} with Iran exporting 1.6 mb/d, and the text appended. */
    private Path with(String name, String tail) throws IOException {
        String base = InvalidScenarioTest.BASE.replace("    ideal_point: -1.3\n", "    ideal_point: -1.3\n    oil_exports: 1.6\n");
        assertThat(base).contains("oil_exports: 1.6");
        return Files.writeString(dir.resolve(name), base + tail, StandardCharsets.UTF_8);
    }

    private static List<String> problems(Path file) {
        Throwable t = catchThrowable(() -> ScenarioLoader.load(file));
        assertThat(t).isInstanceOf(ScenarioException.class);
        return ((ScenarioException) t).problems();
    }

    @Test
    void validOilFlowsAndPriceCapsBecomeTheirRecords() throws IOException {
        Scenario s = ScenarioLoader.load(with("ok.yaml", """
                  - {month: "2025-03", type: impose_price_cap, sender: USA, target: IRN, cap: 50, services_share: 0.3}
                  - {month: "2025-09", type: lift_price_cap, sender: USA, target: IRN}
                oil_flows:
                  - {seller: IRN, buyer: CHN, mbd: 1.48, source: "Kpler"}
                """)).scenario();
        assertThat(s.oilFlows()).containsExactly(new OilFlowSpec("IRN", "CHN", 1.48, "Kpler"));
        assertThat(s.events()).extracting(e -> e.action()).contains(
                new EventAction.ImposePriceCap("USA", "IRN", 50, 0.3), new EventAction.LiftPriceCap("USA", "IRN"));
    }

    @Test
    void eachBrokenRuleIsOneLocatedLine() throws IOException {
        assertThat(problems(with("a.yaml", """
                oil_flows:
                  - {seller: IRN, buyer: CHN, mbd: 1.7}
                """))).singleElement().asString().contains(".yaml:").contains("oil_flows: the flows of IRN sum to more than its oil_exports (1.6 mb/d), but was 1.7");
        assertThat(problems(with("b.yaml", """
                oil_flows:
                  - {seller: CHN, buyer: IRN, mbd: 0.1}
                """))).singleElement().asString().contains("oil_flows[0].seller: the seller must have oil_exports above 0");
        assertThat(problems(with("c.yaml", """
                oil_flows:
                  - {seller: IRN, buyer: IRN, mbd: 0.1}
                """))).singleElement().asString().contains("oil_flows[0].buyer: an oil flow must go to another actor");
        assertThat(problems(with("d.yaml", """
                oil_flows:
                  - {seller: IRN, buyer: CHN, mbd: -1}
                """))).singleElement().asString().contains("oil_flows[0].mbd: must be");
        assertThat(problems(with("e.yaml", """
                oil_flows:
                  - {seller: IRN, buyer: CHN, mbd: 0.5}
                  - {seller: IRN, buyer: CHN, mbd: 0.5, id: second}
                """))).singleElement().asString().contains("oil_flows[1].buyer: the flow IRN->CHN is given twice");
        assertThat(problems(with("f.yaml", """
                  - {month: "2025-03", type: impose_price_cap, sender: USA, target: IRN, cap: 0, services_share: 0.3}
                """))).singleElement().asString().contains("events[1].cap: must be > 0 USD/bbl");
        assertThat(problems(with("g.yaml", """
                  - {month: "2025-03", type: impose_price_cap, sender: USA, target: IRN, cap: 60}
                """))).singleElement().asString().contains("events[1].services_share: is required");
        assertThat(problems(with("h.yaml", """
                  - {month: "2025-03", type: impose_price_cap, sender: USA, target: IRN, cap: 60, services_share: 1.5}
                """))).singleElement().asString().contains("events[1].services_share: must be");
        assertThat(problems(with("i.yaml", """
                  - {month: "2025-03", type: impose_price_cap, sender: USA, target: USA, cap: 60, services_share: 0.5}
                """))).singleElement().asString().contains("events[1].target: a price cap needs two different actors");
    }

    @Test
    void theCommandLineRefusesABrokenOilFlowWithExitCode2() throws IOException {
        Path file = with("x.yaml", """
                oil_flows:
                  - {seller: IRN, buyer: ISR, mbd: 0.1}
                """);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
        assertThat(run.err()).contains(file + ":").contains("oil_flows[0].buyer: unknown actor id (not in actors), but was \"ISR\"");
    }

    @Test
    void diffShowsThePriceCapEventsInWords() throws IOException {
        Path a = with("a.yaml", "");
        Path b = with("b.yaml", """
                  - {month: "2025-03", type: impose_price_cap, sender: USA, target: IRN, cap: 50, services_share: 0.3}
                  - {month: "2025-09", type: lift_price_cap, sender: USA, target: IRN}
                """);
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "+ event 2025-03 impose_price_cap USA->IRN cap 50 USD/bbl, services share 0.3",
                "+ event 2025-09 lift_price_cap USA->IRN price cap");
    }
}
