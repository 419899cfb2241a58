package tradesim.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The labels of the event markers, laid out at drawing time when the real text widths are known:
 * each label sits beside its marker line in the first of a few rows near the top of the plot where
 * it overlaps no other label, so events a few months apart do not print over each other. A label
 * that fits in no row is shortened with an ellipsis; the marker line itself is always drawn.
 */
final class EventLabels extends AbstractXYAnnotation {

    /** Rows of labels at most; {@link EventMarkers#upperMargin} reserves room for those used. */
    static final int ROWS = 6;
    /** Height of one row in pixels at the chart's font, used to reserve room before drawing. */
    static final int ROW_PIXELS = 20;
    private static final int MIN_CHARS = 6;

    /** One marker's label: where (decimal year), what, and whether the event happens on this path. */
    record Label(double x, String text, boolean reached) {
    }

    private final List<Label> labels;
    private final int firstRow;

    /** @param firstRow rows left free at the top, e.g. for a panel label */
    EventLabels(List<Label> labels, int firstRow) {
        this.labels = labels.stream().sorted(Comparator.comparingDouble(Label::x)).toList();
        this.firstRow = firstRow;
    }

    List<Label> labels() {
        return labels;
    }

    /** Where one label goes: its (possibly shortened) text, left edge and width in pixels, and row. */
    record Placement(Label label, String text, double left, double width, int row) {
    }

    /**
     * Lays labels out left to right: each goes right of its line (left of it near the plot's right
     * edge) in the first row where it overlaps no placed label; a label that fits nowhere is shortened
     * until it does, and dropped below {@value #MIN_CHARS} characters.
     *
     * @param x     a label's line position in pixels
     * @param width a text's width in pixels
     */
    static List<Placement> layout(List<Label> labels, ToDoubleFunction<Label> x, ToDoubleFunction<String> width,
                                  double maxX) {
        List<List<double[]>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) rows.add(new ArrayList<>());
        List<Placement> out = new ArrayList<>();
        for (Label l : labels) {
            double lineX = x.applyAsDouble(l);
            String text = l.text();
            boolean placed = false;
            while (!placed && text.length() >= MIN_CHARS) {
                double w = width.applyAsDouble(text) + 6;
                double left = lineX + 3 + w <= maxX ? lineX + 3 : lineX - 3 - w;
                for (int r = 0; r < ROWS && !placed; r++) {
                    if (free(rows.get(r), left, left + w)) {
                        rows.get(r).add(new double[] {left, left + w});
                        out.add(new Placement(l, text, left, w, r));
                        placed = true;
                    }
                }
                if (!placed) text = shorten(text);
            }
        }
        return out;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(ChartStyle.ANNOTATION);
        FontMetrics fm = g2.getFontMetrics();
        double rowHeight = fm.getHeight() + 3;
        List<Placement> placed = layout(labels,
                l -> domainAxis.valueToJava2D(l.x(), dataArea, plot.getDomainAxisEdge()), fm::stringWidth,
                dataArea.getMaxX());
        for (Placement p : placed) {
            double top = dataArea.getMinY() + 2 + (firstRow + p.row()) * rowHeight;
            g2.setColor(new Color(255, 255, 255, 225));
            g2.fill(new Rectangle2D.Double(p.left(), top, p.width(), fm.getHeight()));
            g2.setColor(p.label().reached() ? ChartStyle.TEXT : new Color(0x777777));
            g2.drawString(p.text(), (float) (p.left() + 3), (float) (top + fm.getAscent()));
        }
    }

    private static boolean free(List<double[]> row, double from, double to) {
        for (double[] span : row) {
            if (from < span[1] + 4 && to > span[0] - 4) return false;
        }
        return true;
    }

    private static String shorten(String s) {
        String base = s.endsWith("…") ? s.substring(0, s.length() - 1) : s;
        int cut = Math.max(1, base.length() * 3 / 4);
        return base.substring(0, cut).strip() + "…";
    }
}
