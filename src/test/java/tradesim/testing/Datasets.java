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
