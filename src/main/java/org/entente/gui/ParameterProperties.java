package org.entente.gui;

import org.entente.model.Param;
import org.entente.model.Parameters;
import org.entente.model.Theory;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * Every parameter of the model (and the theory) as MASON properties, so that the model
 * inspector shows them and lets them be edited before a run; the values take effect at the
 * next start. A value out of its range is refused (the field shows the old value again).
 */
public final class ParameterProperties implements Propertied {
    private Parameters parameters;

    public ParameterProperties(Parameters p) { this.parameters = p; }

    public synchronized Parameters parameters() { return parameters; }

    @Override
    public Properties properties() {
        return new Properties() {
            private static final long serialVersionUID = 1L;

            @Override public boolean isVolatile() { return false; }
            @Override public int numProperties() { return 1 + Param.values().length; }
            @Override public String getName(int i) { return i == 0 ? "theory" : Param.values()[i - 1].key(); }
            @Override public boolean isReadWrite(int i) { return true; }
            @Override public Class getType(int i) { return i == 0 ? String.class : double.class; }

            @Override
            public Object getValue(int i) {
                synchronized (ParameterProperties.this) {
                    return i == 0 ? parameters.theory().key() : (Object) parameters.get(Param.values()[i - 1]);
                }
            }

            @Override
            public String getDescription(int i) {
                if (i == 0) return "realist, liberal, constructivist or mixed";
                Param p = Param.values()[i - 1];
                return p.meaning() + " [" + p.min() + ", " + p.max() + "]; " + p.basis();
            }

            @Override
            protected Object _setValue(int i, Object value) {
                synchronized (ParameterProperties.this) {
                    if (i == 0) {
                        Theory.byName(String.valueOf(value).trim()).ifPresent(t -> parameters = parameters.withTheory(t));
                        return parameters.theory().key();
                    }
                    Param p = Param.values()[i - 1];
                    double v;
                    try {
                        v = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value).trim());
                    } catch (NumberFormatException e) {
                        return parameters.get(p);
                    }
                    if (v >= p.min() && v <= p.max() && p.ofKind(v)) parameters = parameters.with(p, v);
                    return parameters.get(p);
                }
            }
        };
    }
}
