package io.codebook.processor.naming;

/**
 * What the compilation already knows about a package's types, so generated types never replace
 * or hide a type of the user's. A type Codebook generated in an earlier build is not foreign: it
 * is about to be generated again.
 */
@FunctionalInterface
public interface ExistingTypes {

    /** Nothing exists: for runs outside a compiler, such as benchmarks and unit tests. */
    ExistingTypes NONE = (packageName, simpleName) -> false;

    /** Whether {@code packageName} has a type {@code simpleName} that Codebook did not generate. */
    boolean hasForeignType(String packageName, String simpleName);
}
