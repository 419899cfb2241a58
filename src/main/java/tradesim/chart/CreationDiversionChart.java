package tradesim.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import tradesim.results.AnnualFlows;
import tradesim.results.FlowRow;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

/**
 * Trade creation and trade diversion by source for one market in one year (docs/model.md, "Trade
 * creation and diversion": diversion is the change in a source's share valued at baseline imports,
 * creation its scenario share of the change in total imports), with their sum, the whole change.
 */
public final class CreationDiversionChart {

    public static final String STEM = "creation-diversion";
    static final List<String> MEASURES = List.of("Trade creation", "Trade diversion", "Total change");

    private CreationDiversionChart() {
    }

    public static ChartSpec build(RunDigest digest, String importer, String product, int year, CountryColours colours) {
        RunResult run = digest.run();
        FlowNames names = new FlowNames(run.dataset());
        List<FlowRow> market = MarketShareChart.rows(digest, importer, product);
        List<String> sources = MarketShareChart.sources(market);
        Map<String, double[]> byExporter = new LinkedHashMap<>();
        for (AnnualFlows.AnnualRow a : AnnualFlows.of(market, run.scenario().horizon().periodMonths())) {
            if (a.year() != year || !sources.contains(a.flow().exporter())) continue;
            double[] v = byExporter.computeIfAbsent(a.flow().exporter(), e -> new double[2]);
            v[0] += a.creationUsdM();
            v[1] += a.diversionUsdM();
        }
        List<String> shown = new ArrayList<>(byExporter.keySet());
        int all = shown.size();
        if (shown.size() > CountryBars.MAX_COUNTRIES) {
            List<String> bySize = new ArrayList<>(shown);
            bySize.sort(Comparator.comparingDouble(e -> -Math.abs(byExporter.get(e)[0] + byExporter.get(e)[1])));
            List<String> keep = bySize.subList(0, CountryBars.MAX_COUNTRIES);
            shown = shown.stream().filter(keep::contains).toList();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String e : shown) add(data, names.country(e), byExporter.get(e));
        List<String> codes = new ArrayList<>(shown);
        boolean summed = digest.manyCountries() && shown.size() < all;
        if (summed) {
            // The sources left out, summed, so each group of bars still adds up to the market's whole change.
            double[] rest = new double[2];
            for (Map.Entry<String, double[]> e : byExporter.entrySet()) {
                if (shown.contains(e.getKey())) continue;
                rest[0] += e.getValue()[0];
                rest[1] += e.getValue()[1];
            }
            add(data, CountryBars.othersLabel(all - shown.size(), "sources"), rest);
            codes.add(CountryBars.OTHERS);
        }
        CategoryPlot plot = CountryBars.plot(data, codes, colours, "Change in imports, USD million in " + year);
        String title = names.market(importer, product) + ": trade creation and diversion, " + year;
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        CountryBars.noteLeftOut(chart, shown.size(), all, "largest total change", summed);
        return new ChartSpec(STEM, title, chart);
    }

    private static void add(DefaultCategoryDataset data, String series, double[] v) {
        data.addValue(v[0], series, MEASURES.get(0));
        data.addValue(v[1], series, MEASURES.get(1));
        data.addValue(v[0] + v[1], series, MEASURES.get(2));
    }
}
