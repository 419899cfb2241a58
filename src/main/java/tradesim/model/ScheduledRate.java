package tradesim.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rate already set in law in the base year (an FTA's staging, such as the Japan–Australia EPA's
 * annual beef cuts): from {@code date} on, the flow's rate is {@code ratePct}. Part of the
 * baseline layer, so it holds in the baseline and in every scenario.
 */
public record ScheduledRate(FlowKey flow, LocalDate date, double ratePct, String source) {

    public ScheduledRate {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        RateRange.require("schedules.csv rate_pct", ratePct);
    }
}
