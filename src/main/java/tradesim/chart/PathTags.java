package tradesim.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The share of the draws beside the end of each path line of a fan chart ("44% of draws"), in a
 * margin right of the data area that the plot's right inset leaves free, spread so tags of lines
 * that end close together do not overlap; a short leader joins each tag to its line.
 */
final class PathTags extends OutsideDataArea {

    static final int MARGIN = 112;
    private static final int ROW = 17;

    private final List<FanChart.PathLine> lines;

    private PathTags(List<FanChart.PathLine> lines) {
        this.lines = List.copyOf(lines);
    }

    static void addTo(XYPlot plot, List<FanChart.PathLine> lines) {
        plot.addAnnotation(new PathTags(lines), false);
        RectangleInsets in = plot.getInsets();
        plot.setInsets(new RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(), in.getRight() + MARGIN));
    }

    /** "44% of draws"; a share under half a percent reads "<1%", never a misleading 0% for a drawn path. */
    static String text(double share) {
        if (share == 0) return "no draws";
        if (share < 0.005) return "<1% of draws";
        return String.format(Locale.ROOT, "%.0f%% of draws", 100 * share);
    }

    @Override
    void drawOutside(Graphics2D g2, FontMetrics fm, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis) {
        List<double[]> ends = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var v = lines.get(i).values();
            double y = rangeAxis.valueToJava2D(v.getY(v.getItemCount() - 1).doubleValue(), dataArea,
                    plot.getRangeAxisEdge());
            ends.add(new double[] {y, i});
        }
        ends.sort(Comparator.comparingDouble(e -> e[0]));
        double[] at = Spread.centres(ends.stream().mapToDouble(e -> e[0]).toArray(), ROW, dataArea.getMinY(),
                dataArea.getMaxY());
        for (int k = 0; k < ends.size(); k++) {
            double x = dataArea.getMaxX();
            g2.setColor(FanChart.PATH_PAINT);
            g2.setStroke(FanChart.PATH_STROKE);
            g2.draw(new Line2D.Double(x, ends.get(k)[0], x + 8, at[k]));
            String t = text(lines.get((int) ends.get(k)[1]).share());
            g2.drawString(t, (float) (x + 11), (float) (at[k] + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
    }
}
