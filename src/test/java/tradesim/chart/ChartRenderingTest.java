package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.results.RunResult;

/** Renders every chart headless and checks the files a reader would open. */
class ChartRenderingTest {

    @TempDir
    Path dir;

    @Test
    void writesNonBlankPngsOfTheRightSizeAndSvgs() throws Exception {
        RunResult run = UsJapanRun.run();
        List<ChartSpec> specs = ChartSet.forRun(run, Optional.of(UsJapanRun.draws(run)),
                Optional.of(UsJapanRun.sensitivity()));
        List<Path> files = ChartWriter.write(specs, dir, true);
        assertEquals(specs.size() * 2, files.size());
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f + " is suspiciously small");
            if (f.toString().endsWith(".png")) {
                BufferedImage img = ImageIO.read(f.toFile());
                assertEquals(1200, img.getWidth(), f.toString());
                assertEquals(700, img.getHeight(), f.toString());
                // A blank or nearly blank image has almost no spread in brightness.
                assertTrue(luminanceVariance(img) > 500, f + " looks blank: variance " + luminanceVariance(img));
            } else {
                // Well-formed XML whose root is an SVG element of the chart's size.
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                // The document names the SVG 1.1 DTD; reading it would need the network, and browsers never do.
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                var root = factory.newDocumentBuilder().parse(f.toFile()).getDocumentElement();
                assertEquals("svg", root.getLocalName(), f.toString());
                assertTrue(root.getAttribute("width").startsWith("1200"), f + " width " + root.getAttribute("width"));
                assertTrue(Files.readString(f, StandardCharsets.UTF_8).contains("Source: tradesim"), f.toString());
            }
        }
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    @Test
    void withoutSvgOnlyPngsAreWritten() throws Exception {
        RunResult run = UsJapanRun.run();
        List<Path> files = ChartWriter.write(ChartSet.forRun(run, Optional.empty(), Optional.empty()), dir, false);
        assertTrue(files.stream().allMatch(p -> p.toString().endsWith(".png")));
        assertTrue(files.contains(dir.resolve("timeline.png")));
    }

    /**
     * Draws each time chart at its real size and lays the event numbers out on the data area it
     * got: every number sits in the strip above the data, inside the image, clear of every other.
     */
    @Test
    void eventNumbersSitAboveTheDataAreaOfTheDrawnChart() {
        RunResult run = UsJapanRun.run();
        int checked = 0;
        for (ChartSpec s : ChartSet.forRun(run, Optional.of(UsJapanRun.draws(run)), Optional.empty())) {
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            s.chart().createBufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, info);
            org.jfree.chart.plot.PlotRenderingInfo plotInfo = info.getPlotInfo();
            org.jfree.chart.plot.XYPlot plot;
            if (s.chart().getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot c) {
                plot = c.getSubplots().get(0);
                plotInfo = plotInfo.getSubplotInfo(0);
            } else if (s.chart().getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
                plot = xy;
            } else {
                continue;
            }
            var data = plotInfo.getDataArea();
            EventLabels labels = (EventLabels) plot.getAnnotations().stream().filter(a -> a instanceof EventLabels)
                    .findFirst().orElseThrow(() -> new AssertionError(s.stem() + " has no event numbers"));
            int rows = (labels.stripHeight() - EventLabels.LEADER) / (EventLabels.BADGE_HEIGHT + 4);
            var axis = plot.getDomainAxis();
            var edge = plot.getDomainAxisEdge();
            List<EventLabels.Badge> badges = EventLabels.layout(labels.entries(), rows,
                    e -> axis.valueToJava2D(e.x(), data, edge), 22, data);
            assertEquals(labels.entries().size(), badges.size());
            for (EventLabels.Badge b : badges) {
                assertTrue(!b.box().intersects(data), s.stem() + ": number " + b.entry().number() + " covers data");
                // JFreeChart trims the recorded plot area by the insets, so the room reserved above the data
                // is the plot's top inset.
                assertTrue(b.box().getMinY() >= data.getMinY() - plot.getInsets().getTop() - 1e-6,
                        s.stem() + ": number " + b.entry().number() + " outside the room reserved for it");
                for (EventLabels.Badge o : badges) {
                    assertTrue(o == b || !o.box().intersects(b.box()), s.stem() + ": numbers overlap");
                }
            }
            checked++;
        }
        assertEquals(5, checked, "timeline, tariff path, two fan charts and market shares");
    }

    static double luminanceVariance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }
}
