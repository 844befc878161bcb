package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.io.ScenarioException;
import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Option;

/** The options that change how a scenario is read (--set, --params, --seed, --months, --verbose), without the scenario itself. */
class OverrideOptions {
    @Option(names = "--set", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "override a parameter (or theory), e.g. --set diversion_share=0.5; repeatable")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--months", paramLabel = "N", description = "horizon in months (default: the scenario's months)")
    Integer months;

    @Option(names = "--verbose", description = "show stack traces on errors")
    boolean verbose;

    @Option(names = "--params", paramLabel = "FILE", description = "a parameter file (as written by calibrate: a 'parameters:' mapping); --set wins over it")
    Path params;

    ScenarioLoader.Overrides overrides() {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, org.entente.io.Node> from = new LinkedHashMap<>();   // where each value of the --params file stands
        if (params != null) {
            ParameterFile.Read file = ParameterFile.read(params);
            all.putAll(file.values());
            from.putAll(file.at());
        }
        all.putAll(set);
        from.keySet().removeAll(set.keySet());
        return new ScenarioLoader.Overrides(all, months, seed, from);
    }

    /** Loads a scenario with these overrides (and {@code seed} instead of --seed when not null), or prints every problem and returns null. */
    ScenarioLoader.Loaded load(Path scenario, Long seedInstead, PrintWriter err) {
        try {
            ScenarioLoader.Overrides o = overrides();
            if (seedInstead != null) o = new ScenarioLoader.Overrides(o.set(), o.months(), seedInstead, o.from());
            return ScenarioLoader.load(scenario, o);
        } catch (ScenarioException e) {
            for (String line : e.problems()) err.println(line);
            err.println(e.problems().size() == 1 ? "1 problem: the scenario was not run."
                    : e.problems().size() + " problems: the scenario was not run.");
            if (verbose) e.printStackTrace(err);
            return null;
        }
    }
}
