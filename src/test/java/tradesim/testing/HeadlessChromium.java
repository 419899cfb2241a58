package tradesim.testing;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Chromium and chromedriver that browser tests drive, and what such a test does without them.
 *
 * <p>The rule: the system properties {@value #BROWSER_PROPERTY} and {@value #DRIVER_PROPERTY} name
 * the two programs when set (each on its own); otherwise {@code chromium} and {@code chromedriver}
 * are looked up on PATH, as {@code .ci/run} does before it installs them. A machine without them
 * skips browser tests, so {@code mvn verify} passes with Java and Maven alone; when the environment
 * variable {@code CI} is set (any non-empty value, as CI services set it) the test fails instead,
 * because a build that is meant to have looked at the page must not go green without it.
 *
 * @param browser the Chromium executable
 * @param driver  the chromedriver executable of the same version
 */
public record HeadlessChromium(Path browser, Path driver) {

    public static final String BROWSER_PROPERTY = "tradesim.chromium";
    public static final String DRIVER_PROPERTY = "tradesim.chromedriver";
    public static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

    /**
     * The browser and driver of this machine; without them the calling test is skipped, or fails
     * when {@code CI} is set, with a message that says how to install them.
     */
    public static HeadlessChromium require() {
        return require(find(System::getProperty, System.getenv("PATH")), System.getenv("CI"), System.err);
    }

    /**
     * {@link #require()} with what was found and the value of {@code CI} (null when unset) given,
     * and where to say that the test is skipped.
     */
    static HeadlessChromium require(Optional<HeadlessChromium> found, String ci, PrintStream console) {
        if (found.isPresent()) return found.get();
        String missing = "A headless Chromium and its chromedriver were not both found (looked at -D" + BROWSER_PROPERTY
                + " and -D" + DRIVER_PROPERTY + " when set, else for chromium and chromedriver on PATH). Install them"
                + " with: " + INSTALL;
        if (ci != null && !ci.isEmpty()) {
            return Assertions.fail(missing + ". CI is set, so the browser test fails rather than skip.");
        }
        // Maven's summary counts a skipped test but does not say why; this line on the console does.
        console.println("Browser test skipped. " + missing);
        return Assumptions.abort(missing + ". Skipped: this test needs a browser.");
    }

    /**
     * Applies the rule.
     *
     * @param property reads a system property (null when unset)
     * @param path     the PATH variable, or null
     */
    static Optional<HeadlessChromium> find(UnaryOperator<String> property, String path) {
        Optional<Path> browser = program(property.apply(BROWSER_PROPERTY), "chromium", path);
        Optional<Path> driver = program(property.apply(DRIVER_PROPERTY), "chromedriver", path);
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new HeadlessChromium(browser.get(), driver.get()))
                : Optional.empty();
    }

    /** The named file if {@code override} is set (and only it), else the first {@code name} on PATH. */
    private static Optional<Path> program(String override, String name, String path) {
        if (override != null && !override.isEmpty()) {
            Path p = Path.of(override);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
