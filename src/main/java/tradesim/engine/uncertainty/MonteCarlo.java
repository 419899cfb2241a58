package tradesim.engine.uncertainty;

import java.time.YearMonth;
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
import tradesim.results.AnnualFlows.AnnualRow;
import tradesim.results.BandRow;
import tradesim.results.ChangePercent;
import tradesim.results.FlowRow;
import tradesim.results.RunResult;
import tradesim.results.SolverStats;

/**
 * Monte Carlo over paths and parameters (DESIGN.md, Negotiation paths and uncertainty). Draw i
 * samples a path, then the uncertain parameters, from its own generator seeded by (seed, i); its
 * baseline uses the same parameters (common random numbers), because both come from one
 * {@link Simulation} with that draw's parameter table.
 *
 * <p>Results are identical for any thread count: percentiles come from integer-count sketches that
 * merge exactly, and means from partial sums over fixed blocks of draws added in block order.
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

    public MonteCarlo(Scenario scenario, Dataset dataset) {
        this.scenario = scenario;
        this.dataset = dataset;
        this.pointParameters = new ParameterTable(dataset.parameters()).withOverrides(scenario.parameters());
        this.sampler = new ParameterSampler(scenario.uncertainty().map(u -> u.parameters()).orElse(List.of()));
        this.sampler.checkSupport();
        this.paths = new PathSampler(scenario);
        this.point = new Simulation(scenario, dataset, pointParameters);
    }

    /** Bands per period and per year, path frequencies and solver figures over all draws. */
    public record Summary(long seed, int draws, List<BandRow> bands, List<BandRow> annualBands,
                          Map<String, Long> pathCounts, SolverStats stats) {
    }

    /** What one worker accumulates: its own sketches and its solver figures. */
    private static final class Worker {
        final QuantileSketch[] value;
        final QuantileSketch[] ratio;
        final QuantileSketch[] annualValue;
        final QuantileSketch[] annualRatio;
        SolverStats stats = SolverStats.NONE;

        Worker(int cells, int annualCells) {
            value = sketches(cells);
            ratio = sketches(cells);
            annualValue = sketches(annualCells);
            annualRatio = sketches(annualCells);
        }

        private static QuantileSketch[] sketches(int n) {
            QuantileSketch[] s = new QuantileSketch[n];
            for (int i = 0; i < n; i++) s[i] = new QuantileSketch();
            return s;
        }
    }

    /**
     * Runs {@code draws} draws on {@code threads} threads; {@code progress} hears the number of
     * finished draws (from worker threads).
     */
    public Summary run(long seed, int draws, int threads, LongConsumer progress) {
        if (draws < 1) throw new IllegalArgumentException("draws must be >= 1: " + draws);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        RunResult first = runDraw(seed, 0);
        List<FlowRow> rows = first.flows();
        List<AnnualRow> annualRows = AnnualFlows.of(rows, scenario.horizon().periodMonths());
        int cells = rows.size();
        int annualCells = annualRows.size();
        CellLayout layout = CellLayout.of(rows, annualRows, scenario.horizon().periodMonths());
        int blocks = (draws + BLOCK - 1) / BLOCK;
        double[][] blockSums = new double[blocks][];
        long[][] blockPathCounts = new long[blocks][];
        List<String> labels = paths.allLabels();
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tradesim-draws");
            t.setDaemon(true);
            return t;
        });
        List<Future<Worker>> futures = new ArrayList<>();
        try {
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    Worker worker = new Worker(cells, annualCells);
                    // One block's draws are kept and added to the sketches cell by cell: each
                    // sketch's buckets are then touched BLOCK times in a row instead of once per
                    // draw across ~20,000 sketches. Counts are integers, so the order is immaterial.
                    double[][] value = new double[BLOCK][cells];
                    double[][] baseline = new double[BLOCK][cells];
                    double[][] annualValue = new double[BLOCK][annualCells];
                    double[][] annualBaseline = new double[BLOCK][annualCells];
                    for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                        double[] sums = new double[2 * cells + 2 * annualCells];
                        long[] counts = new long[labels.size()];
                        int start = b * BLOCK;
                        int end = Math.min(draws, (b + 1) * BLOCK);
                        for (int i = start; i < end; i++) {
                            int k = i - start;
                            RandomGenerator rng = DrawSeeds.generator(seed, i);
                            NegotiationPath path = paths.sample(rng);
                            Simulation sim = point.withOverrides(sampler.sample(rng));
                            SolverStats stats = sim.values(plan(sim, path), value[k], baseline[k]);
                            layout.annual(value[k], baseline[k], annualValue[k], annualBaseline[k]);
                            addToSums(value[k], baseline[k], annualValue[k], annualBaseline[k], sums);
                            counts[labels.indexOf(path.label())]++;
                            worker.stats = worker.stats.plus(stats);
                            progress.accept(done.incrementAndGet());
                        }
                        addToSketches(value, baseline, end - start, worker.value, worker.ratio);
                        addToSketches(annualValue, annualBaseline, end - start, worker.annualValue, worker.annualRatio);
                        blockSums[b] = sums;
                        blockPathCounts[b] = counts;
                    }
                    return worker;
                }));
            }
            List<Worker> workers = new ArrayList<>();
            for (Future<Worker> f : futures) workers.add(f.get());
            return summarise(seed, draws, rows, annualRows, workers, blockSums, blockPathCounts, labels);
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
                QuantileSketch vs = valueSketch[c0 + d];
                QuantileSketch rs = ratioSketch[c0 + d];
                for (int k = 0; k < n; k++) vs.add(tileValue[d * BLOCK + k]);
                for (int k = 0; k < n; k++) rs.add(tileRatio[d * BLOCK + k]);
            }
        }
    }

    /**
     * Where each period cell falls in the calendar-year table, so a draw's annual sums come from its
     * arrays with exactly the additions of {@link AnnualFlows#of}: per (year, flow), value × months/12
     * added period by period in row order, starting from 0.
     */
    private record CellLayout(int[] annualCell, double weight) {
        static CellLayout of(List<FlowRow> rows, List<AnnualRow> annualRows, int periodMonths) {
            Map<Integer, Map<FlowKey, Integer>> index = new LinkedHashMap<>();
            for (int a = 0; a < annualRows.size(); a++) {
                AnnualRow r = annualRows.get(a);
                index.computeIfAbsent(r.year(), y -> new LinkedHashMap<>()).put(r.flow(), a);
            }
            int[] cell = new int[rows.size()];
            for (int c = 0; c < rows.size(); c++) {
                FlowRow r = rows.get(c);
                cell[c] = index.get(r.period().getYear()).get(r.flow());
            }
            return new CellLayout(cell, periodMonths / 12.0);
        }

        void annual(double[] value, double[] baseline, double[] annualValue, double[] annualBaseline) {
            Arrays.fill(annualValue, 0.0);
            Arrays.fill(annualBaseline, 0.0);
            for (int c = 0; c < value.length; c++) {
                int a = annualCell[c];
                annualBaseline[a] += baseline[c] * weight;
                annualValue[a] += value[c] * weight;
            }
        }
    }

    /** value / baseline, the positive quantity whose percentiles give change_pct; 1 where baseline is 0. */
    private static double ratio(double value, double baseline) {
        return baseline == 0.0 ? 1.0 : value / baseline;
    }

    private Summary summarise(long seed, int draws, List<FlowRow> rows, List<AnnualRow> annualRows,
                              List<Worker> workers, double[][] blockSums, long[][] blockPathCounts,
                              List<String> labels) {
        int cells = rows.size();
        int annualCells = annualRows.size();
        double[] sums = new double[2 * cells + 2 * annualCells];
        for (double[] b : blockSums) {
            for (int i = 0; i < sums.length; i++) sums[i] += b[i];
        }
        Worker all = workers.get(0);
        SolverStats stats = all.stats;
        for (int w = 1; w < workers.size(); w++) {
            Worker o = workers.get(w);
            merge(all.value, o.value);
            merge(all.ratio, o.ratio);
            merge(all.annualValue, o.annualValue);
            merge(all.annualRatio, o.annualRatio);
            stats = stats.plus(o.stats);
        }
        List<BandRow> bands = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            FlowRow f = rows.get(c);
            bands.add(band(f.period(), f.flow(), BandRow.VALUE, sums[c] / draws, all.value[c], 1.0, 0.0));
            bands.add(band(f.period(), f.flow(), BandRow.CHANGE, sums[cells + c] / draws, all.ratio[c], 100.0,
                    -100.0));
        }
        List<BandRow> annual = new ArrayList<>();
        int base = 2 * cells;
        for (int c = 0; c < annualCells; c++) {
            AnnualRow a = annualRows.get(c);
            YearMonth jan = YearMonth.of(a.year(), 1);
            annual.add(band(jan, a.flow(), BandRow.VALUE, sums[base + c] / draws, all.annualValue[c], 1.0, 0.0));
            annual.add(band(jan, a.flow(), BandRow.CHANGE, sums[base + annualCells + c] / draws,
                    all.annualRatio[c], 100.0, -100.0));
        }
        Map<String, Long> pathCounts = new LinkedHashMap<>();
        for (String l : labels) pathCounts.put(l, 0L);
        for (long[] b : blockPathCounts) {
            for (int i = 0; i < b.length; i++) pathCounts.merge(labels.get(i), b[i], Long::sum);
        }
        return new Summary(seed, draws, bands, annual, pathCounts, stats);
    }

    private static void merge(QuantileSketch[] into, QuantileSketch[] from) {
        for (int i = 0; i < into.length; i++) into[i].merge(from[i]);
    }

    /** Percentiles are scale·q + shift of the sketch's quantiles: value as is, change from the ratio. */
    private static BandRow band(YearMonth period, FlowKey flow, String measure, double mean, QuantileSketch s,
                                double scale, double shift) {
        return new BandRow(period, flow, measure, mean, scale * s.quantile(0.05) + shift,
                scale * s.quantile(0.25) + shift, scale * s.quantile(0.50) + shift, scale * s.quantile(0.75) + shift,
                scale * s.quantile(0.95) + shift);
    }
}
