package tradesim.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * An annotation drawn beside the data area rather than on it (in room the plot's insets leave),
 * so it can never cover a line. The plot clips annotations to the data area; this lifts the clip
 * while it draws, in the chart's annotation font unless it sets another.
 */
abstract class OutsideDataArea extends AbstractXYAnnotation {

    @Override
    public final void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                           ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        Shape clip = g2.getClip();
        g2.setClip(null);
        g2.setFont(ChartStyle.ANNOTATION);
        try {
            drawOutside(g2, g2.getFontMetrics(), plot, dataArea, domainAxis, rangeAxis);
        } finally {
            g2.setClip(clip);
        }
    }

    abstract void drawOutside(Graphics2D g2, FontMetrics fm, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                              ValueAxis rangeAxis);
}
