package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import tradesim.chart.UsJapanRun;
import tradesim.testing.ChromiumSession;
import tradesim.testing.HeadlessChromium;

/**
 * Opens report.html from disk in a real headless Chromium (Debian's chromium and chromium-driver,
 * which .ci/run installs) and checks what a reader would see: no console errors, every chart image
 * decoded, and a screenshot under target/ for a person to look at. Without a browser the test is
 * skipped, or fails when CI is set ({@link HeadlessChromium}); a browser that is there but cannot
 * start always fails.
 */
class ReportBrowserTest {

    @Test
    void theReportLoadsInChromiumWithEveryImageAndNoConsoleErrors() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Path target = ChromiumSession.buildDir();
        Path dir = target.resolve("browser-report");
        ChromiumSession.deleteTree(dir);
        Files.createDirectories(dir);
        Path report = ReportWriterTest.writeReport(UsJapanRun.run(), dir, true);

        Path profile = Files.createTempDirectory("tradesim-chromium-");
        ChromeDriver driver = ChromiumSession.start(chromium, profile, "1280,1600");
        try {
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

            List<String> errors = ChromiumSession.errors(driver);
            assertTrue(errors.isEmpty(), "console errors: " + errors);

            Files.write(target.resolve("report-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.write(target.resolve("report-fullpage.png"), fullPage(driver));
        } finally {
            driver.quit();
            ChromiumSession.deleteTree(profile);
        }
        assertTrue(Files.size(target.resolve("report-screenshot.png")) > 10_000);
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
}
