package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Line styles that keep lines apart where they coincide (Australia's tariff on top of the US one,
 * two scenarios that agree for years): each series has its own dash pattern and marker shape, and
 * earlier series are drawn wider, so a line drawn over another leaves the one beneath showing along
 * both edges and through its gaps. Colour is not needed to tell them apart, so greyscale prints work.
 */
final class SeriesStrokes {

    private static final List<float[]> DASHES = List.of(new float[0], new float[] {12f, 5f}, new float[] {4f, 4f},
            new float[] {14f, 4f, 3f, 4f}, new float[] {7f, 3f}, new float[] {2f, 3f});
    private static final double MARK = 8;

    private SeriesStrokes() {
    }

    /** The stroke of series {@code i} of {@code n}: widest first, solid first, then dashes. */
    static BasicStroke stroke(int i, int n, float thinnest) {
        float width = thinnest + 1.2f * (n - 1 - i);
        float[] dash = DASHES.get(i % DASHES.size());
        if (dash.length == 0) return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        float[] scaled = new float[dash.length];
        // Dashes grow with the line, or a wide dashed line reads as a row of blocks.
        for (int k = 0; k < dash.length; k++) scaled[k] = dash[k] * Math.max(1f, width / 2.5f);
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, scaled, 0f);
    }

    /** The marker of series {@code i}: square, circle, triangle, diamond, then again. */
    static Shape marker(int i) {
        double h = MARK / 2;
        return switch (i % 4) {
            case 0 -> new Rectangle2D.Double(-h, -h, MARK, MARK);
            case 1 -> new Ellipse2D.Double(-h, -h, MARK, MARK);
            case 2 -> polygon(0, -h - 1, h + 1, h, -h - 1, h);
            default -> polygon(0, -h - 1, h + 1, 0, 0, h + 1, -h - 1, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) p.lineTo(xy[k], xy[k + 1]);
        p.closePath();
        return p;
    }
}
