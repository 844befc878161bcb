package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic scenario of N actors (default 197, the size of the whole world) as YAML
 * text, for measuring the engine's speed while the real world scenario is not available. Its
 * shape imitates the real one, not its figures: GDP falls with rank (a few large economies, a
 * long tail), about 20% of actors export oil, a few hundred recorded flows among the larger
 * economies with {@code gravity_imputation} on (so every pair of states trades), about forty
 * sanction regimes (Western senders on a handful of targets, some secondary, one UN regime),
 * rivalries and one war, multilateral and bilateral treaties, and a dozen events over the first
 * three years. Deterministic: the same (n, seed) always gives the same text. Nothing here is
 * data; do not read any result of it as being about real countries.
 *
 * <p>Usage: {@code java -cp target/entente.jar org.entente.bench.SyntheticWorld N FILE [SEED]}
 */
public final class SyntheticWorld {
    /** The named actors come first, largest economies first: id, kind, gdp (USD bn), lat, lon, ideal point. */
    private static final Object[][] NAMED = {
        {"USA", "state", 28000.0, 38.9, -77.0, 1.6}, {"CHN", "state", 18500.0, 39.9, 116.4, -1.2},
        {"EUU", "bloc", 18000.0, 50.8, 4.4, 1.3}, {"JPN", "state", 4200.0, 35.7, 139.7, 1.1},
        {"IND", "state", 3900.0, 28.6, 77.2, -0.2}, {"GBR", "state", 3300.0, 51.5, -0.1, 1.4},
        {"RUS", "state", 2000.0, 55.8, 37.6, -1.5}, {"BRA", "state", 2200.0, -15.8, -47.9, 0.1},
        {"CAN", "state", 2100.0, 45.4, -75.7, 1.3}, {"KOR", "state", 1700.0, 37.6, 127.0, 0.9},
        {"AUS", "state", 1700.0, -35.3, 149.1, 1.2}, {"MEX", "state", 1800.0, 19.4, -99.1, 0.3},
        {"IDN", "state", 1400.0, -6.2, 106.8, -0.3}, {"TUR", "state", 1100.0, 39.9, 32.9, 0.0},
        {"SAU", "state", 1100.0, 24.7, 46.7, -0.4}, {"IRN", "state", 400.0, 35.7, 51.4, -1.6},
        {"ISR", "state", 510.0, 31.8, 35.2, 1.2}, {"ARE", "state", 510.0, 24.5, 54.4, -0.2},
        {"UKR", "state", 180.0, 50.5, 30.5, 1.0}, {"PRK", "state", 30.0, 39.0, 125.8, -2.0},
        {"VEN", "state", 95.0, 10.5, -66.9, -1.3}, {"SYR", "state", 20.0, 33.5, 36.3, -1.4},
        {"HEZ", "non_state", 2.0, 33.9, 35.5, -1.8},
    };

    private SyntheticWorld() { }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SyntheticWorld N FILE [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), yaml(n, seed));
    }

    /** The scenario text for n actors (at least the named ones, 23). */
    public static String yaml(int n, long seed) {
        if (n < NAMED.length) throw new IllegalArgumentException("at least " + NAMED.length + " actors, but was " + n);
        Random rnd = new Random(seed);
        List<String> ids = new ArrayList<>();
        double[] gdp = new double[n], lat = new double[n], lon = new double[n];
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("# Synthetic world of ").append(n).append(" actors for speed measurements (org.entente.bench.SyntheticWorld).\n");
        b.append("# Not data: the figures are made up to have the shape of the real world.\n");
        b.append("name: \"Synthetic world, ").append(n).append(" actors\"\n");
        b.append("description: Generated for measuring the engine's speed; not about real countries.\n");
        b.append("start: \"2025-01\"\nmonths: 120\nseed: 1\ntheory: mixed\n");
        b.append("parameters: {gravity_imputation: 1}\n");
        b.append("actors:\n");
        for (int i = 0; i < n; i++) {
            String id, kind;
            double ideal;
            if (i < NAMED.length) {
                Object[] a = NAMED[i];
                id = (String) a[0];
                kind = (String) a[1];
                gdp[i] = (Double) a[2];
                lat[i] = (Double) a[3];
                lon[i] = (Double) a[4];
                ideal = (Double) a[5];
            } else {
                id = String.format(Locale.ROOT, "X%03d", i);
                kind = "state";
                // rank-size tail below the named economies
                gdp[i] = round(900.0 * Math.pow((double) (i - NAMED.length + 1), -1.1) * (0.7 + 0.6 * rnd.nextDouble()), 2);
                lat[i] = round(-50 + 110 * rnd.nextDouble(), 2);
                lon[i] = round(-170 + 340 * rnd.nextDouble(), 2);
                ideal = round(-1.5 + 3 * rnd.nextDouble(), 2);
            }
            ids.add(id);
            double pop = round(Math.max(0.1, gdp[i] / (2 + 60 * rnd.nextDouble())), 2);
            double milex = round(gdp[i] * (0.01 + 0.03 * rnd.nextDouble()), 3);
            boolean oilExporter = id.equals("RUS") || id.equals("IRN") || id.equals("SAU") || id.equals("ARE")
                    || id.equals("VEN") || (i >= NAMED.length && rnd.nextDouble() < 0.2);
            boolean oilImporter = !oilExporter && !kind.equals("non_state") && (i < 12 || rnd.nextDouble() < 0.3);
            b.append("  - {id: ").append(id).append(", name: ").append(id).append(", kind: ").append(kind)
                    .append(", lat: ").append(num(lat[i])).append(", lon: ").append(num(lon[i]))
                    .append(", gdp: ").append(num(gdp[i])).append(", population: ").append(num(pop))
                    .append(", milex: ").append(num(milex));
            if (oilExporter) b.append(", oil_exports: ").append(num(round(0.2 + 4 * rnd.nextDouble(), 2)));
            if (oilImporter) b.append(", oil_imports: ").append(num(round(0.1 + 3 * rnd.nextDouble(), 2)));
            if (i < 10 || rnd.nextDouble() < 0.03) b.append(", arms_supplier: true");
            b.append(", ideal_point: ").append(num(ideal))
                    .append(", stability: ").append(num(round(0.3 + 0.6 * rnd.nextDouble(), 2)))
                    .append(", trend_growth: ").append(num(round(0.5 + 5 * rnd.nextDouble(), 2))).append("}\n");
        }

        // A few hundred recorded flows among the larger economies; gravity imputation fills the rest.
        b.append("trade:\n");
        int traders = Math.min(n, 40);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < traders; i++) {
            if (ids.get(i).equals("HEZ")) continue;
            for (int c = 0; c < 10; c++) {
                int j = rnd.nextInt(traders);
                if (j == i || ids.get(j).equals("HEZ") || !seen.add(i + ">" + j)) continue;
                double v = 2e-5 * gdp[i] * gdp[j] / Math.max(500, distance(lat[i], lon[i], lat[j], lon[j])) * 1000
                        * (0.5 + rnd.nextDouble());
                b.append("  - {from: ").append(ids.get(i)).append(", to: ").append(ids.get(j))
                        .append(", value: ").append(num(round(Math.max(0.01, v), 3))).append("}\n");
            }
        }

        b.append("treaties:\n");
        List<String> alliance = new ArrayList<>(List.of("USA", "GBR", "CAN", "TUR", "EUU"));
        List<String> east = new ArrayList<>(List.of("RUS"));
        for (int i = NAMED.length; i < n; i++) {
            double u = rnd.nextDouble();
            if (u < 0.12) alliance.add(ids.get(i));
            else if (u < 0.17) east.add(ids.get(i));
        }
        b.append("  - {name: Northern alliance, parties: [").append(String.join(", ", alliance))
                .append("], signed: \"1949-04\", in_force: \"1949-08\", defense: 1.0}\n");
        if (east.size() >= 2) {
            b.append("  - {name: Eastern pact, parties: [").append(String.join(", ", east))
                    .append("], signed: \"1992-05\", in_force: \"1994-04\", defense: 1.0}\n");
        }
        b.append("  - {name: China-Russia partnership, parties: [CHN, RUS], signed: \"2001-07\", in_force: \"2001-07\", years: 40, defense: 0.4}\n");
        b.append("  - {name: Iran-Russia partnership, parties: [IRN, RUS], signed: \"2025-01\", in_force: \"2025-10\", years: 20, defense: 0.6}\n");
        b.append("  - {name: Pacific treaty, parties: [USA, JPN], signed: \"1960-01\", in_force: \"1960-06\", defense: 1.0}\n");
        b.append("  - {name: Peninsula treaty, parties: [USA, KOR], signed: \"1953-10\", in_force: \"1954-11\", defense: 1.0}\n");
        for (int c = 0; c < 15; c++) {
            int i = rnd.nextInt(n), j = rnd.nextInt(n);
            if (i == j || ids.get(i).equals("HEZ") || ids.get(j).equals("HEZ")) continue;
            b.append("  - {name: Partnership ").append(c).append(", parties: [").append(ids.get(i)).append(", ")
                    .append(ids.get(j)).append("], signed: \"2015-01\", in_force: \"2015-06\", years: 25, defense: 0.4}\n");
        }

        b.append("sanctions:\n");
        String[] west = {"USA", "EUU", "GBR", "JPN", "CAN", "AUS"};
        for (String s : west) {
            regime(b, s, "RUS", "trade_partial", 0.8, false, "2022-03");
            regime(b, s, "RUS", "financial", 0.9, false, "2022-03");
            regime(b, s, "RUS", "technology", 1.0, false, "2022-03");
            regime(b, s, "RUS", "energy", s.equals("USA") || s.equals("EUU") ? 0.3 : 0.2, s.equals("USA"), "2022-12");
        }
        regime(b, "USA", "IRN", "trade_complete", 1.0, false, "1995-05");
        regime(b, "USA", "IRN", "energy", 0.7, true, "2018-11");
        regime(b, "USA", "IRN", "financial", 0.8, true, "2018-11");
        regime(b, "EUU", "IRN", "financial", 0.5, false, "2012-07");
        regime(b, "USA", "VEN", "energy", 0.6, true, "2019-01");
        regime(b, "USA", "VEN", "financial", 0.7, false, "2017-08");
        regime(b, "USA", "SYR", "trade_complete", 1.0, false, "2004-05");
        regime(b, "EUU", "SYR", "trade_partial", 0.8, false, "2011-05");
        b.append("  - {sender: UN, target: PRK, type: trade_complete, intensity: 1.0, start: \"2017-12\", rejected_by: [], initiated_by: [USA]}\n");
        regime(b, "USA", "PRK", "financial", 1.0, true, "2016-02");
        int extraTargets = 0;
        for (int i = NAMED.length; i < n && extraTargets < 6; i += 7) {
            regime(b, "USA", ids.get(i), rnd.nextBoolean() ? "financial" : "trade_partial", round(0.3 + 0.6 * rnd.nextDouble(), 2),
                    false, "2020-01");
            if (rnd.nextBoolean()) regime(b, "EUU", ids.get(i), "arms", 1.0, false, "2018-01");
            extraTargets++;
        }

        b.append("hostility:\n");
        b.append("  - {between: [RUS, UKR], level: 1, war: true}\n");
        seen.add("h" + Math.min(ids.indexOf("RUS"), ids.indexOf("UKR")) + ">" + Math.max(ids.indexOf("RUS"), ids.indexOf("UKR")));
        String[][] rivals = {{"IRN", "ISR"}, {"USA", "IRN"}, {"USA", "RUS"}, {"USA", "PRK"}, {"KOR", "PRK"}, {"USA", "CHN"},
            {"EUU", "RUS"}, {"GBR", "RUS"}, {"ISR", "HEZ"}, {"SAU", "IRN"}, {"USA", "VEN"}, {"JPN", "PRK"}, {"IND", "CHN"}};
        for (String[] r : rivals) {
            int i = ids.indexOf(r[0]), j = ids.indexOf(r[1]);
            seen.add("h" + Math.min(i, j) + ">" + Math.max(i, j));
            b.append("  - {between: [").append(r[0]).append(", ").append(r[1]).append("], level: ")
                    .append(num(round(0.5 + 0.4 * rnd.nextDouble(), 2))).append("}\n");
        }
        for (int c = 0; c < 25; c++) {
            int i = rnd.nextInt(n), j = rnd.nextInt(n);
            if (i == j || !seen.add("h" + Math.min(i, j) + ">" + Math.max(i, j))) continue;
            b.append("  - {between: [").append(ids.get(i)).append(", ").append(ids.get(j)).append("], level: ")
                    .append(num(round(0.2 + 0.6 * rnd.nextDouble(), 2))).append("}\n");
        }

        b.append("events:\n");
        b.append("  - {month: \"2025-03\", type: set_policy, policy: maximum_pressure, actor: USA, target: IRN, crackdown: 0.5}\n");
        b.append("  - {month: \"2025-07\", type: impose_sanctions, regime: {sender: EUU, target: IRN, type: energy, intensity: 1.0, secondary: true}}\n");
        b.append("  - {month: \"2025-09\", type: impose_sanctions, announced: 6, regime: {sender: GBR, target: IRN, type: trade_partial, intensity: 0.6}}\n");
        b.append("  - {month: \"2026-01\", type: adjust_sanctions, regime: {sender: EUU, target: RUS, type: energy}, intensity: 0.8}\n");
        b.append("  - {month: \"2026-02\", type: set_hostility, actors: [USA, CHN], level: 0.8}\n");
        b.append("  - {month: \"2026-06\", type: shock, actor: SAU, gdp: -0.02, oil: -0.1}\n");
        b.append("  - {month: \"2027-01\", type: lift_sanctions, regime: {sender: USA, target: VEN}, over_months: 12}\n");
        b.append("  - {month: \"2027-03\", type: sign_treaty, treaty: {name: Gulf pact, parties: [IRN, PRK], in_force: \"2027-06\", defense: 0.4}}\n");
        b.append("  - {month: \"2027-06\", type: set_parameter, parameter: oil_price, value: 90}\n");
        if (n > NAMED.length + 1) {
            b.append("  - {month: \"2026-04\", type: war_start, actors: [").append(ids.get(NAMED.length)).append(", ")
                    .append(ids.get(NAMED.length + 1)).append("]}\n");
            b.append("  - {month: \"2027-04\", type: war_end, actors: [").append(ids.get(NAMED.length)).append(", ")
                    .append(ids.get(NAMED.length + 1)).append("]}\n");
            b.append("  - {month: \"2026-09\", type: impose_sanctions, regime: {sender: USA, target: ").append(ids.get(NAMED.length))
                    .append(", type: financial, intensity: 0.5, secondary: true}}\n");
        }
        return b.toString();
    }

    private static void regime(StringBuilder b, String sender, String target, String type, double intensity, boolean secondary,
                               String start) {
        b.append("  - {sender: ").append(sender).append(", target: ").append(target).append(", type: ").append(type)
                .append(", intensity: ").append(num(intensity)).append(secondary ? ", secondary: true" : "")
                .append(", start: \"").append(start).append("\"}\n");
    }

    private static double distance(double la1, double lo1, double la2, double lo2) {
        double p1 = Math.toRadians(la1), p2 = Math.toRadians(la2);
        double dp = p2 - p1, dl = Math.toRadians(lo2 - lo1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
