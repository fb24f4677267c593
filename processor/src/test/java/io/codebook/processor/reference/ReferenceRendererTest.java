package io.codebook.processor.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference of every shipped catalog: each code has its entry, every link leads somewhere, each
 * canonical reason's page lists every code that means it, and the same specs give the same bytes.
 */
class ReferenceRendererTest {

    private static ReferenceCatalogs shipped;
    private static Map<String, String> files;

    @BeforeAll
    static void render() {
        shipped = ShippedSpecs.shipped();
        files = ShippedSpecs.render(shipped);
    }

    @Test
    void everyShippedCatalogIsDocumented() {
        List<String> ids = shipped.catalogs().stream().map(NamedCatalog::id).toList();
        assertEquals(List.of("aiprise", "argos", "biometric-vision", "canonical-reasons", "id-analyzer",
                "yoti-failure-detail", "yoti-failure-type", "yoti-reason"), ids);
        for (String id : ids) {
            assertTrue(files.containsKey("catalogs/" + id + ".html"), id);
            assertTrue(files.get("index.html").contains("href=\"catalogs/" + id + ".html\""), "the index links " + id);
        }
    }

    @Test
    void everyShippedCodeHasAnEntryUnderItsAnchorWithItsKeyAndConstant() {
        int codes = 0;
        for (NamedCatalog catalog : shipped.catalogs()) {
            String page = files.get("catalogs/" + catalog.id() + ".html");
            Map<String, String> entries = entries(page);
            for (Code code : catalog.codes()) {
                String anchor = catalog.constant(code);
                String entry = entries.get(anchor);
                assertTrue(entry != null, catalog.id() + " has an entry with the id " + anchor);
                assertTrue(entry.contains("<code>" + Html.escape(CodeEntry.keyLabel(catalog.catalog(), code)) + "</code>"),
                        entry);
                assertTrue(entry.contains("<code>" + catalog.names().codeType() + "." + anchor + "</code>"), entry);
                code.description().ifPresent(d -> assertTrue(entry.contains(Html.escape(d)), anchor + ": " + d));
                code.messages().forEach(m -> assertTrue(entry.contains(Html.escape(m.text())), anchor + ": " + m));
                codes++;
            }
            assertEquals(catalog.codes().size(), entries.size(), "no entry but the codes' on " + catalog.id());
        }
        assertTrue(codes > 400, "all shipped codes, " + codes);
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFileAndAnElementOfTheReference() {
        assertEquals(List.of(), PageLinks.broken(files));
        long links = files.entrySet().stream().filter(f -> f.getKey().endsWith(".html"))
                .mapToLong(f -> PageLinks.links(f.getValue()).size()).sum();
        assertTrue(links > 2000, "the check saw the links: " + links);
    }

    @Test
    void everySearchEntryIsACodeAndLinksToItsEntry() throws IOException {
        JsonNode index = searchData(files.get(Links.SCRIPT));
        int codes = shipped.catalogs().stream().mapToInt(c -> c.codes().size()).sum();
        assertEquals(codes, index.get("codes").size());
        for (JsonNode entry : index.get("codes")) {
            assertTrue(PageLinks.resolves(files, Links.INDEX, entry.get(4).asText()), entry.toString());
        }
        JsonNode first = index.get("codes").get(0);
        assertEquals("aiprise", index.get("catalogs").get(first.get(0).asInt()).get(0).asText());
    }

    /**
     * The crosswalk, checked from the specs' own facts: every code of every catalog that maps its codes to a
     * canonical reason is linked from that reason's page, and each page lists exactly its codes.
     */
    @Test
    void eachCanonicalReasonsPageListsEveryCodeThatMeansIt() {
        NamedCatalog vocabulary = shipped.catalog("canonical-reasons").orElseThrow();
        Map<String, List<String>> expected = new java.util.TreeMap<>();
        vocabulary.codes().forEach(reason -> expected.put(reason.code().orElseThrow(), new ArrayList<>()));
        int mapped = 0;
        for (NamedCatalog catalog : shipped.catalogs()) {
            Optional<Attribute> canonical = catalog.catalog().attributeWithRole(Role.CANONICAL_REASON);
            if (canonical.isEmpty()) {
                continue;
            }
            for (Code code : catalog.codes()) {
                String reason = code.value(canonical.get().name()).orElseThrow().wire();
                expected.get(reason).add("../../catalogs/" + catalog.id() + ".html#" + catalog.constant(code));
                mapped++;
            }
        }
        for (Map.Entry<String, List<String>> reason : expected.entrySet()) {
            String page = files.get("reasons/canonical-reasons/" + reason.getKey() + ".html");
            assertTrue(page != null, "a page for " + reason.getKey());
            String vendorCodes = page.substring(page.indexOf("id=\"vendor-codes-title\""));
            List<String> linked = PageLinks.links(vendorCodes).stream().filter(l -> l.contains(".html#")).toList();
            assertEquals(reason.getValue(), linked, reason.getKey());
            assertTrue(page.contains("Vendor codes (" + reason.getValue().size() + ")"), reason.getKey());
            assertTrue(files.get("index.html").contains("href=\"reasons/canonical-reasons/" + reason.getKey() + ".html\""));
        }
        assertTrue(mapped > 350, "vendor codes mapped: " + mapped);
    }

    @Test
    void theSameSpecsGiveTheSameBytesWhateverTheOrderTheyWereFoundIn() {
        List<ReferenceFile> first = new ReferenceRenderer().render(shipped);
        List<NamedCatalog> reversed = new ArrayList<>(ShippedSpecs.shipped().catalogs());
        Collections.reverse(reversed);
        List<ReferenceFile> again = new ReferenceRenderer().render(new ReferenceCatalogs("Test", reversed, Map.of()));
        assertEquals(first.stream().map(ReferenceFile::path).toList(), again.stream().map(ReferenceFile::path).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).content(), again.get(i).content(), first.get(i).path());
        }
    }

    @Test
    void endUserTextsCarryTheirLanguageAndCodesWithoutTheirOwnShowTheirReasons() {
        String aiprise = entries(files.get("catalogs/aiprise.html")).get("DOCUMENT_EXPIRED");
        assertTrue(aiprise.contains("<dd lang=\"ru\" class=\"prose\">Срок действия документа истёк. Пожалуйста,"
                + " используйте действующий документ.</dd>"), aiprise);
        assertTrue(aiprise.contains("<dd lang=\"kk\" class=\"prose\">"), aiprise);
        assertTrue(aiprise.contains("<dd lang=\"ko\" class=\"prose\">"), aiprise);
        assertTrue(aiprise.contains("Its canonical reason's (<a href=\"../reasons/canonical-reasons/DOCUMENT_EXPIRED.html\">"),
                aiprise);
        String ownText = entries(files.get("catalogs/argos.html")).values().stream()
                .filter(entry -> !entry.contains("Its canonical reason's") && entry.contains("End-user texts"))
                .findFirst().orElseThrow(() -> new AssertionError("ARGOS has codes with texts of their own"));
        assertTrue(ownText.contains("lang=\"ru\""), ownText);
    }

    @Test
    void aVendorCodesNextActionIsItsOwnWhereTheSpecSetsOneElseItsReasons() {
        String face = entries(files.get("catalogs/argos.html")).get("STEP2_RETRY_FACE_COMPARE_FAIL");
        assertTrue(face.contains("Next action</dt><dd><code class=\"action\">retry-capture</code> (set on this code; its"
                + " reason's default is <code>manual-review</code>)"), face);
        String expired = entries(files.get("catalogs/aiprise.html")).get("DOCUMENT_EXPIRED");
        assertTrue(expired.contains("canonicalReason</dt><dd><a href=\"../reasons/canonical-reasons/DOCUMENT_EXPIRED.html\">"
                + "<code>DOCUMENT_EXPIRED</code></a>, whose default action is <code>user-action</code>"), expired);
        assertTrue(expired.contains("<code class=\"action\">user-action</code> (its canonical reason's default)"), expired);
    }

    @Test
    void relationsLinkBothWays() {
        String faceMatch = entries(files.get("catalogs/yoti-failure-type.html")).get("ID_DOCUMENT_FACE_MATCH");
        assertTrue(faceMatch.contains("<a href=\"../catalogs/yoti-reason.html#FRAUD_DETECTED\"><code>FRAUD_DETECTED</code></a>"),
                faceMatch);
        assertTrue(faceMatch.contains("<code>FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED</code></a> (an alias of"),
                "a relation through an alias names the code it is an alias of: " + faceMatch);
        String fraud = entries(files.get("catalogs/yoti-reason.html")).get("FRAUD_DETECTED");
        assertTrue(fraud.contains("<li><a href=\"../catalogs/yoti-failure-type.html#ID_DOCUMENT_AUTHENTICITY\"><code>"
                + "ID_DOCUMENT_AUTHENTICITY</code></a> (yoti-failure-type, reasonCodes)</li>"), fraud);
        assertTrue(fraud.indexOf("yoti-failure-detail.html#SUSPECTED_FRAUD") < fraud.indexOf("yoti-failure-type.html#"),
                "the codes naming it are listed by catalog: " + fraud);
    }

    @Test
    void responseShapesShowTheirConditionsVerdictRulesAndOutcomes() {
        String argos = files.get("catalogs/argos.html");
        String responses = argos.substring(argos.indexOf("<section id=\"responses\""));
        assertTrue(responses.contains("id=\"shape-step-retry\""), "every shape has an entry");
        assertTrue(responses.contains("<code class=\"path\">/retry</code> is present"), responses);
        assertTrue(responses.contains("read as <a href=\"#status-kycStatus\"><code>kycStatus</code></a>"), responses);
        assertTrue(responses.contains("<code>incomplete</code> → <code class=\"verdict\">retry-requested</code>"), responses);
        assertTrue(argos.contains("<section id=\"outcomes\""), "outcomes are documented");
    }

    @Test
    void everyPageIsAccessibleByConstruction() {
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            String page = file.getValue();
            String name = file.getKey();
            assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\""), name);
            assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), name);
            assertTrue(page.contains("<a class=\"skip\" href=\"#main\">Skip to content</a>"), name);
            assertTrue(page.contains("<main id=\"main\">"), name);
            assertTrue(page.contains("<label for=\"q\">"), "the search input has a visible label: " + name);
            assertEquals(List.of(), headingJumps(page), "headings go down one level at a time on " + name);
        }
    }

    @Test
    void nothingIsFetchedFromAnywhere() {
        for (Map.Entry<String, String> file : files.entrySet()) {
            String text = file.getValue();
            assertFalse(Pattern.compile("(?:src|href)=\"(?:https?:)?//[^\"]*\"[^>]*>", Pattern.CASE_INSENSITIVE)
                    .matcher(text.replaceAll("<a [^>]*>", "")).find(), "no resource from elsewhere in " + file.getKey());
            assertFalse(text.contains("@import") || text.contains("url("), file.getKey());
            assertFalse(text.contains("fetch(") || text.contains("XMLHttpRequest"), file.getKey());
        }
    }

    // --- reading the pages -------------------------------------------------------------------------

    /** The code entries of a catalog page, by anchor. */
    static Map<String, String> entries(String page) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        Matcher matcher = Pattern.compile("<article class=\"code[^\"]*\" id=\"([^\"]+)\"").matcher(page);
        while (matcher.find()) {
            int end = page.indexOf("</article>", matcher.start());
            entries.put(matcher.group(1), page.substring(matcher.start(), end));
        }
        return entries;
    }

    /** Headings that skip a level on the way down ({@code h2} then {@code h4}), and whether the page has one {@code h1}. */
    static List<String> headingJumps(String page) {
        List<String> jumps = new ArrayList<>();
        Matcher matcher = Pattern.compile("<h([1-6])[ >]").matcher(page);
        int previous = 0;
        int h1 = 0;
        while (matcher.find()) {
            int level = Integer.parseInt(matcher.group(1));
            h1 += level == 1 ? 1 : 0;
            if (level > previous + 1) {
                jumps.add("h" + previous + " then h" + level + " at " + matcher.start());
            }
            previous = level;
        }
        if (h1 != 1) {
            jumps.add(h1 + " h1");
        }
        return jumps;
    }

    /** The search data the script starts with, as JSON. */
    static JsonNode searchData(String script) throws IOException {
        String prefix = "var CODEBOOK_INDEX = ";
        assertTrue(script.startsWith(prefix), script.substring(0, 80));
        return new ObjectMapper().readTree(script.substring(prefix.length(), script.indexOf("};\n") + 1));
    }
}
