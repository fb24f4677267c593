package io.codebook.maven;

import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * A goal that reads specs out of jars named by their coordinates, resolved the way Maven resolves any
 * artifact: from the project's repositories and the local one, mirrors, proxies and {@code -o} applying.
 */
abstract class ArtifactResolvingMojo extends AbstractMojo {

    /** Maven's resolver. */
    private final RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    private List<RemoteRepository> remoteRepositories;

    ArtifactResolvingMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    /** Resolves jars by {@code groupId:artifactId:version} for this build. */
    BaselineArtifact artifacts() {
        return new BaselineArtifact(repositorySystem, repositorySession, remoteRepositories);
    }
}
