package tradesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version (from the build) and its home folder (set by the launcher). */
public final class ToolInfo implements IVersionProvider {

    /** The version Maven stamped into the jar. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("/tradesim/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // The resource is inside our own jar; if it is unreadable the version is simply unknown.
        }
        return p.getProperty("version", "unknown");
    }

    /**
     * Where the bundled scenarios live: the {@code tradesim.home} system property the launcher sets,
     * if any. Bare dataset names fall back to {@code <home>/scenarios/data/<name>}.
     */
    public static Optional<Path> home() {
        String h = System.getProperty("tradesim.home");
        return h == null || h.isBlank() ? Optional.empty() : Optional.of(Path.of(h));
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tradesim " + version()};
    }
}
