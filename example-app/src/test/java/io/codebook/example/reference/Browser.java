package io.codebook.example.reference;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its own chromedriver: both paths are given, so Selenium
 * never tries to download a driver or a browser (this network reaches no such site). Where either is
 * missing the browser tests are skipped, saying so, unless {@code -Dcodebook.requireBrowser=true} (CI),
 * which makes them fail.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /** Skips the calling tests (or fails them, when a browser is required) unless Chromium and its driver are installed. */
    static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) {
            return;
        }
        String missing = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed; install"
                + " Debian's chromium and chromium-driver (.ci/run does) to run the reference's browser tests";
        if (Boolean.getBoolean("codebook.requireBrowser")) {
            fail(missing + ", which -Dcodebook.requireBrowser=true requires.");
        }
        assumeTrue(false, missing + ". Skipped.");
    }

    /**
     * A new headless Chromium with a profile of its own. As root it cannot sandbox; the flags keep it from
     * reaching out to Google's services, whose connections this machine's closed network refuses.
     */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
