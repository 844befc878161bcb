package org.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;

import org.entente.io.ScenarioLoader;
import org.entente.model.Blocs;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;

/** alignment_west and alignment_east follow the scenario's blocs (MODEL.md 5 and 9). */
class BlocsTest {
    /** Four actors: USA, EUU, CHN, IRN. */
    private static final Scenario SMALL = ScenarioLoader.load(Paths.get("docs/examples/small-world.yaml")).scenario();

    private static TestScenario.Run oneMonth(Blocs b) {
        Scenario s = SMALL;
        s = new Scenario(s.name(), s.description(), s.start(), s.months(), s.seed(), s.parameters(), s.actors(), s.trade(),
                s.treaties(), s.sanctions(), s.hostility(), s.events(), b);
        return TestScenario.start(s, Seeds.runSeed(s.seed(), 0)).stepTo(1);
    }

    private static double a(World w, String x, String y) { return w.ties.a[w.idx(x) * w.n + w.idx(y)]; }

    @Test
    void theDefaultBlocsAreThoseOfTheirActorsPresent() {
        TestScenario.Run r = oneMonth(Blocs.DEFAULT);
        var irn = r.sink().nation("IRN", 0);
        assertThat(irn.alignmentWest()).isEqualTo((0 + a(r.world(), "IRN", "USA") + a(r.world(), "IRN", "EUU")) / 2);
        assertThat(irn.alignmentEast()).isEqualTo(a(r.world(), "IRN", "CHN"));
    }

    @Test
    void aScenariosOwnBlocsReplaceThemAndAnEmptyBlocLeavesItsColumnEmpty() {
        TestScenario.Run r = oneMonth(new Blocs(List.of("CHN"), List.of()));
        var irn = r.sink().nation("IRN", 0);
        assertThat(irn.alignmentWest()).isEqualTo(a(r.world(), "IRN", "CHN"));
        assertThat(r.sink().nations).isNotEmpty().allMatch(n -> Double.isNaN(n.alignmentEast()));
        assertThat(r.sink().nation("CHN", 0).alignmentWest()).as("an actor leaves itself out").isNaN();
    }
}
