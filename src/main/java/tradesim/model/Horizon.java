package tradesim.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The simulated span: periods of equal length from {@code start} to {@code end}, both included. */
public record Horizon(YearMonth start, YearMonth end, Step step) {

    /** Period length. */
    public enum Step {
        MONTH(1), QUARTER(3), YEAR(12);

        private final int months;

        Step(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        /** The spelling used in scenario files. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Horizon {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(step, "step");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("horizon end " + end + " is before start " + start);
        }
    }

    /** The first month of every period, in order. The last period starts on or before {@code end}. */
    public List<YearMonth> periods() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth p = start; !p.isAfter(end); p = p.plusMonths(step.months())) {
            out.add(p);
        }
        return List.copyOf(out);
    }

    public int periodMonths() {
        return step.months();
    }

    /** How many periods {@link #periods()} has. */
    public int periodCount() {
        return (int) (start.until(end, ChronoUnit.MONTHS) / step.months()) + 1;
    }

    /**
     * The timing rule of every dated change: the index of the first period that starts on or after
     * {@code date}, or {@link #periodCount()} when none does. An action dated D applies from that
     * period, and {@code until: U} ends it from the period this gives for U. A month {@code YYYY-MM}
     * is read as its first day, so it applies from that month's period when one starts there.
     */
    public int firstPeriodOnOrAfter(LocalDate date) {
        // Period k starts on the first day of month start + k·step. That day is on or after the date
        // when its month is the date's month and the date is the 1st, or a later month.
        long monthsFromStart = start.until(YearMonth.from(date), ChronoUnit.MONTHS)
                + (date.getDayOfMonth() > 1 ? 1 : 0);
        if (monthsFromStart <= 0) return 0;
        long k = Math.floorDiv(monthsFromStart + step.months() - 1, step.months());
        return (int) Math.min(k, periodCount());
    }
}
