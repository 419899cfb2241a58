package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tradesim.model.Event;
import tradesim.model.Scenario;
import tradesim.results.RunResult;

class EventLabelsTest {

    private static final Rectangle2D DATA = new Rectangle2D.Double(100, 120, 1060, 400);

    /** The 13 years from 2018 across the data area's 1,060 pixels, as on the charts. */
    private static double px(EventMarkers.Entry e) {
        return DATA.getMinX() + (e.x() - 2018) * 81.5;
    }

    private static List<EventMarkers.Entry> entries(int n, double from, double stepYears) {
        List<EventMarkers.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(2018, 1, 1).plusDays(Math.round((from - 2018 + i * stepYears) * 365.25));
            out.add(new EventMarkers.Entry(i + 1, d, "Event " + (i + 1), i % 3 != 1));
        }
        return out;
    }

    @Test
    void spreadKeepsLabelsApartInOrderAndInsideTheBounds() {
        double[] at = Spread.centres(new double[] {5, 100, 101, 101, 102, 400, 995}, 26, 0, 1000);
        for (int i = 1; i < at.length; i++) assertTrue(at[i] - at[i - 1] >= 26 - 1e-9, "apart at " + i);
        assertTrue(at[0] >= 13 && at[at.length - 1] <= 987, "inside the bounds");
        // A cluster is centred on its targets: four labels wanting about 101 sit around 101.
        assertEquals(101, (at[1] + at[4]) / 2, 0.5);
        assertEquals(400, at[5], 1e-9, "a label with room stays on its target");
    }

    @Test
    void badgesOfCloseEventsNeverOverlapEachOtherOrTheDataArea() {
        // Seven events in sixteen months, as in the 2018 negotiation tree, plus a crowd of 60 that needs two rows.
        for (List<EventMarkers.Entry> es : List.of(entries(7, 2018.7, 0.2), entries(60, 2019.0, 0.01))) {
            EventLabels labels = new EventLabels(es);
            int rows = (labels.stripHeight() - EventLabels.LEADER) / (EventLabels.BADGE_HEIGHT + 4);
            List<EventLabels.Badge> badges = EventLabels.layout(es, rows, EventLabelsTest::px, 22, DATA);
            assertEquals(es.size(), badges.size(), "every event has its number");
            for (EventLabels.Badge a : badges) {
                assertFalse(a.box().intersects(DATA), "badge " + a.entry().number() + " covers the data area");
                assertTrue(a.box().getMinY() >= DATA.getMinY() - labels.stripHeight() - 1e-9,
                        "badge " + a.entry().number() + " inside the strip the plot reserves");
                for (EventLabels.Badge b : badges) {
                    if (a != b) assertFalse(a.box().intersects(b.box()), a.entry().number() + " on " + b.entry().number());
                }
            }
        }
    }

    @Test
    void keyTextsAreWholeAndDistinctAndOffPathEventsSaySo() {
        Scenario s = UsJapanRun.scenario("T", "D", "Talks launched at the UN", List.of());
        List<Event> events = new ArrayList<>(s.events());
        // Two branches whose events read the same: the key tells them apart by id.
        events.add(new Event("deal_a", LocalDate.parse("2021-01-01"), "Farm deal in force", Map.of("s232", "exempt"),
                List.of(), List.of()));
        events.add(new Event("deal_b", LocalDate.parse("2021-01-01"), "Farm deal in force", Map.of("s232", "exempt"),
                List.of(), List.of()));
        String longLabel = "A label far longer than anything that would fit beside a marker line on the plot itself";
        events.add(new Event("long", LocalDate.parse("2022-01-01"), longLabel, Map.of(), List.of(), List.of()));
        events.add(new Event("short", LocalDate.parse("2023-01-01"), longLabel, Map.of(), List.of(), List.of(),
                java.util.Optional.of("Hand-shortened")));
        RunResult r = UsJapanRun.run(new Scenario(s.name(), s.title(), s.description(), s.datasetRef(), s.horizon(),
                s.parameters(), events, s.uncertainty(), s.headline(), s.sourceFile(), s.sha256()));
        List<String> texts = EventMarkers.entries(r).stream().map(EventMarkers.Entry::text).toList();
        assertEquals(texts.size(), new HashSet<>(texts).size(), "distinct: " + texts);
        assertTrue(texts.contains("Farm deal in force [deal_a]") && texts.contains("Farm deal in force [deal_b]"));
        assertTrue(texts.contains(longLabel), "never cut with an ellipsis");
        assertTrue(texts.contains("Hand-shortened"));
        assertTrue(texts.contains("Japan retaliates on US meat (other path)"));
        assertTrue(texts.stream().noneMatch(t -> t.contains("…")));
        List<Integer> numbers = EventMarkers.entries(r).stream().map(EventMarkers.Entry::number).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), numbers, "numbered in date order");
        // Over every path (the fan chart) no event is on another path; a conditional one says its condition.
        List<String> every = EventMarkers.entries(r, true).stream().map(EventMarkers.Entry::text).toList();
        assertTrue(every.contains("Japan retaliates on US meat (if s232=imposed)"), every.toString());
    }

    @Test
    void baselineEventsAreNumberedTooAndSaySo() {
        Scenario s = UsJapanRun.scenario("T", "D", "Talks launched at the UN", List.of());
        Event cptpp = new Event("cptpp_law", LocalDate.parse("2018-12-30"), "CPTPP in force", Map.of(), List.of(),
                List.of());
        RunResult r = UsJapanRun.run(new Scenario(s.name(), s.title(), s.description(), s.datasetRef(), s.horizon(),
                s.parameters(), s.events(), s.uncertainty(), s.headline(), s.sourceFile(), s.sha256(), List.of(cptpp)));
        EventMarkers.Entry e = EventMarkers.entries(r).stream().filter(x -> x.text().startsWith("CPTPP in force ("))
                .findFirst().orElseThrow();
        assertEquals("CPTPP in force (baseline too)", e.text());
        assertTrue(e.reached());
        assertEquals(6, EventMarkers.entries(r).size());
    }

    @Test
    void theKeyLineGivesNumberMonthAndText() {
        EventMarkers.Entry e = new EventMarkers.Entry(3, LocalDate.parse("2019-03-01"), "Section 232 decision", true);
        assertEquals("3  2019-03  Section 232 decision", EventKey.line(e));
    }
}
