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
 * tariff revenue, the quota rent when a quota earns one, and their sum, net (docs/model.md, Welfare),
 * the net_usd_m of welfare.csv. Annual values are period rates times the period's share of the year,
 * as in annual.csv.
 */
public final class WelfareChart {

    public static final String STEM = "welfare";
    static final List<String> MEASURES = List.of("Consumer surplus", "Producer surplus", "Tariff revenue", "Net");
    /** The measures when some country holds a quota rent: it is a part of net, so it has its own bars. */
    static final List<String> MEASURES_WITH_RENT = List.of("Consumer surplus", "Producer surplus", "Tariff revenue",
            "Quota rent", "Net");

    private WelfareChart() {
    }

    /** Whether any country gains or loses anything in {@code year}; without that the chart says nothing. */
    public static boolean hasChange(RunDigest digest, int year) {
        return digest.welfare(year).values().stream().anyMatch(WelfareChart::changes);
    }

    private static boolean changes(CountryWelfare v) {
        return Math.abs(v.consumerSurplusUsdM()) + Math.abs(v.producerSurplusUsdM()) + Math.abs(v.tariffRevenueUsdM())
                + Math.abs(v.quotaRentUsdM()) > 1e-9;
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
            bySize.sort(Comparator.comparingDouble(c -> -Math.abs(byCountry.get(c).netUsdM())));
            List<String> keep = List.copyOf(bySize.subList(0, CountryBars.MAX_COUNTRIES));
            shown.retainAll(keep);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // A quota rent gets its bars only in a year in which some country holds one.
        boolean rent = byCountry.values().stream().anyMatch(v -> v.quotaRentUsdM() != 0);
        for (String c : shown) add(data, names.country(c), byCountry.get(c), rent);
        List<String> codes = new ArrayList<>(shown);
        boolean summed = digest.manyCountries() && shown.size() < changed.size();
        if (summed) {
            // The countries left out, summed, so each measure's bars still add up to the world's total.
            double cs = 0;
            double ps = 0;
            double revenue = 0;
            double quotaRent = 0;
            for (String c : changed) {
                if (shown.contains(c)) continue;
                CountryWelfare v = byCountry.get(c);
                cs += v.consumerSurplusUsdM();
                ps += v.producerSurplusUsdM();
                revenue += v.tariffRevenueUsdM();
                quotaRent += v.quotaRentUsdM();
            }
            add(data, CountryBars.othersLabel(changed.size() - shown.size(), "countries"),
                    new CountryWelfare(cs, ps, revenue, quotaRent), rent);
            codes.add(CountryBars.OTHERS);
        }
        CategoryPlot plot = CountryBars.plot(data, codes, colours, "Change from baseline, USD million in " + year);
        String title = "Welfare change by country, " + year;
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        CountryBars.noteLeftOut(chart, shown.size(), changed.size(), "largest net change", summed);
        return new ChartSpec(STEM, title, chart);
    }

    private static void add(DefaultCategoryDataset data, String series, CountryWelfare v, boolean rent) {
        List<String> measures = rent ? MEASURES_WITH_RENT : MEASURES;
        data.addValue(v.consumerSurplusUsdM(), series, measures.get(0));
        data.addValue(v.producerSurplusUsdM(), series, measures.get(1));
        data.addValue(v.tariffRevenueUsdM(), series, measures.get(2));
        if (rent) data.addValue(v.quotaRentUsdM(), series, measures.get(3));
        data.addValue(v.netUsdM(), series, measures.get(measures.size() - 1));
    }
}
