package tradesim.model;

import java.util.Objects;

/** A bilateral flow of one product: exports of {@code exporter} to {@code importer}. */
public record FlowKey(String importer, String exporter, String product) {
    public FlowKey {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(product, "product");
    }

    /**
     * The record's own hash, 31·(31·h(importer) + h(exporter)) + h(product), collides massively for
     * three-letter codes (each code's hash is itself a base-31 number, so the terms overlap): on a
     * 100-country import, sets of flows probed for seconds. This one mixes each part with a 64-bit
     * multiplier and a finaliser (SplitMix64's), so keys spread over the whole int range.
     */
    @Override
    public int hashCode() {
        long x = importer.hashCode();
        x = x * 0x9E3779B97F4A7C15L + exporter.hashCode();
        x = x * 0x9E3779B97F4A7C15L + product.hashCode();
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return (int) (x ^ (x >>> 31));
    }

    public boolean isDomestic() {
        return importer.equals(exporter);
    }

    /** The text form used in every message, table and label: {@code USA→JPN beef} (exporter first). */
    @Override
    public String toString() {
        return exporter + "\u2192" + importer + " " + product;
    }
}
