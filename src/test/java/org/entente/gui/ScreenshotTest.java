package org.entente.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gui --screenshot} in a real window under Xvfb (installed by .ci/run); skipped where
 * xvfb-run is missing. The PNG must show the map, not a blank window.
 */
class ScreenshotTest {
    @Test
    void theScreenshotShowsTheMapWithActors(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Paths.get("/usr/bin/xvfb-run")), "xvfb-run is not installed");
        Path png = dir.resolve("map.png");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1600x1200x24", java,
                "-cp", System.getProperty("java.class.path"), "org.entente.cli.Main", "gui", "scenarios/us-maximum-pressure.yaml",
                "--screenshot", png.toString(), "--after-months", "8")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(EntenteWithUI.WIDTH);
        assertThat(img.getHeight()).isEqualTo(EntenteWithUI.HEIGHT);
        Set<Integer> colours = new HashSet<>();
        int land = 0, west = 0, east = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb == (Portrayals.LAND.getRGB() & 0xFFFFFF)) land++;
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
}
