package io.codebook.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
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

    /** The project's build plugins, to find a compiler plugin that would ignore the processor path. */
    @Parameter(defaultValue = "${project.build.plugins}", readonly = true)
    private List<Plugin> buildPlugins;

    @Override
    public void execute() throws MojoFailureException {
        Optional<String> ignoring = compilerIgnoringProcessorPath(buildPlugins);
        if (ignoring.isPresent()) {
            throw new MojoFailureException("Codebook: maven-compiler-plugin " + ignoring.get() + " ignores"
                    + " annotationProcessorPaths, so the Codebook processor would not run and nothing would be"
                    + " generated while the build stays green. Pin maven-compiler-plugin 3.5 or later (the README's"
                    + " quickstart pins 3.14.0).");
        }
        Path record = generatedSourcesDirectory.toPath().resolve(SpecRecord.LOCATION);
        if (!Files.isRegularFile(record)) {
            if (hasClasses(outputDirectory.toPath())) {
                getLog().warn("Codebook: " + outputDirectory + " holds classes from an earlier build, but there is no "
                        + SpecRecord.LOCATION + ": the Codebook processor did not run on that build. Put"
                        + " codebook-processor and codebook-catalog-specs in maven-compiler-plugin's"
                        + " annotationProcessorPaths, and build once with 'clean'.");
            } else {
                getLog().debug("Codebook: no " + SpecRecord.LOCATION + " yet; the compiler will generate from scratch.");
            }
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

    /**
     * The version of a maven-compiler-plugin that is configured with {@code annotationProcessorPaths}
     * but older than 3.5, which introduced them; empty when the processor path is honoured.
     */
    static Optional<String> compilerIgnoringProcessorPath(List<Plugin> plugins) {
        if (plugins == null) {
            return Optional.empty();
        }
        for (Plugin plugin : plugins) {
            if (!"maven-compiler-plugin".equals(plugin.getArtifactId()) || plugin.getVersion() == null) {
                continue;
            }
            // the configuration is plexus XML whose text rendering names its elements
            boolean usesProcessorPath = String.valueOf(plugin.getConfiguration()).contains("<annotationProcessorPaths")
                    || plugin.getExecutions().stream()
                            .anyMatch(e -> String.valueOf(e.getConfiguration()).contains("<annotationProcessorPaths"));
            if (usesProcessorPath && olderThan(plugin.getVersion(), 3, 5)) {
                return Optional.of(plugin.getVersion());
            }
        }
        return Optional.empty();
    }

    static boolean olderThan(String version, int major, int minor) {
        String[] parts = version.split("[.-]");
        try {
            int theirMajor = Integer.parseInt(parts[0]);
            int theirMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return theirMajor < major || (theirMajor == major && theirMinor < minor);
        } catch (NumberFormatException notNumeric) {
            return false; // a property or a range we cannot read: say nothing rather than something wrong
        }
    }

    private static boolean hasClasses(Path classes) {
        if (!Files.isDirectory(classes)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        } catch (IOException | UncheckedIOException e) {
            return false;
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
