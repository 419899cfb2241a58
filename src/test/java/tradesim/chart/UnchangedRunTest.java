package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.model.Event;
import tradesim.model.FlowKey;
import tradesim.results.RunResult;

/** A scenario without events still gets readable charts: the baseline itself. */
class UnchangedRunTest {

    @TempDir
    Path dir;

    @Test
    void headlineFallsBackToTheLargestTradeFlows() {
        List<FlowKey> h = HeadlineFlows.of(UsJapanRun.unchanged());
        assertEquals(new FlowKey("USA", "ROW", "passenger_vehicles"), h.get(0));
        assertEquals(UsJapanRun.JP_CARS, h.get(1));
        assertTrue(h.stream().noneMatch(FlowKey::isDomestic));
    }

    @Test
    void chartsRenderWithoutMarkersAndWithoutAnEmptyWelfareChart() throws Exception {
        RunResult run = UsJapanRun.unchanged();
        List<ChartSpec> specs = ChartSet.forRun(run, Optional.empty(), Optional.empty());
        assertEquals(List.of("timeline", "tariff-path", "market-shares", "creation-diversion"),
                specs.stream().map(ChartSpec::stem).toList());
        XYPlot tariffs = (XYPlot) specs.get(1).chart().getPlot();
        assertTrue(tariffs.getDomainMarkers(Layer.FOREGROUND) == null
                || tariffs.getDomainMarkers(Layer.FOREGROUND).isEmpty());
        assertFalse(tariffs.getAnnotations().stream().anyMatch(a -> a instanceof EventLabels));
        assertEquals(4, ChartWriter.write(specs, dir, false).size());
    }

    @Test
    void anExpectedResultCountsEveryEventAsHappening() {
        TakenPath every = TakenPath.parse("expected");
        for (Event e : UsJapanRun.run().scenario().events()) assertTrue(every.reached(e), e.id());
        TakenPath exempt = TakenPath.parse("s232=exempt");
        assertFalse(exempt.reached(UsJapanRun.run().scenario().event("retaliation").orElseThrow()));
    }
}
