package io.codebook.processor.diagnostic;

/**
 * A place in a spec file, 1-based, as an editor shows it.
 *
 * @param file the spec's path as the user knows it (a project path or a resource name)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SpecPosition(String file, int line, int column) {

    /** A position for problems that concern a whole file (missing, unreadable). */
    public static SpecPosition startOf(String file) {
        return new SpecPosition(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
