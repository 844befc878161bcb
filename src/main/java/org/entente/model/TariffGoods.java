package org.entente.model;

import java.util.Optional;

/**
 * What a tariff covers (MODEL.md 4): every good the target exports to the sender, or only the
 * energy part of that flow. Immutable.
 */
public enum TariffGoods {
    ALL("all"), ENERGY("energy");

    private final String key;

    TariffGoods(String key) { this.key = key; }

    /** The word written in scenario files ({@code goods: all|energy}) and in {@code events.csv}. */
    public String key() { return key; }

    public static Optional<TariffGoods> byKey(String key) {
        for (TariffGoods g : values()) if (g.key.equals(key)) return Optional.of(g);
        return Optional.empty();
    }
}
