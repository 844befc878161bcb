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
import org.entente.view.Palette;
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
    /**
     * Map display size in pixels (2.27 pixels a degree): with the Console beside it and the charts
     * below, everything fits a 1280 x 720 projector (see {@link #arrange}).
     */
    static final int WIDTH = 816;
    static final int HEIGHT = 408;
    /** The screen the windows are laid out for at least: a classroom projector. */
    static final java.awt.Dimension PROJECTOR = new java.awt.Dimension(1280, 720);
    /** The Console's width beside the map, pixels (MASON's Console needs about 400). */
    static final int CONSOLE_WIDTH = 440;
    /** The charts' height when the screen leaves no more, pixels. */
    static final int MIN_CHARTS_HEIGHT = 200;

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
    private final Continuous2D labelField = new Continuous2D(10, MapProjection.WIDTH, MapProjection.HEIGHT);
    private final ContinuousPortrayal2D labels = new ContinuousPortrayal2D();
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
        labelField.setObjectLocation("labels", new sim.util.Double2D(0, 0));
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
        labels.setField(labelField);
        labels.setPortrayalForAll(new Portrayals.Labels(layers));
        overlay.setField(overlayField);
        overlay.setPortrayalForAll(new Portrayals.Overlay(recorder, (EntenteSim) state, layers, TIE_NAMES, TIE_COLOURS));
        double[] scales = {0.02, 3, 4, 5, 0.4, 3};
        List<sim.field.network.Network> nets = layers.networks();
        for (int i = 0; i < ties.size(); i++) {
            ties.get(i).setField(new SpatialNetwork2D(layers.map, nets.get(i)));
            ties.get(i).setPortrayalForAll(new Portrayals.Tie(TIE_COLOURS[i], scales[i], layers));
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** Layer names as the display's layer menu shows them, in drawing order. */
    static final String[] TIE_NAMES = {"Trade, USD 5 bn a year or more (width: value)", "Close alignment (0.6 or more)",
            "Defence treaties", "Sanctions (width: pressure)", "Arms transfers", "Hostility (0.7 or more)"};

    /** The tie layers' colours, from the Palette, in the order of {@link #TIE_NAMES}; translucent where lines are many. */
    static final Color[] TIE_COLOURS = {Portrayals.colour(Palette.TRADE, 120), Portrayals.colour(Palette.ALIGNMENT, 140),
            Portrayals.colour(Palette.DEFENCE, 200), Portrayals.colour(Palette.SANCTION, 210), Portrayals.colour(Palette.ARMS, 220),
            Portrayals.colour(Palette.HOSTILITY, 170)};

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
        display.attach(actors, "Actors (size: GDP; colour: West or East)");
        display.attach(labels, "Names");
        display.attach(overlay, "Month, events and legend");
        javax.swing.JToggleButton change = new javax.swing.JToggleButton("Colour: change since the start");
        change.setToolTipText("Colour each actor by how far it has moved toward the West (blue) or the East (red) since the first month");
        change.setSelected(layers.colourMode() == WorldLayers.ColourMode.CHANGE);
        change.addActionListener(e -> {
            layers.setColourMode(change.isSelected() ? WorldLayers.ColourMode.CHANGE : WorldLayers.ColourMode.LEAN);
            display.repaint();
        });
        display.header.add(change);
        backdrop.setField(backdropField);
        backdrop.setPortrayalForAll(new Portrayals.Backdrop());
        // scroll bars only when zoomed in: at scale 1 the whole map shows and none are needed
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        displayFrame = display.createFrame();
        displayFrame.pack();
        displayFrame.setTitle("Entente: world map");
        displayFrame.setLocation(0, 0);
        if (c != null) {
            c.registerFrame(displayFrame);
            charts = new ChartsFrame(chartActors, recorder, scenario);
            c.registerFrame(charts.frame());
            charts.frame().setVisible(true);
            // the map is drawn before play: the start month, as recorded, until the Console's play starts the run afresh
            start();
            step();
        }
        displayFrame.setVisible(true);
    }

    /** Where each window goes on a screen whose usable area is {@code screen}. */
    record Arrangement(java.awt.Rectangle map, java.awt.Rectangle charts, java.awt.Rectangle console) { }

    /**
     * Lays the windows out on {@code screen} (the usable area, without task bars): the map at the top
     * left at its own size, the charts below it down to the bottom, the Console to the right over
     * the whole height, so that its play button is on the screen. On a screen smaller than the
     * map and the Console side by side, the Console keeps its width and covers the map's right edge.
     */
    static Arrangement arrange(java.awt.Rectangle screen, java.awt.Dimension mapFrame) {
        int consoleWidth = Math.min(CONSOLE_WIDTH, screen.width);
        int mapWidth = Math.min(mapFrame.width, screen.width - consoleWidth);
        int mapHeight = Math.min(mapFrame.height, screen.height - MIN_CHARTS_HEIGHT);
        java.awt.Rectangle map = new java.awt.Rectangle(screen.x, screen.y, Math.max(mapWidth, 1), Math.max(mapHeight, 1));
        java.awt.Rectangle charts = new java.awt.Rectangle(screen.x, screen.y + map.height, map.width, screen.height - map.height);
        java.awt.Rectangle console = new java.awt.Rectangle(screen.x + map.width, screen.y, screen.width - map.width, screen.height);
        return new Arrangement(map, charts, console);
    }

    /** Puts the map, the charts and {@code console} where {@link #arrange} says, on this screen. */
    public void arrange(java.awt.Window console) {
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Arrangement a = arrange(screen, displayFrame.getSize());
        displayFrame.setBounds(a.map());
        if (charts != null) charts.frame().setBounds(a.charts());
        console.setBounds(a.console());
        console.validate();
    }

    /** The windows this GUI opened and their places, for the layout check of the screenshot test. */
    public java.util.Map<String, java.awt.Rectangle> windowBounds() {
        java.util.Map<String, java.awt.Rectangle> m = new java.util.LinkedHashMap<>();
        if (displayFrame != null) m.put("map", displayFrame.getBounds());
        if (charts != null) m.put("charts", charts.frame().getBounds());
        return m;
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
    public static void screenshot(Scenario scenario, Path file, int months, WorldLayers.ColourMode mode) throws IOException {
        EntenteWithUI gui = new EntenteWithUI(scenario, List.of());
        gui.layers.setColourMode(mode);
        gui.init(null);
        gui.start();
        for (int i = 0; i < Math.max(1, months); i++) gui.step(); // 0 months shows the start month, as recorded
        gui.display.repaint();
        gui.display.takeSnapshot(new File(file.toAbsolutePath().toString()), Display2D.TYPE_PNG);
        gui.finish();
        gui.quit();
    }
}
