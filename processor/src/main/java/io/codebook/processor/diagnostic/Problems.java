package io.codebook.processor.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems of one catalog so that every problem of a run is reported, not only the
 * first.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    /** Reports {@code message} at {@code position}, as an error or a warning as the message says. */
    public void report(SpecPosition position, Message message, Object... arguments) {
        problems.add(new Problem(Optional.of(position), message.severity(), message.id(), message.format(arguments)));
    }

    /** Reports {@code message} where no spec position applies (shown at the annotation alone). */
    public void reportUnplaced(Message message, Object... arguments) {
        problems.add(new Problem(Optional.empty(), message.severity(), message.id(), message.format(arguments)));
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
    }

    /** How many problems were reported so far: a stage compares counts to see whether a part of it failed. */
    public int count() {
        return problems.size();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** Whether an error with this id was reported, so a check can stay quiet about its consequences. */
    public boolean hasError(Message message) {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR && p.id().equals(message.id()));
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }
}
