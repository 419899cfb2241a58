package tradesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import tradesim.chart.CountryColours;
import tradesim.chart.WelfareChart;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.model.Country;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * The report's welfare table must add up as welfare.csv does: net is consumer surplus, producer
 * surplus, tariff revenue and the quota rent a country holds. The flagship's wheat quota earns Japan
 * a rent, so a net without it would differ from net_usd_m.
 */
class ReportWelfareTest {

    private static final Path FLAGSHIP = Path.of("scenarios/us-japan-2018/negotiation-tree-2018.yaml");

    @Test
    void theReportsNetIsWelfareCsvsNetByCountryAndYear(@TempDir Path out) throws Exception {
        Cli.Result r = Cli.run("run", FLAGSHIP.toString(), "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.exit(), r.err());
        // welfare.csv by (year, country): each monthly row's annual rate × 1/12.
        Map<String, double[]> csv = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("welfare.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double[] v = csv.computeIfAbsent(c[2].substring(0, 4) + " " + c[3], k -> new double[2]);
            v[0] += Double.parseDouble(c[8]) / 12;   // quota_rent_usd_m
            v[1] += Double.parseDouble(c[9]) / 12;   // net_usd_m
        }
        Document report = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        Element table = report.selectFirst("#welfare table");
        List<String> head = table.select("thead th").eachText();
        assertEquals(List.of("Year", "Country", "Consumer surplus", "Producer surplus", "Tariff revenue", "Quota rent",
                "Net"), head);
        Map<String, String> codes = new HashMap<>();
        for (Country c : ScenarioLoader.load(FLAGSHIP, Optional.empty()).dataset().countries()) {
            codes.put(c.name(), c.code());
        }
        int withRent = 0;
        for (Element row : table.select("tbody tr")) {
            List<String> cells = row.select("td").eachText();
            String code = codes.getOrDefault(cells.get(1), cells.get(1));
            double[] expected = csv.get(cells.get(0) + " " + code);
            assertTrue(expected != null, "no welfare.csv rows for " + cells);
            assertEquals(expected[0], number(cells.get(5)), 0.051, "quota rent of " + cells);
            assertEquals(expected[1], number(cells.get(6)), 0.051, "net of " + cells);
            double parts = number(cells.get(2)) + number(cells.get(3)) + number(cells.get(4)) + number(cells.get(5));
            assertEquals(parts, number(cells.get(6)), 0.21, "the parts add up to net: " + cells);
            if (Math.abs(expected[0]) > 0.05) withRent++;
        }
        assertTrue(withRent > 0, "some country holds a quota rent in some year");
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace("\u2212", "-").replace("+", "").replace(",", "").strip()
                .toLowerCase(Locale.ROOT));
    }

    @Test
    void theWelfareChartDrawsTheRentInAYearThatHasOneAndNetIsTheSumOfTheBars() throws Exception {
        LoadedScenario ls = ScenarioLoader.load(FLAGSHIP, Optional.empty());
        RunResult run = new Simulation(ls.scenario(), ls.dataset()).run(new EventTree(ls.scenario()).mostLikely());
        RunDigest digest = RunDigest.of(run);
        CategoryPlot plot = (CategoryPlot) WelfareChart.build(digest, 2022, CountryColours.of(ls.dataset())).chart()
                .getPlot();
        CategoryDataset d = plot.getDataset();
        assertEquals(List.of("Consumer surplus", "Producer surplus", "Tariff revenue", "Quota rent", "Net"),
                d.getColumnKeys());
        assertTrue(d.getValue("Japan", "Quota rent").doubleValue() > 0, "Japan holds the wheat quota's rent");
        for (Object country : d.getRowKeys()) {
            double parts = 0;
            for (int c = 0; c < 4; c++) parts += d.getValue((Comparable<?>) country, (Comparable<?>) d.getColumnKey(c)).doubleValue();
            assertEquals(parts, d.getValue((Comparable<?>) country, "Net").doubleValue(), 1e-9, country + " in 2022");
        }
        // 2030 has no rent: the chart keeps its four measures.
        CategoryPlot later = (CategoryPlot) WelfareChart.build(digest, 2030, CountryColours.of(ls.dataset())).chart()
                .getPlot();
        assertEquals(List.of("Consumer surplus", "Producer surplus", "Tariff revenue", "Net"),
                later.getDataset().getColumnKeys());
    }
}
