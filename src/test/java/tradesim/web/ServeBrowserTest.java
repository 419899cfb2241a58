package tradesim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tradesim.testing.HeadlessChromium;

/**
 * The classroom page in a real headless Chromium, as a teacher uses it: load the flagship, click an
 * outcome of its tree, move the beef σ slider, and see the headline number change each time, with
 * no console errors; a screenshot goes to the build folder for a person to look at. Without a
 * browser the test is skipped, or fails when CI is set ({@link HeadlessChromium}).
 */
class ServeBrowserTest {

    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static final String ERROR_COLLECTOR = """
            window.__tradesimErrors = [];
            window.addEventListener('error', e => window.__tradesimErrors.push(
                'error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || 'unknown')), true);
            window.addEventListener('unhandledrejection', e => window.__tradesimErrors.push('rejection: ' + e.reason));
            const original = console.error.bind(console);
            console.error = (...args) => { window.__tradesimErrors.push('console.error: ' + args.join(' ')); original(...args); };
            """;

    @Test
    void aTeacherFollowsABranchAndMovesASliderAndTheHeadlineMoves() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Path target = buildDir();
        Path profile = Files.createTempDirectory("tradesim-chromium-");
        try (ServeClient serve = new ServeClient("127.0.0.1", Path.of("scenarios"))) {
            ChromeDriver driver = start(chromium, profile);
            try {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
                driver.get(serve.server.url() + "?s=negotiation-tree-2018");
                JavascriptExecutor js = driver;
                Supplier<String> headline = () -> (String) js.executeScript(
                        "return document.getElementById('headline-number').textContent");
                Supplier<String> pathLabel = () -> (String) js.executeScript(
                        "return document.getElementById('path-label').textContent");
                String first = waitFor(() -> headline.get().contains("USD m") ? headline.get() : null);
                assertEquals("Path: s232=deferred, talks_after_deferral=deal", pathLabel.get());
                waitFor(() -> Boolean.TRUE.equals(js.executeScript(
                        "const i = document.getElementById('chart'); return i.complete && i.naturalWidth > 0;")) ? "" : null);

                driver.findElement(By.cssSelector("#tree button[data-event='s232'][data-outcome='imposed']")).click();
                String afterClick = waitFor(() -> pathLabel.get().startsWith("Path: s232=imposed") ? headline.get() : null);
                assertNotEquals(first, afterClick, "following the imposed branch moves the headline");
                assertTrue(driver.findElement(By.cssSelector("#tree button[data-outcome='imposed']"))
                        .getAttribute("class").contains("taken"));

                js.executeScript("const s = document.querySelector(\"input[data-parameter='substitution|beef|JPN|*']\");"
                        + " s.value = s.min; s.dispatchEvent(new Event('input'));");
                String afterSlider = waitFor(() -> headline.get().equals(afterClick) ? null : headline.get());
                assertTrue(driver.getCurrentUrl().contains("k=substitution"), "the setup is in the URL: "
                        + driver.getCurrentUrl());
                assertNotEquals(afterClick, afterSlider);

                driver.findElement(By.id("pin")).click();
                assertTrue(driver.findElement(By.id("pinned")).isDisplayed());

                List<String> errors = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<Object> pageErrors = (List<Object>) js.executeScript("return window.__tradesimErrors || ['collector missing'];");
                pageErrors.forEach(e -> errors.add(String.valueOf(e)));
                for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                    if (e.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(e.getLevel() + " " + e.getMessage());
                }
                assertTrue(errors.isEmpty(), "console errors: " + errors);
                waitFor(() -> Boolean.TRUE.equals(js.executeScript(
                        "const i = document.getElementById('chart'); return i.complete && i.naturalWidth > 0;")) ? "" : null);
                Files.write(target.resolve("serve-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.quit();
            }
        } finally {
            deleteTree(profile);
        }
        assertTrue(Files.size(target.resolve("serve-screenshot.png")) > 10_000);
    }

    /** Polls until {@code check} gives a value, for up to 30 s. */
    private static String waitFor(Supplier<String> check) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            String v = check.get();
            if (v != null) return v;
            Thread.sleep(50);
        }
        throw new AssertionError("the page did not get there within 30 s");
    }

    private static ChromeDriver start(HeadlessChromium chromium, Path profile) {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1400,1100", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return driver;
        } catch (RuntimeException e) {
            service.stop();
            throw new AssertionError("Chromium could not be started headless (" + chromium.browser() + " via "
                    + chromium.driver() + "): " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** target/ (or the -DbuildDir override): the parent of the test classes folder. */
    private static Path buildDir() throws Exception {
        return Path.of(ServeBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
