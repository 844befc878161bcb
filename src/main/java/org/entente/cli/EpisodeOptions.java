package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.entente.analysis.CurrencyRates;
import org.entente.analysis.Episode;
import org.entente.analysis.Hindcast;
import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What hindcast and calibrate score: one scenario with --targets, or with --all every episode of a folder. */
final class EpisodeOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "scenario file (.yaml, .yml or .json); not with --all")
    Path scenario;

    @Option(names = "--targets", paramLabel = "FILE", description = "its observed figures (targets format 2, docs/validation.md)")
    Path targets;

    @Option(names = "--all", description = "every episode of --episodes, each with its targets file <episode>-targets.csv in --targets-dir")
    boolean all;

    @Option(names = "--episodes", paramLabel = "DIR", defaultValue = "scenarios/hindcast", description = "with --all: the episodes (default: ${DEFAULT-VALUE})")
    Path episodes;

    @Option(names = "--targets-dir", paramLabel = "DIR", defaultValue = "data/hindcast", description = "with --all: their targets files (default: ${DEFAULT-VALUE})")
    Path targetsDir;

    @Option(names = "--rates", paramLabel = "FILE", defaultValue = "data/currency-rates.csv", description = "annual exchange rates to USD (default: ${DEFAULT-VALUE})")
    Path rates;

    /** The episodes, with the scenario as loaded when there is one (not with --all). */
    record Loaded(List<Episode> episodes, ScenarioLoader.Loaded single, CurrencyRates rates) { }

    /** Why the arguments do not fit together, or null. */
    String conflict() {
        if (all && (scenario != null || targets != null)) return "command line: --all takes every episode: give no SCENARIO and no --targets";
        if (!all && (scenario == null || targets == null)) return "command line: give SCENARIO --targets FILE, or --all";
        return null;
    }

    /** What --all or SCENARIO --targets name, loaded and checked; null after printing every problem (exit 2). */
    Loaded load(OverrideOptions o, PrintWriter err) throws IOException {
        CurrencyRates table = Episodes.rates(rates, err);
        if (table == null) return null;
        if (all) {
            List<Episode> list = Episodes.all(episodes, targetsDir, table, o, err);
            return list == null ? null : new Loaded(list, null, table);
        }
        List<Hindcast.Target> t = Episodes.targets(targets, err);
        if (t == null) return null;
        ScenarioLoader.Loaded loaded = o.load(scenario, null, err);
        if (loaded == null) return null;
        Episode e = Episodes.load(Episodes.baseName(scenario), loaded, t, table, o, err);
        return e == null ? null : new Loaded(List.of(e), loaded, table);
    }

    /** In words, for the first line of output. */
    String what(Loaded l) {
        return all ? l.episodes().size() + " episodes of " + episodes : l.episodes().get(0).scenario().name() + " against " + targets;
    }
}
