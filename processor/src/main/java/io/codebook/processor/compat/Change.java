package io.codebook.processor.compat;

import io.codebook.processor.diagnostic.SpecPosition;

/**
 * One difference between two versions of a catalog that a consumer of the generated code can notice.
 *
 * @param catalog the catalog id
 * @param kind what changed, which decides the effect
 * @param position where the change is: in the current spec, or in the baseline's for what was removed
 * @param message what changed, naming the code, value or type and its generated Java name
 */
public record Change(String catalog, ChangeKind kind, SpecPosition position, String message) {

    public Effect effect() {
        return kind.effect();
    }

    /** The change as a compiler would print it: {@code file:line:column: [COMPILE] message}. */
    public String render() {
        return position + ": [" + effect() + "] " + message;
    }
}
