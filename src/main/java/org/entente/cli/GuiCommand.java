package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.gui.EntenteWithUI;
import org.entente.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entente gui SCENARIO}: the MASON Console with the world map, inspectors and charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the scenario in a window: world map, play/pause/step, actor inspectors, charts.")
final class GuiCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions options;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "run without the Console, write a PNG of the map and exit")
    Path screenshot;

    @Option(names = "--after-months", paramLabel = "N", defaultValue = "12",
            description = "with --screenshot: months to run first (default: ${DEFAULT-VALUE})")
    int afterMonths;

    @Option(names = "--actors", paramLabel = "IDS", split = ",", description = "actors in the charts (default: IRN, RUS, CHN, USA, EUU where present)")
    List<String> actors;

    /** Where the Console goes: right of the map, tall enough for an actor's inspector. */
    static final class EntenteWithUIBounds {
        static final java.awt.Rectangle CONSOLE = new java.awt.Rectangle(1110, 0, 560, 900);
    }

    /** Pause between months when playing, so that a class can follow (10 years in about 20 s). */
    static final long PLAY_DELAY_MS = 150;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader.Loaded loaded = options.load(err);
        if (loaded == null) return Main.EXIT_INVALID;
        var s = loaded.scenario();
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            err.println("entente gui: no display here. On a server, run it under Xvfb: xvfb-run -a ./entente gui ...");
            return Main.EXIT_ERROR;
        }
        List<String> ids = new ArrayList<>();
        for (var a : s.actors()) ids.add(a.id());
        List<String> chart = new ArrayList<>();
        if (actors != null) {
            for (String a : actors) {
                if (!ids.contains(a)) {
                    err.println("command line: --actors: unknown actor id, but was \"" + a + "\" (actors: " + String.join(", ", ids) + ")");
                    return Main.EXIT_INVALID;
                }
                chart.add(a);
            }
        } else {
            for (String a : List.of("IRN", "RUS", "CHN", "USA", "EUU")) if (ids.contains(a)) chart.add(a);
        }
        if (screenshot != null) {
            if (afterMonths < 0 || afterMonths > s.months()) {
                err.println("command line: --after-months: must be in [0, " + s.months() + "], but was " + afterMonths);
                return Main.EXIT_INVALID;
            }
            EntenteWithUI.screenshot(s, screenshot, afterMonths);
            spec.commandLine().getOut().println("Map after " + afterMonths + " months written to " + screenshot);
            return Main.EXIT_OK;
        }
        EntenteWithUI gui = new EntenteWithUI(s, chart);
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            sim.display.Console c = new sim.display.Console(gui);
            c.setWhenShouldEnd(s.months());
            c.setPlaySleep(PLAY_DELAY_MS);
            c.setBounds(EntenteWithUIBounds.CONSOLE);
            c.setVisible(true);
        });
        Thread.currentThread().join();
        return Main.EXIT_OK;
    }
}
