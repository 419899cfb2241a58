package tradesim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A server on a free port over a folder, and the JDK HttpClient calls the API tests make. */
final class ServeClient implements AutoCloseable {

    record Reply(int status, String body) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    final ClassroomServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServeClient(String host, Path dir) throws IOException {
        this(host, dir, Duration.ofSeconds(120));
    }

    ServeClient(String host, Path dir, Duration timeLimit) throws IOException {
        this.server = ClassroomServer.start(new ClassroomServer.Options(host, 0, dir, Optional.empty(), timeLimit),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /** The base address to call: the loopback address and the server's port, whatever it listens on. */
    String base() {
        return "http://127.0.0.1:" + server.address().getPort();
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    Reply post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
