package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.GridArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import tradesim.model.Action;
import tradesim.model.FlowKey;
import tradesim.results.RunResult;
import tradesim.results.SafeguardRow;
import tradesim.wording.NumberWords;

/**
 * The months in which a safeguard's snapped-back rate applied, shaded on a time plot and tagged
 * S1, S2, … with a key below the chart in the style of the event key: "S1  2021-03 to 2021-03
 * us_beef_sg_2020: 38.5% on Beef, United States → Japan". Only safeguards that a plotted flow pays
 * are marked; the report's safeguard table lists every one.
 */
final class SafeguardMarks {

    static final Color SHADE = new Color(0xE69F00);
    private static final float SHADE_ALPHA = 0.28f;
    private static final Color CLEAR = new Color(0, 0, 0, 0);

    /**
     * One snap-back: its tag, its safeguard and safeguard year, the first and last period it applied,
     * where that lies on the time axis (from the start of the first period to the end of the last),
     * and the plotted flows that paid it.
     */
    record Mark(String tag, String safeguard, int safeguardYear, YearMonth from, YearMonth until, double x0,
                double x1, double ratePct, List<FlowKey> paying) {
    }

    private SafeguardMarks() {
    }

    /** The triggered safeguard years that one of {@code flows} pays, in safeguards.csv order. */
    static List<Mark> of(RunResult run, List<FlowKey> flows) {
        int months = run.scenario().horizon().periodMonths();
        List<Mark> out = new ArrayList<>();
        for (SafeguardRow s : run.safeguards()) {
            if (s.appliesFrom().isEmpty() || s.appliesUntil().isEmpty()) continue;
            Optional<Action.Safeguard> action = action(run, s.safeguard());
            if (action.isEmpty()) continue;
            Action.Safeguard g = action.get();
            List<FlowKey> paying = flows.stream().filter(k -> g.importer().matches(k.importer())
                    && g.exporter().matches(k.exporter()) && g.product().matches(k.product())).toList();
            if (paying.isEmpty()) continue;
            YearMonth from = s.appliesFrom().get();
            YearMonth until = s.appliesUntil().get();
            out.add(new Mark("S" + (out.size() + 1), s.safeguard(), s.safeguardYear(), from, until,
                    TimeAxisValues.of(from), TimeAxisValues.of(until.plusMonths(months)), g.ratePct(), paying));
        }
        return List.copyOf(out);
    }

    private static Optional<Action.Safeguard> action(RunResult run, String id) {
        return run.scenario().allActions().stream().filter(a -> a instanceof Action.Safeguard g && g.id().equals(id))
                .map(a -> (Action.Safeguard) a).findFirst();
    }

    /** Shades each mark's months behind the lines, tagged at the top of the plot. */
    static void addTo(XYPlot plot, List<Mark> marks) {
        for (Mark m : marks) {
            IntervalMarker shade = new IntervalMarker(m.x0(), m.x1(), SHADE, new BasicStroke(1f), SHADE,
                    new BasicStroke(1f), SHADE_ALPHA);
            plot.addDomainMarker(shade, Layer.BACKGROUND);
            // The tag rides on a clear marker in front, so it is not faded with the shading.
            IntervalMarker tag = new IntervalMarker(m.x0(), m.x1(), CLEAR, new BasicStroke(0f), null, null, 1f);
            tag.setLabel(m.tag());
            tag.setLabelFont(ChartStyle.PANEL_LABEL);
            tag.setLabelPaint(SHADE.darker().darker());
            tag.setLabelAnchor(RectangleAnchor.TOP);
            tag.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            tag.setLabelOffset(new RectangleInsets(4, 0, 0, 0));
            plot.addDomainMarker(tag, Layer.FOREGROUND);
        }
    }

    static String line(Mark m, FlowNames names) {
        String when = m.from().equals(m.until()) ? m.from().toString() : m.from() + " to " + m.until();
        return m.tag() + "  " + when + "  " + m.safeguard() + " (safeguard year " + m.safeguardYear() + "): "
                + NumberWords.rate(m.ratePct()) + " on " + String.join("; ", m.paying().stream().map(names::flow).toList());
    }

    /** The legend's swatch for the shading. */
    static LegendItem legendItem() {
        LegendItem item = new LegendItem("Safeguard applies (S1, S2, … in the key)", null, null, null,
                new Rectangle2D.Double(-7, -7, 14, 14), new Color(SHADE.getRed(), SHADE.getGreen(), SHADE.getBlue(),
                Math.round(255 * SHADE_ALPHA)));
        return item;
    }

    /**
     * The key of the tags, below the plot (under the event key); nothing when no safeguard snapped back.
     *
     * @return the height the key adds to the chart, in pixels
     */
    static int addKey(JFreeChart chart, List<Mark> marks, FlowNames names) {
        if (marks.isEmpty()) return 0;
        BlockContainer lines = new BlockContainer(new GridArrangement(marks.size(), 1));
        for (Mark m : marks) {
            LabelBlock b = new EventKey.KeyLine(line(m, names), SHADE.darker().darker());
            b.setContentAlignmentPoint(TextBlockAnchor.CENTER_LEFT);
            b.setTextAnchor(RectangleAnchor.LEFT);
            b.setPadding(new RectangleInsets(1, 4, 1, 12));
            lines.add(b);
        }
        CompositeTitle t = new CompositeTitle(lines);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 0, 2, 0));
        chart.addSubtitle(t);
        return marks.size() * EventKey.lineHeight() + 4;
    }
}
