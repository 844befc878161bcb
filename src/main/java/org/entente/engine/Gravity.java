package org.entente.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.model.ActorKind;
import org.entente.model.ActorSpec;
import org.entente.model.Param;
import org.entente.model.RegimeSpec;
import org.entente.model.Scenario;
import org.entente.model.TradeSpec;

/**
 * The gravity imputation of MODEL.md section 4: flows the scenario does not record are set once
 * at the start to X_ij = G Y_i Y_j / d_ij, with G fitted by least squares in logs to the recorded
 * flows (the mean of log X - log Y_i - log Y_j + log d over them) and scaled down by
 * exp(F_ij(0)), the friction of the regimes in force at the start that act on the flow
 * (secondary sanctions are left out: their compliance depends on the flows being imputed).
 * Non-state actors and actors without a GDP get no imputed flows. Pure and thread-safe.
 */
public final class Gravity {
    /** Distances below this (capitals of a bloc and a member, say) count as this much, in km. */
    public static final double MIN_DISTANCE_KM = 100;
    private static final double EARTH_RADIUS_KM = 6371.0;

    private Gravity() { }

    /** An imputed flow, USD bn a year. */
    public record Flow(String from, String to, double value) { }

    /**
     * The flows imputed for a scenario (an unmodifiable list); empty when {@code gravity_imputation}
     * is off or nothing is recorded to fit G. Computed anew on each call: an ensemble imputes once
     * through {@link PreparedScenario#of}. Pure and thread-safe.
     */
    public static List<Flow> impute(Scenario s) {
        if (!s.parameters().flag(Param.GRAVITY_IMPUTATION)) return List.of();
        return Collections.unmodifiableList(fit(s));
    }

    private static List<Flow> fit(Scenario s) {
        List<ActorSpec> actors = s.actors();
        Map<String, ActorSpec> byId = new HashMap<>();
        for (ActorSpec a : actors) byId.put(a.id(), a);
        Set<String> recorded = new HashSet<>();
        double sum = 0;
        int count = 0;
        for (TradeSpec t : s.trade()) {
            recorded.add(t.from() + ">" + t.to());
            ActorSpec a = byId.get(t.from()), b = byId.get(t.to());
            if (t.value() > 0 && a.gdp() > 0 && b.gdp() > 0) {
                sum += Math.log(t.value()) - Math.log(a.gdp()) - Math.log(b.gdp()) + Math.log(distanceKm(a, b));
                count++;
            }
        }
        if (count == 0) return List.of();
        double g = Math.exp(sum / count);
        // only flows to or from a target of a regime in force at the start carry friction
        Set<String> targets = new HashSet<>();
        for (RegimeSpec r : s.sanctions()) if (inForceAtStart(s, r)) targets.add(r.target());
        List<Flow> out = new ArrayList<>();
        for (ActorSpec a : actors) {
            for (ActorSpec b : actors) {
                if (a == b || a.kind() == ActorKind.NON_STATE || b.kind() == ActorKind.NON_STATE) continue;
                if (!(a.gdp() > 0) || !(b.gdp() > 0) || recorded.contains(a.id() + ">" + b.id())) continue;
                double friction = targets.contains(a.id()) || targets.contains(b.id()) ? startFriction(s, a.id(), b.id()) : 0;
                double x = g * a.gdp() * b.gdp() / distanceKm(a, b) * Math.exp(friction);
                out.add(new Flow(a.id(), b.id(), x));
            }
        }
        return out;
    }

    /**
     * States and blocs with no trade at the start, recorded or imputed: the engine keeps them
     * out of the trade network (no diverted trade or oil, no trade-dependence term).
     */
    public static List<String> outsideTradeNetwork(Scenario s) {
        Set<String> traders = new HashSet<>();
        for (TradeSpec t : s.trade()) {
            if (t.value() > 0) {
                traders.add(t.from());
                traders.add(t.to());
            }
        }
        for (Flow f : impute(s)) {
            if (f.value() > 0) {
                traders.add(f.from());
                traders.add(f.to());
            }
        }
        List<String> out = new ArrayList<>();
        for (ActorSpec a : s.actors()) if (a.kind() != ActorKind.NON_STATE && !traders.contains(a.id())) out.add(a.id());
        return out;
    }

    /** Great-circle distance between the actors' capitals, at least {@link #MIN_DISTANCE_KM}. */
    static double distanceKm(ActorSpec a, ActorSpec b) {
        double la1 = Math.toRadians(a.lat()), la2 = Math.toRadians(b.lat());
        double dla = la2 - la1, dlo = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        double d = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        return Math.max(MIN_DISTANCE_KM, d);
    }

    /** Sum of beta x intensity of the regimes in force at the start that act on the flow from to to. */
    static double startFriction(Scenario s, String from, String to) {
        double f = 0;
        for (RegimeSpec r : s.sanctions()) {
            if (!inForceAtStart(s, r)) continue;
            double be = s.parameters().get(r.type().beta()) * r.intensity();
            if (r.type().actsOnSenderExports() && to.equals(r.target()) && applies(s, r, from)) f += be;
            if (r.type().actsOnTargetExports() && from.equals(r.target()) && applies(s, r, to)) f += be;
        }
        return f;
    }

    /** Whether a regime other than an arms regime is in force in the start month. */
    private static boolean inForceAtStart(Scenario s, RegimeSpec r) {
        boolean inForce = !r.start().isAfter(s.start()) && (r.end() == null || r.end().isAfter(s.start()));
        return inForce && r.type() != org.entente.model.RegimeType.ARMS;
    }

    private static boolean applies(Scenario s, RegimeSpec r, String actor) {
        if (actor.equals(r.target())) return false;
        if (!r.isUn()) return actor.equals(r.sender());
        if (r.rejectedBy().contains(actor)) return false;
        return s.actors().stream().anyMatch(a -> a.id().equals(actor) && a.kind() != ActorKind.NON_STATE);
    }
}
