package org.entente.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.model.Param;
import org.entente.model.Theory;
import org.junit.jupiter.api.Test;

/** The parameter reference lists every parameter the engine knows, once, with Param's default and allowed range. */
class DocsTest {
    /** A table row of docs/parameters.md: | `name` | default | allowed range | meaning | basis | */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z_0-9]+)` \\| ([^|]*) \\| ([^|]*) \\|");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?$");
    private static final Pattern FRACTION = Pattern.compile("^(\\d+)/(\\d+) \\((\\d+\\.\\d+)\\)$");
    private static final Pattern THEORY = Pattern.compile("^the theory's \\(mixed: (-?\\d+(?:\\.\\d+)?)\\)$");
    /** "MIN to MAX" for a real, "MIN to MAX, whole numbers" for an integer, "MIN or MAX" for a flag. */
    private static final Pattern RANGE = Pattern.compile("^(-?\\d+(?:\\.\\d+)?) (to|or) (-?\\d+(?:\\.\\d+)?)(, whole numbers)?$");

    record Row(String defaultCell, String rangeCell) {}

    private static Map<String, Row> rows(List<String> names) throws Exception {
        String doc = Files.readString(Paths.get("docs/parameters.md")).replace('\u2212', '-');
        Matcher m = ROW.matcher(doc);
        Map<String, Row> rows = new LinkedHashMap<>();
        while (m.find()) {
            names.add(m.group(1));
            rows.put(m.group(1), new Row(m.group(2).strip(), m.group(3).strip()));
        }
        return rows;
    }

    @Test
    void parametersMdListsEveryParameterOnce() throws Exception {
        List<String> rows = new ArrayList<>();
        rows(rows);
        List<String> names = new ArrayList<>();
        for (Param p : Param.values()) names.add(p.key());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void parametersMdGivesParamsDefaultAndRange() throws Exception {
        Map<String, Row> rows = rows(new ArrayList<>());
        List<String> wrong = new ArrayList<>();
        for (Param p : Param.values()) {
            Row r = rows.get(p.key());
            if (r == null) continue; // the test above names it
            String d = defaultProblem(p, r.defaultCell());
            if (d != null) wrong.add(p.key() + ": default " + d);
            Matcher range = RANGE.matcher(r.rangeCell());
            if (!range.matches()) {
                wrong.add(p.key() + ": range \"" + r.rangeCell() + "\" is not \"MIN to MAX\"");
            } else if (Double.parseDouble(range.group(1)) != p.min() || Double.parseDouble(range.group(3)) != p.max()) {
                wrong.add(p.key() + ": range \"" + r.rangeCell() + "\" in the docs, " + p.min() + " to " + p.max() + " in Param");
            } else {
                String kind = range.group(2).equals("or") ? "FLAG" : range.group(4) != null ? "INTEGER" : "REAL";
                if (!kind.equals(p.kind().name())) wrong.add(p.key() + ": range \"" + r.rangeCell() + "\" reads as " + kind + ", Param says " + p.kind());
            }
        }
        assertThat(wrong).as("docs/parameters.md against Param").isEmpty();
    }

    /** Null when the documented default is Param's; else what is wrong. */
    private static String defaultProblem(Param p, String cell) {
        double d = p.defaultValue();
        Matcher theory = THEORY.matcher(cell);
        if (theory.matches()) {
            if (!Double.isNaN(d)) return "\"" + cell + "\" in the docs, " + d + " in Param";
            double mixed = Theory.MIXED.weight(p);
            return Double.parseDouble(theory.group(1)) == mixed ? null : "\"" + cell + "\" in the docs, the mixed theory's " + mixed;
        }
        if (Double.isNaN(d)) return "\"" + cell + "\" in the docs, the theory's weight in Param";
        Matcher fraction = FRACTION.matcher(cell);
        if (fraction.matches()) {
            double f = Double.parseDouble(fraction.group(1)) / Double.parseDouble(fraction.group(2));
            if (f != d) return "\"" + cell + "\" in the docs, " + d + " in Param";
            return Math.abs(Double.parseDouble(fraction.group(3)) - d) < 0.5e-4 ? null : "\"" + cell + "\": the decimal is not the fraction";
        }
        if (!NUMBER.matcher(cell).matches()) return "\"" + cell + "\" is not a number";
        return Double.parseDouble(cell) == d ? null : "\"" + cell + "\" in the docs, " + d + " in Param";
    }
}
