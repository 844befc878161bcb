package org.entente.gui;

import java.util.ArrayList;
import java.util.List;

import org.entente.engine.EntenteSim;
import org.entente.engine.WorldView;
import org.entente.model.ActorSpec;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;

/**
 * The GUI's model adapter: the actors placed at their capitals on a {@link MapProjection}
 * field, and one MASON {@link Network} per tie layer rebuilt from the live world after each
 * step, with each edge's weight as its info. Holds no Swing; tested headless.
 */
public final class WorldLayers {
    /** Trade flows drawn, USD bn a year, at least (smaller ones would clutter the map). */
    public static final double MIN_TRADE = 5.0;

    public final Continuous2D map = new Continuous2D(10, MapProjection.WIDTH, MapProjection.HEIGHT);
    public final Network trade = new Network(true);
    public final Network alignment = new Network(false);
    public final Network defence = new Network(false);
    public final Network sanctions = new Network(true);
    public final Network arms = new Network(true);
    public final Network hostility = new Network(false);

    /** What an actor's colour shows: its lean now, or the change of its lean since the start. */
    public enum ColourMode { LEAN, CHANGE }

    private volatile ColourMode colourMode = ColourMode.LEAN;

    private final EntenteSim sim;
    private final GuiRecorder recorder;
    private final List<ActorNode> nodes = new ArrayList<>();

    public WorldLayers(EntenteSim sim, GuiRecorder recorder) {
        this.sim = sim;
        this.recorder = recorder;
    }

    WorldView view() { return sim.view(); }

    public ColourMode colourMode() { return colourMode; }

    public void setColourMode(ColourMode mode) { this.colourMode = java.util.Objects.requireNonNull(mode); }

    GuiRecorder recorder() { return recorder; }

    public List<ActorNode> nodes() { return nodes; }

    /** Places the actors of the current scenario (after the simulation started). */
    public void place() {
        map.clear();
        nodes.clear();
        for (Network n : networks()) n.clear();
        for (ActorSpec a : sim.scenario().actors()) {
            ActorNode node = new ActorNode(a, this);
            nodes.add(node);
            map.setObjectLocation(node, MapProjection.toField(a.lat(), a.lon()));
            for (Network n : networks()) n.addNode(node);
        }
    }

    public List<Network> networks() { return List.of(trade, alignment, defence, sanctions, arms, hostility); }

    /** Rebuilds every tie layer from the live world. */
    public void refresh() {
        WorldView v = view();
        for (Network n : networks()) n.removeAllEdges();
        for (int i = 0; i < nodes.size(); i++) {
            ActorNode a = nodes.get(i);
            for (int j = 0; j < nodes.size(); j++) {
                if (i == j) continue;
                ActorNode b = nodes.get(j);
                String x = a.getId(), y = b.getId();
                double flow = v.exports(x, y);
                if (flow >= MIN_TRADE) trade.addEdge(a, b, flow);
                double s = v.pressure(x, y);
                if (s > 0) sanctions.addEdge(a, b, s);
                double ar = v.arms(x, y);
                if (ar > 0) arms.addEdge(a, b, ar);
                if (j > i) {
                    double al = v.alignment(x, y);
                    if (al >= ActorNode.CLOSE) alignment.addEdge(a, b, al);
                    double d = v.defense(x, y);
                    if (d > 0) defence.addEdge(a, b, d);
                    double h = v.hostility(x, y);
                    if (h >= 0.7) hostility.addEdge(a, b, h);
                }
            }
        }
    }

    /** The largest GDP on the map, for scaling node sizes. */
    double maxGdp() {
        double m = 0;
        for (ActorNode n : nodes) m = Math.max(m, n.getGdpUsdBn());
        return m;
    }
}
