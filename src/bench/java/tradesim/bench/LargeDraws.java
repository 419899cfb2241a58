package tradesim.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import tradesim.engine.uncertainty.Banding;
import tradesim.engine.uncertainty.MonteCarlo;
import tradesim.model.InputException;
import tradesim.output.BandsCsv;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * Monte Carlo draws per second on a large dataset (issue 17: a 100-country × 50-product import),
 * with the banding {@code run --draws} uses there: the scenario's headline flows and the totals by
 * importer, exporter and product. Straight through the engine, without the point run, the report or
 * the tables, so the figure is the draws' alone. Alternates 1 and 2 threads for a few
 * rounds in one JVM, prints each round and the medians, and checks that both thread counts give the
 * same bands. Beside the wall time it prints the process CPU time and the collectors' time: on a
 * shared machine the CPU figure tells the code from the neighbours. {@code java -Xmx1g -XX:+UseParallelGC -cp benchmarks.jar tradesim.bench.LargeDraws
 * SCENARIO [draws] [rounds]}.
 */
public final class LargeDraws {

    private LargeDraws() {
    }

    public static void main(String[] args) throws InputException {
        Path file = Path.of(args[0]);
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long t0 = System.nanoTime();
        LoadedScenario ls = ScenarioLoader.load(file, Optional.empty());
        long t1 = System.nanoTime();
        MonteCarlo mc = new MonteCarlo(ls.scenario(), ls.dataset(),
                new Banding.HeadlineAndTotals(ls.scenario().headline()));
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: %,d flows, %d periods; load %.1f s, Monte Carlo set-up %.1f s%n",
                ls.scenario().name(), ls.dataset().flows().size(), ls.scenario().horizon().periods().size(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        // Warm-up: one block at each thread count.
        String one = bands(mc.run(1L, draws, 1, n -> { }));
        String two = bands(mc.run(1L, draws, 2, n -> { }));
        System.out.printf(Locale.ROOT, "bands at 1 and 2 threads identical: %b (%,d characters, %d rows)%n",
                one.equals(two), one.length(), one.split("\n").length);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] rate = new double[3][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int t = 1; t <= 2; t++) {
                long start = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                long gc = gcMillis();
                mc.run(20 + r, draws, t, n -> { });
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                rate[t][r] = draws / seconds;
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "round %d, threads %d: %.2f draws/s (%d draws in %.1f s wall, %.1f s CPU, "
                                + "%.1f s GC; heap in use %d MB)%n", r + 1, t, rate[t][r], draws, seconds, cpuSeconds,
                        (gcMillis() - gc) / 1e3, (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
        System.out.printf(Locale.ROOT, "median of %d rounds: 1 thread %.2f draws/s, 2 threads %.2f draws/s, ratio %.2f%n",
                rounds, ThreadScaling.median(rate[1]), ThreadScaling.median(rate[2]),
                ThreadScaling.median(rate[2]) / ThreadScaling.median(rate[1]));
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, b.getCollectionTime());
        return ms;
    }

    private static String bands(MonteCarlo.Summary s) {
        StringWriter w = new StringWriter();
        try {
            BandsCsv.write("bench", s.bands(), false, w);
            BandsCsv.write("bench", s.annualBands(), true, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
