package io.codebook.processor.locate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a catalog's spec by id: first in the consumer's spec directories (their own vendors, and
 * overrides of shipped catalogs), then as the resource {@code codebook/<id>.yaml} on the processor
 * path, where the {@code codebook-catalog-specs} jar puts the shipped ones.
 */
public final class SpecLocator {

    /** Catalog ids are file names; this also keeps a requested id from walking out of a directory. */
    public static final Pattern CATALOG_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    static final String RESOURCE_DIR = "codebook/";

    private final List<Path> specDirs;
    private final ClassLoader resources;

    public SpecLocator(List<Path> specDirs, ClassLoader resources) {
        this.specDirs = List.copyOf(specDirs);
        this.resources = resources;
    }

    /** What looking for a spec found. */
    public sealed interface Lookup permits Found, NotFound, Unreadable {}

    public record Found(SpecSource source) implements Lookup {}

    /** @param searched every place looked in, for the error message */
    public record NotFound(List<String> searched) implements Lookup {}

    public record Unreadable(String displayPath, String reason) implements Lookup {}

    public Lookup find(String catalogId) {
        List<String> searched = new ArrayList<>();
        List<Path> absent = new ArrayList<>();
        String fileName = catalogId + ".yaml";
        for (Path dir : specDirs) {
            Path candidate = dir.resolve(fileName);
            searched.add(candidate.toString());
            if (Files.isRegularFile(candidate)) {
                try {
                    return new Found(new SpecSource(catalogId, candidate.toString(), Optional.of(candidate),
                            Files.readAllBytes(candidate), Optional.of("file\t" + candidate.toAbsolutePath()), absent));
                } catch (IOException | SecurityException e) {
                    return new Unreadable(candidate.toString(), e.toString());
                }
            }
            absent.add(candidate.toAbsolutePath());
        }
        String resource = RESOURCE_DIR + fileName;
        searched.add("processor path: " + resource);
        URL url = resources.getResource(resource);
        if (url == null) {
            return new NotFound(searched);
        }
        String display = displayPath(url, resource);
        try (InputStream in = url.openStream()) {
            return new Found(new SpecSource(catalogId, display, fileOf(url), in.readAllBytes(), origin(url, resource),
                    absent));
        } catch (IOException | SecurityException e) {
            return new Unreadable(display, e.toString());
        }
    }

    /**
     * A consumer's overlay of a catalog ({@code <catalog>.overlay.yaml}): its own locales and texts
     * over a catalog it does not own. Looked for in the spec directories only: an overlay is the
     * consumer's, never shipped.
     */
    public Lookup findOverlay(String catalogId) {
        List<String> searched = new ArrayList<>();
        for (Path candidate : overlayCandidates(catalogId)) {
            searched.add(candidate.toString());
            if (Files.isRegularFile(candidate)) {
                try {
                    return new Found(new SpecSource(catalogId + ".overlay", candidate.toString(), Optional.of(candidate),
                            Files.readAllBytes(candidate), Optional.of("file\t" + candidate.toAbsolutePath()), List.of()));
                } catch (IOException | SecurityException e) {
                    return new Unreadable(candidate.toString(), e.toString());
                }
            }
        }
        return new NotFound(searched);
    }

    /** Where an overlay of the catalog would be, in the order it is looked for. */
    public List<Path> overlayCandidates(String catalogId) {
        return specDirs.stream().map(dir -> dir.resolve(catalogId + ".overlay.yaml")).toList();
    }

    /** The spec directories given that do not exist: likely a mistyped path, worth naming in an error. */
    public List<Path> missingDirectories() {
        return specDirs.stream().filter(dir -> !Files.isDirectory(dir)).toList();
    }

    /** Every catalog id a spec can be found for, in the spec directories and on the processor path. */
    public java.util.SortedSet<String> knownIds() {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        for (Path dir : specDirs) {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).forEach(name -> addId(name, ids));
            } catch (IOException | SecurityException e) {
                // a directory that cannot be listed offers no ids
            }
        }
        try {
            for (URL url : java.util.Collections.list(resources.getResources(RESOURCE_DIR))) {
                listResources(url, ids);
            }
        } catch (IOException e) {
            // nothing to suggest from the processor path
        }
        return ids;
    }

    private static void listResources(URL url, java.util.SortedSet<String> ids) {
        Optional<Path> dir = fileOf(url);
        if (dir.isPresent()) {
            try (java.util.stream.Stream<Path> files = Files.list(dir.get())) {
                files.map(f -> f.getFileName().toString()).forEach(name -> addId(name, ids));
            } catch (IOException | SecurityException e) {
                // nothing to suggest from this directory
            }
            return;
        }
        String external = url.toExternalForm();
        int bang = external.indexOf("!/");
        if (!external.startsWith("jar:file:") || bang < 0) {
            return;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(
                Path.of(new java.net.URI(external.substring("jar:".length(), bang))).toFile())) {
            jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(name -> name.startsWith(RESOURCE_DIR) && name.indexOf('/', RESOURCE_DIR.length()) < 0)
                    .forEach(name -> addId(name.substring(RESOURCE_DIR.length()), ids));
        } catch (IOException | java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            // nothing to suggest from this jar
        }
    }

    private static void addId(String fileName, java.util.SortedSet<String> ids) {
        if (fileName.endsWith(".yaml")) {
            String id = fileName.substring(0, fileName.length() - ".yaml".length());
            if (CATALOG_ID.matcher(id).matches()) {
                ids.add(id);
            }
        }
    }

    /** How to find a resource again from outside the compiler: its file, or its jar and entry. */
    static Optional<String> origin(URL url, String resource) {
        Optional<Path> file = fileOf(url);
        if (file.isPresent()) {
            return Optional.of("file\t" + file.get().toAbsolutePath());
        }
        String external = url.toExternalForm();
        int bang = external.indexOf("!/");
        if (external.startsWith("jar:file:") && bang > 0) {
            try {
                Path jar = Path.of(new java.net.URI(external.substring("jar:".length(), bang)));
                return Optional.of("jar\t" + jar.toAbsolutePath() + "\t" + resource);
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> fileOf(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code some.jar!/codebook/x.yaml} for a jar entry, the file path for a directory on the path. */
    static String displayPath(URL url, String resource) {
        String external = url.toExternalForm();
        int bang = external.indexOf("!/");
        if (external.startsWith("jar:") && bang > 0) {
            String jar = external.substring(0, bang);
            return jar.substring(jar.lastIndexOf('/') + 1) + "!/" + resource;
        }
        return fileOf(url).map(Path::toString).orElse(resource);
    }
}
