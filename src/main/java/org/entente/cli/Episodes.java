package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.analysis.CurrencyRates;
import org.entente.analysis.Episode;
import org.entente.analysis.Hindcast;
import org.entente.io.Numbers;
import org.entente.io.AtomicFile;
import org.entente.io.Csv;
import org.entente.io.Destination;
import org.entente.io.ResultFolder;
import org.entente.io.ScenarioLoader;
import org.entente.model.Scenario;

/**
 * What hindcast and calibrate share: reading the currency rates, the targets and the episodes
 * (each problem printed as one line naming its file and line), the per-target table, and the
 * writing of their result files (all of it here, in {@link #writeFolder} and {@link #writeFile},
 * so that a change of how results are written touches one place).
 */
final class Episodes {
    /** The per-target table (hindcast.csv; with --all the episode comes first). */
    static final String TARGET_HEADER = "metric,kind,subject,partner,period,base_period,unit,confidence,weight,observed,simulated,"
            + "sim_p05,sim_p95,error,error_pct,inside_band,sign_right,line";
    static final String SCOREBOARD_HEADER = "episode,targets,level_mape,levels,growth_mae,growth,change_mae,changes,points_mae,points,"
            + "signs_right,signs,inside_band,objective,objective_share";

    private Episodes() { }

    /** The currency table (a missing file is reported only when a target needs it), or null after printing why it cannot be read. */
    static CurrencyRates rates(Path file, PrintWriter err) throws IOException {
        try {
            return CurrencyRates.read(file);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    /** The targets, or null after printing every problem (the caller exits with 2). */
    static List<Hindcast.Target> targets(Path file, PrintWriter err) throws IOException {
        try {
            return Hindcast.readTargets(file);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
        } catch (Hindcast.TargetsException e) {
            print(e.problems(), err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
        }
        return null;
    }

    static void print(List<Hindcast.Problem> problems, PrintWriter err) {
        for (Hindcast.Problem p : problems) err.println(p);
        err.println(problems.size() == 1 ? "1 target cannot be scored: nothing was run." : problems.size() + " targets cannot be scored: nothing was run.");
    }

    /**
     * An episode: the scenario (with the command's overrides), its counterfactuals (with the same
     * overrides and the scenario's master seed) and its targets, checked against them. Null after
     * printing every problem.
     */
    static Episode load(String name, ScenarioLoader.Loaded loaded, List<Hindcast.Target> targets, CurrencyRates rates, OverrideOptions o,
                        PrintWriter err) {
        Scenario s = loaded.scenario();
        Map<Path, Scenario> cf = new LinkedHashMap<>();
        List<Hindcast.Problem> problems = new ArrayList<>();
        for (Hindcast.Target t : targets) {
            Path p = t.counterfactual();
            if (p == null || cf.containsKey(p)) continue;
            if (!Files.isRegularFile(p)) {
                problems.add(new Hindcast.Problem(t.where(), "note: counterfactual " + p + ": no such file (paths are read from the current folder)"));
                continue;
            }
            ScenarioLoader.Loaded c = o.load(p, s.seed(), err);
            if (c == null) {
                problems.add(new Hindcast.Problem(t.where(), "note: counterfactual " + p + " cannot be read (above)"));
                continue;
            }
            cf.put(p, c.scenario());
        }
        problems.addAll(Hindcast.check(targets, s, cf, rates));
        if (!problems.isEmpty()) {
            print(problems, err);
            return null;
        }
        return new Episode(name, s, targets, cf, rates);
    }

    /**
     * Every episode of a folder: each scenario with a targets file {@code <name>-targets.csv} in
     * {@code targetsDir}. A scenario without one is an error unless an effect target names it as
     * its counterfactual. Null after printing every problem.
     */
    static List<Episode> all(Path dir, Path targetsDir, CurrencyRates rates, OverrideOptions o, PrintWriter err) throws IOException {
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": no such folder");
            return null;
        }
        List<Path> scenarios = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{yaml,yml,json}")) {
            for (Path p : ds) scenarios.add(p);
        }
        scenarios.sort(null);
        Map<Path, List<Hindcast.Target>> targets = new LinkedHashMap<>();
        Set<Path> named = new LinkedHashSet<>();
        boolean bad = false;
        for (Path s : scenarios) {
            Path t = targetsDir.resolve(baseName(s) + "-targets.csv");
            if (!Files.isRegularFile(t)) continue;
            List<Hindcast.Target> list = targets(t, err);
            if (list == null) {
                bad = true;
                continue;
            }
            targets.put(s, list);
            for (Path c : Hindcast.counterfactuals(list)) named.add(c.toAbsolutePath().normalize());
        }
        for (Path s : scenarios) {
            Path t = targetsDir.resolve(baseName(s) + "-targets.csv");
            if (!Files.isRegularFile(t) && !named.contains(s.toAbsolutePath().normalize())) {
                err.println(s + ": no targets file " + t
                        + " (every episode needs one; a counterfactual is named by an effect target's note)");
                bad = true;
            }
        }
        if (bad) return null;
        if (targets.isEmpty()) {
            err.println(dir + ": no episode (a scenario with a targets file in " + targetsDir + ")");
            return null;
        }
        List<Episode> out = new ArrayList<>();
        for (Map.Entry<Path, List<Hindcast.Target>> e : targets.entrySet()) {
            ScenarioLoader.Loaded loaded = o.load(e.getKey(), null, err);
            Episode ep = loaded == null ? null : load(baseName(e.getKey()), loaded, e.getValue(), rates, o, err);
            if (ep == null) bad = true;
            else out.add(ep);
        }
        return bad ? null : out;
    }

    static String baseName(Path scenario) { return RunCommand.baseName(scenario.getFileName().toString()); }

    /** One row of the per-target table, without the episode column. */
    static void row(StringBuilder b, Hindcast.Scored s) {
        Hindcast.Target t = s.target();
        // text cells through the one CSV writer, which neutralises anything a spreadsheet would execute
        for (String cell : new String[] {t.metric(), t.kind().key(), t.subject(), t.partner(), t.period().text(),
                t.base() == null ? "" : t.base().text(), t.unit(), t.confidence().key()}) {
            Csv.text(b, cell).append(',');
        }
        Numbers.append(b, t.weight());
        for (double v : new double[] {t.value(), s.simulated(), s.p05(), s.p95(), s.error(), t.inPoints() ? Double.NaN : s.errorPct()}) {
            b.append(',');
            Numbers.append(b, v);
        }
        boolean signed = t.kind() == Hindcast.Kind.GROWTH || t.kind() == Hindcast.Kind.CHANGE;
        b.append(',').append(s.inside()).append(',').append(signed ? String.valueOf(s.signRight()) : "").append(',').append(t.line()).append('\n');
    }

    /** One row of scoreboard.csv. */
    static void scoreRow(StringBuilder b, String episode, Hindcast.Summary m, double total) {
        Csv.text(b, episode).append(',').append(m.targets()).append(',');
        Numbers.append(b, m.levelMape());
        b.append(',').append(m.levels()).append(',');
        Numbers.append(b, m.growthMae());
        b.append(',').append(m.growth()).append(',');
        Numbers.append(b, m.changeMae());
        b.append(',').append(m.changes()).append(',');
        Numbers.append(b, m.pointsMae());
        b.append(',').append(m.points()).append(',').append(m.signsRight()).append(',').append(m.signs()).append(',').append(m.inside()).append(',');
        Numbers.append(b, m.objective());
        b.append(',');
        Numbers.append(b, total > 0 ? m.objective() / total : Double.NaN);
        b.append('\n');
    }

    /**
     * Writes a new results folder of {@code kind} holding these files (name to text), through the
     * shared destination check, replacing the destination only once complete.
     */
    static void writeFolder(Path destination, Destination.Kind kind, Map<String, String> files) throws IOException {
        try (ResultFolder folder = ResultFolder.create(destination, kind)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(folder.path().resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            folder.commit();
        }
    }

    /** Writes one hindcast.csv into a results folder, atomically, through the shared destination check. */
    static void writeFile(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFile.write("--out", file, Destination.Kind.HINDCAST_CSV, List.of(), w -> w.write(bytes));
    }
}
