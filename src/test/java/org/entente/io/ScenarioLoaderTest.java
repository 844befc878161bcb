package org.entente.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.model.EventAction;
import org.entente.model.Param;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What extends, merging and the other loader rules do to a valid scenario. */
class ScenarioLoaderTest {
    private static final String PARENT = """
            name: parent
            start: "2025-01"
            months: 24
            parameters: {diversion_share: 0.5, alignment_gain: 3}
            actors:
              - {id: AAA, kind: state, lat: 0, lon: 0, gdp: 100, population: 1, ideal_point: 1, stability: 0.5, trend_growth: 2}
              - {id: BBB, kind: state, lat: 0, lon: 0, gdp: 50, population: 1, ideal_point: -1, stability: 0.5, trend_growth: 2, oil_exports: 1}
              - {id: CCC, kind: bloc, lat: 0, lon: 0, gdp: 80, population: 1, ideal_point: 0, stability: 0.5, trend_growth: 2}
            trade:
              - {from: AAA, to: BBB, value: 5}
              - {from: BBB, to: CCC, value: 7}
            sanctions:
              - {sender: AAA, target: BBB, type: financial, intensity: 0.5, start: "2020-01"}
            events:
              - {month: "2025-03", type: set_hostility, actors: [AAA, BBB], level: 0.4}
              - {month: "2025-06", type: set_parameter, parameter: oil_price, value: 90}
            """;

    private static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aChildOverridesFieldsMergesListsByIdentityAndRemoves(@TempDir Path dir) throws Exception {
        write(dir, "parent.yaml", PARENT);
        Path child = write(dir, "child.yaml", """
                extends: parent.yaml
                name: child
                parameters: {diversion_share: 0.6}
                actors:
                  - {id: BBB, gdp: 60}
                trade:
                  - {from: AAA, to: BBB, remove: true}
                  - {from: CCC, to: AAA, value: 3}
                events:
                  - {month: "2025-06", type: set_parameter, parameter: oil_price, value: 100}
                """);
        Scenario s = ScenarioLoader.load(child).scenario();
        assertThat(s.name()).isEqualTo("child");
        assertThat(s.parameters().get(Param.DIVERSION_SHARE)).isEqualTo(0.6);
        assertThat(s.parameters().get(Param.ALIGNMENT_GAIN)).as("parameters merge key by key").isEqualTo(3);
        assertThat(s.actors()).hasSize(3);
        assertThat(s.actors().get(1).gdp()).isEqualTo(60);
        assertThat(s.actors().get(1).oilExports()).as("fields the child does not give are inherited").isEqualTo(1);
        assertThat(s.trade()).extracting(t -> t.from() + ">" + t.to()).containsExactly("BBB>CCC", "CCC>AAA");
        assertThat(s.events()).hasSize(2);
        assertThat(((EventAction.SetParameter) s.events().get(1).action()).value()).isEqualTo(100);
    }

    @Test
    void anEmptyListKeyInAChildKeepsTheParentsList(@TempDir Path dir) throws Exception {
        write(dir, "parent.yaml", PARENT);
        Path child = write(dir, "child.yaml", "extends: parent.yaml\nevents:\ntrade: []\n");
        Scenario s = ScenarioLoader.load(child).scenario();
        assertThat(s.events()).hasSize(2);
        assertThat(s.trade()).hasSize(2);
    }

    @Test
    void startOnlyParametersCannotBeSetByAnEvent(@TempDir Path dir) throws Exception {
        Path p = write(dir, "s.yaml", PARENT.replace("parameter: oil_price, value: 90", "parameter: oil_evasion_start, value: 0.1"));
        assertThatThrownBy(() -> ScenarioLoader.load(p)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("events[1].parameter: is read once at the start");
    }

    @Test
    void anImposedRegimeMustEndAfterItStarts(@TempDir Path dir) throws Exception {
        Path p = write(dir, "s.yaml", PARENT + """
                  - {month: "2025-05", type: impose_sanctions, announced: 3, regime: {sender: CCC, target: BBB, type: energy, intensity: 1, end: "2025-07"}}
                """);
        assertThatThrownBy(() -> ScenarioLoader.load(p)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("events[2].regime.end: must be after the month the regime starts (2025-08), but was 2025-07");
    }

    @Test
    void notesNameActorsOutsideTheTradeNetwork(@TempDir Path dir) throws Exception {
        Path p = write(dir, "s.yaml", PARENT.replace("  - {from: BBB, to: CCC, value: 7}\n", ""));
        assertThat(ScenarioLoader.load(p).notes()).anyMatch(n -> n.startsWith("CCC has no recorded trade"));
        // with gravity imputation CCC gets flows, so it is no longer outside
        var imputed = ScenarioLoader.load(p, new ScenarioLoader.Overrides(java.util.Map.of("gravity_imputation", "1"), null, null));
        assertThat(imputed.notes()).noneMatch(n -> n.contains("no recorded trade"));
    }

    @Test
    void theResolvedDocumentAndItsHashDependOnOverrides(@TempDir Path dir) throws Exception {
        Path p = write(dir, "s.yaml", PARENT);
        var a = ScenarioLoader.load(p);
        var b = ScenarioLoader.load(p, new ScenarioLoader.Overrides(java.util.Map.of("diversion_share", "0.9"), null, null));
        assertThat(a.sha256()).isNotEqualTo(b.sha256()).hasSize(64);
        assertThat(a.resolvedJson()).contains("\"diversion_share\" : 0.5");
    }
}
