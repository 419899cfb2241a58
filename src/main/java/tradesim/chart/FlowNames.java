package tradesim.chart;

import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.Product;
import tradesim.wording.Names;

/** Readable names for countries, products and flows, from the dataset's own names. */
public final class FlowNames implements Names {

    private final Dataset dataset;

    public FlowNames(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public String country(String code) {
        return dataset.country(code).map(Country::name).orElse(code);
    }

    @Override
    public String product(String id) {
        return dataset.product(id).map(Product::name).orElse(id);
    }

    /** "Beef, United States → Japan": product first, since charts group by product. */
    @Override
    public String flow(FlowKey k) {
        return product(k.product()) + ", " + country(k.exporter()) + " → " + country(k.importer());
    }

    /**
     * The flows under one quantity constraint, "Wheat, United States → Japan", from constraints.csv's
     * importer and exporter cells, which join several countries with {@code ;}.
     */
    public String covered(String importers, String exporters, String product) {
        return product(product) + ", " + countries(exporters) + " → " + countries(importers);
    }

    private String countries(String codes) {
        return String.join(", ", java.util.Arrays.stream(codes.split(";")).map(this::country).toList());
    }

    /** "Beef imports of Japan". */
    public String market(String importer, String product) {
        return product(product) + " imports of " + country(importer);
    }
}
