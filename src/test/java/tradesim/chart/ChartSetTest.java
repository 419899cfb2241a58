package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.model.Scenario;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;

class ChartSetTest {

    private final RunResult run = UsJapanRun.run();

    private static ChartSpec find(List<ChartSpec> specs, String stem) {
        return specs.stream().filter(s -> s.stem().equals(stem)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + stem + " in " + specs.stream().map(ChartSpec::stem).toList()));
    }

    @Test
    void choosesEveryChartOfTheIssueWhenBandsAndSensitivityExist() {
        List<ChartSpec> specs = ChartSet.forRun(run, Optional.of(UsJapanRun.draws(run)),
                Optional.of(UsJapanRun.sensitivity()));
        assertEquals(List.of("timeline", "tariff-path", "fan-usa-jpn-beef", "fan-aus-jpn-beef", "market-shares",
                "creation-diversion", "welfare", "tornado"), specs.stream().map(ChartSpec::stem).toList());
    }

    @Test
    void leavesOutFanAndTornadoWithoutDraws() {
        List<String> stems = ChartSet.forRun(run, Optional.empty(), Optional.empty()).stream()
                .map(ChartSpec::stem).toList();
        assertEquals(List.of("timeline", "tariff-path", "market-shares", "creation-diversion", "welfare"), stems);
    }

    @Test
    void everyChartHasTitleAxisUnitsAndSourceLine() {
        for (ChartSpec s : ChartSet.forRun(run, Optional.of(UsJapanRun.draws(run)),
                Optional.of(UsJapanRun.sensitivity()))) {
            JFreeChart c = s.chart();
            assertEquals(s.title(), c.getTitle().getText());
            // A fan chart is over every path's draws, so it names no single path.
            String source = "Source: tradesim, dataset us-japan-2017, scenario tpp-farm-access, "
                    + (s.stem().startsWith("fan-") ? "all paths" : "path s232=exempt");
            assertTrue(c.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt && tt.getText().equals(source)),
                    s.stem() + " has no source line");
            String units = rangeLabels(c);
            assertTrue(units.contains("USD m") || units.contains("%"), s.stem() + " range axis without unit: " + units);
        }
    }

    private static String rangeLabels(JFreeChart c) {
        if (c.getPlot() instanceof CombinedDomainXYPlot cp) {
            return cp.getSubplots().stream().map(p -> p.getRangeAxis().getLabel()).toList().toString();
        }
        if (c.getPlot() instanceof XYPlot xy) return xy.getRangeAxis().getLabel();
        return ((CategoryPlot) c.getPlot()).getRangeAxis().getLabel();
    }

    @Test
    void timelineHasAPanelPerHeadlineFlowWithScenarioAndBaseline() {
        ChartSpec t = TimelineChart.build(RunDigest.of(run), HeadlineFlows.of(run), CountryColours.of(run.dataset()));
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) t.chart().getPlot();
        assertEquals(2, plot.getSubplots().size());
        for (XYPlot sub : plot.getSubplots()) {
            assertEquals(1, sub.getDatasetCount());
            assertEquals(2, sub.getDataset().getSeriesCount());
            assertEquals("Scenario", sub.getDataset().getSeriesKey(0));
            assertEquals("Baseline", sub.getDataset().getSeriesKey(1));
            assertEquals(156, sub.getDataset().getItemCount(0), "monthly 2018-01..2030-12");
            assertEquals("USD million, annual rate", sub.getRangeAxis().getLabel());
        }
        assertEquals(new Range(2018.0, 2031.0), plot.getDomainAxis().getRange());
        assertEquals(List.of("Beef, United States → Japan", "Beef, Australia → Japan"), plot.getSubplots().stream()
                .map(p -> ((PanelLabel) p.getAnnotations().stream().filter(a -> a instanceof PanelLabel).findFirst()
                        .orElseThrow()).text()).toList());
    }

    @Test
    void everyEventInTheHorizonIsANumberedMarkerWithAKeyBelowThePlot() {
        ChartSpec t = TimelineChart.build(RunDigest.of(run), HeadlineFlows.of(run), CountryColours.of(run.dataset()));
        XYPlot top = ((CombinedDomainXYPlot) t.chart().getPlot()).getSubplots().get(0);
        assertEquals(5, top.getDomainMarkers(Layer.FOREGROUND).size());
        EventLabels labels = (EventLabels) top.getAnnotations().stream().filter(a -> a instanceof EventLabels)
                .findFirst().orElseThrow();
        assertEquals(List.of("Talks launched at the UN", "CPTPP in force: beef cut for Australia, Canada, NZ",
                "Section 232 decision on autos", "Japan retaliates on US meat (other path)",
                "US–Japan Trade Agreement in force"), labels.entries().stream().map(EventMarkers.Entry::text).toList());
        assertFalse(labels.entries().get(3).reached());
        assertTrue(top.getInsets().getTop() >= labels.stripHeight(), "the plot leaves room above for the numbers");
        assertEquals(List.of("1  2018-09  Talks launched at the UN",
                "2  2018-12  CPTPP in force: beef cut for Australia, Canada, NZ",
                "3  2019-05  Section 232 decision on autos", "4  2019-08  Japan retaliates on US meat (other path)",
                "5  2020-01  US–Japan Trade Agreement in force"), keyLines(t.chart()));
        XYPlot tariffs = (XYPlot) TariffPathChart.build(RunDigest.of(run), HeadlineFlows.of(run), CountryColours.of(run.dataset()))
                .chart().getPlot();
        assertEquals(5, tariffs.getDomainMarkers(Layer.FOREGROUND).size());
    }

    /** The lines of the event key under a chart, in number order. */
    static List<String> keyLines(JFreeChart c) {
        List<String> out = new ArrayList<>();
        for (Object t : c.getSubtitles()) {
            if (t instanceof CompositeTitle ct) {
                for (Object b : ct.getContainer().getBlocks()) {
                    if (b instanceof EventKey.KeyLine line) out.add(line.text().replace("\u2007", ""));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.substring(0, s.indexOf(' ')))));
        return out;
    }

    @Test
    void eventsOutsideTheHorizonGetNoMarker() {
        Scenario s = UsJapanRun.scenario("T", "D", "Talks", List.of());
        List<Event> events = new ArrayList<>(s.events());
        events.add(new Event("later", LocalDate.parse("2035-01-01"), "After the horizon", Map.of(), List.of(),
                List.of()));
        events.add(new Event("earlier", LocalDate.parse("2017-06-01"), "Before it", Map.of(), List.of(), List.of()));
        Scenario wider = new Scenario(s.name(), s.title(), s.description(), s.datasetRef(), s.horizon(),
                s.parameters(), events, s.uncertainty(), s.headline(), s.sourceFile(), s.sha256());
        RunResult r = UsJapanRun.run(wider);
        XYPlot p = (XYPlot) TariffPathChart.build(RunDigest.of(r), HeadlineFlows.of(r), CountryColours.of(r.dataset())).chart()
                .getPlot();
        assertEquals(5, p.getDomainMarkers(Layer.FOREGROUND).size());
    }

    @Test
    void tariffPathStepsThroughTheRatesInForce() {
        XYPlot p = (XYPlot) TariffPathChart.build(RunDigest.of(run), HeadlineFlows.of(run), CountryColours.of(run.dataset()))
                .chart().getPlot();
        assertEquals(2, p.getDataset().getSeriesCount());
        assertEquals("Tariff in force (%)", p.getRangeAxis().getLabel());
        assertEquals(38.5, p.getDataset().getYValue(0, 0), 1e-12);
        // The start, two corner points for each of the 11 yearly cuts from 2020 to 2030, the end of 2030-12.
        assertEquals(24, p.getDataset().getItemCount(0));
        assertEquals(2020.0, p.getDataset().getXValue(0, 1), 1e-12);
        assertEquals(38.5, p.getDataset().getYValue(0, 1), 1e-12);
        assertEquals(38.5 - (38.5 - 9) / 15, p.getDataset().getYValue(0, 2), 1e-9);
        assertEquals(38.5 - 11 * (38.5 - 9) / 15, p.getDataset().getYValue(0, 23), 1e-9);
        assertEquals(2031.0, p.getDataset().getXValue(0, 23), 1e-12);
        Range y = p.getRangeAxis().getRange();
        // A 0% line must not sit on the axis line, where it cannot be seen.
        assertTrue(y.getLowerBound() < 0 && y.getLowerBound() > -0.1 * y.getUpperBound(), y.toString());
        assertTrue(y.getUpperBound() > 38.5 && y.getUpperBound() < 45, "framed on the rates, not on labels: " + y);
    }

    @Test
    void marketSharesStackToAHundredPerSource() {
        XYPlot p = (XYPlot) MarketShareChart.build(RunDigest.of(run), "JPN", "beef", CountryColours.of(run.dataset())).chart()
                .getPlot();
        assertEquals(5, p.getDataset().getSeriesCount(), "USA, AUS, CAN, NZL, ROW; not Japan's own sales");
        for (int item = 0; item < p.getDataset().getItemCount(0); item += 37) {
            double sum = 0;
            for (int s = 0; s < 5; s++) sum += p.getDataset().getYValue(s, item);
            assertEquals(100.0, sum, 1e-9);
        }
        assertEquals(new Range(0, 100), p.getRangeAxis().getRange());
    }

    @Test
    void creationAndDiversionSumToTheChangeInTheLastFullYear() {
        ChartSpec c = CreationDiversionChart.build(RunDigest.of(run), "JPN", "beef", 2030, CountryColours.of(run.dataset()));
        CategoryPlot p = (CategoryPlot) c.chart().getPlot();
        var d = p.getDataset();
        assertEquals(List.of("United States", "Australia", "Canada", "New Zealand", "Rest of world"), d.getRowKeys());
        assertEquals(CreationDiversionChart.MEASURES, d.getColumnKeys());
        for (Object row : d.getRowKeys()) {
            double creation = d.getValue((String) row, "Trade creation").doubleValue();
            double diversion = d.getValue((String) row, "Trade diversion").doubleValue();
            assertEquals(creation + diversion, d.getValue((String) row, "Total change").doubleValue(), 1e-9);
        }
        assertTrue(c.title().endsWith("2030"));
    }

    @Test
    void welfareHasTheFourMeasuresForCountriesThatGainOrLose() {
        CategoryPlot p = (CategoryPlot) WelfareChart.build(RunDigest.of(run), 2030, CountryColours.of(run.dataset())).chart()
                .getPlot();
        assertEquals(WelfareChart.MEASURES, p.getDataset().getColumnKeys());
        assertTrue(p.getDataset().getRowKeys().contains("Japan"));
        assertTrue(p.getDataset().getValue("United States", "Producer surplus").doubleValue() > 0,
                "US beef exporters gain from the deal");
        assertEquals(List.of("United States", "Japan", "Australia", "Canada", "New Zealand", "Rest of world"),
                p.getDataset().getRowKeys(), "dataset order");
    }

    @Test
    void tornadoPutsTheWidestSwingOnTop() {
        CategoryPlot p = (CategoryPlot) TornadoChart.build(run, UsJapanRun.sensitivity()).chart().getPlot();
        assertEquals(4, p.getDataset().getColumnCount());
        assertTrue(((String) p.getDataset().getColumnKey(0)).startsWith("beef substitution"));
        assertEquals(2, p.getDataset().getRowCount());
    }

    @Test
    void aCountryKeepsItsColourAcrossCharts() {
        CountryColours colours = CountryColours.of(run.dataset());
        XYPlot timelineAus = ((CombinedDomainXYPlot) TimelineChart.build(RunDigest.of(run), HeadlineFlows.of(run), colours).chart()
                .getPlot()).getSubplots().get(1);
        Paint inTimeline = timelineAus.getRenderer().getSeriesPaint(0);
        XYPlot shares = (XYPlot) MarketShareChart.build(RunDigest.of(run), "JPN", "beef", colours).chart().getPlot();
        Paint inShares = shares.getRenderer().getSeriesPaint(seriesIndex(shares, "Australia"));
        CategoryPlot bars = (CategoryPlot) CreationDiversionChart.build(RunDigest.of(run), "JPN", "beef", 2030, colours).chart()
                .getPlot();
        Paint inBars = bars.getRenderer().getSeriesPaint(bars.getDataset().getRowIndex("Australia"));
        assertEquals(CountryColours.BLUISH_GREEN, inTimeline);
        assertEquals(inTimeline, inShares);
        assertEquals(inTimeline, inBars);
        CategoryPlot welfare = (CategoryPlot) WelfareChart.build(RunDigest.of(run), 2030, colours).chart().getPlot();
        assertEquals(CountryColours.VERMILLION, welfare.getRenderer().getSeriesPaint(
                welfare.getDataset().getRowIndex("Japan")));
    }

    private static int seriesIndex(XYPlot p, String key) {
        for (int i = 0; i < p.getDataset().getSeriesCount(); i++) {
            if (p.getDataset().getSeriesKey(i).equals(key)) return i;
        }
        throw new AssertionError("no series " + key);
    }

    @Test
    void flowAxesFrameTheDataInsteadOfStartingAtZero() {
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) TimelineChart.build(RunDigest.of(run), HeadlineFlows.of(run),
                CountryColours.of(run.dataset())).chart().getPlot();
        for (XYPlot sub : plot.getSubplots()) {
            Range y = sub.getRangeAxis().getRange();
            double min = sub.getDataset().getY(0, 0).doubleValue();
            double max = min;
            for (int s = 0; s < 2; s++) {
                for (int i = 0; i < sub.getDataset().getItemCount(s); i++) {
                    min = Math.min(min, sub.getDataset().getYValue(s, i));
                    max = Math.max(max, sub.getDataset().getYValue(s, i));
                }
            }
            assertTrue(y.getLowerBound() > 0.5 * min, "no forced zero: " + y + " for data from " + min);
            assertTrue(y.getLowerBound() <= min && y.getUpperBound() >= max, "all data inside: " + y);
            assertTrue(max - min > 0.5 * y.getLength(), "the data fill most of the axis: " + y);
        }
        XYPlot fan = (XYPlot) FanChart.build(run, UsJapanRun.US_BEEF, UsJapanRun.draws(run),
                CountryColours.of(run.dataset())).chart().getPlot();
        assertTrue(fan.getRangeAxis().getLowerBound() > 0, "fan axis " + fan.getRangeAxis().getRange());
    }

    @Test
    void theComparisonLegendListsAllNineScenariosAndTheBaseline() {
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < 9; i++) runs.add(run);
        ChartSpec c = ScenarioComparisonChart.build(runs, UsJapanRun.US_BEEF);
        XYPlot p = (XYPlot) c.chart().getPlot();
        assertEquals(10, p.getDataset().getSeriesCount());
        assertEquals(p.getDataset().getSeriesCount(), p.getLegendItems().getItemCount(), "one legend entry a series");
        for (int i = 0; i < 9; i++) assertTrue(p.getLegendItems().get(i).isShapeVisible(), "marker in legend " + i);
        // No two scenario lines share both colour and stroke, so coinciding lines stay apart.
        java.util.Set<String> styles = new java.util.HashSet<>();
        for (int i = 0; i < 9; i++) {
            styles.add(p.getRenderer().getSeriesPaint(i) + "|" + p.getRenderer().getSeriesStroke(i));
        }
        assertEquals(9, styles.size());
    }

    @Test
    void everyBarChartLegendHasAnEntryPerCountryInDistinctColours() {
        CountryColours colours = CountryColours.of(run.dataset());
        for (ChartSpec c : List.of(WelfareChart.build(RunDigest.of(run), 2030, colours),
                CreationDiversionChart.build(RunDigest.of(run), "JPN", "beef", 2030, colours))) {
            CategoryPlot p = (CategoryPlot) c.chart().getPlot();
            assertEquals(p.getDataset().getRowCount(), p.getLegendItems().getItemCount(), c.stem());
            java.util.Set<Paint> paints = new java.util.HashSet<>();
            for (int i = 0; i < p.getDataset().getRowCount(); i++) paints.add(p.getRenderer().getSeriesPaint(i));
            assertEquals(p.getDataset().getRowCount(), paints.size(), c.stem() + ": a colour per country");
        }
    }

    @Test
    void coincidingTariffLinesAreDrawnSideBySideWithTheirOwnMarkers() {
        // Each series is shifted from the next by a few pixels, so equal rates never hide each other.
        XYPlot p = (XYPlot) TariffPathChart.build(RunDigest.of(run), HeadlineFlows.of(run), CountryColours.of(run.dataset()))
                .chart().getPlot();
        SeriesStrokes.SideBySide r = (SeriesStrokes.SideBySide) p.getRenderer();
        assertTrue(Math.abs(r.offset(0) - r.offset(1)) >= 3, "equal rates at least 3 pixels apart");
        assertEquals(0, r.offset(0) + r.offset(1), 1e-12, "the bundle is centred on the true value");
        assertFalse(r.getSeriesShape(0).equals(r.getSeriesShape(1)), "different markers");
        assertTrue(r.getItemShapeVisible(1, 0) && r.getItemShapeVisible(0, 5));
        // Two flows of one exporter share its colour, so the second one is dashed.
        List<FlowKey> usOnly = List.of(UsJapanRun.US_BEEF, new FlowKey("JPN", "USA", "pork"));
        XYPlot us = (XYPlot) TariffPathChart.build(RunDigest.of(run), usOnly, CountryColours.of(run.dataset())).chart().getPlot();
        assertEquals(us.getRenderer().getSeriesPaint(0), us.getRenderer().getSeriesPaint(1));
        assertTrue(((java.awt.BasicStroke) us.getRenderer().getSeriesStroke(0)).getDashArray() == null);
        assertTrue(((java.awt.BasicStroke) us.getRenderer().getSeriesStroke(1)).getDashArray() != null);
    }

    @Test
    void aFanChartOnATreeDrawsEachPathAndCountsTheDraws() {
        ChartSpec c = FanChart.build(run, UsJapanRun.US_BEEF, UsJapanRun.draws(run), CountryColours.of(run.dataset()));
        XYPlot p = (XYPlot) c.chart().getPlot();
        List<FanChart.PathLine> lines = FanChart.pathLines(UsJapanRun.draws(run), UsJapanRun.US_BEEF);
        assertEquals(2, lines.size(), "the deal and the retaliation, one line each");
        assertEquals(0.7, lines.get(0).share(), 1e-12);
        assertEquals(0.3, lines.get(1).share(), 1e-12);
        assertEquals(2, p.getDataset(1).getSeriesCount(), "the path lines are drawn");
        assertTrue(c.chart().getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt
                && tt.getText().startsWith("200 draws of the path and the parameters; thin lines: the 2 paths")));
        assertEquals("70% of draws", PathTags.text(0.7));
        assertEquals("<1% of draws", PathTags.text(0.001));
        // Paths with the same line for this flow merge: Australian beef is the same on both paths.
        List<FanChart.PathLine> aus = FanChart.pathLines(UsJapanRun.draws(run), UsJapanRun.AUS_BEEF);
        assertEquals(1, aus.size());
        assertEquals(List.of("s232=exempt", "s232=imposed"), aus.get(0).paths());
        assertEquals(1.0, aus.get(0).share(), 1e-12);
    }

    @Test
    void headlineFlowsFallBackToTheLargestChangesWithoutDomesticSales() {
        RunResult r = UsJapanRun.run(UsJapanRun.scenario("T", "D", "Talks", List.of()));
        List<FlowKey> h = HeadlineFlows.of(r);
        assertEquals(HeadlineFlows.MAX, h.size());
        assertEquals(List.of(UsJapanRun.AUS_BEEF, UsJapanRun.US_BEEF), h.subList(0, 2));
        assertTrue(h.stream().noneMatch(FlowKey::isDomestic));
    }

    @Test
    void theScenariosOwnHeadlineComesFirst() {
        assertEquals(List.of(UsJapanRun.US_BEEF, UsJapanRun.AUS_BEEF), HeadlineFlows.of(run));
    }
}
