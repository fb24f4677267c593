package io.codebook.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * A released specs jar, by its coordinates, resolved by Maven's own resolver from the project's
 * repositories (and the local one, and the reactor's own modules), as any dependency would be: mirrors,
 * proxies, credentials and offline mode apply. The compatibility check resolves its baseline with it,
 * the reference the jars of the compiler's processor path.
 */
final class BaselineArtifact {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    BaselineArtifact(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : repositories;
    }

    /** The jar's file: {@code coordinates} is {@code groupId:artifactId:version} (or with extension and classifier). */
    Path resolve(String coordinates) throws MojoExecutionException {
        return resolve(coordinates, "baseline");
    }

    /** @param role what the jar is to the goal, for its messages ({@code baseline}, {@code specs jar}) */
    Path resolve(String coordinates, String role) throws MojoExecutionException {
        Artifact artifact;
        try {
            artifact = new DefaultArtifact(coordinates.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Codebook: " + role + " '" + coordinates + "' is not"
                    + " groupId:artifactId:version, such as io.codebook:codebook-catalog-specs:0.1.0.", e);
        }
        try {
            File file = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile();
            return file.toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("Codebook: cannot resolve the " + role + " " + coordinates + ": "
                    + e.getMessage(), e);
        }
    }
}
