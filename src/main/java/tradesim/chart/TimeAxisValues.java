package tradesim.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import tradesim.model.Horizon;

/** Places on the decimal-year time axis of {@link ChartStyle#yearAxis}. */
final class TimeAxisValues {

    private TimeAxisValues() {
    }

    /** The first day of the month, as a decimal year. */
    static double of(YearMonth m) {
        return m.getYear() + (m.getMonthValue() - 1) / 12.0;
    }

    static double of(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    static double start(Horizon h) {
        return of(h.start());
    }

    /** The end of the last period, so the last month has its full width. */
    static double end(Horizon h) {
        return of(h.periods().get(h.periods().size() - 1).plusMonths(h.periodMonths()));
    }

    static boolean contains(Horizon h, LocalDate d) {
        return !d.isBefore(h.start().atDay(1)) && d.isBefore(
                h.periods().get(h.periods().size() - 1).plusMonths(h.periodMonths()).atDay(1));
    }
}
