package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.analysis.Episode;
import org.entente.analysis.Hindcast;
import org.entente.analysis.ResultSet;
import org.entente.io.Destination;
import org.entente.io.EnsembleWriter;
import org.entente.io.Limits;
import org.entente.run.Ensemble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code entente hindcast SCENARIO --targets FILE}: how well does the model reproduce what happened?
 * {@code entente hindcast --all}: every episode of the library, and a scoreboard.
 */
@Command(name = "hindcast", mixinStandardHelpOptions = true,
        description = {"Run an ensemble of a historical scenario and score it against observed figures (hindcast.csv),",
                "or with --all every episode of scenarios/hindcast/ against data/hindcast/<episode>-targets.csv (scoreboard.csv)."})
final class HindcastCommand implements Callable<Integer> {
    @Mixin
    EpisodeOptions episodes;

    @Mixin
    OverrideOptions options;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "runs in each ensemble (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "runs computed at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--out", paramLabel = "DIR", description = "folder for results (default: results, where --set, --params, --months or"
            + " --seed give a single episode's run its own folder name; with --all its hindcast-all/)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String bad = Limits.RUNS.complaint("command line: --runs", runs);
        if (bad == null && runs < 2) bad = "command line: --runs: must be at least 2 (a band needs runs), but was " + runs;
        if (bad == null) bad = Limits.THREADS.complaint("command line: --threads", threads);
        if (bad == null) bad = episodes.conflict();
        if (bad != null) {
            err.println(bad);
            return Main.EXIT_INVALID;
        }
        EpisodeOptions.Loaded loaded = episodes.load(options, err);
        if (loaded == null) return Main.EXIT_INVALID;
        return episodes.all ? all(o, loaded.episodes()) : one(o, loaded);
    }

    private int one(PrintWriter o, EpisodeOptions.Loaded loaded) throws Exception {
        Episode episode = loaded.episodes().get(0);
        List<Hindcast.Target> list = episode.targets();
        Path folder = EnsembleWriter.run(loaded.single(), RunCommand.parent(out).resolve(
                RunCommand.folderName(loaded.single().file(), options, out == null, loaded.single())),
                new EnsembleWriter.Options(runs, threads, true), EnsembleWriter.Progress.NONE).folder();
        Map<Path, Hindcast.Series> cf;
        try (Ensemble ensemble = new Ensemble(threads, "entente-hindcast")) {
            cf = episode.runCounterfactuals(runs, ensemble);
        }
        List<Hindcast.Scored> scored = Hindcast.score(list, Hindcast.Series.read(ResultSet.open(folder), list, episode.scenario()), cf,
                loaded.rates());
        Path csv = folder.resolve("hindcast.csv");
        StringBuilder b = new StringBuilder(Episodes.TARGET_HEADER).append('\n');
        for (Hindcast.Scored s : scored) Episodes.row(b, s);
        Episodes.writeFile(csv, b.toString());
        o.printf(Locale.ROOT, "%s, %d runs:%n", episodes.what(loaded), runs);
        table(o, scored);
        Hindcast.Summary sum = Hindcast.summarise(scored);
        o.println(summaryLine(sum));
        o.println("Written to " + CompareCommand.shown(csv));
        return Main.EXIT_OK;
    }

    private int all(PrintWriter o, List<Episode> list) throws Exception {
        List<List<Hindcast.Scored>> scored;
        try (Ensemble ensemble = new Ensemble(threads, "entente-hindcast")) {
            List<Episode.Pending> pending = new ArrayList<>();
            for (Episode e : list) pending.add(e.plan(runs, s -> s));
            Episode.run(pending, ensemble);
            scored = new ArrayList<>();
            for (Episode.Pending p : pending) scored.add(p.scored());
        }
        List<Hindcast.Scored> pooled = new ArrayList<>();
        for (List<Hindcast.Scored> s : scored) pooled.addAll(s);
        Hindcast.Summary overall = Hindcast.summarise(pooled);
        o.printf(Locale.ROOT, "Hindcast of %d episodes, %d runs each (run k of every scenario and its counterfactuals on the same seed):%n",
                list.size(), runs);
        o.printf(Locale.ROOT, "%-22s %7s %10s %10s %10s %10s %11s %11s %16s%n", "episode", "targets", "level MAPE", "growth MAE",
                "change MAE", "share MAE", "signs right", "inside band", "objective");
        StringBuilder board = new StringBuilder(Episodes.SCOREBOARD_HEADER).append('\n');
        StringBuilder rows = new StringBuilder("episode,").append(Episodes.TARGET_HEADER).append('\n');
        for (int i = 0; i < list.size(); i++) {
            Hindcast.Summary m = Hindcast.summarise(scored.get(i));
            o.println(boardLine(list.get(i).name(), m, overall.objective()));
            Episodes.scoreRow(board, list.get(i).name(), m, overall.objective());
            for (Hindcast.Scored s : scored.get(i)) {
                rows.append(list.get(i).name()).append(',');
                Episodes.row(rows, s);
            }
        }
        o.println(boardLine("all", overall, overall.objective()));
        Episodes.scoreRow(board, "all", overall, overall.objective());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("scoreboard.csv", board.toString());
        files.put("hindcast.csv", rows.toString());
        Path dest = RunCommand.parent(out).resolve("hindcast-all");
        Episodes.writeFolder(dest, Destination.Kind.HINDCAST_ALL, files);
        o.println("MAPE over levels (relative error), MAE in points over growth rates, changes and shares; signs over growth and"
                + " change; the objective weighs each squared error by its confidence (docs/validation.md).");
        o.println("Written to " + CompareCommand.shown(dest) + " (scoreboard.csv, hindcast.csv)");
        return Main.EXIT_OK;
    }

    private static String boardLine(String name, Hindcast.Summary m, double total) {
        return String.format(Locale.ROOT, "%-22s %7d %10s %10s %10s %10s %11s %11s %16s", name, m.targets(), pct(m.levelMape(), m.levels()),
                pts(m.growthMae(), m.growth()), pts(m.changeMae(), m.changes()), pts(m.pointsMae(), m.points()),
                m.signs() == 0 ? "-" : m.signsRight() + " of " + m.signs(), m.inside() + " of " + m.targets(),
                String.format(Locale.ROOT, "%.3f (%.0f%%)", m.objective(), total > 0 ? 100 * m.objective() / total : 0));
    }

    private static String pct(double v, int n) { return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", v); }

    private static String pts(double v, int n) { return n == 0 ? "-" : String.format(Locale.ROOT, "%.2f pt", v); }

    static String summaryLine(Hindcast.Summary m) {
        return String.format(Locale.ROOT, "Level MAPE %s over %d targets; growth MAE %s over %d; change MAE %s over %d; share MAE %s over %d;"
                        + " signs right %d of %d; %d of %d observed values inside the simulated 5-95%% band; weighted objective %.3f.",
                pct(m.levelMape(), m.levels()), m.levels(), pts(m.growthMae(), m.growth()), m.growth(), pts(m.changeMae(), m.changes()), m.changes(),
                pts(m.pointsMae(), m.points()), m.points(), m.signsRight(), m.signs(), m.inside(), m.targets(), m.objective());
    }

    /** The per-target table on the console. */
    static void table(PrintWriter o, List<Hindcast.Scored> scored) {
        o.printf(Locale.ROOT, "%-16s %-6s %-4s %-4s %-14s %-8s %10s %10s %21s %9s  %s%n", "metric", "kind", "sub", "part", "period", "unit",
                "observed", "simulated", "p05 to p95", "error", "band");
        for (Hindcast.Scored s : scored) {
            Hindcast.Target t = s.target();
            String period = t.base() == null ? t.period().text() : t.period().text() + "/" + t.base().text();
            String error = t.inPoints() ? String.format(Locale.ROOT, "%+.1f pt", s.error()) : String.format(Locale.ROOT, "%+.1f%%", s.errorPct());
            o.printf(Locale.ROOT, "%-16s %-6s %-4s %-4s %-14s %-8s %10.2f %10.2f %10.2f to %-8.2f %9s  %s%n", t.metric(), t.kind().key(),
                    t.subject(), t.partner(), period, t.unit(), t.value(), s.simulated(), s.p05(), s.p95(), error, s.inside() ? "inside" : "outside");
        }
    }
}
