package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Role;
import io.codebook.runtime.NextAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every vendor code maps to exactly one canonical reason, and the processor enforces it. */
class CanonicalMappingTest {

    static final List<String> VENDOR_CATALOGS = List.of("id-analyzer", "biometric-vision", "aiprise", "argos",
            "yoti-reason", "yoti-failure-type", "yoti-failure-detail");

    private static Catalog load(String id) {
        return Specs.shipped(id);
    }

    @Test
    void everyCodeOfEveryShippedVendorCatalogMapsToACanonicalReason() {
        List<String> unmapped = new ArrayList<>();
        for (String id : VENDOR_CATALOGS) {
            Catalog catalog = load(id);
            Attribute canonical = catalog.attributeWithRole(Role.CANONICAL_REASON)
                    .orElseThrow(() -> new AssertionError(id + " has no attribute with role canonical-reason"));
            assertTrue(canonical.required(), id + ": the mapping must be required, so the processor enforces it");
            assertEquals("canonical-reasons", canonical.targetCatalog(id));
            for (Code code : catalog.codes()) {
                if (code.value(canonical.name()).isEmpty()) {
                    unmapped.add(id + " " + code.displayKey());
                }
            }
        }
        assertEquals(List.of(), unmapped);
    }

    @Test
    void everyCodeMappedToTheFallbackSaysWhy() {
        List<String> unexplained = new ArrayList<>();
        for (String id : VENDOR_CATALOGS) {
            Catalog catalog = load(id);
            for (Code code : catalog.codes()) {
                boolean fallback = code.value("canonicalReason").map(v -> v.wire().equals("UNCLASSIFIED")).orElse(false);
                if (fallback && code.notes().stream().noneMatch(n -> n.startsWith("Mapped to UNCLASSIFIED: "))) {
                    unexplained.add(id + " " + code.displayKey());
                }
            }
        }
        assertEquals(List.of(), unexplained);
    }

    @Test
    void theCanonicalVocabularyHasReasonsInTheIssuesGroupsEachWithADefaultAction() {
        Catalog reasons = load("canonical-reasons");
        assertTrue(reasons.codes().size() >= 30 && reasons.codes().size() <= 60, "30-60 reasons: " + reasons.codes().size());
        assertEquals(List.of("document", "data-extraction", "data-mismatch", "forgery-and-fraud", "face", "liveness",
                "presentation-attack", "registry", "aml-and-policy", "informational", "user-and-session", "integration",
                "vendor-service", "fallback"),
                reasons.groups().stream().map(g -> g.id()).toList());
        assertTrue(reasons.attributeWithRole(Role.REASON_ACTION).isPresent());
        reasons.codes().forEach(code -> assertTrue(code.description().isPresent(), code.displayKey()));
    }

    @Test
    void specsNameTheSameActionsAsTheRuntime() {
        assertEquals(Arrays.stream(NextAction.values()).map(NextAction::specName).toList(), Actions.SPEC_NAMES);
    }

    private static final String VOCABULARY = String.join("\n",
            "codebook: 1",
            "catalog: {id: reasons, vendor: Us, title: Reasons, source: {document: ours}}",
            "attributes:",
            "  defaultAction: {type: action, required: true, role: reason-action}",
            "groups:",
            "  - id: g",
            "    title: G",
            "    codes:",
            "      - {code: EXPIRED, defaultAction: user-action}",
            "      - {code: OTHER, defaultAction: manual-revew}");

    @Test
    void anUnmappedCodeAndAMappingToAMissingReasonAreErrorsAtTheirPositions(@TempDir Path dir) {
        Compiled.writeSpec(dir, "reasons", VOCABULARY.replace("manual-revew", "manual-review"));
        Path vendor = Compiled.writeSpec(dir, "vendor",
                "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "attributes:",
                "  canonical: {type: code, catalog: reasons, required: true, role: canonical-reason}",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - {code: expired_id, canonical: EXPIRED}",
                "      - {code: brand_new}",
                "      - {code: typo, canonical: EXPIRD}");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"vendor\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(vendor + ":10:9: code 'brand_new' needs a value for the required"
                + " attribute 'canonical'");
        assertThat(compilation).hadErrorContaining(vendor + ":11:33: 'EXPIRD' is not a code of catalog 'reasons'"
                + " (attribute 'canonical'). Did you mean 'EXPIRED'?");
    }

    @Test
    void anUnknownActionIsAnErrorWithTheNearestAction(@TempDir Path dir) {
        Path reasons = Compiled.writeSpec(dir, "reasons", VOCABULARY);
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"reasons\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(reasons + ":10:38: 'manual-revew' is not a next action");
        assertThat(compilation).hadErrorContaining("Did you mean 'manual-review'?");
    }

    @Test
    void mappingToACatalogThatIsNotAVocabularyIsAnError(@TempDir Path dir) {
        Compiled.writeSpec(dir, "plain", "codebook: 1",
                "catalog: {id: plain, vendor: V, title: T, source: {document: d}}",
                "groups: [{id: g, title: G, codes: [{code: A}]}]");
        Path vendor = Compiled.writeSpec(dir, "vendor", "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "attributes:",
                "  canonical: {type: code, catalog: plain, required: true, role: canonical-reason}",
                "groups: [{id: g, title: G, codes: [{code: x, canonical: A}]}]");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"vendor\""));
        assertThat(compilation).failed();
        // reported where the reference names the catalog, not at a code that happens to use it
        assertThat(compilation).hadErrorContaining(vendor + ":4:36: attribute 'canonical' has role canonical-reason,"
                + " but catalog 'plain' is not a canonical vocabulary");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aRoleOnAnAttributeThatCannotFillItIsAnError(@TempDir Path dir) {
        Path vendor = Compiled.writeSpec(dir, "vendor", "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "attributes:",
                "  canonical: {type: string, role: canonical-reason}",
                "groups: [{id: g, title: G, codes: [{code: x}]}]");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"vendor\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(vendor + ":4:35: role canonical-reason needs a required, single"
                + " attribute of type code; attribute 'canonical' is not one.");
    }

    @Test
    void anActionOverrideReplacesTheReasonsDefaultOnlyOnTheCodesThatSetIt(@TempDir Path dir) {
        Compiled.writeSpec(dir, "reasons", VOCABULARY.replace("manual-revew", "manual-review"));
        Compiled.writeSpec(dir, "vendor",
                "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "attributes:",
                "  canonical: {type: code, catalog: reasons, required: true, role: canonical-reason}",
                "  action: {type: action, role: action-override}",
                "groups:",
                "  - id: g",
                "    title: G",
                "    codes:",
                "      - {code: retry_me, canonical: OTHER, action: retry-capture}",
                "      - {code: review_me, canonical: OTHER}");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("{\"vendor\", \"reasons\"}"),
                Compiled.source("test.Check",
                        "package test;",
                        "import io.codebook.runtime.NextAction;",
                        "public final class Check {",
                        "  public static void run() {",
                        "    if (VendorCode.RETRY_ME.documentedAction() != NextAction.RETRY_CAPTURE) throw new AssertionError(\"override\");",
                        "    if (VendorCode.REVIEW_ME.documentedAction() != NextAction.MANUAL_REVIEW) throw new AssertionError(\"default\");",
                        "  }",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }

    @Test
    void anActionOverrideNeedsACanonicalReasonToOverride(@TempDir Path dir) {
        Path vendor = Compiled.writeSpec(dir, "vendor", "codebook: 1",
                "catalog: {id: vendor, vendor: V, title: T, source: {document: d}}",
                "attributes:",
                "  action: {type: action, role: action-override}",
                "groups: [{id: g, title: G, codes: [{code: x, action: reject}]}]");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"vendor\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(vendor + ":4:3: attribute 'action' has role action-override, which"
                + " overrides a code's canonical reason's default action: the catalog needs an attribute with role"
                + " canonical-reason");
    }
}
