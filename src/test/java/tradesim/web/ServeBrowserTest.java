package tradesim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import tradesim.testing.ChromiumSession;
import tradesim.testing.HeadlessChromium;

/**
 * The classroom page in a real headless Chromium, as a teacher uses it: load the flagship, click an
 * outcome of its tree, move the beef σ slider, and see the headline number change each time, with
 * no console errors; a screenshot goes to the build folder for a person to look at. Without a
 * browser the test is skipped, or fails when CI is set ({@link HeadlessChromium}).
 */
class ServeBrowserTest {

    @Test
    void aTeacherFollowsABranchAndMovesASliderAndTheHeadlineMoves() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Path target = ChromiumSession.buildDir();
        Path profile = Files.createTempDirectory("tradesim-chromium-");
        try (ServeClient serve = new ServeClient("127.0.0.1", Path.of("scenarios"))) {
            ChromeDriver driver = ChromiumSession.start(chromium, profile, "1400,1100");
            try {
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

                // exercise mode: the handout on this tree shows its questions beside the controls
                js.executeScript("const x = document.getElementById('exercise');"
                        + " x.value = '05-negotiation-tree-expected-beef'; x.dispatchEvent(new Event('change'));");
                assertTrue(driver.findElement(By.id("exercise-panel")).isDisplayed());
                assertTrue(driver.findElements(By.cssSelector("#exercise-questions li")).size() >= 1);

                List<String> errors = ChromiumSession.errors(driver);
                assertTrue(errors.isEmpty(), "console errors: " + errors);
                waitFor(() -> Boolean.TRUE.equals(js.executeScript(
                        "const i = document.getElementById('chart'); return i.complete && i.naturalWidth > 0;")) ? "" : null);
                Files.write(target.resolve("serve-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.quit();
            }
        } finally {
            ChromiumSession.deleteTree(profile);
        }
        assertTrue(Files.size(target.resolve("serve-screenshot.png")) > 10_000);
    }

    /** Polls until {@code check} gives a value, for up to 30 s. */
    private static String waitFor(Supplier<String> check) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            String v = check.get();
            if (v != null) return v;
            Thread.sleep(50);
        }
        throw new AssertionError("the page did not get there within 30 s");
    }
}
