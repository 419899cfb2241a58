package tradesim.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tradesim.model.FlowKey;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;

/**
 * The ad valorem tariff in force on each headline flow, period by period, as steps: a rate holds
 * for a whole period and changes at the start of the next (DESIGN.md, "Timing and stacking").
 */
public final class TariffPathChart {

    public static final String STEM = "tariff-path";

    private TariffPathChart() {
    }

    public static ChartSpec build(RunResult run, List<FlowKey> headline, CountryColours colours) {
        FlowNames names = new FlowNames(run.dataset());
        XYSeriesCollection data = new XYSeriesCollection();
        // Steps drawn as one path per series (a corner point at each change) so the line is a single
        // clean stroke; a step renderer draws a separate segment per period.
        // Markers at each change of rate, so that coinciding steps still show every series.
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < headline.size(); i++) {
            FlowKey k = headline.get(i);
            XYSeries s = new XYSeries(names.flow(k), false, true);
            FlowRow last = null;
            for (FlowRow r : run.flows()) {
                if (!r.flow().equals(k)) continue;
                double x = TimeAxisValues.of(r.period());
                if (last == null) {
                    s.add(x, r.tariffPct());
                } else if (r.tariffPct() != last.tariffPct()) {
                    s.add(x, last.tariffPct());
                    s.add(x, r.tariffPct());
                }
                last = r;
            }
            // Carry the last rate to the end of its period, so the final step has its width.
            if (last != null) {
                s.add(TimeAxisValues.of(last.period().plusMonths(run.scenario().horizon().periodMonths())),
                        last.tariffPct());
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, colours.of(k.exporter()));
            renderer.setSeriesStroke(i, SeriesStrokes.stroke(i, headline.size(), 2f));
            renderer.setSeriesShape(i, SeriesStrokes.marker(i));
        }
        NumberAxis y = ChartStyle.valueAxis("Tariff in force (%)");
        // Zero is a rate like any other: a 0% line sits above the axis, not on it.
        y.setAutoRangeStickyZero(false);
        y.setLowerMargin(0.04);
        y.setUpperMargin(0.06);
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(TimeAxisValues.start(run.scenario().horizon()),
                TimeAxisValues.end(run.scenario().horizon())), y, renderer);
        // The first series is the widest, so it goes underneath (XYPlot draws the last series first by default).
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        List<EventMarkers.Entry> events = EventMarkers.entries(run);
        EventMarkers.addTo(plot, events, true);
        String title = "Tariff in force on the headline flows";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        EventMarkers.addKey(chart, events);
        return new ChartSpec(STEM, title, chart);
    }
}
