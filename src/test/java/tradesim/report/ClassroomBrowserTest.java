package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import tradesim.cli.Main;
import tradesim.testing.ChromiumSession;
import tradesim.testing.HeadlessChromium;

/**
 * What a teacher prints and an analyst reads, in a real headless Chromium: the flagship's brief as it
 * prints (one A4 page), a handout printed to PDF and shown with its print stylesheet, and compare.html
 * at 1300 px with no table running off the page. Screenshots go to the build folder for a person to look
 * at: brief-screenshot.png, brief-print.pdf, handout-print.pdf, handout-print.png, compare-1300.png.
 */
class ClassroomBrowserTest {

    private static final String FLAGSHIP = "scenarios/us-japan-2018/negotiation-tree-2018.yaml";

    @Test
    void theFlagshipBriefPrintsOnOnePageAndAHandoutPrintsWithoutAnswers() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        Path target = ChromiumSession.buildDir();
        Path dir = target.resolve("browser-classroom");
        ChromiumSession.deleteTree(dir);
        cli("run", FLAGSHIP, "--out", dir.resolve("flagship").toString(), "--year", "2021", "--quiet");
        cli("exercise", "05", "--out", dir.resolve("handouts").toString());
        List<String> compare = new java.util.ArrayList<>(List.of("compare", "--out", dir.resolve("compare").toString(),
                "--years", "2021,2030"));
        try (var s = Files.list(Path.of("scenarios/us-japan-2018"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> compare.add(p.toString()));
        }
        cli(compare.toArray(String[]::new));

        Path profile = Files.createTempDirectory("tradesim-chromium-");
        ChromeDriver driver = ChromiumSession.start(chromium, profile, "1280,1600");
        try {
            JavascriptExecutor js = driver;
            driver.manage().window().setSize(new Dimension(1300, 1600));
            driver.get(dir.resolve("flagship/brief.html").toUri().toString());
            waitForImages(js);
            Files.write(target.resolve("brief-screenshot.png"), ReportBrowserTest.fullPage(driver));
            byte[] briefPdf = pdf(driver);
            Files.write(target.resolve("brief-print.pdf"), briefPdf);
            assertEquals(1, pages(briefPdf), "the brief prints on one page");

            driver.get(dir.resolve("handouts/05-negotiation-tree-expected-beef.html").toUri().toString());
            byte[] handoutPdf = pdf(driver);
            Files.write(target.resolve("handout-print.pdf"), handoutPdf);
            assertTrue(pages(handoutPdf) >= 1);
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Files.write(target.resolve("handout-print.png"), driver.getScreenshotAs(OutputType.BYTES));
            String text = (String) js.executeScript("return document.body.innerText");
            assertTrue(text.contains("Questions") && !text.contains("Teacher"), "questions only");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

            driver.get(dir.resolve("compare/compare.html").toUri().toString());
            waitForImages(js);
            Number widest = (Number) js.executeScript(
                    "return Math.max(document.documentElement.scrollWidth,"
                            + " ...Array.from(document.querySelectorAll('table')).map(t => t.getBoundingClientRect().right));");
            Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth");
            assertTrue(widest.doubleValue() <= viewport.doubleValue(), "widest " + widest + " in " + viewport);
            Files.write(target.resolve("compare-1300.png"), ReportBrowserTest.fullPage(driver));
        } finally {
            driver.quit();
            ChromiumSession.deleteTree(profile);
        }
        assertTrue(Files.size(target.resolve("brief-screenshot.png")) > 10_000);
        assertTrue(Files.size(target.resolve("handout-print.png")) > 10_000);
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertEquals(0, code, String.join(" ", args) + ": " + err);
    }

    private static void waitForImages(JavascriptExecutor js) {
        js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(Array.from(document.images).map(i => i.complete ? Promise.resolve() : new Promise(r => {
                    i.addEventListener('load', r); i.addEventListener('error', r); }))).then(() => done(true));
                """);
    }

    /** Chromium's print to PDF, with the page's own @page size. */
    private static byte[] pdf(ChromeDriver driver) {
        Map<String, Object> out = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        return Base64.getDecoder().decode((String) out.get("data"));
    }

    /** Pages of a PDF, counted by its page objects. */
    private static int pages(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return (int) java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    }
}
