package tradesim.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated dataset folder. Countries and products keep the order of {@code dataset.yaml};
 * that order fixes the row order of every output.
 *
 * @param folder  the folder it was read from, for messages and run.json
 * @param sha256  hash over the dataset's files (name and bytes, in name order)
 */
public record Dataset(String name, int baseYear, String currency, String unit, String description,
                      List<Country> countries, List<Product> products, List<String> sources,
                      List<Flow> flows, List<BaseTariff> tariffs, List<ParameterRule> parameters,
                      List<Growth> growth, String folder, String sha256) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(sha256, "sha256");
        countries = List.copyOf(countries);
        products = List.copyOf(products);
        sources = List.copyOf(sources);
        flows = List.copyOf(flows);
        tariffs = List.copyOf(tariffs);
        parameters = List.copyOf(parameters);
        growth = List.copyOf(growth);
    }

    /** Position of a country in dataset order, or -1. */
    public int countryIndex(String code) {
        for (int i = 0; i < countries.size(); i++) {
            if (countries.get(i).code().equals(code)) return i;
        }
        return -1;
    }

    /** Position of a product in dataset order, or -1. */
    public int productIndex(String id) {
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    public Optional<Country> country(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Product> product(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The flows of one product, in file order. */
    public List<Flow> flowsOf(String product) {
        return flows.stream().filter(f -> f.key().product().equals(product)).toList();
    }
}
