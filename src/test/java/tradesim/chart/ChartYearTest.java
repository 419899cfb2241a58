package tradesim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tradesim.model.Horizon;

class ChartYearTest {

    private static int year(String start, String end, Horizon.Step step) {
        return ChartYear.lastFullYear(new Horizon(YearMonth.parse(start), YearMonth.parse(end), step));
    }

    @Test
    void theLastCompleteCalendarYear() {
        assertEquals(2030, year("2018-01", "2030-12", Horizon.Step.MONTH));
        assertEquals(2029, year("2018-01", "2030-06", Horizon.Step.MONTH));
        assertEquals(2025, year("2018-01", "2025-10", Horizon.Step.QUARTER), "the Q4 period covers Oct–Dec");
    }

    @Test
    void aHorizonInsideOneYearUsesThatYear() {
        assertEquals(2018, year("2018-03", "2018-10", Horizon.Step.MONTH));
    }
}
