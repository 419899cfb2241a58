package tradesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradesim.model.FlowKey;

class FlowTableTest {

    private static final List<YearMonth> PERIODS = List.of(YearMonth.of(2018, 1), YearMonth.of(2019, 1));
    private static final List<FlowKey> FLOWS = List.of(new FlowKey("JPN", "USA", "beef"),
            new FlowKey("USA", "JPN", "cars"), new FlowKey("JPN", "AUS", "beef"));

    @Test
    void rowsReadBackByPeriodThenFlowAsTheyWereSet() {
        FlowTable.Builder b = FlowTable.builder(PERIODS, FLOWS);
        for (int t = 0; t < 2; t++) {
            for (int f = 2; f >= 0; f--) b.set(t, f, t, -0.0, 1 + f, 10 * t + f, 100 * t + f, -f, f * 0.5);
        }
        FlowTable table = b.build();
        assertEquals(6, table.size());
        FlowRow r = table.get(4);   // period 1, flow 1
        assertEquals(new FlowRow(PERIODS.get(1), FLOWS.get(1), 1, -0.0, 2, 11, 101, -1, 0.5), r);
        assertSame(FLOWS.get(1), r.flow(), "keys are shared, not copied");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(table.get(0).wedgePct()));
        assertEquals(List.copyOf(table), table, "equal to the same rows as objects");
    }

    @Test
    void theTableCannotBeChangedOnceBuilt() {
        FlowTable.Builder b = FlowTable.builder(PERIODS, FLOWS);
        FlowTable table = b.build();
        assertThrows(IllegalStateException.class, () -> b.set(0, 0, 1, 0, 1, 1, 1, 0, 0));
        assertThrows(UnsupportedOperationException.class, () -> table.set(0, table.get(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> table.get(6));
        assertThrows(IndexOutOfBoundsException.class, () -> FlowTable.builder(PERIODS, FLOWS).set(0, 3, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aTableIsReadByPositionAndSumsByYearAsItsRowsAsObjectsDo() {
        FlowTable.Builder b = FlowTable.builder(List.of(YearMonth.of(2018, 7), YearMonth.of(2018, 10),
                YearMonth.of(2019, 1)), FLOWS);
        for (int t = 0; t < 3; t++) {
            for (int f = 0; f < 3; f++) b.set(t, f, 10 + t, 0, 1, 100 + f, 100 + f + 7.3 * t, 0.5 * t, -0.25 * f);
        }
        FlowTable table = b.build();
        // List.copyOf is no table: its layout is found by reading the rows.
        assertEquals(AnnualFlows.of(List.copyOf(table), 3), AnnualFlows.of(table, 3));
        assertEquals(6, AnnualFlows.of(table, 3).size());
    }

    @Test
    void aTableListsEachPeriodAndFlowOnce() {
        List<FlowKey> twice = List.of(FLOWS.get(0), FLOWS.get(1), FLOWS.get(0));
        assertThrows(IllegalArgumentException.class, () -> FlowTable.builder(PERIODS, twice));
        assertThrows(IllegalArgumentException.class,
                () -> FlowTable.builder(List.of(PERIODS.get(0), PERIODS.get(0)), FLOWS));
    }
}
