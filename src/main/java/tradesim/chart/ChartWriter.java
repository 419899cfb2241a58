package tradesim.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;
import tradesim.output.AtomicFiles;

/**
 * Writes charts as 1200×700 PNG (and SVG when asked), each to a temporary name renamed into place,
 * so an interrupted run never leaves half an image for the report to point at.
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    /** @return the files written, per chart its PNG then (with {@code svg}) its SVG */
    public static List<Path> write(List<ChartSpec> charts, Path dir, boolean svg) throws IOException {
        List<Path> out = new ArrayList<>();
        for (ChartSpec c : charts) {
            Path png = dir.resolve(c.stem() + ".png");
            AtomicFiles.replace(png, tmp -> {
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    ChartUtils.writeChartAsPNG(o, c.chart(), ChartStyle.WIDTH, c.height());
                }
            });
            out.add(png);
            if (svg) {
                Path file = dir.resolve(c.stem() + ".svg");
                String doc = svg(c);
                AtomicFiles.write(file, w -> w.write(doc));
                out.add(file);
            }
        }
        return List.copyOf(out);
    }

    /** The chart as an SVG document of the same size as the PNG. */
    public static String svg(ChartSpec chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(ChartStyle.WIDTH, chart.height());
        chart.chart().draw(g2, new Rectangle(0, 0, ChartStyle.WIDTH, chart.height()));
        return g2.getSVGDocument();
    }
}
