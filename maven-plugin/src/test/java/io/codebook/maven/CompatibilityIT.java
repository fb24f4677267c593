package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check-compatibility} run by real {@code mvn} processes over pairs of spec versions, each made
 * from a shipped spec with one edit (AiPrise really renamed DOB_VERIFICATION_FAILED and
 * DOCUMENT_TYPE_MISMATCH between versions of its page). One build compares seven pairs, one execution
 * each; two more builds fail: at the default level against the released specs jar resolved by its
 * coordinates, and at {@code failOn=runtime}. Each asserts the effect, the logged diagnostic with its
 * position, and the JSON report.
 */
class CompatibilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    private static Path pairs;
    private static ConsumerBuild.Build pairsBuild;

    @BeforeAll
    static void compareEveryPairInOneBuild() throws Exception {
        pairs = shared.resolve("compatibility");
        ConsumerBuild.copy(project("compatibility"), pairs);
        String aiprise = aiprise();
        String beforeDobRename = edit(aiprise, BIRTH_DATE, "      - code: DOB_VERIFICATION_FAILED\n");
        pair("removed-code", "aiprise", beforeDobRename, aiprise);
        pair("renamed-constant", "aiprise", edit(aiprise, ID_TYPE, "      - code: DOCUMENT_TYPE_MISMATCH\n"),
                edit(aiprise, ID_TYPE, ID_TYPE + "        aliases: [DOCUMENT_TYPE_MISMATCH]\n"));
        String failureTypes = shipped("yoti-failure-type");
        pair("changed-key", "yoti-failure-type", failureTypes, edit(failureTypes, "locales: [en, ru, kk, ko]\nattributes:\n",
                "key: [code, documentType]\nlocales: [en, ru, kk, ko]\nattributes:\n  documentType:\n    type: string\n"));
        String reasons = shipped("yoti-reason");
        pair("moved-code", "yoti-reason", reasons, edit(reasons, "      - code: MISSING_LIVENESS\n        returnedAs: [\"aborted\"]",
                "      - code: MISSING_LIVENESS\n        returnedAs: [\"requirements not met\"]"));
        pair("changed-wire-value", "aiprise", aiprise, edit(aiprise, BIRTH_DATE,
                "      - code: BIRTHDATE_MISMATCH\n        javaName: BIRTH_DATE_MISMATCH\n"));
        pair("removed-alias", "aiprise", edit(aiprise, BIRTH_DATE, BIRTH_DATE + "        aliases: [DOB_VERIFICATION_FAILED]\n"),
                aiprise);
        pair("safe", "aiprise", beforeDobRename, renamedSafely(aiprise).replace(
                "description: \"Selfie photo is too blurry and should be retaken for improved accuracy.\"",
                "description: \"Selfie photo is too blurry; retake it.\""));
        pairsBuild = ConsumerBuild.mvn(pairs, ConsumerBuild.settings(shared), "verify");
    }

    private static final String BIRTH_DATE = "      - code: BIRTH_DATE_MISMATCH\n";
    private static final String ID_TYPE = "      - code: ID_TYPE_MISMATCH\n";

    @Test
    void safeAndRuntimeChangesLeaveTheBuildGreenAtTheDefaultLevel() {
        assertEquals(0, pairsBuild.status(), pairsBuild.output());
        assertTrue(pairsBuild.output().contains("Codebook: 1 catalogs compared in"), pairsBuild.output());
    }

    @Test
    void aRemovedCodeBreaksCompilationAtItsBaselinePosition() throws IOException {
        Path baseline = pairs.resolve("pairs/removed-code/baseline/aiprise.yaml");
        JsonNode report = report("removed-code");

        assertCounts(report, 1, 0, 1);
        JsonNode removed = change(report, "CODE_REMOVED");
        assertChange(removed, "COMPILE", baseline, lineOf(baseline, "      - code: DOB_VERIFICATION_FAILED"), 9,
                "code 'DOB_VERIFICATION_FAILED' (AiPriseWarning.DOB_VERIFICATION_FAILED) was removed");
        assertLogged("[WARNING] ", removed);
    }

    @Test
    void aRenamedConstantBreaksCompilationThoughTheOldSpellingStillReads() throws IOException {
        Path current = pairs.resolve("pairs/renamed-constant/current/aiprise.yaml");
        JsonNode report = report("renamed-constant");

        assertCounts(report, 1, 0, 0);
        JsonNode renamed = change(report, "CONSTANT_RENAMED");
        assertChange(renamed, "COMPILE", current, lineOf(current, ID_TYPE.stripTrailing()), 9,
                "code 'DOCUMENT_TYPE_MISMATCH' (AiPriseWarning.DOCUMENT_TYPE_MISMATCH) now reads as code"
                        + " 'ID_TYPE_MISMATCH' (AiPriseWarning.ID_TYPE_MISMATCH), of which 'DOCUMENT_TYPE_MISMATCH' is"
                        + " an alias: AiPriseWarning.DOCUMENT_TYPE_MISMATCH is gone");
        assertLogged("[WARNING] ", renamed);
    }

    @Test
    void aChangedKeyShapeBreaksCompilation() throws IOException {
        Path current = pairs.resolve("pairs/changed-key/current/yoti-failure-type.yaml");
        JsonNode report = report("changed-key");

        assertCounts(report, 1, 0, 1);
        JsonNode key = change(report, "KEY_CHANGED");
        assertChange(key, "COMPILE", current, lineOf(current, "key: [code, documentType]"), 1,
                "the key of YotiFailureType is now [code, documentType] instead of [code]: its lookups take other"
                        + " values, and its codes are paired by constant");
        assertLogged("[WARNING] ", key);
        assertEquals("ATTRIBUTE_ADDED", change(report, "ATTRIBUTE_ADDED").get("kind").asText());
    }

    @Test
    void aCodeMovedToAnotherOutcomeKindBreaksCompilation() throws IOException {
        Path current = pairs.resolve("pairs/moved-code/current/yoti-reason.yaml");
        JsonNode report = report("moved-code");

        assertCounts(report, 1, 1, 1);
        JsonNode left = change(report, "CODE_LEFT_OUTCOME");
        assertChange(left, "COMPILE", current, lineOf(current, "      - code: MISSING_LIVENESS"), 9,
                "code 'MISSING_LIVENESS' (YotiReasonCode.MISSING_LIVENESS) is no longer a code of outcome 'aborted'"
                        + " (YotiOutcome.Aborted): YotiOutcome.AbortedCode.MISSING_LIVENESS is gone; a response's"
                        + " aborted carrying it reads it as unrecognized there");
        assertLogged("[WARNING] ", left);
        assertEquals("SAFE", change(report, "CODE_JOINED_OUTCOME").get("effect").asText());
        assertEquals("RUNTIME", change(report, "VALUE_CHANGED").get("effect").asText());
    }

    @Test
    void aChangedWireValueChangesBehaviourAtRunTime() throws IOException {
        Path current = pairs.resolve("pairs/changed-wire-value/current/aiprise.yaml");
        JsonNode report = report("changed-wire-value");

        assertCounts(report, 0, 1, 0);
        JsonNode changed = change(report, "WIRE_VALUE_CHANGED");
        assertChange(changed, "RUNTIME", current, lineOf(current, "        javaName: BIRTH_DATE_MISMATCH"), 19,
                "code 'BIRTH_DATE_MISMATCH' (AiPriseWarning.BIRTH_DATE_MISMATCH) is now 'BIRTHDATE_MISMATCH':"
                        + " 'BIRTH_DATE_MISMATCH' no longer reads as it");
        assertLogged("[WARNING] ", changed);
    }

    @Test
    void aRemovedAliasChangesBehaviourAtRunTime() throws IOException {
        Path current = pairs.resolve("pairs/removed-alias/current/aiprise.yaml");
        JsonNode report = report("removed-alias");

        assertCounts(report, 0, 1, 0);
        JsonNode removed = change(report, "ALIAS_REMOVED");
        assertChange(removed, "RUNTIME", current, lineOf(current, BIRTH_DATE.stripTrailing()), 9,
                "alias 'DOB_VERIFICATION_FAILED' of code 'BIRTH_DATE_MISMATCH' (AiPriseWarning.BIRTH_DATE_MISMATCH)"
                        + " was removed: 'DOB_VERIFICATION_FAILED' no longer reads as it");
        assertLogged("[WARNING] ", removed);
    }

    @Test
    void anAddedCodeChangedTextsAndANewDeprecationAreSafe() throws IOException {
        Path current = pairs.resolve("pairs/safe/current/aiprise.yaml");
        JsonNode report = report("safe");

        assertCounts(report, 0, 0, 3);
        JsonNode deprecated = change(report, "DEPRECATED");
        assertChange(deprecated, "SAFE", current, lineOf(current, "          reason: \"Renamed BIRTH_DATE_MISMATCH in a"
                + " later version of the Warning Codes page.\""), 11,
                "code 'DOB_VERIFICATION_FAILED' (AiPriseWarning.DOB_VERIFICATION_FAILED) is now deprecated (replaced by"
                        + " 'BIRTH_DATE_MISMATCH'): code that names it compiles with a deprecation warning");
        assertLogged("[INFO] ", deprecated);
        assertEquals("code 'FACE_BLUR' (AiPriseWarning.FACE_BLUR): its description changed",
                change(report, "TEXT_CHANGED").get("message").asText());
        assertTrue(change(report, "CODE_ADDED").get("message").asText().startsWith(
                "code 'BIRTH_DATE_MISMATCH' (AiPriseWarning.BIRTH_DATE_MISMATCH) was added"));
    }

    @Test
    void aRemovedCodeFailsTheBuildAgainstTheReleasedSpecsJarByItsCoordinates(@TempDir Path dir) throws Exception {
        Path project = releaseProject(dir);
        Path spec = project.resolve("src/main/codebook/aiprise.yaml");
        String shipped = Files.readString(spec);
        int line = lineOf(spec, "      - code: ID_PREVIOUSLY_SEEN");
        Files.writeString(spec, edit(shipped, block(shipped, "      - code: ID_PREVIOUSLY_SEEN\n"), ""));

        ConsumerBuild.Build build = ConsumerBuild.mvn(project, ConsumerBuild.settings(dir), "verify");

        assertEquals(1, build.status(), "a change that breaks compilation fails the build by default:\n" + build.output());
        String version = System.getProperty("codebook.version");
        assertTrue(build.output().contains("[ERROR] codebook-catalog-specs-" + version + ".jar!/codebook/aiprise.yaml:"
                + line + ":9: [COMPILE] code 'ID_PREVIOUSLY_SEEN' (AiPriseWarning.ID_PREVIOUSLY_SEEN) was removed"),
                build.output());
        assertTrue(build.output().contains("1 change at or above failOn 'compile' since io.codebook:codebook-catalog-specs:"
                + version), build.output());
        JsonNode report = JSON.readTree(project.resolve("target/codebook/compatibility.json").toFile());
        assertEquals("io.codebook:codebook-catalog-specs:" + version, report.get("baseline").asText());
        assertEquals(shippedIds().size(), report.get("catalogs").asInt(), "every shipped catalog was compared");
        assertCounts(report, 1, 0, 0);
        assertEquals(1, report.get("failing").asInt());
    }

    @Test
    void aRuntimeChangeFailsTheBuildAtFailOnRuntime(@TempDir Path dir) throws Exception {
        Path project = releaseProject(dir);
        Path spec = project.resolve("src/main/codebook/aiprise.yaml");
        Files.writeString(spec, edit(Files.readString(spec), BIRTH_DATE,
                "      - code: BIRTHDATE_MISMATCH\n        javaName: BIRTH_DATE_MISMATCH\n"));

        ConsumerBuild.Build build = ConsumerBuild.mvn(project, ConsumerBuild.settings(dir), "verify",
                "-Dcodebook.compatibility.failOn=runtime");

        assertEquals(1, build.status(), build.output());
        assertTrue(build.output().contains("[ERROR] " + spec + ":" + lineOf(spec, "        javaName: BIRTH_DATE_MISMATCH")
                + ":19: [RUNTIME] code 'BIRTH_DATE_MISMATCH' (AiPriseWarning.BIRTH_DATE_MISMATCH) is now"
                + " 'BIRTHDATE_MISMATCH'"), build.output());
        assertTrue(build.output().contains("1 change at or above failOn 'runtime'"), build.output());
        JsonNode report = JSON.readTree(project.resolve("target/codebook/compatibility.json").toFile());
        assertEquals("runtime", report.get("failOn").asText());
        assertCounts(report, 0, 1, 0);
    }

    // --- fixtures --------------------------------------------------------------------------------

    private static Path project(String name) {
        return Path.of(System.getProperty("codebook.compatibilityProjects")).resolve(name);
    }

    /** The release project with a copy of every shipped spec as its own. */
    private static Path releaseProject(Path dir) throws IOException {
        Path project = dir.resolve("release");
        ConsumerBuild.copy(project("compatibility-release"), project);
        Path specs = Files.createDirectories(project.resolve("src/main/codebook"));
        for (String id : shippedIds()) {
            Files.writeString(specs.resolve(id + ".yaml"), shipped(id));
        }
        return project;
    }

    private static List<String> shippedIds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("codebook.shippedSpecs")))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
        }
    }

    private static String shipped(String id) throws IOException {
        return Files.readString(Path.of(System.getProperty("codebook.shippedSpecs")).resolve(id + ".yaml"),
                StandardCharsets.UTF_8);
    }

    /** The shipped AiPrise spec without other spellings of its codes, so each pair says only what it is about. */
    private static String aiprise() throws IOException {
        return shipped("aiprise").replaceAll("(?m)^ +aliases: \\[.*]\n", "");
    }

    /** The rename kept safe: the old code stays, deprecated, beside the new one. */
    private static String renamedSafely(String aiprise) {
        String renamed = block(aiprise, BIRTH_DATE);
        return edit(aiprise, renamed, edit(renamed, BIRTH_DATE, "      - code: DOB_VERIFICATION_FAILED\n")
                + "        deprecated:\n"
                + "          reason: \"Renamed BIRTH_DATE_MISMATCH in a later version of the Warning Codes page.\"\n"
                + "          replacedBy: BIRTH_DATE_MISMATCH\n" + renamed);
    }

    /** A code's lines, from its first to the next code's. */
    private static String block(String spec, String firstLine) {
        int start = spec.indexOf(firstLine);
        assertTrue(start >= 0, "the spec has " + firstLine);
        return spec.substring(start, spec.indexOf("      - code: ", start + firstLine.length()));
    }

    private static String edit(String spec, String from, String to) {
        assertTrue(spec.contains(from), "the spec has " + from);
        return spec.replace(from, to);
    }

    private static void pair(String id, String catalog, String baseline, String current) throws IOException {
        Path pair = pairs.resolve("pairs").resolve(id);
        Files.createDirectories(pair.resolve("baseline"));
        Files.createDirectories(pair.resolve("current"));
        Files.writeString(pair.resolve("baseline").resolve(catalog + ".yaml"), baseline);
        Files.writeString(pair.resolve("current").resolve(catalog + ".yaml"), current);
    }

    private static int lineOf(Path file, String line) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int index = lines.indexOf(line);
        assertTrue(index >= 0, file + " has the line " + line);
        return index + 1;
    }

    // --- reading the results ----------------------------------------------------------------------

    private static JsonNode report(String pair) throws IOException {
        return JSON.readTree(pairs.resolve("target/codebook/" + pair + ".json").toFile());
    }

    private static JsonNode change(JsonNode report, String kind) {
        List<JsonNode> found = new ArrayList<>();
        report.get("changes").forEach(change -> {
            if (change.get("kind").asText().equals(kind)) {
                found.add(change);
            }
        });
        assertEquals(1, found.size(), "one " + kind + " in " + report.get("changes"));
        return found.get(0);
    }

    private static void assertCounts(JsonNode report, int compile, int runtime, int safe) {
        JsonNode counts = report.get("counts");
        assertEquals(Map.of("COMPILE", compile, "RUNTIME", runtime, "SAFE", safe),
                Map.of("COMPILE", counts.get("COMPILE").asInt(), "RUNTIME", counts.get("RUNTIME").asInt(),
                        "SAFE", counts.get("SAFE").asInt()), report.get("changes").toString());
    }

    private static void assertChange(JsonNode change, String effect, Path file, int line, int column, String message) {
        assertEquals(effect, change.get("effect").asText());
        assertEquals(file.toString(), change.get("position").get("file").asText());
        assertEquals(line, change.get("position").get("line").asInt(), change.toString());
        assertEquals(column, change.get("position").get("column").asInt(), change.toString());
        assertEquals(message, change.get("message").asText());
    }

    /** The change is in the build's log as a compiler prints a diagnostic, at this level. */
    private static void assertLogged(String level, JsonNode change) {
        JsonNode position = change.get("position");
        String line = level + position.get("file").asText() + ":" + position.get("line").asInt() + ":"
                + position.get("column").asInt() + ": [" + change.get("effect").asText() + "] "
                + change.get("message").asText();
        assertTrue(pairsBuild.output().contains(line), "logged: " + line + "\n" + pairsBuild.output());
    }
}
