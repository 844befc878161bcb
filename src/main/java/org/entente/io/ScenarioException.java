package org.entente.io;

import java.util.List;

/** A scenario that cannot be used; carries one line per problem. The CLI exits with code 2. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(problems.isEmpty() ? "invalid scenario" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String problem) { this(List.of(problem)); }

    public List<String> problems() { return problems; }
}
