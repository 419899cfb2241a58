package tradesim.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import tradesim.results.RunDigest;
import tradesim.results.RunDigest.CountryWelfare;
import tradesim.results.RunResult;

/**
 * Welfare change by country in one year, summed over products: consumer surplus, producer surplus,
 * tariff revenue and their sum, net (docs/model.md, Welfare). Annual values are period rates times
 * the period's share of the year, as in annual.csv.
 */
public final class WelfareChart {

    public static final String STEM = "welfare";
    static final List<String> MEASURES = List.of("Consumer surplus", "Producer surplus", "Tariff revenue", "Net");

    private WelfareChart() {
    }

    /** Whether any country gains or loses anything in {@code year}; without that the chart says nothing. */
    public static boolean hasChange(RunDigest digest, int year) {
        return digest.welfare(year).values().stream().anyMatch(WelfareChart::changes);
    }

    private static boolean changes(CountryWelfare v) {
        return Math.abs(v.consumerSurplusUsdM()) + Math.abs(v.producerSurplusUsdM()) + Math.abs(v.tariffRevenueUsdM())
                > 1e-9;
    }

    public static ChartSpec build(RunDigest digest, int year, CountryColours colours) {
        RunResult run = digest.run();
        FlowNames names = new FlowNames(run.dataset());
        Map<String, CountryWelfare> byCountry = digest.welfare(year);
        List<String> shown = new ArrayList<>();
        byCountry.forEach((c, v) -> {
            if (changes(v)) shown.add(c);
        });
        List<String> changed = List.copyOf(shown);
        if (shown.size() > CountryBars.MAX_COUNTRIES) {
            List<String> bySize = new ArrayList<>(shown);
            bySize.sort(Comparator.comparingDouble(c -> -Math.abs(net(byCountry.get(c)))));
            List<String> keep = List.copyOf(bySize.subList(0, CountryBars.MAX_COUNTRIES));
            shown.retainAll(keep);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String c : shown) add(data, names.country(c), byCountry.get(c));
        List<String> codes = new ArrayList<>(shown);
        boolean summed = digest.manyCountries() && shown.size() < changed.size();
        if (summed) {
            // The countries left out, summed, so each measure's bars still add up to the world's total.
            double cs = 0;
            double ps = 0;
            double revenue = 0;
            for (String c : changed) {
                if (shown.contains(c)) continue;
                CountryWelfare v = byCountry.get(c);
                cs += v.consumerSurplusUsdM();
                ps += v.producerSurplusUsdM();
                revenue += v.tariffRevenueUsdM();
            }
            add(data, CountryBars.othersLabel(changed.size() - shown.size(), "countries"),
                    new CountryWelfare(cs, ps, revenue, cs + ps + revenue));
            codes.add(CountryBars.OTHERS);
        }
        CategoryPlot plot = CountryBars.plot(data, codes, colours, "Change from baseline, USD million in " + year);
        String title = "Welfare change by country, " + year;
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        CountryBars.noteLeftOut(chart, shown.size(), changed.size(), "largest net change", summed);
        return new ChartSpec(STEM, title, chart);
    }

    private static void add(DefaultCategoryDataset data, String series, CountryWelfare v) {
        data.addValue(v.consumerSurplusUsdM(), series, MEASURES.get(0));
        data.addValue(v.producerSurplusUsdM(), series, MEASURES.get(1));
        data.addValue(v.tariffRevenueUsdM(), series, MEASURES.get(2));
        data.addValue(net(v), series, MEASURES.get(3));
    }

    /** Consumer and producer surplus and tariff revenue, the three measures the chart draws. */
    static double net(CountryWelfare v) {
        return v.consumerSurplusUsdM() + v.producerSurplusUsdM() + v.tariffRevenueUsdM();
    }
}
