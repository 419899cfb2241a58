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

    @Override
    public String toString() {
        return exporter + "->" + importer + " " + product;
    }
}
