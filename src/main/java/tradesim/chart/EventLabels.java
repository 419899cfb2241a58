package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * The numbers of the event markers, in a strip above the plot's data area (the plot's top inset
 * leaves room for it), each joined to its line by a short leader. Numbers of events a few days
 * apart are spread sideways rather than stacked, so they never cover a data line or each other;
 * {@link EventKey} says what each number is.
 */
final class EventLabels extends OutsideDataArea {

    static final int BADGE_HEIGHT = 18;
    /** Room under a row of numbers for the leaders to reach their lines. */
    static final int LEADER = 10;
    /** Width of the widest number's badge plus the gap to the next, at the annotation font. */
    static final double PITCH = 26;
    /** Plot width the rows are planned for before drawing: a 1200-pixel chart less its axis. */
    private static final double PLANNED_WIDTH = 1050;

    private final List<EventMarkers.Entry> entries;
    private final int rows;

    EventLabels(List<EventMarkers.Entry> entries) {
        this.entries = List.copyOf(entries);
        this.rows = Math.max(1, (int) Math.ceil(entries.size() * PITCH / PLANNED_WIDTH));
    }

    List<EventMarkers.Entry> entries() {
        return entries;
    }

    /** The height above the data area the numbers take. */
    int stripHeight() {
        return rows * (BADGE_HEIGHT + 4) + LEADER;
    }

    /** One number's badge, in Java2D coordinates, and where its leader meets the marker line. */
    record Badge(EventMarkers.Entry entry, Rectangle2D box, double lineX) {
    }

    /**
     * Where the numbers go above {@code dataArea}: rows of badges (entry i in row i mod rows), each
     * row spread along the plot's width, the lowest row just above the leaders.
     *
     * @param x a line's position in pixels
     */
    static List<Badge> layout(List<EventMarkers.Entry> entries, int rows, ToDoubleFunction<EventMarkers.Entry> x,
                              double badgeWidth, Rectangle2D dataArea) {
        List<Badge> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<EventMarkers.Entry> row = new ArrayList<>();
            for (int i = r; i < entries.size(); i += rows) row.add(entries.get(i));
            double[] want = row.stream().mapToDouble(x).toArray();
            double[] at = Spread.centres(want, Math.max(PITCH, badgeWidth + 4), dataArea.getMinX(), dataArea.getMaxX());
            double bottom = dataArea.getMinY() - LEADER - r * (BADGE_HEIGHT + 4);
            for (int i = 0; i < row.size(); i++) {
                Rectangle2D box = new Rectangle2D.Double(at[i] - badgeWidth / 2, bottom - BADGE_HEIGHT, badgeWidth,
                        BADGE_HEIGHT);
                out.add(new Badge(row.get(i), box, want[i]));
            }
        }
        return out;
    }

    @Override
    void drawOutside(Graphics2D g2, FontMetrics fm, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
                     ValueAxis rangeAxis) {
        double width = fm.stringWidth(Integer.toString(entries.size())) + 10;
        for (Badge b : layout(entries, rows, e -> domainAxis.valueToJava2D(e.x(), dataArea, plot.getDomainAxisEdge()),
                width, dataArea)) {
            Color ink = b.entry().reached() ? EventMarkers.ON_PATH_PAINT : EventMarkers.OFF_PATH_PAINT;
            Rectangle2D box = b.box();
            g2.setColor(ink);
            g2.setStroke(b.entry().reached() ? EventMarkers.ON_PATH : EventMarkers.OFF_PATH);
            g2.draw(new Line2D.Double(box.getCenterX(), box.getMaxY(), b.lineX(), dataArea.getMinY()));
            RoundRectangle2D badge = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(),
                    box.getHeight(), 8, 8);
            g2.setColor(b.entry().reached() ? ink : Color.WHITE);
            g2.fill(badge);
            g2.setColor(ink);
            g2.setStroke(new BasicStroke(1.2f));
            g2.draw(badge);
            String n = Integer.toString(b.entry().number());
            g2.setColor(b.entry().reached() ? Color.WHITE : ink);
            g2.drawString(n, (float) (box.getCenterX() - fm.stringWidth(n) / 2.0),
                    (float) (box.getCenterY() + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
    }
}
