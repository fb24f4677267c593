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
 */
public record SpecSource(String catalogId, String displayPath, Optional<java.nio.file.Path> file, byte[] bytes) {

    public SpecSource {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
