package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tradesim.model.FlowKey;
import tradesim.results.Backtest;

/**
 * {@code backtest.png}: one small panel per observed flow, model against observed as an index with
 * the dataset's base year at 100, side by side on one index axis so the panels compare at a glance,
 * and a vertical line after the last in-sample year.
 */
public final class BacktestChart {

    public static final String STEM = "backtest";

    private static final Color OBSERVED = new Color(0x222222);
    private static final Color BOUNDARY = new Color(0x888888);
    private static final BasicStroke BOUNDARY_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 4f}, 0f);

    private BacktestChart() {
    }

    public static ChartSpec build(Backtest b) {
        Map<FlowKey, List<Backtest.Row>> byFlow = new LinkedHashMap<>();
        for (Backtest.Row r : b.rows()) byFlow.computeIfAbsent(r.flow(), k -> new ArrayList<>()).add(r);
        NumberAxis index = ChartStyle.valueAxis("index, base year " + b.run().dataset().baseYear() + " = 100");
        index.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(index);
        plot.setGap(16);
        CountryColours colours = CountryColours.of(b.run().dataset());
        int first = b.run().dataset().baseYear();
        int last = b.rows().stream().mapToInt(Backtest.Row::year).max().orElse(first);
        for (Map.Entry<FlowKey, List<Backtest.Row>> e : byFlow.entrySet()) {
            XYSeries model = new XYSeries("Model", false, false);
            // A missing year is a gap, so the observed line joins only consecutive observations.
            XYSeries observed = new XYSeries("Observed", false, true);
            for (Backtest.Row r : e.getValue()) {
                model.add(r.year(), r.modelIndex());
                observed.add(r.year(), r.observedIndex().isPresent() ? (Double) r.observedIndex().getAsDouble() : null);
            }
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(model);
            data.addSeries(observed);
            Color c = colours.of(e.getKey().exporter());
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            renderer.setSeriesPaint(0, c);
            renderer.setSeriesStroke(0, ChartStyle.SCENARIO_STROKE);
            renderer.setSeriesShapesVisible(0, false);
            renderer.setSeriesPaint(1, OBSERVED);
            renderer.setSeriesStroke(1, ChartStyle.BASELINE_STROKE);
            renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
            NumberAxis years = ChartStyle.yearAxis(first - 0.4, last + 0.4);
            years.setLabel(null);
            XYPlot sub = new XYPlot(data, years, null, renderer);
            ChartStyle.styleXY(sub);
            ValueMarker boundary = new ValueMarker(b.calibrationEnd() + 0.5, BOUNDARY, BOUNDARY_STROKE);
            if (b.calibrationEnd() < last) sub.addDomainMarker(boundary);
            plot.add(sub, 1);
            PanelLabel.addTo(sub, e.getKey().exporter() + " " + e.getKey().product() + " → "
                    + e.getKey().importer(), c, 4);
        }
        plot.setFixedLegendItems(legend());
        String title = "Backtest: model against observed trade";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(b.run()));
        TextTitle unit = new TextTitle("Annual values as an index, base year " + first + " = 100; years up to "
                + b.calibrationEnd() + " are in-sample, later years out-of-sample (nothing is fitted)",
                ChartStyle.SOURCE);
        unit.setPaint(ChartStyle.TEXT);
        chart.addSubtitle(0, unit);
        return new ChartSpec(STEM, title, chart);
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        items.add(new LegendItem("Model (colour of the exporter)", null, null, null, line, ChartStyle.SCENARIO_STROKE,
                ChartStyle.TEXT));
        LegendItem observed = new LegendItem("Observed", null, null, null, new Ellipse2D.Double(-4, -4, 8, 8),
                OBSERVED);
        items.add(observed);
        items.add(new LegendItem("Calibration end (last in-sample year to its left)", null, null, null, line, BOUNDARY_STROKE, BOUNDARY));
        return items;
    }
}
