package tradesim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The page: plain HTML, CSS and JavaScript from the jar, no build step. When the server needs a
 * token, the page's own links to its script and style carry it, as the page's URL does.
 */
final class StaticFiles {

    record File(String contentType, byte[] bytes) {
    }

    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css");

    private final Map<String, File> loaded;

    StaticFiles(Optional<String> token) {
        String query = token.map(t -> "?token=" + t).orElse("");
        this.loaded = Map.of(
                "index.html", new File("text/html; charset=utf-8",
                        read("index.html").replace("__TOKEN_QUERY__", query).getBytes(StandardCharsets.UTF_8)),
                "app.js", new File("text/javascript; charset=utf-8", read("app.js").getBytes(StandardCharsets.UTF_8)),
                "app.css", new File("text/css; charset=utf-8", read("app.css").getBytes(StandardCharsets.UTF_8)));
    }

    Optional<File> get(String path) {
        return Optional.ofNullable(FILES.get(path)).map(loaded::get);
    }

    private static String read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/tradesim/web/" + name)) {
            if (in == null) throw new IllegalStateException("the page's " + name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
