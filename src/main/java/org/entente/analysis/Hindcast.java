package org.entente.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.stats.Stats;
import org.entente.io.Csv;
import org.entente.io.CsvTable;

/**
 * Scores an ensemble against observed figures (a targets CSV: target, subject, partner, period,
 * value, unit, source, ...). A target's period says how the simulation is read: a calendar
 * year ({@code 2023}) or an Indian fiscal year ({@code FY2022-23}, April to March) is the mean
 * of the months' annual rates; a month ({@code 2022-02}) is that month's value; growth rates
 * compare the means of consecutive calendar years. Targets the model cannot produce, or whose
 * months lie outside the run, are listed as not scored, with the reason. Stateless.
 */
public final class Hindcast {
    /**
     * USD per EUR, annual averages of the ECB euro reference rate (ECB Statistical Data
     * Warehouse, EXR.A.USD.EUR.SP00.A), used to read targets given in euros.
     */
    static final Map<Integer, Double> USD_PER_EUR = Map.of(2020, 1.1422, 2021, 1.1827, 2022, 1.0530, 2023, 1.0813, 2024, 1.0824);

    private Hindcast() { }

    /** One observed figure. */
    public record Target(String target, String subject, String partner, String period, double value, String unit,
                         String source, int line) {
        /** Levels are scored by percentage error, rates (percent) by their difference in points. */
        public boolean isRate() { return unit.equals("percent"); }
    }

    /** A target next to the simulation: mean and 5th/95th percentiles across runs, and the error. */
    public record Scored(Target target, int n, double simulated, double p05, double p95, String status) {
        public boolean scored() { return status.equals("scored"); }
        public double error() { return simulated - target.value(); }
        public double errorPct() { return 100 * error() / Math.abs(target.value()); }
        public boolean inside() { return target.value() >= p05 && target.value() <= p95; }
    }

    /**
     * Mean absolute percentage error over level targets; mean absolute error (points) over all rate
     * targets (every target in percent) and over the growth rates alone ({@code gdp_growth}), which
     * is what issue 5's goal of "at most 2 points" is stated for.
     */
    public record Summary(double mape, int levels, double maeRates, int rates, double maeGrowth, int growth, int inside, int scored) { }

    public static List<Target> readTargets(Path file) throws IOException {
        List<Target> out = new ArrayList<>();
        try (Csv csv = new Csv(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString())) {
            List<String> header = csv.next();
            if (header == null) throw new IllegalArgumentException(file + ": empty file");
            int ct = Csv.column(header, "target", file), cs = Csv.column(header, "subject", file), cp = Csv.column(header, "partner", file),
                    cper = Csv.column(header, "period", file), cv = Csv.column(header, "value", file), cu = Csv.column(header, "unit", file);
            int csrc = header.indexOf("source");
            for (List<String> r; (r = csv.next()) != null; ) {
                if (r.size() < header.size()) throw new IllegalArgumentException(file + ":" + csv.line() + ": too few columns");
                double v;
                try {
                    v = Double.parseDouble(r.get(cv));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + csv.line() + ": value: must be a number, but was \"" + r.get(cv) + "\"");
                }
                out.add(new Target(r.get(ct), r.get(cs), r.get(cp), r.get(cper), v, r.get(cu), csrc >= 0 ? r.get(csrc) : "", csv.line()));
            }
        }
        return out;
    }


    /** The months a period covers, first and last inclusive; null if it is not a period this scorer reads. */
    public static YearMonth[] months(String period) {
        if (period.matches("\\d{4}")) {
            int y = Integer.parseInt(period);
            return new YearMonth[] {YearMonth.of(y, 1), YearMonth.of(y, 12)};
        }
        if (period.matches("FY\\d{4}-\\d{2}")) {
            int y = Integer.parseInt(period.substring(2, 6));
            return new YearMonth[] {YearMonth.of(y, 4), YearMonth.of(y + 1, 3)};
        }
        if (period.matches("\\d{4}-\\d{2}")) {
            YearMonth m = YearMonth.parse(period);
            return new YearMonth[] {m, m};
        }
        if (period.matches("\\d{4}-\\d{4}")) {
            return new YearMonth[] {YearMonth.of(Integer.parseInt(period.substring(0, 4)), 1),
                    YearMonth.of(Integer.parseInt(period.substring(5)), 12)};
        }
        return null;
    }

    /** Scores every target against the ensemble in a results folder (which needs dyads.csv). */
    public static List<Scored> score(List<Target> targets, ResultSet rs) throws IOException {
        Series series = Series.read(rs, targets);
        return score(targets, series, YearMonth.parse(rs.months.get(0)), YearMonth.parse(rs.lastMonth()), rs.runs);
    }

    /** Scores targets against runs collected in memory by {@link Series#sink} (calibration does this). */
    public static List<Scored> score(List<Target> targets, Series series, YearMonth first, YearMonth last, int runs) {
        List<Scored> out = new ArrayList<>();
        for (Target t : targets) out.add(scoreOne(t, series, first, last, runs));
        return out;
    }

    private static Scored scoreOne(Target t, Series s, YearMonth first, YearMonth last, int runs) {
        YearMonth[] span = months(t.period());
        if (span == null) return skip(t, "not scored: period \"" + t.period() + "\" is not a year, FY, month or range of years");
        YearMonth from = t.target().equals("gdp_growth") ? span[0].minusYears(1) : span[0];
        if (from.isBefore(first) || span[1].isAfter(last)) {
            return skip(t, "not scored: " + t.period() + " lies outside the run (" + first + " to " + last + ")");
        }
        int a = index(first, span[0]), b = index(first, span[1]);
        double[] v = new double[runs];
        for (int run = 0; run < runs; run++) {
            double x;
            switch (t.target()) {
                case "bilateral_trade_total" -> x = mean(s.flow(run, t.subject(), t.partner()), a, b)
                        + mean(s.flow(run, t.partner(), t.subject()), a, b);
                case "imports" -> x = mean(s.flow(run, t.partner(), t.subject()), a, b);
                case "exports" -> x = mean(s.flow(run, t.subject(), t.partner()), a, b);
                case "military_expenditure" -> x = mean(s.nation(run, t.subject(), "milex"), a, b);
                case "gdp_growth" -> x = 100 * (mean(s.nation(run, t.subject(), "gdp"), a, b)
                        / mean(s.nation(run, t.subject(), "gdp"), a - 12, b - 12) - 1);
                case "share_of_extra_eu_imports" -> x = 100 * mean(s.flow(run, t.subject(), t.partner()), a, b)
                        / mean(s.nation(run, t.partner(), "imports"), a, b);
                default -> {
                    return skip(t, "not scored: the model has no quantity for target \"" + t.target() + "\"");
                }
            }
            if (t.unit().equals("eur_bn")) {
                Double rate = USD_PER_EUR.get(span[0].getYear());
                if (rate == null) return skip(t, "not scored: no EUR/USD rate for " + span[0].getYear());
                x /= rate;
            } else if (!t.unit().equals("usd_bn") && !t.unit().equals("percent")) {
                return skip(t, "not scored: unit \"" + t.unit() + "\" is not usd_bn, eur_bn or percent");
            }
            v[run] = x;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) return skip(t, "not scored: the actors or flows are not in the scenario");
        return new Scored(t, v.length, Stats.mean(v), Stats.percentile(sorted, 0.05), Stats.percentile(sorted, 0.95), "scored");
    }

    private static Scored skip(Target t, String why) { return new Scored(t, 0, Double.NaN, Double.NaN, Double.NaN, why); }

    private static int index(YearMonth first, YearMonth m) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(first, m);
    }

    private static double mean(double[] series, int a, int b) {
        if (series == null) return Double.NaN;
        double s = 0;
        for (int i = a; i <= b; i++) s += series[i];
        return s / (b - a + 1);
    }

    public static Summary summarise(List<Scored> scored) {
        double ape = 0, ae = 0, ge = 0;
        int levels = 0, rates = 0, growth = 0, inside = 0, n = 0;
        for (Scored s : scored) {
            if (!s.scored()) continue;
            n++;
            if (s.inside()) inside++;
            if (s.target().isRate()) {
                ae += Math.abs(s.error());
                rates++;
                if (s.target().target().equals("gdp_growth")) {
                    ge += Math.abs(s.error());
                    growth++;
                }
            } else {
                ape += Math.abs(s.errorPct());
                levels++;
            }
        }
        return new Summary(levels == 0 ? Double.NaN : ape / levels, levels, rates == 0 ? Double.NaN : ae / rates, rates,
                growth == 0 ? Double.NaN : ge / growth, growth, inside, n);
    }

    /** Monthly series per run of the flows and nation metrics the targets need; missing flows read as 0. */
    public static final class Series {
        private final Map<String, double[]> values = new java.util.concurrent.ConcurrentHashMap<>();
        private final int months;
        private final Set<String> actors = new LinkedHashSet<>();

        private Series(int months) { this.months = months; }

        /** An empty collection for runs of a scenario with these actors and months, filled by {@link #sink}. */
        public Series(int months, java.util.Collection<String> actors) {
            this.months = months;
            this.actors.addAll(actors);
        }

        /** A record sink that keeps what targets can ask for (GDP, imports, milex, every flow) of one run. */
        public org.entente.engine.RecordSink sink(int run) {
            return new org.entente.engine.RecordSink() {
                public void nation(NationRow r) {
                    if (r.step() >= months) return;
                    put(run + "#n|" + r.actor() + "|gdp", r.step(), r.gdp());
                    put(run + "#n|" + r.actor() + "|imports", r.step(), r.imports());
                    put(run + "#n|" + r.actor() + "|milex", r.step(), r.milex());
                }
                public void dyad(DyadRow r) {
                    if (r.step() < months) put(run + "#f|" + r.from() + "|" + r.to(), r.step(), r.exports());
                }
                public void event(EventRow r) { }
            };
        }

        private void put(String key, int step, double v) {
            values.computeIfAbsent(key, k -> new double[months])[step] = v;
        }

        static Series read(ResultSet rs, List<Target> targets) throws IOException {
            Series s = new Series(rs.months.size());
            s.actors.addAll(rs.actors());
            Set<String> pairs = new LinkedHashSet<>();
            Set<String> nations = new LinkedHashSet<>();
            for (Target t : targets) {
                pairs.add(t.subject() + "," + t.partner());
                pairs.add(t.partner() + "," + t.subject());
                nations.add(t.subject());
                nations.add(t.partner());
            }
            Map<String, Integer> month = new HashMap<>();
            for (int i = 0; i < rs.months.size(); i++) month.put(rs.months.get(i), i);
            try (CsvTable t = CsvTable.open(rs.folder.resolve("nations.csv"))) {
                int cr = t.column("run"), cm = t.column("month"), ca = t.column("actor");
                int[] cols = {t.column("gdp"), t.column("imports"), t.column("milex")};
                String[] names = {"gdp", "imports", "milex"};
                for (String[] f; (f = t.next()) != null; ) {
                    Integer step = month.get(f[cm]);
                    if (step == null || !nations.contains(f[ca])) continue;
                    for (int k = 0; k < cols.length; k++) s.put(t.integer(f, cr) + "#n|" + f[ca] + "|" + names[k], step, t.number(f, cols[k]));
                }
            }
            Path dyads = rs.folder.resolve("dyads.csv");
            if (!Files.isRegularFile(dyads)) {
                throw new IllegalArgumentException(rs.folder + ": has no dyads.csv (a hindcast needs it; do not use --no-dyads)");
            }
            try (CsvTable t = CsvTable.open(dyads)) {
                int cr = t.column("run"), cm = t.column("month"), cf = t.column("from"), ct = t.column("to"), cx = t.column("exports");
                for (String[] f; (f = t.next()) != null; ) {
                    Integer step = month.get(f[cm]);
                    if (step == null || !pairs.contains(f[cf] + "," + f[ct])) continue;
                    s.put(t.integer(f, cr) + "#f|" + f[cf] + "|" + f[ct], step, t.number(f, cx));
                }
            }
            return s;
        }

        double[] flow(int run, String from, String to) {
            if (!actors.contains(from) || !actors.contains(to)) return null;
            double[] v = values.get(run + "#f|" + from + "|" + to);
            return v != null ? v : new double[months];
        }

        double[] nation(int run, String actor, String metric) {
            return actors.contains(actor) ? values.get(run + "#n|" + actor + "|" + metric) : null;
        }
    }
}
