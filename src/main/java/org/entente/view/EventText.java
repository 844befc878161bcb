package org.entente.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.model.Param;

/**
 * Plain-language sentences for the rows of {@code events.csv}, for a class: "The United States
 * tightens its financial sanctions on Iran (strength 0.6 to 1)". The GUI's event box, the web
 * classroom's timeline and the report read events through this one class, so that an event says
 * the same thing everywhere.
 *
 * <p>A sentence is built only from the row ({@code event}, {@code actors}, {@code detail}) as the
 * engine writes it ({@code EventPhase}, {@code PolicyPhase}, the month-0 initialiser), so it
 * never claims more than the row does. Rows that are start data (the recorded alignments and
 * bloc memberships of month 0) and rows that changed nothing ("no such treaty", "no regime in
 * force") give no sentence. A treaty is always named in full, so that the end of a superseded
 * treaty (the 2001 Iran–Russia treaty) cannot be read as the end of its successor, whose entry
 * into force is its own row.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventText {
    private EventText() { }

    private static final Pattern NUM = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?");
    private static final Pattern FROM_TO = Pattern.compile("(" + NUM + ") -> (" + NUM + ")");
    private static final Pattern BUNDLE_TAG = Pattern.compile("^\\(([A-Za-z0-9_ -]+)\\) ");
    private static final Pattern STABILITY_PREFIX = Pattern.compile("^stability below (" + NUM + "); ");
    private static final Pattern CRACKDOWN = Pattern.compile("crackdown (" + NUM + "): oil evasion network maturity (" + NUM + ") -> (" + NUM + ")");
    private static final Pattern TREATY_PAIR = Pattern.compile("^([A-Z][A-Za-z]+)-([A-Z][A-Za-z]+) ");

    /** Names that read with "the" in a sentence ("the United States", "the UN"). */
    private static final Set<String> WITH_ARTICLE = Set.of("UN", "Netherlands", "Philippines", "Bahamas", "Gambia",
            "Maldives", "Comoros", "Seychelles", "Marshall Islands", "Solomon Islands", "Czech Republic",
            "Dominican Republic", "Central African Republic", "Vatican");

    private static final Map<String, String> REGIME_WORDS = Map.of(
            "trade_complete", "full trade embargo",
            "trade_partial", "trade restrictions",
            "financial", "financial sanctions",
            "energy", "energy sanctions",
            "technology", "technology export controls",
            "arms", "arms embargo");

    private static final Map<String, String> ATTRIBUTE_WORDS = Map.ofEntries(
            Map.entry("gdp", "GDP (USD bn a year)"),
            Map.entry("population", "population (millions)"),
            Map.entry("milex", "military spending (USD bn a year)"),
            Map.entry("trend_growth", "trend growth (% a year)"),
            Map.entry("ideal_point", "foreign-policy position (UN voting ideal point)"),
            Map.entry("stability", "stability (0 to 1)"),
            Map.entry("oil_free", "oil exports without sanctions (million barrels a day)"),
            Map.entry("oil_imports", "crude oil imports (million barrels a day)"),
            Map.entry("oil_evasion_start", "starting level of oil-sanctions evasion (share)"),
            Map.entry("arms_supplier", "role as an arms supplier (1 yes, 0 no)"),
            Map.entry("financial_exposure", "exposure to the sanctioning countries' financial system (share)"),
            Map.entry("reserves_months", "foreign-exchange reserves (months of imports)"));

    /**
     * The sentence for one row of {@code events.csv}.
     *
     * @param type   the row's {@code event} column, e.g. {@code end_treaty}
     * @param actors the row's {@code actors} column: ids joined by ';' (may be empty)
     * @param detail the row's {@code detail} column
     * @param nameOf maps an actor id to its display name (e.g. {@code IRN} to "Iran"); it may
     *               return the id itself when it knows no name
     * @return the sentence, starting with a capital letter and without a final full stop; empty
     *         for start data and for rows that changed nothing
     */
    public static Optional<String> sentence(String type, String actors, String detail, Function<String, String> nameOf) {
        String d = detail == null ? "" : detail.trim();
        List<String> ids = ids(actors);
        // prefixes the engine puts in front of the actions a policy bundle or a condition caused
        String condition = null;
        Matcher sm = STABILITY_PREFIX.matcher(d);
        if (sm.find()) {
            condition = sm.group(1);
            d = d.substring(sm.end());
        }
        List<String> bundles = new ArrayList<>();
        for (Matcher bm = BUNDLE_TAG.matcher(d); bm.find(); bm = BUNDLE_TAG.matcher(d)) {
            bundles.add(bm.group(1));
            d = d.substring(bm.end());
        }
        Names n = new Names(ids, nameOf);
        Optional<String> s = switch (type == null ? "" : type) {
            case "impose_sanctions" -> impose(n, d);
            case "adjust_sanctions" -> adjust(n, d);
            case "escalation" -> escalation(n, d);
            case "lift_sanctions" -> lift(n, d);
            case "sign_treaty" -> signTreaty(n, d);
            case "treaty_in_force" -> treaty(d, " in force", " comes into force");
            case "end_treaty" -> treaty(d, " ended", " is no longer in force");
            case "set_policy" -> policy(n, d);
            case "war_start" -> Optional.of("War breaks out between " + n.both());
            case "war_end" -> d.contains("nothing changed") ? Optional.empty()
                    : Optional.of("The war between " + n.both() + " ends" + level(d, "; hostility after it"));
            case "set_hostility" -> fromTo(d).map(v -> "Hostility between " + n.both() + (v[1] > v[0] ? " rises" : v[1] < v[0] ? " falls" : " stays")
                    + " (" + fmt(v[0]) + " to " + fmt(v[1]) + " on a 0 to 1 scale)");
            case "set_alignment" -> alignment(n, d);
            case "regime_change" -> regimeChange(n, d, condition);
            case "set_attribute" -> attribute(n, d);
            case "set_parameter" -> parameter(d);
            case "shock" -> shock(n, d);
            case "join_bloc" -> d.startsWith("member at the start") ? Optional.empty()
                    : Optional.of(n.subject(0) + " starts applying " + n.possessive(1) + " sanctions");
            case "leave_bloc" -> Optional.of(n.subject(0) + " stops applying " + n.possessive(1) + " sanctions");
            case "impose_tariff" -> TradeWords.impose(n, d);
            case "lift_tariff" -> TradeWords.lift(n, d);
            case "impose_secondary_tariff" -> TradeWords.imposeSecondary(n, d);
            case "lift_secondary_tariff" -> d.startsWith("no secondary tariff") ? Optional.empty()
                    : Optional.of(n.subject(0) + " lifts its tariff on the buyers of " + n.possessive(1) + " oil");
            case "secondary_tariff" -> TradeWords.bearing(n, d);
            case "impose_price_cap" -> d.startsWith("in force at the start") ? Optional.empty()
                    : Optional.of(n.subject(0) + " caps the price of " + n.possessive(1) + " oil: " + d);
            case "lift_price_cap" -> d.startsWith("no price cap") ? Optional.empty()
                    : Optional.of(n.subject(0) + " lifts its price cap on " + n.possessive(1) + " oil");
            case "impose_financial_sanction" -> d.startsWith("in force at the start") ? Optional.empty()
                    : Optional.of(n.subject(0) + " " + FinanceWords.measure(d) + " " + n.object(1) + FinanceWords.stress(d));
            case "lift_financial_sanction" -> d.startsWith("no financial sanction") ? Optional.empty()
                    : Optional.of(n.subject(0) + " lifts its financial sanctions on " + n.object(1));
            case "sign_trade_agreement" -> d.startsWith("in force at the start") ? Optional.empty()
                    : Optional.of(capital(n.list()) + " sign a trade agreement" + TradeWords.phaseIn(d));
            default -> Optional.of(capital(words(type)) + (ids.isEmpty() ? "" : " (" + n.list() + ")") + (d.isEmpty() ? "" : ": " + d));
        };
        if (s.isEmpty()) return s;
        String out = s.get();
        if (condition != null && !"regime_change".equals(type)) out = "After stability falls below " + condition + ": " + lower(out);
        if (!bundles.isEmpty()) out += " (part of " + policyPhrase(bundles.get(0), null, null) + ")";
        return Optional.of(out);
    }

    // ---------------------------------------------------------------- sanctions

    private static Optional<String> impose(Names n, String d) {
        int colon = d.indexOf(" already in force: ");
        if (colon >= 0) {
            String what = regime(d.substring(0, colon));
            double[] v = fromTo(d).orElse(null);
            if (v == null) return Optional.of(n.subject(0) + " renews its " + what + " on " + n.object(1));
            String verb = v[1] > v[0] ? " tightens" : v[1] < v[0] ? " eases" : " keeps";
            return Optional.of(n.subject(0) + verb + " its " + what + " on " + n.object(1)
                    + " (strength " + fmt(v[0]) + " to " + fmt(v[1]) + ")" + (d.contains(", secondary") ? secondaryClause() : ""));
        }
        int sp = d.indexOf(' ');
        String key = sp < 0 ? d : d.substring(0, sp);
        StringBuilder b = new StringBuilder(n.subject(0)).append(" imposes ").append(article(regime(key))).append(" on ").append(n.object(1));
        Matcher m = Pattern.compile("intensity (" + NUM + ")").matcher(d);
        if (m.find()) b.append(" (strength ").append(fmt(Double.parseDouble(m.group(1)))).append(" of 1)");
        if (d.contains(", secondary")) b.append(secondaryClause());
        Matcher from = Pattern.compile(", from ([0-9]{4}-[0-9]{2}) \\(announced ([0-9]+) months ahead\\)").matcher(d);
        if (from.find()) b.append(", from ").append(from.group(1)).append(", announced ").append(from.group(2)).append(" months ahead");
        return Optional.of(b.toString());
    }

    private static String secondaryClause() {
        return ", with secondary sanctions on third countries that keep trading";
    }

    private static Optional<String> adjust(Names n, String d) {
        List<String> parts = new ArrayList<>();
        int semi = d.indexOf("; crackdown");
        String head = semi < 0 ? d : d.substring(0, semi);
        Matcher cm = CRACKDOWN.matcher(d);
        if (!head.equals("oil") && !head.endsWith(": no regime in force")) {
            int sp = head.indexOf(' ');
            String what = regime(sp < 0 ? head : head.substring(0, sp));
            Matcher fm = Pattern.compile("intensity " + FROM_TO.pattern()).matcher(head);
            StringBuilder b = new StringBuilder(n.subject(0));
            if (fm.find()) {
                double a = Double.parseDouble(fm.group(1)), z = Double.parseDouble(fm.group(2));
                b.append(z > a ? " tightens" : z < a ? " eases" : " keeps").append(" its ").append(what).append(" on ").append(n.object(1))
                        .append(" (strength ").append(fmt(a)).append(" to ").append(fmt(z)).append(")");
            } else {
                b.append(" changes its ").append(what).append(" on ").append(n.object(1));
            }
            Matcher sec = Pattern.compile("secondary (true|false) -> (true|false)").matcher(head);
            if (sec.find() && !sec.group(1).equals(sec.group(2))) {
                b.append(sec.group(2).equals("true") ? ", and extends them to third countries (secondary sanctions)"
                        : ", and drops the secondary sanctions on third countries");
            }
            parts.add(b.toString());
        }
        if (cm.find()) {
            String crack = (parts.isEmpty() ? n.subject(0) + " cracks down" : "it cracks down") + " on the smuggling of "
                    + n.possessive(1) + " oil: the maturity of its evasion network (tankers, traders, payment channels) falls from "
                    + fmt(Double.parseDouble(cm.group(2))) + " to " + fmt(Double.parseDouble(cm.group(3))) + " (0 to 1)";
            parts.add(crack);
        }
        if (parts.isEmpty()) return Optional.empty();
        return Optional.of(String.join("; ", parts));
    }

    private static Optional<String> escalation(Names n, String d) {
        int sp = d.indexOf(' ');
        String what = regime(sp < 0 ? d : d.substring(0, sp));
        Optional<double[]> v = fromTo(d);
        if (v.isEmpty()) return Optional.of(n.subject(0) + " changes its " + what + " on " + n.object(1));
        double a = v.get()[0], z = v.get()[1];
        if (d.endsWith("after negotiation")) {
            return Optional.of(n.subject(0) + " eases its " + what + " on " + n.object(1) + " after talks lower hostility (strength "
                    + fmt(a) + " to " + fmt(z) + ")");
        }
        return Optional.of(n.subject(0) + " steps up its " + what + " on " + n.object(1) + ", as hostility between "
                + n.object(1) + " and " + n.possessive(0) + " allies grows (strength " + fmt(a) + " to " + fmt(z) + ")");
    }

    private static Optional<String> lift(Names n, String d) {
        if (d.startsWith("no regime in force")) return Optional.empty();
        Matcher m = Pattern.compile("^(.*) lifted over ([0-9]+) months$").matcher(d);
        if (!m.find()) return Optional.of(n.subject(0) + " lifts its sanctions on " + n.object(1));
        List<String> what = new ArrayList<>();
        for (String k : m.group(1).split(", ")) what.add(regime(k.trim()));
        int months = Integer.parseInt(m.group(2));
        return Optional.of(n.subject(0) + " lifts its " + join(what) + " on " + n.object(1)
                + (months > 0 ? ", phased out over " + months + " months" : ", at once"));
    }

    // ---------------------------------------------------------------- treaties and policies

    private static Optional<String> signTreaty(Names n, String d) {
        int semi = d.lastIndexOf("; ");
        String name = semi < 0 ? d : d.substring(0, semi);
        String rest = semi < 0 ? "" : d.substring(semi + 2);
        String when = rest.startsWith("in force from ") ? "; it comes into force in " + rest.substring("in force from ".length())
                : rest.equals("not yet in force") ? "; it is not yet in force" : "";
        return Optional.of(capital(n.list()) + " sign the " + treatyName(name) + when);
    }

    private static Optional<String> treaty(String d, String suffix, String phrase) {
        if (d.endsWith("nothing changed") || !d.endsWith(suffix)) return Optional.empty();
        return Optional.of("The " + treatyName(d.substring(0, d.length() - suffix.length())) + phrase);
    }

    /** A treaty's name as written in the scenario, with the pair of countries joined by an en dash. */
    static String treatyName(String name) {
        Matcher m = TREATY_PAIR.matcher(name);
        String s = m.find() ? m.group(1) + "\u2013" + m.group(2) + " " + name.substring(m.end()) : name;
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    private static Optional<String> policy(Names n, String d) {
        if (n.size() == 0) return Optional.of("A new policy comes into effect: " + words(d));
        return Optional.of(n.subject(0) + " adopts " + policyPhrase(d, n, n.size() > 1 ? n.object(1) : null));
    }

    private static String policyPhrase(String policy, Names n, String target) {
        return switch (policy) {
            case "maximum_pressure" -> "a policy of maximum pressure" + (target == null ? "" : " on " + target);
            case "rapprochement" -> "a policy of rapprochement" + (target == null ? "" : " with " + target);
            default -> "the policy \u201c" + words(policy) + "\u201d" + (target == null ? "" : " toward " + target);
        };
    }

    // ---------------------------------------------------------------- ties, governments, settings

    private static Optional<String> alignment(Names n, String d) {
        if (d.startsWith("recorded alignment")) return Optional.empty();
        return fromTo(d).map(v -> capital(n.both()) + (v[1] > v[0] ? " draw closer" : v[1] < v[0] ? " drift apart" : " stay as close as before")
                + " (alignment " + fmt(v[0]) + " to " + fmt(v[1]) + " on a 0 to 1 scale)");
    }

    private static Optional<String> regimeChange(Names n, String d, String condition) {
        StringBuilder b = new StringBuilder();
        if (condition != null) b.append("After its stability falls below ").append(condition).append(", a new government takes power in ").append(n.object(0));
        else b.append("A new government takes power in ").append(n.object(0));
        Matcher ip = Pattern.compile("ideal point " + FROM_TO.pattern()).matcher(d);
        if (ip.find()) {
            double a = Double.parseDouble(ip.group(1)), z = Double.parseDouble(ip.group(2));
            b.append(z > a ? "; its foreign policy moves toward the West" : z < a ? "; its foreign policy moves toward the East"
                    : "; its foreign policy stays where it was");
            b.append(" (UN voting ideal point ").append(fmt(a)).append(" to ").append(fmt(z)).append(")");
        }
        Matcher st = Pattern.compile("stability " + FROM_TO.pattern()).matcher(d);
        if (st.find()) b.append("; stability ").append(fmt(Double.parseDouble(st.group(1)))).append(" to ").append(fmt(Double.parseDouble(st.group(2))));
        int reset = d.indexOf("ties reset with ");
        if (reset >= 0) {
            List<String> with = new ArrayList<>();
            for (String id : d.substring(reset + "ties reset with ".length()).split(",")) with.add(Names.display(id.trim(), n.nameOf, false));
            b.append("; it makes a fresh start with ").append(join(with));
        }
        return Optional.of(b.toString());
    }

    private static Optional<String> attribute(Names n, String d) {
        Matcher m = Pattern.compile("^([a-z_]+) " + FROM_TO.pattern() + "$").matcher(d);
        if (!m.find()) return Optional.of(n.possessive(0) + " data change: " + d);
        String label = ATTRIBUTE_WORDS.getOrDefault(m.group(1), words(m.group(1)));
        return Optional.of(n.possessive(0) + " " + label + " is set from " + fmt(Double.parseDouble(m.group(2))) + " to " + fmt(Double.parseDouble(m.group(3))));
    }

    private static Optional<String> parameter(String d) {
        Matcher m = Pattern.compile("^([a-z_0-9]+) " + FROM_TO.pattern() + "$").matcher(d);
        if (!m.find()) return Optional.of("A model setting changes: " + d);
        String meaning = Param.byName(m.group(1)).map(Param::meaning).orElse(words(m.group(1)));
        return Optional.of("Model assumption changed: " + meaning + ", from " + fmt(Double.parseDouble(m.group(2))) + " to " + fmt(Double.parseDouble(m.group(3))));
    }

    private static Optional<String> shock(Names n, String d) {
        List<String> what = new ArrayList<>();
        Matcher g = Pattern.compile("gdp (" + NUM + ")%").matcher(d);
        if (g.find()) what.add("GDP " + signed(Double.parseDouble(g.group(1))) + "%");
        Matcher o = Pattern.compile("oil (" + NUM + ")%").matcher(d);
        if (o.find()) what.add("oil output " + signed(Double.parseDouble(o.group(1))) + "%");
        if (what.isEmpty()) return Optional.empty();
        return Optional.of(capital(n.object(0)) + " is hit by a sudden shock: " + String.join(", ", what));
    }

    private static String level(String d, String label) {
        Optional<double[]> v = fromTo(d);
        return v.map(x -> label + " " + fmt(x[1]) + " on a 0 to 1 scale").orElse("");
    }

    // ---------------------------------------------------------------- financial sanctions

    /** The sentences of the financial-sanction rows (MODEL.md 6a), from the details Finance writes. */
    private static final class FinanceWords {
        private static final Pattern STRESS = Pattern.compile("financial stress \\+(" + NUM + ") of GDP, half-life (" + NUM + ") months");
        private static final Pattern SHARE = Pattern.compile("^[a-z_]+ share (" + NUM + ")");

        static String measure(String d) {
            Matcher m = SHARE.matcher(d);
            String share = m.find() && Double.parseDouble(m.group(1)) < 1 ? fmt(100 * Double.parseDouble(m.group(1))) + "% of " : "";
            if (d.startsWith("swift")) return "cuts " + (share.isEmpty() ? "the banks" : share + "the banks") + " of";
            if (d.startsWith("reserve")) return "freezes " + (share.isEmpty() ? "the reserves" : share + "the reserves") + " of";
            return "bans correspondent banking for " + (share.isEmpty() ? "the banks" : share + "the banks") + " of";
        }

        static String stress(String d) {
            Matcher m = STRESS.matcher(d);
            if (!m.find()) return "";
            return (d.startsWith("swift") ? " from the international payment messaging system" : "") + "; a financial shock of "
                    + fmt(100 * Double.parseDouble(m.group(1))) + "% of GDP, halving every " + fmt(Double.parseDouble(m.group(2))) + " months";
        }
    }

    // ---------------------------------------------------------------- tariffs and trade agreements

    /** The sentences of the trade-policy rows (MODEL.md 4), from the details TradePolicy writes. */
    private static final class TradeWords {
        private static final Pattern RATE = Pattern.compile("^(all goods|energy) (" + NUM + ")$");
        private static final Pattern ALREADY = Pattern.compile("^(all goods|energy) already in force: rate " + FROM_TO.pattern() + "$");
        private static final Pattern SECONDARY = Pattern.compile("^(" + NUM + ") on buyers of ([A-Za-z0-9_]+) oil above (" + NUM + ") mb/d$");
        private static final Pattern BEARS = Pattern.compile("^buys (" + NUM + ") mb/d of ([A-Za-z0-9_]+) oil, (above|not above) (" + NUM + "): .* (" + NUM + ")$");
        private static final Pattern PHASE = Pattern.compile(": phased in over ([0-9]+) months$");

        static Optional<String> impose(Names n, String d) {
            if (d.startsWith("in force at the start")) return Optional.empty();
            Matcher m = RATE.matcher(d);
            if (m.find()) {
                return Optional.of(n.subject(0) + " imposes a " + percent(m.group(2)) + " tariff on " + imports(m.group(1)) + " from " + n.object(1));
            }
            Matcher a = ALREADY.matcher(d);
            if (a.find()) {
                double from = Double.parseDouble(a.group(2)), to = Double.parseDouble(a.group(3));
                return Optional.of(n.subject(0) + (to > from ? " raises" : to < from ? " lowers" : " keeps") + " its tariff on "
                        + imports(a.group(1)) + " from " + n.object(1) + " (" + percent(a.group(2)) + " to " + percent(a.group(3)) + ")");
            }
            return Optional.of(n.subject(0) + " imposes a tariff on imports from " + n.object(1));
        }

        static Optional<String> lift(Names n, String d) {
            if (d.startsWith("no tariff in force")) return Optional.empty();
            return Optional.of(n.subject(0) + " lifts its " + (d.startsWith("energy") && !d.contains(",") ? "tariff on energy imports" : "tariffs on imports")
                    + " from " + n.object(1));
        }

        static Optional<String> imposeSecondary(Names n, String d) {
            if (d.startsWith("in force at the start")) return Optional.empty();
            Matcher m = SECONDARY.matcher(d);
            if (m.find()) {
                double threshold = Double.parseDouble(m.group(3));
                return Optional.of(n.subject(0) + " imposes a " + percent(m.group(1)) + " tariff on all goods from any country that buys "
                        + n.possessive(1) + " oil" + (threshold > 0 ? " (more than " + fmt(threshold) + " million barrels a day)" : ""));
            }
            Matcher a = Pattern.compile("rate " + FROM_TO.pattern()).matcher(d);
            if (a.find()) {
                return Optional.of(n.subject(0) + " changes its tariff on the buyers of " + n.possessive(1) + " oil ("
                        + percent(a.group(1)) + " to " + percent(a.group(2)) + ")");
            }
            return Optional.of(n.subject(0) + " imposes a tariff on the buyers of " + n.possessive(1) + " oil");
        }

        /** A buyer starts or stops bearing a secondary tariff: actors are the sender and the buyer. */
        static Optional<String> bearing(Names n, String d) {
            Matcher m = BEARS.matcher(d);
            if (!m.find()) return Optional.of(n.subject(1) + "’s exports to " + n.object(0) + " change their tariff");
            String seller = Names.display(m.group(2), n.nameOf, false);
            String oil = fmt(Double.parseDouble(m.group(1))) + " million barrels a day of " + seller + (seller.endsWith("s") ? "’" : "’s") + " oil";
            return Optional.of(m.group(3).equals("above")
                    ? n.subject(1) + " buys " + oil + ", so its exports to " + n.object(0) + " now bear a " + percent(m.group(5)) + " tariff"
                    : n.subject(1) + " now buys only " + oil + ", so its exports to " + n.object(0) + " no longer bear the " + percent(m.group(5)) + " tariff");
        }

        static String phaseIn(String d) {
            Matcher m = PHASE.matcher(d);
            return m.find() ? "; its effect on their trade builds up over " + m.group(1) + " months" : "";
        }

        private static String imports(String goods) {
            return goods.equals("energy") ? "energy imports" : "all imports";
        }

        private static String percent(String rate) {
            return fmt(100 * Double.parseDouble(rate)) + "%";
        }
    }

    // ---------------------------------------------------------------- words and numbers

    private static String regime(String key) {
        return REGIME_WORDS.getOrDefault(key, words(key) + " sanctions");
    }

    private static String article(String regimeWords) {
        if (regimeWords.endsWith("s")) return regimeWords;
        return (regimeWords.matches("^[aeiou].*") ? "an " : "a ") + regimeWords;
    }

    private static Optional<double[]> fromTo(String d) {
        Matcher m = FROM_TO.matcher(d);
        if (!m.find()) return Optional.empty();
        return Optional.of(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
    }

    /** A number for a sentence: at most two decimals, no trailing zeros, Locale.ROOT. */
    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + fmt(Math.abs(v));
    }

    private static String words(String key) {
        return key.replace('_', ' ');
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && s.startsWith("The ")) return "t" + s.substring(1);
        return s;
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) return items.isEmpty() ? "" : items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static List<String> ids(String actors) {
        List<String> out = new ArrayList<>();
        if (actors == null) return out;
        for (String s : actors.split(";")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /** The actors of a row as they read in a sentence. */
    private static final class Names {
        final List<String> ids;
        final Function<String, String> nameOf;

        Names(List<String> ids, Function<String, String> nameOf) {
            this.ids = ids;
            this.nameOf = nameOf;
        }

        int size() { return ids.size(); }

        String object(int k) { return k < ids.size() ? display(ids.get(k), nameOf, false) : "another actor"; }

        String subject(int k) { return capital(object(k)); }

        String possessive(int k) {
            String s = object(k);
            return s.endsWith("s") ? s + "\u2019" : s + "\u2019s";
        }

        String both() {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < ids.size(); k++) names.add(object(k));
            return join(names);
        }

        String list() { return both(); }

        static String display(String id, Function<String, String> nameOf, boolean capital) {
            String name = nameOf == null ? id : nameOf.apply(id);
            if (name == null || name.isBlank()) name = id;
            boolean the = name.startsWith("United ") || name.startsWith("European ") || name.startsWith("Republic ")
                    || name.startsWith("Democratic ") || name.startsWith("Kingdom ") || name.startsWith("Islamic ")
                    || WITH_ARTICLE.contains(name);
            String s = the ? "the " + name : name;
            return capital ? capital(s) : s;
        }
    }
}
