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

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to a catalog's attributes: their accessors, roles, defaults, and the values of their enums. */
class AttributeChangesTest {

    @Test
    void aRemovedAttributeBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("  hint: {type: string, noneValues: [N/A]}\n", "")
                .replace("        hint: move closer\n", ""));

        assertKinds(report, ChangeKind.ATTRIBUTE_REMOVED);
        assertEquals("attribute 'hint' was removed: AcmeCode.hint() is gone", report.changes().get(0).message());
    }

    @Test
    void anAddedAttributeIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("  hint: {", "  source: {type: string}\n  hint: {"));

        assertKinds(report, ChangeKind.ATTRIBUTE_ADDED);
        assertEquals(Effect.SAFE, report.changes().get(0).effect());
    }

    @Test
    void anAttributeOfAnotherTypeBreaksCompilationOnceNotAtEveryCode(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("httpStatus: {type: integer, default: 400}",
                "httpStatus: {type: string, default: \"400\"}"));

        assertKinds(report, ChangeKind.ATTRIBUTE_TYPE_CHANGED);
        assertEquals("attribute 'httpStatus' (AcmeCode.httpStatus()) changed: its type is now string instead of"
                + " integer", report.changes().get(0).message());
    }

    @Test
    void anAttributeThatIsNoLongerOptionalBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("  decision:\n    type: enum\n",
                "  decision:\n    type: enum\n    default: APPROVED\n"));

        assertKinds(report, ChangeKind.ATTRIBUTE_TYPE_CHANGED);
        assertEquals("attribute 'decision' (AcmeCode.decision()) changed: it is no longer read as an Optional",
                report.changes().get(0).message());
    }

    @Test
    void anAttributeThatNowHoldsAListBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("hint: {type: string, noneValues: [N/A]}",
                "hint: {type: string, list: true}").replace("hint: move closer", "hint: [move closer]"));

        assertKinds(report, ChangeKind.ATTRIBUTE_TYPE_CHANGED, ChangeKind.NONE_VALUES_REMOVED);
        assertEquals("attribute 'hint' (AcmeCode.hint()) changed: it now holds a list of values; it is no longer read"
                + " as an Optional", only(report, ChangeKind.ATTRIBUTE_TYPE_CHANGED).message());
    }

    @Test
    void anAttributeThatNoLongerFillsItsRoleBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("actionOverride: {type: action, role: action-override}",
                "actionOverride: {type: action}"));

        assertKinds(report, ChangeKind.ROLE_REMOVED);
        assertEquals("attribute 'actionOverride' no longer has the role action-override: AcmeCode no longer fills the"
                + " runtime's documentedAction() with it", report.changes().get(0).message());
    }

    @Test
    void anAttributeThatNowFillsARoleChangesWhatTheRuntimeResolves(@TempDir Path dir) {
        CompatibilityReport report = compare(dir,
                Map.of("acme", vendorWith("actionOverride: {type: action, role: action-override}",
                        "actionOverride: {type: action}"), "acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.ROLE_ADDED);
        assertEquals(Effect.RUNTIME, report.changes().get(0).effect());
    }

    @Test
    void aNoneValueThatIsGoneNowReadsAsAValue(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("noneValues: [N/A]", "noneValues: [\"-\"]"));

        assertKinds(report, ChangeKind.NONE_VALUES_REMOVED, ChangeKind.NONE_VALUES_ADDED);
        assertEquals("'N/A' no longer means that a code has no hint: it reads as a value of attribute 'hint'",
                only(report, ChangeKind.NONE_VALUES_REMOVED).message());
        assertEquals(Effect.SAFE, only(report, ChangeKind.NONE_VALUES_ADDED).effect());
    }

    @Test
    void anAttributeNoVariantGivesAnyMoreLosesTheVariantsAccessor(@TempDir Path dir) {
        String withVariants = vendorWith("        hint: move closer\n", "        variants:\n"
                + "          - {description: Too far., hint: move closer}\n          - {description: Shaking.}\n");

        CompatibilityReport report = compare(dir, Map.of("acme", withVariants, "acme-reasons", REASONS),
                Map.of("acme", edit(withVariants, "{description: Too far., hint: move closer}", "{description: Too far.}"),
                        "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.VARIANT_ATTRIBUTE_REMOVED, ChangeKind.VALUE_CHANGED);
        assertEquals("no variant of a code gives attribute 'hint' any more: AcmeCode.Variant.hint() is gone",
                only(report, ChangeKind.VARIANT_ATTRIBUTE_REMOVED).message());
        assertEquals("code 'BLURRY' (AcmeCode.BLURRY): the values of its variants changed from [{hint: move closer},"
                + " {}] to [{}, {}]", only(report, ChangeKind.VALUE_CHANGED).message());
    }

    @Test
    void aRemovedEnumValueBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith(", {value: DECLINED, action: reject}]", "]"));

        assertKinds(report, ChangeKind.VALUE_REMOVED);
        Change removed = report.changes().get(0);
        assertEquals(Effect.COMPILE, removed.effect());
        assertEquals("value 'DECLINED' (AcmeCode.Decision.DECLINED) of attribute 'decision' was removed", removed.message());
        assertEquals(dir.resolve("baseline/acme.yaml").toString(), removed.position().file());
    }

    @Test
    void aRemovedDeprecatedEnumValueSaysItsDeprecationEnded(@TempDir Path dir) {
        String deprecated = vendorWith("{value: DECLINED, action: reject}",
                "{value: DECLINED, action: reject, deprecated: {reason: Gone., replacedBy: APPROVED}}");

        CompatibilityReport report = compare(dir, Map.of("acme", deprecated, "acme-reasons", REASONS),
                Map.of("acme", vendorWith(", {value: DECLINED, action: reject}]", "]"), "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.VALUE_REMOVED);
        assertEquals("value 'DECLINED' (AcmeCode.Decision.DECLINED) of attribute 'decision' was removed, as its"
                + " deprecation announced (it was deprecated (replaced by 'APPROVED')): the expected end of a deprecation,"
                + " and still breaking for code that names it", report.changes().get(0).message());
    }

    @Test
    void anAddedEnumValueIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("kind: {type: enum, required: true, values: [retry, error]}",
                "kind: {type: enum, required: true, values: [retry, error, info]}"));

        assertKinds(report, ChangeKind.VALUE_ADDED);
    }

    @Test
    void anEnumValueWithAnotherConstantBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("{value: APPROVED, action: proceed}",
                "{value: APPROVED, javaName: ACCEPTED, action: proceed}"));

        assertKinds(report, ChangeKind.CONSTANT_RENAMED);
        assertEquals("value 'APPROVED' (AcmeCode.Decision.APPROVED) of attribute 'decision' is now"
                + " AcmeCode.Decision.ACCEPTED: AcmeCode.Decision.APPROVED is gone", report.changes().get(0).message());
    }

    @Test
    void anEnumValueSpeltAnewIsOneChangeNotOneOfEveryCodeThatHasIt(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("      - High\n", "      - {value: HIGH_RISK, javaName: HIGH}\n")
                .replace("severity: High", "severity: HIGH_RISK"));

        assertKinds(report, ChangeKind.WIRE_VALUE_CHANGED);
        Change respelt = report.changes().get(0);
        assertEquals(Effect.RUNTIME, respelt.effect());
        assertEquals("value 'High' (AcmeCode.Severity.HIGH) of attribute 'severity' is now 'HIGH_RISK': 'High' no"
                + " longer reads as it", respelt.message());
    }

    @Test
    void aRemovedEnumAliasChangesBehaviourAtRunTime(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("{value: Low, aliases: [low]}", "Low"));

        assertKinds(report, ChangeKind.ALIAS_REMOVED);
        assertEquals("alias 'low' of value 'Low' (AcmeCode.Severity.LOW) of attribute 'severity' was removed: 'low' no"
                + " longer reads as it", report.changes().get(0).message());
    }

    @Test
    void anEnumValueStandingForAnotherActionChangesTheResolvedAction(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("{value: DECLINED, action: reject}",
                "{value: DECLINED, action: manual-review}"));

        assertKinds(report, ChangeKind.ACTION_CHANGED);
        assertEquals("value 'DECLINED' (AcmeCode.Decision.DECLINED) of attribute 'decision': its action changed reject →"
                + " manual-review", report.changes().get(0).message());
    }

    @Test
    void aNewlyDeprecatedEnumValueIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("{value: DECLINED, action: reject}",
                "{value: DECLINED, action: reject, deprecated: {reason: Gone., retired: true}}"));

        assertKinds(report, ChangeKind.DEPRECATED);
        assertEquals("value 'DECLINED' (AcmeCode.Decision.DECLINED) of attribute 'decision' is now retired; the vendor no"
                + " longer sends it, and it still reads: code that names it compiles with a deprecation warning",
                report.changes().get(0).message());
    }

    @Test
    void anEnumWithAnotherTypeNameBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("  severity:\n    type: enum\n",
                "  severity:\n    type: enum\n    javaName: Risk\n"));

        assertKinds(report, ChangeKind.TYPE_RENAMED);
        assertEquals("the enum of attribute 'severity' is now AcmeCode.Risk: AcmeCode.Severity is gone",
                report.changes().get(0).message());
    }
}
