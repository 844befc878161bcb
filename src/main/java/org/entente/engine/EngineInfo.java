package org.entente.engine;

/** Versions the engine records in every manifest. */
public final class EngineInfo {
    /** The version of MODEL.md this engine implements (its first line: "The Entente model, version 1.6"). */
    public static final String MODEL_VERSION = "1.6";
    /** The version of the CSV contract (column sets and order). */
    public static final String SCHEMA_VERSION = "3";

    private EngineInfo() { }
}
