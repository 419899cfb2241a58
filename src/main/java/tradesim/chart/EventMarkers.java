package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import tradesim.model.Event;
import tradesim.model.Horizon;
import tradesim.results.RunResult;

/**
 * Every event of the scenario inside the horizon as a vertical line on a time plot. Events that
 * happen on this run's path are solid; events of other branches are dotted and grey and say
 * "(other path)", so a class can see what might have happened instead.
 */
final class EventMarkers {

    static final BasicStroke ON_PATH = new BasicStroke(1.5f);
    static final BasicStroke OFF_PATH = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {2f, 4f}, 0f);
    static final Color ON_PATH_PAINT = new Color(0x444444);
    static final Color OFF_PATH_PAINT = new Color(0xAAAAAA);
    private static final int MAX_LABEL_CHARS = 50;

    private EventMarkers() {
    }

    /** The events whose date falls inside the horizon, in date order. */
    static List<Event> inHorizon(RunResult run) {
        Horizon h = run.scenario().horizon();
        return run.scenario().orderedEvents().stream().filter(e -> TimeAxisValues.contains(h, e.date())).toList();
    }

    /**
     * Adds a marker per event; with {@code labelled}, also the label rows, starting {@code firstRow}
     * rows down. Labelled plots need about a fifth of their height free at the top.
     */
    static void addTo(XYPlot plot, RunResult run, boolean labelled, int firstRow) {
        TakenPath path = TakenPath.parse(run.pathLabel());
        List<EventLabels.Label> labels = new ArrayList<>();
        for (Event e : inHorizon(run)) {
            boolean reached = path.reached(e);
            double x = TimeAxisValues.of(e.date());
            ValueMarker m = new ValueMarker(x, reached ? ON_PATH_PAINT : OFF_PATH_PAINT, reached ? ON_PATH : OFF_PATH);
            plot.addDomainMarker(m, Layer.FOREGROUND);
            labels.add(new EventLabels.Label(x, labelText(e, reached), reached));
        }
        if (labelled && !labels.isEmpty()) plot.addAnnotation(new EventLabels(labels, firstRow), false);
    }

    /**
     * The range-axis upper margin that keeps the data below the label rows of a plot about
     * {@code plotPixels} high, with {@code extraRows} more rows (a panel label) above them.
     */
    static double upperMargin(RunResult run, double plotPixels, int extraRows) {
        int rows = Math.min(EventLabels.ROWS, inHorizon(run).size()) + extraRows;
        double top = Math.min(0.6, (rows * EventLabels.ROW_PIXELS + 10) / plotPixels);
        return Math.max(0.05, top / (1 - top));
    }

    static String labelText(Event e, boolean reached) {
        String t = e.label().strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_LABEL_CHARS) t = t.substring(0, MAX_LABEL_CHARS - 1).strip() + "…";
        return reached ? t : t + " (other path)";
    }
}
