package org.entente.model;

import java.time.YearMonth;
import java.util.List;

/**
 * A treaty: parties, signature and entry into force (month precision; null when not yet
 * known), duration in years (NaN for open-ended), domains, defence level in [0,1] and the
 * alignment floor it holds while in force (NaN for the {@code treaty_floor} default).
 */
public record TreatySpec(String name, List<String> parties, YearMonth signed, YearMonth inForce,
                         double years, List<String> domains, double defense, double floor, String source) {
    public TreatySpec {
        parties = List.copyOf(parties);
        domains = List.copyOf(domains);
    }
}
