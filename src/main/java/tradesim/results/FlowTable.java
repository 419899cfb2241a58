package tradesim.results;

import java.time.YearMonth;
import java.util.AbstractList;
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

    private final List<YearMonth> periods;
    private final List<FlowKey> flows;
    private final double[] tariffPct;
    private final double[] wedgePct;
    private final double[] worldPrice;
    private final double[] baselineValueUsdM;
    private final double[] valueUsdM;
    private final double[] creationUsdM;
    private final double[] diversionUsdM;

    private FlowTable(Builder b) {
        this.periods = b.periods;
        this.flows = b.flows;
        this.tariffPct = b.tariffPct;
        this.wedgePct = b.wedgePct;
        this.worldPrice = b.worldPrice;
        this.baselineValueUsdM = b.baselineValueUsdM;
        this.valueUsdM = b.valueUsdM;
        this.creationUsdM = b.creationUsdM;
        this.diversionUsdM = b.diversionUsdM;
    }

    /** A table of {@code flows} in every one of {@code periods}, to be filled row by row. */
    public static Builder builder(List<YearMonth> periods, List<FlowKey> flows) {
        return new Builder(periods, flows);
    }

    @Override
    public FlowRow get(int index) {
        int i = Objects.checkIndex(index, size());
        return new FlowRow(periods.get(i / flows.size()), flows.get(i % flows.size()), tariffPct[i], wedgePct[i],
                worldPrice[i], baselineValueUsdM[i], valueUsdM[i], creationUsdM[i], diversionUsdM[i]);
    }

    @Override
    public int size() {
        return tariffPct.length;
    }

    /** Fills a table; {@link #build} hands the arrays over, so a builder makes one table. */
    public static final class Builder {
        private final List<YearMonth> periods;
        private final List<FlowKey> flows;
        private final double[] tariffPct;
        private final double[] wedgePct;
        private final double[] worldPrice;
        private final double[] baselineValueUsdM;
        private final double[] valueUsdM;
        private final double[] creationUsdM;
        private final double[] diversionUsdM;
        private boolean built;

        private Builder(List<YearMonth> periods, List<FlowKey> flows) {
            this.periods = List.copyOf(periods);
            this.flows = List.copyOf(flows);
            long rows = (long) this.periods.size() * this.flows.size();
            if (rows > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(rows + " flow rows (" + this.periods.size() + " periods × "
                        + this.flows.size() + " flows) exceed what one table can hold (" + (Integer.MAX_VALUE - 8) + ")");
            }
            int n = (int) rows;
            tariffPct = new double[n];
            wedgePct = new double[n];
            worldPrice = new double[n];
            baselineValueUsdM = new double[n];
            valueUsdM = new double[n];
            creationUsdM = new double[n];
            diversionUsdM = new double[n];
        }

        /** Sets the row of flow {@code rank} (its place in the flow list) in period {@code t}. */
        public void set(int t, int rank, double tariff, double wedge, double price, double baseline, double value,
                        double creation, double diversion) {
            if (built) throw new IllegalStateException("table already built");
            int i = Objects.checkIndex(t, periods.size()) * flows.size() + Objects.checkIndex(rank, flows.size());
            tariffPct[i] = tariff;
            wedgePct[i] = wedge;
            worldPrice[i] = price;
            baselineValueUsdM[i] = baseline;
            valueUsdM[i] = value;
            creationUsdM[i] = creation;
            diversionUsdM[i] = diversion;
        }

        public FlowTable build() {
            built = true;
            return new FlowTable(this);
        }
    }
}
