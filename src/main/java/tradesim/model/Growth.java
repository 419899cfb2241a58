package tradesim.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Annual growth of a country's demand (as a market) and supply (as an exporter) for a product, in
 * percent per year; {@code product} or {@code country} may be {@code *}.
 */
public record Growth(String country, String product, OptionalDouble demandGrowthPct,
                     OptionalDouble supplyGrowthPct, String source) {
    public Growth {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(demandGrowthPct, "demandGrowthPct");
        Objects.requireNonNull(supplyGrowthPct, "supplyGrowthPct");
        Objects.requireNonNull(source, "source");
    }
}
