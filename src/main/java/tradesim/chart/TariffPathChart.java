package tradesim.chart;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tradesim.model.FlowKey;
import tradesim.results.FlowRow;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

/**
 * The ad valorem tariff in force on each headline flow, period by period, as steps: a rate holds
 * for a whole period and changes at the start of the next (docs/model.md, "Timing and stacking").
 * Equal rates are drawn a few pixels apart ({@link SeriesStrokes.SideBySide}), so no line hides another.
 * The months in which a safeguard's snapped-back rate applied to a headline flow are shaded ({@link SafeguardMarks}).
 */
public final class TariffPathChart {

    public static final String STEM = "tariff-path";

    private TariffPathChart() {
    }

    public static ChartSpec build(RunDigest digest, List<FlowKey> headline, CountryColours colours) {
        RunResult run = digest.run();
        FlowNames names = new FlowNames(run.dataset());
        XYSeriesCollection data = new XYSeriesCollection();
        // Steps drawn as one path per series (a corner point at each change) so the line is a single
        // clean stroke; a step renderer draws a separate segment per period.
        // Markers at each change of rate, and equal rates drawn side by side, so every series shows.
        XYLineAndShapeRenderer renderer = new SeriesStrokes.SideBySide(headline.size(), 3.5, 0);
        Map<Color, Integer> sameColour = new HashMap<>();
        for (int i = 0; i < headline.size(); i++) {
            FlowKey k = headline.get(i);
            XYSeries s = new XYSeries(names.flow(k), false, true);
            FlowRow last = null;
            for (FlowRow r : digest.rowsOf(k)) {
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
            Color c = colours.of(k.exporter());
            renderer.setSeriesPaint(i, c);
            // Flows of one exporter share its colour, so the second and later of them are dashed.
            renderer.setSeriesStroke(i, SeriesStrokes.stroke(sameColour.merge(c, 1, Integer::sum) - 1, 3f));
        }
        NumberAxis y = ChartStyle.valueAxis("Tariff in force (%)");
        // Zero is a rate like any other: a 0% line sits above the axis, not on it.
        y.setAutoRangeStickyZero(false);
        y.setLowerMargin(0.04);
        y.setUpperMargin(0.06);
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(TimeAxisValues.start(run.scenario().horizon()),
                TimeAxisValues.end(run.scenario().horizon())), y, renderer);
        List<EventMarkers.Entry> events = EventMarkers.entries(run);
        EventMarkers.addTo(plot, events, true);
        List<SafeguardMarks.Mark> snapBacks = SafeguardMarks.of(run, headline);
        SafeguardMarks.addTo(plot, snapBacks);
        if (!snapBacks.isEmpty()) {
            LegendItemCollection items = new LegendItemCollection();
            items.addAll(plot.getLegendItems());
            items.add(SafeguardMarks.legendItem());
            plot.setFixedLegendItems(items);
        }
        String title = "Tariff in force on the headline flows";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        int height = EventMarkers.addKey(chart, events, run) + SafeguardMarks.addKey(chart, snapBacks, names);
        return new ChartSpec(STEM, title, chart, height);
    }
}
