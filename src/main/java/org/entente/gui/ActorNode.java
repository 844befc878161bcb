package org.entente.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.engine.RecordSink;
import org.entente.engine.WorldView;
import org.entente.model.ActorSpec;

/**
 * One actor on the map, as MASON's inspector sees it: getters only (MASON does not read record
 * accessors), each reading the live world or the latest recorded month. Thread-compatible:
 * read while the model is paused between steps, as MASON's inspectors do.
 */
public final class ActorNode {
    /** Ties listed in the inspector: at most this many per kind. */
    static final int TIES_LISTED = 6;
    /** Alignment at or above which a pair counts as close in the inspector and the alignment layer. */
    static final double CLOSE = 0.6;

    private final ActorSpec spec;
    private final WorldLayers layers;

    ActorNode(ActorSpec spec, WorldLayers layers) {
        this.spec = spec;
        this.layers = layers;
    }

    ActorSpec spec() { return spec; }

    private RecordSink.NationRow row() { return layers.recorder().latest(spec.id()); }

    private WorldView view() { return layers.view(); }

    public String getId() { return spec.id(); }
    public String getName() { return spec.name(); }
    public String getKind() { return spec.kind().key(); }
    public double getGdpUsdBn() { return view().gdp(spec.id()); }
    public double getGrowthPercent() { return view().growth(spec.id()); }
    public double getOilExportsMbd() { return view().oil(spec.id()); }
    public double getMilexUsdBn() { return view().milex(spec.id()); }
    public double getCapability() { return view().capability(spec.id()); }
    public double getStability() { return view().stability(spec.id()); }
    public double getSanctionedTradeShare() { return view().sanctionedTradeShare(spec.id()); }
    public double getExportsUsdBn() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : r.exports(); }
    public double getImportsUsdBn() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : r.imports(); }
    public double getAlignmentWest() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : r.alignmentWest(); }
    public double getAlignmentEast() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : r.alignmentEast(); }
    public double getIdealPoint() { return spec.idealPoint(); }
    public double getLatitude() { return spec.lat(); }
    public double getLongitude() { return spec.lon(); }

    /** West minus East alignment in [-1, 1]: positive leans West. NaN where neither bloc is present. */
    double lean() {
        double w = getAlignmentWest(), e = getAlignmentEast();
        if (Double.isNaN(w) && Double.isNaN(e)) return Double.NaN;
        return (Double.isNaN(w) ? 0 : w) - (Double.isNaN(e) ? 0 : e);
    }

    public String getTopTradePartners() {
        List<String[]> flows = new ArrayList<>();
        for (ActorNode o : layers.nodes()) {
            if (o == this) continue;
            double v = view().exports(spec.id(), o.getId()) + view().exports(o.getId(), spec.id());
            if (v > 0) flows.add(new String[] {o.getId(), Double.toString(v)});
        }
        flows.sort((a, b) -> Double.compare(Double.parseDouble(b[1]), Double.parseDouble(a[1])));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(TIES_LISTED, flows.size()); i++) {
            out.add(flows.get(i)[0] + " " + String.format(Locale.ROOT, "%.1f", Double.parseDouble(flows.get(i)[1])));
        }
        return out.isEmpty() ? "none recorded" : String.join(", ", out) + " (USD bn a year, both ways)";
    }

    public String getCloseTo() {
        return list(o -> view().alignment(spec.id(), o.getId()) >= CLOSE, o -> view().alignment(spec.id(), o.getId()));
    }

    public String getDefencePartners() {
        return list(o -> view().defense(spec.id(), o.getId()) > 0, o -> view().defense(spec.id(), o.getId()));
    }

    public String getRivals() {
        return list(o -> view().hostility(spec.id(), o.getId()) >= 0.5, o -> view().hostility(spec.id(), o.getId()));
    }

    public String getSanctionedBy() {
        return list(o -> view().pressure(o.getId(), spec.id()) > 0, o -> view().pressure(o.getId(), spec.id()))
                + (view().pressure("UN", spec.id()) > 0 ? "; UN " + fmt(view().pressure("UN", spec.id())) : "");
    }

    public String getSanctions() {
        return list(o -> view().pressure(spec.id(), o.getId()) > 0, o -> view().pressure(spec.id(), o.getId()));
    }

    private String list(java.util.function.Predicate<ActorNode> keep, java.util.function.ToDoubleFunction<ActorNode> value) {
        List<String> out = new ArrayList<>();
        for (ActorNode o : layers.nodes()) {
            if (o != this && keep.test(o)) out.add(o.getId() + " " + fmt(value.applyAsDouble(o)));
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    @Override
    public String toString() { return spec.id(); }
}
