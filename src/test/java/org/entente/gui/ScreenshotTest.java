package org.entente.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.entente.view.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gui --screenshot} and {@code gui --window-screenshot} in real windows under Xvfb
 * (installed by .ci/run) on a 1280 x 720 screen, a classroom projector; skipped where xvfb-run is
 * missing. The map must show the map, not a blank window; the whole screen must hold the map, the
 * charts and the Console with its play button.
 */
class ScreenshotTest {
    private static Process gui(Path dir, String... args) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1280x720x24", java,
                "-cp", System.getProperty("java.class.path"), "org.entente.cli.Main", "gui"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        return p;
    }

    @Test
    void theScreenshotShowsTheMapWithActors(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Paths.get("/usr/bin/xvfb-run")), "xvfb-run is not installed");
        Path png = dir.resolve("map.png");
        gui(dir, "scenarios/us-maximum-pressure.yaml", "--screenshot", png.toString(), "--after-months", "8");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(EntenteWithUI.WIDTH);
        assertThat(img.getHeight()).isEqualTo(EntenteWithUI.HEIGHT);
        Set<Integer> colours = new HashSet<>();
        int land = 0, west = 0, east = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb == Palette.LAND.rgb()) land++;
                int r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                if (b > 150 && r < 90 && g < 130) west++;
                if (r > 150 && g < 90 && b < 90) east++;
            }
        }
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
        assertThat(land).as("land pixels").isGreaterThan(5000);
        assertThat(west).as("western actors drawn in blue").isGreaterThan(20);
        assertThat(east).as("eastern actors drawn in red").isGreaterThan(20);
    }

    @Test
    void onA1280x720ScreenTheMapChartsAndConsoleWithItsPlayButtonAllFit(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Paths.get("/usr/bin/xvfb-run")), "xvfb-run is not installed");
        Path png = dir.resolve("screen.png");
        gui(dir, "scenarios/us-maximum-pressure.yaml", "--window-screenshot", png.toString(), "--after-months", "12");
        Map<String, Rectangle> placed = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("log.txt"))) {
            String[] f = line.trim().split(" ");
            if (f.length == 5 && f[0].equals("screen") || f.length == 5 && f[0].equals("play-button")) {
                placed.put(f[0], rect(f, 1));
            } else if (f.length == 6 && f[0].equals("window")) {
                placed.put(f[1], rect(f, 2));
            }
        }
        assertThat(placed).containsKeys("screen", "map", "charts", "console", "play-button");
        Rectangle screen = placed.get("screen");
        assertThat(screen).isEqualTo(new Rectangle(0, 0, 1280, 720));
        for (String w : List.of("map", "charts", "console", "play-button")) {
            assertThat(screen.contains(placed.get(w))).as(w + " " + placed.get(w) + " on the screen").isTrue();
        }
        assertThat(placed.get("map").intersects(placed.get("console"))).as("the Console does not cover the map").isFalse();
        assertThat(placed.get("charts").intersects(placed.get("map"))).as("the charts do not cover the map").isFalse();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(720);
        Set<Integer> colours = new HashSet<>();
        int land = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb == Palette.LAND.rgb()) land++;
            }
        }
        assertThat(colours).as("distinct colours: not a blank screen").hasSizeGreaterThan(100);
        assertThat(land).as("the map is drawn").isGreaterThan(5000);
    }

    private static Rectangle rect(String[] f, int from) {
        return new Rectangle(Integer.parseInt(f[from]), Integer.parseInt(f[from + 1]), Integer.parseInt(f[from + 2]), Integer.parseInt(f[from + 3]));
    }
}
