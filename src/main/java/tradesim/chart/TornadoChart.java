package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import tradesim.model.FlowKey;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;

/**
 * One-at-a-time sensitivity as a tornado: for each uncertain parameter, the headline result with the
 * parameter at its 5th and at its 95th percentile, bars drawn from the point estimate, the widest
 * swing on top. The bars are grey, not country colours, because they stand for parameter values.
 */
public final class TornadoChart {

    public static final String STEM = "tornado";
    static final Color LOW = new Color(0xBBBBBB);
    static final Color HIGH = new Color(0x555555);
    /** More bars than this no longer fit their labels at 700 pixels high. */
    static final int MAX_BARS = 12;

    private TornadoChart() {
    }

    /** The rows the chart draws: those of the first row's headline flow and year, widest first. */
    static List<SensitivityRow> rows(List<SensitivityRow> sensitivity) {
        SensitivityRow first = sensitivity.get(0);
        return sensitivity.stream()
                .filter(r -> r.headline().equals(first.headline()) && r.year() == first.year())
                .sorted(Comparator.comparingDouble(SensitivityRow::swing).reversed())
                .limit(MAX_BARS).toList();
    }

    public static ChartSpec build(RunResult run, List<SensitivityRow> sensitivity) {
        FlowNames names = new FlowNames(run.dataset());
        List<SensitivityRow> rows = rows(sensitivity);
        FlowKey k = rows.get(0).headline();
        double point = rows.get(0).resultAtPoint();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SensitivityRow r : rows) {
            String category = r.parameter() + " (" + compact(r.lowValue()) + " to " + compact(r.highValue()) + ")";
            data.addValue(r.resultAtLow(), "Parameter at its 5th percentile", category);
            data.addValue(r.resultAtHigh(), "Parameter at its 95th percentile", category);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, LOW);
        renderer.setSeriesPaint(1, HIGH);
        // Bars grow from the point estimate, so each shows how far that parameter moves the result.
        renderer.setBase(point);
        renderer.setIncludeBaseInRange(true);
        renderer.setItemMargin(0.0);
        CategoryAxis x = new CategoryAxis(null);
        NumberAxis y = ChartStyle.valueAxis("Change from baseline (%) of " + names.flow(k) + ", " + rows.get(0).year());
        y.setAutoRangeIncludesZero(false);
        y.setUpperMargin(0.10);
        y.setLowerMargin(0.10);
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker m = new ValueMarker(point, ChartStyle.TEXT, new BasicStroke(1.5f));
        m.setLabel("point estimate " + String.format(Locale.ROOT, "%.1f%%", point));
        m.setLabelFont(ChartStyle.ANNOTATION);
        m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(m);
        String title = "Which assumptions matter most";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        return new ChartSpec(STEM, title, chart);
    }

    /** 4.5, 0.25, 12: parameter values as short as they can be without losing meaning. */
    static String compact(double v) {
        return ChartStyle.rootFormat("#,##0.##").format(v);
    }
}
