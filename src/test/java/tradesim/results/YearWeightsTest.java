package tradesim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradesim.model.FlowKey;
import tradesim.results.AnnualFlows.AnnualRow;
import tradesim.results.AnnualFlows.YearWeights;

class YearWeightsTest {

    private static List<YearMonth> quarters(String from, int count) {
        List<YearMonth> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(YearMonth.parse(from).plusMonths(3L * i));
        return out;
    }

    @Test
    void periodsFallInTheirCalendarYearAndCountMonthsOverTwelve() {
        // Quarters from 2018-10: one in 2018, four in 2019, one in 2020.
        YearWeights w = YearWeights.of(quarters("2018-10", 6), 3);
        assertEquals(List.of(2018, 2019, 2020), w.years());
        assertEquals(List.of(0, 1, 1, 1, 1, 2), List.of(w.yearOf(0), w.yearOf(1), w.yearOf(2), w.yearOf(3),
                w.yearOf(4), w.yearOf(5)));
        assertEquals(25.0, w.weighted(100.0), 0.0);
        // A constant annual rate sums to the rate times the share of the year covered.
        double[] perPeriod = {100, 100, 100, 100, 100, 100};
        double[] perYear = {-1, -1, -1, 99};
        w.sum(perPeriod, 1, perYear);
        assertEquals(List.of(25.0, 100.0, 25.0, 99.0), List.of(perYear[0], perYear[1], perYear[2], perYear[3]),
                "years summed from 0; cells past the last year untouched");
    }

    @Test
    void laidOutSumsEqualTheAnnualRowsToTheBit() {
        List<YearMonth> periods = new ArrayList<>();
        for (int i = 0; i < 30; i++) periods.add(YearMonth.of(2018, 5).plusMonths(i));
        FlowKey a = new FlowKey("JPN", "USA", "beef");
        FlowKey b = new FlowKey("JPN", "AUS", "beef");
        double[] value = new double[periods.size() * 2];
        double[] baseline = new double[periods.size() * 2];
        List<FlowRow> rows = new ArrayList<>();
        for (int t = 0; t < periods.size(); t++) {
            for (int r = 0; r < 2; r++) {
                value[2 * t + r] = 1000.0 / (1 + t * 0.37 + r) + Math.sqrt(t + 2.0);
                baseline[2 * t + r] = 900.0 + Math.log(t + 3.0 + r);
                rows.add(new FlowRow(periods.get(t), r == 0 ? a : b, 10, 1, baseline[2 * t + r], value[2 * t + r], 0, 0));
            }
        }
        YearWeights w = YearWeights.of(periods, 1);
        double[] annualValue = new double[w.years().size() * 2];
        double[] annualBaseline = new double[w.years().size() * 2];
        w.sum(value, 2, annualValue);
        w.sum(baseline, 2, annualBaseline);
        List<AnnualRow> annual = AnnualFlows.of(rows, 1);
        assertEquals(annualValue.length, annual.size());
        for (int i = 0; i < annual.size(); i++) {
            assertEquals(annualValue[i], annual.get(i).valueUsdM(), 0.0);
            assertEquals(annualBaseline[i], annual.get(i).baselineValueUsdM(), 0.0);
            assertEquals(w.years().get(i / 2), annual.get(i).year());
        }
        assertEquals(List.of(8, 12, 10), List.of(annual.get(0).months(), annual.get(2).months(), annual.get(4).months()));
    }
}
