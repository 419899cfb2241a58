package tradesim.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import tradesim.app.PathsService;
import tradesim.app.RunFailure;
import tradesim.app.RunService;
import tradesim.app.ScenarioInputs;
import tradesim.chart.ChartSet;
import tradesim.chart.ChartSpec;
import tradesim.chart.ChartWriter;
import tradesim.chart.HeadlineFlows;
import tradesim.chart.TimelineChart;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.results.AnnualFlows;
import tradesim.scenario.LoadedScenario;

/**
 * {@code tradesim serve}: the classroom page and its JSON API over the scenarios of one folder.
 *
 * <p>Safety: it listens on the loopback address unless told otherwise, and on any other address
 * every request must carry the random token printed in the page's URL. Request bodies over
 * {@link #MAX_BODY_BYTES} are refused with 413, added events and overrides are limited (see
 * {@link RunRequest}), scenarios are addressed only by the names found at start, and nothing is
 * written. Runs share a pool as wide as the machine (so at most that many are ever in progress,
 * however many requests arrive) and each request waits at most the time limit for its run: past
 * it, the answer is 503 at once, while the run ends on its pool thread (the engine cannot be
 * stopped mid-run) and its result is dropped. Pages, lists and cached results are answered by
 * other threads meanwhile.
 */
public final class ClassroomServer implements AutoCloseable {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /** How the server is started. */
    public record Options(String host, int port, Path dir, Optional<Path> toolHome, Duration timeLimit) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Options options;
    private final ScenarioInputs inputs;
    private final ScenarioCatalog catalog;
    private final List<Handouts.Handout> handouts;
    private final Map<String, List<FlowKey>> headlines = new LinkedHashMap<>();
    private final Optional<String> token;
    private final HttpServer http;
    private final ExecutorService requestPool;
    private final ThreadPoolExecutor runPool;
    private final LruCache<String, LoadedScenario> variants = new LruCache<>(32);
    private final LruCache<String, ResultTables> results = new LruCache<>(32); // a few MB each
    private final LruCache<String, ObjectNode> expectations = new LruCache<>(16);
    private final LruCache<String, String> charts = new LruCache<>(32);
    private final StaticFiles page;

    private ClassroomServer(Options options, PrintStream warnings) throws IOException {
        this.options = options;
        this.inputs = ScenarioInputs.keepingDatasets(options.toolHome());
        this.catalog = ScenarioCatalog.scan(options.dir(), inputs, warnings);
        this.handouts = Handouts.read(catalog.root(),
                catalog.entries().stream().map(ScenarioCatalog.Entry::name).toList());
        InetAddress address = InetAddress.getByName(options.host());
        this.token = address.isLoopbackAddress() ? Optional.empty() : Optional.of(newToken());
        this.page = new StaticFiles(token);
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.runPool = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "tradesim-serve-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.requestPool = new ThreadPoolExecutor(16, 16, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), r -> {
            Thread t = new Thread(r, "tradesim-serve-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpServer.create(new InetSocketAddress(address, options.port()), 64);
        http.setExecutor(requestPool);
        http.createContext("/", this::handle);
    }

    /**
     * Finds the scenarios, runs each once along its most likely path (the headline flows need a
     * run, and it warms the caches), and starts listening.
     */
    public static ClassroomServer start(Options options, PrintStream warnings) throws IOException {
        ClassroomServer s = new ClassroomServer(options, warnings);
        s.warmUp(warnings);
        s.http.start();
        return s;
    }

    private void warmUp(PrintStream warnings) {
        for (ScenarioCatalog.Entry e : catalog.entries()) {
            try {
                RunRequest r = RunRequest.of(JSON.createObjectNode().put("scenario", e.name()));
                ResultTables t = run(e, r);
                headlines.put(e.name(), HeadlineFlows.of(t.result()));
            } catch (ApiError | RuntimeException ex) {
                headlines.put(e.name(), e.loaded().scenario().headline());
                warnings.println("serve: " + e.file() + " did not run along its most likely path: " + ex.getMessage());
            }
        }
    }

    /** The page's address, with the token when one is required. */
    public String url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + a.getPort() + "/" + token.map(t -> "?token=" + t).orElse("");
    }

    public boolean requiresToken() {
        return token.isPresent();
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** Stops listening, lets requests in progress finish for up to a second, and stops the runs. */
    @Override
    public void close() {
        http.stop(1);
        requestPool.shutdownNow();
        runPool.shutdownNow();
    }

    private static String newToken() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    // ---- dispatch ------------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                Map<String, String> query = Exchanges.query(ex.getRequestURI().getRawQuery());
                if (token.isPresent() && !tokenMatches(ex, query)) {
                    throw new ApiError(401, "this server needs the token from the URL it printed",
                            List.of("token: missing or wrong (expected the token= value of the URL tradesim serve"
                                    + " printed)"));
                }
                route(ex, ex.getRequestURI().getPath(), query);
            } catch (ApiError e) {
                Exchanges.sendError(ex, JSON, e);
            } catch (RuntimeException e) {
                // Never a stack trace to the client; the class name is enough to report the bug.
                Exchanges.sendError(ex, JSON, new ApiError(500, "internal error (" + e.getClass().getSimpleName() + ")", List.of()));
            }
        }
    }

    private void route(HttpExchange ex, String path, Map<String, String> query) throws IOException, ApiError {
        String method = ex.getRequestMethod();
        if (path.startsWith("/api/")) {
            switch (path) {
                case "/api/scenarios" -> {
                    requireMethod(method, "GET");
                    Exchanges.sendJson(ex, JSON, 200, scenarios());
                }
                case "/api/paths" -> {
                    requireMethod(method, "GET");
                    Exchanges.sendJson(ex, JSON, 200, paths(entry(query.get("scenario"))));
                }
                case "/api/controls" -> {
                    requireMethod(method, "GET");
                    Exchanges.sendJson(ex, JSON, 200, Controls.of(entry(query.get("scenario")), headlineOf(query.get("scenario"))));
                }
                case "/api/exercises" -> {
                    requireMethod(method, "GET");
                    Exchanges.sendJson(ex, JSON, 200, JSON.valueToTree(handouts));
                }
                case "/api/run" -> {
                    requireMethod(method, "POST");
                    RunRequest r = Exchanges.request(ex, JSON);
                    ResultTables t = run(entry(r.scenario()), r);
                    Exchanges.send(ex, 200, "application/json; charset=utf-8", t.runJson(JSON.getFactory()));
                }
                case "/api/expected" -> {
                    requireMethod(method, "POST");
                    RunRequest r = Exchanges.request(ex, JSON);
                    Exchanges.sendJson(ex, JSON, 200, expected(entry(r.scenario()), r));
                }
                case "/api/chart" -> {
                    requireMethod(method, "POST");
                    RunRequest r = Exchanges.request(ex, JSON);
                    ScenarioCatalog.Entry e = entry(r.scenario());
                    String svg = chart(e, r);
                    Exchanges.send(ex, 200, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
                }
                case "/api/csv" -> {
                    requireMethod(method, "POST");
                    String table = query.getOrDefault("table", "annual.csv");
                    RunRequest r = Exchanges.request(ex, JSON);
                    Map<String, String> files = run(entry(r.scenario()), r).downloads();
                    if (!files.containsKey(table)) {
                        throw new ApiError(404, "no such table", List.of("table: unknown '" + table
                                + "' (expected one of " + String.join(", ", files.keySet()) + ")"));
                    }
                    ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + table + "\"");
                    Exchanges.send(ex, 200, "text/csv; charset=utf-8", files.get(table).getBytes(StandardCharsets.UTF_8));
                }
                default -> throw new ApiError(404, "no such API", List.of("path: unknown '" + path
                        + "' (expected /api/scenarios, /api/run, /api/paths, /api/controls, /api/expected,"
                        + " /api/chart, /api/csv or /api/exercises)"));
            }
            return;
        }
        requireMethod(method, "GET");
        Optional<StaticFiles.File> f = page.get(path);
        if (f.isEmpty()) throw new ApiError(404, "no such page", List.of("path: unknown '" + path + "'"));
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'");
        Exchanges.send(ex, 200, f.get().contentType(), f.get().bytes());
    }

    private static void requireMethod(String method, String expected) throws ApiError {
        if (!method.equals(expected)) {
            throw new ApiError(405, "method not allowed", List.of("method: found " + method + " (expected "
                    + expected + ")"));
        }
    }

    private boolean tokenMatches(HttpExchange ex, Map<String, String> query) {
        String given = query.get("token");
        if (given == null) given = ex.getRequestHeaders().getFirst("X-Tradesim-Token");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioCatalog.Entry entry(String name) throws ApiError {
        if (name == null) {
            throw ApiError.badRequest("scenario: missing (expected the name of a scenario from GET /api/scenarios)");
        }
        Optional<ScenarioCatalog.Entry> e = catalog.find(name);
        if (e.isEmpty()) {
            throw new ApiError(404, "unknown scenario", List.of("scenario: unknown '" + name + "' (expected one of "
                    + String.join(", ", catalog.entries().stream().map(ScenarioCatalog.Entry::name).toList())
                    + "; scenarios are named as GET /api/scenarios lists them, never by a file path)"));
        }
        return e.get();
    }

    private List<FlowKey> headlineOf(String name) throws ApiError {
        return headlines.getOrDefault(entry(name).name(), List.of());
    }

    // ---- work -----------------------------------------------------------------------------------

    private ArrayNode scenarios() {
        ArrayNode out = JSON.createArrayNode();
        for (ScenarioCatalog.Entry e : catalog.entries()) {
            var s = e.loaded().scenario();
            ObjectNode o = out.addObject();
            o.put("name", s.name());
            o.put("title", s.title());
            o.put("file", e.file());
            ArrayNode h = o.putArray("headline");
            for (FlowKey k : headlines.getOrDefault(e.name(), s.headline())) {
                h.addObject().put("importer", k.importer()).put("exporter", k.exporter()).put("product", k.product());
            }
            ArrayNode ev = o.putArray("events");
            for (var event : s.events()) {
                ObjectNode eo = ev.addObject();
                eo.put("id", event.id());
                eo.put("date", event.date().toString());
                eo.put("label", event.label());
                ArrayNode oc = eo.putArray("outcomes");
                for (var outcome : event.outcomes()) {
                    oc.addObject().put("id", outcome.id()).put("probability", outcome.probability());
                }
            }
        }
        return out;
    }

    private ArrayNode paths(ScenarioCatalog.Entry e) {
        ArrayNode out = JSON.createArrayNode();
        for (ScenarioInputs.PathChoice p : ScenarioInputs.paths(e.loaded())) {
            ObjectNode o = out.addObject();
            o.put("path", p.label());
            ObjectNode outcomes = o.putObject("outcomes");
            p.outcomes().forEach(outcomes::put);
            o.put("probability", p.probability());
        }
        return out;
    }

    ResultTables run(ScenarioCatalog.Entry e, RunRequest r) throws ApiError {
        Optional<ResultTables> cached = results.get(r.key());
        if (cached.isPresent()) return cached.get();
        ResultTables t = limited(() -> {
            LoadedScenario ls = variant(e, r);
            RunService.RunPlan plan;
            try {
                plan = RunService.plan(ls, r.path());
            } catch (InputException ie) {
                throw ApiError.badRequest(ie.problems().stream().map(ClassroomServer::pathProblem).toList());
            }
            try {
                return ResultTables.of(RunService.run(plan, Optional.empty(), x -> { }).point());
            } catch (InputException ie) {
                throw ApiError.badRequest(ie.problems().stream().map(p -> "scenario: " + p.message()).toList());
            }
        });
        results.put(r.key(), t);
        return t;
    }

    /** A --path problem as the request names it: the {@code path} field. */
    private static String pathProblem(Problem p) {
        String m = p.message();
        return m.startsWith("--path: ") ? "path: " + m.substring("--path: ".length()) : "path: " + m;
    }

    private LoadedScenario variant(ScenarioCatalog.Entry e, RunRequest r) throws ApiError {
        String key = r.variantKey();
        Optional<LoadedScenario> cached = variants.get(key);
        if (cached.isPresent()) return cached.get();
        LoadedScenario ls = ScenarioVariant.load(e, r, inputs);
        variants.put(key, ls);
        return ls;
    }

    /**
     * The probability-weighted annual flows over every path of the tree for the headline flows,
     * with the request's overrides and events; the path choice plays no part.
     */
    private ObjectNode expected(ScenarioCatalog.Entry e, RunRequest r) throws ApiError {
        String key = r.variantKey();
        Optional<ObjectNode> cached = expectations.get(key);
        if (cached.isPresent()) return cached.get();
        ObjectNode out = limited(() -> {
            LoadedScenario ls = variant(e, r);
            PathsService.PathsOutcome p = PathsService.expected(ls);
            List<FlowKey> headline = headlines.getOrDefault(e.name(), List.of());
            ObjectNode o = JSON.createObjectNode();
            o.put("scenario", e.name());
            o.put("path", "expected");
            ArrayNode rows = o.putArray("annual");
            for (AnnualFlows.AnnualRow a : AnnualFlows.of(p.expectedFlows(), ls.scenario().horizon().periodMonths())) {
                if (!headline.contains(a.flow())) continue;
                rows.addObject().put("period", Integer.toString(a.year())).put("importer", a.flow().importer())
                        .put("exporter", a.flow().exporter()).put("product", a.flow().product())
                        .put("baseline_value_usd_m", a.baselineValueUsdM()).put("value_usd_m", a.valueUsdM())
                        .put("change_pct", a.changePct());
            }
            ArrayNode paths = o.putArray("paths");
            p.paths().forEach(l -> paths.addObject().put("path", l.path()).put("probability", l.probability()));
            return o;
        });
        expectations.put(key, out);
        return out;
    }

    /** The timeline of the headline flows, drawn by the same chart code as {@code tradesim run}. */
    private String chart(ScenarioCatalog.Entry e, RunRequest r) throws ApiError {
        Optional<String> cached = charts.get(r.key());
        if (cached.isPresent()) return cached.get();
        ResultTables t = run(e, r);
        String svg = limited(() -> {
            List<ChartSpec> specs = ChartSet.forRun(t.result(), Optional.empty(), Optional.empty());
            ChartSpec timeline = specs.stream().filter(c -> c.stem().equals(TimelineChart.STEM)).findFirst()
                    .orElseThrow(() -> new ApiError(404, "no chart", List.of("chart: this scenario has no flows to"
                            + " draw")));
            return ChartWriter.svg(timeline);
        });
        charts.put(r.key(), svg);
        return svg;
    }

    @FunctionalInterface
    private interface Work<T> {
        T call() throws ApiError;
    }

    /** Runs work on the run pool within the time limit; a run that fails on valid input is a 422. */
    private <T> T limited(Work<T> work) throws ApiError {
        Callable<T> c = work::call;
        Future<T> f;
        try {
            f = runPool.submit(c);
        } catch (RejectedExecutionException e) {
            throw new ApiError(503, "the server is busy", List.of("server: too many runs waiting; try again"));
        }
        try {
            return f.get(options.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiError(503, "the run took too long", List.of("server: the run took longer than "
                    + options.timeLimit().toMillis() + " ms, the limit for one request; try fewer changes at once"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping", List.of());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ApiError a) throw a;
            if (cause instanceof RunFailure rf) {
                throw new ApiError(422, "the run failed", List.of(rf.getMessage()));
            }
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        }
    }
}
