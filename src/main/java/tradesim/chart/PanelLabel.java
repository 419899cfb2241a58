package tradesim.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The name of what one panel of a stacked chart shows, above its top-left corner with a swatch of
 * its colour, so the reader need not match four panels against one legend. It sits in the plot's
 * top inset, outside the data area, so it never covers a line.
 */
final class PanelLabel extends OutsideDataArea {

    /** The height of the label's row, which {@link #addTo} adds to the plot's top inset. */
    static final int HEIGHT = 20;

    private final String text;
    private final Color colour;
    /** Pixels between the label's row and the data area, taken by the event numbers. */
    private final int gap;

    private PanelLabel(String text, Color colour, int gap) {
        this.text = text;
        this.colour = colour;
        this.gap = gap;
    }

    /** Labels the panel, above anything already in its top inset ({@code gap} pixels of it). */
    static void addTo(XYPlot plot, String text, Color colour, int gap) {
        plot.addAnnotation(new PanelLabel(text, colour, gap), false);
        RectangleInsets in = plot.getInsets();
        plot.setInsets(new RectangleInsets(in.getTop() + HEIGHT, in.getLeft(), in.getBottom(), in.getRight()));
    }

    String text() {
        return text;
    }

    @Override
    void drawOutside(Graphics2D g2, FontMetrics annotation, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis) {
        g2.setFont(ChartStyle.PANEL_LABEL);
        FontMetrics fm = g2.getFontMetrics();
        double x = dataArea.getMinX();
        double y = dataArea.getMinY() - gap - HEIGHT;
        double sw = fm.getAscent() - 2;
        g2.setColor(colour);
        g2.fill(new Rectangle2D.Double(x + 2, y + (fm.getHeight() - sw) / 2, sw, sw));
        g2.setColor(ChartStyle.TEXT);
        g2.drawString(text, (float) (x + sw + 8), (float) (y + fm.getAscent()));
    }
}
