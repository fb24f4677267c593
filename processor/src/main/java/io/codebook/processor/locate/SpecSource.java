package io.codebook.processor.locate;

import java.util.Optional;

/**
 * A spec's bytes and where they came from.
 *
 * @param catalogId the catalog id the spec was looked up by
 * @param displayPath the path shown in diagnostics: a project file path, or {@code jar!/resource}
 * @param file the file on disk, when the spec is a file (so builds can watch it); empty for a
 *     resource inside a jar
 * @param bytes the raw content; decoding is the reader's job, so bad bytes are reported there
 * @param origin where to read it again to see whether it changed: {@code file<TAB>path} or
 *     {@code jar<TAB>jar path<TAB>entry}; empty when it cannot be re-read from outside the compiler
 * @param shadowing the higher-priority places looked in first, where no spec was: a spec appearing
 *     there later changes what this catalog is built from
 */
public record SpecSource(String catalogId, String displayPath, Optional<java.nio.file.Path> file, byte[] bytes,
        Optional<String> origin, java.util.List<java.nio.file.Path> shadowing) {

    public SpecSource {
        bytes = bytes.clone();
        shadowing = java.util.List.copyOf(shadowing);
    }

    /** A spec read from memory (tests, tools): nothing to watch. */
    public SpecSource(String catalogId, String displayPath, Optional<java.nio.file.Path> file, byte[] bytes) {
        this(catalogId, displayPath, file, bytes, Optional.empty(), java.util.List.of());
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
