package tradesim.model;

import java.time.YearMonth;
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
}
