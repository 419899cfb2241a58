package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tradesim.chart.UsJapanRun;
import tradesim.testing.HeadlessChromium;

/**
 * Opens report.html from disk in a real headless Chromium (Debian's chromium and chromium-driver,
 * which .ci/run installs) and checks what a reader would see: no console errors, every chart image
 * decoded, and a screenshot under target/ for a person to look at. Without a browser the test is
 * skipped, or fails when CI is set ({@link HeadlessChromium}); a browser that is there but cannot
 * start always fails.
 */
class ReportBrowserTest {

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium; the test uses only
     * WebDriver and raw CDP commands, so the warning is noise. Held here so the setting is not
     * garbage-collected with the logger.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    /** Records page errors and console.error calls from the first script on, before any of the page runs. */
    private static final String ERROR_COLLECTOR = """
            window.__tradesimErrors = [];
            window.addEventListener('error', e => window.__tradesimErrors.push(
                'error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || 'unknown')), true);
            window.addEventListener('unhandledrejection', e => window.__tradesimErrors.push('rejection: ' + e.reason));
            const original = console.error.bind(console);
            console.error = (...args) => { window.__tradesimErrors.push('console.error: ' + args.join(' ')); original(...args); };
            """;

    @Test
    void theReportLoadsInChromiumWithEveryImageAndNoConsoleErrors() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Path target = buildDir();
        Path dir = target.resolve("browser-report");
        deleteTree(dir);
        Files.createDirectories(dir);
        Path report = ReportWriterTest.writeReport(UsJapanRun.run(), dir, true);

        Path profile = Files.createTempDirectory("tradesim-chromium-");
        ChromeDriver driver = start(chromium, profile);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
            driver.get(report.toUri().toString());
            JavascriptExecutor js = driver;
            Object ready = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const imgs = Array.from(document.images);
                    Promise.all(imgs.map(i => i.complete ? Promise.resolve() : new Promise(r => {
                        i.addEventListener('load', r); i.addEventListener('error', r); })))
                      .then(() => done(document.readyState));
                    """);
            assertEquals("complete", ready);

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> images = (List<Map<String, Object>>) js.executeScript(
                    "return Array.from(document.images).map(i => ({src: i.getAttribute('src'), w: i.naturalWidth,"
                            + " h: i.naturalHeight}));");
            assertEquals(9, images.size(), "one image per chart, and the brief's chart");
            for (Map<String, Object> img : images) {
                assertEquals(1200L, ((Number) img.get("w")).longValue(), "naturalWidth of " + img.get("src"));
                assertEquals(700L, ((Number) img.get("h")).longValue(), "naturalHeight of " + img.get("src"));
            }
            assertEquals("Japan opens its beef market", js.executeScript("return document.querySelector('h1').textContent"));

            List<String> errors = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Object> pageErrors = (List<Object>) js.executeScript("return window.__tradesimErrors || ['collector missing'];");
            pageErrors.forEach(e -> errors.add(String.valueOf(e)));
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(e.getLevel() + " " + e.getMessage());
            }
            assertTrue(errors.isEmpty(), "console errors: " + errors);

            Files.write(target.resolve("report-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.write(target.resolve("report-fullpage.png"), fullPage(driver));
        } finally {
            driver.quit();
            deleteTree(profile);
        }
        assertTrue(Files.size(target.resolve("report-screenshot.png")) > 10_000);
    }

    static ChromeDriver start(HeadlessChromium chromium, Path profile) {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        // Point Selenium at the installed driver and browser, so Selenium Manager never downloads anything.
        System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1280,1600", "--hide-scrollbars");
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
            throw new AssertionError("Chromium could not be started headless (" + chromium.browser() + " via " + chromium.driver()
                    + "): " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The whole page, not just the window, through the DevTools protocol. */
    static byte[] fullPage(ChromeDriver driver) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double w = ((Number) size.get("width")).doubleValue();
        double h = Math.min(((Number) size.get("height")).doubleValue(), 16000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 0.5)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** target/ (or the -DbuildDir override): the parent of the test classes folder. */
    static Path buildDir() throws Exception {
        return Path.of(ReportBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
