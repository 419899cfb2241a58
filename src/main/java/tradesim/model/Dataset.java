package tradesim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A validated dataset folder. Countries and products keep the order of {@code dataset.yaml};
 * that order fixes the row order of every output.
 *
 * @param folder  the folder it was read from, for messages and run.json
 * @param sha256  hash over the dataset's files (name and bytes, in name order)
 * @param unitValues optional {@code unit_values.csv}: USD per tonne, for volumes in tonnes
 * @param schedules  optional {@code schedules.csv}: rates already set in law (the baseline layer)
 */
public record Dataset(String name, int baseYear, String currency, String unit, String description,
                      List<Country> countries, List<Product> products, List<String> sources,
                      List<Flow> flows, List<BaseTariff> tariffs, List<ParameterRule> parameters,
                      List<Growth> growth, String folder, String sha256, List<UnitValue> unitValues,
                      List<ScheduledRate> schedules) {

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
        unitValues = List.copyOf(unitValues);
        schedules = List.copyOf(schedules);
    }

    /** A dataset without unit values or schedules. */
    public Dataset(String name, int baseYear, String currency, String unit, String description,
                   List<Country> countries, List<Product> products, List<String> sources,
                   List<Flow> flows, List<BaseTariff> tariffs, List<ParameterRule> parameters,
                   List<Growth> growth, String folder, String sha256) {
        this(name, baseYear, currency, unit, description, countries, products, sources, flows, tariffs, parameters,
                growth, folder, sha256, List.of(), List.of());
    }

    /**
     * The base-year rate on a flow in percent: its bilateral row of tariffs.csv, else the importer's
     * MFN row (exporter {@code *}), else 0; domestic sales never pay. Then the rows of schedules.csv
     * dated on or before {@code date}, the latest winning: the law in force on that day.
     */
    public double lawRatePct(FlowKey flow, java.time.LocalDate date) {
        if (flow.isDomestic()) return 0.0;
        double rate = 0.0;
        boolean exact = false;
        for (BaseTariff t : tariffs) {
            if (!t.importer().equals(flow.importer()) || !t.product().equals(flow.product())) continue;
            if (t.exporter().equals(flow.exporter())) {
                rate = t.ratePct();
                exact = true;
            } else if (!exact && t.exporter().equals(ParameterRule.ANY)) {
                rate = t.ratePct();
            }
        }
        java.time.LocalDate latest = null;
        for (ScheduledRate r : schedules) {
            if (r.flow().equals(flow) && !r.date().isAfter(date) && (latest == null || r.date().isAfter(latest))) {
                latest = r.date();
                rate = r.ratePct();
            }
        }
        return rate;
    }

    /** The USD-per-tonne unit value of a flow: the most specific matching row of unit_values.csv. */
    public OptionalDouble usdPerTonne(FlowKey flow) {
        UnitValue best = null;
        for (UnitValue u : unitValues) {
            if (u.matches(flow) && (best == null || u.specificity() > best.specificity())) best = u;
        }
        return best == null ? OptionalDouble.empty() : OptionalDouble.of(best.usdPerTonne());
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

    /** The flows of every product in one pass, each list in dataset order; a product without flows is absent. */
    public Map<String, List<Flow>> flowsByProduct() {
        Map<String, List<Flow>> out = new HashMap<>();
        for (Flow f : flows) out.computeIfAbsent(f.key().product(), k -> new ArrayList<>()).add(f);
        return out;
    }
}
