package tradesim.model;

import java.util.Objects;

/**
 * What a flow was actually worth in one calendar year (a row of an observed-flows file), in the
 * dataset's currency, million a year, with where the figure comes from.
 */
public record ObservedValue(FlowKey flow, int year, double valueUsdM, String source) {
    public ObservedValue {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(source, "source");
    }
}
