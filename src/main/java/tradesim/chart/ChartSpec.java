package tradesim.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a run: the file stem it is written under ({@code timeline} gives
 * {@code timeline.png}), its title, the chart itself, and its height in pixels (the width is
 * always {@link ChartStyle#WIDTH}): a chart whose event key is long grows taller rather than
 * squeezing its plot away.
 */
public record ChartSpec(String stem, String title, JFreeChart chart, int height) {

    /** A chart of the standard size. */
    public ChartSpec(String stem, String title, JFreeChart chart) {
        this(stem, title, chart, ChartStyle.HEIGHT);
    }

    public ChartSpec {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chart, "chart");
        if (!stem.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("chart stem must be lower-case and file-safe: " + stem);
        }
        if (height < ChartStyle.HEIGHT) throw new IllegalArgumentException("chart height below standard: " + height);
    }
}
