package tradesim.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tradesim.model.BaseTariff;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.Growth;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.Product;

/** Small datasets built in code, for engine tests that should not depend on the CSV loader. */
public final class Datasets {

    private Datasets() {
    }

    /**
     * A beef world: Japan buys from the US, Australia, the rest of the world and itself; the rest of
     * the world buys from the US, Australia and itself. σ = 4, ε = −0.8, η = 2, half-life
     * {@code halfLife} months; Japan's MFN 38.5%, Australia's EPA rate 27%.
     */
    public static Dataset beef(double halfLife, List<Growth> growth) {
        List<Country> countries = List.of(new Country("JPN", "Japan"), new Country("USA", "United States"),
                new Country("AUS", "Australia"), new Country("ROW", "Rest of the world"));
        List<Flow> flows = List.of(
                flow("JPN", "USA", "beef", 1890), flow("JPN", "AUS", "beef", 1800), flow("JPN", "ROW", "beef", 500),
                flow("JPN", "JPN", "beef", 3000), flow("ROW", "USA", "beef", 5000), flow("ROW", "AUS", "beef", 4000),
                flow("ROW", "ROW", "beef", 20000));
        List<BaseTariff> tariffs = List.of(new BaseTariff("JPN", "*", "beef", 38.5, "MFN", "test"),
                new BaseTariff("JPN", "AUS", "beef", 27.0, "EPA", "test"));
        List<ParameterRule> params = List.of(
                rule("beef", "*", "*", Map.of(ParameterKind.SUBSTITUTION, 4.0, ParameterKind.DEMAND, -0.8,
                        ParameterKind.SUPPLY, 2.0, ParameterKind.HALF_LIFE, halfLife)));
        return new Dataset("beefworld", 2017, "USD", "million per year", "test", countries,
                List.of(new Product("beef", "Beef", List.of("0201"), "")), List.of("test"), flows, tariffs, params,
                growth, "beefworld", "0");
    }

    /**
     * A world of {@code countries} countries ({@code C00}, {@code C01}, …) and {@code products}
     * products ({@code p0}, {@code p1}, …) in which every country sells every product to every
     * country, itself included (domestic sales of 400 + 10 i), the trade flows 20 to 60 by a fixed
     * pattern; MFN tariffs of 5%, σ = 4, ε = −0.8, η = 2, half-life 12 months. It lists
     * countries² × products flows, so its size can be set past any threshold on the number of flows.
     */
    public static Dataset grid(int countries, int products) {
        List<Country> cs = new ArrayList<>();
        for (int i = 0; i < countries; i++) cs.add(new Country(gridCountry(i), "Country " + i));
        List<Product> ps = new ArrayList<>();
        for (int k = 0; k < products; k++) ps.add(new Product("p" + k, "Product " + k, List.of(), ""));
        List<Flow> flows = new ArrayList<>();
        List<BaseTariff> tariffs = new ArrayList<>();
        for (int k = 0; k < products; k++) {
            for (int i = 0; i < countries; i++) {
                tariffs.add(new BaseTariff(gridCountry(i), "*", "p" + k, 5.0, "MFN", "test"));
                for (int j = 0; j < countries; j++) {
                    double v = i == j ? 400 + 10 * i : 20 + ((3 * i + 5 * j + 7 * k) % 11) * 4;
                    flows.add(flow(gridCountry(i), gridCountry(j), "p" + k, v));
                }
            }
        }
        List<ParameterRule> params = List.of(rule("*", "*", "*", Map.of(ParameterKind.SUBSTITUTION, 4.0,
                ParameterKind.DEMAND, -0.8, ParameterKind.SUPPLY, 2.0, ParameterKind.HALF_LIFE, 12.0)));
        return new Dataset("grid", 2017, "USD", "million per year", "test", cs, ps, List.of("test"), flows, tariffs,
                params, List.of(), "grid", "0");
    }

    /** Country i of {@link #grid}: {@code C00}, {@code C01}, … */
    public static String gridCountry(int i) {
        return String.format(java.util.Locale.ROOT, "C%02d", i);
    }

    public static Flow flow(String importer, String exporter, String product, double value) {
        return new Flow(new FlowKey(importer, exporter, product), value, "test");
    }

    public static ParameterRule rule(String product, String importer, String exporter, Map<ParameterKind, Double> v) {
        return new ParameterRule(product, importer, exporter, new EnumMap<>(v), "test");
    }

    /** A copy of {@code d} with extra parameter rules appended (they lose to more specific ones). */
    public static Dataset withParameters(Dataset d, List<ParameterRule> extra) {
        List<ParameterRule> all = new ArrayList<>(extra);
        all.addAll(d.parameters());
        return new Dataset(d.name(), d.baseYear(), d.currency(), d.unit(), d.description(), d.countries(),
                d.products(), d.sources(), d.flows(), d.tariffs(), all, d.growth(), d.folder(), d.sha256());
    }
}
