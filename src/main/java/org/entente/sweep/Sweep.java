package org.entente.sweep;

import java.util.List;

import org.entente.engine.Seeds;
import org.entente.io.ScenarioLoader;
import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.Scenario;

/**
 * A sweep ready to run: the loaded scenario, the checked design, the master seed and the
 * design's points. Which runs it makes, and with which seeds and parameters, follows from these
 * alone, never from the shard, the thread count or the engine that computes them. Immutable.
 */
public final class Sweep {
    private final ScenarioLoader.Loaded loaded;
    private final DesignReader.Read design;
    private final long masterSeed;
    private final double[][] points;

    /**
     * @param masterSeed the seed the run seeds derive from: --seed, else the design's seed, else
     *        the scenario's
     */
    public Sweep(ScenarioLoader.Loaded loaded, DesignReader.Read design, long masterSeed) {
        this.loaded = loaded;
        this.design = design;
        this.masterSeed = masterSeed;
        this.points = design.design().points(masterSeed);
    }

    /** The master seed: the command line's --seed, else the design's seed, else the scenario's. */
    public static long masterSeed(ScenarioLoader.Loaded loaded, Design design) {
        if (loaded.overrides().seed() != null) return loaded.overrides().seed();
        if (design.seed() != null) return design.seed();
        return loaded.scenario().seed();
    }

    public ScenarioLoader.Loaded loaded() { return loaded; }

    public DesignReader.Read designFile() { return design; }

    public Design design() { return design.design(); }

    public long masterSeed() { return masterSeed; }

    /** Number of points. */
    public int size() { return points.length; }

    public int runs() { return design.design().runs(); }

    /** The varied parameters, in design order. */
    public List<Param> params() {
        return design.design().parameters().stream().map(Design.Dimension::param).toList();
    }

    /** The values of the varied parameters at point i (a copy). */
    public double[] point(int i) { return points[i].clone(); }

    /** The seed of run k of point i: a pure function of (master seed, i, k) and the design's seed rule. */
    public long seed(int point, int run) {
        return seed(design.design().seeds(), masterSeed, point, run);
    }

    public static long seed(Design.SeedRule rule, long master, int point, int run) {
        return rule == Design.SeedRule.COMMON ? Seeds.runSeed(master, run) : Seeds.runSeed(Seeds.runSeed(master, point), run);
    }

    /** The rule, in words, for the manifest. */
    public String seedRule() {
        String mix = "SplitMix64(m + (k + 1) * 0x9E3779B97F4A7C15)";
        return design.design().seeds() == Design.SeedRule.COMMON
                ? "seed of run k of every point = " + mix + " with m = master_seed (common random numbers: run k of point i is run k of"
                        + " 'entente run --runs' with --seed master_seed and the point's parameters)"
                : "seed of run k of point i = " + mix + " with m = SplitMix64(master_seed + (i + 1) * 0x9E3779B97F4A7C15)";
    }

    /** The scenario with the parameters of a point. */
    public static Scenario at(Scenario base, List<Param> params, double[] values) {
        Parameters p = base.parameters();
        for (int j = 0; j < params.size(); j++) p = p.with(params.get(j), values[j]);
        return base.withParameters(p);
    }

    public Scenario scenarioAt(int point) {
        return at(loaded.scenario(), params(), points[point]);
    }
}
