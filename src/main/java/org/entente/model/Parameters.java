package org.entente.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable set of parameter values with a theory. Unset values take the defaults of
 * {@link Param}; unset alignment weights take the theory's preset. Thread-safe.
 */
public final class Parameters {
    private final double[] values;
    private final Theory theory;

    private Parameters(double[] values, Theory theory) {
        this.values = values;
        this.theory = theory;
    }

    public static Parameters defaults() {
        double[] v = new double[Param.values().length];
        for (Param p : Param.values()) v[p.ordinal()] = p.defaultValue();
        return new Parameters(v, Theory.MIXED);
    }

    /** A copy with one value replaced; the value must lie in the parameter's range. */
    public Parameters with(Param p, double value) {
        if (!(value >= p.min() && value <= p.max())) {
            throw new IllegalArgumentException(p.key() + ": must be in [" + p.min() + ", " + p.max() + "], but was " + value);
        }
        double[] v = values.clone();
        v[p.ordinal()] = value;
        return new Parameters(v, theory);
    }

    public Parameters withTheory(Theory t) {
        return new Parameters(values.clone(), t);
    }

    public Theory theory() { return theory; }

    /** The value in force: the explicit value, or for an unset alignment weight the theory's. */
    public double get(Param p) {
        double v = values[p.ordinal()];
        return Double.isNaN(v) ? theory.weight(p) : v;
    }

    /** A flag parameter's value: on at 1, off at 0 (the validator admits nothing else from a scenario). */
    public boolean flag(Param p) {
        if (p.kind() != Param.Kind.FLAG) throw new IllegalArgumentException(p.key() + " is not a flag");
        return get(p) >= 0.5;
    }


    /** All parameter values in force, by name, in declaration order (theory first). */
    public Map<String, Object> resolved() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("theory", theory.key());
        for (Param p : Param.values()) m.put(p.key(), get(p));
        return m;
    }

    /** A plain array of values in force, indexed by {@link Param#ordinal()}. */
    public double[] toArray() {
        double[] v = new double[values.length];
        for (Param p : Param.values()) v[p.ordinal()] = get(p);
        return v;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Parameters p && p.theory == theory && Arrays.equals(p.values, values);
    }
    @Override public int hashCode() { return 31 * Arrays.hashCode(values) + theory.hashCode(); }
}
