package org.entente.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Named presets of the alignment weights (MODEL.md section 5). A scenario picks one and may
 * override single weights with the {@code w_*} parameters.
 */
public enum Theory {
    REALIST(1.0, 0.6, 0.2, 0.1, 0.8, 1.0),
    LIBERAL(0.3, 0.3, 1.0, 0.3, 0.6, 0.6),
    CONSTRUCTIVIST(0.3, 0.4, 0.3, 1.0, 0.3, 0.6),
    MIXED(0.6, 0.5, 0.6, 0.5, 0.6, 0.8);

    private final double[] weights;

    Theory(double threat, double sanction, double trade, double ideology, double risk, double hostility) {
        this.weights = new double[] {threat, sanction, trade, ideology, risk, hostility};
    }

    /** Weight for one of the six {@code w_*} parameters. */
    public double weight(Param p) {
        return switch (p) {
            case W_THREAT -> weights[0];
            case W_SANCTION -> weights[1];
            case W_TRADE -> weights[2];
            case W_IDEOLOGY -> weights[3];
            case W_RISK -> weights[4];
            case W_HOSTILITY -> weights[5];
            default -> throw new IllegalArgumentException("not an alignment weight: " + p.key());
        };
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Theory> byName(String name) {
        for (Theory t : values()) if (t.key().equals(name)) return Optional.of(t);
        return Optional.empty();
    }
}
