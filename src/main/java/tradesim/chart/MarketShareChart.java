package tradesim.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import tradesim.model.FlowKey;
import tradesim.results.FlowRow;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

/**
 * One market's imports by source as shares stacked to 100%, period by period. Diversion shows as
 * one band widening at the others' expense. Domestic sales are left out: the chart is about who
 * supplies the imports.
 */
public final class MarketShareChart {

    public static final String STEM = "market-shares";

    /** Sources beyond this are drawn together as "Other sources", which keeps the legend short. */
    static final int MAX_SOURCES = ChartStyle.MAX_LEGEND_ITEMS - 1;

    private MarketShareChart() {
    }

    /** The rows of the market's imports (domestic sales left out), in the run's row order. */
    static List<FlowRow> rows(RunDigest digest, String importer, String product) {
        return digest.rowsOf(digest.flows().stream().filter(k -> k.importer().equals(importer)
                && k.product().equals(product) && !k.isDomestic()).toList());
    }

    /** The exporters selling into the market during the run, in the run's (dataset) order. */
    static List<String> sources(RunDigest digest, String importer, String product) {
        return sources(rows(digest, importer, product));
    }

    /** @param market the market's rows, {@link #rows} */
    static List<String> sources(List<FlowRow> market) {
        List<String> out = new ArrayList<>();
        for (FlowRow r : market) {
            FlowKey k = r.flow();
            if ((r.valueUsdM() > 0 || r.baselineValueUsdM() > 0) && !out.contains(k.exporter())) {
                out.add(k.exporter());
            }
        }
        return out;
    }

    public static ChartSpec build(RunDigest digest, String importer, String product, CountryColours colours) {
        RunResult run = digest.run();
        List<FlowRow> market = rows(digest, importer, product);
        FlowNames names = new FlowNames(run.dataset());
        List<String> all = sources(market);
        Map<String, Double> size = new LinkedHashMap<>();
        for (FlowRow r : market) {
            FlowKey k = r.flow();
            if (k.importer().equals(importer) && k.product().equals(product) && all.contains(k.exporter())) {
                size.merge(k.exporter(), r.valueUsdM(), Double::sum);
            }
        }
        List<String> shown = new ArrayList<>(all);
        if (all.size() > MAX_SOURCES) {
            List<String> bySize = new ArrayList<>(all);
            bySize.sort(Comparator.comparingDouble(s -> -size.get(s)));
            List<String> keep = bySize.subList(0, MAX_SOURCES - 1);
            shown = all.stream().filter(keep::contains).toList();
        }
        boolean other = shown.size() < all.size();

        Map<YearMonth, Map<String, Double>> byPeriod = new LinkedHashMap<>();
        for (FlowRow r : market) {
            FlowKey k = r.flow();
            if (!k.importer().equals(importer) || !k.product().equals(product) || !all.contains(k.exporter())) continue;
            String group = shown.contains(k.exporter()) ? k.exporter() : "";
            byPeriod.computeIfAbsent(r.period(), p -> new LinkedHashMap<>()).merge(group, r.valueUsdM(), Double::sum);
        }
        List<String> groups = new ArrayList<>(shown);
        if (other) groups.add("");
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            XYSeries s = new XYSeries(g.isEmpty() ? "Other sources" : names.country(g), true, false);
            for (Map.Entry<YearMonth, Map<String, Double>> e : byPeriod.entrySet()) {
                double total = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
                double v = e.getValue().getOrDefault(g, 0.0);
                s.add(TimeAxisValues.of(e.getKey()), total > 0 ? 100.0 * v / total : 0.0);
            }
            data.addSeries(s);
            renderer.setSeriesPaint(i, g.isEmpty() ? CountryColours.OTHER : colours.of(g));
        }
        renderer.setRoundXCoordinates(true);
        NumberAxis y = ChartStyle.valueAxis("Share of imports (%)");
        y.setRange(0, 100);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20, ChartStyle.rootFormat("0")));
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(TimeAxisValues.start(run.scenario().horizon()),
                TimeAxisValues.end(run.scenario().horizon())), y, renderer);
        List<EventMarkers.Entry> events = EventMarkers.entries(run);
        EventMarkers.addTo(plot, events, true);
        String title = names.market(importer, product) + ": share of each source";
        JFreeChart chart = ChartStyle.chart(title, plot, true, ChartStyle.sourceLine(run));
        int height = EventMarkers.addKey(chart, events, run);
        return new ChartSpec(STEM, title, chart, height);
    }
}
