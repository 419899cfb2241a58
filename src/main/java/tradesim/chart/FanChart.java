package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import tradesim.model.FlowKey;
import tradesim.results.BandRow;
import tradesim.results.DrawResults;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;

/**
 * Monte Carlo uncertainty of one flow: the 5th–95th and 25th–75th percentile bands over the draws,
 * their median, and the baseline. The two bands are drawn with the same translucent fill, so the
 * inner one shows darker where they overlap. The draws sample the negotiation path as well as the
 * parameters, so on a scenario that branches one band can span a deal and a retaliation; each path's
 * result at the point parameters is drawn over the bands as a thin line, tagged at the right with the
 * share of the draws that took it, which shows where the draws cluster.
 */
public final class FanChart {

    static final Color PATH_PAINT = new Color(0x222222);
    static final BasicStroke PATH_STROKE = new BasicStroke(1.4f);
    /** Paths whose lines stay this close (a share of the largest value) draw as one line with one tag. */
    private static final double SAME_LINE = 0.005;

    private FanChart() {
    }

    /** {@code fan-usa-jpn-beef}: one fan chart per flow, so the stem names the flow. */
    public static String stem(FlowKey k) {
        return ("fan-" + k.exporter() + "-" + k.importer() + "-" + k.product()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "_");
    }

    /** One line of path results: the paths that give it, their share of the draws, its values. */
    record PathLine(List<String> paths, double share, XYSeries values) {
    }

    /** Bands as filled swatches; the band renderer's own items would show no swatch at all. */
    private static LegendItemCollection legend(Color c, String outer, String inner, boolean paths,
                                               List<EventMarkers.Entry> events) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        Rectangle2D box = new Rectangle2D.Double(-8, -6, 16, 12);
        items.add(new LegendItem("Median of the draws", null, null, null, line, ChartStyle.SCENARIO_STROKE, c.darker()));
        items.add(new LegendItem(outer, null, null, null, box, translucent(c, 0.28f)));
        items.add(new LegendItem(inner, null, null, null, box, translucent(c, 0.48f)));
        if (paths) {
            items.add(new LegendItem("A path at the point parameters (tag: share of draws)", null, null, null, line,
                    PATH_STROKE, PATH_PAINT));
        }
        items.add(new LegendItem("Baseline (no policy change)", null, null, null, line, ChartStyle.BASELINE_STROKE,
                ChartStyle.TEXT));
        EventMarkers.legendItems(events).forEach(items::add);
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

    /**
     * The flow under each path at the point parameters, paths that draw the same line merged, in
     * the event tree's order; empty when the scenario does not branch.
     */
    static List<PathLine> pathLines(DrawResults draws, FlowKey k) {
        List<PathLine> out = new ArrayList<>();
        if (draws.pathRuns().size() < 2) return out;
        double scale = 0;
        List<XYSeries> series = new ArrayList<>();
        for (RunResult r : draws.pathRuns()) {
            XYSeries s = new XYSeries(r.pathLabel(), false, false);
            for (FlowRow row : r.flows()) {
                if (row.flow().equals(k)) s.add(TimeAxisValues.of(row.period()), row.valueUsdM());
            }
            series.add(s);
            if (s.getItemCount() > 0) scale = Math.max(scale, Math.max(Math.abs(s.getMaxY()), Math.abs(s.getMinY())));
        }
        for (int i = 0; i < series.size(); i++) {
            XYSeries s = series.get(i);
            if (s.getItemCount() == 0) continue;
            String label = draws.pathRuns().get(i).pathLabel();
            int same = -1;
            for (int j = 0; j < out.size() && same < 0; j++) {
                if (close(out.get(j).values(), s, SAME_LINE * scale)) same = j;
            }
            if (same < 0) {
                out.add(new PathLine(List.of(label), draws.share(label), s));
            } else {
                PathLine p = out.get(same);
                List<String> paths = new ArrayList<>(p.paths());
                paths.add(label);
                out.set(same, new PathLine(paths, p.share() + draws.share(label), p.values()));
            }
        }
        return out;
    }

    private static boolean close(XYSeries a, XYSeries b, double tolerance) {
        if (a.getItemCount() != b.getItemCount()) return false;
        for (int i = 0; i < a.getItemCount(); i++) {
            if (Math.abs(a.getY(i).doubleValue() - b.getY(i).doubleValue()) > tolerance) return false;
        }
        return true;
    }

    /** "200 draws of the path and the parameters; thin lines: the 8 paths at the point parameters (4 lines)". */
    static String drawsLine(DrawResults draws, int lines) {
        String n = String.format(Locale.ROOT, "%,d draw%s", draws.draws(), draws.draws() == 1 ? "" : "s");
        int paths = draws.pathRuns().size();
        if (paths < 2) return n + " of the uncertain parameters";
        return n + " of the path and the parameters; thin lines: the " + paths + " paths at the point parameters"
                + (lines < paths ? " (" + lines + " distinct)" : "");
    }

    public static ChartSpec build(RunResult run, FlowKey k, DrawResults draws, CountryColours colours) {
        FlowNames names = new FlowNames(run.dataset());
        YIntervalSeries outer = new YIntervalSeries("5th–95th percentile of the draws", false, false);
        YIntervalSeries inner = new YIntervalSeries("25th–75th percentile", false, false);
        XYSeries median = new XYSeries("Median", false, false);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (BandRow b : draws.bands()) {
            if (!b.flow().equals(k) || !b.measure().equals(BandRow.VALUE)) continue;
            double x = TimeAxisValues.of(b.period());
            outer.add(x, b.p50(), b.p05(), b.p95());
            inner.add(x, b.p50(), b.p25(), b.p75());
            median.add(x, b.p50());
            lo = Math.min(lo, b.p05());
            hi = Math.max(hi, b.p95());
        }
        XYSeries baseline = new XYSeries("Baseline (no policy change)", false, false);
        for (FlowRow r : run.flows()) {
            if (!r.flow().equals(k)) continue;
            baseline.add(TimeAxisValues.of(r.period()), r.baselineValueUsdM());
            lo = Math.min(lo, r.baselineValueUsdM());
            hi = Math.max(hi, r.baselineValueUsdM());
        }
        List<PathLine> paths = pathLines(draws, k);
        for (PathLine p : paths) {
            lo = Math.min(lo, p.values().getMinY());
            hi = Math.max(hi, p.values().getMaxY());
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
        XYSeriesCollection pathData = new XYSeriesCollection();
        XYLineAndShapeRenderer pathRenderer = new XYLineAndShapeRenderer(true, false);
        pathRenderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < paths.size(); i++) {
            pathData.addSeries(paths.get(i).values());
            pathRenderer.setSeriesPaint(i, PATH_PAINT);
            pathRenderer.setSeriesStroke(i, PATH_STROKE);
        }

        NumberAxis y = ChartStyle.levelAxis(ChartStyle.USD, lo, hi);
        XYPlot plot = new XYPlot(lines, ChartStyle.yearAxis(TimeAxisValues.start(run.scenario().horizon()),
                TimeAxisValues.end(run.scenario().horizon())), y, lineRenderer);
        plot.setDataset(1, pathData);
        plot.setRenderer(1, pathRenderer);
        plot.setDataset(2, bandData);
        plot.setRenderer(2, bandRenderer);
        // Lines on top of the bands: the last dataset is drawn first.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        if (!paths.isEmpty()) PathTags.addTo(plot, paths);
        List<EventMarkers.Entry> events = EventMarkers.entries(run, true);
        EventMarkers.addTo(plot, events, true);
        plot.setFixedLegendItems(legend(c, outer.getKey().toString(), inner.getKey().toString(), !paths.isEmpty(),
                events));
        String title = "Uncertainty: " + names.flow(k);
        // Over all draws, so the source names no single path.
        String source = "Source: tradesim, dataset " + run.dataset().name() + ", scenario " + run.scenario().name()
                + (draws.pathRuns().size() < 2 ? "" : ", all paths");
        JFreeChart chart = ChartStyle.chart(title, plot, true, source);
        TextTitle subtitle = new TextTitle(drawsLine(draws, paths.size()), ChartStyle.AXIS_LABEL);
        subtitle.setPaint(ChartStyle.TEXT);
        chart.addSubtitle(0, subtitle);
        int height = EventMarkers.addKey(chart, events);
        return new ChartSpec(stem(k), title, chart, height);
    }
}
