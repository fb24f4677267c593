package io.codebook.processor.compat;

import static io.codebook.processor.compat.SpecVersions.assertKinds;
import static io.codebook.processor.compat.SpecVersions.edit;
import static io.codebook.processor.compat.SpecVersions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AiPrise renamed DOB_VERIFICATION_FAILED to BIRTH_DATE_MISMATCH between two versions of its Warning
 * Codes page. On the shipped spec, the three ways to follow the rename: drop the old code (breaks
 * consumers), keep the old spelling as an alias (reads, but the old constant is gone), or keep the old
 * code deprecated beside the new one (safe until a breaking release removes it).
 */
class AiPriseRenamesTest {

    private static final String NEW_CODE = "      - code: BIRTH_DATE_MISMATCH\n";

    /** The shipped spec, without other spellings, so each version below says only what it is about. */
    private static String shipped() throws IOException {
        try (InputStream in = AiPriseRenamesTest.class.getClassLoader().getResourceAsStream("codebook/aiprise.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^ +aliases: \\[.*]\n", "");
        }
    }

    /** The page before the rename. */
    private static String beforeTheRename() throws IOException {
        return edit(shipped(), NEW_CODE, "      - code: DOB_VERIFICATION_FAILED\n");
    }

    private static CompatibilityReport compare(Path dir, String current) throws IOException {
        return SpecVersions.compare(dir, Map.of("aiprise", beforeTheRename()), Map.of("aiprise", current));
    }

    @Test
    void droppingTheOldCodeBreaksConsumers(@TempDir Path dir) throws IOException {
        CompatibilityReport report = compare(dir, shipped());

        assertKinds(report, ChangeKind.CODE_REMOVED, ChangeKind.CODE_ADDED);
        assertEquals("code 'DOB_VERIFICATION_FAILED' (AiPriseWarning.DOB_VERIFICATION_FAILED) was removed",
                only(report, ChangeKind.CODE_REMOVED).message());
    }

    @Test
    void keepingTheOldSpellingAsAnAliasReadsOldPayloadsButDropsTheOldConstant(@TempDir Path dir) throws IOException {
        CompatibilityReport report = compare(dir, edit(shipped(), NEW_CODE,
                NEW_CODE + "        aliases: [DOB_VERIFICATION_FAILED]\n"));

        assertKinds(report, ChangeKind.CONSTANT_RENAMED);
        assertEquals(Effect.COMPILE, report.changes().get(0).effect());
    }

    @Test
    void keepingTheOldCodeDeprecatedBesideTheNewOneIsSafe(@TempDir Path dir) throws IOException {
        String shipped = shipped();
        int start = shipped.indexOf(NEW_CODE);
        String renamed = shipped.substring(start, shipped.indexOf("      - code: ", start + NEW_CODE.length()));
        String deprecated = edit(renamed, NEW_CODE, "      - code: DOB_VERIFICATION_FAILED\n") + String.join("\n",
                "        deprecated:",
                "          reason: \"Renamed BIRTH_DATE_MISMATCH in a later version of the Warning Codes page.\"",
                "          replacedBy: BIRTH_DATE_MISMATCH",
                "");

        CompatibilityReport report = compare(dir, edit(shipped, renamed, deprecated + renamed));

        assertKinds(report, ChangeKind.DEPRECATED, ChangeKind.CODE_ADDED);
        assertEquals(0, report.count(Effect.COMPILE) + report.count(Effect.RUNTIME));
    }
}
