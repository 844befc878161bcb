package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.gui.EntenteWithUI;
import org.entente.gui.WorldLayers;
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

    @Option(names = "--colour", paramLabel = "MODE", defaultValue = "lean",
            description = "what the actors' colour shows at first: lean (West or East now) or change (since the start); "
                    + "the map's 'Colour: change since the start' button switches it")
    String colour;

    @Option(names = "--window-screenshot", paramLabel = "FILE",
            description = "open the Console, play --after-months months, write a PNG of the whole screen (map, charts and Console) and exit")
    Path windowScreenshot;

    /** How long --window-screenshot waits for the months to run before it gives up. */
    static final long WINDOW_SCREENSHOT_TIMEOUT_MS = 120_000;

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
        WorldLayers.ColourMode mode;
        switch (colour) {
            case "lean" -> mode = WorldLayers.ColourMode.LEAN;
            case "change" -> mode = WorldLayers.ColourMode.CHANGE;
            default -> {
                err.println("command line: --colour: must be lean or change, but was \"" + colour + "\"");
                return Main.EXIT_INVALID;
            }
        }
        if ((screenshot != null || windowScreenshot != null) && (afterMonths < 0 || afterMonths > s.months())) {
            err.println("command line: --after-months: must be in [0, " + s.months() + "], but was " + afterMonths);
            return Main.EXIT_INVALID;
        }
        if (screenshot != null) {
            EntenteWithUI.screenshot(s, screenshot, afterMonths, mode);
            spec.commandLine().getOut().println("Map after " + afterMonths + " months written to " + screenshot);
            return Main.EXIT_OK;
        }
        EntenteWithUI gui = new EntenteWithUI(s, chart);
        gui.layers().setColourMode(mode);
        sim.display.Console[] console = new sim.display.Console[1];
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            sim.display.Console c = new sim.display.Console(gui);
            c.setWhenShouldEnd(s.months());
            c.setPlaySleep(windowScreenshot == null ? PLAY_DELAY_MS : 0);
            gui.arrange(c);
            c.setVisible(true);
            console[0] = c;
        });
        if (windowScreenshot != null) return windowScreenshot(gui, console[0]);
        Thread.currentThread().join();
        return Main.EXIT_OK;
    }

    /**
     * Plays {@code afterMonths} months in the Console, then captures the whole screen and prints
     * where each window and the Console's play button are, so that a test can check that
     * everything is on the screen.
     */
    private int windowScreenshot(EntenteWithUI gui, sim.display.Console c) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (afterMonths > 0) {
            javax.swing.SwingUtilities.invokeAndWait(() -> {
                c.setWhenShouldPause(afterMonths);
                c.pressPlay();
            });
            long deadline = System.nanoTime() + WINDOW_SCREENSHOT_TIMEOUT_MS * 1_000_000;
            while (c.getPlayState() != sim.display.Console.PS_PAUSED || gui.state.schedule.getSteps() < afterMonths) {
                if (System.nanoTime() > deadline) {
                    spec.commandLine().getErr().println("entente gui: the months did not run in time; no screenshot written");
                    return Main.EXIT_ERROR;
                }
                Thread.sleep(50);
            }
        }
        java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        java.awt.Rectangle[] play = new java.awt.Rectangle[1];
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) if (w.isShowing()) w.repaint();
            play[0] = playButton(c);
        });
        Thread.sleep(800); // let the repaints land before the capture
        java.awt.image.BufferedImage img = new java.awt.Robot().createScreenCapture(screen);
        javax.imageio.ImageIO.write(img, "png", windowScreenshot.toFile());
        out.println("screen " + rect(screen));
        for (var e : gui.windowBounds().entrySet()) out.println("window " + e.getKey() + " " + rect(e.getValue()));
        out.println("window console " + rect(c.getBounds()));
        if (play[0] != null) out.println("play-button " + rect(play[0]));
        out.println("Screen after " + afterMonths + " months written to " + windowScreenshot);
        return Main.EXIT_OK;
    }

    /** The Console's play button, on the screen; null when MASON's Console has none by that name. */
    private static java.awt.Rectangle playButton(sim.display.Console c) {
        try {
            java.lang.reflect.Field f = sim.display.Console.class.getDeclaredField("playButton");
            f.setAccessible(true);
            javax.swing.JButton b = (javax.swing.JButton) f.get(c);
            java.awt.Point p = b.getLocationOnScreen();
            return new java.awt.Rectangle(p.x, p.y, b.getWidth(), b.getHeight());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String rect(java.awt.Rectangle r) {
        return r.x + " " + r.y + " " + r.width + " " + r.height;
    }
}
