package org.entente.engine;

import java.util.List;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5 of a step (MODEL.md 2 and 9): hands the month's rows for every actor and every dyad
 * with a non-zero value to the {@link RecordSink}.
 */
final class RecordPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private final RecordSink sink;
    /** Indices of the bloc members present, in the order of the lists. */
    private int[] west, east;
    /** Defence partners of each actor, for the defense layer of version {@link #partnersFor}. */
    private int[] partners;
    private int partnersFor = -1;

    RecordPhase(RecordSink sink) { this.sink = sink; }

    @Override
    public void step(SimState state) {
        EntenteSim sim = (EntenteSim) state;
        World w = sim.world();
        int t = sim.currentStep();
        int n = w.n;
        if (west == null) {
            // the scenario's blocs (MODEL.md 5), in their listed order: the mean is summed in this
            // order, so it must not depend on a set's iteration order, which varies between processes
            west = members(w, w.scenario.blocs().west());
            east = members(w, w.scenario.blocs().east());
        }
        if (partners == null || partnersFor != w.layers.defenseVersion) {
            // defence partners change only when the treaty layers are rebuilt
            if (partners == null) partners = new int[n];
            for (int i = 0; i < n; i++) {
                int c = 0;
                for (int j = 0; j < n; j++) if (j != i && w.layers.defense[i * n + j] > 0) c++;
                partners[i] = c;
            }
            partnersFor = w.layers.defenseVersion;
        }
        for (int i = 0; i < n; i++) {
            double ex = w.actors.exportsNow[i], im = w.actors.importsNow[i];
            sink.nation(new RecordSink.NationRow(t, w.ids[i], w.actors.gdp[i], w.actors.growth[i], ex, im, ex - im, w.actors.sts[i],
                    w.actors.oil[i], w.actors.milex[i], w.layers.capability[i], blocAlignment(w, i, west), blocAlignment(w, i, east),
                    partners[i], w.actors.stability[i], w.finance.stress[i], w.actors.oil0[i] > 0 ? w.oil.price[i] : Double.NaN, w.oil.revenue[i]));
        }
        if (!sink.acceptsDyads()) return;
        double[] x = w.ties.x, oilAdj = w.ties.oilAdj, a = w.ties.a, h = w.ties.h, arms = w.ties.arms;
        double[] defense = w.layers.defense, f = w.layers.f, tariff = w.layers.tariff;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                int k = i * n + j;
                double ex = x[k] + oilAdj[k];
                if (ex == 0 && a[k] == 0 && defense[k] == 0 && arms[k] == 0 && f[k] == 0 && h[k] == 0 && tariff[k] == 0) continue;
                sink.dyad(new RecordSink.DyadRow(t, w.ids[i], w.ids[j], ex, a[k], defense[k], arms[k], f[k], h[k], tariff[k]));
            }
        }
    }

    /** The indices of a bloc's members present in the scenario, in the list's order. */
    static int[] members(World w, List<String> bloc) {
        int[] out = new int[bloc.size()];
        int count = 0;
        for (String id : bloc) {
            Integer j = w.index.get(id);
            if (j != null) out[count++] = j;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Mean alignment of actor i with a bloc's members present in the scenario (found once by {@link #members}), itself excluded; NaN if none. */
    static double blocAlignment(World w, int i, int[] members) {
        double sum = 0;
        int count = 0;
        for (int j : members) {
            if (j == i) continue;
            sum += w.ties.a[i * w.n + j];
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
