package org.entente.model;

import java.time.YearMonth;
import java.util.List;

/**
 * A sanction regime as a scenario states it. The sender may be {@link #UN}. {@code start} may
 * lie before the scenario's start (a regime already in force); {@code end} is null for an
 * open-ended regime. Immutable.
 */
public record RegimeSpec(String sender, String target, RegimeType type, double intensity, boolean secondary,
                         YearMonth start, YearMonth end, List<String> rejectedBy, List<String> initiatedBy,
                         String source) {
    /** The sender id of a United Nations regime, applied by every state and bloc. */
    public static final String UN = "UN";

    public RegimeSpec {
        rejectedBy = List.copyOf(rejectedBy);
        initiatedBy = List.copyOf(initiatedBy);
    }

    public boolean isUn() { return UN.equals(sender); }
}
