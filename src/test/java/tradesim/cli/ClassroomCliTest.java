package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black-box tests of what a teacher and an analyst use: run's --year and summary, the brief's numbers
 * against the CSV files, expected_annual.csv, sensitivity's table, compare's options and page, the
 * exercise handouts, and the fixes of explain, help and validation messages.
 */
class ClassroomCliTest {

    private static final String FLAGSHIP = "scenarios/us-japan-2018/negotiation-tree-2018.yaml";
    private static final String BUY_MORE = "scenarios/us-japan-2018/buy-more.yaml";
    private static final String RICH = "src/test/resources/scenarios/rich.yaml";

    @TempDir
    Path tmp;

    // ---- run --year and the summary ---------------------------------------------------------------

    @Test
    void withoutYearTheSummaryShowsAYearInWhichTheScenarioActs() {
        // buy-more's purchases end early in the horizon; its last year (2030) shows nothing.
        Cli.Result last = Cli.run("run", BUY_MORE, "--out", tmp.resolve("a").toString(), "--year", "2030");
        assertEquals(0, last.exit(), last.err());
        assertTrue(headlineChanges(last.out()).stream().allMatch(c -> Math.abs(c) < 0.01), last.out());

        Cli.Result r = Cli.run("run", BUY_MORE, "--out", tmp.resolve("b").toString());
        assertEquals(0, r.exit(), r.err());
        Matcher year = Pattern.compile("headline flows in (\\d{4}), USD million in the year \\(the year they change "
                + "most").matcher(r.out());
        assertTrue(year.find(), r.out());
        assertTrue(Integer.parseInt(year.group(1)) < 2030, r.out());
        assertTrue(headlineChanges(r.out()).stream().anyMatch(c -> Math.abs(c) >= 0.01), r.out());
        assertTrue(r.out().contains("USA→JPN wheat"), "the scenario's headline flows: " + r.out());
        assertFalse(r.out().contains("->"), "one flow notation: " + r.out());
    }

    /** The change column of the summary's headline rows. */
    private static List<Double> headlineChanges(String out) {
        List<Double> changes = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^    \\S+→\\S+ \\S+\\s+[\\d.]+\\s+[\\d.]+\\s+(-?[\\d.]+)%$").matcher(out);
        while (m.find()) changes.add(Double.parseDouble(m.group(1)));
        assertFalse(changes.isEmpty(), out);
        return changes;
    }

    @Test
    void yearChoosesTheSummaryYearAndIsCheckedAgainstTheHorizon() throws IOException {
        Cli.Result r = Cli.run("run", BUY_MORE, "--out", tmp.resolve("b").toString(), "--year", "2025");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("headline flows in 2025, USD million in the year:"), r.out());
        assertTrue(r.out().contains("net welfare change by country in 2025"), r.out());
        Document brief = Jsoup.parse(tmp.resolve("b/brief.html").toFile(), "UTF-8");
        assertTrue(brief.selectFirst("#brief .meta").text().startsWith("Brief for 2025"));

        Cli.Result bad = Cli.run("run", BUY_MORE, "--out", tmp.resolve("c").toString(), "--year", "2040");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("year 2040 is outside the horizon of buy-more (found 2040, expected a year from "
                + "2018 to 2030)"), bad.err());
        assertFalse(Files.exists(tmp.resolve("c/flows.csv")), "checked before anything runs");
    }

    // ---- the brief against the CSVs ---------------------------------------------------------------

    @Test
    void theBriefsExpectedValueIsTheProbabilityWeightedSumOfItsPathsAndMatchesExpectedAnnual() throws IOException {
        Path dir = tmp.resolve("flagship");
        assertEquals(0, Cli.run("run", FLAGSHIP, "--out", dir.toString(), "--year", "2021", "--quiet").exit());
        assertEquals(0, Cli.run("paths", FLAGSHIP, "--out", dir.toString(), "--quiet").exit());
        Document brief = Jsoup.parse(dir.resolve("brief.html").toFile(), "UTF-8");
        Document report = Jsoup.parse(dir.resolve("report.html").toFile(), "UTF-8");
        assertEquals(brief.selectFirst("#brief-paths").outerHtml(), report.selectFirst("#brief-paths").outerHtml(),
                "report.html opens with the same brief");

        Map<String, Double> probability = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("paths.csv")).subList(1, 9)) {
            String[] c = line.split(",");
            probability.put(c[0], Double.parseDouble(c[c.length - 1]));
        }
        List<Element> rows = brief.select("#brief-paths tr.path");
        assertEquals(8, rows.size(), "every path of the tree");
        double expected = 0;
        for (Element row : rows) {
            double p = probability.get(row.attr("data-path"));
            assertEquals(p, Double.parseDouble(row.attr("data-probability")), 1e-6);
            expected += p * Double.parseDouble(row.attr("data-value"));
        }
        double shown = Double.parseDouble(brief.selectFirst("#brief-paths tr.expected").attr("data-value"));
        assertEquals(expected, shown, 1e-6 * Math.abs(expected));
        // The same number from the exact expected outcome of `tradesim paths`, summed over 2021.
        double fromCsv = annualValue(dir.resolve("expected_annual.csv"), "expected", "2021", "JPN", "USA", "beef");
        assertEquals(fromCsv, shown, 1e-4);
        assertEquals(1, brief.select("#brief-paths tr.on-path").size(), "the report's own path is marked");
        // Key numbers: the scenario value of the lead flow is annual.csv's sum for 2021, one decimal.
        double annual = annualValue(dir.resolve("annual.csv"), "s232=deferred;talks_after_deferral=deal", "2021",
                "JPN", "USA", "beef");
        Element key = brief.select("#brief-key tbody tr").get(0);
        assertTrue(key.text().startsWith("USA→JPN beef"), key.text());
        assertEquals(String.format(java.util.Locale.ROOT, "%,.1f", annual), key.child(2).text());
        // Three assumptions, largest swing first, from the sensitivity of the same flow and year.
        List<Element> assumptions = brief.select("#brief-assumptions tbody tr");
        assertEquals(3, assumptions.size());
        double last = Double.MAX_VALUE;
        for (Element a : assumptions) {
            double swing = Double.parseDouble(a.child(4).text());
            assertTrue(swing <= last, "sorted by effect");
            last = swing;
        }
        assertEquals(1, brief.select("#brief img").size(), "one chart");
    }

    @Test
    void aPlainScenarioHasNoPathTableAndSaysWhyItRanksNoAssumptions() throws IOException {
        Path dir = tmp.resolve("buy");
        assertEquals(0, Cli.run("run", BUY_MORE, "--out", dir.toString(), "--quiet").exit());
        Document brief = Jsoup.parse(dir.resolve("brief.html").toFile(), "UTF-8");
        assertTrue(brief.select("#brief-paths").isEmpty());
        assertFalse(brief.select("#brief-key tbody tr").isEmpty());
        assertFalse(brief.selectFirst("#brief .question").text().isBlank());
    }

    // ---- annual sums ------------------------------------------------------------------------------

    @Test
    void annualCsvHoldsSumsOfTheMonthlyRatesAndExpectedAnnualTheSameForTheExpectedPath() throws IOException {
        Path dir = tmp.resolve("flagship");
        assertEquals(0, Cli.run("run", FLAGSHIP, "--out", dir.toString(), "--quiet").exit());
        assertEquals(0, Cli.run("paths", FLAGSHIP, "--out", dir.toString(), "--quiet").exit());
        assertEquals(Files.readAllLines(dir.resolve("annual.csv")).get(0),
                Files.readAllLines(dir.resolve("expected_annual.csv")).get(0), "same columns");
        for (String[] files : new String[][] {{"flows.csv", "annual.csv"}, {"expected.csv", "expected_annual.csv"}}) {
            Map<String, Double> monthlySums = new LinkedHashMap<>();
            List<String> monthly = Files.readAllLines(dir.resolve(files[0]));
            int value = monthly.get(0).split(",").length - 4; // value_usd_m: before change, creation, diversion
            assertEquals("value_usd_m", monthly.get(0).split(",")[value]);
            for (String line : monthly.subList(1, monthly.size())) {
                String[] c = line.split(",");
                String key = c[1] + "|" + c[2].substring(0, 4) + "|" + c[3] + "|" + c[4] + "|" + c[5];
                monthlySums.merge(key, Double.parseDouble(c[value]) / 12, Double::sum);
            }
            List<String> annual = Files.readAllLines(dir.resolve(files[1]));
            assertEquals(monthlySums.size(), annual.size() - 1);
            for (String line : annual.subList(1, annual.size())) {
                String[] c = line.split(",");
                String key = c[1] + "|" + c[2] + "|" + c[3] + "|" + c[4] + "|" + c[5];
                assertEquals(monthlySums.get(key), Double.parseDouble(c[value]), 1e-4, files[1] + " " + key);
            }
        }
        assertTrue(Files.readAllLines(dir.resolve("expected_annual.csv")).get(1).startsWith("negotiation-tree-2018,"
                + "expected,"));
    }

    // ---- sensitivity ------------------------------------------------------------------------------

    @Test
    void sensitivityPrintsHeadersSortsByEffectAndCountsParametersThatMoveNothing() throws IOException {
        Path dir = tmp.resolve("s");
        Cli.Result r = Cli.run("sensitivity", FLAGSHIP, "--out", dir.toString(), "--year", "2025",
                "--path", "s232=imposed,retaliation=retaliate,talks_after_tariff=fail");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(path s232=imposed;retaliation=retaliate;talks_after_tariff=fail)"), r.out());
        assertTrue(r.out().contains("parameter (largest effect first)"), r.out());
        List<Double> swings = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  \\S.*%\\s+(\\d+\\.\\d\\d)$").matcher(r.out());
        while (m.find()) swings.add(Double.parseDouble(m.group(1)));
        assertFalse(swings.isEmpty(), r.out());
        for (int i = 1; i < swings.size(); i++) assertTrue(swings.get(i) <= swings.get(i - 1), r.out());
        Matcher still = Pattern.compile("(\\d+) parameters? of 12 move the result by less than").matcher(r.out());
        assertTrue(still.find(), r.out());
        assertEquals(12, swings.size() + Integer.parseInt(still.group(1)), "every parameter shown or counted");
        // The CSV keeps every parameter, in the same order.
        List<String> csv = Files.readAllLines(dir.resolve("sensitivity.csv"));
        assertEquals(13, csv.size());
        double previous = Double.MAX_VALUE;
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",");
            double swing = Math.abs(Double.parseDouble(c[9]) - Double.parseDouble(c[8]));
            assertTrue(swing <= previous + 1e-9, "sensitivity.csv sorted by effect: " + line);
            previous = swing;
        }
    }

    @Test
    void sensitivityOnAnotherPathGivesAnotherPointResult() {
        Cli.Result likely = Cli.run("sensitivity", FLAGSHIP, "--out", tmp.resolve("a").toString());
        Cli.Result imposed = Cli.run("sensitivity", FLAGSHIP, "--out", tmp.resolve("b").toString(), "--path",
                "s232=imposed,retaliation=retaliate,talks_after_tariff=fail");
        assertEquals(0, likely.exit(), likely.err());
        assertEquals(0, imposed.exit(), imposed.err());
        assertFalse(likely.out().lines().findFirst().orElseThrow().equals(imposed.out().lines().findFirst().orElseThrow()));
        assertEquals(2, Cli.run("sensitivity", FLAGSHIP, "--out", tmp.resolve("c").toString(), "--path", "s232=maybe")
                .exit());
    }

    // ---- compare ----------------------------------------------------------------------------------

    @Test
    void compareChartsTheChosenFlowAndPutsBranchesOfOneTreeSideBySide() throws IOException {
        Path dir = tmp.resolve("cmp");
        Cli.Result r = Cli.run("compare", FLAGSHIP, "--out", dir.toString(), "--flow", "USA:MEX:passenger_vehicles",
                "--path", "s232=imposed", "--path", "s232=deferred", "--path", "s232=exempt_japan", "--year", "2025");
        assertEquals(0, r.exit(), r.err());
        Document doc = Jsoup.parse(dir.resolve("compare.html").toFile(), "UTF-8");
        assertTrue(doc.selectFirst("#chart figcaption").text().startsWith("MEX→USA passenger_vehicles"));
        Element table = doc.selectFirst("#changes table");
        assertEquals("MEX→USA passenger_vehicles", table.select("thead th.num").get(0).text(), "the chosen flow first");
        List<Element> rows = table.select("tbody tr");
        assertEquals(3, rows.size(), "one row per branch");
        assertTrue(rows.get(0).child(0).text().contains("s232=imposed"), rows.get(0).text());
        assertTrue(rows.get(2).child(0).text().contains("s232=exempt_japan"), rows.get(2).text());
        assertTrue(doc.select("#small-multiples img").isEmpty(), "three runs fit one chart");
        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"));
        assertTrue(csv.stream().allMatch(l -> l.startsWith("scenario,") || l.contains(",2025,")));

        Cli.Result unknown = Cli.run("compare", FLAGSHIP, "--out", tmp.resolve("x").toString(), "--flow",
                "USA:MEX:beef");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no flow USA:MEX:beef in dataset us-japan-2017"), unknown.err());
    }

    @Test
    void moreThanFourScenariosGetSmallMultiplesAndTablesThatFitThePage() throws IOException {
        Path dir = tmp.resolve("cmp");
        List<String> args = new ArrayList<>(List.of("compare", "--out", dir.toString(), "--years", "2021,2030"));
        for (String s : List.of("buy-more", "cptpp-without-us", "s232-autos-imposed", "s232-japan-exempt",
                "status-quo", "tpp-farm-access")) {
            args.add("scenarios/us-japan-2018/" + s + ".yaml");
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        Document doc = Jsoup.parse(dir.resolve("compare.html").toFile(), "UTF-8");
        List<Element> panels = doc.select("#small-multiples img");
        assertEquals(6, panels.size(), "one panel per scenario");
        for (Element img : panels) assertTrue(Files.isRegularFile(dir.resolve(img.attr("src"))), img.attr("src"));
        // Six scenarios and two years: the width follows the flows (at most eight), never the scenarios.
        for (Element table : doc.select("#changes table")) {
            assertTrue(table.select("thead th").size() <= 9, "columns: " + table.select("thead th").size());
            assertEquals(6, table.select("tbody tr").size());
        }
        String css = doc.selectFirst("style").data();
        assertTrue(css.contains("table { width: 100%; table-layout: fixed; }"), "tables take the page width");
        assertTrue(css.contains("overflow-wrap: anywhere"), "long names wrap");

        // Back to two scenarios: the stale panels go with compare's own files.
        assertEquals(0, Cli.run("compare", BUY_MORE, "scenarios/us-japan-2018/status-quo.yaml", "--out",
                dir.toString()).exit());
        assertFalse(Files.exists(dir.resolve("compare-1.png")));
        assertTrue(Files.exists(dir.resolve("compare.png")));
    }

    // ---- exercises --------------------------------------------------------------------------------

    @Test
    void exerciseListsTheHandoutsAndWritesOneWithoutItsAnswers() throws IOException {
        Cli.Result list = Cli.run("exercise");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("05-negotiation-tree-expected-beef"), list.out());
        assertFalse(list.out().contains("answers"), list.out());

        Path dir = tmp.resolve("handouts");
        Cli.Result five = Cli.run("exercise", "5", "--out", dir.toString());
        assertEquals(0, five.exit(), five.err());
        Cli.Result one = Cli.run("exercise", "01-cptpp-beef-diversion", "--out", dir.toString());
        assertEquals(0, one.exit(), one.err());
        assertTrue(Files.exists(dir.resolve("05-negotiation-tree-expected-beef.html")), "each handout stays");
        String html = Files.readString(dir.resolve("05-negotiation-tree-expected-beef.html"));
        assertFalse(html.contains("Teacher") || html.contains("claim:") || html.contains("<!--"),
                "no answers and no claims reach a handout");
        Document doc = Jsoup.parse(html);
        assertTrue(doc.selectFirst("h1").text().startsWith("Exercise 05"));
        assertTrue(doc.select("style").first().data().contains("@media print"));
        List<String> folders = new ArrayList<>();
        for (Element c : doc.select(".commands li code")) {
            Matcher m = Pattern.compile("--out (\\S+)").matcher(c.text());
            assertTrue(m.find(), "every command names its folder: " + c.text());
            folders.add(m.group(1));
        }
        assertTrue(folders.size() >= 2, folders.toString());
        assertEquals(folders.size(), folders.stream().distinct().count(), "no two steps share a folder: " + folders);

        Cli.Result unknown = Cli.run("exercise", "99", "--out", dir.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown exercise '99' (expected a number or one of: 01-"), unknown.err());
    }

    // ---- fixes ------------------------------------------------------------------------------------

    @Test
    void explainReachesEventsBehindNestedConditions() {
        Cli.Result r = Cli.run("explain", FLAGSHIP);
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("no path reaches this event"), r.out());
        String afterExemption = r.out().substring(r.out().indexOf("[deal_after_exemption]"));
        assertTrue(afterExemption.lines().limit(6).anyMatch(l -> l.contains("in force from")), afterExemption);
    }

    @Test
    void explainNamesItsTopicsForAWordItDoesNotKnow() {
        Cli.Result r = Cli.run("explain", "uncertanity");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'uncertanity' is not a topic or a file (expected a scenario file or a topic: "
                + "uncertainty)"), r.err());
        Cli.Result topic = Cli.run("explain", "uncertainty");
        assertEquals(0, topic.exit(), topic.err());
        assertTrue(topic.out().contains("headline_and_totals"), topic.out());
        Cli.Result model = Cli.run("explain");
        assertTrue(model.out().contains("+ the quota rent it holds"), "net as welfare.csv has it");
    }

    @Test
    void helpPrintsNoPicocliWarnings() {
        for (String command : List.of("", "run", "paths", "sensitivity", "compare", "exercise", "explain",
                "validate", "data", "new")) {
            Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
            assertEquals(0, r.exit(), command);
            assertFalse((r.out() + r.err()).contains("WARN"), command + ": " + r.out() + r.err());
        }
        assertTrue(Cli.run("--help").out().contains("exercise"));
    }

    @Test
    void unknownProductsListTheValidOnesEvenWithAGuess() throws IOException {
        Path file = flagshipVariant("bad-product", "- {importer: JPN, exporter: USA, product: beef}",
                "- {importer: JPN, exporter: USA, product: cars}");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s).*bad-product\\.yaml:\\d+:\\d+: unknown product 'cars' \\(did you mean '\\w+'\\? "
                + "expected one of: beef, pork, wheat, corn, .*passenger_vehicles.*\\).*"), r.err());
    }

    @Test
    void aDemandShiftOnAMarketThatDoesNotImportTheProductIsAProblem() throws IOException {
        Path file = flagshipVariant("korea-beef", "  - id: talks_launched\n", "  - id: korea\n"
                + "    date: 2019-01-01\n"
                + "    label: Korea eats less beef\n"
                + "    actions:\n"
                + "      - demand_shift: {market: KOR, product: beef, percent: -3}\n"
                + "  - id: talks_launched\n");
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().matches("(?s).*korea-beef\\.yaml:\\d+:\\d+: demand_shift selects no flow \\(found market KOR, "
                + "product beef, expected a market that imports the product in flows.csv\\).*"), r.err());
    }

    /** A copy of the flagship beside a copy of its dataset, with one piece of text replaced. */
    private Path flagshipVariant(String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of(FLAGSHIP));
        assertTrue(text.contains(from), "fixture text: " + from);
        Path data = Path.of("scenarios/data/us-japan-2017");
        Path dataCopy = tmp.resolve("data/us-japan-2017");
        Files.createDirectories(dataCopy);
        try (var files = Files.list(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, dataCopy.resolve(f.getFileName()));
        }
        Path copy = tmp.resolve(name + ".yaml");
        Files.writeString(copy, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return copy;
    }

    private static double annualValue(Path csv, String path, String year, String importer, String exporter,
                                      String product) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        int value = header.indexOf("value_usd_m");
        for (String line : lines) {
            String[] c = line.split(",");
            if (c[1].equals(path) && c[2].equals(year) && c[3].equals(importer) && c[4].equals(exporter)
                    && c[5].equals(product)) {
                return Double.parseDouble(c[value]);
            }
        }
        throw new AssertionError("no row " + path + " " + year + " " + importer + " " + exporter + " " + product);
    }
}
