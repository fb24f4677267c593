package io.codebook.processor.specset;

import io.codebook.processor.diagnostic.Problem;

/**
 * Why one version of a catalog could not be compared: its spec does not read, bind or name as the
 * processor would have it, so the processor would refuse it too.
 *
 * @param catalog the catalog id
 * @param version {@code baseline} or {@code current}
 * @param problem the error, with its position in that version's spec
 */
public record SpecError(String catalog, String version, Problem problem) {

    /** {@code file:line:column: message [ID]}, as the processor reports it. */
    public String render() {
        return problem.render();
    }
}
