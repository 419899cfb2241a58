package tradesim.results;

import java.time.YearMonth;
import tradesim.model.FlowKey;
import tradesim.model.ParameterRule;

/**
 * Monte Carlo summary of one flow in one period (docs/model.md, Outputs: bands.csv): the mean and the 5th,
 * 25th, 50th, 75th and 95th percentiles over the draws of {@code measure}, which is
 * {@code value_usd_m} or {@code change_pct}. On a large dataset {@code flow} may be a total, with
 * {@code *} in the columns it sums over: ({@code USA}, {@code *}, {@code *}) for all imports of the
 * United States, ({@code *}, {@code *}, {@code beef}) for all trade in beef.
 */
public record BandRow(YearMonth period, FlowKey flow, String measure, double mean, double p05, double p25,
                      double p50, double p75, double p95) {

    public static final String VALUE = "value_usd_m";
    public static final String CHANGE = "change_pct";

    /** Whether this row is a total over importers, exporters or products rather than one flow. */
    public boolean isTotal() {
        return flow.importer().equals(ParameterRule.ANY) || flow.exporter().equals(ParameterRule.ANY)
                || flow.product().equals(ParameterRule.ANY);
    }
}
