package tradesim.engine.uncertainty;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.commons.math3.random.RandomGenerator;
import tradesim.engine.PathPlan;
import tradesim.engine.Simulation;
import tradesim.engine.SimulationException;
import tradesim.engine.path.NegotiationPath;
import tradesim.model.Dataset;
import tradesim.model.FlowKey;
import tradesim.model.ParameterTable;
import tradesim.model.Scenario;
import tradesim.results.AnnualFlows;
import tradesim.results.BandRow;
import tradesim.results.ChangePercent;
import tradesim.results.RunResult;
import tradesim.results.SafeguardRow;
import tradesim.results.SolverStats;
import tradesim.results.TriggerFrequency;

/**
 * Monte Carlo over paths and parameters (docs/model.md, Negotiation paths and uncertainty). Draw i
 * samples a path, then the uncertain parameters, from its own generator seeded by (seed, i); its
 * baseline uses the same parameters (common random numbers), because both come from one
 * {@link Simulation} with that draw's parameter table.
 *
 * <p>Results are identical for any thread count: percentiles come from integer-count sketches that
 * merge exactly, and means from partial sums over fixed blocks of draws added in block order.
 *
 * <p>The bands are of the series a {@link Banding} names: every flow, or on a large dataset the
 * headline flows and the totals by importer, exporter and product. Then each draw's flows are added
 * up to those series as soon as the draw is done, in one scratch array per worker, so that nothing
 * of the size draws × flows, or block × flows, is ever kept.
 */
public final class MonteCarlo {

    /** Draws per block; fixed so that the order of floating-point additions never depends on threads. */
    static final int BLOCK = 64;

    private final Scenario scenario;
    private final Dataset dataset;
    private final ParameterTable pointParameters;
    private final ParameterSampler sampler;
    private final PathSampler paths;
    private final Map<String, PathPlan> plans = new ConcurrentHashMap<>();
    /** The simulation at the point parameters; each draw derives its own from it. */
    private final Simulation point;
    private final BandSeries series;
    private final CellLayout layout;
    /** [cell] the baseline at the point parameters: the value sketches count it exactly. */
    private final double[] pointBaseline;
    private final double[] pointAnnualBaseline;
    private final boolean safeguards;

    /** Bands for every flow ({@link Banding#PER_FLOW}). */
    public MonteCarlo(Scenario scenario, Dataset dataset) {
        this(scenario, dataset, Banding.PER_FLOW);
    }

    /** Bands for the series {@code banding} names. */
    public MonteCarlo(Scenario scenario, Dataset dataset, Banding banding) {
        this.scenario = scenario;
        this.dataset = dataset;
        this.pointParameters = ParameterTable.point(dataset, scenario);
        this.sampler = new ParameterSampler(scenario.uncertainty().map(u -> u.parameters()).orElse(List.of()));
        this.sampler.checkSupport();
        this.paths = new PathSampler(scenario);
        this.point = new Simulation(scenario, dataset, pointParameters);
        this.series = BandSeries.of(banding, dataset, point.flowOrder());
        this.layout = CellLayout.of(scenario.horizon().periods(), series.keys(), scenario.horizon().periodMonths());
        // The baseline does not depend on the path: any path's plan gives it.
        this.pointBaseline = new double[layout.cells()];
        this.pointAnnualBaseline = new double[layout.annualCells()];
        double[] pointValue = new double[layout.cells()];
        DrawScratch scratch = new DrawScratch();
        point.values(point.plan(new tradesim.engine.path.EventTree(scenario).mostLikely()),
                scratch.value(pointValue), scratch.baseline(pointBaseline));
        scratch.reduce(pointValue, pointBaseline);
        layout.annual(pointValue, pointBaseline, new double[layout.annualCells()], pointAnnualBaseline);
        this.safeguards = scenario.has(tradesim.model.Action.Safeguard.class);
    }

    /**
     * Where {@link Simulation#values} writes one draw: straight into the series arrays when the series
     * are the flows, else into this worker's flow arrays (periods × flows, reused draw after draw),
     * which {@link #reduce} then adds up to the series.
     */
    private final class DrawScratch {
        private final double[] flowValue;
        private final double[] flowBaseline;

        DrawScratch() {
            int flowCells = series.adds() ? layout.periods().size() * point.flowCount() : 0;
            flowValue = new double[flowCells];
            flowBaseline = new double[flowCells];
        }

        double[] value(double[] seriesValue) {
            return series.adds() ? flowValue : seriesValue;
        }

        double[] baseline(double[] seriesBaseline) {
            return series.adds() ? flowBaseline : seriesBaseline;
        }

        void reduce(double[] seriesValue, double[] seriesBaseline) {
            if (series.adds()) series.reduce(flowValue, flowBaseline, layout.periods().size(), seriesValue, seriesBaseline);
        }
    }

    /** Bands per period and per year, path frequencies and solver figures over all draws. */
    public record Summary(long seed, int draws, List<BandRow> bands, List<BandRow> annualBands,
                          Map<String, Long> pathCounts, SolverStats stats, List<TriggerFrequency> triggers) {
    }

    /**
     * What one worker accumulates: its own sketches, its solver figures, and per safeguard and
     * safeguard year the draws that had it in force and those in which it triggered. A draw that
     * changes nothing leaves a change ratio of exactly 1 and, where parameters do not move the
     * baseline, a value of exactly the point baseline: the sketches count those exactly (their atoms).
     */
    private static final class Worker {
        final QuantileSketch[] value;
        final QuantileSketch[] ratio;
        final QuantileSketch[] annualValue;
        final QuantileSketch[] annualRatio;
        final TriggerTally triggered = new TriggerTally();
        SolverStats stats = SolverStats.NONE;

        Worker(double[] pointBaseline, double[] pointAnnualBaseline) {
            value = sketches(pointBaseline);
            ratio = sketches(ones(pointBaseline.length));
            annualValue = sketches(pointAnnualBaseline);
            annualRatio = sketches(ones(pointAnnualBaseline.length));
        }

        private static QuantileSketch[] sketches(double[] atoms) {
            QuantileSketch[] s = new QuantileSketch[atoms.length];
            for (int i = 0; i < atoms.length; i++) s[i] = new QuantileSketch(atoms[i]);
            return s;
        }

        private static double[] ones(int n) {
            double[] a = new double[n];
            java.util.Arrays.fill(a, 1.0);
            return a;
        }
    }

    /**
     * Runs {@code draws} draws on {@code threads} threads; {@code progress} hears the number of
     * finished draws (from worker threads).
     */
    public Summary run(long seed, int draws, int threads, LongConsumer progress) {
        if (draws < 1) throw new IllegalArgumentException("draws must be >= 1: " + draws);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        int cells = layout.cells();
        int annualCells = layout.annualCells();
        int blocks = (draws + BLOCK - 1) / BLOCK;
        OrderedSums sums = new OrderedSums(blocks, 2 * cells + 2 * annualCells);
        long[][] blockPathCounts = new long[blocks][];
        List<String> labels = paths.allLabels();
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        FirstFailure failure = new FirstFailure();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tradesim-draws");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Worker>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    Worker worker = new Worker(pointBaseline, pointAnnualBaseline);
                    // One block's draws are kept and added to the sketches cell by cell: each
                    // sketch's buckets are then touched BLOCK times in a row instead of once per
                    // draw across ~20,000 sketches. Counts are integers, so the order is immaterial.
                    double[][] value = new double[BLOCK][cells];
                    double[][] baseline = new double[BLOCK][cells];
                    double[][] annualValue = new double[BLOCK][annualCells];
                    double[][] annualBaseline = new double[BLOCK][annualCells];
                    DrawScratch scratch = new DrawScratch();
                    RandomGenerator rng = DrawSeeds.generator(seed, 0);
                    // Blocks are claimed in increasing order, and none past a failed draw, so every
                    // draw before the first failure still runs and the failure reported is the first.
                    for (int b = nextBlock.getAndIncrement(); b < blocks && !failure.before(b * BLOCK);
                         b = nextBlock.getAndIncrement()) {
                        double[] blockSums = sums.buffer();
                        long[] counts = new long[labels.size()];
                        int start = b * BLOCK;
                        int end = Math.min(draws, (b + 1) * BLOCK);
                        for (int i = start; i < end; i++) {
                            int k = i - start;
                            try {
                                DrawSeeds.reseed(rng, seed, i);
                                NegotiationPath path = paths.sample(rng);
                                Simulation sim = point.withOverrides(sampler.sample(rng));
                                List<SafeguardRow> rows = safeguards ? new ArrayList<>() : null;
                                SolverStats stats = sim.values(plan(sim, path), scratch.value(value[k]),
                                        scratch.baseline(baseline[k]), rows);
                                worker.stats = worker.stats.plus(stats);
                                if (rows != null) worker.triggered.add(rows);
                                counts[labels.indexOf(path.label())]++;
                            } catch (RuntimeException e) {
                                failure.record(i, e);
                                return worker;
                            }
                            scratch.reduce(value[k], baseline[k]);
                            layout.annual(value[k], baseline[k], annualValue[k], annualBaseline[k]);
                            addToSums(value[k], baseline[k], annualValue[k], annualBaseline[k], blockSums);
                            progress.accept(done.incrementAndGet());
                        }
                        addToSketches(value, baseline, end - start, worker.value, worker.ratio);
                        addToSketches(annualValue, annualBaseline, end - start, worker.annualValue, worker.annualRatio);
                        sums.finish(b, blockSums);
                        blockPathCounts[b] = counts;
                    }
                    return worker;
                }));
            }
            List<Worker> workers = new ArrayList<>();
            for (Future<Worker> f : futures) workers.add(f.get());
            failure.rethrow();
            return summarise(pool, seed, draws, workers, sums.total(), blockPathCounts, labels);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new SimulationException("a Monte Carlo draw failed: " + c, c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The failure of the lowest-numbered draw that failed, so that the error a run reports is the
     * same for any thread count and any timing.
     */
    private static final class FirstFailure {
        private volatile int draw = Integer.MAX_VALUE;
        private RuntimeException error;

        synchronized void record(int i, RuntimeException e) {
            if (i < draw) {
                error = e;
                draw = i;
            }
        }

        /** True if a draw before {@code i} has failed: then draw i is not needed. */
        boolean before(int i) {
            return draw < i;
        }

        synchronized void rethrow() {
            if (error != null) throw error;
        }
    }

    /** Draw {@code i}: its path, then its parameters, from its own generator. */
    public RunResult runDraw(long seed, int i) {
        RandomGenerator rng = DrawSeeds.generator(seed, i);
        NegotiationPath path = paths.sample(rng);
        ParameterTable params = pointParameters.withOverrides(sampler.sample(rng));
        return new Simulation(scenario, dataset, params).run(path);
    }

    /** The plan of a path, made once per distinct path and shared by every draw (and thread) taking it. */
    private PathPlan plan(Simulation sim, NegotiationPath path) {
        return plans.computeIfAbsent(path.label(), l -> sim.plan(path));
    }

    /**
     * Adds one draw to the block's sums, in draw order. Means take {@code change_pct} as
     * {@link ChangePercent} gives it, exactly as the rows of a full run would.
     */
    private static void addToSums(double[] value, double[] baseline, double[] annualValue, double[] annualBaseline,
                                  double[] sums) {
        int cells = value.length;
        int annualCells = annualValue.length;
        for (int c = 0; c < cells; c++) {
            sums[c] += value[c];
            sums[cells + c] += ChangePercent.of(value[c], baseline[c]);
        }
        int base = 2 * cells;
        for (int c = 0; c < annualCells; c++) {
            sums[base + c] += annualValue[c];
            sums[base + annualCells + c] += ChangePercent.of(annualValue[c], annualBaseline[c]);
        }
    }

    /** Cells per tile of {@link #addToSketches}: one cache line of doubles. */
    private static final int TILE = 8;

    /**
     * Adds the first {@code n} draws of a block, cell by cell; percentiles of the change come from
     * value / baseline. A tile of cells is first copied out of the n draw arrays (one cache line of
     * each), so each sketch then takes its n values in a row from one small array.
     */
    private static void addToSketches(double[][] value, double[][] baseline, int n, QuantileSketch[] valueSketch,
                                      QuantileSketch[] ratioSketch) {
        double[] tileValue = new double[TILE * BLOCK];
        double[] tileRatio = new double[TILE * BLOCK];
        int[] buckets = new int[BLOCK];
        int cells = valueSketch.length;
        for (int c0 = 0; c0 < cells; c0 += TILE) {
            int width = Math.min(TILE, cells - c0);
            for (int k = 0; k < n; k++) {
                double[] v = value[k];
                double[] b = baseline[k];
                for (int d = 0; d < width; d++) {
                    tileValue[d * BLOCK + k] = v[c0 + d];
                    tileRatio[d * BLOCK + k] = ratio(v[c0 + d], b[c0 + d]);
                }
            }
            for (int d = 0; d < width; d++) {
                valueSketch[c0 + d].addAll(tileValue, d * BLOCK, n, buckets);
                ratioSketch[c0 + d].addAll(tileRatio, d * BLOCK, n, buckets);
            }
        }
    }

    /**
     * The ordered parallel reduction of the means: each block's sums are added to the total in block
     * order, as soon as every earlier block is in. Per entry that is ((0 + block 0) + block 1) + …,
     * the same additions whatever thread ran which block, without keeping every block's 20,000 sums
     * until the end (live data that each young collection would copy); a folded block's array is
     * handed out again.
     */
    private static final class OrderedSums {
        private final double[] total;
        private final double[][] pending;
        private final ArrayDeque<double[]> free = new ArrayDeque<>();
        private int next;

        OrderedSums(int blocks, int width) {
            total = new double[width];
            pending = new double[blocks][];
        }

        /** A zeroed array for one block's sums. */
        synchronized double[] buffer() {
            double[] b = free.poll();
            if (b == null) return new double[total.length];
            Arrays.fill(b, 0.0);
            return b;
        }

        synchronized void finish(int block, double[] sums) {
            pending[block] = sums;
            while (next < pending.length && pending[next] != null) {
                double[] s = pending[next];
                pending[next] = null;
                for (int i = 0; i < total.length; i++) total[i] += s[i];
                free.push(s);
                next++;
            }
        }

        /** The sums over every block; only once all have finished. */
        synchronized double[] total() {
            if (next != pending.length) throw new IllegalStateException("blocks " + next + " and later are not in");
            return total;
        }
    }

    /**
     * Where a draw's numbers go. Cell t·S + s is period t and series s in {@link BandSeries} order
     * (per flow: the row order of flows.csv, {@link Simulation#values}); annual cell y·S + s is
     * calendar year y of the horizon and the same series, the order of {@link AnnualFlows#of}, and the
     * annual sums are those of {@link AnnualFlows.YearWeights}, exactly as annual.csv adds a flow's
     * periods (a total's year is its period totals so added).
     */
    private record CellLayout(List<YearMonth> periods, List<FlowKey> keys, AnnualFlows.YearWeights years) {
        static CellLayout of(List<YearMonth> periods, List<FlowKey> keys, int periodMonths) {
            return new CellLayout(List.copyOf(periods), keys, AnnualFlows.YearWeights.of(periods, periodMonths));
        }

        int cells() {
            return periods.size() * keys.size();
        }

        int annualCells() {
            return years.years().size() * keys.size();
        }

        YearMonth period(int cell) {
            return periods.get(cell / keys.size());
        }

        FlowKey flow(int cell) {
            return keys.get(cell % keys.size());
        }

        YearMonth january(int annualCell) {
            return YearMonth.of(years.years().get(annualCell / keys.size()), 1);
        }

        void annual(double[] value, double[] baseline, double[] annualValue, double[] annualBaseline) {
            years.sum(value, keys.size(), annualValue);
            years.sum(baseline, keys.size(), annualBaseline);
        }
    }

    /** value / baseline, the positive quantity whose percentiles give change_pct; 1 where baseline is 0. */
    private static double ratio(double value, double baseline) {
        return baseline == 0.0 ? 1.0 : value / baseline;
    }

    /** Cells per task when the summary is spread over the pool. */
    private static final int SUMMARY_CHUNK = 1024;

    /**
     * Means and percentiles per cell. Each cell is independent (its mean from the ordered total, its
     * workers' sketches merged), so chunks of cells run on the pool and write their own slots.
     */
    private Summary summarise(ExecutorService pool, long seed, int draws, List<Worker> workers, double[] sums,
                              long[][] blockPathCounts, List<String> labels)
            throws InterruptedException, ExecutionException {
        int cells = layout.cells();
        int annualCells = layout.annualCells();
        BandRow[] bands = new BandRow[2 * cells];
        BandRow[] annual = new BandRow[2 * annualCells];
        List<Future<?>> tasks = new ArrayList<>();
        for (int lo = 0; lo < cells; lo += SUMMARY_CHUNK) {
            int from = lo;
            int to = Math.min(cells, lo + SUMMARY_CHUNK);
            tasks.add(pool.submit(() -> {
                for (int c = from; c < to; c++) {
                    cellBands(bands, c, layout.period(c), layout.flow(c), sums[c] / draws, sums[cells + c] / draws,
                            merged(workers, w -> w.value, c), merged(workers, w -> w.ratio, c));
                }
            }));
        }
        int base = 2 * cells;
        tasks.add(pool.submit(() -> {
            for (int c = 0; c < annualCells; c++) {
                cellBands(annual, c, layout.january(c), layout.flow(c), sums[base + c] / draws,
                        sums[base + annualCells + c] / draws, merged(workers, w -> w.annualValue, c),
                        merged(workers, w -> w.annualRatio, c));
            }
        }));
        for (Future<?> t : tasks) t.get();
        SolverStats stats = SolverStats.NONE;
        for (Worker w : workers) stats = stats.plus(w.stats);
        Map<String, Long> pathCounts = new LinkedHashMap<>();
        for (String l : labels) pathCounts.put(l, 0L);
        for (long[] b : blockPathCounts) {
            for (int i = 0; i < b.length; i++) pathCounts.merge(labels.get(i), b[i], Long::sum);
        }
        TriggerTally triggered = new TriggerTally();
        for (Worker w : workers) triggered.merge(w.triggered);
        return new Summary(seed, draws, List.of(bands), List.of(annual), pathCounts, stats,
                triggered.frequencies(draws));
    }

    /** Cell c's two rows: the value band, then the change band (percentiles of the change from the ratio). */
    private static void cellBands(BandRow[] out, int c, YearMonth period, FlowKey flow, double meanValue,
                                  double meanChange, QuantileSketch value, QuantileSketch ratio) {
        out[2 * c] = band(period, flow, BandRow.VALUE, meanValue, value, 1.0, 0.0);
        out[2 * c + 1] = band(period, flow, BandRow.CHANGE, meanChange, ratio, 100.0, -100.0);
    }

    /** One cell's sketch over all workers: the first worker's, with the others' counts added. */
    private static QuantileSketch merged(List<Worker> workers, Function<Worker, QuantileSketch[]> kind, int c) {
        QuantileSketch all = kind.apply(workers.get(0))[c];
        for (int w = 1; w < workers.size(); w++) all.merge(kind.apply(workers.get(w))[c]);
        return all;
    }

    /** Percentiles are scale·q + shift of the sketch's quantiles: value as is, change from the ratio. */
    private static BandRow band(YearMonth period, FlowKey flow, String measure, double mean, QuantileSketch s,
                                double scale, double shift) {
        return new BandRow(period, flow, measure, mean, scale * s.quantile(0.05) + shift,
                scale * s.quantile(0.25) + shift, scale * s.quantile(0.50) + shift, scale * s.quantile(0.75) + shift,
                scale * s.quantile(0.95) + shift);
    }
}
