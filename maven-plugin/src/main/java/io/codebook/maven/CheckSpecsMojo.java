package io.codebook.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the next compilation regenerate Codebook's code when a catalog spec changed. Maven's compiler
 * plugin recompiles only when Java sources or the classpath change, so a spec edit alone would leave
 * stale generated code. The Codebook processor records what it read ({@code META-INF/codebook/inputs.txt}
 * beside the generated sources); this goal, run before {@code compile}, compares that record with the
 * specs as they are now and, when anything differs, removes what the last run generated together with
 * the class files of the {@code @Codebook} elements, so the compiler plugin sees stale sources and
 * compiles (and generates) again. No change: nothing is touched and the build stays incremental.
 */
@Mojo(name = "check-specs", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public final class CheckSpecsMojo extends AbstractMojo {

    /** Where the compiler plugin puts generated sources (its {@code generatedSourcesDirectory}). */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", required = true)
    private File generatedSourcesDirectory;

    /** The class output (the compiler plugin's {@code outputDirectory}). */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File outputDirectory;

    @Override
    public void execute() {
        Path record = generatedSourcesDirectory.toPath().resolve(SpecRecord.LOCATION);
        if (!Files.isRegularFile(record)) {
            getLog().debug("Codebook: no " + SpecRecord.LOCATION + " yet; the compiler will generate from scratch.");
            return;
        }
        try {
            SpecRecord previous = SpecRecord.read(record);
            Optional<String> change = previous.firstChange();
            if (change.isEmpty()) {
                getLog().debug("Codebook: catalog specs unchanged.");
                return;
            }
            getLog().info("Codebook: " + change.get() + "; regenerating on this build.");
            invalidate(previous, record);
        } catch (IOException e) {
            getLog().warn("Codebook: cannot read " + record + " (" + e.getMessage() + "); regenerating to be safe.");
            deleteQuietly(record);
        }
    }

    private void invalidate(SpecRecord previous, Path record) {
        Path sources = generatedSourcesDirectory.toPath();
        Path classes = outputDirectory.toPath();
        List<Path> stale = previous.outputs(sources, classes);
        stale.forEach(CheckSpecsMojo::deleteQuietly);
        deleteQuietly(record);
        getLog().debug("Codebook: removed " + stale.size() + " generated files and annotated elements' classes.");
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a file we cannot delete is one the compiler will overwrite
        }
    }
}
