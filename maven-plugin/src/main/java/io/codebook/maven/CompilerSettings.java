package io.codebook.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Where the project's compilation finds catalog specs, as its {@code maven-compiler-plugin} says: the
 * jars of its {@code annotationProcessorPaths} (where {@code codebook-catalog-specs} and any other
 * specs jar sit) and the directories of {@code -Acodebook.specDirs}. Read from the plugin's and its
 * executions' configuration, which Maven has interpolated by the time a goal runs.
 */
final class CompilerSettings {

    private static final String SPEC_DIRS = "-Acodebook.specDirs=";

    private CompilerSettings() {}

    /**
     * The processor path's artifacts as {@code groupId:artifactId:extension[:classifier]:version}, in the
     * order written; a path without a version takes the project's managed one, as the compiler plugin
     * 3.12+ does, and is left out when there is none.
     */
    static List<String> processorPath(List<Plugin> plugins, DependencyManagement managed) {
        Set<String> coordinates = new LinkedHashSet<>();
        for (Xpp3Dom configuration : configurations(plugins)) {
            Xpp3Dom paths = configuration.getChild("annotationProcessorPaths");
            if (paths == null) {
                continue;
            }
            for (Xpp3Dom path : paths.getChildren()) {
                String groupId = text(path, "groupId");
                String artifactId = text(path, "artifactId");
                if (groupId == null || artifactId == null) {
                    continue;
                }
                String type = Optional.ofNullable(text(path, "type")).orElse("jar");
                String classifier = text(path, "classifier");
                Optional<String> version = Optional.ofNullable(text(path, "version"))
                        .or(() -> managedVersion(managed, groupId, artifactId));
                version.ifPresent(v -> coordinates.add(groupId + ":" + artifactId + ":" + type
                        + (classifier == null ? "" : ":" + classifier) + ":" + v));
            }
        }
        return List.copyOf(coordinates);
    }

    /** The directories {@code -Acodebook.specDirs} names (comma-separated, as the processor reads it), in order. */
    static List<Path> specDirectories(List<Plugin> plugins, Path basedir) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Xpp3Dom configuration : configurations(plugins)) {
            List<String> arguments = new ArrayList<>();
            Xpp3Dom compilerArgs = configuration.getChild("compilerArgs");
            if (compilerArgs != null) {
                for (Xpp3Dom arg : compilerArgs.getChildren()) {
                    if (arg.getValue() != null) {
                        arguments.add(arg.getValue().strip());
                    }
                }
            }
            String compilerArgument = text(configuration, "compilerArgument");
            if (compilerArgument != null) {
                arguments.addAll(List.of(compilerArgument.split("\\s+")));
            }
            for (String argument : arguments) {
                if (argument.startsWith(SPEC_DIRS)) {
                    for (String directory : argument.substring(SPEC_DIRS.length()).split(",")) {
                        if (!directory.isBlank()) {
                            directories.add(basedir.resolve(directory.strip()).normalize());
                        }
                    }
                }
            }
        }
        return List.copyOf(directories);
    }

    /** The compiler plugin's configuration, then each of its executions'. */
    private static List<Xpp3Dom> configurations(List<Plugin> plugins) {
        List<Xpp3Dom> configurations = new ArrayList<>();
        if (plugins == null) {
            return configurations;
        }
        for (Plugin plugin : plugins) {
            if (!"maven-compiler-plugin".equals(plugin.getArtifactId())) {
                continue;
            }
            if (plugin.getConfiguration() instanceof Xpp3Dom configuration) {
                configurations.add(configuration);
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getConfiguration() instanceof Xpp3Dom configuration) {
                    configurations.add(configuration);
                }
            }
        }
        return configurations;
    }

    private static Optional<String> managedVersion(DependencyManagement managed, String groupId, String artifactId) {
        if (managed == null) {
            return Optional.empty();
        }
        return managed.getDependencies().stream()
                .filter(d -> groupId.equals(d.getGroupId()) && artifactId.equals(d.getArtifactId()))
                .map(Dependency::getVersion).filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private static String text(Xpp3Dom parent, String child) {
        Xpp3Dom element = parent.getChild(child);
        if (element == null || element.getValue() == null || element.getValue().isBlank()) {
            return null;
        }
        return element.getValue().strip();
    }
}
