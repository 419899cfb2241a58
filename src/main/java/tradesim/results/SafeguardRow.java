package tradesim.results;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One safeguard in one safeguard year (safeguards.csv): whether it triggered, the period at whose end
 * it did, and the first and last periods in which the snapped-back rate applied.
 *
 * @param safeguardYear the calendar year in which the safeguard year starts
 */
public record SafeguardRow(String safeguard, int safeguardYear, Optional<YearMonth> triggerPeriod,
                           Optional<YearMonth> appliesFrom, Optional<YearMonth> appliesUntil) {

    public SafeguardRow {
        Objects.requireNonNull(safeguard, "safeguard");
        Objects.requireNonNull(triggerPeriod, "triggerPeriod");
        Objects.requireNonNull(appliesFrom, "appliesFrom");
        Objects.requireNonNull(appliesUntil, "appliesUntil");
    }

    public boolean triggered() {
        return triggerPeriod.isPresent();
    }
}
