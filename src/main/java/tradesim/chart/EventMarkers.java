package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import tradesim.model.Event;
import tradesim.model.Horizon;
import tradesim.results.RunResult;

/**
 * Every event inside the horizon as a vertical line on a time plot, numbered above the plot, with a
 * key below it that gives each number its label. Nothing is written over the data. Events that
 * happen on this run's path are solid; events of other branches are dotted and grey and say
 * "(other path)", so a class can see what might have happened instead.
 */
final class EventMarkers {

    static final BasicStroke ON_PATH = new BasicStroke(1.5f);
    static final BasicStroke OFF_PATH = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {2f, 4f}, 0f);
    static final Color ON_PATH_PAINT = new Color(0x444444);
    static final Color OFF_PATH_PAINT = new Color(0x8A8A8A);

    /** One numbered event: its date and place on the time axis, its key text, whether it happens on this path. */
    record Entry(int number, LocalDate date, String text, boolean reached) {
        double x() {
            return TimeAxisValues.of(date);
        }
    }

    private EventMarkers() {
    }

    /**
     * The events whose date falls inside the horizon, baseline events among them, by date (baseline
     * first on a tie, then file order), numbered from 1. Each key text is the scenario's short label
     * when it has one, else the whole label, never cut; texts that would read the same get the
     * event's id, so no two numbers share a text.
     */
    static List<Entry> entries(RunResult run) {
        return entries(run, false);
    }

    /**
     * @param everyPath for charts over all paths (the fan chart): no event is on "another path";
     *                  an event that needs earlier outcomes says which instead, "(if s232=imposed)"
     */
    static List<Entry> entries(RunResult run, boolean everyPath) {
        Horizon h = run.scenario().horizon();
        TakenPath path = everyPath ? TakenPath.parse("every") : TakenPath.parse(run.pathLabel());
        record Dated(Event event, boolean baseline) {
        }
        List<Dated> all = new ArrayList<>();
        run.scenario().orderedBaseline().forEach(e -> all.add(new Dated(e, true)));
        run.scenario().orderedEvents().forEach(e -> all.add(new Dated(e, false)));
        List<Dated> shown = all.stream().filter(d -> TimeAxisValues.contains(h, d.event().date()))
                .sorted(Comparator.comparing((Dated d) -> d.event().date())).toList();
        List<String> texts = new ArrayList<>();
        for (Dated d : shown) {
            String t = d.event().chartLabel().strip().replaceAll("\\s+", " ");
            if (d.baseline()) {
                t += " (baseline too)";
            } else if (!path.reached(d.event())) {
                t += " (other path)";
            } else if (everyPath && !d.event().when().isEmpty()) {
                List<String> conditions = new ArrayList<>();
                d.event().when().forEach((id, outcome) -> conditions.add(id + "=" + outcome));
                t += " (if " + String.join(", ", conditions) + ")";
            }
            texts.add(t);
        }
        Map<String, Integer> count = new HashMap<>();
        texts.forEach(t -> count.merge(t, 1, Integer::sum));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Event e = shown.get(i).event();
            String t = texts.get(i);
            if (count.get(t) > 1) t = t + " [" + e.id() + "]";
            out.add(new Entry(i + 1, e.date(), t, shown.get(i).baseline() || path.reached(e)));
        }
        return List.copyOf(out);
    }

    /**
     * Adds a line per event; with {@code numbered}, also the numbers in a strip above the plot,
     * for which the plot's top inset is widened.
     *
     * @return the height of that strip in pixels, 0 without numbers
     */
    static int addTo(XYPlot plot, List<Entry> entries, boolean numbered) {
        for (Entry e : entries) {
            plot.addDomainMarker(new ValueMarker(e.x(), e.reached() ? ON_PATH_PAINT : OFF_PATH_PAINT,
                    e.reached() ? ON_PATH : OFF_PATH), Layer.FOREGROUND);
        }
        if (numbered && !entries.isEmpty()) {
            EventLabels labels = new EventLabels(entries);
            plot.addAnnotation(labels, false);
            var in = plot.getInsets();
            plot.setInsets(new RectangleInsets(in.getTop() + labels.stripHeight(), in.getLeft(),
                    in.getBottom(), in.getRight()));
            return labels.stripHeight();
        }
        return 0;
    }

    /** "Event on this path" and "Event on another path", or just "Event" when every line is on the path. */
    static List<LegendItem> legendItems(List<Entry> entries) {
        List<LegendItem> items = new ArrayList<>();
        Line2D line = new Line2D.Double(-12, 0, 12, 0);
        boolean offPath = entries.stream().anyMatch(e -> !e.reached());
        if (entries.stream().anyMatch(Entry::reached)) {
            items.add(new LegendItem(offPath ? "Event on this path" : "Event", null, null, null, line, ON_PATH,
                    ON_PATH_PAINT));
        }
        if (entries.stream().anyMatch(e -> !e.reached())) {
            items.add(new LegendItem("Event on another path", null, null, null, line, OFF_PATH, OFF_PATH_PAINT));
        }
        return items;
    }

    /** The key of the numbers, below the plot; nothing when there are no events. */
    /**
     * Adds the numbered key below the chart; returns the chart's height, grown by what the key needs
     * beyond the room a standard chart leaves it, so that a long key never squeezes the plot.
     */
    static int addKey(JFreeChart chart, List<Entry> entries) {
        if (entries.isEmpty()) return ChartStyle.HEIGHT;
        chart.addSubtitle(EventKey.title(entries));
        return ChartStyle.HEIGHT + Math.max(0, EventKey.height(entries) - EventKey.ROOM);
    }
}
