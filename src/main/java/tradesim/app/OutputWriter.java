package tradesim.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tradesim.chart.BacktestChart;
import tradesim.chart.ChartSet;
import tradesim.chart.ChartWriter;
import tradesim.chart.CreationDiversionChart;
import tradesim.chart.MarketShareChart;
import tradesim.chart.PurchaseSubsidyChart;
import tradesim.chart.QuotaFillChart;
import tradesim.chart.ScenarioComparisonChart;
import tradesim.chart.TariffPathChart;
import tradesim.chart.TimelineChart;
import tradesim.chart.TornadoChart;
import tradesim.chart.WelfareChart;
import tradesim.model.FlowKey;
import tradesim.model.InputException;
import tradesim.model.Problem;
import tradesim.model.Action;
import tradesim.output.AnnualCsv;
import tradesim.output.AtomicFiles;
import tradesim.output.BacktestCsv;
import tradesim.output.BandsCsv;
import tradesim.output.ConstraintsCsv;
import tradesim.output.FlowsCsv;
import tradesim.output.PathFrequencyCsv;
import tradesim.output.SafeguardsCsv;
import tradesim.output.TableFiles;
import tradesim.output.TableFormat;
import tradesim.output.TableSchema;
import tradesim.output.TriggersCsv;
import tradesim.output.PathsCsv;
import tradesim.output.ResultTable;
import tradesim.output.RunFolder;
import tradesim.output.RunJson;
import tradesim.output.SensitivityCsv;
import tradesim.output.StagedFolder;
import tradesim.output.WelfareCsv;
import tradesim.report.BriefInputs;
import tradesim.report.Comparison;
import tradesim.report.ReportWriter;
import tradesim.results.AnnualFlows;
import tradesim.results.Backtest;
import tradesim.results.DrawResults;
import tradesim.results.RunDigest;
import tradesim.results.RunResult;
import tradesim.scenario.LoadedScenario;

/**
 * Writes a command's output folder, the one place that does: the tables, the charts, the report and
 * run.json. It also holds the rules about where outputs go: the default folder
 * ({@code charts/<scenario name>/}), the checks that keep outputs away from inputs, and that a
 * folder holds one run's outputs and nothing stale.
 *
 * <p>Each command owns a set of file names (its tables, run.json, report.html, the charts it names).
 * Writing replaces the command's own set as a whole ({@link StagedFolder}): files of that set which
 * this run did not produce are removed, while files of other commands (so {@code paths} and
 * {@code run} can share {@code charts/<name>/}) and the user's own files stay. A command owns its
 * tables in every {@link TableFormat}, so a CSV run after a Parquet run leaves no Parquet table behind,
 * and the other way round. Open the writer before the work, so a second run into the same folder is
 * turned away before it computes anything.
 */
public final class OutputWriter implements AutoCloseable {

    private static final Pattern HANDOUT_PAGE = Pattern.compile("[0-9]{2}-[A-Za-z0-9._-]+\\.html");
    /** compare's small multiples: compare-1.png, compare-2.png, … */
    private static final Pattern COMPARE_PANEL = Pattern.compile(Pattern.quote(ScenarioComparisonChart.STEM)
            + "-[1-9][0-9]*\\.png");
    private static final Pattern CHART = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.(png|svg)");
    /** The charts of a run; the tornado is sensitivity's, so a run beside it leaves it alone. */
    private static final Set<String> RUN_CHARTS = Set.of(TimelineChart.STEM, TariffPathChart.STEM,
            MarketShareChart.STEM, CreationDiversionChart.STEM, WelfareChart.STEM, QuotaFillChart.STEM,
            PurchaseSubsidyChart.STEM);
    private static final Set<String> RUN_FILES = Set.of("run.json", ReportWriter.FILE_NAME,
            ReportWriter.BRIEF_FILE_NAME);
    private static final List<TableSchema> RUN_TABLES = List.of(FlowsCsv.TABLE, WelfareCsv.TABLE, AnnualCsv.TABLE,
            PathsCsv.TABLE, BandsCsv.TABLE, BandsCsv.ANNUAL, PathFrequencyCsv.TABLE, ConstraintsCsv.TABLE,
            SafeguardsCsv.TABLE, TriggersCsv.TABLE);
    private static final List<TableSchema> PATHS_TABLES = List.of(PathsCsv.TABLE, FlowsCsv.EXPECTED,
            AnnualCsv.EXPECTED, WelfareCsv.EXPECTED);

    /**
     * The file names each command writes, and so replaces: exact names, and for charts the stems the
     * command draws; a table in any format. The paths table belongs to both run and paths, as both write it.
     */
    enum Owned implements Predicate<String> {
        RUN {
            @Override
            public boolean test(String name) {
                if (RUN_FILES.contains(name) || isTable(name, RUN_TABLES)) return true;
                if (!CHART.matcher(name).matches()) return false;
                String stem = name.substring(0, name.lastIndexOf('.'));
                return RUN_CHARTS.contains(stem) || stem.startsWith("fan-"); // one fan chart per headline flow
            }
        },
        PATHS {
            @Override
            public boolean test(String name) {
                return isTable(name, PATHS_TABLES);
            }
        },
        SENSITIVITY {
            @Override
            public boolean test(String name) {
                return isTable(name, List.of(SensitivityCsv.TABLE))
                        || Set.of(TornadoChart.STEM + ".png", TornadoChart.STEM + ".svg").contains(name);
            }
        },
        /** Handouts: NN-name.html. Each write replaces only its own handout (see writeHandout). */
        EXERCISE {
            @Override
            public boolean test(String name) {
                return HANDOUT_PAGE.matcher(name).matches();
            }
        },
        COMPARE {
            @Override
            public boolean test(String name) {
                return isTable(name, List.of(Comparison.TABLE))
                        || Set.of("compare.html", ScenarioComparisonChart.STEM + ".png").contains(name)
                        || COMPARE_PANEL.matcher(name).matches();
            }
        },
        BACKTEST {
            @Override
            public boolean test(String name) {
                return isTable(name, List.of(BacktestCsv.TABLE))
                        || Set.of(BacktestChart.STEM + ".png", BacktestChart.STEM + ".svg").contains(name);
            }
        };

        /** Any name some command writes. */
        static boolean anyCommand(String name) {
            for (Owned o : values()) if (o.test(name)) return true;
            return false;
        }

        /** Whether {@code name} is the file of one of {@code tables} in some format. */
        private static boolean isTable(String name, List<TableSchema> tables) {
            for (TableSchema t : tables) {
                for (TableFormat f : TableFormat.values()) if (f.fileName(t).equals(name)) return true;
            }
            return false;
        }
    }

    private final String toolVersion;
    private final StagedFolder folder;
    private final TableFiles tables;

    private OutputWriter(String toolVersion, StagedFolder folder, TableFiles tables) {
        this.toolVersion = toolVersion;
        this.folder = folder;
        this.tables = tables;
    }

    /** Where a scenario's outputs go when no folder is given. */
    public static Path defaultFolder(String scenarioName) {
        return Path.of("charts", scenarioName);
    }

    /** Where a backtest goes when no folder is given: beside, not inside, the scenario's run folder. */
    public static Path defaultBacktestFolder(String scenarioName) {
        return Path.of("charts", scenarioName + "-backtest");
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
     * Call before {@link #open}, so nothing is created where outputs may not go.
     */
    public static void check(Path dir, LoadedScenario ls) throws InputException {
        OutputGuard.check(dir, ls);
    }

    /** As {@link #check(Path, LoadedScenario)}, and also away from {@code otherInput}, such as an observed file. */
    public static void check(Path dir, LoadedScenario ls, Path otherInput) throws InputException {
        OutputGuard.check(dir, ls, otherInput);
    }

    /** As {@link #open(Path, String, TableFormat)}, with the tables as CSV. */
    public static OutputWriter open(Path dir, String toolVersion) throws InputException, IOException {
        return open(dir, toolVersion, TableFormat.CSV);
    }

    /**
     * Locks {@code dir} for this run (creating it) and removes debris of killed runs. Write one
     * command's outputs, then close.
     *
     * @param toolVersion the version run.json records
     * @param format      the format of the tables; for Parquet, DuckDB starts here, so a machine where it
     *                    cannot is told before any work is done
     * @throws InputException when another run is writing into the folder
     * @throws IOException    when the folder cannot be created, or Parquet cannot be written here
     */
    public static OutputWriter open(Path dir, String toolVersion, TableFormat format)
            throws InputException, IOException {
        TableFiles tables = TableFiles.open(format);
        try {
            return new OutputWriter(toolVersion, StagedFolder.open(dir, Owned::anyCommand), tables);
        } catch (StagedFolder.FolderBusyException e) {
            tables.close();
            throw new InputException(Problem.ofFile(dir.toString(), "another tradesim run (pid " + e.pid()
                    + ") is writing to this folder (found its lock " + dir.resolve(StagedFolder.LOCK_FILE)
                    + ", expected no other run here; wait for it to end or choose another --out)"));
        } catch (IOException | RuntimeException e) {
            tables.close();
            throw e;
        }
    }

    /** The format the tables are written in. */
    public TableFormat tableFormat() {
        return tables.format();
    }

    /**
     * A run's folder: the tables flows, welfare, annual and paths (constraints and safeguards with those
     * instruments); with draws also bands, bands_annual, path_frequency (and triggers with a safeguard);
     * the charts (PNG, and SVG with {@code svg}); brief.html, the one-page brief for the year in which
     * the headline flows change most, and report.html, which opens with it and shows the rest; and
     * run.json, which lists them all with their SHA-256.
     */
    public void writeRun(RunService.RunOutcome run, boolean svg) throws IOException {
        RunDigest digest = writeTables(run);
        writeRun(run, digest, svg, BriefService.brief(run.scenario(), digest, digest.keyYear()));
    }

    /**
     * The first half of {@link #writeRun(RunService.RunOutcome, boolean)}: the tables (flows.csv,
     * welfare.csv, annual.csv, …, and with draws the bands). It sums the flows by year once, for
     * annual.csv, and returns what the charts, the report, the brief and the summary need of the run,
     * so none of them goes over every flow again. Finish with
     * {@link #writeRun(RunService.RunOutcome, RunDigest, boolean, BriefInputs)}.
     */
    public RunDigest writeTables(RunService.RunOutcome run) throws IOException {
        Path dir = folder.staging();
        RunResult point = run.point();
        String name = point.scenario().name();
        // annual is written from the sums the digest reads, not summed a second time.
        List<ResultTable> standard = new ArrayList<>(RunFolder.standardTables());
        standard.removeIf(t -> t instanceof AnnualCsv);
        if (run.draws().isPresent()) {
            RunService.DrawsOutcome d = run.draws().get();
            tables.write(dir, BandsCsv.TABLE, w -> BandsCsv.write(name, d.bands(), false, w));
            tables.write(dir, BandsCsv.ANNUAL, w -> BandsCsv.write(name, d.annualBands(), true, w));
            tables.write(dir, PathFrequencyCsv.TABLE,
                    w -> PathFrequencyCsv.write(d.pathProbabilities(), d.pathCounts(), d.info().draws(), w));
            if (point.scenario().has(Action.Safeguard.class)) {
                tables.write(dir, TriggersCsv.TABLE, w -> TriggersCsv.write(name, d.triggers(), w));
            }
        }
        RunFolder.write(dir, point, standard, tables);
        List<AnnualFlows.AnnualRow> annual = AnnualFlows.of(point.flows(), point.scenario().horizon().periodMonths());
        tables.write(dir, AnnualCsv.TABLE, w -> AnnualCsv.writeAnnual(name, point.pathLabel(), annual, w));
        return RunDigest.of(point, annual);
    }

    /**
     * The second half of {@link #writeRun(RunService.RunOutcome, boolean)}, after
     * {@link #writeTables}: the charts, brief.html and report.html, and run.json; then the folder
     * takes the run's files.
     *
     * @param brief what the brief (brief.html, top of report.html) shows beyond the run
     */
    public void writeRun(RunService.RunOutcome run, RunDigest digest, boolean svg, BriefInputs brief)
            throws IOException {
        Path dir = folder.staging();
        RunResult point = run.point();
        Optional<RunJson.DrawInfo> drawInfo = run.draws().map(RunService.DrawsOutcome::info);
        Optional<DrawResults> draws = run.draws().map(RunService.DrawsOutcome::chartData);
        List<Path> charts = ChartWriter.write(ChartSet.forRun(digest, draws, Optional.empty()), dir, svg);
        ReportWriter.write(digest, charts, dir, draws, brief, tables.format());
        RunJson runJson = new RunJson(toolVersion, drawInfo, folder.stagedHashes());
        RunFolder.write(dir, point, runJson);
        folder.commit(Owned.RUN, runJson.fileName());
    }

    /**
     * The paths of the event tree (the paths table) and the expected outcome: expected by period (annual
     * rates), expected_annual by year (USD million in the year) and expected_welfare.
     */
    public void writePaths(PathsService.PathsOutcome paths) throws IOException {
        Path dir = folder.staging();
        String name = paths.scenario().scenario().name();
        tables.write(dir, PathsCsv.TABLE, w -> PathsCsv.writeRows(paths.paths(), w));
        tables.write(dir, FlowsCsv.EXPECTED, w -> FlowsCsv.writeRows(name, "expected", paths.expectedFlows(), w));
        tables.write(dir, AnnualCsv.EXPECTED, w -> AnnualCsv.writeRows(name, "expected",
                paths.expectedFlows(), paths.scenario().scenario().horizon().periodMonths(), w));
        tables.write(dir, WelfareCsv.EXPECTED,
                w -> WelfareCsv.writeRows(name, "expected", paths.expectedWelfare(), w));
        folder.commit(Owned.PATHS, tables.fileName(PathsCsv.TABLE));
    }

    /** The sensitivity table and the tornado chart (PNG, and SVG with {@code svg}). */
    public void writeSensitivity(SensitivityService.SensitivityOutcome s, boolean svg) throws IOException {
        Path dir = folder.staging();
        tables.write(dir, SensitivityCsv.TABLE,
                w -> SensitivityCsv.write(s.scenario().scenario().name(), s.rows(), w));
        ChartWriter.write(List.of(TornadoChart.build(s.point(), s.rows())), dir, svg);
        folder.commit(Owned.SENSITIVITY, tables.fileName(SensitivityCsv.TABLE));
    }

    /** The compare table, compare.png and compare.html; {@code years} empty: the first run's last full year. */
    public void writeCompare(List<RunResult> runs, List<Integer> years) throws IOException {
        writeCompare(runs, years, Optional.empty());
    }

    /**
     * The compare table, compare.png (and one compare-N.png per run when there are more than four) and
     * compare.html; {@code flow} empty: the first run's lead headline flow.
     */
    public void writeCompare(List<RunResult> runs, List<Integer> years, Optional<FlowKey> flow) throws IOException {
        Comparison.write(runs, folder.staging(), years, flow, tables);
        folder.commit(Owned.COMPARE, "compare.html");
    }

    /** The backtest table and backtest.png (and backtest.svg with {@code svg}). */
    public void writeBacktest(Backtest backtest, boolean svg) throws IOException {
        Path dir = folder.staging();
        tables.write(dir, BacktestCsv.TABLE, w -> BacktestCsv.write(backtest, w));
        ChartWriter.write(List.of(BacktestChart.build(backtest)), dir, svg);
        folder.commit(Owned.BACKTEST, tables.fileName(BacktestCsv.TABLE));
    }

    /**
     * A handout page, {@code NN-name.html}. Only that page is replaced: the handouts of other
     * exercises in the folder stay, as a class may print them one by one.
     */
    public Path writeHandout(String exerciseName, String html) throws IOException {
        String file = exerciseName + ".html";
        if (!Owned.EXERCISE.test(file)) throw new IllegalArgumentException("not a handout name: " + exerciseName);
        AtomicFiles.write(folder.staging().resolve(file), w -> w.write(html));
        folder.commit(file::equals, file);
        return folder.folder().resolve(file);
    }

    /** Where compare writes when no folder is given. */
    public static Path defaultCompareFolder() {
        return Path.of("charts", "compare");
    }

    /** Releases the folder; outputs not yet swapped in are dropped. */
    @Override
    public void close() throws IOException {
        try {
            folder.close();
        } finally {
            tables.close();
        }
    }
}
