package tradesim.results;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradesim.model.FlowKey;

/**
 * Flows summed by calendar year: each period contributes value × period length / 12 (DESIGN.md,
 * annual.csv). Tariff and world price are the period-length-weighted means over the year's periods
 * in the horizon; change_pct is recomputed from the sums.
 */
public final class AnnualFlows {

    private AnnualFlows() {
    }

    /** One flow in one calendar year; {@code months} is how many months of the year the horizon covers. */
    public record AnnualRow(int year, FlowKey flow, int months, double tariffPct, double worldPrice,
                            double baselineValueUsdM, double valueUsdM, double creationUsdM, double diversionUsdM) {
        public double changePct() {
            return ChangePercent.of(valueUsdM, baselineValueUsdM);
        }
    }

    /** Rows in (year, then the flow order of {@code rows}) order. */
    public static List<AnnualRow> of(List<FlowRow> rows, int periodMonths) {
        Map<Integer, Map<FlowKey, double[]>> byYear = new LinkedHashMap<>();
        for (FlowRow r : rows) {
            YearMonth p = r.period();
            double w = periodMonths / 12.0;
            double[] acc = byYear.computeIfAbsent(p.getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(r.flow(), k -> new double[7]);
            acc[0] += periodMonths;
            acc[1] += r.tariffPct() * periodMonths;
            acc[2] += r.worldPrice() * periodMonths;
            acc[3] += r.baselineValueUsdM() * w;
            acc[4] += r.valueUsdM() * w;
            acc[5] += r.creationUsdM() * w;
            acc[6] += r.diversionUsdM() * w;
        }
        List<AnnualRow> out = new ArrayList<>();
        byYear.forEach((year, flows) -> flows.forEach((k, a) -> out.add(new AnnualRow(year, k, (int) a[0],
                a[1] / a[0], a[2] / a[0], a[3], a[4], a[5], a[6]))));
        return List.copyOf(out);
    }
}
