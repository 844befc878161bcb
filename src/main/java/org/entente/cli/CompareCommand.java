package org.entente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.entente.analysis.Comparison;
import org.entente.analysis.ResultSet;
import org.entente.io.AtomicFile;
import org.entente.io.Csv;
import org.entente.io.Destination;
import org.entente.io.Numbers;
import org.entente.model.Metric;
import org.entente.stats.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente compare A B}: is B different from A, metric by metric, beyond the noise? */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two ensembles (results folders): differences, 95%% intervals, tests, adjusted p-values, effect sizes.")
final class CompareCommand implements Callable<Integer> {
    static final String HEADER_TAIL = "n_a,n_b,mean_a,mean_b,diff,diff_ci_low,diff_ci_high,p_value,p_rank,"
            + "p_adjusted,effect_size,significant,test";
    /** Metrics shown as a percentage of A's mean in the printed table; the others as absolute differences. */
    static final Set<String> RELATIVE = Metric.keysSized(Metric.Change.RELATIVE);
    /** Metrics on a 0-1 scale, ranked by their absolute change; the rest (growth rates, balances, counts) are listed, not ranked. */
    static final Set<String> UNIT_SCALE = Metric.keysSized(Metric.Change.UNIT_SCALE);
    static final int SHOWN = 12;

    @Parameters(index = "0", paramLabel = "A", description = "results folder of the reference ensemble")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "results folder of the ensemble compared with it")
    Path b;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the table (default: comparison.csv, or comparison-dyads.csv, beside B)")
    Path out;

    @Option(names = "--dyads", description = "compare dyads.csv (flows, alignment, ... of each pair) instead of nations.csv")
    boolean dyads;

    @Option(names = "--unpaired", description = "use Welch's t-test and Mann-Whitney even when the runs are paired by seed")
    boolean unpaired;

    @Option(names = "--force", description = "compare even folders from different engine versions, months or actors, or run with different"
            + " overrides (--set, --params, --months, --seed)")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ResultSet ra, rb;
        try {
            ra = ResultSet.open(a);
            rb = ResultSet.open(b);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.EXIT_INVALID;
        }
        if (ra.runs < 2 || rb.runs < 2) {
            err.println((ra.runs < 2 ? a : b) + ": holds a single run; a comparison needs ensembles (run both with --runs 20 or more)");
            return Main.EXIT_INVALID;
        }
        List<String> problems = Comparison.incompatibilities(ra, rb);
        Comparison.Differences diff = Comparison.differences(ra, rb);
        if ((!problems.isEmpty() || !diff.refusing().isEmpty()) && !force) {
            for (String p : problems) err.println(a + " vs " + b + ": " + p);
            for (String p : diff.refusing()) {
                err.println(a + " vs " + b + ": run with different overrides: " + p + " (the table would mix their effect with the scenarios')");
            }
            err.println("Not compared. --force compares them anyway.");
            return Main.EXIT_INVALID;
        }
        if (dyads && (!Files.exists(a.resolve("dyads.csv")) || !Files.exists(b.resolve("dyads.csv")))) {
            err.println("--dyads needs dyads.csv in both folders (they were run with --no-dyads?)");
            return Main.EXIT_INVALID;
        }
        boolean crn = Comparison.commonRandomNumbers(ra, rb);
        boolean paired = crn && !unpaired;
        List<Comparison.Row> rows;
        try {
            rows = Comparison.compare(ra, rb, dyads, paired);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.EXIT_INVALID;
        }
        Path file = out != null ? out : b.toAbsolutePath().normalize().getParent().resolve(dyads ? "comparison-dyads.csv" : "comparison.csv");
        write(file, rows, paired);

        o.printf(Locale.ROOT, "Comparing %s (A, %d runs) with %s (B, %d runs).%n", a, ra.runs, b, rb.runs);
        if (diff.shown().isEmpty()) o.println("A and B were run with the same parameters and overrides, from the same scenario.");
        else o.println("What differs between A and B (from their manifests):");
        for (String d : diff.shown()) o.println("  " + d);
        for (String p : problems) o.println("Warning (--force): " + p);
        if (paired) {
            o.println("Common random numbers: both ensembles used the same seeds, so run k of A and run k of B are paired"
                    + " (paired t-test; Wilcoxon signed-rank in p_rank).");
        } else if (crn) {
            o.println("The runs are paired by seed, but --unpaired asked for Welch's t-test and Mann-Whitney.");
        } else {
            o.println("Different seeds: independent samples (Welch's t-test, Mann-Whitney).");
        }
        long significant = rows.stream().filter(Comparison.Row::significant).count();
        o.printf(Locale.ROOT, "%d of %d comparisons are significant (Holm-adjusted p < %s).%n", significant, rows.size(),
                Numbers.format(Comparison.ALPHA));
        List<Comparison.Row> last = new ArrayList<>();
        for (Comparison.Row r : rows) if (r.significant() && r.month().equals(ra.lastMonth())) last.add(r);
        last.sort(Comparator.comparingDouble((Comparison.Row r) -> -strength(r)));
        if (!last.isEmpty()) o.println("Largest effects in the final month (B against A):");
        for (int i = 0; i < Math.min(SHOWN, last.size()); i++) o.println("  " + words(last.get(i)));
        if (last.size() > SHOWN) o.println("  ... and " + (last.size() - SHOWN) + " more in the final month.");
        o.println("Written to " + shown(file));
        return Main.EXIT_OK;
    }

    /**
     * How large an effect is, for ranking the printed table: the relative change for amounts
     * (GDP, trade, oil ...), the absolute change for quantities on a 0-1 scale (alignment,
     * shares, stability). Significance is settled by the tests; this only orders what is shown.
     */
    private static double strength(Comparison.Row r) {
        double d = Math.abs(r.test().diff());
        if (Double.isNaN(d)) return 0;
        if (RELATIVE.contains(r.metric())) return r.meanA() != 0 ? d / Math.abs(r.meanA()) : 0;
        return UNIT_SCALE.contains(r.metric()) ? d : 0;
    }

    /** "IRN gdp 2034-12: -4.1% (95% CI -4.3 to -3.9), p < 0.001". */
    static String words(Comparison.Row r) {
        Stats.Test t = r.test();
        String subject = r.subject().replace(",", "->");
        String p = Double.isNaN(t.p()) ? "p n/a" : t.p() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", t.p());
        if (RELATIVE.contains(r.metric()) && r.meanA() != 0) {
            double k = 100 / Math.abs(r.meanA());
            return String.format(Locale.ROOT, "%s %s %s: %+.1f%% (95%% CI %+.1f to %+.1f), %s", subject, r.metric(), r.month(),
                    t.diff() * k, t.ciLow() * k, t.ciHigh() * k, p);
        }
        return String.format(Locale.ROOT, "%s %s %s: %+.3f (from %.3f to %.3f; 95%% CI %+.3f to %+.3f), %s", subject, r.metric(),
                r.month(), t.diff(), r.meanA(), r.meanB(), t.ciLow(), t.ciHigh(), p);
    }

    /** A path as the user would type it: relative to the working folder when inside it. */
    static Path shown(Path file) {
        Path abs = file.toAbsolutePath().normalize(), cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }

    /** p-values keep their magnitude when small (1.234e-12), unlike other numbers rounded to six decimals. */
    static String probability(double p) {
        if (Double.isNaN(p)) return "";
        if (p != 0 && p < 1e-4) return String.format(Locale.ROOT, "%.3e", p);
        return Numbers.format(p);
    }

    private void write(Path file, List<Comparison.Row> rows, boolean paired) throws Exception {
        String test = paired ? "paired_t+wilcoxon" : "welch_t+mann_whitney";
        AtomicFile.write("--out", file, Destination.Kind.COMPARISON_CSV, List.of(), stream -> {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write((dyads ? "metric,from,to,month," : "metric,actor,month,") + HEADER_TAIL);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (Comparison.Row r : rows) {
                sb.setLength(0);
                Csv.text(sb, r.metric()).append(',');
                // a dyad's subject is "from,to": two cells
                int comma = dyads ? r.subject().indexOf(',') : -1;
                if (comma >= 0) Csv.text(Csv.text(sb, r.subject().substring(0, comma)).append(','), r.subject().substring(comma + 1));
                else Csv.text(sb, r.subject());
                Csv.text(sb.append(','), r.month()).append(',').append(r.nA()).append(',').append(r.nB());
                Stats.Test t = r.test();
                for (double v : new double[] {r.meanA(), r.meanB(), t.diff(), t.ciLow(), t.ciHigh()}) {
                    Csv.number(sb.append(','), v);
                }
                for (double v : new double[] {t.p(), t.pRank(), r.pAdjusted()}) sb.append(',').append(probability(v));
                sb.append(',');
                double g = t.effectSize();
                Csv.number(sb, g);
                sb.append(',').append(r.significant()).append(',').append(test).append('\n');
                w.append(sb);
            }
            w.flush();
        });
    }
}
