package tradesim.bench;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import tradesim.engine.Simulation;
import tradesim.engine.path.EventTree;
import tradesim.output.AnnualCsv;
import tradesim.output.FlowsCsv;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;
import tradesim.scenario.ScenarioLoader;

/**
 * Where a large run's time goes, stage by stage, in one process: loading the scenario and its
 * dataset, the engine along the most likely path, and writing flows.csv and annual.csv. Prints
 * each stage's wall time and the heap in use after it.
 *
 * <pre>
 * java -Xmx1g -XX:+UseParallelGC -cp target/benchmarks.jar tradesim.bench.ScaleRun OUT_DIR/scale-100.yaml
 * </pre>
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        LoadedScenario ls = ScenarioLoader.load(Path.of(args[0]), Optional.empty());
        long t1 = report("load", t0, ls.dataset().flows().size() + " flows");
        Simulation sim = new Simulation(ls.scenario(), ls.dataset());
        RunResult r = sim.run(new EventTree(ls.scenario()).mostLikely());
        long t2 = report("engine", t1, r.flows().size() + " flow rows, " + r.stats().solves() + " solves, "
                + r.stats().cacheHits() + " memo hits");
        Path out = Files.createTempFile("scale-run", ".csv");
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                new FlowsCsv().write(r, w);
            }
            long t3 = report("flows.csv", t2, Files.size(out) / 1_000_000 + " MB");
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                new AnnualCsv().write(r, w);
            }
            report("annual.csv", t3, Files.size(out) / 1_000_000 + " MB");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static long report(String stage, long since, String what) {
        long now = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%-10s %7.2f s  heap in use %5d MB  %s%n", stage, (now - since) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20, what);
        return now;
    }
}
