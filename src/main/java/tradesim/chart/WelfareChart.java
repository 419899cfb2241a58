package tradesim.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import tradesim.results.RunResult;
import tradesim.results.WelfareRow;

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

    /** Country → {CS, PS, revenue} in {@code year}, USD million, countries in dataset order. */
    public static Map<String, double[]> annual(RunResult run, int year) {
        double w = run.scenario().horizon().periodMonths() / 12.0;
        Map<String, double[]> m = new LinkedHashMap<>();
        for (WelfareRow r : run.welfare()) {
            if (r.period().getYear() != year) continue;
            double[] v = m.computeIfAbsent(r.country(), c -> new double[3]);
            v[0] += r.consumerSurplusUsdM() * w;
            v[1] += r.producerSurplusUsdM() * w;
            v[2] += r.tariffRevenueUsdM() * w;
        }
        // Dataset order, as everywhere else, whatever order the rows came in; unknown codes go last.
        List<String> order = new ArrayList<>(m.keySet());
        order.sort(Comparator.comparingInt(c -> {
            int i = run.dataset().countryIndex(c);
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        Map<String, double[]> sorted = new LinkedHashMap<>();
        for (String c : order) sorted.put(c, m.get(c));
        return sorted;
    }

    /** Whether any country gains or loses anything in {@code year}; without that the chart says nothing. */
    public static boolean hasChange(RunResult run, int year) {
        return annual(run, year).values().stream()
                .anyMatch(v -> Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]) > 1e-9);
    }

    public static ChartSpec build(RunResult run, int year, CountryColours colours) {
        FlowNames names = new FlowNames(run.dataset());
        Map<String, double[]> byCountry = annual(run, year);
        List<String> shown = new ArrayList<>();
        byCountry.forEach((c, v) -> {
            if (Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]) > 1e-9) shown.add(c);
        });
        int changed = shown.size();
        if (shown.size() > CountryBars.MAX_COUNTRIES) {
            List<String> bySize = new ArrayList<>(shown);
            bySize.sort(Comparator.comparingDouble(c -> -Math.abs(net(byCountry.get(c)))));
            List<String> keep = List.copyOf(bySize.subList(0, CountryBars.MAX_COUNTRIES));
            shown.retainAll(keep);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String c : shown) {
            double[] v = byCountry.get(c);
            for (int i = 0; i < 3; i++) data.addValue(v[i], names.country(c), MEASURES.get(i));
            data.addValue(net(v), names.country(c), MEASURES.get(3));
        }
        CategoryPlot plot = CountryBars.plot(data, shown, colours, "Change from baseline, USD million in " + year);
        String title = "Welfare change by country, " + year;
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        CountryBars.noteLeftOut(chart, shown.size(), changed, "largest net change");
        return new ChartSpec(STEM, title, chart);
    }

    private static double net(double[] v) {
        return v[0] + v[1] + v[2];
    }
}
