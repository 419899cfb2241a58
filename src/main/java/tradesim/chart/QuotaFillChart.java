package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tradesim.results.ConstraintRow;
import tradesim.results.RunResult;

/**
 * How full each tariff-rate quota is, one panel per quota: the covered imports period by period (an
 * annual rate, solid) against the quota (dashed), with the background shaded by regime, so a class
 * sees when imports stay under the quota, fill it exactly, or run past it and pay the out-of-quota rate.
 */
public final class QuotaFillChart {

    public static final String STEM = "quota-fill";

    /** The regimes of constraints.csv, in the legend's order, with their shading. */
    enum Regime {
        UNFILLED("unfilled", "Unfilled", new Color(0x56B4E9)),
        BINDING("binding", "Binding (imports equal the quota)", new Color(0xE69F00)),
        OVER_QUOTA("over_quota", "Over quota", new Color(0xD55E00));

        static final float ALPHA = 0.16f;
        final String csv;
        final String label;
        final Color colour;

        Regime(String csv, String label, Color colour) {
            this.csv = csv;
            this.label = label;
            this.colour = colour;
        }

        static Regime of(String csv) {
            for (Regime r : values()) if (r.csv.equals(csv)) return r;
            throw new IllegalArgumentException("not a quota regime: " + csv);
        }
    }

    private QuotaFillChart() {
    }

    /** Whether the run has a quota in force in some period. */
    public static boolean hasQuotas(RunResult run) {
        return run.constraints().stream().anyMatch(c -> c.kind().equals("trq"));
    }

    public static ChartSpec build(RunResult run, CountryColours colours) {
        FlowNames names = new FlowNames(run.dataset());
        int months = run.scenario().horizon().periodMonths();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.yearAxis(
                TimeAxisValues.start(run.scenario().horizon()), TimeAxisValues.end(run.scenario().horizon())));
        plot.setGap(14);
        Set<Regime> shown = new LinkedHashSet<>();
        for (List<ConstraintRow> rows : ConstraintRow.byConstraint(run.constraints(), "trq").values()) {
            ConstraintRow first = rows.get(0);
            XYSeries achieved = new XYSeries("Imports the quota covers", false, true);
            XYSeries quota = new XYSeries("Quota", false, true);
            for (ConstraintRow c : rows) {
                double x = TimeAxisValues.of(c.period());
                achieved.add(x, c.achieved());
                quota.add(x, c.limit());
            }
            ConstraintRow last = rows.get(rows.size() - 1);
            // The quota holds to the end of its last period, so the dashed line spans it.
            quota.add(TimeAxisValues.of(last.period().plusMonths(months)), last.limit());
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(achieved);
            data.addSeries(quota);
            Color c = colours.of(first.exporter().split(";")[0]);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            renderer.setDrawSeriesLineAsPath(true);
            renderer.setSeriesPaint(0, c);
            renderer.setSeriesStroke(0, ChartStyle.SCENARIO_STROKE);
            renderer.setSeriesPaint(1, ChartStyle.TEXT);
            renderer.setSeriesStroke(1, ChartStyle.BASELINE_STROKE);
            NumberAxis y = ChartStyle.valueAxis(first.unit().equals("t") ? "Tonnes a year" : "USD million a year");
            y.setUpperMargin(0.08);
            XYPlot sub = new XYPlot(data, null, y, renderer);
            ChartStyle.styleXY(sub);
            shown.addAll(shade(sub, rows, months));
            plot.add(sub, 1);
            PanelLabel.addTo(sub, first.constraint() + ": " + names.covered(first.importer(), first.exporter(),
                    first.product()), c, 0);
        }
        plot.setFixedLegendItems(legend(shown));
        String title = "Tariff-rate quotas: covered imports against each quota";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        return new ChartSpec(STEM, title, chart);
    }

    /** A background band over each run of periods in one regime; returns the regimes drawn. */
    private static Set<Regime> shade(XYPlot plot, List<ConstraintRow> rows, int months) {
        Set<Regime> drawn = new LinkedHashSet<>();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i < rows.size() && rows.get(i).regime().equals(rows.get(start).regime())
                    && rows.get(i).period().equals(rows.get(i - 1).period().plusMonths(months))) {
                continue;
            }
            Regime r = Regime.of(rows.get(start).regime());
            plot.addDomainMarker(new IntervalMarker(TimeAxisValues.of(rows.get(start).period()),
                    TimeAxisValues.of(rows.get(i - 1).period().plusMonths(months)), r.colour, new BasicStroke(0f),
                    null, null, Regime.ALPHA), Layer.BACKGROUND);
            drawn.add(r);
            start = i;
        }
        return drawn;
    }

    private static LegendItemCollection legend(Set<Regime> shown) {
        LegendItemCollection items = new LegendItemCollection();
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        items.add(new LegendItem("Imports the quota covers (annual rate)", null, null, null, line,
                ChartStyle.SCENARIO_STROKE, ChartStyle.TEXT));
        items.add(new LegendItem("Quota a year", null, null, null, line, ChartStyle.BASELINE_STROKE, ChartStyle.TEXT));
        for (Regime r : Regime.values()) {
            if (!shown.contains(r)) continue;
            items.add(new LegendItem(r.label, null, null, null, new Rectangle2D.Double(-7, -7, 14, 14),
                    new Color(r.colour.getRed(), r.colour.getGreen(), r.colour.getBlue(),
                            Math.round(255 * Regime.ALPHA * 2))));
        }
        return items;
    }
}
