package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Parameters;

/** Options shared by the verbs that read a scenario: the scenario file and its {@link OverrideOptions}. */
final class ScenarioOptions extends OverrideOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file (.yaml, .yml or .json)")
    Path scenario;

    /** Loads the scenario, or prints every problem and returns null. */
    ScenarioLoader.Loaded load(PrintWriter err) {
        return load(scenario, null, err);
    }
}
