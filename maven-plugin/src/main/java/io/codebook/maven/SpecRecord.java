package io.codebook.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The Codebook processor's record of one compilation: the specs it read (with their SHA-256), the
 * places that would have shadowed them had a spec been there, the generated files, and the class
 * files of the annotated elements. The format is the processor's {@code BuildRecord}.
 */
final class SpecRecord {

    static final String LOCATION = "META-INF/codebook/inputs.txt";
    static final String HEADER = "codebook-inputs 1";

    private final List<String[]> lines;
    /** Where the record is: the paths it holds are relative to it (older records hold absolute ones). */
    private final Path base;

    private SpecRecord(List<String[]> lines, Path base) {
        this.lines = lines;
        this.base = base;
    }

    static SpecRecord read(Path file) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (all.isEmpty() || !all.get(0).equals(HEADER)) {
            throw new IOException("not a Codebook record of this version");
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : all.subList(1, all.size())) {
            if (!line.isBlank()) {
                lines.add(line.split("\t", -1));
            }
        }
        return new SpecRecord(lines, file.toAbsolutePath().getParent());
    }

    /** The first difference between the record and the specs as they are now, in words; empty if none. */
    Optional<String> firstChange() throws IOException {
        for (String[] line : lines) {
            switch (line[0]) {
                case "spec" -> {
                    String catalog = line[1];
                    Optional<byte[]> now = current(line);
                    if (now.isEmpty()) {
                        return Optional.of("the spec of catalog '" + catalog + "' is gone (" + describe(line) + ")");
                    }
                    if (!sha256(now.get()).equals(line[2])) {
                        return Optional.of("the spec of catalog '" + catalog + "' changed (" + describe(line) + ")");
                    }
                }
                case "processor" -> {
                    Path jar = base.resolve(line[2]);
                    if (!Files.isRegularFile(jar)) {
                        return Optional.of("the Codebook processor that generated is gone (" + jar + ")");
                    }
                    if (!sha256(Files.readAllBytes(jar)).equals(line[1])) {
                        return Optional.of("the Codebook processor changed (" + jar + ")");
                    }
                }
                case "absent" -> {
                    if (Files.exists(base.resolve(line[1]))) {
                        return Optional.of("a spec now exists at " + base.resolve(line[1]).normalize()
                                + ", which comes before the one used");
                    }
                }
                default -> {
                    // outputs and elements say what to remove, not what to compare
                }
            }
        }
        return Optional.empty();
    }

    /** What to remove so the compiler runs the processor again and nothing stale survives. */
    List<Path> outputs(Path generatedSources, Path classes) {
        List<Path> outputs = new ArrayList<>();
        for (String[] line : lines) {
            switch (line[0]) {
                case "source" -> {
                    outputs.add(generatedSources.resolve(line[1]));
                    outputs.add(classes.resolve(line[1].replaceAll("\\.java$", ".class")));
                }
                case "resource", "element" -> outputs.add(classes.resolve(line[1]));
                default -> {
                    // inputs stay where they are
                }
            }
        }
        return outputs;
    }

    private Optional<byte[]> current(String[] line) throws IOException {
        if (line[3].equals("file")) {
            Path file = base.resolve(line[4]);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        }
        Path jar = Path.of(line[4]);
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(line[5]);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }
    }

    private String describe(String[] line) {
        return line[3].equals("file") ? base.resolve(line[4]).normalize().toString() : line[4] + "!/" + line[5];
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
