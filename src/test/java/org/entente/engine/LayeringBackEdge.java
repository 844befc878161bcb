package org.entente.engine;

/**
 * Test fixture for {@code arch.LayeringTest}: an engine class that reaches up into io, the kind
 * of back-edge the layering rules exist to refuse. Test tree only; nothing uses it.
 */
public final class LayeringBackEdge {
    public int cellsOf(org.entente.model.Scenario s) {
        return org.entente.io.NationCells.size(s);
    }
}
