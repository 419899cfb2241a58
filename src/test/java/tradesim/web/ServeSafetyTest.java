package tradesim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Where the server listens and who may call it: loopback by default with no token; on any other
 * address a token, printed in the URL, without which every request gets 401. And the command
 * itself: the URL as the first line on stdout, and a clean stop on SIGTERM (what Ctrl-C sends too).
 */
class ServeSafetyTest {

    private static final Path SMALL = Path.of("src/test/resources/scenarios");

    @Test
    void byDefaultItListensOnLoopbackOnlyAndNeedsNoToken() throws Exception {
        try (ServeClient c = new ServeClient("127.0.0.1", SMALL)) {
            assertTrue(c.server.address().getAddress().isLoopbackAddress());
            assertFalse(c.server.requiresToken());
            assertTrue(c.server.url().matches("http://127\\.0\\.0\\.1:[0-9]+/"), c.server.url());
            assertEquals(200, c.get("/api/scenarios").status());
            assertEquals(200, c.get("/").status());
        }
    }

    @Test
    void onAnyOtherAddressEveryRequestNeedsTheToken() throws Exception {
        try (ServeClient c = new ServeClient("0.0.0.0", SMALL)) {
            assertTrue(c.server.requiresToken());
            var m = Pattern.compile("http://[^/]+:([0-9]+)/\\?token=([0-9a-f]{32})").matcher(c.server.url());
            assertTrue(m.matches(), c.server.url());
            String token = m.group(2);
            for (String path : List.of("/", "/app.js", "/api/scenarios", "/api/exercises")) {
                ServeClient.Reply r = c.get(path);
                assertEquals(401, r.status(), path);
                assertTrue(r.body().contains("token: missing or wrong"), r.body());
                assertEquals(401, c.get(path + "?token=" + "0".repeat(32)).status(), path + " with a wrong token");
                assertEquals(200, c.get(path + "?token=" + token).status(), path + " with the token");
            }
            assertEquals(401, c.post("/api/run", "{\"scenario\":\"rich-case_1\"}").status());
            assertEquals(200, c.post("/api/run?token=" + token, "{\"scenario\":\"rich-case_1\"}").status());
            assertEquals(200, c.send(HttpRequest.newBuilder(URI.create(c.base() + "/api/scenarios"))
                    .header("X-Tradesim-Token", token).GET()).status());
            // the page's links to its own script and style carry the token
            assertTrue(c.get("/?token=" + token).body().contains("app.js?token=" + token));
        }
    }

    @Test
    void theCommandPrintsItsUrlFirstAndStopsCleanlyOnSigterm() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "-Xmx256m",
                "tradesim.cli.Main", "serve", "--port", "0", "--dir", SMALL.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = out.readLine();
            assertTrue(url != null && url.matches("http://127\\.0\\.0\\.1:[0-9]+/"), String.valueOf(url));
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "api/scenarios")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"name\":\"rich-case_1\""), r.body());
            p.destroy(); // SIGTERM: the shutdown hook stops the server
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the server stopped");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aRunOverTheTimeLimitIsStoppedWith503AndTheServerGoesOn() throws Exception {
        // A nanosecond, over the bundled scenarios: the start-up runs of all of them are still queued
        // on the run pool when the request comes, so its run cannot be done in time.
        try (ServeClient c = new ServeClient("127.0.0.1", Path.of("scenarios"), java.time.Duration.ofNanos(1))) {
            ServeClient.Reply r = c.post("/api/run", "{\"scenario\":\"negotiation-tree-2018\",\"parameters\":"
                    + "[{\"product\":\"beef\",\"importer\":\"JPN\",\"substitution\":6.5}]}");
            assertEquals(503, r.status(), r.body());
            assertTrue(r.body().contains("the run took longer than 0 ms, the limit for one request"), r.body());
            assertEquals(200, c.get("/api/scenarios").status(), "other requests are still answered");
        }
    }

    @Test
    void aPortOutOfRangeOrAMissingFolderIsBadInput() {
        var r = tradesim.cli.Main.execute(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), "serve", "--port", "70000");
        assertEquals(2, r);
        assertEquals(2, tradesim.cli.Main.execute(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), "serve", "--dir", "no/such/folder"));
    }
}
