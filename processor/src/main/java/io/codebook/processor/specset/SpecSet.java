package io.codebook.processor.specset;

import io.codebook.processor.locate.SpecLocator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One version of a set of catalog specs: directories of {@code <catalog>.yaml} files (a project's
 * spec directory, the catalog-specs module's sources), and a class path of jars and directories
 * holding {@code codebook/<catalog>.yaml} (a released specs jar), looked in in that order as the
 * processor does. Each catalog id is its file's name.
 *
 * @param label how reports name this version: a directory, or a jar's coordinates
 */
public record SpecSet(String label, List<Path> directories, List<Path> classPath) {

    private static final String RESOURCE_DIR = "codebook/";
    private static final String SUFFIX = ".yaml";

    public SpecSet {
        directories = List.copyOf(directories);
        classPath = List.copyOf(classPath);
    }

    /** The specs of one directory, such as {@code src/main/codebook}. */
    public static SpecSet directory(Path directory) {
        return new SpecSet(directory.toString(), List.of(directory), List.of());
    }

    /** The specs on a class path, such as a released {@code codebook-catalog-specs} jar. */
    public static SpecSet classPath(String label, List<Path> entries) {
        return new SpecSet(label, List.of(), entries);
    }

    /**
     * The set opened for reading: its catalog ids, and a locator that finds each spec the way the
     * processor does. Close it to release the jars.
     */
    Opened open() throws IOException {
        SortedSet<String> ids = new TreeSet<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new IOException("the spec directory " + directory + " does not exist");
            }
            ids.addAll(idsIn(directory));
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                ids.addAll(idsIn(entry.resolve(RESOURCE_DIR)));
            } else if (Files.isRegularFile(entry)) {
                ids.addAll(idsInJar(entry));
            } else {
                throw new IOException(entry + " does not exist");
            }
            urls.add(url(entry));
        }
        // no parent: only this version's specs, never those of the class path the check itself runs in
        URLClassLoader resources = new URLClassLoader(urls.toArray(URL[]::new), null);
        return new Opened(ids, new SpecLocator(directories, resources), resources);
    }

    /** An opened set: what it holds and how to read it. */
    static final class Opened implements AutoCloseable {
        private final SortedSet<String> ids;
        private final SpecLocator locator;
        private final URLClassLoader resources;

        private Opened(SortedSet<String> ids, SpecLocator locator, URLClassLoader resources) {
            this.ids = ids;
            this.locator = locator;
            this.resources = resources;
        }

        SortedSet<String> catalogIds() {
            return ids;
        }

        SpecLocator locator() {
            return locator;
        }

        @Override
        public void close() throws IOException {
            resources.close();
        }
    }

    private static List<String> idsIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .flatMap(name -> catalogId(name).stream()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> idsInJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith(RESOURCE_DIR) && name.indexOf('/', RESOURCE_DIR.length()) < 0)
                    .flatMap(name -> catalogId(name.substring(RESOURCE_DIR.length())).stream())
                    .toList();
        }
    }

    /** The catalog a file name holds; none for other files (schemas, overlays, names no catalog can have). */
    private static Optional<String> catalogId(String fileName) {
        if (!fileName.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String id = fileName.substring(0, fileName.length() - SUFFIX.length());
        return SpecLocator.CATALOG_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static URL url(Path entry) throws IOException {
        try {
            return entry.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IOException("cannot read " + entry, e);
        }
    }
}
