package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import tradesim.results.RunResult;

/**
 * The look every chart shares: fonts sized for a 1200×700 image read on a projector, a white
 * background, light grid lines, the legend below the plot, and a source line naming the dataset and
 * the scenario. Numbers on axes use {@link Locale#ROOT}, never the machine's locale.
 */
public final class ChartStyle {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    public static final Font SOURCE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font ANNOTATION = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font PANEL_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color TEXT = new Color(0x222222);

    /** Scenario lines are solid, baselines dashed: readable without colour, and in greyscale print. */
    public static final Stroke SCENARIO_STROKE = new BasicStroke(2.5f);
    public static final Stroke BASELINE_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {9f, 6f}, 0f);

    /** Past this many entries a legend wraps into a block that crowds the plot. */
    public static final int MAX_LEGEND_ITEMS = 8;

    /** Monthly values are annual rates (a month's trade times 12), so the axis says so. */
    public static final String USD = "USD million, annual rate";

    private ChartStyle() {
    }

    /** "Source: tradesim, dataset us-japan-2017, scenario tpp-farm-access", plus the path when it branches. */
    public static String sourceLine(RunResult run) {
        String s = "Source: tradesim, dataset " + run.dataset().name() + ", scenario " + run.scenario().name();
        return run.pathLabel().equals("-") ? s : s + ", path " + run.pathLabel();
    }

    /** A chart with the shared title, source line, legend and plot look. */
    public static JFreeChart chart(String title, Plot plot, boolean legend, String source) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        // Pure stroke control leaves a faint banding along the edges of thick anti-aliased lines.
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        chart.setPadding(new RectangleInsets(8, 12, 8, 20));
        chart.getTitle().setPaint(TEXT);
        TextTitle src = new TextTitle(source, SOURCE);
        src.setPaint(new Color(0x555555));
        src.setPosition(RectangleEdge.BOTTOM);
        src.setHorizontalAlignment(HorizontalAlignment.LEFT);
        src.setPadding(new RectangleInsets(6, 0, 0, 0));
        chart.addSubtitle(src);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(BlockBorder.NONE);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) styleXY(xy);
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(GRID);
            cp.setDomainGridlinesVisible(false);
            axis(cp.getDomainAxis());
            axis(cp.getRangeAxis());
        }
        return chart;
    }

    /** Grid and axis fonts of an XY plot; called for each subplot of a combined plot too. */
    public static void styleXY(XYPlot xy) {
        xy.setBackgroundPaint(Color.WHITE);
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        xy.setOutlineVisible(false);
        if (xy.getDomainAxis() != null) axis(xy.getDomainAxis());
        for (int i = 0; i < xy.getRangeAxisCount(); i++) {
            if (xy.getRangeAxis(i) != null) axis(xy.getRangeAxis(i));
        }
    }

    static void axis(Axis a) {
        a.setLabelFont(AXIS_LABEL);
        a.setLabelPaint(TEXT);
        a.setTickLabelFont(TICK_LABEL);
        a.setTickLabelPaint(TEXT);
    }

    /** A value axis whose ticks read 1,890 or 2.5 in every locale. */
    public static NumberAxis valueAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setStandardTickUnits(new NumberTickUnitSource(false, rootFormat("#,##0.##")));
        a.setAutoRangeIncludesZero(true);
        axis(a);
        return a;
    }

    /**
     * An axis for levels (trade flows in USD million) that frames the data instead of starting at
     * zero, so a change from 1,890 to 2,591 fills the plot; a flat series still gets a band of
     * about ±2.5% around it rather than a magnified sliver of rounding noise.
     */
    public static NumberAxis levelAxis(String label, double min, double max) {
        NumberAxis a = valueAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setAutoRangeMinimumSize(Math.max(1e-6, 0.05 * Math.max(Math.abs(min), Math.abs(max))));
        a.setUpperMargin(0.08);
        a.setLowerMargin(0.08);
        return a;
    }

    /**
     * The time axis: months as decimal years (2018.0 is January 2018), with whole-year ticks, so
     * that labels never depend on the machine's time zone or locale.
     */
    public static NumberAxis yearAxis(double from, double to) {
        NumberAxis a = new NumberAxis("Year");
        NumberFormat f = rootFormat("0");
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 5, 10, 20, 50}) units.add(new NumberTickUnit(step, f));
        a.setStandardTickUnits(units);
        a.setAutoRangeIncludesZero(false);
        a.setRange(from, to);
        axis(a);
        return a;
    }

    public static DecimalFormat rootFormat(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** "1,890.4" — how every number on a chart reads. */
    public static String number(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }
}
