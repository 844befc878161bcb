package org.entente.engine;

/**
 * A read-only window on a run's current state, for tests, inspectors and displays. Values are
 * read live; the view holds no copy. Units as in {@code nations.csv} and {@code dyads.csv}.
 */
public final class WorldView {
    private final World w;

    WorldView(World w) { this.w = w; }

    public int size() { return w.n; }
    public String id(int i) { return w.ids[i]; }
    public int index(String id) { return w.idx(id); }
    public double gdp(String id) { return w.actors.gdp[w.idx(id)]; }
    public double growth(String id) { return w.actors.growth[w.idx(id)]; }
    public double oil(String id) { return w.actors.oil[w.idx(id)]; }
    /** Maturity h of the actor's oil-evasion network, 0 to 1 (MODEL.md 6). */
    public double evasionMaturity(String id) { return w.oil.maturity[w.idx(id)]; }
    /** Realised oil price, USD per barrel: the world price less the sanction discount and the price caps (MODEL.md 6). */
    public double oilPrice(String id) { return w.oil.price[w.idx(id)]; }
    /** Whether the actor exported oil at the start (its realised price is then recorded; MODEL.md 6). */
    public boolean oilExporter(String id) { return w.actors.oil0[w.idx(id)] > 0; }
    /** The sanction discount, USD per barrel. */
    public double oilDiscount(String id) { return w.oil.discount[w.idx(id)]; }
    /** Oil revenue, USD bn a year. */
    public double oilRevenue(String id) { return w.oil.revenue[w.idx(id)]; }
    /** Share C of the seller's oil market closed to it (MODEL.md 6). */
    public double oilClosedShare(String id) { return w.oil.closed[w.idx(id)]; }
    /** Crude, mb/d, that the buyer takes from the seller this month. */
    public double oilBought(String seller, String buyer) { return w.oil.bought(w.idx(seller), w.idx(buyer)); }
    public double milex(String id) { return w.actors.milex[w.idx(id)]; }
    /** Financial stress Z: the transitory financial shock still in force, a share of GDP (MODEL.md 6a). */
    public double financialStress(String id) { return w.finance.stress[w.idx(id)]; }
    public double stability(String id) { return w.actors.stability[w.idx(id)]; }
    public double capability(String id) { return w.layers.capability[w.idx(id)]; }
    public double exports(String from, String to) { return w.flow(w.idx(from), w.idx(to)); }
    /** The flow without the oil revenue change. */
    public double tradeFlow(String from, String to) { return w.ties.x[w.idx(from) * w.n + w.idx(to)]; }
    public double referenceFlow(String from, String to) { return w.ties.xref[w.idx(from) * w.n + w.idx(to)]; }
    public double friction(String from, String to) { return w.layers.f[w.idx(from) * w.n + w.idx(to)]; }
    /** The ad-valorem tariff in force on the flow (MODEL.md 4), 0.25 = 25%. */
    public double tariff(String from, String to) { return w.layers.tariff[w.idx(from) * w.n + w.idx(to)]; }
    public double alignment(String a, String b) { return w.ties.a[w.idx(a) * w.n + w.idx(b)]; }
    public double hostility(String a, String b) { return w.ties.h[w.idx(a) * w.n + w.idx(b)]; }
    public double defense(String a, String b) { return w.layers.defense[w.idx(a) * w.n + w.idx(b)]; }
    public double floor(String a, String b) { return w.layers.floor[w.idx(a) * w.n + w.idx(b)]; }
    public double arms(String from, String to) { return w.ties.arms[w.idx(from) * w.n + w.idx(to)]; }
    public double sanctionedTradeShare(String id) { return w.actors.sts[w.idx(id)]; }
    public boolean atWar(String a, String b) { return w.ties.war[w.idx(a) * w.n + w.idx(b)]; }
    /** Sanction pressure of a sender (an actor id or "UN") on a target. */
    public double pressure(String sender, String target) {
        return w.layers.pressure[w.senderRow(w.senderIdx(sender)) * w.n + w.idx(target)];
    }
    public double parameter(org.entente.model.Param p) { return w.p(p); }

    /** The default "West" (MODEL.md 5; a scenario may set its own with {@code blocs:}). */
    public static java.util.List<String> westIds() { return org.entente.model.Blocs.DEFAULT.west(); }

    /** The default "East" (MODEL.md 5; a scenario may set its own with {@code blocs:}). */
    public static java.util.List<String> eastIds() { return org.entente.model.Blocs.DEFAULT.east(); }
}
