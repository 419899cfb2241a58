package tradesim.chart;

import java.time.YearMonth;
import java.util.List;
import tradesim.model.Horizon;

/** Which calendar year the single-year charts (creation and diversion, welfare) describe. */
public final class ChartYear {

    private ChartYear() {
    }

    /**
     * The last year the horizon covers in full, so an annual figure is a whole year's worth; the
     * last year touched when no year is complete (a horizon shorter than a calendar year).
     */
    public static int lastFullYear(Horizon h) {
        List<YearMonth> periods = h.periods();
        YearMonth lastMonth = periods.get(periods.size() - 1).plusMonths(h.periodMonths() - 1L);
        int year = lastMonth.getMonthValue() == 12 ? lastMonth.getYear() : lastMonth.getYear() - 1;
        return year >= h.start().getYear() && !(year == h.start().getYear() && h.start().getMonthValue() != 1)
                ? year : h.end().getYear();
    }
}
