package tradesim.results;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.model.Action;
import tradesim.model.BaseTariff;
import tradesim.model.Country;
import tradesim.model.Dataset;
import tradesim.model.Event;
import tradesim.model.Flow;
import tradesim.model.FlowKey;
import tradesim.model.Horizon;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.Product;
import tradesim.model.Scenario;
import tradesim.model.Selector;
import tradesim.model.TariffChange;

/**
 * A hand-built run the size of a small real import, for tests of what the outputs show of a large
 * run: {@link #COUNTRIES} countries, each selling one product to every other and at home (900
 * flows, well past {@link RunDigest#MANY_FLOWS}), over 2018–2020 by year. Every flow equals its
 * baseline in 2018, moves half of its change in 2019 and all of it in 2020. The changes are
 * known in closed form ({@link #change}), all of different sizes, so a test can rank them itself;
 * domestic sales change far more than any trade flow, so a ranking that forgot to leave them out
 * would show it. Each country's welfare change is known too ({@link #net}).
 */
public final class ManyFlowsRun {

    public static final int COUNTRIES = 30;
    public static final String PRODUCT = "goods";
    public static final int LAST_YEAR = 2020;

    private ManyFlowsRun() {
    }

    public static String code(int i) {
        return String.format("C%02d", i);
    }

    /** The flow's index in dataset order: importer, then exporter. */
    private static int index(FlowKey k) {
        return Integer.parseInt(k.importer().substring(1)) * COUNTRIES + Integer.parseInt(k.exporter().substring(1));
    }

    public static double baseline(FlowKey k) {
        return 100 + index(k);
    }

    /**
     * The flow's full change from baseline, USD million in the year: for trade flows, ±(i·919 mod 1000)/10
     * (919 is prime to 1000, so no two flows share a size), the sign alternating; domestic sales +10,000.
     */
    public static double change(FlowKey k) {
        if (k.isDomestic()) return 10_000;
        int i = index(k);
        double size = (i * 919 % 1000) / 10.0;
        return i % 2 == 0 ? size : -size;
    }

    /** Country i's consumer surplus, producer surplus and tariff revenue change in 2020, USD million. */
    public static double[] welfare(int i) {
        return new double[] {(i - 14.5) * 3.0, i * 0.25, -1.0};
    }

    public static double net(int i) {
        double[] w = welfare(i);
        return w[0] + w[1] + w[2];
    }

    public static Dataset dataset() {
        List<Country> countries = new ArrayList<>();
        for (int i = 0; i < COUNTRIES; i++) countries.add(new Country(code(i), "Country " + i));
        List<Flow> flows = new ArrayList<>();
        for (int m = 0; m < COUNTRIES; m++) {
            for (int x = 0; x < COUNTRIES; x++) {
                FlowKey k = new FlowKey(code(m), code(x), PRODUCT);
                flows.add(new Flow(k, baseline(k), "estimate"));
            }
        }
        Map<ParameterKind, Double> values = new EnumMap<>(ParameterKind.class);
        values.put(ParameterKind.SUBSTITUTION, 5.0);
        values.put(ParameterKind.DEMAND, -1.0);
        values.put(ParameterKind.SUPPLY, 5.0);
        values.put(ParameterKind.HALF_LIFE, 17.0);
        return new Dataset("many", 2017, "USD", "million per year", "Thirty countries, one product.", countries,
                List.of(new Product(PRODUCT, "Goods", List.of("01"), "everything")), List.of("synthetic"), flows,
                List.of(new BaseTariff("*", "*", PRODUCT, 5, "MFN", "estimate")),
                List.of(new ParameterRule("*", "*", "*", values, "estimate")), List.of(), "data/many", "e".repeat(64));
    }

    public static RunResult run() {
        Dataset d = dataset();
        Selector any = new Selector(List.of("*"));
        Event cut = new Event("cut", LocalDate.of(2019, 1, 1), "Every tariff to zero", Map.of(), List.of(),
                List.of(new Action.Tariff(any, any, new Selector(List.of(PRODUCT)), new TariffChange.Set(0),
                        Optional.empty())));
        Scenario s = new Scenario("many-flows", "Thirty countries cut every tariff", "Asks: who gains?", "many",
                new Horizon(YearMonth.of(2018, 1), YearMonth.of(LAST_YEAR, 12), Horizon.Step.YEAR), List.of(),
                List.of(cut), Optional.empty(), List.of(), "many-flows.yaml", "f".repeat(64));
        List<FlowRow> rows = new ArrayList<>();
        List<WelfareRow> welfare = new ArrayList<>();
        for (int year = 2018; year <= LAST_YEAR; year++) {
            YearMonth p = YearMonth.of(year, 1);
            double share = (year - 2018) / 2.0;
            for (Flow f : d.flows()) {
                FlowKey k = f.key();
                double tariff = k.isDomestic() || year > 2018 ? 0 : 5;
                double b = baseline(k);
                rows.add(new FlowRow(p, k, tariff, 1.0, b, b + share * change(k), 0, 0));
            }
            for (int i = 0; i < COUNTRIES; i++) {
                double[] w = welfare(i);
                welfare.add(new WelfareRow(p, code(i), PRODUCT, share * w[0], share * w[1], share * w[2]));
            }
        }
        return new RunResult(s, d, "-", 1.0, rows, welfare, new SolverStats(1, 0, 0, 1));
    }
}
