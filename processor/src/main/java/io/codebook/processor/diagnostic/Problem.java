package io.codebook.processor.diagnostic;

import java.util.Optional;

/**
 * Something wrong (or suspicious) in a spec, reported to the user as a compiler diagnostic.
 *
 * @param position where it is in a spec; empty for a problem no spec holds (a requested catalog
 *     with no spec at all), which is then shown at the {@code @Codebook} annotation alone
 * @param severity whether it stops generation
 * @param id a stable identifier users can search for, e.g. {@code CODEBOOK-DUPLICATE-CODE}
 * @param message what is wrong and what to do about it
 */
public record Problem(Optional<SpecPosition> position, Severity severity, String id, String message) {

    /** Whether a problem stops generation of its catalog. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** The text shown to the user: {@code file:line:column: message [ID]}. */
    public String render() {
        return position.map(p -> p + ": ").orElse("") + message + " [" + id + "]";
    }
}
