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
import tradesim.results.FlowTable;
import tradesim.results.WelfareRow;

/**
 * The rows of flows.csv and welfare.csv along one path, product by product: each flow's reported
 * value after partial adjustment, its market's change split into creation and diversion, and each
 * participant's welfare change; then every row in output order (period, importer or country,
 * exporter, product). A flow row goes straight to its place (its period and its rank in
 * {@link FlowOrder}) in a {@link FlowTable}, so the millions of rows of an imported dataset are
 * never sorted, wrapped or held as objects.
 */
final class RowAssembly {

    /** A welfare row with the indices that fix its place in the output order. */
    private record RowKey<T>(int period, int first, int second, int product, T row) {
    }

    private static final Comparator<RowKey<?>> ORDER = Comparator.<RowKey<?>>comparingInt(RowKey::period)
            .thenComparingInt(RowKey::first).thenComparingInt(RowKey::second).thenComparingInt(RowKey::product);

    private final FlowOrder order;
    /** The flow rows, each at (period, its rank), so in output order. */
    private final FlowTable.Builder flowRows;
    private final List<RowKey<WelfareRow>> welfareRows = new ArrayList<>();

    RowAssembly(FlowOrder order, List<YearMonth> periods) {
        this.order = order;
        this.flowRows = FlowTable.builder(periods, order.keys());
    }

    /**
     * One product's two worlds along a path when no quantity constraint or safeguard acts: each
     * distinct state's equilibrium {@code eqs}, and partial adjustment by {@link PartialAdjustment#flowPath}.
     * Quantities are left at zero: only constraints and safeguards read them, and none acts here.
     */
    static WorldPath[] staticWorlds(ProductSetup ps, PathPlan.ProductPlan pp, Equilibrium[] eqs, int periods,
                                    double periodMonths) {
        ProductMarket mk = ps.market();
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        WorldPath base = new WorldPath(periods, nm, ns);
        WorldPath scen = new WorldPath(periods, nm, ns);
        int cells = nm * ns;
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                double share = PartialAdjustment.share(ps.halfLife()[m][s], periodMonths);
                PartialAdjustment.flowPath(eqs, pp.baseline(), pp.scenario(), m, s, share, scen.value, base.value,
                        m * ns + s, cells);
            }
        }
        for (int t = 0; t < periods; t++) {
            base.state[t] = pp.states()[pp.baseline()[t]];
            scen.state[t] = pp.states()[pp.scenario()[t]];
            base.eq[t] = eqs[pp.baseline()[t]];
            scen.eq[t] = eqs[pp.scenario()[t]];
            base.plainRevenue(t);
            scen.plainRevenue(t);
        }
        return new WorldPath[] {base, scen};
    }

    /** Adds the rows of product {@code i} for every period of the path, from its baseline and scenario worlds. */
    void add(int i, ProductSetup ps, WorldPath base, WorldPath scen, List<YearMonth> periods) {
        ProductMarket mk = ps.market();
        int nm = mk.marketCount();
        int ns = mk.sourceCount();
        List<ProductSetup.Participant> participants = ps.participants();
        int[] holderAsMarket = new int[nm];
        int[] holderAsSource = new int[ns];
        for (int h = 0; h < participants.size(); h++) {
            if (participants.get(h).market() >= 0) holderAsMarket[participants.get(h).market()] = h;
            if (participants.get(h).source() >= 0) holderAsSource[participants.get(h).source()] = h;
        }
        for (int t = 0; t < periods.size(); t++) {
            YearMonth period = periods.get(t);
            PeriodState scenState = scen.state[t];
            Equilibrium eqB = base.eq[t];
            Equilibrium eqS = scen.eq[t];
            double[][] creation = new double[nm][ns];
            double[][] diversion = new double[nm][ns];
            for (int m = 0; m < nm; m++) {
                double[] importsB = new double[ns];
                double[] importsS = new double[ns];
                for (int s = 0; s < ns; s++) {
                    if (ps.isDomestic(m, s)) continue;
                    importsB[s] = base.value[base.cell(t, m, s)];
                    importsS[s] = scen.value[scen.cell(t, m, s)];
                }
                TradeSplit split = TradeSplit.of(importsB, importsS);
                for (int s = 0; s < ns; s++) {
                    if (ps.isDomestic(m, s)) continue;
                    creation[m][s] = split.creation(s);
                    diversion[m][s] = split.diversion(s);
                }
            }
            List<ProductSetup.Listed> listed = ps.listed();
            for (int f = 0; f < listed.size(); f++) {
                ProductSetup.Listed l = listed.get(f);
                int m = l.market();
                int s = l.source();
                int c = scen.cell(t, m, s);
                flowRows.set(t, order.rank(i, f), scenState.tariff(m, s) * 100.0, scenState.wedge(m, s) * 100.0 + 0.0,
                        eqS.price(s), base.value[c], scen.value[c], creation[m][s], diversion[m][s]);
            }
            WelfareChange w = WelfareChange.between(mk, eqB, eqS);
            double[] rentS = rentsHeld(scen, t, holderAsMarket, holderAsSource, participants.size(), nm, ns);
            double[] rentB = rentsHeld(base, t, holderAsMarket, holderAsSource, participants.size(), nm, ns);
            for (int h = 0; h < participants.size(); h++) {
                ProductSetup.Participant p = participants.get(h);
                double cs = p.market() >= 0 ? w.consumerSurplus(p.market()) : 0.0;
                double rev = p.market() >= 0 ? netRevenue(scen, t, p.market(), ns) - netRevenue(base, t, p.market(), ns)
                        : 0.0;
                double prod = p.source() >= 0 ? w.producerSurplus(p.source()) : 0.0;
                double rent = rentS[h] - rentB[h];
                WelfareRow row = new WelfareRow(period, p.code(), ps.product(), cs, prod, rev + 0.0, rent + 0.0);
                welfareRows.add(new RowKey<>(t, p.countryOrder(), 0, ps.productOrder(), row));
            }
        }
    }

    /** R_m: tariff revenue on market m's reported imports, less the purchase subsidies it pays. */
    private static double netRevenue(WorldPath w, int t, int m, int ns) {
        double r = 0;
        for (int s = 0; s < ns; s++) {
            int c = w.cell(t, m, s);
            r += w.revenue[c] - w.subsidy[c];
        }
        return r;
    }

    /**
     * [participant] the quota rent each holds in period t: a cell's rent goes to its importer, or
     * to its exporter where {@link WorldPath#rentToExporter}. One pass over the cells in (m, s)
     * order, so each holder's sum is added in that order.
     */
    private static double[] rentsHeld(WorldPath w, int t, int[] holderAsMarket, int[] holderAsSource, int holders,
                                      int nm, int ns) {
        double[] held = new double[holders];
        for (int m = 0; m < nm; m++) {
            for (int s = 0; s < ns; s++) {
                int c = w.cell(t, m, s);
                if (w.rent[c] == 0) continue;
                held[w.rentToExporter[c] ? holderAsSource[s] : holderAsMarket[m]] += w.rent[c];
            }
        }
        return held;
    }

    /** The flow rows, in output order, once every product is added. */
    List<FlowRow> flowRows() {
        return flowRows.build();
    }

    /** The welfare rows so far, in output order. */
    List<WelfareRow> welfareRows() {
        List<RowKey<WelfareRow>> sorted = new ArrayList<>(welfareRows);
        sorted.sort(ORDER);
        return sorted.stream().map(RowKey::row).toList();
    }
}
