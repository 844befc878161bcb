package org.entente.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Sanction regime types (MODEL.md section 3) with the flows each acts on and the parameter
 * that holds its coefficient beta.
 */
public enum RegimeType {
    TRADE_COMPLETE(Param.BETA_TRADE_COMPLETE, true, true),
    TRADE_PARTIAL(Param.BETA_TRADE_PARTIAL, true, true),
    FINANCIAL(Param.BETA_FINANCIAL, true, true),
    /** Acts on the target's exports to the sender. */
    ENERGY(Param.BETA_ENERGY, false, true),
    /** Acts on the sender's exports to the target. */
    TECHNOLOGY(Param.BETA_TECHNOLOGY, true, false),
    /** No trade friction; counts in pressure S and blocks arms flows both ways. */
    ARMS(Param.BETA_ARMS, false, false);

    private final Param beta;
    private final boolean senderExports;
    private final boolean targetExports;

    RegimeType(Param beta, boolean senderExports, boolean targetExports) {
        this.beta = beta;
        this.senderExports = senderExports;
        this.targetExports = targetExports;
    }

    public Param beta() { return beta; }
    /** Whether the regime adds friction to the sender's exports to the target. */
    public boolean actsOnSenderExports() { return senderExports; }
    /** Whether the regime adds friction to the target's exports to the sender. */
    public boolean actsOnTargetExports() { return targetExports; }

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<RegimeType> byName(String s) {
        for (RegimeType t : values()) if (t.key().equals(s)) return Optional.of(t);
        return Optional.empty();
    }
}
