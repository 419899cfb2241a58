package tradesim.results;

import tradesim.model.FlowKey;

/**
 * One-at-a-time sensitivity of a headline result to one uncertain parameter: the parameter set to
 * its 5th and its 95th percentile, all else at the point values (sensitivity.csv, drawn as a
 * tornado). {@code result*} is the headline flow's % change from baseline in {@code year}.
 */
public record SensitivityRow(String parameter, FlowKey headline, int year, double lowValue, double highValue,
                             double resultAtLow, double resultAtHigh, double resultAtPoint) {

    /** The width of the tornado bar: how far the result moves across the parameter's range. */
    public double swing() {
        return Math.abs(resultAtHigh - resultAtLow);
    }
}
