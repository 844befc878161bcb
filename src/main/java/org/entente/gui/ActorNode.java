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
    public double getGdpUsdBn() { return round(view().gdp(spec.id()), 1); }
    public double getGrowthPercent() { return round(view().growth(spec.id()), 2); }
    public double getOilExportsMbd() { return round(view().oil(spec.id()), 2); }
    /** Realised oil price, USD a barrel; NaN for an actor that exports no oil (as in nations.csv). */
    public double getOilPriceUsd() { return view().oilExporter(spec.id()) ? round(view().oilPrice(spec.id()), 1) : Double.NaN; }
    /** The sanction discount: the world price less the realised price, USD a barrel; NaN for an actor that exports no oil. */
    public double getOilDiscountUsd() { return view().oilExporter(spec.id()) ? round(view().oilDiscount(spec.id()), 1) : Double.NaN; }
    public double getOilRevenueUsdBn() { return round(view().oilRevenue(spec.id()), 1); }
    public double getMilexUsdBn() { return round(view().milex(spec.id()), 1); }
    public double getCapability() { return round(view().capability(spec.id()), 3); }
    public double getStability() { return round(view().stability(spec.id()), 2); }
    public double getSanctionedTradeShare() { return round(view().sanctionedTradeShare(spec.id()), 3); }
    /** Financial stress in percent of GDP (the model's share times 100, MODEL.md 6a). */
    public double getFinancialStressPercent() { return round(100 * view().financialStress(spec.id()), 2); }
    public double getExportsUsdBn() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : round(r.exports(), 1); }
    public double getImportsUsdBn() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : round(r.imports(), 1); }
    public double getAlignmentWest() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : round(r.alignmentWest(), 3); }
    public double getAlignmentEast() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : round(r.alignmentEast(), 3); }
    public double getIdealPoint() { return round(spec.idealPoint(), 2); }
    public double getLatitude() { return spec.lat(); }
    public double getLongitude() { return spec.lon(); }

    // The inspector's labels (MASON reads nameX() for property X) and the rows it leaves out.
    public String nameId() { return "Code"; }
    public String nameKind() { return "Kind (state, bloc, armed group)"; }
    public String nameGdpUsdBn() { return "GDP (USD bn a year)"; }
    public String nameGrowthPercent() { return "Growth this year (%)"; }
    public String nameOilExportsMbd() { return "Oil exports (million barrels a day)"; }
    public String nameOilPriceUsd() { return "Oil price it gets (USD a barrel)"; }
    public String nameOilDiscountUsd() { return "Discount to the world oil price (USD a barrel)"; }
    public String nameOilRevenueUsdBn() { return "Oil revenue (USD bn a year)"; }
    public String nameMilexUsdBn() { return "Military spending (USD bn a year)"; }
    public String nameCapability() { return "Military capability (share of the world)"; }
    public String nameStability() { return "Stability (0 to 1)"; }
    public String nameSanctionedTradeShare() { return "Share of trade under sanctions (0 to 1)"; }
    public String nameFinancialStressPercent() { return "Financial stress (% of GDP lost to financial sanctions, fading)"; }
    public String nameTariffs() { return "Tariffs in force (who on whom, rate)"; }
    public String nameExportsUsdBn() { return "Exports (USD bn a year)"; }
    public String nameImportsUsdBn() { return "Imports (USD bn a year)"; }
    public String nameAlignmentWest() { return "Alignment with the West (0 to 1)"; }
    public String nameAlignmentEast() { return "Alignment with the East (0 to 1)"; }
    public String nameIdealPoint() { return "UN voting position at the start"; }
    public String nameTopTradePartners() { return "Largest trade partners"; }
    public String nameCloseTo() { return "Close to (alignment 0.6 or more)"; }
    public String nameDefencePartners() { return "Defence partners (treaty level)"; }
    public String nameRivals() { return "Rivals (hostility 0.5 or more)"; }
    public String nameSanctionedBy() { return "Sanctioned by (pressure)"; }
    public String nameSanctions() { return "Sanctions on (pressure)"; }
    public boolean hideLatitude() { return true; }
    public boolean hideLongitude() { return true; }

    /** A number as the inspector shows it: rounded to {@code digits} decimals (NaN stays NaN). */
    static double round(double v, int digits) {
        if (!Double.isFinite(v)) return v;
        return java.math.BigDecimal.valueOf(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The unrounded lean, for colours. */
    private double rawWest() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : r.alignmentWest(); }

    private double rawEast() { RecordSink.NationRow r = row(); return r == null ? Double.NaN : r.alignmentEast(); }

    /** West minus East alignment in [-1, 1]: positive leans West. NaN where neither bloc is present. */
    double lean() {
        return lean(rawWest(), rawEast());
    }

    /** The lean at the start (month 0), NaN before the first month is recorded. */
    double leanAtStart() {
        RecordSink.NationRow r = layers.recorder().first(spec.id());
        return r == null ? Double.NaN : lean(r.alignmentWest(), r.alignmentEast());
    }

    /** The change of the lean since the start: positive is a move toward the West. */
    double leanChange() {
        return lean() - leanAtStart();
    }

    private static double lean(double w, double e) {
        if (Double.isNaN(w) && Double.isNaN(e)) return Double.NaN;
        return (Double.isNaN(w) ? 0 : w) - (Double.isNaN(e) ? 0 : e);
    }

    /** The name shown on the map and in the inspector's lists. */
    String label() { return spec.name() == null || spec.name().isBlank() ? spec.id() : spec.name(); }

    public String getTopTradePartners() {
        List<String[]> flows = new ArrayList<>();
        for (ActorNode o : layers.nodes()) {
            if (o == this) continue;
            double v = view().exports(spec.id(), o.getId()) + view().exports(o.getId(), spec.id());
            if (v > 0) flows.add(new String[] {o.label(), Double.toString(v)});
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
                + (view().pressure("UN", spec.id()) > 0 ? "; the UN " + fmt(view().pressure("UN", spec.id())) : "");
    }

    public String getSanctions() {
        return list(o -> view().pressure(spec.id(), o.getId()) > 0, o -> view().pressure(spec.id(), o.getId()));
    }

    /**
     * The tariffs in force that this actor imposes and that it faces, as "USA on CHN 15.5%" (the
     * importer taxes the exporter; the rate is that of {@code dyads.csv}'s {@code tariff}, averaged
     * over a flow's energy and other parts). Those it imposes come first.
     */
    public String getTariffs() {
        List<String> by = new ArrayList<>(), on = new ArrayList<>();
        for (ActorNode o : layers.nodes()) {
            if (o == this) continue;
            double imposed = view().tariff(o.getId(), spec.id()), faced = view().tariff(spec.id(), o.getId());
            if (imposed > 0) by.add(spec.id() + " on " + o.getId() + " " + percent(imposed));
            if (faced > 0) on.add(o.getId() + " on " + spec.id() + " " + percent(faced));
        }
        by.addAll(on);
        return by.isEmpty() ? "none" : String.join(", ", by);
    }

    private static String percent(double share) { return String.format(Locale.ROOT, "%.1f%%", 100 * share); }

    private String list(java.util.function.Predicate<ActorNode> keep, java.util.function.ToDoubleFunction<ActorNode> value) {
        List<String> out = new ArrayList<>();
        for (ActorNode o : layers.nodes()) {
            if (o != this && keep.test(o)) out.add(o.label() + " " + fmt(value.applyAsDouble(o)));
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    @Override
    public String toString() { return spec.id(); }
}
