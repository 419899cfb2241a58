package tradesim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Grouped bars whose series are countries, so each bar has its country's colour as in every other
 * chart; the groups are measures (creation, diversion; consumer surplus, …). Each bar carries its
 * value, since readers compare bars of very different sizes.
 */
final class CountryBars {

    /** Countries beyond this are left out (the chart says so), or the bars grow too thin to see. */
    static final int MAX_COUNTRIES = 10;
    /**
     * The code of the series that sums the countries left out, on a dataset with many countries
     * ({@link tradesim.results.RunDigest#manyCountries}): drawn in the "other" grey, its bars labelled "other".
     */
    static final String OTHERS = "";

    private CountryBars() {
    }

    /**
     * Values rounded to whole USD millions (tenths when every bar is under 10), or with {@code codes}
     * the bar's country code; none on bars that round to zero, which only add clutter.
     */
    private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
        private final List<String> codes;

        private final double smallest;

        /** @param largest the largest absolute value: below 10, values get one decimal */
        NonZeroLabels(List<String> codes, double largest) {
            super("{2}", ChartStyle.rootFormat(largest < 10 ? "#,##0.0" : "#,##0"));
            this.codes = codes;
            this.smallest = largest < 10 ? 0.05 : 0.5;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (v == null || Math.abs(v.doubleValue()) < smallest) return null;
            if (codes == null) return super.generateLabel(dataset, row, column);
            return codes.get(row).equals(OTHERS) ? "other" : codes.get(row);
        }
    }

    private static double largest(CategoryDataset data) {
        double m = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(r, c);
                if (v != null) m = Math.max(m, Math.abs(v.doubleValue()));
            }
        }
        return m;
    }

    /** The legend's name of the series that sums the countries left out: "Other 41 countries". */
    static String othersLabel(int count, String noun) {
        return "Other " + count + " " + noun;
    }

    /**
     * Says under the title how many countries the bars leave out, when they leave any out, and with
     * {@code summed} that one series sums them.
     */
    static void noteLeftOut(JFreeChart chart, int shown, int all, String by, boolean summed) {
        if (shown == all) return;
        String text = "The " + shown + " countries with the " + by + " of " + all;
        if (summed) text += "; the other " + (all - shown) + " are summed in one grey bar";
        TextTitle note = new TextTitle(text, ChartStyle.SOURCE);
        note.setPaint(ChartStyle.TEXT);
        chart.addSubtitle(0, note);
    }

    /** @param codes the country code of each series (row) of {@code data}, in order */
    static CategoryPlot plot(DefaultCategoryDataset data, List<String> codes, CountryColours colours, String yLabel) {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.06);
        r.setMaximumBarWidth(0.08);
        for (int i = 0; i < codes.size(); i++) {
            r.setSeriesPaint(i, codes.get(i).equals(OTHERS) ? CountryColours.OTHER : colours.of(codes.get(i)));
        }
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartStyle.ANNOTATION);
        r.setDefaultItemLabelPaint(ChartStyle.TEXT);
        // Past six countries, colours alone are hard to match against the legend, so each bar names its
        // country instead of its value; past three, labels are written upwards to fit narrow bars.
        r.setDefaultItemLabelGenerator(new NonZeroLabels(codes.size() <= 6 ? null : codes, largest(data)));
        if (codes.size() <= 3) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.BOTTOM_CENTER));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        } else {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6,
                    TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, -Math.PI / 2));
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryMargin(0.25);
        NumberAxis y = ChartStyle.valueAxis(yLabel);
        // A run that changes nothing gets a plain axis around zero, not ticks of rounding noise.
        y.setAutoRangeMinimumSize(1.0);
        // Room above and below for the labels on the tallest bars, written upwards past three countries.
        y.setUpperMargin(codes.size() <= 3 ? 0.12 : 0.2);
        y.setLowerMargin(codes.size() <= 3 ? 0.12 : 0.2);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.addRangeMarker(new ValueMarker(0, new Color(0x444444), new BasicStroke(1f)));
        return plot;
    }
}
