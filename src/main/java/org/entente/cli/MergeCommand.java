package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.io.ScenarioException;
import org.entente.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente merge DIR... --out DIR}: joins the shards of a sweep into the folder the whole sweep writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the shard folders of one sweep (sweep --shard K/N) into one sweep folder, identical to the unsharded sweep's.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "shard folders, e.g. results/shard-*")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the merged sweep's folder")
    Path out;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SweepMerge.Outcome o = SweepMerge.merge(inputs, out);
            if (!quiet) {
                spec.commandLine().getOut().println("Merged " + o.points() + " points from " + o.inputs() + " folder"
                        + (o.inputs() == 1 ? "" : "s") + " into " + CompareCommand.shown(o.folder()));
            }
            return Main.EXIT_OK;
        } catch (ScenarioException e) {
            for (String line : e.problems()) err.println(line);
            err.println("nothing written.");
            return Main.EXIT_INVALID;
        }
    }
}
