package tradesim.results;

import java.time.YearMonth;
import tradesim.model.FlowKey;

/**
 * Monte Carlo summary of one flow in one period (docs/model.md, Outputs: bands.csv): the mean and the 5th,
 * 25th, 50th, 75th and 95th percentiles over the draws of {@code measure}, which is
 * {@code value_usd_m} or {@code change_pct}.
 */
public record BandRow(YearMonth period, FlowKey flow, String measure, double mean, double p05, double p25,
                      double p50, double p75, double p95) {

    public static final String VALUE = "value_usd_m";
    public static final String CHANGE = "change_pct";
}
