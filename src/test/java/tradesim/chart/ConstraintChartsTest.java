package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tradesim.app.RunService;
import tradesim.app.ScenarioInputs;
import tradesim.results.ConstraintRow;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;
import tradesim.results.SafeguardRow;

/**
 * The quantity instruments on the charts, on a real run of the test scenario's deal path (quarterly
 * steps): a safeguard that snaps back four times on the headline US beef flow, and a car quota.
 */
class ConstraintChartsTest {

    private static RunResult deal;

    @BeforeAll
    static void runTheDealPath() throws Exception {
        var ls = new ScenarioInputs(Optional.empty()).load(Path.of("src/test/resources/scenarios/rich.yaml"));
        deal = RunService.run(RunService.plan(ls, Map.of("s232", "exempt")), Optional.empty(), done -> { }).point();
    }

    private static double x(YearMonth m) {
        return m.getYear() + (m.getMonthValue() - 1) / 12.0;
    }

    @Test
    void theTariffChartShadesExactlyTheMonthsEachSafeguardApplied() {
        JFreeChart c = TariffPathChart.build(RunDigest.of(deal), HeadlineFlows.of(deal), CountryColours.of(deal.dataset())).chart();
        XYPlot plot = (XYPlot) c.getPlot();
        List<double[]> shaded = new ArrayList<>();
        for (Object m : markers(plot.getDomainMarkers(Layer.BACKGROUND))) {
            if (m instanceof IntervalMarker im) shaded.add(new double[] {im.getStartValue(), im.getEndValue()});
        }
        List<double[]> expected = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (SafeguardRow s : deal.safeguards()) {
            if (!s.triggered()) continue;
            // quarterly steps: the interval runs to the end of the last quarter in which the rate applied
            expected.add(new double[] {x(s.appliesFrom().orElseThrow()), x(s.appliesUntil().orElseThrow().plusMonths(3))});
            ids.add(s.safeguard() + " (safeguard year " + s.safeguardYear() + ")");
        }
        assertEquals(4, expected.size(), "the fixture triggers in four safeguard years");
        assertEquals(expected.size(), shaded.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], shaded.get(i)[0], 1e-9);
            assertEquals(expected.get(i)[1], shaded.get(i)[1], 1e-9);
        }
        List<String> key = keyLines(c);
        for (int i = 0; i < ids.size(); i++) {
            String line = key.get(i);
            assertTrue(line.startsWith("S" + (i + 1) + "  "), line);
            assertTrue(line.contains(ids.get(i)) && line.contains("38.5% on Beef, United States → Japan"), line);
        }
    }

    @Test
    void aSafeguardNoHeadlineFlowPaysIsNotShaded() {
        List<SafeguardMarks.Mark> marks = SafeguardMarks.of(deal, List.of(new tradesim.model.FlowKey("JPN", "AUS", "beef")));
        assertTrue(marks.isEmpty(), marks.toString());
    }

    @Test
    void theQuotaChartHasAPanelPerQuotaWithItsImportsAndItsLimit() {
        assertTrue(ChartSet.forRun(deal, Optional.empty(), Optional.empty()).stream()
                .anyMatch(s -> s.stem().equals(QuotaFillChart.STEM)));
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) QuotaFillChart.build(deal, CountryColours.of(deal.dataset()))
                .chart().getPlot();
        Map<String, List<ConstraintRow>> quotas = ConstraintRow.byConstraint(deal.constraints(), "trq");
        assertEquals(1, quotas.size());
        assertEquals(quotas.size(), plot.getSubplots().size());
        List<ConstraintRow> rows = quotas.get("cars_q");
        XYDataset data = ((XYPlot) plot.getSubplots().get(0)).getDataset();
        assertEquals(2, data.getSeriesCount(), "the imports and the quota");
        assertEquals("Imports the quota covers", data.getSeriesKey(0));
        assertEquals("Quota", data.getSeriesKey(1));
        assertEquals(rows.size(), data.getItemCount(0));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(x(rows.get(i).period()), data.getXValue(0, i), 1e-9);
            assertEquals(rows.get(i).achieved(), data.getYValue(0, i), 1e-9);
            assertEquals(rows.get(i).limit(), data.getYValue(1, i), 1e-9);
        }
        // every period in force lies under exactly one regime band
        XYPlot panel = (XYPlot) plot.getSubplots().get(0);
        for (ConstraintRow r : rows) {
            double mid = x(r.period()) + 1.5 / 12;
            long covering = markers(panel.getDomainMarkers(Layer.BACKGROUND)).stream()
                    .filter(m -> m instanceof IntervalMarker im && im.getStartValue() <= mid && mid <= im.getEndValue())
                    .count();
            assertEquals(1, covering, r.period().toString());
        }
    }

    @Test
    void aSlackFloorNeedsNoSubsidyAndGetsNoChart() {
        assertEquals(2, ConstraintRow.byConstraint(deal.constraints(), "purchase").size());
        assertTrue(deal.constraints().stream().filter(c -> c.kind().equals("purchase"))
                .allMatch(c -> c.regime().equals("slack") && c.wedgePct() == 0));
        assertFalse(PurchaseSubsidyChart.hasSubsidy(deal));
    }

    @Test
    void theSubsidyChartHasALinePerCommitmentAtMinusTheWedge() throws Exception {
        var ls = new ScenarioInputs(Optional.empty()).load(Path.of("scenarios/us-japan-2018/buy-more.yaml"));
        RunResult buy = RunService.run(RunService.plan(ls, Map.of()), Optional.empty(), done -> { }).point();
        assertTrue(PurchaseSubsidyChart.hasSubsidy(buy));
        Map<String, List<ConstraintRow>> floors = ConstraintRow.byConstraint(buy.constraints(), "purchase");
        XYDataset data = ((XYPlot) PurchaseSubsidyChart.build(buy, CountryColours.of(buy.dataset())).chart().getPlot())
                .getDataset();
        assertEquals(floors.size(), data.getSeriesCount());
        int s = 0;
        for (List<ConstraintRow> rows : floors.values()) {
            assertEquals(rows.size(), data.getItemCount(s));
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(x(rows.get(i).period()), data.getXValue(s, i), 1e-9);
                assertEquals(-rows.get(i).wedgePct(), data.getYValue(s, i), 1e-9);
                assertTrue(data.getYValue(s, i) >= 0, "a subsidy, never a tax");
            }
            s++;
        }
    }

    @Test
    void aRunWithoutInstrumentsHasNoShadingAndNoQuotaChart() {
        RunResult plain = UsJapanRun.run();
        assertFalse(ChartSet.forRun(plain, Optional.empty(), Optional.empty()).stream()
                .anyMatch(s -> s.stem().equals(QuotaFillChart.STEM) || s.stem().equals(PurchaseSubsidyChart.STEM)));
        XYPlot plot = (XYPlot) TariffPathChart.build(RunDigest.of(plain), HeadlineFlows.of(plain), CountryColours.of(plain.dataset()))
                .chart().getPlot();
        assertTrue(markers(plot.getDomainMarkers(Layer.BACKGROUND)).isEmpty());
    }

    @Test
    void eventsThatOnlySetASafeguardLevelAreCountedNotDrawn() throws Exception {
        var ls = new ScenarioInputs(Optional.empty()).load(Path.of("scenarios/us-japan-2018/tpp-farm-access.yaml"));
        RunResult farm = RunService.run(RunService.plan(ls, Map.of()), Optional.empty(), done -> { }).point();
        long levels = farm.scenario().events().stream().filter(EventMarkers::setsSafeguardLevelOnly).count()
                + farm.scenario().baseline().stream().filter(EventMarkers::setsSafeguardLevelOnly).count();
        assertTrue(levels > 10, "the scenario resets its beef safeguard levels every year: " + levels);
        assertTrue(EventMarkers.entries(farm).stream().noneMatch(e -> e.text().contains("safeguard level")));
        JFreeChart c = TariffPathChart.build(RunDigest.of(farm), HeadlineFlows.of(farm), CountryColours.of(farm.dataset())).chart();
        assertTrue(c.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle tt
                && tt.getText().startsWith("Not drawn: " + levels + " events that only set")));
    }

    private static List<Object> markers(Collection<?> c) {
        return c == null ? List.of() : List.copyOf(c);
    }

    /** The lines of the safeguard key, in order. */
    private static List<String> keyLines(JFreeChart c) {
        List<String> out = new ArrayList<>();
        for (Object t : c.getSubtitles()) {
            if (t instanceof CompositeTitle ct) {
                for (Object b : ct.getContainer().getBlocks()) {
                    if (b instanceof EventKey.KeyLine line && line.text().startsWith("S")) out.add(line.text());
                }
            }
        }
        return out;
    }
}
