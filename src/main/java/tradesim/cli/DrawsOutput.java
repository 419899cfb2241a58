package tradesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradesim.engine.path.EventTree;
import tradesim.engine.path.NegotiationPath;
import tradesim.engine.uncertainty.ExpectedOutcome;
import tradesim.engine.uncertainty.MonteCarlo;
import tradesim.model.Uncertainty;
import tradesim.output.AtomicFiles;
import tradesim.results.DrawResults;
import tradesim.output.BandsCsv;
import tradesim.output.PathFrequencyCsv;
import tradesim.output.ResultFormat;
import tradesim.output.RunFolder;
import tradesim.output.RunJson;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/** The Monte Carlo part of {@code run --draws}: runs the draws and writes bands and frequencies. */
final class DrawsOutput {

    /** The seed used when neither --seed nor uncertainty.seed gives one. */
    static final long DEFAULT_SEED = 1L;

    private DrawsOutput() {
    }

    /**
     * Runs the draws, writes their tables and the point run's, and returns what the charts need of
     * them: the per-period bands, the path counts and, for a scenario that branches, every path at
     * the point parameters.
     */
    static DrawResults write(LoadedScenario ls, RunResult pointRun, Path dir, int draws, Long seedOption, int threads,
                      boolean quiet, PrintWriter err) throws IOException {
        long seed = seedOption != null ? seedOption
                : ls.scenario().uncertainty().map(Uncertainty::seed).orElse(DEFAULT_SEED);
        MonteCarlo mc = new MonteCarlo(ls.scenario(), ls.dataset());
        long start = System.nanoTime();
        MonteCarlo.Summary summary;
        try (ProgressBar bar = new ProgressBar(err, draws, quiet)) {
            summary = mc.run(seed, draws, threads, bar);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String name = ls.scenario().name();
        AtomicFiles.write(dir.resolve("bands.csv"), w -> BandsCsv.write(name, summary.bands(), false, w));
        AtomicFiles.write(dir.resolve("bands_annual.csv"), w -> BandsCsv.write(name, summary.annualBands(), true, w));
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (NegotiationPath p : new EventTree(ls.scenario()).enumerate()) probabilities.put(p.label(), p.probability());
        AtomicFiles.write(dir.resolve("path_frequency.csv"),
                w -> PathFrequencyCsv.write(probabilities, summary.pathCounts(), draws, w));
        List<ResultFormat> formats = new ArrayList<>(RunFolder.standardFormats(ToolInfo.version()));
        formats.removeIf(f -> f instanceof RunJson);
        formats.add(new RunJson(ToolInfo.version(),
                Optional.of(new RunJson.DrawInfo(seed, draws, seconds, summary.stats()))));
        RunFolder.write(dir, pointRun, formats);
        List<RunResult> pathRuns = probabilities.size() < 2 ? List.of(pointRun)
                : ExpectedOutcome.of(ls.scenario(), ls.dataset()).paths();
        return new DrawResults(draws, summary.bands(), summary.pathCounts(), pathRuns);
    }
}
