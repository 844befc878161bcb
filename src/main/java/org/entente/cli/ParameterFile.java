package org.entente.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.io.DocumentParser;
import org.entente.io.Node;
import org.entente.io.ScenarioException;

/**
 * Reads a parameter file: YAML or JSON with a {@code parameters:} mapping of names to numbers
 * (or theory to a preset name), as {@code calibrate} writes it. The values are checked like
 * {@code --set} values.
 */
final class ParameterFile {
    private ParameterFile() { }

    static Map<String, String> read(Path file) {
        Node doc = DocumentParser.parse(file);
        Node p = doc instanceof Node.MapNode m && m.get("parameters") != null ? m.get("parameters") : doc;
        if (!(p instanceof Node.MapNode map)) {
            throw new ScenarioException(file + ":" + p.line() + ":" + p.column() + ": parameters: must be a mapping of parameter names to values");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : map.entries().entrySet()) {
            if (!(e.getValue() instanceof Node.Scalar s) || s.kind() == Node.Scalar.Kind.NULL) {
                Node v = e.getValue();
                throw new ScenarioException(file + ":" + v.line() + ":" + v.column() + ": parameters." + e.getKey() + ": must be a number");
            }
            out.put(e.getKey(), s.text());
        }
        return out;
    }
}
