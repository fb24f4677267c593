package io.codebook.benchmarks;

import io.codebook.runtime.Codebook;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The classes of {@code codebook-runtime}, copied into a directory to be the classpath of the
 * compilations the harnesses time. A consumer compiles against the runtime alone; the shaded
 * benchmarks jar holds the runtime together with JMH, the processor and more, which javac would
 * otherwise index too.
 */
final class RuntimeClasses {

    private static final String PACKAGE_DIR = "io/codebook/runtime";

    private RuntimeClasses() {}

    /** Copies the runtime's classes from wherever this JVM loaded them (a jar or a directory) into {@code dir}. */
    static Path copyTo(Path dir) throws IOException {
        Path location;
        try {
            location = Path.of(Codebook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the Codebook runtime's classes", e);
        }
        if (Files.isDirectory(location)) {
            copy(location, dir);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                copy(jar.getPath("/"), dir);
            }
        }
        return dir;
    }

    private static void copy(Path root, Path dir) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root.resolve(PACKAGE_DIR))) {
            classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classes) {
            Path target = dir.resolve(root.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}
