package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.model.EventAction;
import org.entente.model.RegimeType;
import org.entente.view.EventText;
import org.junit.jupiter.api.Test;

/**
 * The engine's event rows and {@link EventText} stay in step: every row a run of every event type
 * writes reads as a sentence without raw keys or arrows, except the start data.
 */
class EventTextContractTest {
    @Test
    void everyRowTheEngineWritesReadsAsPlainLanguage() {
        TestScenario t = new TestScenario().actor("AAA", 100).actor("BBB", 50).actor("CCC", 80).actor("DDD", 40);
        t.months = 30;
        t.actor(new org.entente.model.ActorSpec("BLC", "bloc", org.entente.model.ActorKind.BLOC, 0, 0, 100, 1, 1, 0, 0,
                Double.NaN, Double.NaN, false, 1, 0.5, 2, "t"));
        t.actor("EEE", 60, 0, 1.0);
        t.flow("AAA", "BBB", 10).flow("BBB", "AAA", 10).flow("CCC", "DDD", 5).flow("EEE", "CCC", 20).flow("CCC", "AAA", 5);
        t.event(0, new EventAction.SetAlignment("AAA", "CCC", 0.7));
        t.event(1, new EventAction.ImposeSanctions(TestScenario.spec("AAA", "BBB", RegimeType.FINANCIAL, 0.5, false), 0));
        t.event(2, new EventAction.AdjustSanctions("AAA", "BBB", RegimeType.FINANCIAL, 0.8, true, 0));
        t.event(3, new EventAction.LiftSanctions("AAA", "BBB", RegimeType.FINANCIAL, 6));
        t.event(4, new EventAction.SignTreaty(new org.entente.model.TreatySpec("t1", List.of("CCC", "DDD"), null, null, 5,
                List.of(), 0.4, Double.NaN, "t")));
        t.event(5, new EventAction.TreatyInForce("t1"));
        t.event(6, new EventAction.EndTreaty("t1"));
        t.event(7, new EventAction.SetPolicy("maximum_pressure", "AAA", "BBB", 0.3, -1, List.of()));
        t.event(8, new EventAction.WarStart(List.of("CCC", "DDD"), Map.of(), Map.of()));
        t.event(9, new EventAction.WarEnd(List.of("CCC", "DDD"), 0.5));
        t.event(10, new EventAction.SetHostility("AAA", "CCC", 0.3));
        t.event(11, new EventAction.SetAlignment("AAA", "CCC", 0.9));
        t.event(12, new EventAction.RegimeChange("DDD", 1.5, List.of("CCC"), 0.7, false));
        t.event(13, new EventAction.SetAttribute("CCC", org.entente.model.Attribute.MILEX, 30));
        t.event(14, new EventAction.SetParameter(org.entente.model.Param.OIL_PRICE, 90));
        t.event(15, new EventAction.Shock("CCC", -0.05, 0.1));
        t.event(16, new EventAction.JoinBloc("DDD", "BLC"));
        t.event(17, new EventAction.LeaveBloc("DDD", "BLC"));
        t.event(18, new EventAction.SetPolicy("rapprochement", "AAA", "BBB", Double.NaN, 12, List.of()));
        t.event(0, new EventAction.ImposeTariff("AAA", "DDD", 0.05, org.entente.model.TariffGoods.ALL));
        t.event(0, new EventAction.SignTradeAgreement("AB", List.of("AAA", "BBB")));
        t.event(19, new EventAction.ImposeTariff("AAA", "CCC", 0.1, org.entente.model.TariffGoods.ALL));
        t.event(20, new EventAction.ImposeTariff("AAA", "CCC", 0.2, org.entente.model.TariffGoods.ALL));
        t.event(20, new EventAction.ImposeTariff("BBB", "EEE", 0.3, org.entente.model.TariffGoods.ENERGY));
        t.event(21, new EventAction.LiftTariff("AAA", "CCC", null));
        t.event(22, new EventAction.ImposeSecondaryTariff("AAA", "EEE", 0.25, 0));
        t.event(23, new EventAction.ImposeSecondaryTariff("AAA", "EEE", 0.5, 0.1));
        t.event(24, new EventAction.LiftSecondaryTariff("AAA", "EEE"));
        t.event(25, new EventAction.SignTradeAgreement("CD", List.of("CCC", "DDD")));
        t.event(0, new EventAction.ImposeFinancialSanction("AAA", "BBB", org.entente.model.FinancialMeasure.CORRESPONDENT_BANKING, Double.NaN));
        t.event(26, new EventAction.ImposeFinancialSanction("AAA", "CCC", org.entente.model.FinancialMeasure.SWIFT, Double.NaN));
        t.event(27, new EventAction.ImposeFinancialSanction("AAA", "CCC", org.entente.model.FinancialMeasure.RESERVE_FREEZE, 0.4));
        t.event(28, new EventAction.LiftFinancialSanction("AAA", "CCC", org.entente.model.FinancialMeasure.SWIFT));
        TestScenario.Run run = TestScenario.start(t.build(), 1).stepTo(30);
        Map<String, String> names = Map.of("AAA", "Aland", "BBB", "Bosk", "CCC", "Cora", "DDD", "Dunmore", "BLC", "the Bloc", "EEE", "Esker");
        int said = 0;
        for (RecordSink.EventRow r : run.sink().events) {
            Optional<String> s = EventText.sentence(r.event(), r.actors(), r.detail(), names::get);
            if (r.step() == 0) {
                assertThat(s).as("start data: %s", r).isEmpty();
                continue;
            }
            assertThat(s).as("%s", r).isPresent();
            assertThat(s.get()).as("%s", r).doesNotContain("->", "_", "AAA", "BBB", "CCC", "DDD", "EEE").doesNotEndWith(".");
            said++;
        }
        assertThat(said).as("rows after the start").isGreaterThanOrEqualTo(18);
    }
}
