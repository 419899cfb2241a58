package tradesim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.cli.Main;
import tradesim.input.CsvTable;
import tradesim.input.ProblemCollector;

/**
 * The JSON API against {@code tradesim run}: the same scenario, path, overrides and added events
 * give the numbers run writes, and every kind of bad request gets its status and a problem in
 * validate's words naming the JSON field, never a stack trace.
 */
class ServeApiTest {

    private static final Path FLAGSHIP = Path.of("scenarios/us-japan-2018/negotiation-tree-2018.yaml");
    private static ServeClient serve;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        serve = new ServeClient("127.0.0.1", Path.of("scenarios"));
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    // ---- equal to tradesim run ------------------------------------------------------------------

    @Test
    void aBranchPathGivesRunsAnnualAndWelfare() throws Exception {
        JsonNode api = run("{\"scenario\":\"negotiation-tree-2018\",\"path\":{\"s232\":\"imposed\","
                + "\"retaliation\":\"retaliate\"}}");
        Path out = cliRun(FLAGSHIP, "--path", "s232=imposed,retaliation=retaliate");
        assertEquals("s232=imposed;retaliation=retaliate;talks_after_tariff=fail", api.get("path").asText());
        assertSameAsRun(api, out, 1);
    }

    @Test
    void aParameterOverrideGivesWhatTheSameOverrideInTheFileGives() throws Exception {
        JsonNode api = run("{\"scenario\":\"negotiation-tree-2018\",\"parameters\":[{\"product\":\"beef\","
                + "\"importer\":\"JPN\",\"substitution\":4.25},{\"product\":\"beef\",\"exporter\":\"USA\","
                + "\"supply\":3.5}]}");
        String yaml = scenarioText(FLAGSHIP) + "parameters:\n  - {product: beef, importer: JPN, substitution: 4.25}\n"
                + "  - {product: beef, exporter: USA, supply: 3.5}\n";
        assertSameAsRun(api, cliRun(copy(yaml)), 1);
        // and the override matters: the default run differs
        JsonNode plain = run("{\"scenario\":\"negotiation-tree-2018\"}");
        assertFalse(plain.get("annual").equals(api.get("annual")));
    }

    @Test
    void anAddedEventGivesWhatTheSameEventInTheFileGives() throws Exception {
        JsonNode api = run("{\"scenario\":\"negotiation-tree-2018\",\"path\":{\"s232\":\"exempt_japan\"},"
                + "\"events\":[{\"id\":\"classroom\",\"date\":\"2019-06-01\",\"label\":\"A beef tariff\","
                + "\"actions\":[{\"tariff\":{\"importer\":\"JPN\",\"exporter\":\"USA\",\"product\":\"beef\"},"
                + "\"set\":12.5}]}]}");
        String text = scenarioText(FLAGSHIP);
        String event = "  - id: classroom\n    date: 2019-06-01\n    label: A beef tariff\n    actions:\n"
                + "      - tariff: {importer: JPN, exporter: USA, product: beef}\n        set: 12.5\n";
        String yaml = text.replace("\nuncertainty:", "\n" + event + "uncertainty:");
        assertSameAsRun(api, cliRun(copy(yaml), "--path", "s232=exempt_japan"), 1);
    }

    @Test
    void aQuarterlyScenarioWeighsEachPeriodByThreeMonths() throws Exception {
        try (ServeClient small = new ServeClient("127.0.0.1", Path.of("src/test/resources/scenarios"))) {
            ServeClient.Reply r = small.post("/api/run", "{\"scenario\":\"rich-case_1\"}");
            assertEquals(200, r.status(), r.body());
            assertSameAsRun(r.json(), cliRun(Path.of("src/test/resources/scenarios/rich.yaml")), 3);

            // an override of a value the scenario sets itself replaces it, as editing the file would
            ServeClient.Reply o = small.post("/api/run", "{\"scenario\":\"rich-case_1\",\"parameters\":["
                    + "{\"product\":\"beef\",\"substitution\":3}]}");
            assertEquals(200, o.status(), o.body());
            String text = scenarioText(Path.of("src/test/resources/scenarios/rich.yaml"));
            assertTrue(text.contains("{product: beef, substitution: 4.5}"));
            Path edited = copy(text.replace("{product: beef, substitution: 4.5}", "{product: beef, substitution: 3}"),
                    "mini", Path.of("src/test/resources/data/mini"));
            assertSameAsRun(o.json(), cliRun(edited), 3);
            assertFalse(o.json().get("annual").equals(r.json().get("annual")), "the override changes the run");
        }
    }

    /** annual: every row and column as annual.csv has it; welfare: welfare.csv summed by year. */
    private static void assertSameAsRun(JsonNode api, Path out, int periodMonths) throws IOException {
        List<Map<String, String>> annual = csv(out.resolve("annual.csv"));
        JsonNode rows = api.get("annual");
        assertEquals(annual.size(), rows.size(), "annual rows");
        for (int i = 0; i < annual.size(); i++) {
            Map<String, String> want = annual.get(i);
            JsonNode got = rows.get(i);
            assertEquals(List.copyOf(want.keySet()), fieldNames(got), "annual columns");
            for (var e : want.entrySet()) assertCell(e.getKey(), e.getValue(), got.get(e.getKey()), 1e-9);
        }
        // welfare.csv rounds each period to 6 decimals; a year sums 12 (or 4) of them, so the sum of the
        // written numbers can differ from the sum of the exact ones by up to 5e-7, plus 5e-7 for writing it.
        Map<String, Map<String, Object>> byYear = new LinkedHashMap<>();
        List<Map<String, String>> welfare = csv(out.resolve("welfare.csv"));
        for (Map<String, String> w : welfare) {
            String year = w.get("period").substring(0, 4);
            Map<String, Object> acc = byYear.computeIfAbsent(year + "|" + w.get("country") + "|" + w.get("product"),
                    k -> new LinkedHashMap<>());
            for (var e : w.entrySet()) {
                if (isText(e.getKey())) acc.put(e.getKey(), e.getKey().equals("period") ? year : e.getValue());
                else acc.merge(e.getKey(), Double.parseDouble(e.getValue()) * periodMonths / 12.0,
                        (a, b) -> (Double) a + (Double) b);
            }
        }
        JsonNode wrows = api.get("welfare");
        assertEquals(byYear.size(), wrows.size(), "welfare rows");
        int i = 0;
        for (Map<String, Object> want : byYear.values()) {
            JsonNode got = wrows.get(i++);
            assertEquals(List.copyOf(want.keySet()), fieldNames(got), "welfare columns");
            for (var e : want.entrySet()) assertCell(e.getKey(), String.valueOf(e.getValue()), got.get(e.getKey()), 1e-6);
        }
    }

    private static void assertCell(String column, String want, JsonNode got, double tolerance) {
        if (isText(column)) {
            assertTrue(got.isTextual(), column + " is text");
            assertEquals(want, got.asText(), column);
        } else {
            assertTrue(got.isNumber(), column + " is a number");
            assertEquals(Double.parseDouble(want), got.asDouble(), tolerance, column);
        }
    }

    private static boolean isText(String column) {
        return List.of("scenario", "path", "period", "importer", "exporter", "product", "country").contains(column);
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        CsvTable t = CsvTable.read(file, file.toString(), new ProblemCollector()).orElseThrow();
        List<Map<String, String>> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < r.cells().size(); c++) m.put(t.header().cells().get(c).text(), r.cells().get(c).text());
            out.add(m);
        }
        return out;
    }

    private static String scenarioText(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The text as a scenario file in a temporary folder, its dataset named by a path back to the bundled one. */
    private Path copy(String yaml) throws IOException {
        return copy(yaml, "us-japan-2017", Path.of("scenarios/data/us-japan-2017"));
    }

    private Path copy(String yaml, String datasetName, Path datasetFolder) throws IOException {
        Path file = tmp.resolve("variant-" + System.nanoTime() + ".yaml");
        Files.writeString(file, yaml.replace("dataset: " + datasetName, "dataset: "
                + tmp.toAbsolutePath().relativize(datasetFolder.toAbsolutePath()).toString().replace('\\', '/')),
                StandardCharsets.UTF_8);
        return file;
    }

    private Path cliRun(Path scenario, String... extra) {
        Path out = tmp.resolve("out-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--quiet", "--out", out.toString()));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        return out;
    }

    private static JsonNode run(String body) throws Exception {
        ServeClient.Reply r = serve.post("/api/run", body);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    // ---- bad requests ---------------------------------------------------------------------------

    private static List<String> refused(int status, String path, String body) throws Exception {
        ServeClient.Reply r = serve.post(path, body);
        assertEquals(status, r.status(), r.body());
        assertNoStackTrace(r.body());
        JsonNode j = r.json();
        assertTrue(j.get("error").isTextual());
        List<String> problems = new ArrayList<>();
        j.get("problems").forEach(p -> problems.add(p.asText()));
        return problems;
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("Exception") || body.contains(".java:"), body);
    }

    @Test
    void malformedJsonIsA400NamingWhere() throws Exception {
        List<String> p = refused(400, "/api/run", "{\"scenario\"}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("body: not valid JSON at line 1, column 12: Unexpected character ('}'"), p.get(0));
        assertEquals(List.of("body: empty (expected a JSON object with at least \"scenario\")"),
                refused(400, "/api/run", ""));
        assertEquals(1, refused(400, "/api/run", "{\"scenario\":\"status-quo\"} trailing").size());
    }

    @Test
    void wrongTypesNameTheirField() throws Exception {
        assertEquals(List.of("body: found a list (expected a JSON object with at least \"scenario\")"),
                refused(400, "/api/run", "[1,2]"));
        assertEquals(List.of("scenario: found a number (expected the name of a scenario as a string)",
                        "path: found a list (expected an object of event id: outcome id)",
                        "parameters: found a string (expected a list of parameter overrides)",
                        "events[0]: found a number (expected an object)"),
                refused(400, "/api/run", "{\"scenario\":5,\"path\":[],\"parameters\":\"x\",\"events\":[3]}"));
        assertEquals(List.of("events[0].date: date is not a valid date (found 'soon', expected YYYY-MM-DD or YYYY-MM)"),
                refused(400, "/api/run", "{\"scenario\":\"negotiation-tree-2018\",\"events\":[{\"id\":\"e\","
                        + "\"date\":\"soon\",\"label\":\"x\"}]}"));
        assertEquals(List.of("colour: unknown key (expected one of scenario, path, parameters, events)"),
                refused(400, "/api/run", "{\"scenario\":\"status-quo\",\"colour\":\"red\"}"));
    }

    @Test
    void unknownEventsAndOutcomesInThePathAre400() throws Exception {
        assertEquals(List.of("path: unknown event 'talks'"),
                refused(400, "/api/run", "{\"scenario\":\"negotiation-tree-2018\",\"path\":{\"talks\":\"deal\"}}"));
        assertEquals(List.of("path: event 's232' has no outcome 'maybe' (expected one of [deferred, exempt_japan,"
                        + " imposed])"),
                refused(400, "/api/run", "{\"scenario\":\"negotiation-tree-2018\",\"path\":{\"s232\":\"maybe\"}}"));
    }

    @Test
    void badRatesAndUnknownCodesInAddedEventsNameTheJsonField() throws Exception {
        List<String> p = refused(400, "/api/run", "{\"scenario\":\"negotiation-tree-2018\",\"events\":["
                + "{\"id\":\"ok\",\"date\":\"2019-06-01\",\"label\":\"fine\"},"
                + "{\"id\":\"bad\",\"date\":\"2019-06-01\",\"label\":\"x\",\"actions\":["
                + "{\"tariff\":{\"importer\":\"JPX\",\"exporter\":\"USA\",\"product\":\"beef\"},\"set\":-5},"
                + "{\"tariff\":{\"importer\":\"JPN\",\"exporter\":\"USA\",\"product\":\"beef\"},\"add\":5000}]}]}");
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("events[1].actions[0].tariff.importer: unknown country 'JPX' (did you mean 'JPN'?"),
                p.toString());
        assertTrue(p.get(1).startsWith("events[1].actions[0].set: "), p.toString());
        assertTrue(p.get(1).contains("found '-5'"), p.toString());
        assertTrue(p.get(2).startsWith("events[1].actions[1].add: "), p.toString());
        assertEquals(List.of("parameters[0].substitution: substitution out of range (found '-1', expected a number > 0)"),
                refused(400, "/api/run", "{\"scenario\":\"negotiation-tree-2018\",\"parameters\":[{\"product\":"
                        + "\"beef\",\"importer\":\"JPN\",\"substitution\":-1}]}"));
        assertEquals(List.of("events[0]: duplicate event id 's232' (first in the scenario or earlier in the request)"),
                refused(400, "/api/run", "{\"scenario\":\"negotiation-tree-2018\",\"events\":[{\"id\":\"s232\","
                        + "\"date\":\"2019-01-01\",\"label\":\"again\"}]}"));
    }

    @Test
    void unknownAndTraversingScenarioNamesAre404() throws Exception {
        for (String name : List.of("no-such-scenario", "../../etc/passwd", "us-japan-2018/status-quo.yaml",
                "/etc/passwd")) {
            List<String> p = refused(404, "/api/run", "{\"scenario\":\"" + name + "\"}");
            assertTrue(p.get(0).startsWith("scenario: unknown '" + name + "' (expected one of "), p.toString());
        }
        assertEquals(404, serve.get("/api/paths?scenario=..%2F..%2Fetc%2Fpasswd").status());
        assertEquals(404, serve.get("/../../etc/passwd").status());
    }

    @Test
    void aBodyOverOneMegabyteIs413() throws Exception {
        String big = "{\"scenario\":\"status-quo\",\"pad\":\"" + "x".repeat(ClassroomServer.MAX_BODY_BYTES) + "\"}";
        assertEquals(List.of("body: larger than 1048576 bytes (expected at most 1 MB)"), refused(413, "/api/run", big));
    }

    @Test
    void tooManyEventsOrParametersAre400() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i <= RunRequest.MAX_EVENTS; i++) {
            if (i > 0) events.append(',');
            events.append("{\"id\":\"e").append(i).append("\",\"date\":\"2019-01-01\",\"label\":\"x\"}");
        }
        assertEquals(List.of("events: too many events (found 21, expected at most 20)"),
                refused(400, "/api/run", "{\"scenario\":\"status-quo\",\"events\":[" + events + "]}"));
        String params = ("{\"product\":\"beef\",\"substitution\":5},").repeat(RunRequest.MAX_PARAMETERS + 1);
        assertEquals(List.of("parameters: too many parameter overrides (found 51, expected at most 50)"),
                refused(400, "/api/run", "{\"scenario\":\"status-quo\",\"parameters\":["
                        + params.substring(0, params.length() - 1) + "]}"));
    }

    @Test
    void wrongMethodsAndUnknownAddressesAreRefused() throws Exception {
        ServeClient.Reply r = serve.get("/api/run");
        assertEquals(405, r.status());
        assertNoStackTrace(r.body());
        assertEquals(404, serve.get("/api/nothing").status());
    }

    // ---- the rest of the API --------------------------------------------------------------------

    @Test
    void scenariosAreListedInTheDocumentedShape() throws Exception {
        ServeClient.Reply r = serve.get("/api/scenarios");
        assertEquals(200, r.status());
        JsonNode tree = null;
        for (JsonNode s : r.json()) {
            assertEquals(List.of("name", "title", "file", "headline", "events"), fieldNames(s));
            if (s.get("name").asText().equals("negotiation-tree-2018")) tree = s;
        }
        assertTrue(tree != null, "the flagship is listed");
        assertEquals("us-japan-2018/negotiation-tree-2018.yaml", tree.get("file").asText());
        assertEquals("{\"importer\":\"JPN\",\"exporter\":\"USA\",\"product\":\"beef\"}", tree.get("headline").get(0).toString());
        JsonNode s232 = null;
        for (JsonNode e : tree.get("events")) if (e.get("id").asText().equals("s232")) s232 = e;
        assertEquals("{\"id\":\"s232\",\"date\":\"2019-05-17\",\"label\":\"Section 232 decision on autos and parts\","
                + "\"outcomes\":[{\"id\":\"deferred\",\"probability\":0.55},{\"id\":\"exempt_japan\",\"probability\":0.25},"
                + "{\"id\":\"imposed\",\"probability\":0.2}]}", s232.toString());
    }

    @Test
    void pathsSumToOneAndTheExpectationLiesBetweenThePaths() throws Exception {
        JsonNode paths = serve.get("/api/paths?scenario=negotiation-tree-2018").json();
        assertEquals(8, paths.size());
        double sum = 0;
        for (JsonNode p : paths) sum += p.get("probability").asDouble();
        assertEquals(1.0, sum, 1e-12);
        JsonNode expected = serve.post("/api/expected", "{\"scenario\":\"negotiation-tree-2018\"}").json();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (JsonNode p : paths) {
            StringBuilder choice = new StringBuilder();
            p.get("outcomes").fields().forEachRemaining(e -> choice.append(choice.length() == 0 ? "" : ",")
                    .append('"').append(e.getKey()).append("\":\"").append(e.getValue().asText()).append('"'));
            JsonNode run = run("{\"scenario\":\"negotiation-tree-2018\",\"path\":{" + choice + "}}");
            double v = value(run.get("annual"), "2021", "USA", "beef");
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double e = value(expected.get("annual"), "2021", "USA", "beef");
        assertTrue(lo < e && e < hi, lo + " < " + e + " < " + hi);
    }

    private static double value(JsonNode rows, String year, String exporter, String product) {
        for (JsonNode r : rows) {
            if (r.get("period").asText().equals(year) && r.get("importer").asText().equals("JPN")
                    && r.get("exporter").asText().equals(exporter) && r.get("product").asText().equals(product)) {
                return r.get("value_usd_m").asDouble();
            }
        }
        throw new AssertionError("no row for " + exporter + " " + product + " in " + year);
    }

    @Test
    void downloadsAreTheFilesRunWrites() throws Exception {
        String body = "{\"scenario\":\"negotiation-tree-2018\",\"path\":{\"s232\":\"imposed\"}}";
        Path out = cliRun(FLAGSHIP, "--path", "s232=imposed");
        for (String table : List.of("annual.csv", "welfare.csv", "flows.csv")) {
            ServeClient.Reply r = serve.post("/api/csv?table=" + table, body);
            assertEquals(200, r.status());
            assertEquals(Files.readString(out.resolve(table), StandardCharsets.UTF_8), r.body(), table);
        }
        assertEquals(404, serve.post("/api/csv?table=..%2Frun.json", body).status());
    }

    @Test
    void theChartIsSvgFromTheChartCode() throws Exception {
        ServeClient.Reply r = serve.post("/api/chart", "{\"scenario\":\"negotiation-tree-2018\"}");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("<svg") && r.body().contains("width='1200") && r.body().strip().endsWith("</svg>"),
                r.body().substring(0, 300));
    }

    @Test
    void controlsStayWithinHalfToTwiceTheValueInForce() throws Exception {
        JsonNode c = serve.get("/api/controls?scenario=negotiation-tree-2018").json();
        JsonNode sigma = c.get("parameters").get(0);
        assertEquals("substitution", sigma.get("key").asText());
        assertEquals(7.7, sigma.get("value").asDouble(), 0);
        assertEquals(3.85, sigma.get("min").asDouble(), 1e-12);
        assertEquals(15.4, sigma.get("max").asDouble(), 1e-12);
        assertEquals("2019-05-17", c.get("tariff_date").asText());
    }

    @Test
    void handoutsShowQuestionsButNeverAnswers() throws Exception {
        JsonNode list = serve.get("/api/exercises").json();
        assertTrue(list.size() >= 1);
        for (JsonNode h : list) {
            assertTrue(h.get("questions").size() >= 1, h.toString());
            assertFalse(h.toString().contains("Teacher's answer"), h.toString());
        }
    }
}
