package tradesim.results;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tradesim.model.FlowKey;

/**
 * How flow rows are laid out when they come as a run writes them: one block per period, periods
 * distinct and in order, each block listing the same distinct flows in the same order. Then row
 * t · flows + f is flow f in period t, and readers can go by position instead of hashing keys.
 */
record RowBlocks(List<YearMonth> periods, List<FlowKey> flows) {

    RowBlocks {
        periods = List.copyOf(periods);
        flows = List.copyOf(flows);
    }

    /**
     * The layout of {@code rows}, or empty when they are not in blocks (a filtered or re-sorted
     * list, a flow twice in one period) or there are none. A {@link FlowTable} is in blocks by
     * construction and answers at once; any other list is checked row by row.
     */
    static Optional<RowBlocks> of(List<FlowRow> rows) {
        if (rows.isEmpty()) return Optional.empty();
        if (rows instanceof FlowTable t) return Optional.of(new RowBlocks(t.periods(), t.flows()));
        YearMonth first = rows.get(0).period();
        int width = 0;
        while (width < rows.size() && rows.get(width).period().equals(first)) width++;
        if (rows.size() % width != 0) return Optional.empty();
        List<FlowKey> flows = new ArrayList<>(width);
        for (int r = 0; r < width; r++) flows.add(rows.get(r).flow());
        if (new HashSet<>(flows).size() != width) return Optional.empty();
        List<YearMonth> periods = new ArrayList<>();
        Set<YearMonth> seen = new HashSet<>();
        for (int b = 0; b < rows.size(); b += width) {
            YearMonth period = rows.get(b).period();
            if (!seen.add(period)) return Optional.empty();
            periods.add(period);
            for (int r = 0; r < width; r++) {
                FlowRow row = rows.get(b + r);
                FlowKey flow = flows.get(r);
                if (!row.period().equals(period) || (row.flow() != flow && !row.flow().equals(flow))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new RowBlocks(periods, flows));
    }
}
