package io.codebook.maven;

import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.reference.ReferenceCatalogs;
import io.codebook.processor.reference.ReferenceFile;
import io.codebook.processor.reference.ReferenceReader;
import io.codebook.processor.reference.ReferenceRenderer;
import io.codebook.processor.reference.ReferenceWriter;
import io.codebook.processor.specset.SpecSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes a browsable reference of the catalogs the build uses: an index with a search that works
 * opened from disk, a page per catalog with every code (the vendor's words, attributes, canonical
 * reason, next action, end-user texts in every locale, relations, response shapes and verdicts), and a
 * page per canonical reason listing every vendor's codes for it. The specs are found where the
 * project's compilation finds them (the compiler plugin's {@code -Acodebook.specDirs}, then the jars of
 * its {@code annotationProcessorPaths}) and read by the processor's own stages; a spec the processor
 * would refuse fails the goal at its {@code file:line:column}, and nothing is written.
 */
@Mojo(name = "reference", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public final class ReferenceMojo extends ArtifactResolvingMojo {

    /** Where the reference is written; its {@code index.html} is the page to open. Replaced whole on each run. */
    @Parameter(property = "codebook.reference.outputDirectory", defaultValue = "${project.build.directory}/codebook-reference",
            required = true)
    private File outputDirectory;

    /**
     * The catalogs to document, by id, each with the catalogs it refers to (a vendor catalog brings the
     * canonical reasons); every catalog found when empty.
     */
    @Parameter(property = "codebook.reference.catalogs")
    private List<String> catalogs;

    /**
     * The project's own spec directories, which win over a specs jar's catalog of the same id. By default those
     * the compiler plugin gives the processor ({@code -Acodebook.specDirs}), else {@code src/main/codebook} when
     * it exists.
     */
    @Parameter(property = "codebook.reference.specDirectories")
    private List<File> specDirectories;

    /**
     * Jars of specs ({@code codebook/<id>.yaml} inside) by {@code groupId:artifactId:version}. By default the
     * compiler plugin's {@code annotationProcessorPaths}, so the reference documents the very specs the build
     * generates from; else {@code io.codebook:codebook-catalog-specs} of this plugin's version.
     */
    @Parameter(property = "codebook.reference.specArtifacts")
    private List<String> specArtifacts;

    /** What the pages call the reference. */
    @Parameter(property = "codebook.reference.title", defaultValue = "${project.name}", required = true)
    private String title;

    /** Skips the reference. */
    @Parameter(property = "codebook.reference.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${project.build.plugins}", readonly = true)
    private List<Plugin> buildPlugins;

    @Parameter(defaultValue = "${project.dependencyManagement}", readonly = true)
    private DependencyManagement dependencyManagement;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Inject
    public ReferenceMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Codebook: reference skipped.");
            return;
        }
        long start = System.nanoTime();
        List<Path> directories = directories();
        List<Path> jars = jars();
        SpecSet specs = new SpecSet(label(directories, jars), directories, jars);
        ReferenceReader.Result read;
        try {
            read = new ReferenceReader(basedir.toPath()).read(specs, title, catalogs == null ? List.of() : catalogs);
        } catch (IOException e) {
            throw new MojoExecutionException("Codebook: cannot read the specs of the reference: " + e.getMessage(), e);
        }
        if (read.catalogs().isEmpty()) {
            for (Problem error : read.errors()) {
                getLog().error(error.render());
            }
            throw new MojoFailureException("Codebook: " + read.errors().size() + (read.errors().size() == 1 ? " error"
                    : " errors") + " in the specs (above); the reference documents what the build generates, and the"
                    + " processor would refuse these specs. Nothing was written.");
        }
        ReferenceCatalogs documented = read.catalogs().get();
        List<ReferenceFile> files = new ReferenceRenderer().render(documented);
        try {
            new ReferenceWriter().write(files, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Codebook: cannot write the reference into " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int codes = documented.catalogs().stream().mapToInt(catalog -> catalog.codes().size()).sum();
        long bytes = files.stream().mapToLong(file -> file.content().length).sum();
        getLog().info("Codebook: reference of " + documented.catalogs().size() + " catalogs (" + codes + " codes, "
                + files.size() + " files, " + (bytes + 1023) / 1024 + " KiB) written in " + millis + " ms: "
                + outputDirectory.toPath().resolve("index.html").toUri());
    }

    /** The spec directories: those given, else the compiler's, else {@code src/main/codebook} if the project has it. */
    private List<Path> directories() throws MojoExecutionException {
        if (specDirectories != null && !specDirectories.isEmpty()) {
            List<Path> given = new ArrayList<>();
            for (File directory : specDirectories) {
                if (!directory.isDirectory()) {
                    throw new MojoExecutionException("Codebook: the spec directory " + directory + " does not exist.");
                }
                given.add(directory.toPath());
            }
            return given;
        }
        List<Path> compilers = CompilerSettings.specDirectories(buildPlugins, basedir.toPath());
        List<Path> existing = new ArrayList<>();
        for (Path directory : compilers) {
            if (Files.isDirectory(directory)) {
                existing.add(directory);
            } else {
                getLog().debug("Codebook: the compiler's spec directory " + directory + " does not exist; no specs there.");
            }
        }
        Path conventional = basedir.toPath().resolve("src/main/codebook");
        if (compilers.isEmpty() && Files.isDirectory(conventional)) {
            existing.add(conventional);
        }
        return existing;
    }

    /** The specs jars: those given, else the compiler's processor path, else the shipped specs of this plugin's version. */
    private List<Path> jars() throws MojoExecutionException {
        List<String> coordinates = specArtifacts != null && !specArtifacts.isEmpty() ? specArtifacts
                : CompilerSettings.processorPath(buildPlugins, dependencyManagement);
        if (coordinates.isEmpty()) {
            coordinates = List.of("io.codebook:codebook-catalog-specs:" + pluginVersion);
        }
        BaselineArtifact resolver = artifacts();
        List<Path> jars = new ArrayList<>();
        for (String artifact : coordinates) {
            jars.add(resolver.resolve(artifact, "specs jar"));
        }
        getLog().debug("Codebook: specs jars of the reference: " + jars);
        return jars;
    }

    private String label(List<Path> directories, List<Path> jars) {
        List<String> parts = new ArrayList<>();
        directories.forEach(directory -> parts.add(directory.toString()));
        jars.forEach(jar -> parts.add(jar.getFileName().toString()));
        return String.join(", ", parts);
    }
}
