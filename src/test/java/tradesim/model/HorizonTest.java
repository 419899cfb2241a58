package tradesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HorizonTest {

    private static Horizon monthly2019() {
        return new Horizon(YearMonth.of(2019, 1), YearMonth.of(2019, 12), Horizon.Step.MONTH);
    }

    @Test
    void aDateInsideAMonthAppliesFromTheNextMonth() {
        Horizon h = monthly2019();
        assertEquals(5, h.firstPeriodOnOrAfter(LocalDate.of(2019, 5, 17)), "2019-05-17 applies from June");
        assertEquals(4, h.firstPeriodOnOrAfter(LocalDate.of(2019, 5, 1)), "a month YYYY-MM is its first day");
        assertEquals(0, h.firstPeriodOnOrAfter(LocalDate.of(2017, 3, 3)), "before the horizon: from its start");
        assertEquals(12, h.firstPeriodOnOrAfter(LocalDate.of(2019, 12, 2)), "after the last start: never");
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        Horizon h = new Horizon(YearMonth.of(2019, 1), YearMonth.of(2019, 12), Horizon.Step.QUARTER);
        assertEquals(4, h.periodCount());
        assertEquals(1, h.firstPeriodOnOrAfter(LocalDate.of(2019, 2, 10)));
        assertEquals(1, h.firstPeriodOnOrAfter(LocalDate.of(2019, 4, 1)));
        assertEquals(2, h.firstPeriodOnOrAfter(LocalDate.of(2019, 4, 2)));
    }

    /** The rule against its own words: the first period whose first day is on or after the date. */
    @Property(tries = 500)
    void firstPeriodOnOrAfterIsTheFirstPeriodStartingOnOrAfterTheDate(
            @ForAll @IntRange(min = 0, max = 2) int stepIndex, @ForAll @IntRange(min = 0, max = 60) int length,
            @ForAll @IntRange(min = -400, max = 3000) int daysFromStart) {
        Horizon.Step step = Horizon.Step.values()[stepIndex];
        YearMonth start = YearMonth.of(2018, 1 + length % 12);
        Horizon h = new Horizon(start, start.plusMonths(length), step);
        LocalDate date = start.atDay(1).plusDays(daysFromStart);
        List<YearMonth> periods = h.periods();
        int expected = periods.size();
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (!periods.get(i).atDay(1).isBefore(date)) expected = i;
        }
        assertEquals(periods.size(), h.periodCount());
        assertEquals(expected, h.firstPeriodOnOrAfter(date), h + " " + date);
    }
}
