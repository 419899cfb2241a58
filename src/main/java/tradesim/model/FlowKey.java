package tradesim.model;

import java.util.Objects;

/** A bilateral flow of one product: exports of {@code exporter} to {@code importer}. */
public record FlowKey(String importer, String exporter, String product) {
    public FlowKey {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(product, "product");
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
