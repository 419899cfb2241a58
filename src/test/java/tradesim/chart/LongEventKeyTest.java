package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;

import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * The history scenario has over forty dated events. Each numbered chart grows taller for its key,
 * so that the data area keeps at least the height it has on a chart with a short key.
 */
class LongEventKeyTest {

    @Test
    void aLongKeyNeverSqueezesThePlot() throws Exception {
        LoadedScenario ls = ScenarioLoader.load(Path.of("scenarios/us-japan-2018/history-2018-2025.yaml"),
                Optional.empty());
        RunResult r = new Simulation(ls.scenario(), ls.dataset()).run(new EventTree(ls.scenario()).mostLikely());
        List<ChartSpec> charts = ChartSet.forRun(r, Optional.empty(), Optional.empty());
        for (ChartSpec c : charts) {
            if (!c.stem().equals("tariff-path")) continue;
            assertTrue(c.height() > ChartStyle.HEIGHT, "a key of " + r.scenario().events().size() + " events adds height");
            ChartRenderingInfo info = new ChartRenderingInfo();
            c.chart().createBufferedImage(ChartStyle.WIDTH, c.height(), info);
            double plot = info.getPlotInfo().getDataArea().getHeight();
            assertTrue(plot >= 250, c.stem() + ": the data area is " + plot + " px high");
        }
    }
}
