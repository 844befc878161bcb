package org.entente.model;

/**
 * One actor as a scenario records it at the start month. Units: gdp and milex USD bn a year,
 * population millions, oil volumes million barrels a day, trend growth percent a year.
 * Optional numbers are NaN when the scenario leaves them to the defaults ({@code financialExposure}
 * and {@code reservesMonths}: MODEL.md 6a). Immutable.
 */
public record ActorSpec(
        String id, String name, ActorKind kind, double lat, double lon,
        double gdp, double population, double milex,
        double oilExports, double oilImports, double oilFree,
        double oilEvasionStart,
        boolean armsSupplier, double idealPoint, double stability, double trendGrowth,
        String source, double financialExposure, double reservesMonths) {

    /**
     * An actor without the financial attributes of MODEL.md 6a ({@code financial_exposure},
     * {@code reserves_months}): both take their documented defaults.
     */
    public ActorSpec(String id, String name, ActorKind kind, double lat, double lon,
                     double gdp, double population, double milex,
                     double oilExports, double oilImports, double oilFree,
                     double oilEvasionStart,
                     boolean armsSupplier, double idealPoint, double stability, double trendGrowth,
                     String source) {
        this(id, name, kind, lat, lon, gdp, population, milex, oilExports, oilImports, oilFree,
                oilEvasionStart, armsSupplier, idealPoint, stability, trendGrowth, source, Double.NaN, Double.NaN);
    }
}
