package io.codebook.processor.generate;

/**
 * A non-Java file generated into the class output, such as a message bundle.
 *
 * @param packageName the package it sits in
 * @param relativeName its file name in that package
 * @param content its bytes
 */
public record GeneratedResource(String packageName, String relativeName, byte[] content) {

    public GeneratedResource {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
