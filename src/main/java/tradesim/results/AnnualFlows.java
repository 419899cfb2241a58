package tradesim.results;

import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import tradesim.model.FlowKey;

/**
 * Flows summed by calendar year: each period contributes value × period length / 12 (docs/model.md,
 * Outputs: annual.csv). Tariff, wedge and world price are the period-length-weighted means over the year's periods
 * in the horizon; change_pct is recomputed from the sums.
 */
public final class AnnualFlows {

    private AnnualFlows() {
    }

    /** One flow in one calendar year; {@code months} is how many months of the year the horizon covers. */
    public record AnnualRow(int year, FlowKey flow, int months, double tariffPct, double wedgePct, double worldPrice,
                            double baselineValueUsdM, double valueUsdM, double creationUsdM, double diversionUsdM) {
        public double changePct() {
            return ChangePercent.of(valueUsdM, baselineValueUsdM);
        }
    }

    /**
     * Rows in (year, then the flow order of {@code rows}) order. A run's rows come as one block per
     * period, each with the same flows in the same order; then the result is a view that sums a
     * row's year when it is read (at most twelve periods), so the annual table of a run with millions
     * of rows costs no memory and no hashing. Rows in any other shape are summed by flow.
     */
    public static List<AnnualRow> of(List<FlowRow> rows, int periodMonths) {
        List<FlowRow> all = rows instanceof RandomAccess ? rows : List.copyOf(rows);
        Optional<RowBlocks> blocks = RowBlocks.of(all);
        if (blocks.isEmpty()) return byFlow(all, periodMonths);
        List<YearMonth> periods = blocks.get().periods();
        List<FlowKey> flows = blocks.get().flows();
        YearWeights weights = YearWeights.of(periods, periodMonths);
        int width = flows.size();
        int[][] periodsOfYear = new int[weights.years().size()][];
        for (int y = 0; y < periodsOfYear.length; y++) {
            int year = y;
            periodsOfYear[y] = IntStream.range(0, periods.size()).filter(t -> weights.yearOf(t) == year).toArray();
        }
        return new AbstractList<>() {
            @Override
            public AnnualRow get(int index) {
                int y = Objects.checkIndex(index, size()) / width;
                int at = index % width;
                double[] acc = new double[8];
                for (int t : periodsOfYear[y]) accumulate(acc, all.get(t * width + at), periodMonths, weights);
                return row(weights.years().get(y), flows.get(at), acc);
            }

            @Override
            public int size() {
                return periodsOfYear.length * width;
            }
        };
    }

    /** The general case: rows summed by (year, flow), flows in order of first appearance in each year. */
    private static List<AnnualRow> byFlow(List<FlowRow> rows, int periodMonths) {
        Map<YearMonth, Integer> periodIndex = new LinkedHashMap<>();
        for (FlowRow r : rows) periodIndex.putIfAbsent(r.period(), periodIndex.size());
        YearWeights weights = YearWeights.of(List.copyOf(periodIndex.keySet()), periodMonths);
        List<Map<FlowKey, double[]>> byYear = new ArrayList<>();
        for (int y = 0; y < weights.years().size(); y++) byYear.add(new LinkedHashMap<>());
        for (FlowRow r : rows) {
            accumulate(byYear.get(weights.yearOf(periodIndex.get(r.period()))).computeIfAbsent(r.flow(), k -> new double[8]),
                    r, periodMonths, weights);
        }
        List<AnnualRow> out = new ArrayList<>();
        for (int y = 0; y < byYear.size(); y++) {
            int year = weights.years().get(y);
            byYear.get(y).forEach((k, a) -> out.add(row(year, k, a)));
        }
        return List.copyOf(out);
    }

    /** Adds one period's row to its year's sums: months, then month-weighted rates, then weighted values. */
    private static void accumulate(double[] acc, FlowRow r, int periodMonths, YearWeights weights) {
        acc[0] += periodMonths;
        acc[1] += r.tariffPct() * periodMonths;
        acc[2] += r.worldPrice() * periodMonths;
        acc[3] += weights.weighted(r.baselineValueUsdM());
        acc[4] += weights.weighted(r.valueUsdM());
        acc[5] += weights.weighted(r.creationUsdM());
        acc[6] += weights.weighted(r.diversionUsdM());
        acc[7] += r.wedgePct() * periodMonths;
    }

    private static AnnualRow row(int year, FlowKey flow, double[] a) {
        return new AnnualRow(year, flow, (int) a[0], a[1] / a[0], a[7] / a[0], a[2] / a[0], a[3], a[4], a[5], a[6]);
    }

    /**
     * The calendar years that a horizon's periods fall in, and what each period adds to its year:
     * a period's value is an annual rate, so it counts value × months / 12, and a year's sum is
     * those contributions added period by period from 0. annual.csv and the annual Monte Carlo
     * bands both sum this way, so they agree to the last bit.
     */
    public static final class YearWeights {

        private final List<Integer> years;
        private final int[] yearOfPeriod;
        private final double share;

        private YearWeights(List<Integer> years, int[] yearOfPeriod, double share) {
            this.years = years;
            this.yearOfPeriod = yearOfPeriod;
            this.share = share;
        }

        /** @param periods the horizon's periods, each once */
        public static YearWeights of(List<YearMonth> periods, int periodMonths) {
            Map<Integer, Integer> index = new LinkedHashMap<>();
            int[] yearOf = new int[periods.size()];
            for (int t = 0; t < yearOf.length; t++) {
                yearOf[t] = index.computeIfAbsent(periods.get(t).getYear(), y -> index.size());
            }
            return new YearWeights(List.copyOf(index.keySet()), yearOf, periodMonths / 12.0);
        }

        /** The calendar years, in order of their first period. */
        public List<Integer> years() {
            return years;
        }

        /** The index in {@link #years} of period t's year. */
        public int yearOf(int period) {
            return yearOfPeriod[period];
        }

        /** What one period with this annual rate adds to its year's sum. */
        public double weighted(double annualRate) {
            return annualRate * share;
        }

        /**
         * Year sums of values laid out period by period, {@code width} to a period: cell y·width + r
         * of {@code perYear} becomes the sum over the periods t of year y of
         * weighted(perPeriod[t·width + r]), as {@link AnnualFlows#of} adds them.
         */
        public void sum(double[] perPeriod, int width, double[] perYear) {
            Arrays.fill(perYear, 0, years.size() * width, 0.0);
            for (int t = 0; t < yearOfPeriod.length; t++) {
                int from = t * width;
                int to = yearOfPeriod[t] * width;
                for (int r = 0; r < width; r++) perYear[to + r] += weighted(perPeriod[from + r]);
            }
        }
    }
}
