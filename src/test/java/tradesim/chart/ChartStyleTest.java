package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Surefire runs with a German locale: numbers on charts must still read 1,890.4. */
class ChartStyleTest {

    @Test
    void numbersIgnoreTheMachineLocale() {
        assertEquals("1,890.4", ChartStyle.number(1890.44));
        assertEquals("41,300", ChartStyle.rootFormat("#,##0").format(41300));
    }

    @Test
    void theSourceLineNamesDatasetScenarioAndPath() {
        assertEquals("Source: tradesim, dataset us-japan-2017, scenario tpp-farm-access, path s232=exempt",
                ChartStyle.sourceLine(UsJapanRun.run()));
    }
}
