package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import tradesim.results.ManyFlowsRun;
import tradesim.results.RunDigest;

/** On a run with many flows and countries (issue 17) every chart draws a capped number of series. */
class LargeRunChartsTest {

    private static Map<String, ChartSpec> charts() {
        return ChartSet.forRun(RunDigest.of(ManyFlowsRun.run()), Optional.empty(), Optional.empty()).stream()
                .collect(Collectors.toMap(ChartSpec::stem, c -> c));
    }

    @Test
    void everyChartHasAtMostItsCappedNumberOfSeries() {
        Map<String, ChartSpec> charts = charts();
        assertEquals(RunDigest.MAX_HEADLINE, ((CombinedDomainXYPlot) charts.get(TimelineChart.STEM).chart().getPlot())
                .getSubplots().size());
        assertEquals(RunDigest.MAX_HEADLINE, ((XYPlot) charts.get(TariffPathChart.STEM).chart().getPlot())
                .getDataset().getSeriesCount());
        assertTrue(((XYPlot) charts.get(MarketShareChart.STEM).chart().getPlot()).getDataset().getSeriesCount()
                <= MarketShareChart.MAX_SOURCES);
        for (String stem : List.of(WelfareChart.STEM, CreationDiversionChart.STEM)) {
            CategoryDataset data = ((CategoryPlot) charts.get(stem).chart().getPlot()).getDataset();
            assertEquals(CountryBars.MAX_COUNTRIES + 1, data.getRowCount(), stem + ": the largest and the others");
        }
    }

    @Test
    void welfareChartSumsTheCountriesLeftOutIntoOneBar() {
        CategoryDataset data = ((CategoryPlot) charts().get(WelfareChart.STEM).chart().getPlot()).getDataset();
        int others = ManyFlowsRun.COUNTRIES - CountryBars.MAX_COUNTRIES;
        assertEquals("Other " + others + " countries", data.getRowKey(data.getRowCount() - 1));
        for (int column = 0; column < data.getColumnCount(); column++) {
            double drawn = 0;
            for (int row = 0; row < data.getRowCount(); row++) drawn += data.getValue(row, column).doubleValue();
            double all = 0;
            for (int i = 0; i < ManyFlowsRun.COUNTRIES; i++) {
                double[] w = ManyFlowsRun.welfare(i);
                all += column < 3 ? w[column] : ManyFlowsRun.net(i);
            }
            assertEquals(all, drawn, 1e-9, "the bars of " + data.getColumnKey(column) + " add up to every country's");
        }
    }
}
