package tradesim.model;

import java.util.Objects;

/**
 * A base-year unit value in USD per tonne, for turning a flow's value into tonnes. {@code importer}
 * and {@code exporter} may be {@code *}; the most specific row that matches a flow wins (exact
 * pair, then a named importer, then a named exporter, then both wildcards).
 */
public record UnitValue(String importer, String exporter, String product, double usdPerTonne, String source) {

    public UnitValue {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(usdPerTonne) || usdPerTonne <= 0) {
            throw new IllegalArgumentException("usd_per_t must be finite and > 0: " + usdPerTonne);
        }
    }

    /** How specific the row is for a flow it matches: 3 exact, 2 importer named, 1 exporter named, 0 none. */
    public int specificity() {
        return (importer.equals("*") ? 0 : 2) + (exporter.equals("*") ? 0 : 1);
    }

    public boolean matches(FlowKey flow) {
        return product.equals(flow.product()) && (importer.equals("*") || importer.equals(flow.importer()))
                && (exporter.equals("*") || exporter.equals(flow.exporter()));
    }
}
