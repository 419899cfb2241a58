package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.chart.ChartSet;
import tradesim.chart.ChartYear;
import tradesim.chart.ChartWriter;
import tradesim.chart.UsJapanRun;
import tradesim.results.DrawResults;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

class ReportWriterTest {

    static final String XSS = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    /** Charts and report of the fixture run, as the CLI would write them. */
    static Path writeReport(RunResult run, Path dir, boolean withBands) throws Exception {
        return writeReport(run, dir, withBands, false);
    }

    static Path writeReport(RunResult run, Path dir, boolean withBands, boolean svg) throws Exception {
        Optional<DrawResults> draws = withBands ? Optional.of(UsJapanRun.draws(run)) : Optional.empty();
        List<Path> charts = ChartWriter.write(ChartSet.forRun(run, draws,
                withBands ? Optional.of(UsJapanRun.sensitivity()) : Optional.empty()), dir, svg);
        return ReportWriter.write(RunDigest.of(run), charts, dir, draws,
                new BriefInputs(ChartYear.lastFullYear(run.scenario().horizon()), List.of(), 1, List.of(), ""));
    }

    private Document parse(Path report) throws Exception {
        return Jsoup.parse(report.toFile(), "UTF-8");
    }

    @Test
    void everyImageResolvesToAFileBesideTheReport() throws Exception {
        Path report = writeReport(UsJapanRun.run(), dir, true, true);
        assertEquals(dir.resolve("report.html"), report);
        Document doc = parse(report);
        List<Element> imgs = doc.select("img");
        assertEquals(8, doc.select("#charts img").size(), "one per chart");
        assertEquals(1, doc.select("#brief img").size(), "the brief shows one chart");
        for (Element img : imgs) {
            String src = img.attr("src");
            assertFalse(src.contains(":") || src.startsWith("/"), "relative link expected: " + src);
            assertTrue(Files.isRegularFile(dir.resolve(URLDecoder.decode(src, StandardCharsets.UTF_8))), src);
            assertFalse(img.attr("alt").isBlank(), "alt text for " + src);
        }
        assertEquals(8, doc.select("a[href$=.svg]").size(), "each chart links its SVG");
        for (Element a : doc.select("a[href$=.svg]")) {
            assertTrue(Files.isRegularFile(dir.resolve(a.attr("href"))), a.attr("href"));
        }
    }

    @Test
    void everySectionIsPresent() throws Exception {
        Document doc = parse(writeReport(UsJapanRun.run(), dir, true));
        for (String id : List.of("summary", "events", "charts", "headline-flows", "welfare", "uncertainty",
                "assumptions", "dataset", "how-to-read")) {
            assertFalse(doc.select("#" + id).isEmpty(), "section #" + id);
        }
        for (Element a : doc.select("nav a")) {
            assertFalse(doc.select(a.attr("href")).isEmpty(), "nav target " + a.attr("href"));
        }
    }

    @Test
    void withoutDrawsThereIsNoUncertaintySection() throws Exception {
        Document doc = parse(writeReport(UsJapanRun.run(), dir, false));
        assertTrue(doc.select("#uncertainty").isEmpty());
        assertTrue(doc.select("nav a[href=#uncertainty]").isEmpty());
    }

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        RunResult run = UsJapanRun.run(UsJapanRun.scenario(XSS, "Description " + XSS, XSS,
                List.of(UsJapanRun.US_BEEF)));
        Path report = writeReport(run, dir, false);
        Document doc = parse(report);
        assertTrue(doc.select("script").isEmpty(), "no script element may come from user text");
        assertEquals(XSS, doc.selectFirst("h1").text());
        assertEquals(XSS + " — tradesim report", doc.title());
        assertTrue(doc.selectFirst("#brief .question").text().contains(XSS));
        assertEquals(XSS, doc.select("#events tbody tr").get(0).select("td").get(1).text());
        String raw = Files.readString(report, StandardCharsets.UTF_8);
        assertFalse(raw.contains(XSS), "the raw tag must never reach the file");
        assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void opensWithoutNetwork() throws Exception {
        Document doc = parse(writeReport(UsJapanRun.run(), dir, true));
        assertTrue(doc.select("link, script, iframe, object, embed").isEmpty());
        for (Element e : doc.select("[src], [href]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertFalse(url.matches("(?i)^(https?:)?//.*"), "external reference " + url);
        }
        assertFalse(doc.select("style").first().data().contains("@import"));
    }

    @Test
    void theEventTableShowsOutcomesAndTheRatesThatChange() throws Exception {
        Document doc = parse(writeReport(UsJapanRun.run(), dir, false));
        List<Element> rows = doc.select("#events tbody tr");
        assertEquals(5, rows.size());
        assertEquals("2019-05-17", rows.get(2).child(0).text());
        assertTrue(rows.get(2).child(2).text().startsWith("Outcome taken: exempt (probability 0.7)"),
                rows.get(2).text());
        assertTrue(rows.get(3).hasClass("off-path"));
        assertEquals("Does not happen on this path (it needs s232 = imposed)", rows.get(3).child(2).text());
        assertTrue(rows.get(3).child(3).text().contains("set to 50%"), rows.get(3).text());
        String deal = rows.get(4).child(3).text();
        assertTrue(deal.contains("Beef, United States → Japan: 38.5% → 36.53% (first of 15 yearly steps to 9%)"), deal);
        assertTrue(deal.contains("Purchase commitment: Japan buys at least USD 1,700.0 million a year of Pork from United States, "
                + "until 2021-12-01"), deal);
        assertTrue(rows.get(1).child(3).text().contains("Beef, Australia → Japan: 38.5% → 36.66%"),
                rows.get(1).text());
    }

    @Test
    void keyTablesUseRootNumbersAndAnnualSums() throws Exception {
        Document doc = parse(writeReport(UsJapanRun.run(), dir, false));
        List<Element> tables = doc.select("#headline-flows table");
        assertEquals(2, tables.size());
        Element firstRow = tables.get(0).selectFirst("tbody tr");
        // The deal starts in 2019, so 2018 equals the baseline and is left out of the table.
        assertEquals("2019", firstRow.child(0).text());
        assertTrue(tables.get(0).parent().text().contains("1 year in which the flow equals its baseline"),
                tables.get(0).parent().text());
        // Base 1,890 growing 1% a year, summed over 2019's months: about 1,900, written the Locale.ROOT way.
        assertTrue(firstRow.child(1).text().matches("1,[89]\\d\\d\\.\\d"), firstRow.child(1).text());
        for (Element t : tables) {
            for (Element row : t.select("tbody tr")) assertFalse(row.child(3).text().equals("0.0"), row.text());
        }
        assertTrue(doc.select("#welfare tbody tr").stream().anyMatch(r -> r.child(1).text().equals("Japan")));
        assertFalse(doc.select("#welfare").text().matches(".*\\d\\.\\d{3},\\d.*"), "no German number format");
    }

    @Test
    void assumptionsCiteTheRuleAndSourceOfEachParameter() throws Exception {
        Document doc = parse(writeReport(UsJapanRun.run(), dir, false));
        List<Element> rows = doc.select("#assumptions tbody tr");
        Element sigma = rows.stream().filter(r -> r.child(0).text().equals("Beef") && r.child(1).text().equals("Japan")
                && r.child(3).text().startsWith("σ")).findFirst().orElseThrow();
        assertEquals("4.5", sigma.child(4).text());
        assertEquals("scenario override", sigma.child(6).text());
        Element eps = rows.stream().filter(r -> r.child(0).text().equals("Beef") && r.child(3).text().startsWith("ε"))
                .findFirst().orElseThrow();
        assertEquals("GTAP 10 Armington estimates", eps.child(6).text());
        assertEquals("beef, *, *", eps.child(5).text());
        assertTrue(doc.select("#assumptions li").stream().anyMatch(li -> li.text().startsWith("USMEF")));
    }

    @Test
    void aScenarioWithoutEventsSaysSoAndShowsNoWelfareRows() throws Exception {
        Document doc = parse(writeReport(UsJapanRun.unchanged(), dir, false));
        assertTrue(doc.select("#events table").isEmpty());
        assertTrue(doc.selectFirst("#events").text().contains("This scenario has no events"));
        assertTrue(doc.select("#welfare table").isEmpty());
        assertTrue(doc.selectFirst("#brief .meta").text().endsWith("path: no branches"),
                doc.selectFirst("#brief .meta").text());
        assertEquals(4, doc.select("#charts img").size());
    }
}
