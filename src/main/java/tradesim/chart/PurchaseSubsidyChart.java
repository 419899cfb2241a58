package tradesim.chart;

import java.awt.Color;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tradesim.model.Horizon;
import tradesim.results.ConstraintRow;
import tradesim.results.RunResult;

/**
 * The subsidy each purchase commitment needs, period by period, as a percentage of the world price:
 * zero while buyers reach the floor at market prices, and as high as it must be while they would not.
 * The report's table turns it into a fiscal cost by year.
 */
public final class PurchaseSubsidyChart {

    public static final String STEM = "purchase-subsidy";

    private PurchaseSubsidyChart() {
    }

    /** Whether some purchase commitment binds in some period, so there is a subsidy to show. */
    public static boolean hasSubsidy(RunResult run) {
        return run.constraints().stream().anyMatch(c -> c.kind().equals("purchase") && c.regime().equals("binding"));
    }

    public static ChartSpec build(RunResult run, CountryColours colours) {
        FlowNames names = new FlowNames(run.dataset());
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        Map<Color, Integer> sameColour = new HashMap<>();
        int i = 0;
        for (List<ConstraintRow> rows : ConstraintRow.byConstraint(run.constraints(), "purchase").values()) {
            ConstraintRow first = rows.get(0);
            XYSeries s = new XYSeries(names.covered(first.importer(), first.exporter(), first.product()), false, true);
            for (ConstraintRow c : rows) s.add(TimeAxisValues.of(c.period()), -c.wedgePct());
            data.addSeries(s);
            Color c = colours.of(first.exporter());
            renderer.setSeriesPaint(i, c);
            // Commitments on one exporter share its colour, so the second and later are dashed.
            renderer.setSeriesStroke(i, SeriesStrokes.stroke(sameColour.merge(c, 1, Integer::sum) - 1, 3f));
            i++;
        }
        NumberAxis y = ChartStyle.valueAxis("Subsidy (% of the world price)");
        y.setUpperMargin(0.08);
        // Commitments often last a year or two of a long horizon: the axis frames the months they are in force.
        List<YearMonth> periods = run.constraints().stream().filter(c -> c.kind().equals("purchase"))
                .map(ConstraintRow::period).sorted().toList();
        Horizon h = run.scenario().horizon();
        double from = Math.max(TimeAxisValues.start(h), TimeAxisValues.of(periods.get(0).minusMonths(6)));
        double to = Math.min(TimeAxisValues.end(h),
                TimeAxisValues.of(periods.get(periods.size() - 1).plusMonths(h.periodMonths() + 6L)));
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(from, to), y, renderer);
        String title = "Subsidy each purchase commitment needs";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        return new ChartSpec(STEM, title, chart);
    }
}
