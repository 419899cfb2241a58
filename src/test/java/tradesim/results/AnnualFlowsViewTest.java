package tradesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tradesim.model.FlowKey;

/**
 * A run's rows (one block per period, the same flows in each) are summed by a view; rows in any
 * other order by flow. Both must give the same rows, bit for bit.
 */
class AnnualFlowsViewTest {

    private static final List<FlowKey> FLOWS = List.of(new FlowKey("JPN", "USA", "beef"),
            new FlowKey("JPN", "AUS", "beef"), new FlowKey("USA", "JPN", "cars"), new FlowKey("JPN", "JPN", "beef"));

    private static List<FlowRow> blocks(YearMonth start, int periods, int step, long seed) {
        Random random = new Random(seed);
        List<FlowRow> rows = new ArrayList<>();
        for (int t = 0; t < periods; t++) {
            for (FlowKey f : FLOWS) {
                rows.add(new FlowRow(start.plusMonths((long) t * step), f, 38.5 * random.nextDouble(),
                        -random.nextDouble(), 0.9 + 0.2 * random.nextDouble(), 1000 * random.nextDouble(),
                        1000 * random.nextDouble(), random.nextGaussian(), random.nextGaussian()));
            }
        }
        return List.copyOf(rows);
    }

    @Property(tries = 60)
    void theViewAddsUpAsTheSumByFlowDoes(@ForAll @IntRange(min = 1, max = 40) int periods,
                                         @ForAll @IntRange(min = 0, max = 2) int stepKind,
                                         @ForAll @IntRange(min = 1, max = 12) int startMonth) {
        int step = new int[] {1, 3, 12}[stepKind];
        List<FlowRow> rows = blocks(YearMonth.of(2018, startMonth), periods, step, periods * 31L + startMonth);
        // The same rows ordered by flow, then period: not blocks, so summed by flow.
        List<FlowRow> byFlow = new ArrayList<>(rows);
        byFlow.sort(Comparator.comparingInt((FlowRow r) -> FLOWS.indexOf(r.flow())).thenComparing(FlowRow::period));
        List<AnnualFlows.AnnualRow> view = AnnualFlows.of(rows, step);
        List<AnnualFlows.AnnualRow> summed = AnnualFlows.of(byFlow, step);
        assertEquals(summed.size(), view.size());
        for (int i = 0; i < view.size(); i++) assertEquals(summed.get(i), view.get(i), "row " + i);
    }

    @Test
    void aYearOfMonthsSumsToTheMonthsAnnualRates() {
        List<FlowRow> rows = blocks(YearMonth.of(2019, 1), 12, 1, 7);
        AnnualFlows.AnnualRow first = AnnualFlows.of(rows, 1).get(0);
        double expected = 0;
        for (int t = 0; t < 12; t++) expected += rows.get(t * FLOWS.size()).valueUsdM() / 12.0;
        assertEquals(2019, first.year());
        assertEquals(FLOWS.get(0), first.flow());
        assertEquals(12, first.months());
        assertEquals(expected, first.valueUsdM(), 1e-9);
    }
}
