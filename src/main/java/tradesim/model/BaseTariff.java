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
        if (!Double.isFinite(ratePct) || ratePct < 0 || ratePct > TariffChange.MAX_RATE_PCT) {
            throw new IllegalArgumentException("base tariff must be in [0, 1000]: " + ratePct);
        }
    }
}
