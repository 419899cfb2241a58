package tradesim.engine;

import java.util.ArrayList;
import java.util.List;

import tradesim.engine.constraint.ReportedFlows;
import tradesim.engine.equilibrium.Equilibrium;
import tradesim.engine.equilibrium.PeriodState;
import tradesim.results.ConstraintRow;

/**
 * One world (the baseline or the scenario) of one product along a path, period by period: the
 * state each period was solved in (with any safeguard's snapped-back rate, a quota's in-quota rate
 * and the constraints' wedges), its equilibrium, and the flows customs would record with what they
 * pay. Cells are laid out [t][m][s] flattened: index t·cells + m·sources + s.
 */
final class WorldPath {

    final int sources;
    final int cells;
    final PeriodState[] state;
    final Equilibrium[] eq;
    /** Reported annual value at world prices, USD million. */
    final double[] value;
    /**
     * Reported quantity, USD million at base prices (tonnes follow from a unit value). Filled only in
     * worlds {@link QuantityPlay} plays, whose constraints and safeguards are its only readers.
     */
    final double[] quantity;
    /** Tariff revenue on the reported flow: t·v, or t_in·min(v, v_q) + t_out·max(v − v_q, 0) under a quota. */
    final double[] revenue;
    /** Purchase subsidy paid by the importer's government: ς·v. */
    final double[] subsidy;
    /** Quota rent w·min(v, v_q), held by the importer or, where {@link #rentToExporter}, by the exporter. */
    final double[] rent;
    final boolean[] rentToExporter;
    /** The scenario world's constraints, period by period (empty for the baseline). */
    final List<ConstraintRow> constraints = new ArrayList<>();

    WorldPath(int periods, int markets, int sources) {
        this.sources = sources;
        this.cells = markets * sources;
        this.state = new PeriodState[periods];
        this.eq = new Equilibrium[periods];
        int n = periods * cells;
        this.value = new double[n];
        this.quantity = new double[n];
        this.revenue = new double[n];
        this.subsidy = new double[n];
        this.rent = new double[n];
        this.rentToExporter = new boolean[n];
    }

    int cell(int t, int m, int s) {
        return t * cells + m * sources + s;
    }

    /** Period t's reported flows, as quantity constraints and safeguards read them. */
    ReportedFlows reported(int t) {
        int at = t * cells;
        return new ReportedFlows() {
            @Override
            public double value(int m, int s) {
                return value[at + m * sources + s];
            }

            @Override
            public double quantity(int m, int s) {
                return quantity[at + m * sources + s];
            }
        };
    }

    /** Revenue t·v on every flow of period t that no quota or purchase floor touches. */
    void plainRevenue(int t) {
        PeriodState st = state[t];
        for (int m = 0; m < st.marketCount(); m++) {
            for (int s = 0; s < sources; s++) {
                int c = cell(t, m, s);
                revenue[c] = st.tariff(m, s) * value[c];
            }
        }
    }
}
