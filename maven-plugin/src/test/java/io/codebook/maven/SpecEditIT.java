package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer project built by real {@code mvn} processes, editing its spec between builds without
 * {@code clean}: an added code and a changed text reach the generated code and bundle, a removed
 * code leaves no stale constant and makes code that still uses it fail to compile, and a build
 * with no change stays incremental.
 */
class SpecEditIT {

    private static ConsumerBuild.Build mvn(Path project, Path settings) throws IOException, InterruptedException {
        return ConsumerBuild.mvn(project, settings, "compile");
    }

    @Test
    void editingTheSpecRegeneratesOnTheNextOrdinaryBuild(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("spec-edit");
        ConsumerBuild.copy(Path.of(System.getProperty("codebook.consumer")), project);
        Path settings = ConsumerBuild.settings(dir);
        Path spec = project.resolve("src/main/codebook/acme.yaml");
        Path generated = project.resolve("target/generated-sources/annotations/com/acme/AcmeCode.java");
        Path table = project.resolve("target/generated-sources/annotations/com/acme/AcmeCodeTable.java");
        Path bundle = project.resolve("target/classes/com/acme/AcmeCode_en.properties");

        ConsumerBuild.Build first = mvn(project, settings);
        assertEquals(0, first.status(), first.output());
        assertTrue(Files.readString(generated).contains("    OLD_CODE"), "first build generates the spec's codes");

        ConsumerBuild.Build unchanged = mvn(project, settings);
        assertEquals(0, unchanged.status(), unchanged.output());
        assertTrue(unchanged.output().contains("Nothing to compile"), "no spec change keeps the build incremental");
        assertFalse(unchanged.output().contains("regenerating"), unchanged.output());

        String original = Files.readString(spec);
        Files.writeString(spec, original
                .replace("First message.", "Changed message.")
                .replace("    codes:\n", "    codes:\n      - {code: NEW_CODE, description: Added., userText: {en: \"Welcome.\"}}\n"));
        ConsumerBuild.Build added = mvn(project, settings);
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
        ConsumerBuild.Build removed = mvn(project, settings);
        assertEquals(1, removed.status(), "code that still uses the removed code no longer compiles");
        assertTrue(removed.output().contains("cannot find symbol"), removed.output());
        assertTrue(removed.output().contains("OLD_CODE"), removed.output());
        assertFalse(Files.readString(generated).contains("OLD_CODE"), "no stale constant is left in target/");
        assertFalse(Files.readString(table).contains("OLD_CODE"), "no stale row either");
        assertFalse(Files.readString(bundle).contains("OLD_CODE"), "no stale text either");
    }

    @Test
    void aMovedWorkspaceComparesItsOwnSpecsNotTheOldLocations(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("before");
        ConsumerBuild.copy(Path.of(System.getProperty("codebook.consumer")), before);
        Path settings = ConsumerBuild.settings(dir);
        ConsumerBuild.Build first = mvn(before, settings);
        assertEquals(0, first.status(), first.output());

        Path project = Files.move(before, dir.resolve("after"));
        Path spec = project.resolve("src/main/codebook/acme.yaml");
        Files.writeString(spec, Files.readString(spec)
                .replace("    codes:\n", "    codes:\n      - {code: MOVED_CODE, description: Added after the move., userText: {en: \"Hi.\"}}\n"));
        ConsumerBuild.Build moved = mvn(project, settings);

        assertEquals(0, moved.status(), moved.output());
        assertTrue(moved.output().contains("Codebook: the spec of catalog 'acme' changed (" + spec + ")"), moved.output());
        assertTrue(Files.readString(project.resolve("target/generated-sources/annotations/com/acme/AcmeCode.java"))
                .contains("    MOVED_CODE,"), "the edit made in the moved workspace is generated");
    }
}
