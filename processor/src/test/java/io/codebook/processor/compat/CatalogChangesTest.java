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

import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.specset.SpecError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to a catalog as a whole: the catalog itself, its type, its locales, priority, attempt limit and texts. */
class CatalogChangesTest {

    @Test
    void theSameSpecsHaveNoChange(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, VENDOR);

        assertKinds(report);
        assertEquals(2, report.catalogs());
    }

    @Test
    void aRemovedCatalogBreaksCompilationAndNamesItsTypes(@TempDir Path dir) {
        CompatibilityReport report = compare(dir, Map.of("acme", VENDOR, "acme-reasons", REASONS),
                Map.of("acme-reasons", REASONS));

        assertKinds(report, ChangeKind.CATALOG_REMOVED);
        Change removed = report.changes().get(0);
        assertEquals(Effect.COMPILE, removed.effect());
        assertEquals("catalog 'acme' was removed, and with it AcmeCode, AcmeOutcome, AcmeResponse", removed.message());
        assertEquals(new SpecPosition(dir.resolve("baseline/acme.yaml").toString(), 1, 1), removed.position());
    }

    @Test
    void anAddedCatalogIsSafe(@TempDir Path dir) {
        CompatibilityReport report = compare(dir, Map.of("acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.CATALOG_ADDED);
        assertEquals("catalog 'acme' was added: AcmeCode", report.changes().get(0).message());
    }

    @Test
    void aRenamedCodeTypeIsOneChangeNotOneOfEveryConstant(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("javaName: AcmeCode", "javaName: AcmeWarning"));

        assertKinds(report, ChangeKind.TYPE_RENAMED);
        Change renamed = report.changes().get(0);
        assertEquals("the code type AcmeCode is now AcmeWarning: AcmeCode is gone", renamed.message());
        assertEquals(6, renamed.position().line(), "where javaName is written");
    }

    @Test
    void aRemovedPriorityBreaksCompilation(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("priority:\n  order: [FORGED_ID, EXPIRED_ID]\n", ""));

        assertKinds(report, ChangeKind.PRIORITY_REMOVED);
        assertEquals(Effect.COMPILE, report.changes().get(0).effect());
    }

    @Test
    void anAddedPriorityIsSafe(@TempDir Path dir) {
        CompatibilityReport report = compare(dir,
                Map.of("acme", vendorWith("priority:\n  order: [FORGED_ID, EXPIRED_ID]\n", ""), "acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", REASONS));

        assertKinds(report, ChangeKind.PRIORITY_ADDED);
    }

    @Test
    void anotherPriorityOrderChangesWhichCodeWins(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("order: [FORGED_ID, EXPIRED_ID]",
                "order: [EXPIRED_ID, FORGED_ID]"));

        assertKinds(report, ChangeKind.PRIORITY_CHANGED);
        assertEquals("the priority among the codes of AcmeCode is now [EXPIRED_ID, FORGED_ID] instead of [FORGED_ID,"
                + " EXPIRED_ID]", report.changes().get(0).message());
    }

    @Test
    void anotherAttemptLimitChangesWhenARetryBecomesARejection(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("attemptLimit: 3", "attemptLimit: 5"));

        assertKinds(report, ChangeKind.ATTEMPT_LIMIT_CHANGED);
        assertEquals(Effect.RUNTIME, report.changes().get(0).effect());
        assertTrue(report.changes().get(0).message().startsWith("the vendor's attempt limit is now 5 instead of 3"));
    }

    @Test
    void aRemovedLocaleChangesWhatItsUsersRead(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("locales: [en, ru]", "locales: [en]")
                .replace(", ru: \"Не принят ({score}).\"", ""));

        assertKinds(report, ChangeKind.LOCALE_REMOVED, ChangeKind.TEXT_CHANGED);
        Change removed = only(report, ChangeKind.LOCALE_REMOVED);
        assertEquals(Effect.RUNTIME, removed.effect());
        assertEquals("locale 'ru' was removed: users reading ru get the English texts of AcmeCode", removed.message());
        assertEquals(9, removed.position().line(), "where 'locales' is written");
    }

    @Test
    void anAddedLocaleIsSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("locales: [en, ru]", "locales: [en, ru, {tag: kk, draft: true}]"));

        assertKinds(report, ChangeKind.LOCALE_ADDED);
    }

    @Test
    void theCatalogsOwnTextsAreSafe(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("title: Acme codes", "title: Acme warning codes"));

        assertKinds(report, ChangeKind.TEXT_CHANGED);
        assertEquals("the catalog's title changed", report.changes().get(0).message());
    }

    @Test
    void aCurrentSpecThatDoesNotBindIsAnErrorAtItsPositionNotAChange(@TempDir Path dir) {
        CompatibilityReport report = vendorChanged(dir, vendorWith("        severity: High\n        kind: error\n"
                + "        reason: FORGED\n        placeholders", "        severity: Medium\n        kind: error\n"
                + "        reason: FORGED\n        placeholders"));

        assertEquals(List.of(), report.changes(), "a catalog that does not bind is not compared");
        assertEquals(1, report.errors().size(), report.errors().toString());
        SpecError error = report.errors().get(0);
        assertEquals("acme", error.catalog());
        assertEquals("current", error.version());
        assertEquals("CODEBOOK-UNKNOWN-ATTRIBUTE-VALUE", error.problem().id());
        assertEquals(new SpecPosition(dir.resolve("current/acme.yaml").toString(), 75, 19),
                error.problem().position().orElseThrow());
        assertEquals(1, report.catalogs(), "only the reasons were compared");
    }

    @Test
    void aBaselineSpecThatDoesNotReadIsAnErrorOfTheBaseline(@TempDir Path dir) {
        CompatibilityReport report = compare(dir, Map.of("acme", "codebook: 1\ncatalog: [", "acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", REASONS));

        assertEquals(List.of(), report.changes(), "not an added catalog: its baseline is only unreadable");
        assertEquals("baseline", report.errors().get(0).version());
        assertTrue(report.errors().get(0).render().startsWith(dir.resolve("baseline/acme.yaml") + ":"),
                report.errors().get(0).render());
    }

    @Test
    void anOverlayInTheSpecDirectoryIsLaidOverItsCatalogAsTheProcessorDoes(@TempDir Path dir) {
        CompatibilityReport report = compare(dir, Map.of("acme", VENDOR, "acme-reasons", REASONS),
                Map.of("acme", VENDOR, "acme-reasons", REASONS,
                        "acme.overlay", "codebook: 1\noverlay: acme\nlocales: [{tag: de, draft: true}]\n"));

        assertKinds(report, ChangeKind.LOCALE_ADDED);
        assertEquals("locale 'de' was added to AcmeCode", report.changes().get(0).message());
    }

    @Test
    void changesAreOrderedByCatalogThenTheBreakingOnesFirstThenByPosition(@TempDir Path dir) {
        CompatibilityReport report = compare(dir, Map.of("acme", VENDOR, "acme-reasons", REASONS),
                Map.of("acme", vendorWith("hint: move closer", "hint: hold still").replace("attemptLimit: 3", "attemptLimit: 4")
                        .replace("title: Acme codes", "title: Acme warnings").replace("javaName: RequestError",
                                "javaName: RequestFailure"),
                        "acme-reasons", edit(REASONS, "defaultAction: reject", "defaultAction: manual-review")));

        assertEquals(List.of(ChangeKind.OUTCOME_RENAMED, ChangeKind.SHAPE_COMPONENTS_CHANGED,
                ChangeKind.ATTEMPT_LIMIT_CHANGED, ChangeKind.VALUE_CHANGED, ChangeKind.TEXT_CHANGED,
                ChangeKind.SHAPE_COMPONENT_ADDED, ChangeKind.ACTION_CHANGED),
                report.changes().stream().map(Change::kind).toList());
    }
}
