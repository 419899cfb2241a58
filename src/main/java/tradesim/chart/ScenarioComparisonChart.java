package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tradesim.model.FlowKey;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;

/**
 * One flow under several scenarios on one time axis, with the first run's baseline dashed. The lines
 * stand for scenarios, not countries, so they take the palette in scenario order and a dash pattern
 * each as well, which keeps them apart in greyscale.
 */
public final class ScenarioComparisonChart {

    public static final String STEM = "compare";
    private static final List<Color> LINES = List.of(CountryColours.BLUE, CountryColours.VERMILLION,
            CountryColours.BLUISH_GREEN, CountryColours.REDDISH_PURPLE, CountryColours.ORANGE, CountryColours.SKY_BLUE,
            CountryColours.BLACK);
    private static final List<float[]> DASHES = List.of(new float[] {1f, 0f}, new float[] {14f, 4f},
            new float[] {4f, 3f}, new float[] {14f, 4f, 4f, 4f});

    private ScenarioComparisonChart() {
    }

    /** "tpp-farm-access" or, for a branch, "s232-autos (s232=imposed)". */
    public static String runName(RunResult r) {
        return r.pathLabel().equals("-") ? r.scenario().name() : r.scenario().name() + " (" + r.pathLabel() + ")";
    }

    public static ChartSpec build(List<RunResult> runs, FlowKey flow) {
        RunResult first = runs.get(0);
        FlowNames names = new FlowNames(first.dataset());
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        int n = 0;
        for (RunResult r : runs) {
            // The same scenario may be compared along two paths, but two runs may still share a name.
            String key = data.getSeriesIndex(runName(r)) >= 0 ? runName(r) + " #" + (n + 1) : runName(r);
            XYSeries s = new XYSeries(key, false, false);
            for (FlowRow row : r.flows()) {
                if (row.flow().equals(flow)) s.add(TimeAxisValues.of(row.period()), row.valueUsdM());
            }
            if (s.getItemCount() == 0) continue;
            data.addSeries(s);
            renderer.setSeriesPaint(n, LINES.get(n % LINES.size()));
            float[] dash = DASHES.get((n / LINES.size()) % DASHES.size());
            renderer.setSeriesStroke(n, dash[1] == 0f ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
            from = Math.min(from, TimeAxisValues.start(r.scenario().horizon()));
            to = Math.max(to, TimeAxisValues.end(r.scenario().horizon()));
            n++;
        }
        XYSeries baseline = new XYSeries("Baseline (no policy change)", false, false);
        for (FlowRow row : first.flows()) {
            if (row.flow().equals(flow)) baseline.add(TimeAxisValues.of(row.period()), row.baselineValueUsdM());
        }
        data.addSeries(baseline);
        renderer.setSeriesPaint(n, ChartStyle.TEXT);
        renderer.setSeriesStroke(n, ChartStyle.BASELINE_STROKE);
        if (n == 0) {
            from = TimeAxisValues.start(first.scenario().horizon());
            to = TimeAxisValues.end(first.scenario().horizon());
        }
        NumberAxis y = ChartStyle.valueAxis(ChartStyle.USD);
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(from, to), y, renderer);
        Set<String> datasets = new LinkedHashSet<>();
        Set<String> scenarios = new LinkedHashSet<>();
        for (RunResult r : runs) {
            datasets.add(r.dataset().name());
            scenarios.add(r.scenario().name());
        }
        String source = "Source: tradesim, dataset " + String.join(", ", datasets) + ", scenarios "
                + String.join(", ", scenarios);
        String title = names.flow(flow) + ": scenarios compared";
        JFreeChart chart = ChartStyle.chart(title, plot, true, source);
        if (data.getSeriesCount() > ChartStyle.MAX_LEGEND_ITEMS) {
            // The compare table lists every scenario; the legend keeps to what fits under the plot.
            for (int i = ChartStyle.MAX_LEGEND_ITEMS - 1; i < n; i++) renderer.setSeriesVisibleInLegend(i, false);
        }
        return new ChartSpec(STEM, title, chart);
    }
}
