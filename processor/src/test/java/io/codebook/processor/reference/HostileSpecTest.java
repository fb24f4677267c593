package io.codebook.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec is data, whoever wrote it: markup, quotes and {@code javascript:} addresses in every text a
 * spec can hold are shown as the text they are, in the pages and in the search data, and nothing of
 * them runs or becomes an element.
 */
class HostileSpecTest {

    /** A valid spec whose every text tries to become markup. */
    static final String HOSTILE = String.join("\n",
            "codebook: 1",
            "catalog:",
            "  id: hostile",
            "  vendor: \"<script>alert('vendor')</script>\"",
            "  title: 'Title \"quoted\" & <b>bold</b>'",
            "  description: \"</p><script>alert(1)</script>\"",
            "  source:",
            "    document: \"doc<img src=x onerror=alert(2)>\"",
            "    url: \"javascript:alert(3)\"",
            "  notes: [\"<!-- a comment --> & \\\" ' <style>body{display:none}</style>\"]",
            "locales: [en, ru]",
            "attributes:",
            "  canonicalReason: {type: code, catalog: canonical-reasons, required: true, role: canonical-reason}",
            "  hint:",
            "    type: string",
            "    description: \"<iframe src=//evil.example></iframe>\"",
            "  level:",
            "    type: enum",
            "    values:",
            "      - {value: \"<b>high</b>\", javaName: HIGH, description: \"<u>x</u>\"}",
            "groups:",
            "  - id: g",
            "    title: '\"><svg onload=alert(4)>'",
            "    description: \"<marquee>group</marquee>\"",
            "    codes:",
            "      - code: \"x\\\"><script>alert(5)</script>\"",
            "        canonicalReason: DOCUMENT_EXPIRED",
            "        description: \"<script>alert(6)</script>\"",
            "        messages: [\"</textarea>'\\\"<b>\"]",
            "        hint: \"<a href=javascript:alert(7)>click</a>\"",
            "        level: \"<b>high</b>\"",
            "        notes: [\"&lt; is already an entity; & is not\"]",
            "        userText:",
            "          en: \"<img src=x onerror=alert(8)>\"",
            "          ru: \"Текст </script><script>alert(9)</script>\"",
            "      - code: plain",
            "        canonicalReason: DOCUMENT_EXPIRED",
            "        description: \"Nothing to see.\"",
            "");

    static ReferenceCatalogs hostile(Path directory) {
        return ShippedSpecs.read(ShippedSpecs.withOwn(directory.resolve("specs"), Map.of("hostile", HOSTILE)), directory,
                List.of("hostile"));
    }

    @Test
    void noTextOfASpecBecomesMarkup(@TempDir Path directory) {
        Map<String, String> files = ShippedSpecs.render(hostile(directory));
        for (Map.Entry<String, String> file : files.entrySet()) {
            String text = file.getValue().toLowerCase(Locale.ROOT);
            for (String element : List.of("<script>", "<img", "<svg", "<iframe", "<b>", "<u>", "<marquee", "<style",
                    "<!--", "</textarea", "<a href=javascript")) {
                assertFalse(text.contains(element), element + " in " + file.getKey());
            }
            assertFalse(text.contains("href=\"javascript:"), file.getKey());
            if (file.getKey().endsWith(".html")) {
                assertEquals(1, text.split("<script", -1).length - 1, "only the reference's own script: " + file.getKey());
            }
        }
        String page = files.get("catalogs/hostile.html");
        assertTrue(page.contains("<dd class=\"prose vendor\">&lt;script&gt;alert(6)&lt;/script&gt;</dd>"), page);
        assertTrue(page.contains("<q class=\"prose vendor\">&lt;/textarea&gt;'\"&lt;b&gt;</q>"), page);
        assertTrue(page.contains("<span class=\"prose\">javascript:alert(3)</span>"), "an address that is no web page is text");
        assertTrue(page.contains("&amp;lt; is already an entity; &amp; is not"), "an entity in a spec is text too");
        assertTrue(page.contains("<dd lang=\"ru\" class=\"prose\">Текст &lt;/script&gt;&lt;script&gt;alert(9)&lt;/script&gt;</dd>"),
                page);
        assertTrue(page.contains("<h2 id=\"group-g-title\">\"&gt;&lt;svg onload=alert(4)&gt;</h2>"), page);
        assertTrue(page.contains("<title>&lt;script&gt;alert('vendor')&lt;/script&gt;: Title \"quoted\" &amp; &lt;b&gt;bold"
                + "&lt;/b&gt; · Test</title>"), page);
        assertEquals(List.of(), PageLinks.broken(files));
    }

    @Test
    void theSearchDataHoldsTheTextsAsTheyAre(@TempDir Path directory) throws Exception {
        Map<String, String> files = ShippedSpecs.render(hostile(directory));
        String script = files.get(Links.SCRIPT);
        assertFalse(script.contains("<script>"), "a script that closes nothing if pasted into a page");
        JsonNode entry = null;
        for (JsonNode code : ReferenceRendererTest.searchData(script).get("codes")) {
            if (code.get(3).asText().startsWith("HostileCode.")) {
                entry = code;
                break;
            }
        }
        assertTrue(entry != null, "the hostile code is searchable");
        assertEquals("x\"><script>alert(5)</script>", entry.get(1).asText());
        assertEquals("x\"><script>alert(5)</script>", entry.get(2).asText());
        assertEquals("<script>alert(6)</script>", entry.get(6).get(0).asText());
        assertEquals("Текст </script><script>alert(9)</script>", entry.get(7).get(1).get(1).asText());
    }

    @Test
    void aWebAddressIsALinkWithItsQueryEscaped(@TempDir Path directory) {
        String spec = HOSTILE.replace("url: \"javascript:alert(3)\"", "url: \"https://example.com/codes?a=1&b=2\"");
        Map<String, String> files = ShippedSpecs.render(ShippedSpecs.read(ShippedSpecs.withOwn(directory.resolve("specs"),
                Map.of("hostile", spec)), directory, List.of("hostile")));
        assertTrue(files.get("catalogs/hostile.html").contains("<a href=\"https://example.com/codes?a=1&amp;b=2\""
                + " class=\"external\">https://example.com/codes?a=1&amp;b=2</a>"), files.get("catalogs/hostile.html"));
    }
}
