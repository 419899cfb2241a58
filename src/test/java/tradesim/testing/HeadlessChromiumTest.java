package tradesim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The rule browser tests use to find Chromium, and what they do without it. */
class HeadlessChromiumTest {

    @TempDir
    Path tmp;

    @Test
    void findsBothProgramsOnPathInPathOrder() throws IOException {
        Path first = Files.createDirectory(tmp.resolve("first"));
        Path second = Files.createDirectory(tmp.resolve("second"));
        executable(second.resolve("chromium"));
        executable(second.resolve("chromedriver"));
        executable(first.resolve("chromedriver"));
        String path = first + File.pathSeparator + second;

        HeadlessChromium found = HeadlessChromium.find(name -> null, path).orElseThrow();

        assertEquals(second.resolve("chromium"), found.browser());
        assertEquals(first.resolve("chromedriver"), found.driver());
    }

    @Test
    void aPropertyReplacesThePathSearchForItsProgram() throws IOException {
        executable(tmp.resolve("chromium"));
        executable(tmp.resolve("chromedriver"));
        Path elsewhere = executable(Files.createDirectory(tmp.resolve("opt")).resolve("my-chromium"));
        Map<String, String> set = Map.of(HeadlessChromium.BROWSER_PROPERTY, elsewhere.toString());

        HeadlessChromium found = HeadlessChromium.find(set::get, tmp.toString()).orElseThrow();

        assertEquals(elsewhere, found.browser());
        assertEquals(tmp.resolve("chromedriver"), found.driver());
    }

    @Test
    void aPropertyNamingNoProgramHidesTheBrowserEvenWhenPathHasOne() throws IOException {
        executable(tmp.resolve("chromium"));
        executable(tmp.resolve("chromedriver"));
        Map<String, String> set = Map.of(HeadlessChromium.BROWSER_PROPERTY, tmp.resolve("none").toString());

        assertEquals(Optional.empty(), HeadlessChromium.find(set::get, tmp.toString()));
    }

    @Test
    void aFileThatCannotBeRunIsNotABrowser() throws IOException {
        Files.createFile(tmp.resolve("chromium"));
        executable(tmp.resolve("chromedriver"));

        assertEquals(Optional.empty(), HeadlessChromium.find(name -> null, tmp.toString()));
        assertEquals(Optional.empty(), HeadlessChromium.find(name -> null, null));
    }

    @Test
    void withoutABrowserTheTestIsSkippedAndTheConsoleSaysHowToInstallOne() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> HeadlessChromium.require(Optional.empty(), null, print(console)));
        assertTrue(e.getMessage().contains(HeadlessChromium.INSTALL), e.getMessage());
        String said = console.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Browser test skipped.") && said.contains(HeadlessChromium.INSTALL), said);
        assertThrows(TestAbortedException.class,
                () -> HeadlessChromium.require(Optional.empty(), "", print(new ByteArrayOutputStream())));
    }

    @Test
    void onCiAMissingBrowserFailsTheTest() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> HeadlessChromium.require(Optional.empty(), "true", print(console)));
        assertEquals("", console.toString(StandardCharsets.UTF_8), "a failure reports itself; no skip line");
        assertTrue(e.getMessage().contains(HeadlessChromium.INSTALL), e.getMessage());
        assertTrue(e.getMessage().contains("CI is set"), e.getMessage());
    }

    @Test
    void aBrowserThatIsThereIsUsedOnCiAndOff() {
        HeadlessChromium there = new HeadlessChromium(Path.of("/x/chromium"), Path.of("/x/chromedriver"));
        assertSame(there, HeadlessChromium.require(Optional.of(there), "true", System.err));
        assertSame(there, HeadlessChromium.require(Optional.of(there), null, System.err));
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }

    private static Path executable(Path p) throws IOException {
        Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return p;
    }
}
