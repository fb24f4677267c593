package io.codebook.example.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.example.AiPriseWarning;
import io.codebook.example.ArgosCode;
import io.codebook.example.BiometricVisionFailure;
import io.codebook.example.CanonicalReason;
import io.codebook.example.IdAnalyzerWarning;
import io.codebook.example.YotiFailureDetail;
import io.codebook.example.YotiFailureType;
import io.codebook.example.YotiReasonCode;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.MappedCode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalog reference this build wrote ({@code codebook:reference} at prepare-package), opened from
 * disk in headless Chromium as a support agent would open it. What it must show is taken from the code
 * the processor generated from the same specs, so the two are checked against each other: every code
 * has its entry, every vendor code is reached from its canonical reason's page by following links, the
 * search finds a code by its wire value and by a word of its Russian text, and a phone reads every page
 * without scrolling sideways, and every kind of text has a contrast of at least 4.5:1. Screenshots go to
 * {@code target/reference-screenshots}.
 */
class ReferenceBrowserIT {

    /** Every code type the example app generates, each a catalog of the reference. */
    private static final List<CatalogCode[]> CATALOGS = List.of(AiPriseWarning.values(), ArgosCode.values(),
            BiometricVisionFailure.values(), CanonicalReason.values(), IdAnalyzerWarning.values(),
            YotiFailureDetail.values(), YotiFailureType.values(), YotiReasonCode.values());

    private static Path reference;
    private static ChromeDriver browser;

    @BeforeAll
    static void openTheReferenceTheBuildWrote(@TempDir Path profile) {
        Browser.requireInstalled();
        reference = Path.of(System.getProperty("codebook.reference"));
        assertTrue(Files.isRegularFile(reference.resolve("index.html")),
                "the build wrote the reference (codebook:reference runs at prepare-package): " + reference);
        browser = Browser.start(profile);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyShippedCodeHasItsEntryOnItsCatalogsPageInTheDocumentsOrder() {
        open("index.html");
        Map<String, String> catalogPages = new LinkedHashMap<>();
        for (WebElement link : browser.findElements(By.cssSelector("ul.cards h3 a"))) {
            String href = link.getAttribute("href");
            catalogPages.put(href.substring(href.lastIndexOf('/') + 1, href.length() - ".html".length()), href);
        }
        int codes = 0;
        for (CatalogCode[] catalog : CATALOGS) {
            String id = catalog[0].catalog().id();
            assertTrue(catalogPages.containsKey(id), "the index links catalog " + id + ": " + catalogPages.keySet());
            browser.get(catalogPages.get(id));
            List<String> entries = strings("return Array.from(document.querySelectorAll('article.code'))"
                    + ".filter(a => a.offsetHeight > 0).map(a => a.id)");
            assertEquals(Arrays.stream(catalog).map(CatalogCode::name).toList(), entries, id);
            codes += entries.size();
        }
        assertTrue(codes > 400, "every shipped code: " + codes);
    }

    @Test
    void everyVendorCodeIsReachedFromItsCanonicalReasonsPageByFollowingLinks() {
        Map<String, TreeSet<String>> expected = new LinkedHashMap<>();
        for (CanonicalReason reason : CanonicalReason.values()) {
            expected.put(reason.name(), new TreeSet<>());
        }
        List<CatalogCode> firstOfEachCatalog = new ArrayList<>();
        for (CatalogCode[] catalog : CATALOGS) {
            if (catalog[0] instanceof MappedCode) {
                firstOfEachCatalog.add(catalog[0]);
                for (CatalogCode code : catalog) {
                    expected.get(((MappedCode) code).canonicalReason().name()).add(entryUrl(code));
                }
            }
        }
        open("index.html");
        Map<String, String> reasonPages = new LinkedHashMap<>();
        for (WebElement link : browser.findElements(By.cssSelector("ul.reasons a"))) {
            reasonPages.put(link.getText(), link.getAttribute("href"));
        }
        assertEquals(expected.keySet(), reasonPages.keySet(), "the index links every canonical reason");
        int reached = 0;
        for (Map.Entry<String, TreeSet<String>> reason : expected.entrySet()) {
            browser.get(reasonPages.get(reason.getKey()));
            TreeSet<String> linked = new TreeSet<>(strings("return Array.from(document.querySelectorAll("
                    + "'section.vendor ul.mapped a')).map(a => a.href)"));
            assertEquals(reason.getValue(), linked, "the vendor codes on the page of " + reason.getKey());
            reached += linked.size();
        }
        assertTrue(reached > 350, "vendor codes reached: " + reached);
        for (CatalogCode code : firstOfEachCatalog) {
            String reason = ((MappedCode) code).canonicalReason().name();
            browser.get(reasonPages.get(reason));
            browser.findElement(By.cssSelector("section.vendor ul.mapped a[href$='#" + code.name() + "']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#" + code.name()));
            WebElement target = browser.findElement(By.cssSelector(":target"));
            assertEquals(code.name(), target.getAttribute("id"), "a click on the reason's page lands on the entry");
            assertTrue(target.isDisplayed());
            assertTrue(target.getText().contains(reason), "the entry names its reason: " + target.getText());
        }
    }

    @Test
    void theSearchFindsACodeByItsWireValueTypedOnAnyPage() {
        open("catalogs/yoti-reason.html");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("id_liveness_fail");
        List<WebElement> results = results();
        assertEquals(entryUrl(ArgosCode.STEP1_RETRY_ID_LIVENESS_FAIL), firstLink(results),
                "the code sent as id_liveness_fail comes first");
        assertTrue(browser.findElement(By.id("search-status")).getText().contains("\u201cid_liveness_fail\u201d"));

        open("index.html?q=" + encode("FACE_LIVENESS_ERR"));
        assertEquals(entryUrl(IdAnalyzerWarning.FACE_LIVENESS_ERR), firstLink(results()), "a shared ?q= link searches");
    }

    @Test
    void theSearchFindsACodeByAWordOfItsRussianText() {
        String russian = ArgosCode.STEP2_RETRY_FACE_COMPARE_FAIL.userText(Locale.forLanguageTag("ru"));
        String word = Arrays.stream(russian.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
        open("index.html?q=" + encode(word));
        List<WebElement> results = results();
        WebElement hit = results.stream().filter(r -> r.findElement(By.tagName("a")).getAttribute("href")
                .equals(entryUrl(ArgosCode.STEP2_RETRY_FACE_COMPARE_FAIL))).findFirst()
                .orElseThrow(() -> new AssertionError("'" + word + "' finds STEP2_RETRY_FACE_COMPARE_FAIL"));
        WebElement excerpt = hit.findElement(By.cssSelector("p[lang='ru']"));
        assertTrue(excerpt.getText().contains(word), "the Russian text is shown, marked as Russian: " + excerpt.getText());

        // a code without a text of its own is found by its reason's, typed without the ё
        open("index.html");
        browser.findElement(By.id("q")).sendKeys("истек документа\n");
        assertTrue(links(results()).contains(entryUrl(AiPriseWarning.DOCUMENT_EXPIRED)),
                "AiPrise's DOCUMENT_EXPIRED shows its reason's \"Срок действия документа истёк\"");
    }

    @Test
    void aPhoneReadsEveryKindOfPageWithoutScrollingSidewaysAndScreenshotsAreTaken() throws IOException {
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("codebook.screenshots")));
        try {
            browser.manage().window().setSize(new Dimension(375, 812));
            for (String page : List.of("index.html", "catalogs/argos.html", "catalogs/biometric-vision.html",
                    "reasons/canonical-reasons/LIVENESS_FAILED.html")) {
                open(page);
                long overflow = (Long) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertEquals(0L, overflow, page + " is wider than a 375 px phone");
            }
            open("catalogs/argos.html#" + ArgosCode.STEP1_RETRY_ID_LIVENESS_FAIL.name());
            screenshot(screenshots.resolve("reference-phone.png"));
            browser.manage().window().setSize(new Dimension(1280, 900));
            open("index.html?q=" + encode("liveness"));
            results();
            screenshot(screenshots.resolve("reference-desktop.png"));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * WCAG's 4.5:1 for every kind of text the pages have, measured on the colours Chromium computes: each
     * element's text colour against the first opaque background behind it.
     */
    @Test
    void everyKindOfTextHasAContrastOfAtLeastFourAndAHalfToOne() {
        Map<String, String> pages = Map.of(
                "index.html?q=" + encode("liveness"), "body, h1, h2, h3, .hint, .search-status, #search-list a,"
                        + " #search-list .muted, .search button, label, .brand a, footer p, ul.reasons code",
                "catalogs/argos.html", "dl.fields > dt, dl.fields > dd, .constant, .muted, code, a.self code,"
                        + " a.external, nav.contents a, .badge",
                "reasons/canonical-reasons/DOCUMENT_EXPIRED.html", "dl.texts dt, dl.texts dd, ul.mapped a code, .prose");
        String measure = "function opaque(element) {"
                + "  for (let e = element; e; e = e.parentElement) {"
                + "    const c = getComputedStyle(e).backgroundColor;"
                + "    if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { return c; }"
                + "  }"
                + "  return 'rgb(255, 255, 255)';"
                + "}"
                + "return Array.from(document.querySelectorAll(arguments[0]))"
                + "  .filter(e => e.offsetHeight > 0 && e.textContent.trim())"
                + "  .map(e => [e.tagName + '.' + e.className, getComputedStyle(e).color, opaque(e)]);";
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getKey());
            if (page.getKey().contains("?q=")) {
                results();
            }
            @SuppressWarnings("unchecked")
            List<List<Object>> texts = (List<List<Object>>) browser.executeScript(measure, page.getValue());
            assertTrue(texts.size() > 10, "texts measured on " + page.getKey() + ": " + texts.size());
            for (List<Object> text : texts) {
                double ratio = contrast(rgb((String) text.get(1)), rgb((String) text.get(2)));
                assertTrue(ratio >= 4.5, text + " on " + page.getKey() + " has a contrast of " + ratio);
            }
        }
    }

    private static double[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    /** WCAG 2's contrast ratio of two sRGB colours. */
    private static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    // --- driving the browser --------------------------------------------------------------------

    private static void open(String page) {
        int query = page.indexOf('?');
        int fragment = page.indexOf('#');
        int split = query >= 0 ? query : fragment >= 0 ? fragment : page.length();
        browser.get(reference.resolve(page.substring(0, split)).toUri() + page.substring(split));
    }

    /** The URL of a code's entry, as the browser resolves a link to it. */
    private static String entryUrl(CatalogCode code) {
        return reference.resolve("catalogs/" + code.catalog().id() + ".html").toUri() + "#" + code.name();
    }

    /** The search's results, once it has shown some. */
    private static List<WebElement> results() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#search-list > li")).isEmpty());
        return browser.findElements(By.cssSelector("#search-list > li"));
    }

    private static String firstLink(List<WebElement> results) {
        return results.get(0).findElement(By.tagName("a")).getAttribute("href");
    }

    private static List<String> links(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.tagName("a")).getAttribute("href")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) browser.executeScript(script);
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void screenshot(Path file) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
        assertTrue(png.length > 10_000, "a screenshot with something on it: " + png.length + " bytes");
        try (Stream<Path> taken = Files.list(file.getParent())) {
            assertTrue(taken.anyMatch(file::equals));
        }
    }
}
