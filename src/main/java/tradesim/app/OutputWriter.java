package tradesim.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradesim.chart.ChartSet;
import tradesim.chart.ChartWriter;
import tradesim.chart.TornadoChart;
import tradesim.model.InputException;
import tradesim.output.AtomicFiles;
import tradesim.output.BandsCsv;
import tradesim.output.FlowsCsv;
import tradesim.output.PathFrequencyCsv;
import tradesim.output.PathsCsv;
import tradesim.output.ResultFormat;
import tradesim.output.RunFolder;
import tradesim.output.RunJson;
import tradesim.output.SensitivityCsv;
import tradesim.output.WelfareCsv;
import tradesim.report.Comparison;
import tradesim.report.ReportWriter;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/**
 * Writes a command's output folder, the one place that does: the tables, the charts, the report and
 * run.json. It also holds the two rules about where outputs go: the default folder
 * ({@code charts/<scenario name>/}) and the checks that keep outputs away from inputs.
 */
public final class OutputWriter {

    private final String toolVersion;

    /** @param toolVersion the version run.json records */
    public OutputWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** Where a scenario's outputs go when no folder is given. */
    public static Path defaultFolder(String scenarioName) {
        return Path.of("charts", scenarioName);
    }

    /**
     * The folder for one scenario's outputs: {@code out} itself when it names the folder of a single
     * scenario, {@code out/<name>/} when it holds the folders of several, the default folder without it.
     */
    public static Path folderFor(Optional<Path> out, String scenarioName, boolean oneOfSeveral) {
        if (out.isEmpty()) return defaultFolder(scenarioName);
        return oneOfSeveral ? out.get().resolve(scenarioName) : out.get();
    }

    /**
     * Refuses an output folder that is, holds or lies inside an input of {@code ls}, or is a file.
     * Call before the work, so nothing runs for outputs that could not be written.
     */
    public static void check(Path dir, LoadedScenario ls) throws InputException {
        OutputGuard.check(dir, ls);
    }

    /**
     * A run's folder: flows.csv, welfare.csv, annual.csv, paths.csv, run.json; with draws also
     * bands.csv, bands_annual.csv and path_frequency.csv; the charts (PNG, and SVG with {@code svg});
     * and report.html, which shows them.
     */
    public void writeRun(Path dir, RunService.RunOutcome run, boolean svg) throws IOException {
        RunResult point = run.point();
        String name = point.scenario().name();
        List<ResultFormat> formats = new ArrayList<>(RunFolder.standardFormats(toolVersion));
        if (run.draws().isPresent()) {
            RunService.DrawsOutcome d = run.draws().get();
            AtomicFiles.write(dir.resolve("bands.csv"), w -> BandsCsv.write(name, d.bands(), false, w));
            AtomicFiles.write(dir.resolve("bands_annual.csv"), w -> BandsCsv.write(name, d.annualBands(), true, w));
            AtomicFiles.write(dir.resolve("path_frequency.csv"),
                    w -> PathFrequencyCsv.write(d.pathProbabilities(), d.pathCounts(), d.info().draws(), w));
            formats.removeIf(f -> f instanceof RunJson);
            formats.add(new RunJson(toolVersion, Optional.of(d.info())));
        }
        RunFolder.write(dir, point, formats);
        var bands = run.draws().map(RunService.DrawsOutcome::bands);
        List<Path> charts = ChartWriter.write(ChartSet.forRun(point, bands, Optional.empty()), dir, svg);
        ReportWriter.write(point, charts, dir, bands);
    }

    /** The paths of the event tree (paths.csv) and the expected outcome (expected.csv, expected_welfare.csv). */
    public void writePaths(Path dir, PathsService.PathsOutcome paths) throws IOException {
        String name = paths.scenario().scenario().name();
        AtomicFiles.write(dir.resolve("paths.csv"), w -> PathsCsv.writeRows(paths.paths(), w));
        AtomicFiles.write(dir.resolve("expected.csv"),
                w -> FlowsCsv.writeRows(name, "expected", paths.expectedFlows(), w));
        AtomicFiles.write(dir.resolve("expected_welfare.csv"),
                w -> WelfareCsv.writeRows(name, "expected", paths.expectedWelfare(), w));
    }

    /** sensitivity.csv and the tornado chart (PNG, and SVG with {@code svg}). */
    public void writeSensitivity(Path dir, SensitivityService.SensitivityOutcome s, boolean svg) throws IOException {
        AtomicFiles.write(dir.resolve("sensitivity.csv"),
                w -> SensitivityCsv.write(s.scenario().scenario().name(), s.rows(), w));
        ChartWriter.write(List.of(TornadoChart.build(s.point(), s.rows())), dir, svg);
    }

    /** compare.csv, compare.png and compare.html; {@code years} empty: the first run's last full year. */
    public void writeCompare(Path dir, List<RunResult> runs, List<Integer> years) throws IOException {
        Comparison.write(runs, dir, years);
    }
}
