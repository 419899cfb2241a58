package tradesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tradesim.app.BriefService;
import tradesim.app.OutputWriter;
import tradesim.app.RunService;
import tradesim.app.ScenarioInputs;
import tradesim.results.RunDigest;
import tradesim.scenario.LoadedScenario;

/** {@code tradesim run FILE...}: runs scenarios along one path and writes their tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run scenarios (default: every scenario under scenarios/) and write the tables flows, welfare, "
                + "annual and paths (CSV, or Parquet with --format parquet), run.json, charts and report.html to "
                + "charts/<name>/.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    TableFormatOption tables;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario files. None: all bundled scenarios.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder: the run's folder with one FILE, else DIR/<name>/. Default: charts/<name>/.")
    Path out;

    @Option(names = "--path", paramLabel = "ID=OUT,...",
            description = "Outcomes to take, e.g. s232=imposed,deal=yes. Others: the most likely outcome.")
    String pathSpec;

    @Option(names = "--draws", paramLabel = "N",
            description = "Monte Carlo draws over paths and uncertain parameters; writes the bands tables (every "
                    + "flow, or on a dataset of more than 1,000 flows the headline flows and the totals by importer, "
                    + "exporter and product).")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for --draws (default: the scenario's uncertainty.seed).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Threads for --draws (results are identical for any count). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "Year of the summary and of the report's brief (default: a year in which the headline "
                    + "flows change, the one they change most).")
    Integer year;

    @Option(names = "--svg", description = "Also write every chart as SVG.")
    boolean svg;

    @Option(names = "--quiet", description = "Print nothing but errors; no progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> targets = files;
        if (targets == null || targets.isEmpty()) {
            Optional<Path> folder = ScenarioFiles.folder();
            if (folder.isEmpty()) {
                err.println("tradesim run: no FILE given and no scenarios/ folder here (expected scenario files)");
                return ExitCode.BAD_INPUT;
            }
            targets = ScenarioFiles.bundled(folder.get());
        }
        if (draws != null && draws < 1) {
            err.println("tradesim run: --draws must be at least 1 (found " + draws + ")");
            return ExitCode.BAD_INPUT;
        }
        if (threads < 1) {
            err.println("tradesim run: --threads must be at least 1 (found " + threads + ")");
            return ExitCode.BAD_INPUT;
        }
        Map<String, String> choices;
        try {
            choices = PathChoices.parseOrThrow(pathSpec);
        } catch (IllegalArgumentException e) {
            err.println("tradesim run: --path: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        int code = ExitCode.OK;
        for (Path f : targets) {
            code = Math.max(code, runOne(f, targets.size() == 1, choices));
        }
        return code;
    }

    private int runOne(Path file, boolean single, Map<String, String> choices) {
        return Failures.guard("run", spec.commandLine().getErr(), verbosity.verbose, () -> {
            LoadedScenario ls = new ScenarioInputs(ToolInfo.home()).load(file);
            RunService.RunPlan plan = RunService.plan(ls, choices);
            Path dir = OutputWriter.folderFor(Optional.ofNullable(out), ls.scenario().name(), !single);
            OutputWriter.check(dir, ls);
            if (year != null) YearOption.check(ls, year);
            Optional<RunService.DrawRequest> request = draws == null ? Optional.empty()
                    : Optional.of(new RunService.DrawRequest(draws, Optional.ofNullable(seed), threads));
            RunService.RunOutcome outcome;
            try (OutputWriter writer = OutputWriter.open(dir, ToolInfo.version(), tables.format)) {
                try (ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), draws == null ? 0 : draws,
                        quiet)) {
                    outcome = RunService.run(plan, request, bar);
                }
                RunDigest digest = writer.writeTables(outcome);
                int shown = year != null ? year : digest.keyYear();
                writer.writeRun(outcome, digest, svg, BriefService.brief(ls, digest, shown));
                if (!quiet) {
                    PrintWriter o = spec.commandLine().getOut();
                    RunSummary.print(digest, shown, year != null, o);
                    o.println("  wrote " + dir + " (tables, charts, brief.html and report.html)");
                    o.flush();
                }
            }
            return ExitCode.OK;
        });
    }
}
