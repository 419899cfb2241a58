package tradesim.model;

import java.util.Objects;

/** A base-year bilateral flow at world (pre-tariff) prices, USD million per year, with its source. */
public record Flow(FlowKey key, double valueUsdM, String source) {
    public Flow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(valueUsdM) || valueUsdM < 0) {
            throw new IllegalArgumentException("flow value must be finite and >= 0: " + valueUsdM);
        }
    }
}
