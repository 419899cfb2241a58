package tradesim.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a run: the file stem it is written under ({@code timeline} gives
 * {@code timeline.png}), its title, and the chart itself.
 */
public record ChartSpec(String stem, String title, JFreeChart chart) {
    public ChartSpec {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chart, "chart");
        if (!stem.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("chart stem must be lower-case and file-safe: " + stem);
        }
    }
}
