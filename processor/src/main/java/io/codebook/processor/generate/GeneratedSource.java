package io.codebook.processor.generate;

/**
 * A generated Java source, rendered.
 *
 * @param packageName its package
 * @param simpleName its top-level type's simple name
 * @param content the source text
 */
public record GeneratedSource(String packageName, String simpleName, String content) {

    /** The top-level type's qualified name. */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** Its path under a source root, e.g. {@code com/acme/AcmeCode.java}. */
    public String path() {
        return qualifiedName().replace('.', '/') + ".java";
    }
}
