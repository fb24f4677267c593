package io.codebook.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for one harness's specs, sources and compiler output, deleted when closed.
 * Each compilation writes into a fresh directory, so no run finds (or is slowed by) another's output.
 */
final class Workspace implements AutoCloseable {

    private final Path root;
    private int next;

    Workspace(String prefix) throws IOException {
        root = Files.createTempDirectory(prefix);
    }

    /** A new empty directory, named after what it holds (the name only helps when debugging). */
    Path newDirectory(String name) throws IOException {
        return Files.createDirectories(root.resolve(name + "-" + next++));
    }

    /** Writes a Java source file under {@code dir} at its package's path; returns the file. */
    static Path writeSource(Path dir, String packageName, String className, String content) throws IOException {
        Path file = dir.resolve(packageName.replace('.', '/')).resolve(className + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** Every {@code .java} file under {@code dir}, in a stable order. */
    static java.util.List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        delete(root);
    }
}
