package org.entente.web;

import java.util.Optional;
import java.util.function.Function;

/**
 * Plain-language sentences for the timeline, from an events.csv row's {@code event},
 * {@code actors} (ids joined by ';') and {@code detail}; empty for the technical start-data
 * rows. A stand-in with the API of {@code org.entente.view.EventText}, used until that class
 * is on this branch. Stateless.
 */
final class EventWords {
    private EventWords() { }

    static Optional<String> sentence(String type, String actors, String detail, Function<String, String> nameOf) {
        if (detail.startsWith("recorded ") || detail.startsWith("member at the start")) return Optional.empty();
        String[] ids = actors.isEmpty() ? new String[0] : actors.split(";");
        String a = ids.length > 0 ? nameOf.apply(ids[0]) : "";
        String b = ids.length > 1 ? nameOf.apply(ids[1]) : "";
        String s = switch (type) {
            case "impose_sanctions" -> a + " imposes sanctions on " + b + " (" + regime(detail) + ")";
            case "adjust_sanctions" -> a + " changes its sanctions on " + b + " (" + regime(detail) + ")";
            case "lift_sanctions" -> a + " lifts sanctions on " + b + " (" + regime(detail) + ")";
            case "sign_treaty" -> a + " and " + b + " sign a treaty: " + detail;
            case "treaty_in_force" -> "A treaty between " + a + " and " + b + " comes into force: " + detail;
            case "end_treaty" -> "The old treaty between " + a + " and " + b + " lapses: " + detail;
            case "war_start" -> "War between " + a + " and " + b;
            case "war_end" -> "The war between " + a + " and " + b + " ends";
            case "set_policy" -> a + " changes course toward " + b + ": " + detail.replace('_', ' ');
            case "join_bloc" -> a + " joins " + b;
            case "leave_bloc" -> a + " leaves " + b;
            case "regime_change" -> "Change of government in " + a;
            case "shock" -> "A shock hits " + a + ": " + detail;
            default -> (a.isEmpty() ? "" : a + (b.isEmpty() ? "" : " and " + b) + ": ") + type.replace('_', ' ')
                    + (detail.isEmpty() ? "" : " (" + detail + ")");
        };
        return Optional.of(s);
    }

    private static String regime(String detail) {
        return detail.replace("trade_partial", "partial trade").replace("trade_complete", "full trade").replace("intensity ", "strength ")
                .replace('_', ' ');
    }
}
