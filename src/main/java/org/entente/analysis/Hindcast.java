package org.entente.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.engine.RecordSink;
import org.entente.stats.Stats;
import org.entente.io.Csv;
import org.entente.io.CsvRows;
import org.entente.model.Metric;
import org.entente.model.Scenario;

/**
 * Scores an ensemble against observed figures: a targets file of format 2
 * (docs/validation.md, "The targets file"). A target names a metric of the registry
 * ({@link Metric}) or one of two pair quantities, a kind (level, growth, change, share,
 * effect), a period (a year, an Indian fiscal year, a quarter, a month, a range of months or of
 * years) and an observed value with its unit and confidence. Every row is either scored or
 * refused with a {@link Problem} that names its file, line and reason: nothing is silently left
 * out. Stateless; the nested {@link Series} is filled by several run threads at once (each run
 * writes only its own rows).
 */
public final class Hindcast {
    /** The columns of a targets file, format 2 (extra columns are allowed and ignored). */
    public static final List<String> COLUMNS = List.of("metric", "kind", "subject", "partner", "period", "base_period", "value",
            "unit", "source", "confidence", "note");
    /** The pair quantity: exports subject to partner plus partner to subject. */
    public static final String TRADE_TOTAL = "trade_total";
    /** The pair quantity: exports partner to subject. */
    public static final String PAIR_IMPORTS = "imports";
    /** Where an effect target names its counterfactual scenario, in the note. */
    static final Pattern COUNTERFACTUAL = Pattern.compile("counterfactual=(\\S+?\\.ya?ml)");

    private Hindcast() { }

    /** What a target compares. */
    public enum Kind {
        LEVEL, GROWTH, CHANGE, SHARE, EFFECT;

        public String key() { return name().toLowerCase(Locale.ROOT); }

        static Kind parse(String s) {
            for (Kind k : values()) if (k.key().equals(s)) return k;
            return null;
        }
    }

    /**
     * How much an observed figure is trusted, and the weight its squared error gets in the
     * calibration objective. The weights are an assumption (docs/validation.md): an official
     * statistic counts fully, a figure reported second-hand half, a study's model-based estimate
     * a quarter (as if each step away from the source doubled the variance of its error).
     */
    public enum Confidence {
        OFFICIAL(1.0), REPORTED(0.5), ESTIMATE(0.25);

        private final double weight;

        Confidence(double weight) { this.weight = weight; }

        public double weight() { return weight; }

        public String key() { return name().toLowerCase(Locale.ROOT); }

        static Confidence parse(String s) {
            for (Confidence c : values()) if (c.key().equals(s)) return c;
            return null;
        }
    }

    /** A period of a target: its text and its first and last month, inclusive. */
    public record Period(String text, YearMonth from, YearMonth to) {
        private static final Pattern YEAR = Pattern.compile("(\\d{4})"), FY = Pattern.compile("FY(\\d{4})-(\\d{2})"),
                QUARTER = Pattern.compile("(\\d{4})-Q([1-4])"), MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])"),
                MONTHS = Pattern.compile("(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})"), YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

        /**
         * A period from its text: {@code 2013}, {@code FY2012-13} (April 2012 to March 2013),
         * {@code 2013-Q2}, {@code 2012-07}, {@code 2012-07..2012-12}, {@code 2014-2015}; null when
         * the text is none of these or is backwards.
         */
        public static Period parse(String s) {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) return year(Integer.parseInt(m.group(1)), s);
            if ((m = FY.matcher(s)).matches()) {
                int y = Integer.parseInt(m.group(1));
                if (Integer.parseInt(m.group(2)) != (y + 1) % 100) return null;
                return new Period(s, YearMonth.of(y, 4), YearMonth.of(y + 1, 3));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                YearMonth a = YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2);
                return new Period(s, a, a.plusMonths(2));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                YearMonth a = YearMonth.parse(s);
                return new Period(s, a, a);
            }
            if ((m = MONTHS.matcher(s)).matches() && MONTH.matcher(m.group(1)).matches() && MONTH.matcher(m.group(2)).matches()) {
                YearMonth a = YearMonth.parse(m.group(1)), b = YearMonth.parse(m.group(2));
                return b.isBefore(a) ? null : new Period(s, a, b);
            }
            if ((m = YEARS.matcher(s)).matches()) {
                int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
                return b < a ? null : new Period(s, YearMonth.of(a, 1), YearMonth.of(b, 12));
            }
            return null;
        }

        static Period year(int y, String text) { return new Period(text, YearMonth.of(y, 1), YearMonth.of(y, 12)); }

        /** Whether the period is one calendar year. */
        public boolean isCalendarYear() { return from.getMonthValue() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear(); }

        public int months() { return (int) ChronoUnit.MONTHS.between(from, to) + 1; }
    }

    /** One observed figure, a row of a targets file. {@code counterfactual} is set for an effect only. */
    public record Target(String metric, Kind kind, String subject, String partner, Period period, Period base, double value,
                         String unit, String source, Confidence confidence, String note, Path counterfactual, String file, int line) {
        /** Where the row is: {@code file:line}. */
        public String where() { return file + ":" + line; }

        /** Whether its error is a difference in points (a percent unit) rather than relative to the observed value. */
        public boolean inPoints() { return unit.equals("percent"); }

        public double weight() { return confidence.weight(); }

        public boolean isDyad() { return !partner.isEmpty(); }

        /** The currency of a value in a currency (usd_bn, eur_bn, ...), upper case, or null for other units. */
        public String currency() { return currency(unit); }

        static String currency(String unit) {
            return unit.matches("[a-z]{3}_bn") ? unit.substring(0, 3).toUpperCase(Locale.ROOT) : null;
        }
    }

    /** A row the tool cannot score: where it is and why. */
    public record Problem(String where, String reason) {
        @Override public String toString() { return where + ": " + reason; }
    }

    /** Thrown when targets cannot be read or scored; every problem is one line naming its row. */
    public static final class TargetsException extends IllegalArgumentException {
        private final List<Problem> problems;

        public TargetsException(List<Problem> problems) {
            super(problems.get(0).toString() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() { return problems; }
    }

    /** A target next to the simulation: mean and 5th/95th percentiles across runs, in the target's unit. */
    public record Scored(Target target, int n, double simulated, double p05, double p95) {
        public double error() { return simulated - target.value(); }
        public double errorPct() { return 100 * error() / Math.abs(target.value()); }
        public boolean inside() { return target.value() >= p05 && target.value() <= p95; }
        /** Whether simulated and observed have the same sign (growth and change targets are judged on this). */
        public boolean signRight() { return Math.signum(simulated) == Math.signum(target.value()); }
    }

    /**
     * The scoreboard of a list of scored targets. Level MAPE is over level and effect targets not
     * in percent; growth and change MAE are in points; {@code pointsMae} is over shares and levels
     * in percent; signs are counted over growth and change targets; {@code objective} is the
     * weighted calibration objective ({@link Calibration#objective}).
     */
    public record Summary(int targets, double levelMape, int levels, double growthMae, int growth, double changeMae, int changes,
                          double pointsMae, int points, int signsRight, int signs, int inside, double objective) { }

    // ---- reading --------------------------------------------------------------------------

    /** Reads a targets file, format 2; every bad row is a problem naming file, line and field. */
    public static List<Target> readTargets(Path file) throws IOException {
        List<Target> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String name = file.toString();
        Csv csv;
        try {
            csv = Csv.open(file);             // the one reader: a BOM is skipped, an empty file named
        } catch (IllegalArgumentException e) {
            throw new TargetsException(List.of(new Problem(name + ":1", e.getMessage().startsWith(name) ? "empty file" : e.getMessage())));
        }
        try (csv) {
            List<String> header = csv.header();
            if (header.contains("target") && !header.contains("metric")) {
                throw new TargetsException(List.of(new Problem(name + ":1", "this is the first targets format (column 'target');"
                        + " format 2 has the columns " + String.join(",", COLUMNS) + " (docs/validation.md)")));
            }
            int[] col = new int[COLUMNS.size()];
            for (int i = 0; i < col.length; i++) {
                col[i] = header.indexOf(COLUMNS.get(i));
                if (col[i] < 0) problems.add(new Problem(name + ":1", "no column " + COLUMNS.get(i) + " (format 2 has " + String.join(",", COLUMNS) + ")"));
            }
            if (!problems.isEmpty()) throw new TargetsException(problems);
            for (String[] r; (r = csv.nextRaw()) != null; ) {
                if (r.length == 1 && r[0].isBlank()) continue;
                String where = name + ":" + csv.line();
                if (r.length < header.size()) {
                    problems.add(new Problem(where, "too few columns (" + r.length + " of " + header.size() + ")"));
                    continue;
                }
                String[] f = new String[col.length];
                for (int i = 0; i < col.length; i++) f[i] = r[col[i]].trim();
                Target t = row(f, name, csv.line(), problems);
                if (t != null) out.add(t);
            }
        }
        if (!problems.isEmpty()) throw new TargetsException(problems);
        return out;
    }

    private static Target row(String[] f, String file, int line, List<Problem> problems) {
        String where = file + ":" + line;
        int before = problems.size();
        String metric = f[0], subject = f[2], partner = f[3], unit = f[7], note = f[10];
        Kind kind = Kind.parse(f[1]);
        if (kind == null) problems.add(new Problem(where, "kind: must be level, growth, change, share or effect, but was \"" + f[1] + "\""));
        if (subject.isEmpty()) problems.add(new Problem(where, "subject: must not be empty"));
        Metric.Unit mu = metricUnit(metric, !partner.isEmpty());
        if (mu == null) {
            problems.add(new Problem(where, "metric: " + (partner.isEmpty()
                    ? "must be a column of nations.csv (" + String.join(", ", Metric.nationKeys()) + ") when partner is empty"
                    : "must be a column of dyads.csv (" + String.join(", ", Metric.dyadKeys()) + "), trade_total or imports when partner is given")
                    + ", but was \"" + metric + "\""));
        }
        Period period = Period.parse(f[4]);
        if (period == null) problems.add(new Problem(where, "period: must be a year (2013), FY2012-13, 2013-Q2, a month (2012-07),"
                + " a range of months (2012-07..2012-12) or of years (2014-2015), but was \"" + f[4] + "\""));
        Period base = null;
        if (kind == Kind.CHANGE) {
            base = Period.parse(f[5]);
            if (base == null) problems.add(new Problem(where, "base_period: a change needs a period to compare with, in the forms of period, but was \"" + f[5] + "\""));
        } else if (!f[5].isEmpty()) {
            problems.add(new Problem(where, "base_period: only a change has one, but was \"" + f[5] + "\""));
        }
        if (kind == Kind.GROWTH && period != null && !period.isCalendarYear()) {
            problems.add(new Problem(where, "period: a growth is the change of a calendar year's mean on the year before, so it must be a year, but was \"" + f[4] + "\""));
        }
        double value = Double.NaN;
        try {
            value = Double.parseDouble(f[6]);
            if (!Double.isFinite(value)) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            problems.add(new Problem(where, "value: must be a number, but was \"" + f[6] + "\""));
        }
        if (kind != null && mu != null) {
            String why = unitProblem(kind, metric, mu, unit);
            if (why != null) problems.add(new Problem(where, "unit: " + why + ", but was \"" + unit + "\""));
        }
        if (!unit.equals("percent") && value == 0 && kind != null) {
            problems.add(new Problem(where, "value: must not be 0 (the error of a target not in percent is relative to it)"));
        }
        if (f[8].isEmpty()) problems.add(new Problem(where, "source: must not be empty"));
        Confidence confidence = Confidence.parse(f[9]);
        if (confidence == null) problems.add(new Problem(where, "confidence: must be official, reported or estimate, but was \"" + f[9] + "\""));
        Path counterfactual = null;
        Matcher m = COUNTERFACTUAL.matcher(note);
        if (kind == Kind.EFFECT) {
            if (m.find()) counterfactual = Path.of(m.group(1));
            else problems.add(new Problem(where, "note: an effect must name its counterfactual scenario as counterfactual=FILE.yaml"));
        }
        if (period != null && outOfSample(period, subject, partner)) {
            problems.add(new Problem(where, "period: " + f[4] + " is kept for out-of-sample tests (Iran 2018-2020, every month from 2025-01): never a target"));
        }
        if (base != null && outOfSample(base, subject, partner)) {
            problems.add(new Problem(where, "base_period: " + f[5] + " is kept for out-of-sample tests (Iran 2018-2020, every month from 2025-01): never a target"));
        }
        if (problems.size() > before) return null;
        return new Target(metric, kind, subject, partner, period, base, value, unit, f[8], confidence, note, counterfactual, file, line);
    }

    /** The out-of-sample periods of issue 12: Iran from 2018 to 2020, and every month from January 2025 on. */
    static boolean outOfSample(Period p, String subject, String partner) {
        if (!p.to().isBefore(YearMonth.of(2025, 1))) return true;
        boolean iran = subject.equals("IRN") || partner.equals("IRN");
        return iran && !p.to().isBefore(YearMonth.of(2018, 1)) && !p.from().isAfter(YearMonth.of(2020, 12));
    }

    /** The unit the quantity is written in, or null when the name is not one of the scope's. */
    static Metric.Unit metricUnit(String metric, boolean dyad) {
        if (dyad && (metric.equals(TRADE_TOTAL) || metric.equals(PAIR_IMPORTS))) return Metric.Unit.USD_BN;
        return Metric.byKey(dyad ? Metric.Scope.DYAD : Metric.Scope.NATION, metric).map(Metric::unit).orElse(null);
    }

    private static String unitProblem(Kind kind, String metric, Metric.Unit mu, String unit) {
        switch (kind) {
            case GROWTH, CHANGE -> {
                return unit.equals("percent") ? null : "a " + kind.key() + " is in percent";
            }
            case SHARE -> {
                if (!metric.equals(Metric.DYAD_EXPORTS.key())) return "a share is of exports subject to partner over the partner's imports (metric exports; metric was \"" + metric + "\")";
                return unit.equals("percent") ? null : "a share is in percent";
            }
            default -> {
                boolean ok = switch (mu) {
                    case USD_BN -> Target.currency(unit) != null;
                    case PERCENT -> unit.equals("percent");
                    case SHARE -> unit.equals("index") || unit.equals("percent");
                    case MBD -> unit.equals("mbd");
                    case USD_PER_BBL -> unit.equals("usd_per_bbl");
                    case INDEX -> unit.equals("index");
                    case COUNT -> unit.equals("count");
                };
                return ok ? null : metric + " is in " + mu.key() + ", so the unit must be " + switch (mu) {
                    case USD_BN -> "a currency in billions (usd_bn, eur_bn, cny_bn, inr_bn)";
                    case SHARE -> "index (0 to 1) or percent";
                    default -> mu.key();
                };
            }
        }
    }

    /** The counterfactual scenarios the effect targets name, each once, in the order first named. */
    public static List<Path> counterfactuals(List<Target> targets) {
        Set<Path> out = new LinkedHashSet<>();
        for (Target t : targets) if (t.counterfactual() != null) out.add(t.counterfactual());
        return new ArrayList<>(out);
    }

    // ---- checking against a scenario ------------------------------------------------------

    /**
     * The slots of a series ({@link Series}: slot 0 the start world, slot k + 1 month k) that a
     * period reads: [a, b], or [0, 0] for the start world; null if the run does not hold it.
     */
    static int[] window(Period p, YearMonth start, int months, boolean startWorldAllowed) {
        int a = (int) ChronoUnit.MONTHS.between(start, p.from()), b = (int) ChronoUnit.MONTHS.between(start, p.to());
        if (a >= 0 && b < months) return new int[] {a + 1, b + 1};
        // a scenario's start figures are the previous year's: the calendar year before a January start is month 0
        if (startWorldAllowed && p.isCalendarYear() && start.getMonthValue() == 1 && p.from().getYear() == start.getYear() - 1) {
            return new int[] {0, 0};
        }
        return null;
    }

    /** The base period of a growth or change target. */
    static Period base(Target t) {
        return t.kind() == Kind.GROWTH ? Period.year(t.period().from().getYear() - 1, String.valueOf(t.period().from().getYear() - 1)) : t.base();
    }

    /**
     * Checks every target against the scenario it scores (and, for effects, the counterfactual it
     * names): actors present, periods inside the run, a rate for every currency and year. Returns
     * the problems; an empty list means every target can be scored.
     */
    public static List<Problem> check(List<Target> targets, Scenario s, Map<Path, Scenario> counterfactuals, CurrencyRates rates) {
        List<Problem> out = new ArrayList<>();
        Set<String> actors = new LinkedHashSet<>();
        for (var a : s.actors()) actors.add(a.id());
        for (Target t : targets) {
            if (!actors.contains(t.subject())) out.add(new Problem(t.where(), "subject: " + t.subject() + " is not an actor of " + s.name()));
            if (t.isDyad() && !actors.contains(t.partner())) out.add(new Problem(t.where(), "partner: " + t.partner() + " is not an actor of " + s.name()));
            if (t.kind() == Kind.SHARE && !t.isDyad()) out.add(new Problem(t.where(), "partner: a share needs one (exports subject to partner over the partner's imports)"));
            if (window(t.period(), s.start(), s.months(), false) == null) {
                out.add(new Problem(t.where(), "period: " + t.period().text() + " lies outside the run (" + s.start() + " to "
                        + s.start().plusMonths(s.months() - 1L) + ")"));
            }
            if (t.kind() == Kind.GROWTH || t.kind() == Kind.CHANGE) {
                Period b = base(t);
                if (window(b, s.start(), s.months(), true) == null) {
                    out.add(new Problem(t.where(), (t.kind() == Kind.GROWTH ? "period: a growth of " + t.period().text() + " compares with "
                            : "base_period: ") + b.text() + ", which lies outside the run (" + s.start() + " to "
                            + s.start().plusMonths(s.months() - 1L) + ") and is not the year before a January start"));
                }
            }
            if (t.kind() == Kind.EFFECT) {
                Scenario c = counterfactuals.get(t.counterfactual());
                if (c == null) out.add(new Problem(t.where(), "note: counterfactual " + t.counterfactual() + " was not loaded"));
                else if (!c.start().equals(s.start())) {
                    out.add(new Problem(t.where(), "note: counterfactual " + t.counterfactual() + " starts in " + c.start()
                            + ", not in " + s.start() + " as " + s.name() + " does"));
                } else if (c.actors().stream().noneMatch(a -> a.id().equals(t.subject()))) {
                    out.add(new Problem(t.where(), "note: counterfactual " + t.counterfactual() + " has no actor " + t.subject()));
                }
            }
            String cur = t.currency();
            if (cur != null && !cur.equals("USD")) {
                String why = rates.missing(cur, t.period());
                if (why != null) out.add(new Problem(t.where(), "unit: " + why));
            }
        }
        return out;
    }

    // ---- scoring --------------------------------------------------------------------------

    /**
     * Scores every target against the runs collected in {@code series} (and, for effects, the runs
     * of their counterfactuals on the same seeds). The targets must have passed {@link #check}.
     */
    public static List<Scored> score(List<Target> targets, Series series, Map<Path, Series> counterfactuals, CurrencyRates rates) {
        List<Scored> out = new ArrayList<>();
        for (Target t : targets) out.add(scoreOne(t, series, t.counterfactual() == null ? null : counterfactuals.get(t.counterfactual()), rates));
        return out;
    }

    private static Scored scoreOne(Target t, Series s, Series cf, CurrencyRates rates) {
        int[] w = window(t.period(), s.start, s.months, false);
        int[] bw = t.kind() == Kind.GROWTH || t.kind() == Kind.CHANGE ? window(base(t), s.start, s.months, true) : null;
        double toUnit = 1;
        String cur = t.currency();
        if (cur != null && !cur.equals("USD")) toUnit = 1 / rates.usdPer(cur, t.period());
        else if (t.unit().equals("percent") && metricUnit(t.metric(), t.isDyad()) == Metric.Unit.SHARE
                && (t.kind() == Kind.LEVEL || t.kind() == Kind.EFFECT)) toUnit = 100;
        double[] v = new double[s.runs];
        for (int run = 0; run < s.runs; run++) {
            double[] q = quantity(t, s, run);
            double x = switch (t.kind()) {
                case LEVEL -> mean(q, w) * toUnit;
                case GROWTH, CHANGE -> 100 * (mean(q, w) / mean(q, bw) - 1);
                case SHARE -> 100 * mean(q, w) / mean(s.nation(run, t.partner(), Metric.IMPORTS), w);
                case EFFECT -> (mean(q, w) - mean(quantity(t, cf, run), w)) * toUnit;
            };
            v[run] = x;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return new Scored(t, v.length, Stats.mean(v), Stats.percentile(sorted, 0.05), Stats.percentile(sorted, 0.95));
    }

    /** The monthly series of a target's quantity in one run. */
    private static double[] quantity(Target t, Series s, int run) {
        if (!t.isDyad()) return s.nation(run, t.subject(), Metric.byKey(Metric.Scope.NATION, t.metric()).orElseThrow());
        if (t.metric().equals(TRADE_TOTAL)) {
            double[] a = s.dyad(run, t.subject(), t.partner(), Metric.DYAD_EXPORTS), b = s.dyad(run, t.partner(), t.subject(), Metric.DYAD_EXPORTS);
            double[] sum = new double[a.length];
            for (int i = 0; i < sum.length; i++) sum[i] = a[i] + b[i];
            return sum;
        }
        if (t.metric().equals(PAIR_IMPORTS)) return s.dyad(run, t.partner(), t.subject(), Metric.DYAD_EXPORTS);
        return s.dyad(run, t.subject(), t.partner(), Metric.byKey(Metric.Scope.DYAD, t.metric()).orElseThrow());
    }

    private static double mean(double[] series, int[] w) {
        double sum = 0;
        for (int i = w[0]; i <= w[1]; i++) sum += series[i];
        return sum / (w[1] - w[0] + 1);
    }

    /** The weighted error of one target: relative for levels, in units of {@link Calibration#RATE_SCALE} points for percent. */
    public static double weightedSquaredError(Scored s) {
        double e = s.target().inPoints() ? s.error() / Calibration.RATE_SCALE : s.error() / Math.abs(s.target().value());
        return s.target().weight() * e * e;
    }

    public static Summary summarise(List<Scored> scored) {
        double ape = 0, ge = 0, ce = 0, pe = 0, objective = 0;
        int levels = 0, growth = 0, changes = 0, points = 0, signsRight = 0, signs = 0, inside = 0;
        for (Scored s : scored) {
            Target t = s.target();
            if (s.inside()) inside++;
            objective += weightedSquaredError(s);
            switch (t.kind()) {
                case GROWTH -> {
                    ge += Math.abs(s.error());
                    growth++;
                }
                case CHANGE -> {
                    ce += Math.abs(s.error());
                    changes++;
                }
                default -> {
                    if (t.inPoints()) {
                        pe += Math.abs(s.error());
                        points++;
                    } else {
                        ape += Math.abs(s.errorPct());
                        levels++;
                    }
                }
            }
            if (t.kind() == Kind.GROWTH || t.kind() == Kind.CHANGE) {
                signs++;
                if (s.signRight()) signsRight++;
            }
        }
        return new Summary(scored.size(), levels == 0 ? Double.NaN : ape / levels, levels, growth == 0 ? Double.NaN : ge / growth, growth,
                changes == 0 ? Double.NaN : ce / changes, changes, points == 0 ? Double.NaN : pe / points, points, signsRight, signs, inside, objective);
    }

    // ---- the runs' values -----------------------------------------------------------------

    /**
     * Monthly series per run of exactly the nation and dyad metrics some targets need. Filled
     * either from a results folder ({@link #read}) or, run by run, through {@link #sink}; every
     * array is allocated up front, so several runs may fill it at once (each its own rows).
     * A pair with no row in a month (dyads.csv omits all-zero pairs) reads as 0.
     */
    public static final class Series {
        final YearMonth start;
        final int months, runs;
        /** Per quantity and run: slot 0 the start world, slot k + 1 month k. */
        private final Map<String, double[][]> values = new HashMap<>();
        /** The scenario's own start figures where month 0 already holds a month of growth (GDP, military spending). */
        private final Map<String, Double> startFigures = new HashMap<>();
        private final Map<String, List<Integer>> nationMetrics = new HashMap<>();
        private final Map<String, List<Integer>> dyadMetrics = new HashMap<>();

        /** Room for what {@code targets} read, over {@code runs} runs of {@code months} months from {@code start}. */
        public Series(List<Target> targets, YearMonth start, int months, int runs) {
            this.start = start;
            this.months = months;
            this.runs = runs;
            for (Target t : targets) {
                if (!t.isDyad()) need(nationMetrics, t.subject(), Metric.byKey(Metric.Scope.NATION, t.metric()).orElseThrow());
                else if (t.metric().equals(TRADE_TOTAL)) {
                    need(dyadMetrics, t.subject() + "|" + t.partner(), Metric.DYAD_EXPORTS);
                    need(dyadMetrics, t.partner() + "|" + t.subject(), Metric.DYAD_EXPORTS);
                } else if (t.metric().equals(PAIR_IMPORTS)) need(dyadMetrics, t.partner() + "|" + t.subject(), Metric.DYAD_EXPORTS);
                else need(dyadMetrics, t.subject() + "|" + t.partner(), Metric.byKey(Metric.Scope.DYAD, t.metric()).orElseThrow());
                if (t.kind() == Kind.SHARE) need(nationMetrics, t.partner(), Metric.IMPORTS);
            }
        }

        /** Room for the targets' quantities over the runs of a scenario, with its start figures. */
        public Series(List<Target> targets, Scenario s, int runs) {
            this(targets, s.start(), s.months(), runs);
            startFigures(s);
        }

        /**
         * The start world of the scenario: a scenario's figures are the previous year's, and the
         * record of month 0 already has a month of growth in GDP and military spending, so those
         * two are taken from the scenario; every other quantity (trade flows, oil, alignment) is
         * recorded at month 0 as the scenario gives it.
         */
        void startFigures(Scenario s) {
            for (var a : s.actors()) {
                startFigures.put(key(a.id(), Metric.GDP), a.gdp());
                startFigures.put(key(a.id(), Metric.MILEX), a.milex());
            }
        }

        private void need(Map<String, List<Integer>> index, String key, Metric m) {
            List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.contains(m.index())) return;
            list.add(m.index());
            values.put(key(key, m), new double[runs][months + 1]);
        }

        private static String key(String key, Metric m) { return m.scope() + "|" + key + "|" + m.key(); }

        /** Whether any target reads dyads. */
        public boolean needsDyads() { return !dyadMetrics.isEmpty(); }

        /** A record sink that keeps this run's values of what the targets read. */
        public RecordSink sink(int run) {
            return new RecordSink() {
                public void nation(NationRow r) {
                    List<Integer> wanted = nationMetrics.get(r.actor());
                    if (wanted == null || r.step() >= months) return;
                    double[] all = CsvRows.values(r);
                    for (int m : wanted) values.get(key(r.actor(), Metric.nations().get(m)))[run][r.step() + 1] = all[m];
                }
                public void dyad(DyadRow r) {
                    String pair = r.from() + "|" + r.to();
                    List<Integer> wanted = dyadMetrics.get(pair);
                    if (wanted == null || r.step() >= months) return;
                    double[] all = CsvRows.values(r);
                    for (int m : wanted) values.get(key(pair, Metric.dyads().get(m)))[run][r.step() + 1] = all[m];
                }
                public void event(EventRow r) { }
                @Override public boolean acceptsDyads() { return needsDyads(); }
            };
        }

        /** Fills the series from a results folder's nations.csv and dyads.csv. */
        public static Series read(ResultSet rs, List<Target> targets, Scenario scenario) throws IOException {
            Series s = new Series(targets, YearMonth.parse(rs.months.get(0)), rs.months.size(), rs.runs);
            s.startFigures(scenario);
            Map<String, Integer> month = new HashMap<>();
            for (int i = 0; i < rs.months.size(); i++) month.put(rs.months.get(i), i);
            try (Csv t = Csv.open(rs.folder.resolve("nations.csv"))) {
                int cr = t.column("run"), cm = t.column("month"), ca = t.column("actor");
                int[] cols = new int[Metric.nations().size()];
                for (Metric m : Metric.nations()) cols[m.index()] = t.column(m.key());
                for (String[] f; (f = t.next()) != null; ) {
                    Integer step = month.get(f[cm]);
                    List<Integer> wanted = s.nationMetrics.get(f[ca]);
                    if (step == null || wanted == null) continue;
                    int run = t.integer(f, cr);
                    for (int m : wanted) s.values.get(key(f[ca], Metric.nations().get(m)))[run][step + 1] = t.number(f, cols[m]);
                }
            }
            if (!s.needsDyads()) return s;
            Path dyads = rs.folder.resolve("dyads.csv");
            if (!Files.isRegularFile(dyads)) {
                throw new IllegalArgumentException(rs.folder + ": has no dyads.csv (targets of pairs need it; do not use --no-dyads)");
            }
            try (Csv t = Csv.open(dyads)) {
                int cr = t.column("run"), cm = t.column("month"), cf = t.column("from"), ct = t.column("to");
                int[] cols = new int[Metric.dyads().size()];
                for (Metric m : Metric.dyads()) cols[m.index()] = t.column(m.key());
                for (String[] f; (f = t.next()) != null; ) {
                    Integer step = month.get(f[cm]);
                    String pair = f[cf] + "|" + f[ct];
                    List<Integer> wanted = s.dyadMetrics.get(pair);
                    if (step == null || wanted == null) continue;
                    int run = t.integer(f, cr);
                    for (int m : wanted) s.values.get(key(pair, Metric.dyads().get(m)))[run][step + 1] = t.number(f, cols[m]);
                }
            }
            return s;
        }

        double[] nation(int run, String actor, Metric m) { return withStart(key(actor, m), run); }

        double[] dyad(int run, String from, String to, Metric m) { return withStart(key(from + "|" + to, m), run); }

        /** A run's series with its start-world slot filled (read after the runs are complete). */
        private double[] withStart(String key, int run) {
            double[] v = values.get(key)[run];
            v[0] = startFigures.getOrDefault(key, v[1]);
            return v;
        }
    }
}
