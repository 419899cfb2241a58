package tradesim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.engine.equilibrium.ProductMarket;
import tradesim.engine.equilibrium.TradeSplit;
import tradesim.engine.equilibrium.WelfareChange;
import tradesim.results.FlowRow;
import tradesim.results.WelfareRow;

/**
 * The rows of flows.csv and welfare.csv along one path, product by product: each flow's reported
 * value after partial adjustment, its market's change split into creation and diversion, and each
 * participant's welfare change; then every row in output order (period, importer or country,
 * exporter, product).
 */
final class RowAssembly {

    /** A row with the indices that fix its place in the output order. */
    private record RowKey<T>(int period, int first, int second, int product, T row) {
    }

    private static final Comparator<RowKey<?>> ORDER = Comparator.<RowKey<?>>comparingInt(RowKey::period)
            .thenComparingInt(RowKey::first).thenComparingInt(RowKey::second).thenComparingInt(RowKey::product);

    private final double periodMonths;
    private final List<RowKey<FlowRow>> flowRows = new ArrayList<>();
    private final List<RowKey<WelfareRow>> welfareRows = new ArrayList<>();

    RowAssembly(double periodMonths) {
        this.periodMonths = periodMonths;
    }

    /** Adds one product's rows for every period of the path. */
    void add(ProductSetup ps, PathPlan.ProductPlan pp, Equilibrium[] eqs, List<YearMonth> periods) {
        ProductMarket mk = ps.market();
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        int cells = nm * ns;
        // [t][m][s] flattened, so that each flow's whole path comes from one call.
        double[] reported = new double[periods.size() * cells];
        double[] baseline = new double[periods.size() * cells];
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                double share = PartialAdjustment.share(ps.halfLife()[m][s], periodMonths);
                PartialAdjustment.flowPath(eqs, pp.baseline(), pp.scenario(), m, s, share, reported, baseline,
                        m * ns + s, cells);
            }
        }
        for (int t = 0; t < periods.size(); t++) {
            YearMonth period = periods.get(t);
            PeriodState baseState = pp.states()[pp.baseline()[t]];
            PeriodState scenState = pp.states()[pp.scenario()[t]];
            Equilibrium eqB = eqs[pp.baseline()[t]];
            Equilibrium eqS = eqs[pp.scenario()[t]];
            int at = t * cells;
            double[][] creation = new double[nm][ns];
            double[][] diversion = new double[nm][ns];
            for (int m = 0; m < nm; m++) {
                double[] importsB = new double[ns];
                double[] importsS = new double[ns];
                for (int s = 0; s < ns; s++) {
                    if (ps.isDomestic(m, s)) continue;
                    importsB[s] = baseline[at + m * ns + s];
                    importsS[s] = reported[at + m * ns + s];
                }
                TradeSplit split = TradeSplit.of(importsB, importsS);
                for (int s = 0; s < ns; s++) {
                    if (ps.isDomestic(m, s)) continue;
                    creation[m][s] = split.creation(s);
                    diversion[m][s] = split.diversion(s);
                }
            }
            for (ProductSetup.Listed f : ps.listed()) {
                int m = f.market();
                int s = f.source();
                int c = at + m * ns + s;
                FlowRow row = new FlowRow(period, f.key(), scenState.tariff(m, s) * 100.0, eqS.price(s),
                        baseline[c], reported[c], creation[m][s], diversion[m][s]);
                flowRows.add(new RowKey<>(t, f.importerOrder(), f.exporterOrder(), ps.productOrder(), row));
            }
            WelfareChange w = WelfareChange.between(mk, baseState, eqB, scenState, eqS);
            for (ProductSetup.Participant p : ps.participants()) {
                double cs = p.market() >= 0 ? w.consumerSurplus(p.market()) : 0.0;
                double rev = p.market() >= 0 ? w.tariffRevenue(p.market()) : 0.0;
                double prod = p.source() >= 0 ? w.producerSurplus(p.source()) : 0.0;
                WelfareRow row = new WelfareRow(period, p.code(), ps.product(), cs, prod, rev);
                welfareRows.add(new RowKey<>(t, p.countryOrder(), 0, ps.productOrder(), row));
            }
        }
    }

    /** The flow rows so far, in output order. */
    List<FlowRow> flowRows() {
        return ordered(flowRows);
    }

    /** The welfare rows so far, in output order. */
    List<WelfareRow> welfareRows() {
        return ordered(welfareRows);
    }

    private static <T> List<T> ordered(List<RowKey<T>> rows) {
        List<RowKey<T>> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        return sorted.stream().map(RowKey::row).toList();
    }
}
