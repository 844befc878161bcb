package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.analysis.ScenarioDiff;
import org.entente.io.ScenarioException;
import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente diff A B}: what differs between two scenarios once extends is resolved. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "List what differs between two scenarios (after extends): actors, flows, treaties, regimes, hostility, events, parameters.")
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO_A")
    java.nio.file.Path a;

    @Parameters(index = "1", paramLabel = "SCENARIO_B")
    java.nio.file.Path b;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ScenarioLoader.Loaded la, lb;
        try {
            la = ScenarioLoader.load(a);
            lb = ScenarioLoader.load(b);
        } catch (ScenarioException e) {
            for (String p : e.problems()) err.println(p);
            return Main.EXIT_INVALID;
        }
        List<String> lines = ScenarioDiff.diff(la.scenario(), lb.scenario());
        out.println("From " + a + " to " + b + ": " + (lines.isEmpty() ? "no differences." : lines.size() + " difference"
                + (lines.size() == 1 ? "" : "s") + " (+ only in B, - only in A, ~ changed)."));
        for (String l : lines) out.println(l);
        return Main.EXIT_OK;
    }
}
