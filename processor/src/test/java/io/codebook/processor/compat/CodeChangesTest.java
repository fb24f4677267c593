package io.codebook.processor.compat;

import static io.codebook.processor.compat.SpecVersions.REASONS;
import static io.codebook.processor.compat.SpecVersions.VENDOR;
import static io.codebook.processor.compat.SpecVersions.assertKinds;
import static io.codebook.processor.compat.SpecVersions.compare;
import static io.codebook.processor.compat.SpecVersions.edit;
import static io.codebook.processor.compat.SpecVersions.only;
import static io.codebook.processor.compat.SpecVersions.vendorChanged;
import static io.codebook.processor.compat.SpecVersions.vendorWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the codes of a catalog are paired across versions (by wire key, other spellings included,
 * then by constant) and what each difference of a paired code means to a consumer.
 */
class CodeChangesTest {

    private static final String BLURRY = String.join("\n",
            "      - code: BLURRY",
            "        severity: Low",
            "        kind: retry",
            "        reason: EXPIRED",
            "        decision: APPROVED",
            "        hint: move closer",
            "");

    private static final String FORGED = String.join("\n",
            "      - code: FORGED_ID",
            "        severity: High",
            "        kind: error",
            "        reason: FORGED",
            "        placeholders: [{name: score, type: integer, userTextOnly: true}]",
            "        userText: {en: \"Not accepted (score {score}).\", ru: \"Не принят ({score}).\"}",
            "");

    @Test
    void aRemovedCodeBreaksCompilationAndIsPlacedInTheBaseline(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(BLURRY, ""));

        assertKinds(report, ChangeKind.CODE_REMOVED);
        Change removed = report.changes().get(0);
        assertEquals(Effect.COMPILE, removed.effect());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) was removed", removed.message());
        assertEquals(dir.resolve("baseline/acme.yaml").toString(), removed.position().file());
        assertEquals(68, removed.position().line());
        assertEquals(9, removed.position().column());
    }

    @Test
    void aRemovedDeprecatedCodeIsTheEndOfItsDeprecationAndStillBreaks(@TempDir Path dir) {
        String deprecated = vendorWith("        hint: move closer\n", "        hint: move closer\n"
                + "        deprecated: {reason: Renamed., replacedBy: EXPIRED_ID, since: v2}\n");

        CompatibilityReport report = compare(dir, Map.of("acme", deprecated, "acme-reasons", REASONS),
                Map.of("acme", vendorWith(BLURRY, ""), "acme-reasons", REASONS));

        Change removed = only(report, ChangeKind.CODE_REMOVED);
        assertEquals(Effect.COMPILE, removed.effect());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) was removed, as its deprecation announced (it was deprecated"
                + " (replaced by 'EXPIRED_ID', since v2)): the expected end of a deprecation, and still breaking for"
                + " code that names it", removed.message());
    }

    @Test
    void anAddedCodeIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("        httpStatus: 422\n", "        httpStatus: 422\n"
                + "      - {code: TIMEOUT, severity: Low, kind: error, reason: FORGED}\n"));

        Change added = only(report, ChangeKind.CODE_ADDED);
        assertKinds(report, ChangeKind.CODE_ADDED);
        assertEquals(Effect.SAFE, added.effect());
        assertTrue(added.message().startsWith("code 'TIMEOUT' (AcmeCode.TIMEOUT) was added"), added.message());
        assertTrue(added.position().file().endsWith("current/acme.yaml"), added.position().toString());
    }

    @Test
    void aJavaNameGivingTheSameWireKeyAnotherConstantBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      - code: BLURRY\n",
                "      - code: BLURRY\n        javaName: OUT_OF_FOCUS\n"));

        assertKinds(report, ChangeKind.CONSTANT_RENAMED);
        Change renamed = report.changes().get(0);
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) is now AcmeCode.OUT_OF_FOCUS: AcmeCode.BLURRY is gone",
                renamed.message());
        assertEquals(69, renamed.position().line(), "where the new name is decided");
    }

    @Test
    void aCodeRenamedWithItsOldSpellingAsAnAliasStillReadsButLosesItsConstant(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      - code: BLURRY\n",
                "      - code: OUT_OF_FOCUS\n        aliases: [BLURRY]\n"));

        assertKinds(report, ChangeKind.CONSTANT_RENAMED);
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) now reads as code 'OUT_OF_FOCUS' (AcmeCode.OUT_OF_FOCUS), of"
                + " which 'BLURRY' is an alias: AcmeCode.BLURRY is gone", report.changes().get(0).message());
    }

    @Test
    void anotherWireValueUnderTheSameConstantChangesBehaviourAtRunTime(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      - code: BLURRY\n",
                "      - code: BLURRED\n        javaName: BLURRY\n"));

        assertKinds(report, ChangeKind.WIRE_VALUE_CHANGED);
        Change changed = report.changes().get(0);
        assertEquals(Effect.RUNTIME, changed.effect());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) is now 'BLURRED': 'BLURRY' no longer reads as it",
                changed.message());
    }

    @Test
    void aWireValueKeptAsAnAliasStillReadsButCodeReturnsTheNewOne(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      - code: BLURRY\n",
                "      - code: BLURRED\n        javaName: BLURRY\n        aliases: [BLURRY]\n"));

        assertKinds(report, ChangeKind.WIRE_VALUE_CHANGED);
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) is now 'BLURRED'; 'BLURRY' still reads as it, as an alias",
                report.changes().get(0).message());
    }

    @Test
    void aSpellingPromotedFromAliasToCodeNoLongerReadsTheOldCode(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      - code: EXPIRED_ID\n",
                "      - code: expired_id\n        javaName: EXPIRED_ID\n").replace("        aliases: [expired_id]\n", "")
                .replace("order: [FORGED_ID, EXPIRED_ID]", "order: [FORGED_ID, expired_id]"));

        assertKinds(report, ChangeKind.WIRE_VALUE_CHANGED);
        assertEquals("code 'EXPIRED_ID' (AcmeCode.EXPIRED_ID) is now 'expired_id', which was one of its aliases:"
                + " 'EXPIRED_ID' no longer reads as it", report.changes().get(0).message());
    }

    @Test
    void aRemovedAliasChangesBehaviourAtRunTime(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("        aliases: [expired_id]\n", ""));

        assertKinds(report, ChangeKind.ALIAS_REMOVED);
        Change removed = report.changes().get(0);
        assertEquals(Effect.RUNTIME, removed.effect());
        assertEquals("alias 'expired_id' of code 'EXPIRED_ID' (AcmeCode.EXPIRED_ID) was removed: 'expired_id' no longer"
                + " reads as it", removed.message());
    }

    @Test
    void aRemovedAliasThatIsNowACodeOfItsOwnSaysWhatItReadsAs(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("        aliases: [expired_id]\n", "")
                .replace("        httpStatus: 422\n", "        httpStatus: 422\n"
                        + "      - {code: expired_id, javaName: EXPIRED_LOWER, severity: Low, kind: error, reason: FORGED}\n"));

        assertKinds(report, ChangeKind.ALIAS_REMOVED, ChangeKind.CODE_ADDED);
        assertTrue(only(report, ChangeKind.ALIAS_REMOVED).message()
                .endsWith("; it reads as code 'expired_id' (AcmeCode.EXPIRED_LOWER) now"), report.toString());
    }

    @Test
    void anAddedAliasIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("aliases: [expired_id]", "aliases: [expired_id, EXP]"));

        assertKinds(report, ChangeKind.ALIAS_ADDED);
        assertEquals("'EXP' now also reads as code 'EXPIRED_ID' (AcmeCode.EXPIRED_ID), as an alias",
                report.changes().get(0).message());
    }

    @Test
    void anotherCanonicalReasonChangesWhatTheApplicationDoes(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(BLURRY, edit(BLURRY, "reason: EXPIRED", "reason: FORGED")));

        assertKinds(report, ChangeKind.CANONICAL_REASON_CHANGED);
        Change changed = report.changes().get(0);
        assertEquals(Effect.RUNTIME, changed.effect());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY): its canonical reason changed EXPIRED → FORGED: applications"
                + " treat it, and resolve its action, as the new reason", changed.message());
    }

    @Test
    void anotherActionOverrideChangesTheResolvedAction(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("actionOverride: fix-integration",
                "actionOverride: manual-review"));

        assertKinds(report, ChangeKind.ACTION_CHANGED);
        assertEquals("code 'BAD_REQUEST' (AcmeCode.BAD_REQUEST): its actionOverride (action-override) changed"
                + " fix-integration → manual-review; the next action resolved for it changes",
                report.changes().get(0).message());
    }

    @Test
    void anotherDefaultActionOfAReasonChangesTheActionOfEveryCodeMappedToIt(@TempDir Path dir) {
        CompatibilityReport report = compare(dir, Map.of("acme", VENDOR, "acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", edit(REASONS, "defaultAction: retry-capture",
                        "defaultAction: manual-review")));

        assertKinds(report, ChangeKind.ACTION_CHANGED);
        Change changed = report.changes().get(0);
        assertEquals("acme-reasons", changed.catalog());
        assertEquals("code 'EXPIRED' (AcmeReason.EXPIRED): its defaultAction (reason-action) changed retry-capture →"
                + " manual-review; the next action resolved for it changes", changed.message());
    }

    @Test
    void anotherValueOfAPlainAttributeChangesWhatItsAccessorReturns(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("hint: move closer", "hint: hold still"));

        assertKinds(report, ChangeKind.VALUE_CHANGED);
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY): its hint changed move closer → hold still",
                report.changes().get(0).message());
    }

    @Test
    void aChangedDefaultIsOneChangeOfTheAttributeNotOneOfEveryCode(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("default: 400", "default: 409"));

        assertKinds(report, ChangeKind.DEFAULT_CHANGED);
        assertEquals("codes that give no httpStatus now read 409 instead of 400", report.changes().get(0).message());
    }

    @Test
    void aCodeListedInAnotherGroupChangesWhatGroupReturns(@TempDir Path dir) {
        String moved = vendorWith(FORGED, "").replace("    title: Request problems\n    codes:\n",
                "    title: Request problems\n    codes:\n" + FORGED);

        CompatibilityReport report = vendorChanged(dir, moved);

        assertKinds(report, ChangeKind.GROUP_CHANGED);
        assertEquals("code 'FORGED_ID' (AcmeCode.FORGED_ID) is now listed in group 'request' (AcmeCode.Group.REQUEST),"
                + " no longer in group 'document' (AcmeCode.Group.DOCUMENT): group() returns another constant",
                report.changes().get(0).message());
    }

    @Test
    void aNewlyDeprecatedCodeIsSafeAndSaysConsumersAreWarned(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("        hint: move closer\n",
                "        hint: move closer\n        deprecated: {reason: Merged., replacedBy: EXPIRED_ID}\n"));

        assertKinds(report, ChangeKind.DEPRECATED);
        Change deprecated = report.changes().get(0);
        assertEquals(Effect.SAFE, deprecated.effect());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) is now deprecated (replaced by 'EXPIRED_ID'): code that names it"
                + " compiles with a deprecation warning", deprecated.message());
        assertEquals(74, deprecated.position().line(), "where 'deprecated' is written");
    }

    @Test
    void aDeprecatedCodeNowRetiredIsSafe(@TempDir Path dir) {
        String deprecated = vendorWith("        hint: move closer\n",
                "        hint: move closer\n        deprecated: {reason: Merged., replacedBy: EXPIRED_ID}\n");

        CompatibilityReport report = compare(dir, Map.of("acme", deprecated, "acme-reasons", REASONS),
                Map.of("acme", edit(deprecated, "replacedBy: EXPIRED_ID}", "replacedBy: EXPIRED_ID, retired: true}"),
                        "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.RETIRED);
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY) is now retired (replaced by 'EXPIRED_ID'): the vendor no longer"
                + " sends it, and it still reads", report.changes().get(0).message());
    }

    @Test
    void aCodeNoLongerDeprecatedIsSafe(@TempDir Path dir) {
        String deprecated = vendorWith("        hint: move closer\n",
                "        hint: move closer\n        deprecated: {reason: Merged.}\n");

        CompatibilityReport report = compare(dir, Map.of("acme", deprecated, "acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.UNDEPRECATED);
    }

    @Test
    void changedTextsAreSafeOneChangePerCodeNamingWhatChanged(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("description: The document has expired.",
                "description: The document is out of date.").replace("ru: \"Не принят ({score}).\"",
                "ru: \"Документ не принят ({score}).\""));

        assertKinds(report, ChangeKind.TEXT_CHANGED, ChangeKind.TEXT_CHANGED);
        assertEquals(java.util.List.of("code 'EXPIRED_ID' (AcmeCode.EXPIRED_ID): its description changed",
                "code 'FORGED_ID' (AcmeCode.FORGED_ID): its end-user text (ru) changed"),
                report.changes().stream().map(Change::message).toList());
    }

    @Test
    void aTypedTextTakingOtherParametersBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("{name: score, type: integer, userTextOnly: true}",
                "{name: score, type: string, userTextOnly: true}"));

        assertKinds(report, ChangeKind.TEXTS_METHOD_CHANGED);
        assertEquals("code 'FORGED_ID' (AcmeCode.FORGED_ID): AcmeCode.Texts.forgedId(Locale, int score) now takes"
                + " (Locale, String score)", report.changes().get(0).message());
    }

    @Test
    void aTypedTextWhosePlaceholdersAreGoneBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(FORGED, String.join("\n",
                "      - code: FORGED_ID",
                "        severity: High",
                "        kind: error",
                "        reason: FORGED",
                "        userText: {en: \"Not accepted.\", ru: \"Не принят.\"}",
                "")));

        assertKinds(report, ChangeKind.TEXTS_METHOD_CHANGED, ChangeKind.TEXT_CHANGED);
        assertEquals(Effect.COMPILE, only(report, ChangeKind.TEXTS_METHOD_CHANGED).effect());
    }

    @Test
    void codesWhoseKeyChangedShapeArePairedByConstant(@TempDir Path dir) {
        String before = String.join("\n",
                "codebook: 1",
                "catalog: {id: keyed, vendor: V, title: T, source: {document: d.txt}}",
                "attributes: {step: {type: integer}}",
                "groups:",
                "  - id: all",
                "    title: All",
                "    codes:",
                "      - {code: A, step: 1}",
                "      - {code: B, step: 2}",
                "");
        String after = edit(before, "attributes:", "key: [step, code]\nattributes:")
                .replace("{code: A, step: 1}", "{code: A, step: 1, javaName: A}")
                .replace("{code: B, step: 2}", "{code: B, step: 2, javaName: B}");

        CompatibilityReport report = compare(dir, Map.of("keyed", before), Map.of("keyed", after));

        assertKinds(report, ChangeKind.KEY_CHANGED);
        Change key = report.changes().get(0);
        assertEquals(Effect.COMPILE, key.effect());
        assertEquals("the key of KeyedCode is now [step, code] instead of [code]: its lookups take other values, and"
                + " its codes are paired by constant", key.message());
        assertEquals(3, key.position().line(), "where 'key' is written");
    }
}
