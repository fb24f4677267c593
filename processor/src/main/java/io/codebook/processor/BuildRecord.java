package io.codebook.processor;

import io.codebook.processor.locate.SpecSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The record of what one compilation read and wrote, written beside the generated sources
 * ({@code META-INF/codebook/inputs.txt}). Build tools only see Java sources change; this record lets
 * {@code codebook-maven-plugin} notice that a spec changed (or a spec now shadows another) and
 * make the compiler run again, removing what the last run generated so nothing stale survives.
 *
 * <p>One line per fact, tab-separated, sorted so the file is the same for the same build:
 * {@code element <class file>}, {@code spec <catalog> <sha-256> file <path>} or
 * {@code spec <catalog> <sha-256> jar <jar> <entry>}, {@code absent <path>}, {@code source <path>},
 * {@code resource <path>}.
 */
final class BuildRecord {

    static final String LOCATION = "META-INF/codebook/inputs.txt";
    static final String HEADER = "codebook-inputs 1";

    private final TreeSet<String> lines = new TreeSet<>();

    /**
     * The processor jar that generated, by its SHA-256: a new processor (a rebuilt snapshot) must
     * regenerate even where no spec changed. Nothing is recorded for a processor run from a directory.
     */
    void processor(Path jar) {
        try {
            lines.add("processor\t" + sha256(java.nio.file.Files.readAllBytes(jar)) + "\t" + jar.toAbsolutePath());
        } catch (java.io.IOException | SecurityException e) {
            // a processor we cannot read is one we cannot compare: the specs still are
        }
    }

    /** An annotated element's class file, relative to the class output. */
    void element(String classFile) {
        lines.add("element\t" + classFile);
    }

    void spec(SpecSource source) {
        source.origin().ifPresent(origin -> lines.add("spec\t" + source.catalogId() + "\t" + sha256(source.bytes())
                + "\t" + origin));
        for (Path shadowing : source.shadowing()) {
            lines.add("absent\t" + shadowing);
        }
    }

    /** A generated source, relative to the generated-sources directory. */
    void source(String path) {
        lines.add("source\t" + path);
    }

    /** A generated resource, relative to the class output. */
    void resource(String path) {
        lines.add("resource\t" + path);
    }

    /**
     * The record's text. A spec file or a watched place is written relative to the record's own
     * directory where that is known, so a workspace that is moved or copied (or restored from a
     * build cache elsewhere) still compares its own specs, not the old location's.
     */
    byte[] content(java.util.Optional<Path> recordDirectory) {
        TreeSet<String> rendered = new TreeSet<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            if (parts[0].equals("spec") && parts.length > 4 && parts[3].equals("file")) {
                parts[4] = relative(parts[4], recordDirectory);
            } else if (parts[0].equals("absent") && parts.length > 1) {
                parts[1] = relative(parts[1], recordDirectory);
            }
            rendered.add(String.join("\t", parts));
        }
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rendered);
        return (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code path} from {@code directory}, with '/' between names; as it is where that cannot be said. */
    static String relative(String path, java.util.Optional<Path> directory) {
        try {
            Path absolute = Path.of(path);
            if (directory.isEmpty() || !absolute.isAbsolute() || absolute.getRoot() == null
                    || !absolute.getRoot().equals(directory.get().getRoot())) {
                return path;
            }
            return directory.get().relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
        } catch (IllegalArgumentException e) { // InvalidPathException included
            return path;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
