package tradesim.chart;

import java.awt.font.FontRenderContext;
import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.EmptyBlock;
import org.jfree.chart.block.GridArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.text.TextBlockAnchor;

/**
 * The key below a chart that says what each numbered event line is: "3  2019-05  Section 232
 * decision on autos and parts", in two columns read downwards when every entry fits half the
 * width, else in one. Entries of other paths are grey, as their lines are.
 */
final class EventKey {

    /** Width a key line may take: the chart less its padding. */
    static final double WIDTH = ChartStyle.WIDTH - 40;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** The height a standard chart leaves its key before the plot starts to shrink: about eight lines. */
    static final int ROOM = 8 * lineHeight();

    private EventKey() {
    }

    /** One key line's height: the annotation font and the block's padding. */
    static int lineHeight() {
        return ChartStyle.ANNOTATION.getSize() + 6;
    }

    /** The key's height in pixels: its rows of lines and the title's padding. */
    static int height(List<EventMarkers.Entry> entries) {
        int columns = columns(entries);
        int rows = (entries.size() + columns - 1) / columns;
        return rows * lineHeight() + 6;
    }

    static String line(EventMarkers.Entry e) {
        return e.number() + "  " + YearMonth.from(e.date()) + "  " + e.text();
    }

    /** The line with its number padded by figure spaces (as wide as a digit), so the dates align. */
    static String padded(EventMarkers.Entry e, int entries) {
        int digits = Integer.toString(entries).length() - Integer.toString(e.number()).length();
        return "\u2007".repeat(Math.max(0, digits)) + line(e);
    }

    /** How many columns the key has: two when every line fits in half the width. */
    static int columns(List<EventMarkers.Entry> entries) {
        double widest = entries.stream()
                .mapToDouble(e -> ChartStyle.ANNOTATION.getStringBounds(padded(e, entries.size()), FRC).getWidth())
                .max().orElse(0);
        return entries.size() > 1 && widest + 24 <= WIDTH / 2 ? 2 : 1;
    }

    static CompositeTitle title(List<EventMarkers.Entry> entries) {
        int columns = columns(entries);
        int rows = (entries.size() + columns - 1) / columns;
        BlockContainer grid = new BlockContainer(new GridArrangement(rows, columns));
        // The grid fills row by row; entry (row r, column c) is number c * rows + r, read down each column.
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = c * rows + r;
                grid.add(i < entries.size() ? block(entries.get(i), entries.size()) : new EmptyBlock(1, 1));
            }
        }
        CompositeTitle t = new CompositeTitle(grid);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(4, 0, 2, 0));
        return t;
    }

    /** One line of the key, which keeps its text for tests and tools to read back. */
    static final class KeyLine extends LabelBlock {
        private final String text;

        KeyLine(String text, java.awt.Paint paint) {
            super(text, ChartStyle.ANNOTATION, paint);
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private static Block block(EventMarkers.Entry e, int count) {
        LabelBlock b = new KeyLine(padded(e, count), e.reached() ? ChartStyle.TEXT : EventMarkers.OFF_PATH_PAINT);
        b.setContentAlignmentPoint(TextBlockAnchor.CENTER_LEFT);
        b.setTextAnchor(RectangleAnchor.LEFT);
        b.setPadding(new RectangleInsets(1, 4, 1, 12));
        return b;
    }
}
