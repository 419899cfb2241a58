package tradesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.chart.UsJapanRun;
import tradesim.model.Scenario;
import tradesim.results.RunResult;

class ComparisonTest {

    @TempDir
    Path dir;

    private static RunResult renamed(String name, String title) {
        Scenario s = UsJapanRun.scenario(title, "Variant " + name, "Talks launched at the UN",
                List.of(UsJapanRun.US_BEEF, UsJapanRun.AUS_BEEF));
        Scenario n = new Scenario(name, s.title(), s.description(), s.datasetRef(), s.horizon(), s.parameters(),
                s.events(), s.uncertainty(), s.headline(), s.sourceFile(), s.sha256());
        return UsJapanRun.run(n);
    }

    @Test
    void writesCsvHtmlAndChartForTheChosenYears() throws Exception {
        List<RunResult> runs = List.of(renamed("tpp-farm-access", "TPP access"), renamed("deal-2019", "<b>Deal</b>"));
        Comparison.write(runs, dir, List.of(2020, 2030));

        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"), StandardCharsets.UTF_8);
        assertEquals(String.join(",", Comparison.HEADER), csv.get(0));
        assertEquals(1 + 2 * 2 * 13, csv.size(), "2 runs × 2 years × 13 flows");
        String usBeef2030 = csv.stream().filter(l -> l.startsWith("tpp-farm-access,s232=exempt,JPN,USA,beef,2030,"))
                .findFirst().orElseThrow();
        String[] cells = usBeef2030.split(",");
        double baseline = Double.parseDouble(cells[6]);
        double value = Double.parseDouble(cells[7]);
        assertEquals(100 * (value / baseline - 1), Double.parseDouble(cells[8]), 1e-5);
        assertTrue(cells[6].matches("\\d+\\.\\d{6}"), "Locale.ROOT six decimals: " + cells[6]);

        Document doc = Jsoup.parse(dir.resolve("compare.html").toFile(), "UTF-8");
        assertEquals(2, doc.select("#changes table").size(), "one table per year");
        Element first = doc.selectFirst("#changes table");
        assertEquals(2, first.select("thead th.num").size(), "a column per headline flow");
        assertEquals("USA→JPN beef", first.select("thead th.num").get(0).text());
        assertEquals("Beef, United States → Japan", first.select("thead th.num").get(0).attr("title"));
        assertEquals(2, first.select("tbody tr").size(), "a row per run");
        assertTrue(first.select("tbody tr").get(0).text().startsWith("tpp-farm-access"));
        assertTrue(doc.select("b").isEmpty(), "titles are escaped");
        assertTrue(doc.select("#scenarios").text().contains("<b>Deal</b>"));
        String src = doc.selectFirst("#chart img").attr("src");
        assertEquals("compare.png", src);
        BufferedImage img = ImageIO.read(dir.resolve(src).toFile());
        assertEquals(1200, img.getWidth());
        assertEquals(700, img.getHeight());
    }

    @Test
    void withoutYearsTheLastFullYearIsUsed() throws Exception {
        Comparison.write(List.of(UsJapanRun.run()), dir, List.of());
        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.stream().skip(1).allMatch(l -> l.split(",")[5].equals("2030")));
    }
}
