package tradesim.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tradesim.web.ClassroomServer;

/**
 * Load on {@code POST /api/run} of the classroom page: CLIENTS threads, each sending its requests
 * one after the other on the flagship, every request with a changed path or parameter (a σ value
 * no earlier request used, and the next of the tree's eight paths), so no answer comes from the
 * result cache. Prints p50, p95 and max latency after a warm-up. Starts its own server over
 * {@code scenarios/} unless {@code --url} names a running one (run from the project folder):
 *
 * <pre>java -cp target/benchmarks.jar tradesim.bench.ServeLoad [--clients 8] [--requests 100] [--warmup 200] [--url URL]</pre>
 */
public final class ServeLoad {

    private static final String[] PATHS = {
        "{\"s232\":\"deferred\",\"talks_after_deferral\":\"deal\"}",
        "{\"s232\":\"deferred\",\"talks_after_deferral\":\"fail\"}",
        "{\"s232\":\"exempt_japan\",\"talks_after_exemption\":\"deal\"}",
        "{\"s232\":\"exempt_japan\",\"talks_after_exemption\":\"fail\"}",
        "{\"s232\":\"imposed\",\"retaliation\":\"retaliate\",\"talks_after_tariff\":\"deal\"}",
        "{\"s232\":\"imposed\",\"retaliation\":\"retaliate\",\"talks_after_tariff\":\"fail\"}",
        "{\"s232\":\"imposed\",\"retaliation\":\"no_retaliation\",\"talks_after_tariff\":\"deal\"}",
        "{\"s232\":\"imposed\",\"retaliation\":\"no_retaliation\",\"talks_after_tariff\":\"fail\"}",
    };

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = intArg(args, "--clients", 8);
        int requests = intArg(args, "--requests", 100);
        int warmup = intArg(args, "--warmup", 200);
        String url = stringArg(args, "--url", null);
        ClassroomServer server = null;
        if (url == null) {
            server = ClassroomServer.start(new ClassroomServer.Options("127.0.0.1", 0, Path.of("scenarios"),
                    Optional.empty(), ClassroomServer.DEFAULT_TIME_LIMIT), System.err);
            url = server.url();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger counter = new AtomicInteger();
        String base = url.endsWith("/") ? url : url + "/";
        try {
            run(http, base, counter, Math.min(clients, 2), warmup / Math.min(clients, 2));
            List<Long> nanos = run(http, base, counter, clients, requests);
            Collections.sort(nanos);
            System.out.printf(Locale.ROOT, "POST /api/run on the flagship, %d clients x %d requests (after %d warm-up)%n",
                    clients, requests, warmup);
            System.out.printf(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms; load average at the end %s%n",
                    ms(percentile(nanos, 0.50)), ms(percentile(nanos, 0.95)), ms(nanos.get(nanos.size() - 1)),
                    loadAverage());
        } finally {
            if (server != null) server.close();
        }
    }

    private static List<Long> run(HttpClient http, String base, AtomicInteger counter, int clients, int each)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> out = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    int n = counter.getAndIncrement();
                    // a σ for beef in Japan no other request used: 5.000, 5.001, ...
                    String sigma = String.format(Locale.ROOT, "%.3f", 5 + n * 0.001);
                    String body = "{\"scenario\":\"negotiation-tree-2018\",\"path\":" + PATHS[n % PATHS.length]
                            + ",\"parameters\":[{\"product\":\"beef\",\"importer\":\"JPN\",\"substitution\":" + sigma + "}]}";
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/run"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - t0;
                    if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": "
                            + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
                    out.add(t);
                }
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) all.addAll(f.get());
        pool.shutdown();
        return all;
    }

    private static long percentile(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static int intArg(String[] args, String name, int dflt) {
        String v = stringArg(args, name, null);
        return v == null ? dflt : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return dflt;
    }
}
