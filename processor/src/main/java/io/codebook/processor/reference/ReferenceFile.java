package io.codebook.processor.reference;

import java.nio.charset.StandardCharsets;

/**
 * One file of the reference.
 *
 * @param path where it goes, relative to the reference's root, with {@code /} between folders
 */
public record ReferenceFile(String path, byte[] content) {

    public ReferenceFile {
        content = content.clone();
    }

    static ReferenceFile text(String path, String text) {
        return new ReferenceFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content as the UTF-8 text every file of the reference is. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
