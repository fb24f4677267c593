package io.codebook.processor.reference;

import io.codebook.processor.specset.SpecSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: the shipped specs as the plugin finds them (the {@code codebook-catalog-specs} entry of
 * a class path, here the tests'), read into a reference and rendered.
 */
final class ShippedSpecs {

    private ShippedSpecs() {}

    /** The class path entry holding {@code codebook/<id>.yaml}: the specs jar, or its module's classes. */
    static Path entry() {
        URL url = ShippedSpecs.class.getClassLoader().getResource("codebook/canonical-reasons.yaml");
        if (url == null) {
            throw new AssertionError("codebook-catalog-specs is not on the test class path");
        }
        try {
            String external = url.toExternalForm();
            if (external.startsWith("jar:")) {
                return Path.of(new java.net.URI(external.substring("jar:".length(), external.indexOf("!/"))));
            }
            return Path.of(url.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static SpecSet set() {
        return SpecSet.classPath("codebook-catalog-specs", List.of(entry()));
    }

    /** A set of the given specs (id to YAML) written into {@code directory}, over the shipped ones. */
    static SpecSet withOwn(Path directory, Map<String, String> specs) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> spec : specs.entrySet()) {
                Files.writeString(directory.resolve(spec.getKey() + ".yaml"), spec.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpecSet(directory.toString(), List.of(directory), List.of(entry()));
    }

    static ReferenceCatalogs read(SpecSet set, Path projectDirectory, List<String> wanted) {
        try {
            ReferenceReader.Result result = new ReferenceReader(projectDirectory).read(set, "Test", wanted);
            return result.catalogs().orElseThrow(() -> new AssertionError("the specs do not read: " + result.errors()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceCatalogs shipped() {
        return read(set(), Path.of("."), List.of());
    }

    /** The rendered files by path, as text. */
    static Map<String, String> render(ReferenceCatalogs catalogs) {
        Map<String, String> files = new LinkedHashMap<>();
        new ReferenceRenderer().render(catalogs).forEach(file -> files.put(file.path(), file.text()));
        return files;
    }
}
