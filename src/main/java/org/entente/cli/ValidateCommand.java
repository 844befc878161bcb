package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente validate SCENARIO}: checks a scenario fully and runs nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and report every problem (exit 2 if any).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        var s = loaded.scenario();
        spec.commandLine().getOut().printf("%s: valid. %s: %d actors, %d flows, %d treaties, %d regimes, %d events, %s for %d months.%n",
                options.scenario, s.name(), s.actors().size(), s.trade().size(), s.treaties().size(), s.sanctions().size(),
                s.events().size(), s.start(), s.months());
        for (String note : loaded.notes()) spec.commandLine().getOut().println("note: " + note);
        return Main.EXIT_OK;
    }
}
