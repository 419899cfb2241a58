package tradesim.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What the browser tests share: starting the machine's headless Chromium (never a downloaded one),
 * collecting every page error and console.error from the first script on, and where screenshots go.
 */
public final class ChromiumSession {

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium; the tests use only
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

    private ChromiumSession() {
    }

    /** A headless Chromium with its own profile folder, collecting errors on every page it opens. */
    public static ChromeDriver start(HeadlessChromium chromium, Path profile, String windowSize) {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        // Point Selenium at the installed driver and browser, so Selenium Manager never downloads anything.
        System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + windowSize, "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile()).usingAnyFreePort().build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw new AssertionError("Chromium could not be started headless (" + chromium.browser() + " via "
                    + chromium.driver() + "): " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
        return driver;
    }

    /** Page errors, console.error calls and browser log entries at WARNING or above, so far. */
    public static List<String> errors(ChromeDriver driver) {
        List<String> errors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object> pageErrors = (List<Object>) driver.executeScript("return window.__tradesimErrors || ['collector missing'];");
        pageErrors.forEach(e -> errors.add(String.valueOf(e)));
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(e.getLevel() + " " + e.getMessage());
        }
        return errors;
    }

    /** target/ (or the -DbuildDir override): the parent of the test classes folder. */
    public static Path buildDir() throws Exception {
        return Path.of(ChromiumSession.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
