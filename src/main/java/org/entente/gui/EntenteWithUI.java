package org.entente.gui;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;

import org.entente.engine.EntenteSim;
import org.entente.engine.Seeds;
import org.entente.model.Scenario;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The classroom GUI: MASON's Console (play, pause, step, speed) with a world map (actors at
 * their capitals, sized by GDP, coloured from West to East; one switchable layer per tie type),
 * an inspector for each actor, editable parameters in the model inspector, and charts. Only
 * this package imports Swing or MASON's display classes; the model runs as it does headless.
 */
public final class EntenteWithUI extends GUIState {
    /** Map display size in pixels (3 pixels a degree). */
    static final int WIDTH = 1080;
    static final int HEIGHT = 540;

    private final GuiRecorder recorder;
    private final WorldLayers layers;
    private final ParameterProperties parameters;
    private final Scenario scenario;
    private final List<String> chartActors;
    private final Continuous2D backdropField = new Continuous2D(10, MapProjection.WIDTH, MapProjection.HEIGHT);
    private final Continuous2D overlayField = new Continuous2D(10, MapProjection.WIDTH, MapProjection.HEIGHT);
    private final ContinuousPortrayal2D backdrop = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D actors = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D overlay = new ContinuousPortrayal2D();
    private final List<NetworkPortrayal2D> ties = new ArrayList<>();
    private Display2D display;
    private JFrame displayFrame;
    private ChartsFrame charts;

    public EntenteWithUI(Scenario scenario, List<String> chartActors) {
        this(scenario, chartActors, new GuiRecorder());
    }

    private EntenteWithUI(Scenario scenario, List<String> chartActors, GuiRecorder recorder) {
        super(new EntenteSim(scenario, Seeds.runSeed(scenario.seed(), 0), recorder));
        this.scenario = scenario;
        this.recorder = recorder;
        this.layers = new WorldLayers((EntenteSim) state, recorder);
        this.parameters = new ParameterProperties(scenario.parameters());
        this.chartActors = chartActors;
        backdropField.setObjectLocation("map", new sim.util.Double2D(0, 0));
        overlayField.setObjectLocation("overlay", new sim.util.Double2D(MapProjection.WIDTH / 2, MapProjection.HEIGHT / 2));
        for (int i = 0; i < 6; i++) ties.add(new NetworkPortrayal2D());
    }

    public static String getName() { return "Entente"; }

    public static Object getInfo() {
        return "<h2>Entente</h2><p>Sanctions and alliances, month by month. Press play to run the scenario; click an "
                + "actor and open its inspector to read its ties; switch map layers with the layers button.</p>";
    }

    public WorldLayers layers() { return layers; }

    public GuiRecorder recorder() { return recorder; }

    @Override
    public Object getSimulationInspectedObject() { return parameters; }

    /** Every parameter on one page of the model inspector. */
    @Override
    public int getMaximumPropertiesForInspector() { return 100; }

    @Override
    public void start() {
        EntenteSim sim = (EntenteSim) state;
        Scenario edited = scenario.withParameters(parameters.parameters());
        sim.setScenario(edited, Seeds.runSeed(edited.seed(), 0));
        recorder.clear();
        if (charts != null) charts.clear();
        super.start();
        layers.place();
        layers.refresh();
        setupPortrayals();
        scheduleRepeatingImmediatelyAfter((Steppable) s -> {
            layers.refresh();
            if (charts != null) charts.update();
        });
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        layers.place();
        layers.refresh();
        setupPortrayals();
    }

    private void setupPortrayals() {
        backdrop.setField(backdropField);
        backdrop.setPortrayalForAll(new Portrayals.Backdrop());
        actors.setField(layers.map);
        actors.setPortrayalForAll(new Portrayals.Actor(layers));
        overlay.setField(overlayField);
        Color[] colours = {new Color(46, 139, 87, 150), new Color(70, 130, 220, 110), new Color(110, 40, 160, 200),
                new Color(220, 30, 30, 200), new Color(240, 140, 0, 220), new Color(90, 0, 0, 160)};
        overlay.setPortrayalForAll(new Portrayals.Overlay(recorder, (EntenteSim) state, TIE_NAMES, colours));
        double[] scales = {0.02, 3, 4, 5, 0.4, 3};
        List<sim.field.network.Network> nets = layers.networks();
        for (int i = 0; i < ties.size(); i++) {
            ties.get(i).setField(new SpatialNetwork2D(layers.map, nets.get(i)));
            ties.get(i).setPortrayalForAll(new Portrayals.Tie(colours[i], scales[i]));
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** Layer names as the display's layer menu shows them, in drawing order. */
    static final String[] TIE_NAMES = {"Trade (width: USD bn)", "Alignment (>= 0.6)", "Defence treaties",
            "Sanctions (sender to target)", "Arms transfers", "Hostility (>= 0.7)"};

    /** Layers drawn when the window opens (the others are one click away in the layers menu). */
    static final boolean[] SHOWN_AT_START = {true, false, true, true, true, false};

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(WIDTH, HEIGHT, this);
        display.setClipping(false);
        display.setBackdrop(Portrayals.SEA);
        display.attach(backdrop, "World map");
        for (int i = 0; i < ties.size(); i++) display.attach(ties.get(i), TIE_NAMES[i], SHOWN_AT_START[i]);
        display.attach(actors, "Actors (size: GDP; blue West, red East)");
        display.attach(overlay, "Month and latest events");
        // the map can be seen before the first run starts
        backdrop.setField(backdropField);
        backdrop.setPortrayalForAll(new Portrayals.Backdrop());
        displayFrame = display.createFrame();
        displayFrame.setTitle("Entente: world map");
        displayFrame.setLocation(0, 0);
        if (c != null) {
            c.registerFrame(displayFrame);
            charts = new ChartsFrame(chartActors, recorder);
            charts.frame().setBounds(0, displayFrame.getHeight() + 10, displayFrame.getWidth(), 470);
            c.registerFrame(charts.frame());
            charts.frame().setVisible(true);
        }
        displayFrame.setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (charts != null) charts.frame().dispose();
        displayFrame = null;
        display = null;
    }

    /**
     * Runs the scenario for {@code months} months without the Console and writes a PNG of the
     * map display (needs a display: a desktop, or Xvfb on a server).
     */
    public static void screenshot(Scenario scenario, Path file, int months) throws IOException {
        EntenteWithUI gui = new EntenteWithUI(scenario, List.of());
        gui.init(null);
        gui.start();
        for (int i = 0; i < months; i++) gui.step();
        gui.display.repaint();
        gui.display.takeSnapshot(new File(file.toAbsolutePath().toString()), Display2D.TYPE_PNG);
        gui.finish();
        gui.quit();
    }
}
