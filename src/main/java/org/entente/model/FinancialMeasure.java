package org.entente.model;

import java.util.Optional;

/**
 * The measures of a financial sanction event (MODEL.md 6a): each gives a transitory financial
 * shock to the target whose size per unit of share is its own parameter. Immutable.
 */
public enum FinancialMeasure {
    /** Disconnection of the target's banks from the SWIFT messaging system. */
    SWIFT("swift", Param.FINANCIAL_SHOCK_SWIFT),
    /** Freezing of a share of the target's central-bank reserves held in the sender's jurisdiction. */
    RESERVE_FREEZE("reserve_freeze", Param.FINANCIAL_SHOCK_RESERVE_FREEZE),
    /** A ban on correspondent accounts for the target's banks in the sender's banking system. */
    CORRESPONDENT_BANKING("correspondent_banking", Param.FINANCIAL_SHOCK_CORRESPONDENT);

    private final String key;
    private final Param size;

    FinancialMeasure(String key, Param size) {
        this.key = key;
        this.size = size;
    }

    /** The word used in scenario files and events.csv. */
    public String key() { return key; }

    /** The parameter that sizes the measure's shock. */
    public Param size() { return size; }

    public static Optional<FinancialMeasure> byKey(String key) {
        for (FinancialMeasure m : values()) if (m.key.equals(key)) return Optional.of(m);
        return Optional.empty();
    }
}
