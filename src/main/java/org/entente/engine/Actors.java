package org.entente.engine;

/**
 * The state of every actor of one run, as parallel arrays indexed by actor (part of what a
 * checkpoint would save): economy, military spending, oil, stability, the month-0 references,
 * this month's series and their year-on-year lags. Written by the phases and events, read by
 * the layers and the record. Mutable; owned by one run.
 */
final class Actors {
    // economy and security
    final double[] gdp, gdp0, trend, population, milex, milexShare0, milexShare, homeProduction;
    final double[] idealPoint, stability, growth;
    final boolean[] armsSupplier;
    // oil
    final double[] oil, oil0, oilFree, oilEvasionStart, oilImports;
    // month-0 trade
    final double[] exports0, imports0;

    /** Import substitution (MODEL.md 6): domestic production, USD bn a year, that replaces lost imports. */
    final double[] substitution;
    final Lag substitutionLag;

    // this month's series, with year-on-year lags
    final double[] trade, tradeRef, oilRevenue, milexGap, sts, exportsNow, importsNow;
    final Lag gdpLag, tradeLag, tradeRefLag, oilRevLag, milexGapLag, stsLag;

    /** Arrays of n actors at zero; {@link World} fills them from the scenario and then {@link #startLags}. */
    Actors(int n) {
        gdp = new double[n]; gdp0 = new double[n]; trend = new double[n]; population = new double[n];
        milex = new double[n]; milexShare0 = new double[n]; milexShare = new double[n]; homeProduction = new double[n];
        idealPoint = new double[n]; stability = new double[n]; growth = new double[n];
        armsSupplier = new boolean[n];
        oil = new double[n]; oil0 = new double[n]; oilFree = new double[n];
        oilEvasionStart = new double[n]; oilImports = new double[n];
        exports0 = new double[n]; imports0 = new double[n];
        trade = new double[n]; tradeRef = new double[n]; oilRevenue = new double[n]; milexGap = new double[n];
        sts = new double[n]; exportsNow = new double[n]; importsNow = new double[n];
        gdpLag = new Lag(n);
        tradeLag = new Lag(n);
        tradeRefLag = new Lag(n);
        oilRevLag = new Lag(n);
        milexGapLag = new Lag(n);
        stsLag = new Lag(n);
        substitution = new double[n];
        substitutionLag = new Lag(n);
    }

    /** Takes the month-0 values of the lagged series once the actors are filled in. */
    void startLags() {
        gdpLag.rebase(gdp0);
        tradeLag.rebase(trade);
        tradeRefLag.rebase(tradeRef);
        stsLag.rebase(sts);
    }

    /** Total trade (exports and imports, oil revenue changes included) of actor i this month. */
    double totalTrade(int i) { return exportsNow[i] + importsNow[i]; }
}
