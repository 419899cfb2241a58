package tradesim.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The name of what one panel of a stacked chart shows, in its top-left corner with a swatch of its
 * colour, so the reader need not match four panels against one legend.
 */
final class PanelLabel extends AbstractXYAnnotation {

    private final String text;
    private final Color colour;

    PanelLabel(String text, Color colour) {
        this.text = text;
        this.colour = colour;
    }

    String text() {
        return text;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(ChartStyle.PANEL_LABEL);
        FontMetrics fm = g2.getFontMetrics();
        double x = dataArea.getMinX() + 4;
        double y = dataArea.getMinY() + 2;
        double sw = fm.getAscent() - 2;
        g2.setColor(new Color(255, 255, 255, 225));
        g2.fill(new Rectangle2D.Double(x, y, sw + 10 + fm.stringWidth(text), fm.getHeight()));
        g2.setColor(colour);
        g2.fill(new Rectangle2D.Double(x + 2, y + (fm.getHeight() - sw) / 2, sw, sw));
        g2.setColor(ChartStyle.TEXT);
        g2.drawString(text, (float) (x + sw + 8), (float) (y + fm.getAscent()));
    }
}
