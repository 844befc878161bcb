package org.entente.model;

/**
 * One actor as a scenario records it at the start month. Units: gdp and milex USD bn a year,
 * population millions, oil volumes million barrels a day, trend growth percent a year.
 * Optional numbers are NaN when the scenario leaves them to the defaults. Immutable.
 */
public record ActorSpec(
        String id, String name, ActorKind kind, double lat, double lon,
        double gdp, double population, double milex,
        double oilExports, double oilImports, double oilFree,
        double oilEvasionStart,
        boolean armsSupplier, double idealPoint, double stability, double trendGrowth,
        String source) {
}
