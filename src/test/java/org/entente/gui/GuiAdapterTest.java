package org.entente.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.entente.engine.EntenteSim;
import org.entente.engine.Seeds;
import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import sim.field.network.Edge;
import sim.util.Bag;
import sim.util.Double2D;
import sim.util.Properties;

/** The GUI's model adapter, projection and parameter editor, headless. */
class GuiAdapterTest {
    @Test
    void theProjectionIsEquirectangularWithNorthUp() {
        Double2D tehran = MapProjection.toField(35.7, 51.4);
        assertThat(tehran.x).isCloseTo(231.4, within(1e-9));
        assertThat(tehran.y).isCloseTo(54.3, within(1e-9));
        assertThat(MapProjection.toField(90, -180)).isEqualTo(new Double2D(0, 0));
        assertThat(MapProjection.toField(-90, 180)).isEqualTo(new Double2D(360, 180));
        assertThat(MapProjection.toField(120, 400)).as("clamped to the globe").isEqualTo(new Double2D(360, 0));
        double[] back = MapProjection.toLatLon(tehran);
        assertThat(back[0]).isCloseTo(35.7, within(1e-9));
        assertThat(back[1]).isCloseTo(51.4, within(1e-9));
    }

    @Test
    void continentOutlinesLoadAndLieOnTheGlobe() {
        assertThat(Continents.outlines()).hasSizeGreaterThan(10);
        for (double[][] poly : Continents.outlines()) {
            for (double[] p : poly) {
                assertThat(p[0]).isBetween(-180.0, 180.0);
                assertThat(p[1]).isBetween(-90.0, 90.0);
            }
        }
    }

    private static Scenario baseline() {
        return ScenarioLoader.load(Paths.get("scenarios/baseline-2025.yaml"), new ScenarioLoader.Overrides(Map.of(), 24, null)).scenario();
    }

    @Test
    void layersFollowTheWorldAndNodesInspectIt() {
        Scenario s = baseline();
        GuiRecorder recorder = new GuiRecorder();
        EntenteSim sim = new EntenteSim(s, Seeds.runSeed(s.seed(), 0), recorder);
        sim.start();
        WorldLayers layers = new WorldLayers(sim, recorder);
        layers.place();
        assertThat(layers.nodes()).hasSize(17);
        ActorNode iran = layers.nodes().stream().filter(n -> n.getId().equals("IRN")).findFirst().orElseThrow();
        var spec = s.actors().stream().filter(a -> a.id().equals("IRN")).findFirst().orElseThrow();
        assertThat(layers.map.getObjectLocation(iran)).isEqualTo(MapProjection.toField(spec.lat(), spec.lon()));
        for (int t = 0; t < 10; t++) sim.schedule.step(sim);
        layers.refresh();
        assertThat(edge(layers.trade, "IRN", "CHN")).isCloseTo(sim.view().exports("IRN", "CHN"), within(1e-9));
        assertThat(edge(layers.sanctions, "USA", "IRN")).isCloseTo(sim.view().pressure("USA", "IRN"), within(1e-12));
        assertThat(edge(layers.defence, "IRN", "RUS")).as("the 2025 treaty is in force from October 2025").isEqualTo(0.6);
        assertThat(edge(layers.trade, "HEZ", "IRN")).as("no such flow").isNaN();
        assertThat(iran.getGdpUsdBn()).as("rounded to 0.1").isCloseTo(sim.view().gdp("IRN"), within(0.05 + 1e-9));
        assertThat(iran.getGdpUsdBn() * 10).isEqualTo(Math.rint(iran.getGdpUsdBn() * 10));
        assertThat(iran.getAlignmentEast()).as("rounded to 0.001").isCloseTo(recorder.latest("IRN").alignmentEast(), within(0.0005 + 1e-12));
        assertThat(iran.getTopTradePartners()).as("names, not codes").startsWith("China ");
        assertThat(iran.getDefencePartners()).contains("Russia 0.60");
        assertThat(iran.getSanctionedBy()).contains("United States");
        assertThat(iran.nameGdpUsdBn()).isEqualTo("GDP (USD bn a year)");
        // MASON's inspector reads the friendly names and leaves the coordinates out
        Properties props = Properties.getProperties(iran);
        List<String> shown = new java.util.ArrayList<>();
        for (int k = 0; k < props.numProperties(); k++) if (!props.isHidden(k)) shown.add(props.getName(k));
        assertThat(shown).contains("GDP (USD bn a year)", "Alignment with the East (0 to 1)", "Largest trade partners")
                .doesNotContain("GdpUsdBn", "Latitude", "Longitude");
        // the change since the start is zero at the start and follows the lean after it
        assertThat(iran.leanChange()).isCloseTo(iran.lean() - iran.leanAtStart(), within(1e-12));
        assertThat(Portrayals.lean(1.0)).isEqualTo(Portrayals.WEST);
        assertThat(Portrayals.lean(-1.0)).isEqualTo(Portrayals.EAST);
        assertThat(Portrayals.diameter(100, 400)).isCloseTo(2 + 12 * 0.5, within(1e-12));
    }

    private static ActorNode node(WorldLayers layers, String id) {
        return layers.nodes().stream().filter(n -> n.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theInspectorListsTheTariffsInForceBothWays() {
        // the baseline's US tariffs on China and China's on the US are in force from the start
        Scenario s = baseline();
        GuiRecorder recorder = new GuiRecorder();
        EntenteSim sim = new EntenteSim(s, Seeds.runSeed(s.seed(), 0), recorder);
        sim.start();
        WorldLayers layers = new WorldLayers(sim, recorder);
        layers.place();
        sim.schedule.step(sim);
        double usOnChina = sim.view().tariff("CHN", "USA"), chinaOnUs = sim.view().tariff("USA", "CHN");
        assertThat(usOnChina).as("the baseline has US tariffs on China").isPositive();
        assertThat(chinaOnUs).as("and China's on the US").isPositive();
        String us = String.format(java.util.Locale.ROOT, "USA on CHN %.1f%%", 100 * usOnChina);
        String china = String.format(java.util.Locale.ROOT, "CHN on USA %.1f%%", 100 * chinaOnUs);
        ActorNode usa = node(layers, "USA"), chn = node(layers, "CHN");
        assertThat(usa.getTariffs()).contains(us).contains(china);
        assertThat(usa.getTariffs().indexOf(us)).as("those it imposes first").isLessThan(usa.getTariffs().indexOf(china));
        assertThat(chn.getTariffs()).contains(us).contains(china);
        assertThat(chn.getTariffs().indexOf(china)).isLessThan(chn.getTariffs().indexOf(us));
        // an actor with no tariff by it or on it
        for (ActorNode n : layers.nodes()) {
            boolean any = false;
            for (ActorNode o : layers.nodes()) {
                if (o != n && (sim.view().tariff(n.getId(), o.getId()) > 0 || sim.view().tariff(o.getId(), n.getId()) > 0)) any = true;
            }
            if (!any) assertThat(n.getTariffs()).as(n.getId()).isEqualTo("none");
            else assertThat(n.getTariffs()).as(n.getId()).isNotEqualTo("none");
        }
        assertThat(usa.nameTariffs()).isEqualTo("Tariffs in force (who on whom, rate)");
    }

    @Test
    void theInspectorShowsFinancialStressFromTheWorld() {
        // russia-2021: the reserve freeze and the SWIFT exclusion of 2022 put Russia under financial stress
        Scenario s = ScenarioLoader.load(Paths.get("scenarios/hindcast/russia-2021.yaml"), new ScenarioLoader.Overrides(Map.of(), 24, null))
                .scenario();
        GuiRecorder recorder = new GuiRecorder();
        EntenteSim sim = new EntenteSim(s, Seeds.runSeed(s.seed(), 0), recorder);
        sim.start();
        WorldLayers layers = new WorldLayers(sim, recorder);
        layers.place();
        ActorNode russia = node(layers, "RUS");
        sim.schedule.step(sim);
        assertThat(russia.getFinancialStressPercent()).as("no financial sanction yet").isZero();
        double peak = 0;
        for (int t = 1; t < 20; t++) {
            sim.schedule.step(sim);
            double z = sim.view().financialStress("RUS");
            assertThat(z).as("the view reads the recorded column").isEqualTo(recorder.latest("RUS").financialStress());
            assertThat(russia.getFinancialStressPercent()).as("month " + t).isCloseTo(100 * z, within(0.005 + 1e-12));
            assertThat(russia.getFinancialStressPercent() * 100).as("rounded to 0.01").isCloseTo(Math.rint(russia.getFinancialStressPercent() * 100), within(1e-9));
            peak = Math.max(peak, z);
        }
        assertThat(peak).as("stress appears after the 2022 financial sanctions").isPositive();
        assertThat(ChartsFrame.titles(s)).as("charted where the scenario has financial sanctions").contains("Financial stress");
        assertThat(ChartsFrame.titles(baseline())).as("and only there").doesNotContain("Financial stress").hasSize(5);
    }

    @Test
    void theInspectorShowsTheOilPriceItsDiscountAndTheRevenue() {
        // russia-2021: from 2022 Russia's buyers in the West stop buying and its crude sells at a discount
        Scenario s = ScenarioLoader.load(Paths.get("scenarios/hindcast/russia-2021.yaml"), new ScenarioLoader.Overrides(Map.of(), 24, null))
                .scenario();
        GuiRecorder recorder = new GuiRecorder();
        EntenteSim sim = new EntenteSim(s, Seeds.runSeed(s.seed(), 0), recorder);
        sim.start();
        WorldLayers layers = new WorldLayers(sim, recorder);
        layers.place();
        for (int t = 0; t < 18; t++) sim.schedule.step(sim);
        ActorNode russia = node(layers, "RUS");
        var v = sim.view();
        assertThat(russia.getOilPriceUsd()).as("rounded to 0.1").isCloseTo(v.oilPrice("RUS"), within(0.05 + 1e-9));
        assertThat(russia.getOilPriceUsd()).as("the recorded column").isCloseTo(recorder.latest("RUS").oilPrice(), within(0.05 + 1e-9));
        assertThat(russia.getOilDiscountUsd()).isCloseTo(v.oilDiscount("RUS"), within(0.05 + 1e-9));
        assertThat(v.oilDiscount("RUS")).as("a discount in mid-2022").isPositive();
        assertThat(v.oilPrice("RUS") + v.oilDiscount("RUS")).as("price plus discount is the world price")
                .isCloseTo(v.parameter(Param.OIL_PRICE), within(1e-9));
        assertThat(russia.getOilRevenueUsdBn()).isCloseTo(v.oilRevenue("RUS"), within(0.05 + 1e-9));
        assertThat(russia.getOilRevenueUsdBn()).isCloseTo(recorder.latest("RUS").oilRevenue(), within(0.05 + 1e-9));
        ActorNode none = layers.nodes().stream().filter(n -> !v.oilExporter(n.getId())).findFirst().orElseThrow();
        assertThat(none.getOilPriceUsd()).as(none.getId() + " exports no oil").isNaN();
        assertThat(none.getOilDiscountUsd()).isNaN();
        assertThat(russia.nameOilDiscountUsd()).isEqualTo("Discount to the world oil price (USD a barrel)");
    }

    private static double edge(sim.field.network.Network net, String from, String to) {
        for (Object o : net.getAllNodes()) {
            if (!o.toString().equals(from)) continue;
            Bag out = net.getEdgesOut(o);
            for (Object e : out) {
                Edge edge = (Edge) e;
                if (edge.getOtherNode(o).toString().equals(to)) return (Double) edge.info;
            }
        }
        return Double.NaN;
    }

    @Test
    void parametersCanBeEditedWithinTheirRanges() {
        ParameterProperties pp = new ParameterProperties(org.entente.model.Parameters.defaults());
        Properties props = pp.properties();
        int diversion = 1 + Param.DIVERSION_SHARE.ordinal();
        assertThat(props.getName(diversion)).isEqualTo("diversion_share");
        props.setValue(diversion, "0.4");
        assertThat(pp.parameters().get(Param.DIVERSION_SHARE)).isEqualTo(0.4);
        props.setValue(diversion, "7");
        assertThat(pp.parameters().get(Param.DIVERSION_SHARE)).as("out of range: refused").isEqualTo(0.4);
        props.setValue(0, "realist");
        assertThat(pp.parameters().theory().key()).isEqualTo("realist");
        assertThat(props.numProperties()).isEqualTo(1 + Param.values().length);
    }
}
