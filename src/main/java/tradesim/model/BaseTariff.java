package tradesim.model;

import java.util.Objects;

/**
 * An applied ad valorem rate in the base year; {@code exporter} may be {@code *} for the MFN rate
 * that applies to every exporter not listed.
 */
public record BaseTariff(String importer, String exporter, String product, double ratePct, String regime,
                         String source) {
    public BaseTariff {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(source, "source");
        RateRange.require("base tariff", ratePct);
    }
}
