package io.codebook.maven;

import io.codebook.processor.compat.Change;
import io.codebook.processor.compat.Compatibility;
import io.codebook.processor.compat.CompatibilityReport;
import io.codebook.processor.compat.Effect;
import io.codebook.processor.specset.SpecError;
import io.codebook.processor.specset.SpecSet;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares the project's catalog specs with a released version of them (a specs jar by its
 * coordinates, or a directory) and tells, for every change, what it does to the code of consumers:
 * breaks their compilation, makes the same vendor payload behave otherwise, or neither. The build
 * fails on changes at or above {@code failOn}; a JSON report is written either way. The comparison
 * reads the specs with the processor's own stages, so it sees what a compilation would.
 */
@Mojo(name = "check-compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckCompatibilityMojo extends ArtifactResolvingMojo {

    /** The released specs jar to compare with, {@code groupId:artifactId:version}; or give {@link #baselineDirectory}. */
    @Parameter(property = "codebook.compatibility.baseline")
    private String baseline;

    /** A directory of {@code <catalog>.yaml} specs to compare with; or give {@link #baseline}. */
    @Parameter(property = "codebook.compatibility.baselineDirectory")
    private File baselineDirectory;

    /** The specs as they are now: the project's spec directory. */
    @Parameter(property = "codebook.compatibility.specDirectory", defaultValue = "${project.basedir}/src/main/codebook",
            required = true)
    private File specDirectory;

    /** The least severe change that fails the build: {@code compile}, {@code runtime}, {@code any} or {@code none}. */
    @Parameter(property = "codebook.compatibility.failOn", defaultValue = "compile", required = true)
    private String failOn;

    /** Where the JSON report is written. */
    @Parameter(property = "codebook.compatibility.report",
            defaultValue = "${project.build.directory}/codebook/compatibility.json", required = true)
    private File report;

    /** Skips the check. */
    @Parameter(property = "codebook.compatibility.skip", defaultValue = "false")
    private boolean skip;


    @Inject
    public CheckCompatibilityMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Codebook: compatibility check skipped.");
            return;
        }
        FailOn level;
        try {
            level = FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Codebook: " + e.getMessage() + ".", e);
        }
        if (!specDirectory.isDirectory()) {
            throw new MojoExecutionException("Codebook: the spec directory " + specDirectory + " does not exist; set"
                    + " specDirectory to the directory of the specs to check.");
        }
        SpecSet before = baselineSpecs();
        long start = System.nanoTime();
        CompatibilityReport result;
        try {
            result = new Compatibility().compare(before, SpecSet.directory(specDirectory.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("Codebook: cannot read the specs to compare: " + e.getMessage(), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log(result, level);
        Path written = write(result, level);
        getLog().info("Codebook: " + result.catalogs() + " catalogs compared in " + millis + " ms (baseline "
                + result.baseline() + ", current " + result.current() + "): " + result.count(Effect.COMPILE)
                + " break compilation, " + result.count(Effect.RUNTIME) + " change behaviour at run time, "
                + result.count(Effect.SAFE) + " safe; report " + written);
        if (!result.errors().isEmpty()) {
            throw new MojoFailureException("Codebook: " + result.errors().size() + " errors in the specs (above): a"
                    + " catalog whose spec does not compile cannot be compared.");
        }
        List<Change> failing = level.failing(result);
        if (!failing.isEmpty()) {
            throw new MojoFailureException("Codebook: " + failing.size() + (failing.size() == 1 ? " change" : " changes")
                    + " at or above failOn '" + level.id() + "' since " + result.baseline() + " (listed above; "
                    + written + "). Keep what consumers use (deprecate a code rather than remove it, keep an old"
                    + " spelling as an alias), or release the change as a breaking version.");
        }
    }

    /** The baseline the parameters name: exactly one of the coordinates and the directory. */
    private SpecSet baselineSpecs() throws MojoExecutionException {
        if (byCoordinates(baseline, baselineDirectory)) {
            Path jar = artifacts().resolve(baseline);
            return SpecSet.classPath(baseline.strip(), List.of(jar));
        }
        if (!baselineDirectory.isDirectory()) {
            throw new MojoExecutionException("Codebook: the baseline directory " + baselineDirectory + " does not exist.");
        }
        return SpecSet.directory(baselineDirectory.toPath());
    }

    /**
     * Whether the baseline is given by coordinates (else by directory); an error unless exactly one of the
     * two is given.
     */
    static boolean byCoordinates(String coordinates, File directory) throws MojoExecutionException {
        boolean given = coordinates != null && !coordinates.isBlank();
        if (given == (directory != null)) {
            throw new MojoExecutionException("Codebook: give check-compatibility exactly one baseline: 'baseline' (the"
                    + " coordinates of a released specs jar, such as io.codebook:codebook-catalog-specs:0.1.0) or"
                    + " 'baselineDirectory' (a directory of specs); " + (given ? "both are" : "neither is") + " set.");
        }
        return given;
    }

    /** Each error and change as a compiler prints a diagnostic: {@code file:line:column: [COMPILE] message}. */
    private void log(CompatibilityReport result, FailOn level) {
        for (SpecError error : result.errors()) {
            getLog().error(error.render() + " (" + error.version() + " spec of catalog '" + error.catalog() + "')");
        }
        for (Change change : result.changes()) {
            if (level.fails(change.effect())) {
                getLog().error(change.render());
            } else if (change.effect() == Effect.SAFE) {
                getLog().info(change.render());
            } else {
                getLog().warn(change.render());
            }
        }
    }

    private Path write(CompatibilityReport result, FailOn level) throws MojoExecutionException {
        Path file = report.toPath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, CompatibilityJson.of(result, level), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new MojoExecutionException("Codebook: cannot write the compatibility report " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
