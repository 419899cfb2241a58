package tradesim.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import tradesim.model.Outcome;
import tradesim.model.ParameterKind;
import tradesim.model.ParameterRule;
import tradesim.model.Product;
import tradesim.model.Scenario;
import tradesim.model.Selector;
import tradesim.model.TariffChange;
import tradesim.model.UncertainParameter;
import tradesim.model.Uncertainty;
import tradesim.model.Distribution;
import tradesim.results.BandRow;
import tradesim.results.DrawResults;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.results.SensitivityRow;
import tradesim.results.SolverStats;
import tradesim.results.WelfareRow;

/**
 * A hand-built run of the US–Japan 2018 story for chart and report tests, so they need neither the
 * engine nor the loaders. Base flows follow the fact sheet (US beef to Japan USD 1,890 million in
 * 2017, Australian USD 1,800 million, US car imports from Japan USD 41,300 million). Each market is
 * a CES nest with infinite supply elasticity, solved in closed form, with a 12-month half-life of
 * adjustment; producer surplus is an illustrative 30% of the change in sales. Good enough numbers
 * for pictures, not a test of the engine.
 */
public final class UsJapanRun {

    public static final FlowKey US_BEEF = new FlowKey("JPN", "USA", "beef");
    public static final FlowKey AUS_BEEF = new FlowKey("JPN", "AUS", "beef");
    public static final FlowKey JP_CARS = new FlowKey("USA", "JPN", "passenger_vehicles");

    private UsJapanRun() {
    }

    public static Dataset dataset() {
        List<Country> countries = List.of(new Country("USA", "United States"), new Country("JPN", "Japan"),
                new Country("AUS", "Australia"), new Country("CAN", "Canada"), new Country("NZL", "New Zealand"),
                new Country("ROW", "Rest of world"));
        List<Product> products = List.of(new Product("beef", "Beef", List.of("0201", "0202"), "fresh and frozen"),
                new Product("pork", "Pork", List.of("0203"), "fresh and frozen"),
                new Product("passenger_vehicles", "Passenger vehicles", List.of("8703"), "cars"));
        List<Flow> flows = new ArrayList<>();
        flow(flows, "JPN", "USA", "beef", 1890, "USMEF 2017");
        flow(flows, "JPN", "AUS", "beef", 1800, "policymatters 2016");
        flow(flows, "JPN", "CAN", "beef", 120, "estimate");
        flow(flows, "JPN", "NZL", "beef", 150, "estimate");
        flow(flows, "JPN", "ROW", "beef", 250, "estimate");
        flow(flows, "JPN", "JPN", "beef", 4800, "estimate");
        flow(flows, "JPN", "USA", "pork", 1626, "FAS BICO 2017");
        flow(flows, "JPN", "CAN", "pork", 1000, "estimate");
        flow(flows, "JPN", "ROW", "pork", 1900, "estimate");
        flow(flows, "JPN", "JPN", "pork", 9000, "estimate");
        flow(flows, "USA", "JPN", "passenger_vehicles", 41300, "worldstopexports 2018");
        flow(flows, "USA", "ROW", "passenger_vehicles", 133000, "estimate");
        flow(flows, "USA", "USA", "passenger_vehicles", 80000, "estimate");
        List<BaseTariff> tariffs = List.of(new BaseTariff("JPN", "*", "beef", 38.5, "MFN", "WTO tariff profile"),
                new BaseTariff("JPN", "*", "pork", 4.3, "MFN", "estimate"),
                new BaseTariff("USA", "*", "passenger_vehicles", 2.5, "MFN", "HTSUS 8703"));
        List<ParameterRule> params = List.of(
                rule("beef", "*", "*", Map.of(ParameterKind.SUBSTITUTION, 4.5, ParameterKind.DEMAND, -0.8,
                        ParameterKind.SUPPLY, Double.POSITIVE_INFINITY, ParameterKind.HALF_LIFE, 12.0),
                        "GTAP 10 Armington estimates"),
                rule("pork", "*", "*", Map.of(ParameterKind.SUBSTITUTION, 3.0, ParameterKind.DEMAND, -0.5,
                        ParameterKind.SUPPLY, Double.POSITIVE_INFINITY, ParameterKind.HALF_LIFE, 12.0), "estimate"),
                rule("passenger_vehicles", "*", "*", Map.of(ParameterKind.SUBSTITUTION, 4.0,
                        ParameterKind.DEMAND, -1.0, ParameterKind.SUPPLY, Double.POSITIVE_INFINITY,
                        ParameterKind.HALF_LIFE, 12.0), "USITC 2019"));
        return new Dataset("us-japan-2017", 2017, "USD", "million per year",
                "US–Japan agri-food and autos, base year 2017.", countries, products,
                List.of("USMEF via freightwaves.com (2018)", "USDA FAS export highlights (2019)"), flows, tariffs,
                params, List.of(), "scenarios/data/us-japan-2017", "d".repeat(64));
    }

    private static void flow(List<Flow> flows, String imp, String exp, String prod, double v, String src) {
        flows.add(new Flow(new FlowKey(imp, exp, prod), v, src));
    }

    private static ParameterRule rule(String p, String i, String e, Map<ParameterKind, Double> v, String src) {
        return new ParameterRule(p, i, e, new EnumMap<>(v), src);
    }

    private static Action.Tariff tariff(String imp, String exp, String prod, TariffChange c) {
        return new Action.Tariff(sel(imp), sel(exp), sel(prod), c, Optional.empty());
    }

    private static Selector sel(String codes) {
        return new Selector(List.of(codes.split(",")));
    }

    /** The scenario with the given title, description and label of the first event (escaping tests). */
    public static Scenario scenario(String title, String description, String firstLabel, List<FlowKey> headline) {
        List<Event> events = List.of(
                new Event("talks", LocalDate.parse("2018-09-26"), firstLabel, Map.of(), List.of(), List.of()),
                new Event("cptpp", LocalDate.parse("2018-12-30"), "CPTPP in force: beef cut for Australia, Canada, NZ",
                        Map.of(), List.of(), List.of(tariff("JPN", "AUS,CAN,NZL", "beef", new TariffChange.Phase(9, 16)))),
                new Event("s232", LocalDate.parse("2019-05-17"), "Section 232 decision on autos", Map.of(),
                        List.of(new Outcome("exempt", 0.7, List.of()), new Outcome("imposed", 0.3,
                                List.of(tariff("USA", "JPN", "passenger_vehicles", new TariffChange.Add(25))))),
                        List.of()),
                new Event("retaliation", LocalDate.parse("2019-08-01"), "Japan retaliates on US meat",
                        Map.of("s232", "imposed"), List.of(),
                        List.of(tariff("JPN", "USA", "beef,pork", new TariffChange.Set(50)))),
                new Event("deal", LocalDate.parse("2020-01-01"), "US–Japan Trade Agreement in force",
                        Map.of("s232", "exempt"), List.of(),
                        List.of(tariff("JPN", "USA", "beef", new TariffChange.Phase(9, 15)),
                                new Action.Purchase(sel("JPN"), sel("USA"), sel("pork"), 1700,
                                        Optional.of(LocalDate.parse("2021-12-01"))))));
        Uncertainty u = new Uncertainty(20180926L, List.of(new UncertainParameter("beef", "*", "*",
                ParameterKind.SUBSTITUTION, new Distribution.LogNormal(4.0, 0.3))));
        return new Scenario("tpp-farm-access", title, description, "us-japan-2017",
                new Horizon(YearMonth.of(2018, 1), YearMonth.of(2030, 12), Horizon.Step.MONTH),
                List.of(new ParameterRule("beef", "JPN", "*", Map.of(ParameterKind.SUBSTITUTION, 4.5),
                        "scenario override")),
                events, Optional.of(u), headline, "scenarios/tpp-farm-access.yaml", "a".repeat(64));
    }

    public static RunResult run() {
        return run(scenario("Japan opens its beef market", "Japan cuts its 38.5% beef tariff toward TPP levels.",
                "Talks launched at the UN", List.of(US_BEEF, AUS_BEEF)));
    }

    /** The exempt path: no car tariff, the beef deal from 2020. */
    public static RunResult run(Scenario s) {
        Dataset d = dataset();
        List<YearMonth> periods = s.horizon().periods();
        Map<String, Double> sigma = Map.of("beef", 4.5, "pork", 3.0, "passenger_vehicles", 4.0);
        Map<String, Double> eps = Map.of("beef", -0.8, "pork", -0.5, "passenger_vehicles", -1.0);
        Map<FlowKey, Double> dev = new LinkedHashMap<>();
        double lambda = 1 - Math.pow(0.5, 1 / 12.0);
        List<FlowRow> rows = new ArrayList<>();
        List<WelfareRow> welfare = new ArrayList<>();
        for (int t = 0; t < periods.size(); t++) {
            YearMonth p = periods.get(t);
            double growth = Math.pow(1.01, t / 12.0);
            for (Product prod : d.products()) {
                String k = prod.id();
                List<Flow> fl = d.flowsOf(k);
                String market = fl.get(0).key().importer();
                double base = baseRate(k);
                double denom = 0;
                for (Flow f : fl) denom += f.valueUsdM() * (1 + rate0(f.key(), base) / 100);
                double pIndex = 0;
                Map<FlowKey, Double> ratio = new LinkedHashMap<>();
                for (Flow f : fl) {
                    double r0 = rate0(f.key(), base);
                    double r = rate(f.key(), base, p);
                    double tau = (1 + r / 100) / (1 + r0 / 100);
                    ratio.put(f.key(), tau);
                    double theta = f.valueUsdM() * (1 + r0 / 100) / denom;
                    pIndex += theta * Math.pow(tau, 1 - sigma.get(k));
                }
                pIndex = Math.pow(pIndex, 1 / (1 - sigma.get(k)));
                double q = Math.pow(pIndex, eps.get(k));
                double vb = 0;
                double vs = 0;
                Map<FlowKey, double[]> vals = new LinkedHashMap<>();
                double revenue = 0;
                double ps = 0;
                for (Flow f : fl) {
                    double target = Math.log(Math.pow(ratio.get(f.key()) / pIndex, -sigma.get(k)) * q);
                    double prev = dev.getOrDefault(f.key(), 0.0);
                    double now = prev + lambda * (target - prev);
                    dev.put(f.key(), now);
                    double b = f.valueUsdM() * growth;
                    double v = b * Math.exp(now);
                    vals.put(f.key(), new double[] {b, v});
                    if (!f.key().isDomestic()) {
                        vb += b;
                        vs += v;
                        revenue += rate(f.key(), base, p) / 100 * v - rate0(f.key(), base) / 100 * b;
                    }
                }
                for (Flow f : fl) {
                    double[] bv = vals.get(f.key());
                    double creation = 0;
                    double diversion = 0;
                    if (!f.key().isDomestic()) {
                        double shS = bv[1] / vs;
                        double shB = bv[0] / vb;
                        diversion = (shS - shB) * vb;
                        creation = shS * (vs - vb);
                        ps += 0.3 * (bv[1] - bv[0]);
                    }
                    rows.add(new FlowRow(p, f.key(), rate(f.key(), base, p), 1.0, bv[0], bv[1], creation, diversion));
                }
                double expenditure = 0;
                for (Flow f : fl) expenditure += vals.get(f.key())[0] * (1 + rate0(f.key(), base) / 100);
                double e = eps.get(k);
                // docs/model.md, Welfare: the log form at ε = −1, where the power form divides by zero.
                double cs = e == -1.0 ? -expenditure * Math.log(pIndex)
                        : -expenditure / (1 + e) * (Math.pow(pIndex, 1 + e) - 1);
                welfare.add(new WelfareRow(p, market, k, cs, 0, revenue));
                for (Flow f : fl) {
                    if (f.key().isDomestic()) continue;
                    double[] bv = vals.get(f.key());
                    welfare.add(new WelfareRow(p, f.key().exporter(), k, 0, 0.3 * (bv[1] - bv[0]), 0));
                }
                assert ps == ps;
            }
        }
        return new RunResult(s, d, "s232=exempt", 0.7, sortRows(rows, d), welfare, new SolverStats(1872, 0, 1e-12, 6));
    }

    /** The fixed row order of results: period, then importer, exporter, product in dataset order. */
    private static List<FlowRow> sortRows(List<FlowRow> rows, Dataset d) {
        List<FlowRow> out = new ArrayList<>(rows);
        out.sort(java.util.Comparator.comparing(FlowRow::period)
                .thenComparingInt(r -> d.countryIndex(r.flow().importer()))
                .thenComparingInt(r -> d.countryIndex(r.flow().exporter()))
                .thenComparingInt(r -> d.productIndex(r.flow().product())));
        return out;
    }

    private static double baseRate(String product) {
        return switch (product) {
            case "beef" -> 38.5;
            case "pork" -> 4.3;
            default -> 2.5;
        };
    }

    private static double rate0(FlowKey k, double base) {
        return k.isDomestic() ? 0 : base;
    }

    /** The exempt path's rates: CPTPP cuts for AUS/CAN/NZL beef from 2019-01, the deal's from 2020-01. */
    static double rate(FlowKey k, double base, YearMonth p) {
        if (k.isDomestic()) return 0;
        if (k.product().equals("beef") && List.of("AUS", "CAN", "NZL").contains(k.exporter())) {
            return phase(base, 9, 16, YearMonth.of(2019, 1), p);
        }
        if (k.product().equals("beef") && k.exporter().equals("USA")) {
            return phase(base, 9, 15, YearMonth.of(2020, 1), p);
        }
        return base;
    }

    private static double phase(double from, double to, int years, YearMonth first, YearMonth p) {
        if (p.isBefore(first)) return from;
        int cuts = Math.min(years, (p.getYear() - first.getYear()) + (p.getMonthValue() >= first.getMonthValue() ? 1 : 0));
        return from + (to - from) * cuts / years;
    }

    /**
     * A scenario that changes nothing (no events): every flow equals its baseline, welfare is zero.
     * The run built from it is what the engine gives for the baseline itself.
     */
    public static RunResult unchanged() {
        Scenario s = scenario("Baseline only", "No policy change.", "unused", List.of());
        Scenario none = new Scenario("baseline", s.title(), s.description(), s.datasetRef(), s.horizon(), List.of(),
                List.of(), Optional.empty(), List.of(), s.sourceFile(), s.sha256());
        RunResult r = run(s);
        List<FlowRow> flows = r.flows().stream().map(f -> new FlowRow(f.period(), f.flow(), baseRateOf(f.flow()), 1.0,
                f.baselineValueUsdM(), f.baselineValueUsdM(), 0, 0)).toList();
        List<WelfareRow> welfare = r.welfare().stream().map(w -> new WelfareRow(w.period(), w.country(), w.product(),
                0, 0, 0)).toList();
        return new RunResult(none, r.dataset(), "-", 1.0, flows, welfare, r.stats());
    }

    private static double baseRateOf(FlowKey k) {
        return rate0(k, baseRate(k.product()));
    }

    /** Monte Carlo bands around the run's values: a spread that widens with time after the deal. */
    public static List<BandRow> bands(RunResult run) {
        List<BandRow> out = new ArrayList<>();
        for (FlowRow r : run.flows()) {
            if (r.flow().isDomestic()) continue;
            double gap = r.valueUsdM() - r.baselineValueUsdM();
            double spread = Math.abs(gap) * 0.35 + 0.01 * r.baselineValueUsdM();
            double m = r.valueUsdM();
            out.add(new BandRow(r.period(), r.flow(), BandRow.VALUE, m, m - 1.645 * spread, m - 0.674 * spread, m,
                    m + 0.674 * spread, m + 1.645 * spread));
        }
        return out;
    }

    /**
     * 200 draws over two paths: the run's own (s232=exempt, 140 draws) and s232=imposed (60 draws),
     * on which Japan's retaliation halves US beef from August 2019 and every other flow is as on the
     * exempt path.
     */
    public static DrawResults draws(RunResult run) {
        List<FlowRow> imposed = new ArrayList<>();
        for (FlowRow r : run.flows()) {
            boolean hit = r.flow().equals(US_BEEF) && !r.period().isBefore(YearMonth.of(2019, 8));
            imposed.add(hit ? new FlowRow(r.period(), r.flow(), r.tariffPct(), r.worldPrice(), r.baselineValueUsdM(),
                    0.5 * r.baselineValueUsdM(), 0, 0) : r);
        }
        RunResult other = new RunResult(run.scenario(), run.dataset(), "s232=imposed", 0.3, imposed, run.welfare(),
                run.stats());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("s232=exempt", 140L);
        counts.put("s232=imposed", 60L);
        return new DrawResults(200, bands(run), counts, List.of(run, other));
    }

    public static List<SensitivityRow> sensitivity() {
        return List.of(new SensitivityRow("beef substitution", US_BEEF, 2030, 2.4, 6.5, 28.0, 71.5, 48.2),
                new SensitivityRow("beef demand", US_BEEF, 2030, -1.2, -0.4, 52.0, 44.9, 48.2),
                new SensitivityRow("beef half_life_months", US_BEEF, 2030, 6, 24, 49.0, 46.1, 48.2),
                new SensitivityRow("beef:*:AUS supply", US_BEEF, 2030, 2, 10, 41.0, 50.3, 48.2));
    }
}
