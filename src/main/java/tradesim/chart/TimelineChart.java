package tradesim.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tradesim.model.FlowKey;
import tradesim.results.FlowRow;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

/**
 * The headline flows month by month, scenario (solid) against baseline (dashed), one panel per
 * flow on a shared time axis so a beef flow of USD 2 billion is not flattened by a car flow of 40,
 * with every event as a labelled vertical line.
 */
public final class TimelineChart {

    public static final String STEM = "timeline";

    private TimelineChart() {
    }

    public static ChartSpec build(RunDigest digest, List<FlowKey> headline, CountryColours colours) {
        RunResult run = digest.run();
        FlowNames names = new FlowNames(run.dataset());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.yearAxis(
                TimeAxisValues.start(run.scenario().horizon()), TimeAxisValues.end(run.scenario().horizon())));
        plot.setGap(14);
        List<EventMarkers.Entry> events = EventMarkers.entries(run);
        for (int i = 0; i < headline.size(); i++) {
            FlowKey k = headline.get(i);
            XYSeries scenario = new XYSeries("Scenario", false, false);
            XYSeries baseline = new XYSeries("Baseline", false, false);
            for (FlowRow r : digest.rowsOf(k)) {
                double x = TimeAxisValues.of(r.period());
                scenario.add(x, r.valueUsdM());
                baseline.add(x, r.baselineValueUsdM());
            }
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(scenario);
            data.addSeries(baseline);
            Color c = colours.of(k.exporter());
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            // One path per series, so the baseline's dashes run on instead of restarting every month.
            renderer.setDrawSeriesLineAsPath(true);
            renderer.setSeriesPaint(0, c);
            renderer.setSeriesStroke(0, ChartStyle.SCENARIO_STROKE);
            renderer.setSeriesPaint(1, c.darker());
            renderer.setSeriesStroke(1, ChartStyle.BASELINE_STROKE);
            // Past two panels a long axis label would run into the next panel's; the subtitle gives the unit.
            NumberAxis y = ChartStyle.levelAxis(headline.size() > 2 ? "USD m" : ChartStyle.USD,
                    Math.min(scenario.getMinY(), baseline.getMinY()), Math.max(scenario.getMaxY(), baseline.getMaxY()));
            XYPlot sub = new XYPlot(data, null, y, renderer);
            ChartStyle.styleXY(sub);
            // The first panel's numbers take about a third of a panel's height; its weight gives it back.
            plot.add(sub, i == 0 && !events.isEmpty() ? 4 : 3);
            // After add(), which resets the subplot's insets: both labels live in the top inset.
            int numbers = EventMarkers.addTo(sub, events, i == 0);
            PanelLabel.addTo(sub, names.flow(k), c, numbers);
        }
        plot.setFixedLegendItems(legend(events));
        String title = "Headline trade flows: scenario against baseline";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        if (headline.size() > 2) {
            TextTitle unit = new TextTitle("USD million at annual rates; each panel's axis frames its own data",
                    ChartStyle.SOURCE);
            unit.setPaint(ChartStyle.TEXT);
            chart.addSubtitle(0, unit);
        }
        int height = EventMarkers.addKey(chart, events, run);
        return new ChartSpec(STEM, title, chart, height);
    }

    /** The panels say which flow is which; the legend only has to explain solid against dashed. */
    private static LegendItemCollection legend(List<EventMarkers.Entry> events) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        items.add(new LegendItem("Scenario", null, null, null, line, ChartStyle.SCENARIO_STROKE, ChartStyle.TEXT));
        items.add(new LegendItem("Baseline (no policy change)", null, null, null, line, ChartStyle.BASELINE_STROKE,
                ChartStyle.TEXT));
        EventMarkers.legendItems(events).forEach(items::add);
        return items;
    }
}
