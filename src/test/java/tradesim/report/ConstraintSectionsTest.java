package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.app.OutputWriter;
import tradesim.app.RunService;
import tradesim.app.ScenarioInputs;
import tradesim.chart.UsJapanRun;
import tradesim.wording.NumberWords;

/**
 * The report's sections on safeguards, quotas, purchase commitments and trigger frequencies, read
 * from run folders written as {@code tradesim run} writes them, and checked against the folder's
 * own constraints.csv, safeguards.csv and triggers.csv.
 */
class ConstraintSectionsTest {

    @TempDir
    Path dir;

    private Document run(String scenario, Map<String, String> path, int draws) throws Exception {
        var ls = new ScenarioInputs(Optional.empty()).load(Path.of(scenario));
        var outcome = RunService.run(RunService.plan(ls, path),
                draws > 0 ? Optional.of(new RunService.DrawRequest(draws, Optional.empty(), 2)) : Optional.empty(),
                done -> { });
        try (OutputWriter w = OutputWriter.open(dir, "test")) {
            w.writeRun(outcome, false);
        }
        return Jsoup.parse(dir.resolve("report.html").toFile(), "UTF-8");
    }

    private List<List<String>> csv(String name) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve(name));
        for (String l : lines.subList(1, lines.size())) rows.add(List.of(l.split(",", -1)));
        return rows;
    }

    @Test
    void aScenarioWithoutTheInstrumentsHasNoneOfTheirSections() throws Exception {
        Path report = ReportWriterTest.writeReport(UsJapanRun.run(), dir, true);
        Document doc = Jsoup.parse(report.toFile(), "UTF-8");
        for (String id : List.of("safeguards", "quotas", "purchases", "safeguard-triggers")) {
            assertTrue(doc.select("#" + id).isEmpty(), "#" + id);
        }
        assertTrue(doc.select("nav a[href=#quotas], nav a[href=#purchases], nav a[href=#safeguards]").isEmpty());
    }

    @Test
    void theDealPathShowsItsSnapBacksQuotaAndTriggerShares() throws Exception {
        Document doc = run("src/test/resources/scenarios/rich.yaml", Map.of("s232", "exempt"), 24);
        for (String id : List.of("safeguards", "quotas", "purchases", "safeguard-triggers")) {
            assertFalse(doc.select("#" + id).isEmpty(), "#" + id);
        }
        for (Element a : doc.select("nav a")) assertFalse(doc.select(a.attr("href")).isEmpty(), a.attr("href"));

        List<List<String>> triggered = csv("safeguards.csv").stream().filter(r -> r.get(4).equals("true")).toList();
        List<Element> snapRows = doc.select("#safeguards tbody tr");
        assertEquals(triggered.size(), snapRows.size());
        for (int i = 0; i < triggered.size(); i++) {
            List<String> cells = snapRows.get(i).select("td").eachText();
            assertEquals(List.of(triggered.get(i).get(2), triggered.get(i).get(3), triggered.get(i).get(5),
                    triggered.get(i).get(6), triggered.get(i).get(7)), cells);
        }

        // triggers.csv: scenario, safeguard, safeguard_year, probability
        List<List<String>> all = csv("triggers.csv");
        List<List<String>> triggers = all.stream().filter(r -> Double.parseDouble(r.get(3)) > 0).toList();
        assertTrue(triggers.size() < all.size(), "some safeguard years never trigger");
        assertTrue(doc.select("#safeguard-triggers + p").text().contains((all.size() - triggers.size())
                + " triggered in no draw"));
        List<Element> triggerRows = doc.select("#safeguard-triggers ~ table tbody tr");
        assertEquals(triggers.size(), triggerRows.size());
        for (int i = 0; i < triggers.size(); i++) {
            List<String> cells = triggerRows.get(i).select("td").eachText();
            assertEquals(triggers.get(i).get(1), cells.get(0));
            assertEquals(triggers.get(i).get(2), cells.get(1));
            double share = Double.parseDouble(triggers.get(i).get(3));
            assertEquals(Math.round(share * 24) + " of 24", cells.get(2));
            assertEquals(ConstraintSections.percent(100 * share), cells.get(3));
        }

        // The quota rent in a year is the sum of its quarters' annual rates × 3/12.
        Map<String, Double> rent = new LinkedHashMap<>();
        for (List<String> r : csv("constraints.csv")) {
            if (r.get(4).equals("trq")) rent.merge(r.get(2).substring(0, 4), Double.parseDouble(r.get(13)) * 3 / 12, Double::sum);
        }
        List<Element> quotaRows = doc.select("#quotas tbody tr");
        assertEquals(rent.size(), quotaRows.size());
        int i = 0;
        for (Map.Entry<String, Double> e : rent.entrySet()) {
            List<String> cells = quotaRows.get(i++).select("td").eachText();
            assertTrue(cells.get(0).startsWith(e.getKey()), cells.toString());
            assertEquals(NumberWords.usd(e.getValue()), cells.get(7));
        }
    }

    @Test
    void thePurchaseTableSumsTheFiscalCostOfTheConstraintRows() throws Exception {
        Document doc = run("scenarios/us-japan-2018/buy-more.yaml", Map.of(), 0);
        assertTrue(doc.select("#quotas").isEmpty(), "buy-more has no quota");
        assertEquals(1, doc.select("img[src=purchase-subsidy.png]").size());
        assertTrue(doc.select("img[src=quota-fill.png]").isEmpty());
        Map<String, Map<String, Double>> cost = new LinkedHashMap<>();
        Map<String, Double> peak = new LinkedHashMap<>();
        for (List<String> r : csv("constraints.csv")) {
            if (!r.get(4).equals("purchase")) continue;
            // monthly steps: each month adds its annual-rate cost × 1/12 to its calendar year
            cost.computeIfAbsent(r.get(3), k -> new LinkedHashMap<>())
                    .merge(r.get(2).substring(0, 4), Double.parseDouble(r.get(13)) / 12, Double::sum);
            peak.merge(r.get(3), -Double.parseDouble(r.get(12)), Math::max);
        }
        List<Element> tables = doc.select("#purchases table");
        assertEquals(cost.size(), tables.size());
        assertTrue(cost.size() >= 2, cost.keySet().toString());
        int t = 0;
        for (Map.Entry<String, Map<String, Double>> c : cost.entrySet()) {
            Element table = tables.get(t++);
            List<Element> rows = table.select("tbody tr:not(.total)");
            assertEquals(c.getValue().size(), rows.size());
            int i = 0;
            double total = 0;
            for (Map.Entry<String, Double> year : c.getValue().entrySet()) {
                List<String> cells = rows.get(i++).select("td").eachText();
                assertEquals(year.getKey(), cells.get(0));
                assertEquals(NumberWords.usd(year.getValue()), cells.get(4), c.getKey() + " " + year.getKey());
                total += year.getValue();
            }
            assertEquals(NumberWords.usd(total), table.select("tr.total td.num").text(), c.getKey());
            assertTrue(total > 0, "the floors bind in buy-more");
            String summary = table.previousElementSibling().text();
            assertTrue(summary.contains("peaks at " + ConstraintSections.percent(peak.get(c.getKey())) + " in "), summary);
        }
    }
}
