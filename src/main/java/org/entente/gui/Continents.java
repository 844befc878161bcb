package org.entente.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The coarse continent outlines shipped with the GUI (resource continents.txt): polygons of
 * {longitude, latitude} points. Read once; the returned lists are immutable.
 */
public final class Continents {
    private static List<double[][]> cache;

    private Continents() { }

    public static synchronized List<double[][]> outlines() {
        if (cache == null) cache = List.copyOf(read());
        return cache;
    }

    private static List<double[][]> read() {
        List<double[][]> polygons = new ArrayList<>();
        try (InputStream in = Continents.class.getResourceAsStream("/org/entente/gui/continents.txt")) {
            if (in == null) return polygons;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> current = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                line = line.trim();
                if (line.startsWith("#") || line.isEmpty()) continue;
                if (line.startsWith(">")) {
                    if (current.size() > 2) polygons.add(current.toArray(new double[0][]));
                    current = new ArrayList<>();
                    continue;
                }
                String[] f = line.split("\\s+");
                current.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
            if (current.size() > 2) polygons.add(current.toArray(new double[0][]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return polygons;
    }
}
