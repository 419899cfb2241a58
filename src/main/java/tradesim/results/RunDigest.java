package tradesim.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import tradesim.model.FlowKey;

/**
 * What the report, the brief, the charts and the run summary show of one run, gathered once: the
 * headline flows, the year they change most, the flows that change most in each year, each
 * country's welfare change by year, and quick access to the period rows of the few flows a chart
 * draws. A run of a real import has hundreds of thousands of flows; with this digest the cost of
 * those outputs grows with what they show, not with the number of flows.
 *
 * <p>It keeps no copy of the flows: only the run, a few hundred annual rows and one index of the
 * flows. The annual rows it is built from (annual.csv's) are read once and let go.
 */
public final class RunDigest {

    /** How many flows the report lists as the largest movers of a year. */
    public static final int MOVERS = 20;
    /** More headline flows than this make a timeline unreadable at 1200×700. */
    public static final int MAX_HEADLINE = 4;
    /**
     * A run with more flows than this is a large one: its report lists the largest movers rather than
     * every flow (the bundled datasets have at most 61 flows, so their reports never change).
     */
    public static final int MANY_FLOWS = 200;
    /**
     * A dataset with more countries than this is a large one: tables and charts by country show the
     * largest and sum the rest into one line (the bundled datasets have at most 12 countries).
     */
    public static final int MANY_COUNTRIES = 20;
    /** How many countries a table or line by country names before it sums the rest, on a large dataset. */
    public static final int LARGEST_COUNTRIES = 10;
    /** Changes no larger than this (USD million) count as no change at all. */
    private static final double NOTHING = 1e-9;

    /**
     * One country's welfare change in one calendar year, summed over products, USD million in the
     * year: consumer surplus, producer surplus, tariff revenue and the quota rent it holds, each
     * summed as period rate × months / 12.
     */
    public record CountryWelfare(double consumerSurplusUsdM, double producerSurplusUsdM, double tariffRevenueUsdM,
                                 double quotaRentUsdM) {
        /** The net change, as welfare.csv's net_usd_m: the four parts added up. */
        public double netUsdM() {
            return consumerSurplusUsdM + producerSurplusUsdM + tariffRevenueUsdM + quotaRentUsdM;
        }
    }

    private final RunResult run;
    private final List<FlowKey> flows;
    /** Each flow's place in a period's block of rows, when every period lists the flows in one order; else empty. */
    private final Map<FlowKey, Integer> blockIndex;
    private final List<FlowKey> headline;
    private final int keyYear;
    private final Map<FlowKey, List<AnnualFlows.AnnualRow>> headlineAnnual;
    private final Map<Integer, List<AnnualFlows.AnnualRow>> movers;
    private final Map<Integer, Map<String, CountryWelfare>> welfare;

    private RunDigest(RunResult run, List<FlowKey> flows, Map<FlowKey, Integer> blockIndex, List<FlowKey> headline,
                      int keyYear, Map<FlowKey, List<AnnualFlows.AnnualRow>> headlineAnnual,
                      Map<Integer, List<AnnualFlows.AnnualRow>> movers,
                      Map<Integer, Map<String, CountryWelfare>> welfare) {
        this.run = run;
        this.flows = flows;
        this.blockIndex = blockIndex;
        this.headline = headline;
        this.keyYear = keyYear;
        this.headlineAnnual = headlineAnnual;
        this.movers = movers;
        this.welfare = welfare;
    }

    /** The digest of a run, summing its flows by year for the purpose. */
    public static RunDigest of(RunResult run) {
        return of(run, AnnualFlows.of(run.flows(), run.scenario().horizon().periodMonths()));
    }

    /** @param annual the run's flows summed by year, {@link AnnualFlows#of} of its rows (as annual.csv has them) */
    public static RunDigest of(RunResult run, List<AnnualFlows.AnnualRow> annual) {
        List<FlowRow> rows = run.flows();
        Map<FlowKey, Integer> blockIndex = blockIndex(rows);
        List<FlowKey> flows = blockIndex.isEmpty() ? distinctFlows(rows) : List.copyOf(blockIndex.keySet());
        Set<FlowKey> present = blockIndex.isEmpty() ? new HashSet<>(flows) : blockIndex.keySet();

        int lastYear = annual.isEmpty() ? 0 : annual.get(annual.size() - 1).year();
        Map<Integer, Largest> byChange = new LinkedHashMap<>();
        Map<Integer, Integer> yearMonths = new LinkedHashMap<>();
        Largest byBaseline = new Largest(MAX_HEADLINE);
        // The rows come year by year, so the year's entries are looked up once per year, not per row.
        int year = Integer.MIN_VALUE;
        Largest ofYear = null;
        int months = 0;
        for (int i = 0; i < annual.size(); i++) {
            AnnualFlows.AnnualRow a = annual.get(i);
            if (a.year() != year) {
                if (ofYear != null) yearMonths.merge(year, months, Math::max);
                year = a.year();
                ofYear = byChange.computeIfAbsent(year, y -> new Largest(MOVERS));
                months = 0;
            }
            months = Math.max(months, a.months());
            if (a.flow().isDomestic()) continue;
            ofYear.offer(a, i, change(a));
            if (year == lastYear) byBaseline.offer(a, i, a.baselineValueUsdM());
        }
        if (ofYear != null) yearMonths.merge(year, months, Math::max);
        Map<Integer, List<AnnualFlows.AnnualRow>> movers = new LinkedHashMap<>();
        byChange.forEach((y, largest) -> movers.put(y, largest.rows()));

        List<FlowKey> headline = headline(run, present, movers.getOrDefault(lastYear, List.of()), byBaseline.rows());
        List<AnnualFlows.AnnualRow> headlineRows = headlineRows(annual, headline, flows, blockIndex, byChange.size());
        Map<FlowKey, List<AnnualFlows.AnnualRow>> headlineAnnual = new LinkedHashMap<>();
        for (FlowKey k : headline) headlineAnnual.put(k, new ArrayList<>());
        for (AnnualFlows.AnnualRow a : headlineRows) headlineAnnual.get(a.flow()).add(a);
        headlineAnnual.replaceAll((k, v) -> List.copyOf(v));
        int keyYear;
        if (annual.isEmpty()) {
            keyYear = run.scenario().horizon().end().getYear();
        } else {
            // Without headline flows every trade flow counts, so KeyYear reads them all.
            keyYear = headline.isEmpty() ? KeyYear.of(annual, headline)
                    : KeyYear.of(headlineRows, headline, yearMonths);
        }
        return new RunDigest(run, flows, blockIndex, headline, keyYear, Collections.unmodifiableMap(headlineAnnual),
                Collections.unmodifiableMap(movers), welfare(run));
    }

    /**
     * The scenario's own headline flows that the run has (at most {@link #MAX_HEADLINE}); without
     * them, the trade flows with the largest absolute change from baseline in the last year, largest
     * first; when nothing changes, the largest trade flows, so the charts still show the market.
     */
    private static List<FlowKey> headline(RunResult run, Set<FlowKey> present, List<AnnualFlows.AnnualRow> lastMovers,
                                          List<AnnualFlows.AnnualRow> lastLargest) {
        // A scenario may name a flow twice; a chart series must appear once.
        List<FlowKey> named = run.scenario().headline().stream().filter(present::contains).distinct()
                .limit(MAX_HEADLINE).toList();
        if (!named.isEmpty()) return named;
        boolean anyChange = !lastMovers.isEmpty() && change(lastMovers.get(0)) > NOTHING;
        return (anyChange ? lastMovers : lastLargest).stream()
                .filter(a -> (anyChange ? change(a) : a.baselineValueUsdM()) > NOTHING).limit(MAX_HEADLINE)
                .map(AnnualFlows.AnnualRow::flow).toList();
    }

    private static double change(AnnualFlows.AnnualRow a) {
        return Math.abs(a.valueUsdM() - a.baselineValueUsdM());
    }

    /**
     * The annual rows of the headline flows, in the order of {@code annual}. When each year of
     * {@code annual} is one block of every flow in block order, they are picked by index, so the
     * annual table is not read a second time (it may sum each row as it is read); otherwise by a scan.
     */
    private static List<AnnualFlows.AnnualRow> headlineRows(List<AnnualFlows.AnnualRow> annual, List<FlowKey> headline,
                                                            List<FlowKey> flows, Map<FlowKey, Integer> blockIndex,
                                                            int years) {
        List<AnnualFlows.AnnualRow> out = new ArrayList<>();
        if (headline.isEmpty()) return out;
        int n = blockIndex.size();
        if (n > 0 && annual.size() == (long) n * years) {
            int[] at = headline.stream().mapToInt(blockIndex::get).sorted().toArray();
            for (int start = 0; start < annual.size(); start += n) {
                for (int i : at) out.add(annual.get(start + i));
            }
            boolean aligned = true;
            for (int i = 0; i < out.size() && aligned; i++) {
                aligned = out.get(i).flow().equals(flows.get(at[i % at.length]));
            }
            if (aligned) return out;
            out.clear();
        }
        Set<FlowKey> wanted = new HashSet<>(headline);
        for (AnnualFlows.AnnualRow a : annual) if (wanted.contains(a.flow())) out.add(a);
        return out;
    }

    /**
     * Each flow's index in a period's block of rows, when the rows come in {@link RowBlocks} (as the
     * engine writes them); empty otherwise, and for a run without flows.
     */
    private static Map<FlowKey, Integer> blockIndex(List<FlowRow> rows) {
        Optional<RowBlocks> blocks = RowBlocks.of(rows);
        if (blocks.isEmpty()) return Map.of();
        List<FlowKey> flows = blocks.get().flows();
        Map<FlowKey, Integer> index = new LinkedHashMap<>(2 * flows.size());
        for (int i = 0; i < flows.size(); i++) index.put(flows.get(i), i);
        return Collections.unmodifiableMap(index);
    }

    private static List<FlowKey> distinctFlows(List<FlowRow> rows) {
        Set<FlowKey> seen = new LinkedHashSet<>();
        for (FlowRow r : rows) seen.add(r.flow());
        return List.copyOf(seen);
    }

    /** Welfare by year (in row order) and country (in dataset order, unknown codes last). */
    private static Map<Integer, Map<String, CountryWelfare>> welfare(RunResult run) {
        double w = run.scenario().horizon().periodMonths() / 12.0;
        Map<Integer, Map<String, double[]>> sums = new LinkedHashMap<>();
        for (WelfareRow r : run.welfare()) {
            double[] v = sums.computeIfAbsent(r.period().getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(r.country(), c -> new double[4]);
            v[0] += r.consumerSurplusUsdM() * w;
            v[1] += r.producerSurplusUsdM() * w;
            v[2] += r.tariffRevenueUsdM() * w;
            v[3] += r.quotaRentUsdM() * w;
        }
        Comparator<String> datasetOrder = Comparator.comparingInt(c -> {
            int i = run.dataset().countryIndex(c);
            return i < 0 ? Integer.MAX_VALUE : i;
        });
        Map<Integer, Map<String, CountryWelfare>> out = new LinkedHashMap<>();
        sums.forEach((year, byCountry) -> {
            List<String> order = new ArrayList<>(byCountry.keySet());
            order.sort(datasetOrder); // stable: codes the dataset does not list keep the order of their rows
            Map<String, CountryWelfare> m = new LinkedHashMap<>();
            for (String c : order) {
                double[] v = byCountry.get(c);
                m.put(c, new CountryWelfare(v[0], v[1], v[2], v[3]));
            }
            out.put(year, Collections.unmodifiableMap(m));
        });
        return Collections.unmodifiableMap(out);
    }

    /** The run the digest describes. */
    public RunResult run() {
        return run;
    }

    /** Every flow of the run once, in row (dataset) order. */
    public List<FlowKey> flows() {
        return flows;
    }

    /** How many flows the run has. */
    public int flowCount() {
        return flows.size();
    }

    /** Whether the run has more flows than a report can list ({@link #MANY_FLOWS}). */
    public boolean manyFlows() {
        return flows.size() > MANY_FLOWS;
    }

    /** Whether the dataset has more countries than a table or chart can show one by one ({@link #MANY_COUNTRIES}). */
    public boolean manyCountries() {
        return run.dataset().countries().size() > MANY_COUNTRIES;
    }

    /**
     * The flows the charts and tables feature: the scenario's own {@code headline} flows that the run
     * has (at most {@link #MAX_HEADLINE}); without them, the trade flows with the largest absolute
     * change from baseline in the last year, largest first; when nothing changes, the largest trade
     * flows, so the charts still show the market.
     */
    public List<FlowKey> headline() {
        return headline;
    }

    /** The year a summary shows when the user names none ({@link KeyYear} of the headline flows). */
    public int keyYear() {
        return keyYear;
    }

    /**
     * The trade flows (not domestic sales) that change most in {@code year}: at most {@link #MOVERS},
     * largest absolute change from baseline first, dataset order among equal changes; flows that do
     * not change are left out.
     */
    public List<AnnualFlows.AnnualRow> movers(int year) {
        return movers.getOrDefault(year, List.of()).stream()
                .filter(a -> change(a) > NOTHING).toList();
    }

    /** A flow's rows by calendar year, in year order: kept for the headline flows, summed on demand for others. */
    public List<AnnualFlows.AnnualRow> annualOf(FlowKey flow) {
        List<AnnualFlows.AnnualRow> kept = headlineAnnual.get(flow);
        return kept != null ? kept : AnnualFlows.of(rowsOf(flow), run.scenario().horizon().periodMonths());
    }

    /** A flow's row in one calendar year, if the run has it. */
    public Optional<AnnualFlows.AnnualRow> inYear(FlowKey flow, int year) {
        return annualOf(flow).stream().filter(a -> a.year() == year).findFirst();
    }

    /**
     * A flow's row in one calendar year of a run that has no digest, such as another path of a tree:
     * only that flow's rows are summed.
     */
    public static Optional<AnnualFlows.AnnualRow> flowInYear(RunResult run, FlowKey flow, int year) {
        List<FlowRow> rows = new ArrayList<>();
        for (FlowRow r : run.flows()) if (r.flow().equals(flow)) rows.add(r);
        return AnnualFlows.of(rows, run.scenario().horizon().periodMonths()).stream().filter(a -> a.year() == year)
                .findFirst();
    }

    /** The period rows of one flow, in period order. */
    public List<FlowRow> rowsOf(FlowKey flow) {
        return rowsOf(List.of(flow));
    }

    /**
     * The period rows of the given flows in the run's own row order (period, then dataset order), as
     * if the run's rows were filtered to them; flows the run does not have are ignored.
     */
    public List<FlowRow> rowsOf(List<FlowKey> wanted) {
        List<FlowRow> rows = run.flows();
        List<FlowRow> out = new ArrayList<>();
        if (blockIndex.isEmpty()) {
            Set<FlowKey> set = new HashSet<>(wanted);
            for (FlowRow r : rows) if (set.contains(r.flow())) out.add(r);
            return out;
        }
        int[] at = wanted.stream().map(blockIndex::get).filter(i -> i != null).distinct().mapToInt(Integer::intValue)
                .sorted().toArray();
        int n = blockIndex.size();
        for (int start = 0; start < rows.size(); start += n) {
            for (int i : at) out.add(rows.get(start + i));
        }
        return out;
    }

    /** Whether any country holds a quota rent in any year: then tables and charts show it as a part of net. */
    public boolean hasQuotaRent() {
        return run.welfare().stream().anyMatch(r -> r.quotaRentUsdM() != 0);
    }

    /** The calendar years that have welfare rows, in order. */
    public List<Integer> welfareYears() {
        return List.copyOf(welfare.keySet());
    }

    /** Each country's welfare change in {@code year}, countries in dataset order; empty for a year without rows. */
    public Map<String, CountryWelfare> welfare(int year) {
        return welfare.getOrDefault(year, Map.of());
    }

    /**
     * The countries of {@link #welfare(int)} with the largest absolute {@code measure} in {@code year},
     * largest first (dataset order among equals), at most {@code limit}.
     */
    public List<String> largestWelfare(int year, ToDoubleFunction<CountryWelfare> measure, int limit) {
        List<String> order = new ArrayList<>(welfare(year).keySet());
        order.sort(Comparator.comparingDouble((String c) -> -Math.abs(measure.applyAsDouble(welfare(year).get(c)))));
        return List.copyOf(order.subList(0, Math.min(limit, order.size())));
    }

    /**
     * The largest rows by some measure, kept while the rows stream past: a bounded heap whose root is
     * the row to drop next (the smallest measure, the later row on a tie), so the result is what a
     * stable sort of every row by measure, largest first, would start with.
     */
    private static final class Largest {
        private record Entry(AnnualFlows.AnnualRow row, int position, double measure) {
        }

        private static final Comparator<Entry> DROP_FIRST = Comparator.comparingDouble(Entry::measure)
                .thenComparing(Comparator.comparingInt(Entry::position).reversed());

        private final int limit;
        private final PriorityQueue<Entry> heap;

        Largest(int limit) {
            this.limit = limit;
            this.heap = new PriorityQueue<>(limit + 1, DROP_FIRST);
        }

        void offer(AnnualFlows.AnnualRow row, int position, double measure) {
            if (Double.isNaN(measure)) return;
            if (heap.size() < limit) {
                heap.add(new Entry(row, position, measure));
            } else if (measure > heap.peek().measure()) {
                heap.poll();
                heap.add(new Entry(row, position, measure));
            }
        }

        List<AnnualFlows.AnnualRow> rows() {
            List<Entry> sorted = new ArrayList<>(heap);
            sorted.sort(DROP_FIRST.reversed());
            return sorted.stream().map(Entry::row).toList();
        }
    }
}
