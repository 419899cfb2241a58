package tradesim.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import tradesim.engine.uncertainty.MonteCarlo;
import tradesim.scenario.LoadedScenario;

/**
 * Monte Carlo draws per second at 1 and 2 threads in one warmed JVM, alternating in short runs,
 * with the process CPU time beside the wall time: on a shared machine the CPU figure shows whether a
 * poor wall-clock ratio is the code or the neighbours, and alternating many times puts both thread
 * counts through the same spells of noise. Prints every round and the medians. Run from the project
 * folder: {@code java -Xmx1g -cp target/benchmarks.jar tradesim.bench.ThreadScaling [draws] [rounds]}.
 */
public final class ThreadScaling {

    private ThreadScaling() {
    }

    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 2048;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        LoadedScenario ls = Flagship.load();
        MonteCarlo mc = new MonteCarlo(ls.scenario(), ls.dataset());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        mc.run(1L, 3000, 2, n -> { });   // warm-up: let the JIT finish the hot loops
        mc.run(2L, 3000, 1, n -> { });
        double[][] rate = new double[3][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int t = 1; t <= 2; t++) {
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                mc.run(20180926L, draws, t, n -> { });
                double seconds = (System.nanoTime() - wall) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                rate[t][r] = draws / seconds;
                System.out.printf(Locale.ROOT, "threads %d: %6.0f draws/s (%.2f s wall, %.2f s CPU)%n", t, rate[t][r],
                        seconds, cpuSeconds);
            }
            ratio[r] = rate[2][r] / rate[1][r];
            System.out.printf(Locale.ROOT, "round %d: 2 threads / 1 thread = %.2f%n", r + 1, ratio[r]);
        }
        System.out.printf(Locale.ROOT, "median of %d rounds: 1 thread %.0f draws/s, 2 threads %.0f draws/s, ratio %.2f%n",
                rounds, median(rate[1]), median(rate[2]), median(ratio));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
