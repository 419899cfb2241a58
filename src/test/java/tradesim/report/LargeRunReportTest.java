package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.model.FlowKey;
import tradesim.results.ManyFlowsRun;
import tradesim.results.RunDigest;

/**
 * The report and brief of a run with many flows and countries (issue 17): the largest movers and the
 * flow count instead of every flow, the largest welfare changes with the rest summed so the lines add
 * up, parameters grouped by rule.
 */
class LargeRunReportTest {

    private static final int YEAR = ManyFlowsRun.LAST_YEAR;

    @TempDir
    Path dir;

    private Document report() throws Exception {
        Path file = ReportWriter.write(RunDigest.of(ManyFlowsRun.run()), List.of(), dir, Optional.empty(),
                new BriefInputs(YEAR, List.of(), 1, List.of(), ""));
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** "−1,475.0" → −1475.0 */
    private static double number(String text) {
        return Double.parseDouble(text.replace('\u2212', '-').replace(",", "").replace("%", ""));
    }

    /** The 20 trade flows whose change is largest, ranked here from the fixture's closed form. */
    private static List<String> largest(int n) {
        List<FlowKey> trade = new ArrayList<>(ManyFlowsRun.dataset().flows().stream().map(f -> f.key())
                .filter(k -> !k.isDomestic()).toList());
        trade.sort((a, b) -> Double.compare(Math.abs(ManyFlowsRun.change(b)), Math.abs(ManyFlowsRun.change(a))));
        return trade.subList(0, n).stream().map(FlowKey::toString).toList();
    }

    @Test
    void moversTableListsTheLargestChangesInOrderAndSaysHowManyFlowsThereAre() throws Exception {
        Document doc = report();
        List<Element> rows = doc.select("#movers tbody tr");
        assertEquals(RunDigest.MOVERS, rows.size());
        List<String> flows = rows.stream().map(r -> r.select("td").get(1).ownText().strip()).toList();
        assertEquals(largest(RunDigest.MOVERS), flows);
        for (Element r : rows) {
            String flow = r.select("td").get(1).ownText().strip();
            FlowKey k = ManyFlowsRun.dataset().flows().stream().map(f -> f.key())
                    .filter(x -> x.toString().equals(flow)).findFirst().orElseThrow();
            assertEquals(ManyFlowsRun.change(k), number(r.select("td").get(4).text()), 0.051, flow);
        }
        String intro = doc.select("#largest-movers p").first().text();
        assertTrue(intro.contains("This run has 900 flows"), intro);
        assertFalse(doc.select("#largest-movers a[href=flows.csv]").isEmpty(), "links flows.csv");
        assertFalse(doc.select("#largest-movers a[href=annual.csv]").isEmpty(), "links annual.csv");
        assertFalse(doc.select("nav a[href=#largest-movers]").isEmpty(), "the nav leads there");
        assertTrue(Files.size(dir.resolve("report.html")) < 200_000, "the report does not grow with the flows");
    }

    @Test
    void welfareTableNamesTheLargestAndSumsTheRestSoTheLinesAddUp() throws Exception {
        Document doc = report();
        List<Element> rows = doc.select("#welfare tbody tr").stream()
                .filter(r -> r.select("td").get(0).text().equals(Integer.toString(YEAR))).toList();
        assertEquals(RunDigest.LARGEST_COUNTRIES + 2, rows.size(), "the largest, the others, all");
        int others = ManyFlowsRun.COUNTRIES - RunDigest.LARGEST_COUNTRIES;
        assertEquals("other " + others + " countries", rows.get(RunDigest.LARGEST_COUNTRIES).select("td").get(1).text());
        assertEquals("all " + ManyFlowsRun.COUNTRIES + " countries", rows.get(rows.size() - 1).select("td").get(1).text());
        // net(i) = 3.25 i − 44.5: the ten largest in size are countries 29, 28, 0, 27, 1, 26, 2, 25, 3, 24.
        List<String> names = rows.subList(0, RunDigest.LARGEST_COUNTRIES).stream()
                .map(r -> r.select("td").get(1).text()).toList();
        assertEquals(List.of(29, 28, 0, 27, 1, 26, 2, 25, 3, 24).stream().map(i -> "Country " + i).toList(), names);
        double total = 0;
        for (int i = 0; i < ManyFlowsRun.COUNTRIES; i++) total += ManyFlowsRun.net(i);
        for (int column = 2; column <= 5; column++) {
            double sum = 0;
            for (Element r : rows.subList(0, rows.size() - 1)) sum += number(r.select("td").get(column).text());
            double all = number(rows.get(rows.size() - 1).select("td").get(column).text());
            assertEquals(all, sum, 0.05 * (rows.size() - 1), "column " + column + " adds up");
        }
        assertEquals(total, number(rows.get(rows.size() - 1).select("td").get(5).text()), 0.051);
        assertTrue(rows.get(rows.size() - 1).hasClass("total"));
    }

    @Test
    void parametersAreOneLinePerRuleWithWhatItDecides() throws Exception {
        Document doc = report();
        List<Element> rows = doc.select("#parameter-rules tbody tr");
        assertEquals(4, rows.size(), "σ, ε, η and the half-life, each from one rule");
        assertEquals("900 flows", rows.get(3).select("td").get(3).text());
        assertEquals("30 markets (product, importer)", rows.get(0).select("td").get(3).text());
    }

    @Test
    void briefAddsTheLargestOtherMoversAndSumsTheOtherCountries() throws Exception {
        Document doc = report();
        List<Element> key = doc.select("#brief-key tbody tr").stream().filter(r -> !r.select("td").isEmpty()).toList();
        assertEquals(BriefValues.KEY_ROWS, key.size());
        assertEquals(largest(BriefValues.KEY_ROWS), key.stream().map(r -> r.select("td").get(0).ownText().strip())
                .toList(), "headline flows (the four largest), then the next largest");
        assertEquals(1, doc.select("#brief-key th[colspan=6]").size(), "one heading over the other movers");
        String welfare = doc.select("#brief .welfare-net").text();
        assertTrue(welfare.contains("other 20 countries"), welfare);
        assertEquals(RunDigest.LARGEST_COUNTRIES + 1, doc.select("#brief .welfare-net .country").size());
    }
}
