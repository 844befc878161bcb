package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The numbers an actor of a scenario carries (docs/scenario-format.md, "actors"): key as written
 * in the file, the range the reader accepts, the unit. The scenario reader checks an actor's
 * values and a {@code set_attribute} event's value against the same entry, and the engine's
 * {@code EventPhase} applies a {@code set_attribute} through an exhaustive switch on this enum.
 */
public enum Attribute {
    GDP("gdp", 0, 1e7, true, false, true, "USD bn a year"),
    POPULATION("population", 0, 1e5, false, false, true, "millions"),
    MILEX("milex", 0, 1e6, false, false, true, "USD bn a year"),
    TREND_GROWTH("trend_growth", -50, 50, false, false, true, "percent a year"),
    IDEAL_POINT("ideal_point", -10, 10, false, false, true, "UN-voting scale"),
    STABILITY("stability", 0, 1, false, false, true, "0 collapse to 1 rock-solid"),
    OIL_FREE("oil_free", 0, 100, false, false, true, "million barrels a day"),
    OIL_IMPORTS("oil_imports", 0, 100, false, false, true, "million barrels a day"),
    OIL_EVASION_START("oil_evasion_start", 0, 1, false, false, true, "share"),
    ARMS_SUPPLIER("arms_supplier", 0, 1, false, true, true, "true or false"),
    FINANCIAL_EXPOSURE("financial_exposure", 0, 1, false, false, true, "share, 0 to 1 (default: trade share with the sender)"),
    RESERVES_MONTHS("reserves_months", 0, 600, false, false, true, "months of imports"),
    OIL_EXPORTS("oil_exports", 0, 100, false, false, false, "million barrels a day");

    private final String key;
    private final double min;
    private final double max;
    private final boolean positive;
    private final boolean flag;
    private final boolean settable;
    private final String unit;

    Attribute(String key, double min, double max, boolean positive, boolean flag, boolean settable, String unit) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.positive = positive;
        this.flag = flag;
        this.settable = settable;
        this.unit = unit;
    }

    public String key() { return key; }
    /** Smallest value accepted (excluded when {@link #positive}). */
    public double min() { return min; }
    public double max() { return max; }
    /** The value must be more than {@link #min}, not equal to it. */
    public boolean positive() { return positive; }
    /** Written {@code true}/{@code false} (read as 1/0). */
    public boolean flag() { return flag; }
    /** A {@code set_attribute} event may change it during a run. */
    public boolean settable() { return settable; }
    public String unit() { return unit; }

    public static Optional<Attribute> byKey(String key) {
        for (Attribute a : values()) if (a.key.equals(key)) return Optional.of(a);
        return Optional.empty();
    }

    /** The keys a {@code set_attribute} event accepts, in the order the docs list them. */
    public static List<String> settableKeys() {
        return Arrays.stream(values()).filter(Attribute::settable).map(Attribute::key).toList();
    }
}
