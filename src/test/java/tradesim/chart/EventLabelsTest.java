package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLabelsTest {

    /** 8 pixels a character, 10 pixels a month: about what the charts have at 1200×700. */
    private static List<EventLabels.Placement> layout(List<EventLabels.Label> labels) {
        return EventLabels.layout(labels, l -> 100 + (l.x() - 2018) * 120, t -> 8.0 * t.length(), 1160);
    }

    @Test
    void labelsInOneRowNeverOverlap() {
        List<EventLabels.Label> labels = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            labels.add(new EventLabels.Label(2019 + i / 12.0, "Event number " + i + " with a fairly long label", true));
        }
        List<EventLabels.Placement> placed = layout(labels);
        for (EventLabels.Placement a : placed) {
            for (EventLabels.Placement b : placed) {
                if (a == b || a.row() != b.row()) continue;
                assertFalse(a.left() < b.left() + b.width() && b.left() < a.left() + a.width(),
                        a.text() + " overlaps " + b.text());
            }
            assertTrue(a.row() < EventLabels.ROWS);
            assertTrue(a.left() + a.width() <= 1160, "inside the plot: " + a.text());
        }
        assertTrue(placed.size() >= EventLabels.ROWS, "at least one label per row");
    }

    @Test
    void spreadOutEventsShareTheFirstRowAtFullLength() {
        List<EventLabels.Label> labels = List.of(new EventLabels.Label(2018.5, "Talks launched at the UN", true),
                new EventLabels.Label(2022.0, "Deal signed", true), new EventLabels.Label(2026.0, "Review", true));
        List<EventLabels.Placement> placed = layout(labels);
        assertEquals(3, placed.size());
        assertTrue(placed.stream().allMatch(p -> p.row() == 0 && p.text().equals(p.label().text())));
    }

    @Test
    void aLabelNearTheRightEdgeGoesLeftOfItsLine() {
        EventLabels.Placement p = layout(List.of(new EventLabels.Label(2026.9, "Late event", true))).get(0);
        double line = 100 + (2026.9 - 2018) * 120;
        assertTrue(p.left() + p.width() <= line, "left of the line");
    }
}
