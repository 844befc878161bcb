package org.entente.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.io.DocumentParser;
import org.entente.io.Node;
import org.entente.io.Problems;
import org.entente.io.ScenarioException;

/**
 * Reads a parameter file: YAML or JSON with a {@code parameters:} mapping of names to numbers
 * (or theory to a preset name), as {@code calibrate} writes it, or that mapping alone. The values
 * are checked like {@code --set} values, but a problem names the file, line and column. A key
 * beside {@code parameters:} (a misspelt {@code parametres:}, say) is an error, not ignored.
 */
final class ParameterFile {
    private ParameterFile() { }

    /** The values by name, and where in the file each was given. */
    record Read(Map<String, String> values, Map<String, Node> at) { }

    static Read read(Path file) {
        Node doc = DocumentParser.parse(file);
        Problems problems = new Problems();
        Node p = doc;
        if (doc instanceof Node.MapNode m && m.get("parameters") != null) {
            p = m.get("parameters");
            for (var e : m.entries().entrySet()) {
                if (!e.getKey().equals("parameters")) {
                    problems.add(e.getValue(), Problems.clip(e.getKey()), "unknown key: a parameter file has only a 'parameters:' mapping", null);
                }
            }
        }
        if (!(p instanceof Node.MapNode map)) {
            problems.add(p, "parameters", "must be a mapping of parameter names to values", p.describe());
            problems.throwIfAny();
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Node> at = new LinkedHashMap<>();
        for (var e : map.entries().entrySet()) {
            Node v = e.getValue();
            if (v instanceof Node.MapNode || v instanceof Node.ListNode) {
                problems.add(v, p == doc ? Problems.clip(e.getKey()) : "parameters." + Problems.clip(e.getKey()),
                        p == doc ? "unknown key: a parameter file is a 'parameters:' mapping of names to numbers" : "must be a number", v.describe());
            } else if (!(v instanceof Node.Scalar s) || s.kind() == Node.Scalar.Kind.NULL) {
                problems.add(v, "parameters." + Problems.clip(e.getKey()), "must be a number", v.describe());
            } else {
                out.put(e.getKey(), s.text());
                at.put(e.getKey(), v);
            }
        }
        problems.throwIfAny();
        return new Read(out, at);
    }
}
