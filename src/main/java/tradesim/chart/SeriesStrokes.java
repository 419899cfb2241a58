package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.FlowKey;

/**
 * Line styles for flows drawn in their exporter's colour: when two flows share an exporter (US beef
 * and US pork) the colour cannot tell them apart, so the second gets a dash pattern.
 */
final class SeriesStrokes {

    private static final List<float[]> DASHES = List.of(new float[] {12f, 4f}, new float[] {3f, 3f},
            new float[] {12f, 4f, 3f, 4f});

    private SeriesStrokes() {
    }

    /** One stroke per flow, in the order given. */
    static List<Stroke> forFlows(List<FlowKey> flows, float width) {
        Map<String, Integer> seen = new HashMap<>();
        return flows.stream().map(k -> {
            int n = seen.merge(k.exporter(), 1, Integer::sum) - 1;
            if (n == 0) return (Stroke) new BasicStroke(width);
            return (Stroke) new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    DASHES.get((n - 1) % DASHES.size()), 0f);
        }).toList();
    }
}
