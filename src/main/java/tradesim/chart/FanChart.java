package tradesim.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import tradesim.model.FlowKey;
import tradesim.results.BandRow;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;

/**
 * Monte Carlo uncertainty of one flow: the 5th–95th and 25th–75th percentile bands over the draws,
 * their median, and the baseline. The two bands are drawn with the same translucent fill, so the
 * inner one shows darker where they overlap.
 */
public final class FanChart {

    private FanChart() {
    }

    /** {@code fan-usa-jpn-beef}: one fan chart per flow, so the stem names the flow. */
    public static String stem(FlowKey k) {
        return ("fan-" + k.exporter() + "-" + k.importer() + "-" + k.product()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "_");
    }

    /** Bands as filled swatches; the band renderer's own items would show no swatch at all. */
    private static LegendItemCollection legend(Color c, String outer, String inner) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        Rectangle2D box = new Rectangle2D.Double(-8, -6, 16, 12);
        items.add(new LegendItem("Median of the draws", null, null, null, line, ChartStyle.SCENARIO_STROKE, c.darker()));
        items.add(new LegendItem("Baseline (no policy change)", null, null, null, line, ChartStyle.BASELINE_STROKE,
                ChartStyle.TEXT));
        items.add(new LegendItem(outer, null, null, null, box, translucent(c, 0.28f)));
        items.add(new LegendItem(inner, null, null, null, box, translucent(c, 0.48f)));
        return items;
    }

    private static Color translucent(Color c, float alpha) {
        // Premixed on white, as the band looks on the chart.
        return new Color(mix(c.getRed(), alpha), mix(c.getGreen(), alpha), mix(c.getBlue(), alpha));
    }

    private static int mix(int channel, float alpha) {
        return Math.round(channel * alpha + 255 * (1 - alpha));
    }

    /** Whether {@code bands} has value bands for the flow. */
    public static boolean hasBands(List<BandRow> bands, FlowKey k) {
        return bands.stream().anyMatch(b -> b.flow().equals(k) && b.measure().equals(BandRow.VALUE));
    }

    public static ChartSpec build(RunResult run, FlowKey k, List<BandRow> bands, CountryColours colours) {
        FlowNames names = new FlowNames(run.dataset());
        YIntervalSeries outer = new YIntervalSeries("5th–95th percentile of the draws", false, false);
        YIntervalSeries inner = new YIntervalSeries("25th–75th percentile", false, false);
        XYSeries median = new XYSeries("Median", false, false);
        for (BandRow b : bands) {
            if (!b.flow().equals(k) || !b.measure().equals(BandRow.VALUE)) continue;
            double x = TimeAxisValues.of(b.period());
            outer.add(x, b.p50(), b.p05(), b.p95());
            inner.add(x, b.p50(), b.p25(), b.p75());
            median.add(x, b.p50());
        }
        XYSeries baseline = new XYSeries("Baseline (no policy change)", false, false);
        for (FlowRow r : run.flows()) {
            if (r.flow().equals(k)) baseline.add(TimeAxisValues.of(r.period()), r.baselineValueUsdM());
        }
        Color c = colours.of(k.exporter());
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(outer);
        bandData.addSeries(inner);
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setAlpha(0.28f);
        for (int i = 0; i < 2; i++) {
            bandRenderer.setSeriesFillPaint(i, c);
            bandRenderer.setSeriesPaint(i, c);
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(median);
        lines.addSeries(baseline);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDrawSeriesLineAsPath(true);
        lineRenderer.setSeriesPaint(0, c.darker());
        lineRenderer.setSeriesStroke(0, ChartStyle.SCENARIO_STROKE);
        lineRenderer.setSeriesPaint(1, ChartStyle.TEXT);
        lineRenderer.setSeriesStroke(1, ChartStyle.BASELINE_STROKE);

        NumberAxis y = ChartStyle.valueAxis(ChartStyle.USD);
        y.setUpperMargin(EventMarkers.upperMargin(run, 500, 0));
        XYPlot plot = new XYPlot(lines, ChartStyle.yearAxis(TimeAxisValues.start(run.scenario().horizon()),
                TimeAxisValues.end(run.scenario().horizon())), y, lineRenderer);
        plot.setDataset(1, bandData);
        plot.setRenderer(1, bandRenderer);
        // Lines on top of the bands.
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        EventMarkers.addTo(plot, run, true, 0);
        plot.setFixedLegendItems(legend(c, outer.getKey().toString(), inner.getKey().toString()));
        String title = "Uncertainty: " + names.flow(k);
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        return new ChartSpec(stem(k), title, chart);
    }
}
