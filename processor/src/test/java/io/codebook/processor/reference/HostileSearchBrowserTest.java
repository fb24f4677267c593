package io.codebook.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The search builds its results in the page, from the data, where no escaping on the way out can help:
 * a hostile spec's texts searched in a real browser (Debian's headless Chromium) stay text, and none of
 * the script, image, SVG or iframe payloads becomes an element or opens an alert. Skipped, saying why,
 * without Chromium and chromedriver, unless {@code -Dcodebook.requireBrowser=true}. (The example app's
 * ReferenceBrowserIT opens the shipped catalogs' reference the same way.)
 */
class HostileSearchBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void searchResultsShowAHostileSpecsTextsAsText(@TempDir Path directory) throws Exception {
        requireBrowser();
        Path reference = directory.resolve("reference");
        new ReferenceWriter().write(new ReferenceRenderer().render(HostileSpecTest.hostile(directory.resolve("project"))),
                reference);
        ChromeDriver browser = start(directory.resolve("profile"));
        try {
            browser.get(reference.resolve("index.html").toUri() + "?q=alert");
            List<WebElement> results = results(browser);
            assertEquals(1, results.size(), "the one code whose texts say alert");
            WebElement hostile = results.get(0);
            assertEquals("x\"><script>alert(5)</script>", hostile.findElement(By.tagName("code")).getText());
            assertTrue(hostile.getText().contains("<script>alert(6)</script>"), hostile.getText());
            assertNoPayloadRan(browser);

            browser.findElement(By.id("q")).clear();
            browser.findElement(By.id("q")).sendKeys("текст alert(9)\n");
            WebElement russian = browser.findElement(By.cssSelector("#search-list p[lang='ru']"));
            assertEquals("Текст </script><script>alert(9)</script>", russian.getText());
            assertNoPayloadRan(browser);

            browser.get(reference.resolve("catalogs/hostile.html").toUri().toString());
            assertNoPayloadRan(browser);
        } finally {
            browser.quit();
        }
    }

    private static void assertNoPayloadRan(ChromeDriver browser) {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no payload opened an alert");
        assertEquals(1L, browser.executeScript("return document.getElementsByTagName('script').length"),
                "the reference's own script only");
        assertEquals(0L, browser.executeScript("return document.querySelectorAll('img, svg, iframe, b, u, marquee,"
                + " style, textarea').length"), "no element from a spec's text");
    }

    private static List<WebElement> results(ChromeDriver browser) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            List<WebElement> results = browser.findElements(By.cssSelector("#search-list > li"));
            if (!results.isEmpty()) {
                return results;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no search results in 10 s: " + browser.findElement(By.id("search-status")).getText());
    }

    private static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed; install"
                + " Debian's chromium and chromium-driver (.ci/run does) to run the reference's browser tests";
        if (Boolean.getBoolean("codebook.requireBrowser")) {
            fail(missing + ", which -Dcodebook.requireBrowser=true requires.");
        }
        assumeTrue(false, missing + ". Skipped.");
    }

    /** Headless, with a profile of its own, kept from Google's services (the machine's network refuses them). */
    private static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
