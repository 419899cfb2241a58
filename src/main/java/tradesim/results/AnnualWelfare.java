package tradesim.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Welfare summed by calendar year by the rule annual.csv uses for flows ({@link AnnualFlows}):
 * each period's annual rate × period length / 12.
 */
public final class AnnualWelfare {

    private AnnualWelfare() {
    }

    /** One country's welfare change in one product market over one calendar year, USD million. */
    public record AnnualRow(int year, String country, String product, double consumerSurplusUsdM,
                            double producerSurplusUsdM, double tariffRevenueUsdM, double quotaRentUsdM) {
        public double netUsdM() {
            return consumerSurplusUsdM + producerSurplusUsdM + tariffRevenueUsdM + quotaRentUsdM;
        }
    }

    /** Rows in (year, then the order of {@code rows}) order. */
    public static List<AnnualRow> of(List<WelfareRow> rows, int periodMonths) {
        double w = periodMonths / 12.0;
        Map<Integer, Map<List<String>, double[]>> byYear = new LinkedHashMap<>();
        for (WelfareRow r : rows) {
            double[] acc = byYear.computeIfAbsent(r.period().getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(r.country(), r.product()), k -> new double[4]);
            acc[0] += r.consumerSurplusUsdM() * w;
            acc[1] += r.producerSurplusUsdM() * w;
            acc[2] += r.tariffRevenueUsdM() * w;
            acc[3] += r.quotaRentUsdM() * w;
        }
        List<AnnualRow> out = new ArrayList<>();
        byYear.forEach((year, cells) -> cells.forEach((k, a) -> out.add(new AnnualRow(year, k.get(0), k.get(1),
                a[0], a[1], a[2], a[3]))));
        return List.copyOf(out);
    }
}
