package io.codebook.processor.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Writes a rendered reference into a directory, whole or not at all: the files go into a sibling
 * directory first, which then replaces the old reference, so a reader never opens a mix of two builds
 * and a failed write leaves the previous reference as it was. Files of an older reference that this one
 * no longer has (a catalog removed) go with it. A directory that holds anything but a reference is never
 * replaced: a mistyped output directory ({@code target}) must not cost a build's output.
 */
public final class ReferenceWriter {

    public void write(List<ReferenceFile> files, Path directory) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write a reference into the root directory " + target);
        }
        Files.createDirectories(parent);
        if (Files.exists(target) && !replaceable(target)) {
            throw new IOException(target + " exists and is not a Codebook reference (it has no " + Links.SCRIPT
                    + "); choose an output directory of its own");
        }
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
        try {
            for (ReferenceFile file : files) {
                Path path = staging.resolve(file.path()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IllegalArgumentException(file.path() + " is outside the reference");
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.content());
            }
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(parent, "." + target.getFileName() + "-old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                delete(old);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            if (Files.exists(staging)) {
                delete(staging);
            }
        }
    }

    /** An earlier reference, or an empty directory. */
    private static boolean replaceable(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return false;
        }
        if (Files.isRegularFile(target.resolve(Links.SCRIPT)) && Files.isRegularFile(target.resolve(Links.INDEX))) {
            return true;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void delete(Path directory) throws IOException {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
