package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of the command line: exit codes and the text a user sees. */
class CliTest {

    private static final String RICH = "src/test/resources/scenarios/rich.yaml";
    private static final Path MINI = Path.of("src/test/resources/data/mini");

    @TempDir
    Path tmp;

    /** A scenario file in {@code tmp} next to a copy of the mini dataset. */
    private Path scenario(String name, String body) throws IOException {
        Path data = tmp.resolve("data/mini");
        if (!Files.exists(data)) {
            Files.createDirectories(data);
            try (Stream<Path> files = Files.list(MINI)) {
                for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\ntitle: T\ndescription: D\ndataset: mini\n"
                + "horizon: {start: 2018-01, end: 2019-12, step: month}\n" + body);
        return file;
    }

    @Test
    void versionAndHelp() {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("tradesim "), v.out());
        Cli.Result h = Cli.run("--help");
        assertEquals(0, h.exit());
        for (String c : List.of("run", "paths", "sensitivity", "validate", "explain", "data", "new", "completion")) {
            assertTrue(h.out().contains(c), "help lists " + c);
        }
    }

    @Test
    void validateGoodFilePrintsEventsAndPaths() {
        Cli.Result r = Cli.run("validate", RICH);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("ok: " + RICH.replace(".", "\\.") + " \\(\\d+ events, \\d+ paths\\)\\s*"), r.out());
    }

    @Test
    void badInputGivesFileLineColumnAndExitTwoWithoutStackTrace() throws IOException {
        Path f = scenario("bad", "evnets: []\n");
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(f + ":6:1: unknown key 'evnets' (did you mean 'events'?)"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        Cli.Result missing = Cli.run("validate", tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.yaml:1:1:"), missing.err());
    }

    @Test
    void unknownOptionsAndBadPathsAreBadInput() {
        assertEquals(2, Cli.run("run", "--frobnicate").exit());
        Cli.Result r = Cli.run("run", RICH, "--out", tmp.toString(), "--path", "s232");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("expected EVENT=OUTCOME"), r.err());
        Cli.Result u = Cli.run("run", RICH, "--out", tmp.toString(), "--path", "s232=maybe");
        assertEquals(2, u.exit());
        assertTrue(u.err().contains("has no outcome 'maybe'"), u.err());
    }

    @Test
    void runWritesEveryTableAndTheSameBytesTwice() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Cli.Result r = Cli.run("run", RICH, "--out", a.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("headline flows in "), r.out());
        assertEquals(0, Cli.run("run", RICH, "--out", b.toString(), "--quiet").exit());
        assertTrue(Files.exists(a.resolve("report.html")) && Files.exists(a.resolve("timeline.png")),
                "charts and the report come with every run");
        for (String f : List.of("flows.csv", "welfare.csv", "annual.csv", "paths.csv", "run.json")) {
            assertTrue(Files.exists(a.resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertEquals("scenario,path,period,importer,exporter,product,tariff_pct,wedge_pct,world_price,baseline_value_usd_m,"
                + "value_usd_m,change_pct,creation_usd_m,diversion_usd_m", Files.readAllLines(a.resolve("flows.csv"))
                .get(0));
        String flows = Files.readString(a.resolve("flows.csv"));
        assertFalse(flows.contains("NaN") || flows.contains("Infinity"));
        try (Stream<Path> s = Files.list(a)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void refusesToWriteIntoTheDatasetFolder() throws IOException {
        Path f = scenario("into-data", "events: []\n");
        Cli.Result r = Cli.run("run", f.toString(), "--out", tmp.resolve("data/mini/out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("refusing to write outputs here"), r.err());
        assertFalse(Files.exists(tmp.resolve("data/mini/out")));
    }

    @Test
    void anImpossiblePurchaseCommitmentFailsTheRunWithExitOne() throws IOException {
        Path f = scenario("impossible", """
                events:
                  - id: buy
                    date: 2018-03-01
                    label: Buy a lot
                    actions:
                      - purchase: {importer: JPN, exporter: USA, product: beef, value_usd_m: 1000000}
                """);
        Cli.Result r = Cli.run("run", f.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("scenario impossible, product beef, period 2018-03"), r.err());
        assertTrue(r.err().contains("cannot be met"), r.err());
        assertFalse(Files.exists(tmp.resolve("out/flows.csv")), "a failed run writes no half result");
        assertFalse(Files.exists(tmp.resolve("out")), "nor leaves the folder it made for its outputs");
    }

    @Test
    void pathsWritesProbabilitiesThatSumToOneAndTheExpectation() throws IOException {
        Cli.Result r = Cli.run("paths", RICH, "--out", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(tmp.resolve("paths.csv"));
        assertEquals("path,outcomes,probability", lines.get(0));
        double sum = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
                .sum();
        assertEquals(1.0, sum, 1e-6);
        assertTrue(Files.readString(tmp.resolve("expected.csv")).lines().skip(1).allMatch(l -> l.split(",")[1]
                .equals("expected")));
        assertTrue(Files.exists(tmp.resolve("expected_welfare.csv")));
        assertTrue(r.out().contains("sum of probabilities: 1.000000000000"), r.out());
    }

    @Test
    void drawsGiveIdenticalBandsForOneAndTwoThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, Cli.run("run", RICH, "--out", one.toString(), "--draws", "40", "--threads", "1", "--quiet")
                .exit());
        assertEquals(0, Cli.run("run", RICH, "--out", two.toString(), "--draws", "40", "--threads", "2", "--quiet")
                .exit());
        for (String f : List.of("bands.csv", "bands_annual.csv", "path_frequency.csv", "flows.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        assertTrue(Files.readString(one.resolve("run.json")).contains("\"draws\": 40"));
        assertEquals(2, Cli.run("run", RICH, "--out", one.toString(), "--draws", "0").exit());
    }

    @Test
    void sensitivityWritesOneRowPerUncertainParameter() throws IOException {
        Cli.Result r = Cli.run("sensitivity", RICH, "--out", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(tmp.resolve("sensitivity.csv"));
        assertTrue(lines.get(0).startsWith("scenario,importer,exporter,product,year,parameter,low_value,high_value"));
        assertTrue(lines.size() >= 2);
    }

    @Test
    void compareWritesTheTableAndPageForSeveralScenarios() throws IOException {
        Path other = scenario("other", """
                events:
                  - id: cut
                    date: 2018-06-01
                    label: Beef cut
                    actions:
                      - tariff: {importer: JPN, exporter: USA, product: beef}
                        set: 9
                """);
        Path dir = tmp.resolve("cmp");
        Cli.Result r = Cli.run("compare", RICH, other.toString(), "--out", dir.toString(), "--years", "2019");
        assertEquals(0, r.exit(), r.err());
        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("other,-,JPN,USA,beef,2019,")), String.join("\n", csv));
        assertTrue(Files.exists(dir.resolve("compare.html")));
        assertEquals(2, Cli.run("compare", RICH, other.toString(), "--out", dir.toString(), "--flow", "JPN:USA").exit(),
                "a flow needs three parts");
    }

    @Test
    void dataShowsSourcedAndEstimatedCells() {
        Cli.Result r = Cli.run("data", MINI.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().toLowerCase(java.util.Locale.ROOT).contains("estimate"), r.out());
        assertEquals(2, Cli.run("data", "no-such-dataset").exit());
    }

    @Test
    void newWritesATemplateThatValidatesAgainstTheBundledDataset() throws IOException {
        Cli.Result r = Cli.run("new", "my-first", "--dir", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        Path written = tmp.resolve("my-first.yaml");
        assertTrue(Files.readString(written).contains("name: my-first"));
        Path data = tmp.resolve("data/us-japan-2017");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Path.of("scenarios/data/us-japan-2017"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        Cli.Result v = Cli.run("validate", written.toString());
        assertEquals(0, v.exit(), v.err());
        assertEquals(2, Cli.run("new", "my-first", "--dir", tmp.toString()).exit(), "never overwrites");
        assertEquals(2, Cli.run("new", "Bad Name").exit());
    }

    @Test
    void completionPrintsABashScript() {
        Cli.Result r = Cli.run("completion");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("complete -F"), r.out().substring(0, Math.min(200, r.out().length())));
    }

    @Test
    void explainTellsTheModelAndAScenario() {
        Cli.Result m = Cli.run("explain");
        assertEquals(0, m.exit());
        assertTrue(m.out().contains("sigma") && m.out().contains("diversion") && m.out().contains("stays at zero"));
        assertTrue(m.out().contains("tradesim explain uncertainty"), m.out());
        Cli.Result u = Cli.run("explain", "uncertainty");
        assertEquals(0, u.exit(), u.err());
        assertTrue(u.out().contains("bands for the headline flows and for\ntotals, not for every flow")
                && u.out().contains("importer total  USA,*,*"), u.out());
        Cli.Result s = Cli.run("explain", RICH);
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("outcome imposed, probability 0.300"), s.out());
    }
}
