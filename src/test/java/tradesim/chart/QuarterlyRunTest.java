package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradesim.model.Horizon;
import tradesim.model.Scenario;
import tradesim.results.RunResult;

/** Quarterly periods: the time axis, steps and annual sums must follow the period length. */
class QuarterlyRunTest {

    @TempDir
    Path dir;

    /** The monthly fixture sampled at the first month of each quarter, as a quarterly run would report. */
    static RunResult quarterly() {
        RunResult m = UsJapanRun.run();
        Scenario s = m.scenario();
        Scenario q = new Scenario(s.name(), s.title(), s.description(), s.datasetRef(),
                new Horizon(s.horizon().start(), s.horizon().end(), Horizon.Step.QUARTER), s.parameters(), s.events(),
                s.uncertainty(), s.headline(), s.sourceFile(), s.sha256());
        return new RunResult(q, m.dataset(), m.pathLabel(), m.pathProbability(),
                m.flows().stream().filter(f -> (f.period().getMonthValue() - 1) % 3 == 0).toList(),
                m.welfare().stream().filter(w -> (w.period().getMonthValue() - 1) % 3 == 0).toList(), m.stats());
    }

    @Test
    void chartsCoverWholeQuartersAndKeepEveryEvent() throws Exception {
        RunResult run = quarterly();
        List<ChartSpec> specs = ChartSet.forRun(run, Optional.empty(), Optional.empty());
        XYPlot tariffs = (XYPlot) specs.get(1).chart().getPlot();
        int last = tariffs.getDataset().getItemCount(0) - 1;
        assertEquals(2031.0, tariffs.getDataset().getXValue(0, last), 1e-12, "the last quarter runs to the year's end");
        assertEquals(5, tariffs.getDomainMarkers(Layer.FOREGROUND).size());
        assertEquals(2031.0, tariffs.getDomainAxis().getUpperBound(), 1e-12);
        assertEquals(specs.size(), ChartWriter.write(specs, dir, false).size());
    }
}
