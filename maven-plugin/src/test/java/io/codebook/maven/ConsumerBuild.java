package io.codebook.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A consumer project built by a real {@code mvn} process, against the Codebook artifacts this build
 * installed into the tests' own repository (everything else comes from the user's repository).
 */
final class ConsumerBuild {

    record Build(int status, String output) {}

    private ConsumerBuild() {}

    /** Runs {@code mvn -B <goals>} in {@code project} with the Maven that runs this build. */
    static Build mvn(Path project, Path settings, String... goals) throws IOException, InterruptedException {
        return mvn(Path.of(System.getProperty("codebook.mavenHome")), project, settings, goals);
    }

    /** Runs {@code mvn -B <goals>} of the Maven at {@code mavenHome} in {@code project}; fails after five minutes. */
    static Build mvn(Path mavenHome, Path project, Path settings, String... goals) throws IOException, InterruptedException {
        // through sh: an unpacked distribution may have lost its executable bits
        List<String> command = new ArrayList<>(List.of("sh", mavenHome.resolve("bin/mvn").toString(), "-B", "-s",
                settings.toString(), "-Dcodebook.version=" + System.getProperty("codebook.version")));
        command.addAll(List.of(goals));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn did not finish in 5 minutes:\n" + output);
        }
        return new Build(process.exitValue(), output);
    }

    /** Settings that take Codebook from this build's test repository and the rest from the user's. */
    static Path settings(Path dir) throws IOException {
        String userRepo = Path.of(System.getProperty("codebook.userRepo")).toUri().toString();
        String repository = "<id>user-local</id><url>" + userRepo + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots>";
        return Files.writeString(dir.resolve("settings.xml"), "<settings>"
                + "<localRepository>" + System.getProperty("codebook.itRepo") + "</localRepository>"
                + "<profiles><profile><id>user-local</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>user-local</activeProfile></activeProfiles>"
                + "</settings>");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
