package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Line styles that keep lines apart where they coincide (Australia's beef tariff equal to the US
 * one, two scenarios that agree for years): each series has its own marker shape, a dash pattern
 * where its colour alone does not set it apart, and is drawn a pixel or two above or below its true
 * place, so equal lines run side by side like lines on a transit map instead of one hiding the other.
 */
final class SeriesStrokes {

    private static final List<float[]> DASHES = List.of(new float[0], new float[] {12f, 5f}, new float[] {4f, 4f},
            new float[] {14f, 4f, 3f, 4f}, new float[] {7f, 3f}, new float[] {2f, 3f});
    private static final double MARK = 8;

    private SeriesStrokes() {
    }

    /** Pattern {@code k}: solid first, then dashes; lines of one colour take k = 0, 1, 2, … in turn. */
    static BasicStroke stroke(int k, float width) {
        float[] dash = DASHES.get(k % DASHES.size());
        if (dash.length == 0) return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }

    /**
     * The marker of series {@code i}: square, circle, triangle, diamond, downward triangle, then again.
     * Five shapes against the comparison chart's eight colours: no two of the first 40 series match.
     */
    static Shape marker(int i) {
        double h = MARK / 2;
        return switch (i % 5) {
            case 0 -> new Rectangle2D.Double(-h, -h, MARK, MARK);
            case 1 -> new Ellipse2D.Double(-h, -h, MARK, MARK);
            case 2 -> polygon(0, -h - 1, h + 1, h, -h - 1, h);
            case 3 -> polygon(0, -h - 1, h + 1, 0, 0, h + 1, -h - 1, 0);
            default -> polygon(-h - 1, -h, h + 1, -h, 0, h + 1);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) p.lineTo(xy[k], xy[k + 1]);
        p.closePath();
        return p;
    }

    /**
     * Draws each line as one path with markers, series {@code i} of {@code lines} shifted by
     * {@code (i - (lines - 1) / 2) × pitch} pixels (upwards for positive), so the middle of the bundle
     * stays on the true value. Series from {@code lines} on (a baseline) are drawn in place without
     * markers. With {@code markEvery} > 0 a line has a marker only every that many items, each series
     * starting at another item so the markers of equal lines interleave; else at every item.
     */
    static final class SideBySide extends XYLineAndShapeRenderer {
        private final int lines;
        private final double pitch;
        private final int markEvery;

        SideBySide(int lines, double pitch, int markEvery) {
            super(true, true);
            this.lines = lines;
            this.pitch = pitch;
            this.markEvery = markEvery;
            setDrawSeriesLineAsPath(true);
            for (int i = 0; i < lines; i++) setSeriesShape(i, marker(i));
        }

        double offset(int series) {
            return series < lines ? (series - (lines - 1) / 2.0) * pitch : 0;
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            if (series >= lines) return false;
            return markEvery <= 0 || item % markEvery == (series * 5) % markEvery;
        }

        /** The legend shows every line's marker, wherever its first marker falls on the line. */
        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            LegendItem item = super.getLegendItem(datasetIndex, series);
            if (item != null) item.setShapeVisible(series < lines);
            return item;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            double dy = -offset(series);
            g2.translate(0, dy);
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            g2.translate(0, -dy);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SideBySide s && s.lines == lines && s.pitch == pitch && s.markEvery == markEvery
                    && super.equals(o);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + lines;
        }
    }
}
