package tradesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradesim.model.FlowKey;

/** The year a summary shows by default: the complete year in which the chosen flows change most. */
class KeyYearTest {

    private static final FlowKey BEEF = new FlowKey("JPN", "USA", "beef");
    private static final FlowKey CARS = new FlowKey("USA", "JPN", "cars");

    private static AnnualFlows.AnnualRow row(int year, FlowKey k, int months, double baseline, double value) {
        return new AnnualFlows.AnnualRow(year, k, months, 0, 0, 1, baseline, value, 0, 0);
    }

    @Test
    void theYearOfTheLargestChangeOfTheChosenFlowsWins() {
        List<AnnualFlows.AnnualRow> rows = new ArrayList<>();
        for (int y = 2018; y <= 2030; y++) {
            double beefChange = y >= 2019 && y <= 2021 ? 10 * (y - 2018) : 0; // a commitment that ends in 2021
            rows.add(row(y, BEEF, 12, 100, 100 + beefChange));
            rows.add(row(y, CARS, 12, 1000, 1000 + (y == 2030 ? 500 : 0)));
        }
        assertEquals(2021, KeyYear.of(rows, List.of(BEEF)));
        assertEquals(2030, KeyYear.of(rows, List.of(CARS)));
        assertEquals(2030, KeyYear.of(rows, List.of()), "no flows named: every cross-border flow");
    }

    @Test
    void tiesGoToTheEarliestYearAndPartialYearsDoNotCount() {
        List<AnnualFlows.AnnualRow> rows = List.of(row(2018, BEEF, 6, 100, 900), row(2019, BEEF, 12, 100, 110),
                row(2020, BEEF, 12, 100, 90), row(2021, BEEF, 3, 100, 100));
        assertEquals(2019, KeyYear.of(rows, List.of(BEEF)));
    }

    @Test
    void withoutAnyChangeTheLastCompleteYearIsShown() {
        List<AnnualFlows.AnnualRow> rows = List.of(row(2018, BEEF, 12, 100, 100), row(2019, BEEF, 12, 100, 100),
                row(2020, BEEF, 5, 100, 100));
        assertEquals(2019, KeyYear.of(rows, List.of(BEEF)));
    }
}
