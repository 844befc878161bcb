package org.entente.engine;

/**
 * Sets an oil exporter's floor F, evasion ceiling V and evasion E so that the recorded volume
 * of month 0 is a steady state (MODEL.md 6). With enforcement I(0) &gt; 0, E(0) = O(0) - F -
 * (O_free - F)(1 - I) and V = F + E(0)/I, which makes E(0) the logistic's resting point: the
 * specification only raises V when it lies below that value, but a V above it would make
 * evasion grow in an unchanged world, so the steady-state reading is used (see docs/model-notes.md).
 * With no enforcement the recorded volume is the unsanctioned one (O_free = O(0)).
 */
final class OilSetup {
    private OilSetup() { }

    static void initialise(World w) {
        for (int i = 0; i < w.n; i++) {
            if (w.actors.oil0[i] <= 0) {
                w.actors.oilFree[i] = 0;
                continue;
            }
            double enforcement = w.oilEnforcement(i, 0);
            if (enforcement <= 0) w.actors.oilFree[i] = w.actors.oil0[i];
            w.actors.oilFloor[i] = w.actors.oilFloorShare[i] * w.actors.oilFree[i];
            w.actors.oilCeiling[i] = w.actors.oilEvasionShare[i] * w.actors.oilFree[i];
            if (enforcement > 0) {
                double e0 = w.actors.oil0[i] - w.actors.oilFloor[i] - (w.actors.oilFree[i] - w.actors.oilFloor[i]) * (1 - enforcement);
                w.actors.evasion[i] = Math.max(0, e0);
                w.actors.oilCeiling[i] = w.actors.oilFloor[i] + w.actors.evasion[i] / enforcement;
            }
        }
    }

    /**
     * After an event changed the free volume: floor and ceiling scale with it, so a ceiling
     * anchored on the recorded volume keeps its meaning; evasion is kept.
     */
    static void rescaleFree(World w, int i, double oldFree) {
        w.actors.oilFloor[i] = w.actors.oilFloorShare[i] * w.actors.oilFree[i];
        double ratio = oldFree > 0 ? w.actors.oilFree[i] / oldFree : 1;
        w.actors.oilCeiling[i] = Math.max(w.actors.oilFloor[i], w.actors.oilCeiling[i] * ratio);
    }

    /** After an event set the floor share: a new floor, the ceiling kept (but never below the floor). */
    static void newFloor(World w, int i) {
        w.actors.oilFloor[i] = w.actors.oilFloorShare[i] * w.actors.oilFree[i];
        w.actors.oilCeiling[i] = Math.max(w.actors.oilFloor[i], w.actors.oilCeiling[i]);
    }

    /** After an event set the evasion share explicitly: the ceiling follows it. */
    static void newCeiling(World w, int i) {
        w.actors.oilCeiling[i] = Math.max(w.actors.oilFloor[i], w.actors.oilEvasionShare[i] * w.actors.oilFree[i]);
    }
}
