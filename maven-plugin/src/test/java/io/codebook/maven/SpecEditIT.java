package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer project built by real {@code mvn} processes, editing its spec between builds without
 * {@code clean}: an added code and a changed text reach the generated code and bundle, a removed
 * code leaves no stale constant and makes code that still uses it fail to compile, and a build
 * with no change stays incremental.
 */
class SpecEditIT {

    private record Build(int status, String output) {}

    private static Build mvn(Path project, Path settings) throws IOException, InterruptedException {
        Path mavenHome = Path.of(System.getProperty("codebook.mavenHome"));
        List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-s",
                settings.toString(), "-Dcodebook.version=" + System.getProperty("codebook.version"), "compile"));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn did not finish in 5 minutes:\n" + output);
        }
        return new Build(process.exitValue(), output);
    }

    /** Codebook from this build's test repository; everything else from the user's repository. */
    private static Path settings(Path dir) throws IOException {
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

    private static void copy(Path from, Path to) throws IOException {
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

    @Test
    void editingTheSpecRegeneratesOnTheNextOrdinaryBuild(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("spec-edit");
        copy(Path.of(System.getProperty("codebook.consumer")), project);
        Path settings = settings(dir);
        Path spec = project.resolve("src/main/codebook/acme.yaml");
        Path generated = project.resolve("target/generated-sources/annotations/com/acme/AcmeCode.java");
        Path table = project.resolve("target/generated-sources/annotations/com/acme/AcmeCodeTable.java");
        Path bundle = project.resolve("target/classes/com/acme/AcmeCode_en.properties");

        Build first = mvn(project, settings);
        assertEquals(0, first.status(), first.output());
        assertTrue(Files.readString(generated).contains("    OLD_CODE"), "first build generates the spec's codes");

        Build unchanged = mvn(project, settings);
        assertEquals(0, unchanged.status(), unchanged.output());
        assertTrue(unchanged.output().contains("Nothing to compile"), "no spec change keeps the build incremental");
        assertFalse(unchanged.output().contains("regenerating"), unchanged.output());

        String original = Files.readString(spec);
        Files.writeString(spec, original
                .replace("First message.", "Changed message.")
                .replace("    codes:\n", "    codes:\n      - {code: NEW_CODE, description: Added., userText: {en: \"Welcome.\"}}\n"));
        Build added = mvn(project, settings);
        assertEquals(0, added.status(), added.output());
        assertTrue(added.output().contains("Codebook: the spec of catalog 'acme' changed"), added.output());
        String afterAdd = Files.readString(generated);
        assertTrue(afterAdd.contains("    NEW_CODE,"), "the added code is generated");
        String rows = Files.readString(table);
        assertTrue(rows.contains("Changed message.") && !rows.contains("First message."), "the changed text");
        assertTrue(Files.readString(bundle).contains("NEW_CODE=Welcome."), "the bundle has the added code's text");
        assertTrue(Files.exists(project.resolve("target/classes/com/acme/AcmeCode.class")));

        Files.writeString(spec, Files.readString(spec).replace("      - code: OLD_CODE\n        description: A code the"
                + " consumer uses.\n        userText: {en: \"Please try again.\"}\n", ""));
        Build removed = mvn(project, settings);
        assertEquals(1, removed.status(), "code that still uses the removed code no longer compiles");
        assertTrue(removed.output().contains("cannot find symbol"), removed.output());
        assertTrue(removed.output().contains("OLD_CODE"), removed.output());
        assertFalse(Files.readString(generated).contains("OLD_CODE"), "no stale constant is left in target/");
        assertFalse(Files.readString(table).contains("OLD_CODE"), "no stale row either");
        assertFalse(Files.readString(bundle).contains("OLD_CODE"), "no stale text either");
    }
}
