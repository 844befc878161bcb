package org.entente.engine;

import java.util.List;
import java.util.Objects;

import org.entente.model.Scenario;

/**
 * A scenario made ready to run: the scenario and the flows the gravity model imputes for it
 * (MODEL.md 4), computed once. Every run of an ensemble, and the manifest and
 * {@code imputed-flows.csv} that describe them, take the same instance, so the imputation is
 * done once and all of them see the same flows. Immutable and thread-safe.
 *
 * @param scenario the resolved scenario
 * @param imputed  the imputed flows, unmodifiable; empty when {@code gravity_imputation} is 0
 */
public record PreparedScenario(Scenario scenario, List<Gravity.Flow> imputed) {
    public PreparedScenario {
        Objects.requireNonNull(scenario, "scenario");
        imputed = List.copyOf(imputed);
    }

    /** Imputes the scenario's missing flows (a pure function of the scenario). */
    public static PreparedScenario of(Scenario s) {
        return new PreparedScenario(s, Gravity.impute(s));
    }
}
