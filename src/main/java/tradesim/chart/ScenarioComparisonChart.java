package tradesim.chart;

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
 * stand for scenarios, not countries, so they take the palette in scenario order, each with its own
 * markers, drawn side by side where they agree ({@link SeriesStrokes.SideBySide}) so that scenarios
 * that agree for years stay visible. The legend lists every scenario.
 */
public final class ScenarioComparisonChart {

    public static final String STEM = "compare";
    private static final List<Color> LINES = List.of(CountryColours.BLUE, CountryColours.VERMILLION,
            CountryColours.BLUISH_GREEN, CountryColours.REDDISH_PURPLE, CountryColours.ORANGE, CountryColours.PURPLE,
            CountryColours.BLACK, CountryColours.BROWN);
    /** Months between two markers on a line; each series starts at its own month, so markers interleave. */
    private static final int MARK_EVERY = 12;

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
        int lines = (int) runs.stream().filter(r -> r.flows().stream().anyMatch(row -> row.flow().equals(flow)))
                .count();
        XYLineAndShapeRenderer renderer = new SeriesStrokes.SideBySide(lines, 2.0, MARK_EVERY);
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
            // A colour comes back after the palette runs out; its second round is dashed.
            renderer.setSeriesStroke(n, SeriesStrokes.stroke(n / LINES.size(), 2.2f));
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
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lo = Math.min(lo, data.getSeries(i).getMinY());
            hi = Math.max(hi, data.getSeries(i).getMaxY());
        }
        if (n == 0) {
            from = TimeAxisValues.start(first.scenario().horizon());
            to = TimeAxisValues.end(first.scenario().horizon());
        }
        NumberAxis y = ChartStyle.levelAxis(ChartStyle.USD, lo, hi);
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
        return new ChartSpec(STEM, title, chart);
    }
}
