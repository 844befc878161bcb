package org.entente.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The GUI's coarse continent outlines (org/entente/gui/continents.txt) as lists of [lon, lat] pairs, for the page's map. */
final class Land {
    private Land() { }

    static List<List<double[]>> polygons() throws IOException {
        List<List<double[]>> out = new ArrayList<>();
        try (InputStream in = Land.class.getClassLoader().getResourceAsStream("org/entente/gui/continents.txt")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> cur = null;
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith(">")) {
                    cur = new ArrayList<>();
                    out.add(cur);
                    continue;
                }
                String[] f = line.split("\\s+");
                if (cur == null || f.length < 2) continue;
                cur.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        return out;
    }
}
