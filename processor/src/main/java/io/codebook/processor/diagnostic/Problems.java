package io.codebook.processor.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one stage so that every problem of a run is reported, not only the
 * first.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public void error(SpecPosition position, String id, String message) {
        problems.add(new Problem(position, Problem.Severity.ERROR, id, message));
    }

    public void warning(SpecPosition position, String id, String message) {
        problems.add(new Problem(position, Problem.Severity.WARNING, id, message));
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }
}
