package tradesim.results;

import java.time.YearMonth;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import tradesim.model.FlowKey;

/**
 * A run's flow rows held by column: one block per period, each listing the same flows in the same
 * order, and the seven numbers of each row in seven arrays. A row is made when it is read. Six
 * million rows (a yearly run to 2030 on a 100-country import) take 56 bytes each here, against
 * about 84 as row objects in a list. Unmodifiable once built.
 */
public final class FlowTable extends AbstractList<FlowRow> implements RandomAccess {

    /** The columns, in the order of FlowRow's numbers. */
    private static final int TARIFF = 0;
    private static final int WEDGE = 1;
    private static final int PRICE = 2;
    private static final int BASELINE = 3;
    private static final int VALUE = 4;
    private static final int CREATION = 5;
    private static final int DIVERSION = 6;
    private static final int COLUMNS = 7;

    private final List<YearMonth> periods;
    private final List<FlowKey> flows;
    /** [column][period · flows + flow] */
    private final double[][] columns;

    private FlowTable(List<YearMonth> periods, List<FlowKey> flows, double[][] columns) {
        this.periods = periods;
        this.flows = flows;
        this.columns = columns;
    }

    /** A table of {@code flows} in every one of {@code periods}, to be filled row by row. */
    public static Builder builder(List<YearMonth> periods, List<FlowKey> flows) {
        return new Builder(periods, flows);
    }

    @Override
    public FlowRow get(int index) {
        int i = Objects.checkIndex(index, size());
        double[][] c = columns;
        return new FlowRow(periods.get(i / flows.size()), flows.get(i % flows.size()), c[TARIFF][i], c[WEDGE][i],
                c[PRICE][i], c[BASELINE][i], c[VALUE][i], c[CREATION][i], c[DIVERSION][i]);
    }

    @Override
    public int size() {
        return columns[TARIFF].length;
    }

    /** The periods, in order: the table holds one block of rows for each. */
    List<YearMonth> periods() {
        return periods;
    }

    /** The flows of each block, in order. */
    List<FlowKey> flows() {
        return flows;
    }

    /** Fills a table; {@link #build} hands the columns over, so a builder makes one table. */
    public static final class Builder {
        private final List<YearMonth> periods;
        private final List<FlowKey> flows;
        private final double[][] columns;
        private boolean built;

        private Builder(List<YearMonth> periods, List<FlowKey> flows) {
            this.periods = List.copyOf(periods);
            this.flows = List.copyOf(flows);
            if (new HashSet<>(this.periods).size() != this.periods.size()
                    || new HashSet<>(this.flows).size() != this.flows.size()) {
                throw new IllegalArgumentException("a flow table's periods and flows must each be distinct");
            }
            long rows = (long) this.periods.size() * this.flows.size();
            if (rows > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(rows + " flow rows (" + this.periods.size() + " periods × "
                        + this.flows.size() + " flows) exceed what one table can hold (" + (Integer.MAX_VALUE - 8) + ")");
            }
            columns = new double[COLUMNS][(int) rows];
        }

        /** Sets the row of flow {@code rank} (its place in the flow list) in period {@code t}. */
        public void set(int t, int rank, double tariff, double wedge, double price, double baseline, double value,
                        double creation, double diversion) {
            if (built) throw new IllegalStateException("table already built");
            int i = Objects.checkIndex(t, periods.size()) * flows.size() + Objects.checkIndex(rank, flows.size());
            double[][] c = columns;
            c[TARIFF][i] = tariff;
            c[WEDGE][i] = wedge;
            c[PRICE][i] = price;
            c[BASELINE][i] = baseline;
            c[VALUE][i] = value;
            c[CREATION][i] = creation;
            c[DIVERSION][i] = diversion;
        }

        public FlowTable build() {
            built = true;
            return new FlowTable(periods, flows, columns);
        }
    }
}
